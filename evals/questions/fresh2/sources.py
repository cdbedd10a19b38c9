# ruff: noqa: E501, E741, W291 (stored page text kept as it is, trailing spaces included)
"""The second fresh batch (round two): real forms, surveys and pages nobody here wrote, none of
them in the first batch (evals/questions/fresh), collected after round one's finder was merged.

Conventions as in ../fresh/sources.py: each text is the start of a public page as the search
tool's store holds it (seen 2026-12-07), copied without rewording; where the store cut a page
mid-sentence that last fragment is left out and `note` says so; where only text was available
the file is rebuilt from that text in the named format. The expected questions were written by
hand from the text BEFORE the finder was run on this batch (see the commit history): number as
written (None when none is given), the start of the question's text, and its kind (`open`,
`choice`, `about you`, or `grid`: one item asking the same scale of several statement rows).
The whole batch is held back: nothing in the finder is tuned on it.
"""

from __future__ import annotations

from dataclasses import dataclass

SEEN = "2026-12-07"
O, C, A, G = "open", "choice", "about you", "grid"


@dataclass(frozen=True)
class Source:
    name: str  # file name stem
    family: str  # survey, list, grid, response, none
    fmt: str  # txt, html, docx, odt, rtf, pdf
    url: str
    text: str
    expected: tuple[tuple[str | None, str, str], ...]  # (number, text start, kind)
    note: str = ""


# fmt: off
SOURCES: list[Source] = []


def src(name: str, family: str, fmt: str, url: str, text: str, expected: list[tuple[str | None, str, str]], note: str = "") -> None:  # fmt: skip
    SOURCES.append(Source(name, family, fmt, url, text.strip("\n"), tuple(expected), note))


src("public_library_use_survey", "survey", "txt", "https://www.surveymonkey.com/r/CFCTXVS", """
* 1. Do you use your local public library?

* 2. How many items (books, DVDs, CDs, audiobooks, etc.) do you typically check out per visit?

* 3. What types of items do you use most often in the library? (Reference sources, computer, fiction books, non-fiction books, magazines, newspapers, etc.)

* 4. Why do you use your local library? Please check all that apply.

* 5. Does the library meet your needs? Why or why not?

* 6. What types of programs for your age group would you like to see at the library? Please be specific.
""", [
    ("1", "Do you use your local public library?", C),
    ("2", "How many items (books, DVDs, CDs, audiobooks, etc.)", C),
    ("3", "What types of items do you use most often in the library?", C),
    ("4", "Why do you use your local library?", C),
    ("5", "Does the library meet your needs?", O),
    ("6", "What types of programs for your age group", O),
])

src("library_board_survey", "survey", "html", "https://www.surveymonkey.com/r/Q5Y7PSG", """
* 1. How often do you use the library?

* 2. How would you rate your overall Library experience?

* 3. What could we do to increase your satisfaction and frequency of use?

* 4. Where would you like the location of the new library?

* 5. What else would you like the Board and Director to know?
""", [
    ("1", "How often do you use the library?", C),
    ("2", "How would you rate your overall Library experience?", C),
    ("3", "What could we do to increase your satisfaction", O),
    ("4", "Where would you like the location of the new library?", O),
    ("5", "What else would you like the Board and Director to know?", O),
])

src("kirkland_library_survey", "survey", "docx", "https://www.surveymonkey.com/r/BYCJMKK", """
* 1. Do you have a current Mid-York Library System card?

* 2. How frequently do you use the Kirkland Town Library?

* 3. If you used the Kirkland Town Library, what do you typically do when you visit?

* 4. If you do not use the Kirkland Town Library, what are the reasons? (choose all that apply)

* 5. Would any of the following increase the library's attractiveness for you? (circle all that apply)

* 6. During the past year, have you or members of your family attended a program at the library?

|  | Y | N |
| Adult program |  |  |
| Child program |  |  |

* 7. Would you be more likely to use the library if it was:

* 8. What is the library doing well?

* 9. /What is the library NOT DOING that you would enjoy tremendously?

* 10. Would you be interested in any of the following? (choose all that apply)
""", [
    ("1", "Do you have a current Mid-York Library System card?", C),
    ("2", "How frequently do you use the Kirkland Town Library?", C),
    ("3", "If you used the Kirkland Town Library, what do you typically do", O),
    ("4", "If you do not use the Kirkland Town Library, what are the reasons?", C),
    ("5", "Would any of the following increase the library's attractiveness", C),
    ("6", "During the past year, have you or members of your family attended a program", G),
    ("7", "Would you be more likely to use the library if it was:", C),
    ("8", "What is the library doing well?", O),
    ("9", "What is the library NOT DOING", O),
    ("10", "Would you be interested in any of the following?", C),
], note="DOCX rebuilt from the stored text; the Y/N rows of question 6 rebuilt as a table.")

src("library_users_questionnaire", "list", "pdf", "https://scribd.com/document/696636063/Questionnaire-Template-08", """
Questionnaire/Survey Example

Questionnaire for library users

We are carrying out an evaluation of some of the library’s services, to see if we can improve facilities and make them more relevant for our customers. Thank you for taking the time to fill in this questionnaire; it should only take 10 minutes. Please return your completed questionnaire to any member of library staff, or put it in the box provided. [delete as appropriate] Your answers will be treated with complete confidentiality, and unless you choose to provide an e-mail address, will be entirely anonymous. If you have any questions about this questionnaire, please contact [insert contact name].

Section A

1. Do you use the library, on average: (please tick one)

less than once a month 
once a month 
once every two weeks 
once a week 
two or three times a week 
daily 

2. Which library facilities do you use? (please tick all that apply)

books (lending) 
audio cassettes & music CDs 
video cassettes 
CD-Roms (lending) 
talking books 
reference books/information (e.g. newspapers) 
computer facilities 
other (please say what) 

3. What is your main use of the library?

If you DO NOT use any of the computer facilities in the library (other than the library catalogue), please go to question 12 (Section B.)
If you DO use the computer facilities, please continue with question 4

4. What do (or have) you used the computer facilities for? (please tick all that

word processing 
spreadsheets 
open learning courses 
CD-Roms 
World Wide Web 
e-mail 
other Internet application (please say what) 
other (please say what) 

5. a. Which application do you use most? (please tick one)

word processing 
spreadsheets 
open learning courses 
CD-Roms 
Worldwide Web 
e-mail 
other Internet application (please say what) 
other (please say what) 

b. What is your main reason for using this facility? (please tick one)
""", [
    ("1", "Do you use the library, on average:", C),
    ("2", "Which library facilities do you use?", C),
    ("3", "What is your main use of the library?", O),
    ("4", "What do (or have) you used the computer facilities for?", C),
    ("5a", "Which application do you use most?", C),
    ("5b", "What is your main reason for using this facility?", C),
], note="PDF rebuilt from the stored text; the store cut question 5b's answer list after its first word, left out.")

src("chapel_hill_services_grids", "grid", "txt", "https://www.research.net/r/CHAPELHILL2015SURVEY", """
5% of survey complete.

Question Title

Q1. OVERALL SATISFACTION WITH TOWN SERVICES. Please rate your satisfaction with each of the services listed below.

  Very Satisfied Satisfied Neutral Dissatisfied Very Dissatisfied Don't Know
1. Overall quality of services provided by the Town of Chapel Hill
2. Overall quality of public safety services (e.g., police, fire)
3. Overall quality of Town parks and recreation programs and facilities
4. Overall quality of customer service you receive from Town employees
5. Overall quality of Public Library services
6. Overall enforcement of Town codes/ordinances
7. Overall maintenance of major streets
8. Overall maintenance of neighborhood streets
9. Overall maintenance of Town
buildings and facilities
10. Overall maintenance of public housing buildings and grounds
11. Overall flow of traffic and congestion management in the Town
12. Effectiveness of communication with public
13. Overall value for your tax dollars and fees
14. How well the Town is preparing for the future
15. How well the Town is managing change
16. Emergency preparedness
17. Quality of landscaping in parks, medians and other public areas
18. Quality of Chapel Hill Transit

Question Title

Q3. Please rate the items listed below that may influence your perception of Chapel Hill as a community.

  Excellent Good Neutral Below Average Poor Don't Know
1. Overall image of the Town
2. Overall quality of life in the Town
3. Overall feeling of safety in the Town
4. Quality of new development in the Town
5. As a place to retire
6. Overall appearance of the Town
7. Availability of affordable housing for sale
8. Availability of affordable housing for rent
9. Acceptance of diverse populations
10. As a community thinking about choices for future generations
11. Job availability
""", [
    ("1", "OVERALL SATISFACTION WITH TOWN SERVICES", G),
    ("3", "Please rate the items listed below that may influence your perception", G),
], note="The stored page holds Q1 and Q3 (Q2 is on the live page's hidden branch).")

src("southwark_action_team_survey", "survey", "odt", "https://www.surveymonkey.com/r/LMV2MSQ", """
1. Tell us what you think . . .

Your local Labour Action Team wants to know what you think about council services and the area in which you live. Please take a moment to fill in our short questionnaire

* 1. Which services do you think the council needs to improve most?

* 2. Do you think the council gets the most out of every penny of your council tax?

  No way Somewhere in between Definitely
Please rate here:

* 3. What do you think the council should do to make recycling easier?

* 4. Southwark Council is the tenth worst recycler in the country. How concerned are you about recycling?

  Not at all Somewhere in between A lot
Please rate here:

* 5. How worried are you about the shortage of local primary school places?

  Not at all Somewhere in between A lot
Please rate here:

* 6. What do you think is an acceptable distance for children to travel to their primary school?

* 7. If you’ve ever used council’s housing repairs service, how would you rate it?

  Poor Somewhere in between Good
Please rate here:

* 8. Please enter your name, address, telephone and e-mail address below. (If you would like to recieve updates from your local Labour candidates, please say so here.)

* 9. Which party do you usually vote for in elections?

* 10. I will be voting Labour in the May 2010 Local Elections in Southwark
""", [
    ("1", "Which services do you think the council needs to improve most?", O),
    ("2", "Do you think the council gets the most out of every penny", C),
    ("3", "What do you think the council should do to make recycling easier?", O),
    ("4", "Southwark Council is the tenth worst recycler in the country", C),
    ("5", "How worried are you about the shortage of local primary school places?", C),
    ("6", "What do you think is an acceptable distance for children to travel", O),
    ("7", "If you’ve ever used council’s housing repairs service", C),
    ("8", "Please enter your name, address, telephone and e-mail address", A),
    ("9", "Which party do you usually vote for in elections?", A),
    ("10", "I will be voting Labour in the May 2010 Local Elections", C),
], note="ODT rebuilt from the stored text. '1. Tell us what you think' is the page's title, not a question.")

src("neighbourhood_plan_referendum_feedback", "survey", "txt", "https://uk.surveymonkey.com/r/PH6SLVZ", """
Screen Reader Mode Icon

Request for comments following referendum

During the recent referendum, that resulted in the Plan being successfully adopted, a number of individuals voted against the Plan.

O&WNF are keen to understand the concerns and objections of those that voted NO.

We want to understand if there are improvements that could be made or concerns that could be addressed in the next iteration of the Plan.

All feedback will be completely anonymous unless you choose otherwise.

Question Title

* 1. Did you vote YES or NO at the referendum?

Question Title

* 2. What concerns or objections did you have?

Question Title

* 3. Were you happy with the rest of the Plan?

Question Title

* 4. Which parts of the Plan were most important for you?

Question Title

* 5. OPTIONAL - Only supply name and contact details if you want us to follow up with you. Otherwise leave blank to provide anonymous feedback.

0 of 5 answered
""", [
    ("1", "Did you vote YES or NO at the referendum?", C),
    ("2", "What concerns or objections did you have?", O),
    ("3", "Were you happy with the rest of the Plan?", C),
    ("4", "Which parts of the Plan were most important for you?", O),
    ("5", "OPTIONAL - Only supply name and contact details", A),
])

src("ongar_neighbourhood_plan_about_you", "survey", "html", "https://uk.surveymonkey.com/r/NQDSZGH", """
1. What do you think of the neighbourhood plan?

The draft Ongar Neighbourhood Plan has been informed by and responds to comments made during earlier consultation events since 2017.  We are now seeking your views on the draft Neighbourhood Plan; all of which will be reviewed when preparing the final version. You will see a series of policies and you will be asked if you agree, or disagree with each one. If you disagree, there is a space for you to explain why not. When you are answering these questions think about the longer term, and try not to be too influenced by any specific developments or proposals that are happening today. 
Before you complete this response form please do take the time to familiarise yourself with the draft Plan.  This is available online via the Neighbourhood Planning page of the Ongar Town Council website so you can have it open in a separate tab in your browser if you need to refer back to it.

Getting your view is very important if the town is to develop in the way that you want, so take your time and thank you for your help.

First, we would like to know a bit about you to see if we have a good cross-section of the population with everyone having their say. We will not use the identifying information for any other purpose, nor will we share with other people. For more information see our privacy policy.

Question Title

* 1. Where in Ongar do you live? (please tick)

Question Title

* 2. What is your postcode? (optional)

Question Title

* 3. what is your email address? (optional)

Question Title

* 4. Are you responding as an individual, or an organisation?

Question Title

* 5. What is your age?

Question Title

* 6. How long have you lived in Ongar

Question Title

* 7. What is your work-related status?

Question Title

* 8. If you are in employment, do you work in Ongar?
""", [
    ("1", "Where in Ongar do you live?", A),
    ("2", "What is your postcode?", A),
    ("3", "what is your email address?", A),
    ("4", "Are you responding as an individual, or an organisation?", A),
    ("5", "What is your age?", A),
    ("6", "How long have you lived in Ongar", A),
    ("7", "What is your work-related status?", A),
    ("8", "If you are in employment, do you work in Ongar?", A),
], note="HTML rebuilt from the stored text; the store cut the privacy note after the last question, left out. '1. What do you think of the neighbourhood plan?' is the page's title, not a question.")

src("patient_satisfaction_questionnaire_grid", "grid", "pdf", "https://qualitysafety.bmj.com/highwire/markup/143190/expansion", """
Appendix: The Patient Satisfaction Questionnaire (subscales for each item indicated in parentheses)Please indicate your degree of agreement with the following statements by placing a tick in the appropriate box. There are no right or wrong answers—we are simply interested in your views

Strongly agreeAgreeNeither agree nor disagreeDisagreeStrongly disagree
1. Patients receive the best care from the staff working at this practice (General satisfaction)
2. I feel it is easy to speak to my doctor by telephone (Access)
3. The doctor clearly explains what is wrong before giving any treatment (Doctors)
4. Getting an appointment at a convenient time is easy (Appointments)
5. The practice nurses do not take care to explain things carefully (Nurses)
6. The doctor does enough tests to find out what is wrong (Doctors)
7. I have absolute faith and confidence in the doctors (General satisfaction)
8. The doctor is always available to give advice over the telephone (Access)
9. The doctor does not tell me enough about the treatment (Doctors)
10. The surgery building could do with some improvements (Facilities)
11. The doctor fully explains how the illness will affect my future health (Doctors)
12. It is easy to get advice over the telephone (Access)
13. The doctor is very careful to check everything when examining me (Doctors)
14. I am satisfied with the out of hours service (Access)
15. The doctor is always interested (Doctors)
16. The practice has good facilities for dealing with emergencies which occur when the surgery is closed (Access)
17. The doctor always asks about how my illness affects everyday life (Doctors)
18. I sometimes feel I have not been given enough information by the doctor (Doctors)
19. I am not satisfied with my doctor (General satisfaction)
20. The practice nurse does not always listen carefully when I talk about my problems (Nurses)
21. There are one or two things about this surgery I am not happy about (General satisfaction)
""", [
    (None, "Please indicate your degree of agreement with the following statements", G),
], note="PDF rebuilt from the stored text (run-together words kept as stored); the store cut row 22 mid-word, left out.")

src("gpaq_table_questionnaire", "list", "html", "https://www.mysurgerywebsite.co.uk/questionnaire.aspx?p=M92012", """
| 1. | In the past 12 months, how many times have you seen a doctor from your practice? |  |
|  |  |  |
| 2. | How do you rate the way you are treated by receptionists at your practice? |  |
|  |  |  |
| 3 a) | How do you rate the hours that your practice is open for appointments? |  |
""", [
    ("1", "In the past 12 months, how many times have you seen a doctor", C),
    ("2", "How do you rate the way you are treated by receptionists", C),
    ("3a", "How do you rate the hours that your practice is open", C),
], note="HTML rebuilt from the stored text as a table (number cell, question cell, empty answer cell); the store cut the page after question 3a's row, left out.")

src("library_survey_blog_answers", "response", "html", "https://fortifiedbybooks.com/tag/austin-public-library", """
Library Survey
1. What’s the name of your library and how close is it to where you live?
Austin Public Library. The closest branch to where I live is about 3 miles away.
2. How frequently do you go to the library?
Today was my first visit since I moved to Austin.
3. What is the first section you normally go to when you get to the library?
Usually, in any library, I go straight for whichever section has the book(s) I looked up beforehand. That’s usually Fiction.
4. Share a link to your library’s web page. How often do you use it and what for?
Austin Public Library
So far, I’ve only used this website to look up the address of the nearest branch, but typically I use a library’s website to search for the books I want to read before I head out to the library.
5. Does your library have a summer reading program for your age group? Do you participate and why or why not?
Yes! I was a bit surprised to find out there is a Summer Reading Program for Adults. It started June 1st, and runs until the end of August, and for every five books I read, I can enter to win prizes. I will be participating.
6. What is one thing you can think of that would make your library better?
The hours they’re open. Every branch is closed two days a week, and at least two other days of the week it’s only open for a few hours.
7. What programs have you attended or thought of attending at your library?
I considered joining one of the many book clubs, but none of them grabbed my interest. The majority of the other programs are either for kids or writers.
8. What is the best thing about your library?
The “Virtual Library”, the library’s downloadable materials section. Since the hours are limited, I’ll probably be “checking out” more e-books than physical books from the local branch.
Like this:
Like Loading...
""", [
    ("1", "What’s the name of your library and how close is it", O),
    ("2", "How frequently do you go to the library?", C),
    ("3", "What is the first section you normally go to", O),
    ("4", "Share a link to your library’s web page.", O),
    ("5", "Does your library have a summer reading program", O),
    ("6", "What is one thing you can think of that would make your library better?", O),
    ("7", "What programs have you attended or thought of attending", O),
    ("8", "What is the best thing about your library?", O),
], note="HTML rebuilt from the stored text; a blogger's answers sit between the questions and must not be taken.")

src("hmrc_anti_avoidance_feedback_intro", "none", "txt", "http://www.hmrc.gov.uk/avoidance/anti-avoid-feedback.htm", """
The following questions relate to the specific reviews mentioned in Chapter 2.
Most of the questions can be answered 'yes' or 'no', but there is an opportunity to provide more detailed comments in the text box following each question. For example, for the first question, if your answer is yes, it would be useful if you could explain what you think any replacement rules should target and why. Alternatively if you answer no it would be equally useful to understand your views.
""", [], note="Only the page's introduction is stored: it talks about questions and asks none.")

src("friends_family_test_results_page", "none", "html", "https://windsorhousegrouppractice.co.uk/news/friends-family-survey-feedback-november-2025", """
Our Patients’ Feedback: Friends and Family Test
We regularly ask patients to complete the NHS Friends and Family Test (FFT) to tell us how they feel about the care they receive at the practice.
This page gives a simple overview of what patients are telling us and how we use that feedback to improve our services.
What is the Friends and Family Test?
The Friends and Family Test is a short NHS survey that asks:
“Overall, how was your experience of our service?”
Patients can choose from:
- Very good
- Good
- Neither good nor poor
- Poor
- Very poor
- Don’t know
There is also space for people to add comments about:
- What went well
- Anything they feel could be improved
All responses are anonymous.
How often do we review the results?
We review feedback every month and:
- Look at the overall scores
- Read patient comments
- Identify recurring themes, both positive and negative
- Share a short summary with our staff
This helps us understand what is working well and where patients feel things could be better.
Recent feedback from our patients
Overall experience
In recent months, the vast majority of patients have rated their experience as “Very good” or “Good”.
For example:
- In October 2025, around 95% of patients rated their experience as “Very good” or “Good”.
- In November 2025, around 92% of patients rated their experience as “Very good” or “Good”.
This means most patients are happy with the care they receive from the practice.
""", [], note="HTML rebuilt from the stored text; a practice's page reporting results: it quotes the survey's question and asks the reader none. The store cut the page at 'What patients ...', left out.")

src("patient_survey_design_guide", "none", "txt", "https://tuotempo.freshdesk.com/en/support/solutions/articles/5000522981-how-do-i-design-a-patient-satisfaction-survey-", """
Patient satisfaction surveys are a valuable way of getting user feedback on your services. Follow these best practice guidelines to get the most out of yours.

1. Length

Most people will be happy to give feedback so long as the time commitment required is short and clearly defined.

Our advice: Set a maximum of ten questions.

2. Page layout

Surveys with all the questions on one page get higher response rates than surveys in which the user has to move from page to page with a Next button.

You will need multiple pages however, if you want to set conditional questions, of the kind "If patient replies A then go to question 2, if patient replies B, then go to question 3".

Our advice: Put all questions on one page whenever possible. Use multiple pages only for conditional questions.

3. Question types

a. Evaluation

Questions should be easy to understand and reply to.

Our advice: Focus on a specific aspect of your service and ask patients to choose from a range of possible responses.

Example Question
How easy is it to schedule urgent appointments with your doctor when you're ill?
Extremely easy
Very easy
Moderately easy
Slightly easy
Not at all easy

b. Would you recommend our services... ?

The question "Would you recommend our services... ?" is a highly revealing indicator of underlying satisfaction and a valuable metric to monitor.

Our advice: Include a "Would you recommend our services... ?" question in all surveys so you can monitor trends over time.

Example Question
How likely are you to recommend your doctor to family or friends?
Extremely likely
Very likely
Moderately likely
Slightly likely
Not at all likely

c. Open questions

Open questions help you discover issues that you may not have been aware of.

Our advice: As they require a heightened engagement from the patient, open questions are best placed at the end of your survey.

To encourage both positive and negative feedback, two open questions can be used.
""", [], note="A guide to writing surveys: its example questions are not asked of the reader. The store cut the page at 'Example question for positive feedback Wha...', left out.")

src("social_enterprise_study_intro", "none", "rtf", "https://www.surveymonkey.co.uk/r/SocEntYork", """
Thank you for agreeing to take part in this project. To respond to a question, please follow the question's accompanying instruction to tick either one box or all that apply, or click in the text box below the question. Text response length is unlimited so you can include as much information as necessary.

You can leave the form and return to it as many times as you like before the final submission date of Friday 13th September 2019. However, once you have submitted your completed questionnaire we cannot then withdraw you from the study as responses are anonymous. As such please only submit your responses if you consent for the data to be used in the findings.

If you feel you are not the most appropriate person to respond on behalf of your organisation, please forward this link to a colleague - however, we only need one response from each organisation.

If you have any queries about completing the questionnaire please contact the Survey Research Centre on (0113) 812 1960 or email
""", [], note="RTF rebuilt from the stored text; only the survey's opening page (instructions) is stored.")

src("national_disability_strategy_call", "call", "html", "https://s4me.info/threads/uk-call-for-evidence-for-national-disability-strategy-inquiry-close-24th-july-2022.27860", """
UK: Call for evidence for National Disability Strategy inquiry, close 24th July 2022

The Women and Equalities Committee is scrutinising the implementation and further development of the Government’s National Disability Strategy, which was published in July 2021. The Committee wants to hear from as many people as possible, especially disabled people. We have produced the call for evidence in multiple formats: text, audio, British Sign Language and EasyRead.

The Committee would like to hear your views on the following questions. You don’t have to answer all of the questions. You can respond on behalf of an organisation, or as an individual. The deadline for submissions is Sunday 24 July 2022.

The National Disability Strategy

- How was the National Disability Strategy developed? How have stakeholder contributions informed the strategy?
- How will the National Disability Strategy help disabled people to enjoy equal living standards and life opportunities to those without disabilities?
- What progress has been made on the strategy so far? How quickly can some of the short-term goals be met?
- How effectively is the Government communicating with disabled people and involving them in the implementation and further development of the strategy?
- What progress has been made on the Disability Unit’s review into the way the Government engages with disabled people?
- How well are the goals in the strategy being funded and measured for success?
- Are there any specific groups that will be supported well, or supported badly, by the strategy?
""", [
    (None, "How was the National Disability Strategy developed?", O),
    (None, "How will the National Disability Strategy help disabled people", O),
    (None, "What progress has been made on the strategy so far?", O),
    (None, "How effectively is the Government communicating with disabled people", O),
    (None, "What progress has been made on the Disability Unit’s review", O),
    (None, "How well are the goals in the strategy being funded", O),
    (None, "Are there any specific groups that will be supported well", O),
], note="HTML rebuilt from the forum post's stored text (the committee's call quoted in full); the forum's own lines around it left out.")

src("unequal_impact_disability_call", "call", "docx", "https://committees.parliament.uk/call-for-evidence/168/", """
Call for Evidence

Unequal impact? Coronavirus, disability and access to services

Watch a British Sign Language explainer video here.

The sub-inquiry will focus on overcoming problems faced by disabled people who need access to essential services during the coronavirus pandemic, as set out below. It will draw on evidence to our Unequal impact: Coronavirus (Covid-19) and the impact on people with protected characteristics inquiry. If you’ve already submitted evidence to our main Unequal impact inquiry about these issues, you don’t need to submit it again. 

Terms of reference 

Written submissions should address one or more of the following terms of reference. If you can, you should both describe problems you know about and recommend ways to overcome them: 

- The effectiveness and accessibility of Governmentcommunications and consultationwith disabled people during the pandemic;  
- Disabled people’saccess to foodand the effectiveness of the Government’s response to reported problems; 
- Disabled people’s access tohealthcareservices, including treatment for COVID 19 and access to other healthcare services; 
- Themental healthof disabled people, including the effects of isolation, access to mental health services and the implications for disabled people of temporary changes to the Mental Health Act; 
- Social carefordisabled people in their homes and in residential care settings, including the effects of easements to duties in the Care Act and the approach to monitoring and review of these changes; and  
- Disabled people’s access toeducationduring the pandemic. 

We want to hear about your experiences and your views on these issues, and what you want the Government and others to do to make things better, so that we can make recommendations for change. You can submit written evidence until Monday 13 July
""", [
    (None, "The effectiveness and accessibility of Governmentcommunications", O),
    (None, "Disabled people’saccess to food", O),
    (None, "Disabled people’s access tohealthcareservices", O),
    (None, "Themental healthof disabled people", O),
    (None, "Social carefordisabled people", O),
    (None, "Disabled people’s access toeducationduring the pandemic", O),
], note="DOCX rebuilt from the stored text (words the page's bold runs joined are kept joined); the store cut 'Your Submission' after its heading, left out.")

src("transport_disabled_people_call", "call", "pdf", "https://webtest.parliament.uk/external/committees/committee-news-pre-oct-2020/2012/november/disabled-people---tor", """
Effectiveness of transport for disabled people legislation inquiry launched
16 November 2012
The Transport Committee launches an inquiry into the effectiveness of legislation relating to transport for disabled people.
Terms of reference and call for evidence
From 1 October 2010, the Equality Act replaced most of the Disability Discrimination Act (DDA). The Equality Act aims to protect disabled people and provides legal rights in a number of areas including access to land based transport services. In 2009, the UK Government ratified the UN Convention on the rights of people with disabilities. The Convention does not create new rights, but sets out the legal obligations on countries to promote and protect the rights of people with disabilities in all main areas of life, including access to transport.
The Transport Committee has decided to hold an inquiry into the effectiveness of legislation relating to transport for disabled people. The Committee invites submissions on the following issues:
- The effectiveness of legislation relating to transport for disabled people: is it working? Is it sufficiently comprehensive? How effectively is it enforced?
- The accessibility of information: including the provision of information about routes, connections, timetables, delays and service alterations, and fares
- The provision of assistance by public transport staff and staff awareness of the needs of people with different disabilities
- What can be learnt from transport provision during the Paralympics and how can we build on its successes?
Written evidence would be welcome on these issues from any individual or organisation potentially affected by, or with a view on, the current disability legislation. We would be grateful to receive written submissions by Monday 14 January 2013.
""", [
    (None, "The effectiveness of legislation relating to transport for disabled people", O),
    (None, "The accessibility of information", O),
    (None, "The provision of assistance by public transport staff", O),
    (None, "What can be learnt from transport provision during the Paralympics", O),
], note="PDF rebuilt from the stored text; the guidance on submissions after the asks left out (the store cut it).")

src("disability_employment_gap_appg_call", "call", "txt", "https://docsbay.net/call-for-evidence-halving-the-disability-employment-gap", """
1
All Party Parliamentary Group for Disability
Chair: Dr Lisa Cameron MP
Vice Chair: Johnny Mercer MP
Secretary: Neil Coyle MP
Secretariat: Disability Rights UK
Call for Evidence – Halving the Disability Employment Gap
The All Party Parliamentary Group for Disability invites written submissions, addressing any of the following questions and themes, to inform its inquiry into how the Government can fulfil its pledge to halve the disability employment gap.
Deadline for submissions: Monday4th July 2016
Business networks
What does an effective and inclusive business network look like? To what extent do disabled people participate in business networks? How can disabled people be supported to participate, exchange their skills, and support one another to work or start businesses? What external support is required to facilitate this?
Self-employment
More disabled people than non-disabled people are self-employed. What are the reasons for this? How do self-employment outcomes for disabled people compare with those for non-disabled people? What businesses have they started? Which ones are growing and why? What further support would make a difference to their viability and the disabled person’s quality of life? Which kinds of assistive technology facilitate work?
Research and development grants
To what extent do disabled people benefit from research and development grants? Are applicants and recipients monitored by disability status? What is the experience of disabled people in applying for and using these grants?
Procurement
What is the scope for ethical and responsible procurement policies to create jobs for disabled people?
Growth sectors
What are the future growth sectors of the economy? What is the relative distribution of disabled employees in these sectors? What tailored policies would be required to increase disabled people’s employment in these sectors?
""", [
    (None, "What does an effective and inclusive business network look like?", O),
    (None, "What are the reasons for this?", O),
    (None, "To what extent do disabled people benefit from research and development grants?", O),
    (None, "What is the scope for ethical and responsible procurement policies", O),
    (None, "What are the future growth sectors of the economy?", O),
], note="The store cut the last theme ('Organisational polices') mid-sentence, left out. Each theme's paragraph of questions is one question (the themes are the asks).")

src("brickhill_parish_council_survey", "survey", "odt", "https://www.surveymonkey.com/r/BHH7J5V", """
A short survey regarding Brickhill Parish Council

This is a short survey for Brickhill Residents regarding the support, advice and/or your opinion of the Brickhill Parish Council. We ask that you only complete this survey if you live in the Brickhill area.

* 1. Do you live in the Brickhill, Bedford area?

* 2. How well would you rate Brickhill Parish Council in their support concerning local issues?

* 3. Of the following actions 'supported' by the Brickhill Parish Council, which do you feel the Council actively supported and were proactive in that support?

|  | Supported | Attempted some Support | No Support | N/A |
| Refurbishment of local parades in the Brickhill area? |  |  |  |  |
| Parking provision on the Brickhill Hill Drive parade? |  |  |  |  |
| Support/advice given to the Campaign to keep the Bird in Hand pub open? |  |  |  |  |
| Support/advice given to the keeping the Post Office open on the Brickhill Drive Parade? |  |  |  |  |
| Support/advice/result in dealing with the £500 contribution from Tesco? |  |  |  |  |
| Support/advice for the Campaign against Tesco from opening a new Express store on Brickhill Drive? |  |  |  |  |

* 4. If you were to vote tomorrow for keeping a local Parish Council, would you vote Yes or No?

* 5. Following on from the question above, would you rather request the resignation of council members in order to obtain a by-election and/or vote to replace council members with others more in tune with what the residents and area needs?
""", [
    ("1", "Do you live in the Brickhill, Bedford area?", A),
    ("2", "How well would you rate Brickhill Parish Council", C),
    ("3", "Of the following actions 'supported' by the Brickhill Parish Council", G),
    ("4", "If you were to vote tomorrow for keeping a local Parish Council", C),
    ("5", "Following on from the question above, would you rather request the resignation", C),
], note="ODT rebuilt from the stored text, question 3's rows as a table (its last three rows and question 6, which the store cut mid-sentence, left out).")

src("birlingham_parish_survey_environment", "list", "html", "http://birlingham.org/survey2015/survey_2015_environment.htm", """
<-- Previous

Main Menu

Next -->

This section of the survey relates to your views on your local environment and your involvement with the local community.

16. What is your main means of transport?

The answers to this question will help us to understand how people move around and whether there should be more emphasis on public transport, cycle paths and footpaths.

17. Do you use any public rights of way in the parish?

One of the Parish Council's main roles is to work with the Footpath Warden, whose work is currently funded by Worcestershire County Council (although the Footpath Warden and his assistants all work voluntarily). The footpaths and bridleways in Birlingham are illustrated by green dotted lines on the Public Rights of Way map.

18. Are you in favour of sustainable or renewal energy resources in the village?

Currently very few properties have solar panels or wind turbines attached to them but we would like to know whether you would like to see these forms of energy production encouraged.

19. How do you feel about volunteering to help in the village?

There are many organisations in the village, all of which rely on volunteers to achieve their aims. We are interested to know what proportion of the population get involved in one way or another with these organisations.

Updated 31/07/2015 18:52.    © Copyright Birlingham Parish Council, 2015. All rights reserved.
""", [
    ("16", "What is your main means of transport?", C),
    ("17", "Do you use any public rights of way in the parish?", C),
    ("18", "Are you in favour of sustainable or renewal energy resources", C),
    ("19", "How do you feel about volunteering to help in the village?", O),
], note="HTML rebuilt from the stored text; a page tracking counter's name left out.")
