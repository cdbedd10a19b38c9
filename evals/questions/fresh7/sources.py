# ruff: noqa: E501, W291 (stored page text kept as it is, trailing spaces included)
"""The seventh fresh batch: real forms, surveys, checklists, calls for evidence and pages nobody
here wrote, none of them in the first six batches (checked by address against their
manifests), collected for round six (issue 22) BEFORE any round-six finder change.

Conventions as in ../fresh6/sources.py: each text is the start of a public page as the search
tool's store holds it (seen 2026-12-08), copied without rewording; where the store cut a page
mid-sentence that last fragment is left out and `note` says so; where only text was available
the file is rebuilt from that text in the named format. The expected questions were written by
hand from the text BEFORE the finder was run on this batch (see the commit history): number as
written (None when none is given; "Q 4a." is 4a, "Q1B." is 1B, "(1) ... (a)" is 1a), the start
of the question's text, and its kind (`open`, `choice`, `about you`, or `grid`).

Kinds follow docs/consultations.md ("Kinds"): a closed question (yes/no, agree/disagree, a
rating, one of a list) is a choice whether or not the page kept its printed choices, unless it
also asks for reasons, comments or a description; every ask of a call for evidence is open;
the respondent's own details (name, age, where they live, their household and home, the
organisation they represent, whether they are a carer) are about you, and so are a form's
fields for who filled it in and where. A checklist's checks are choices (yes / no).

Split as fresh4 to fresh6: `split()` puts each document in `dev` or `held` by a stable hash of
its name. Round six trains and tunes on `dev` (and the earlier batches' dev halves and the
bundled suite) and reports `held`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from batch_source import A, C, G, O, Source, adder, split  # noqa: F401  (split: held_batch reads it)

SEEN = "2026-12-08"

# fmt: off
SOURCES: list[Source] = []
src = adder(SOURCES)


# ---------------------------------------------------------------- surveys and forms

src("council_change_programme_survey", "survey", "txt", "https://www.surveymonkey.co.uk/r/N7JNSJ3", """
We want to hear your views on the council's proposals to bridge a budget shortfall in 2018/19 of £13.5 million. By 2021/22, it is estimated that this could be £45 million.
Significant savings now need to be made to balance the budget over the next four years. This will be done either by reducing, or no longer providing, some services. 

A Change Programme setting out the savings proposals was presented at the full council meeting on Tuesday 10 October. 

To inform your views, here is a summary of the Change Programme proposals.
Our consultation is open until Thursday 14 December. Final decisions will have to be made by late January or early February 2018 to fulfil our statutory duties and agree a balanced budget. Your feedback will help shape these decisions.  


* 1. What is your name (this question is optional)?

* 2. Which organisation, if any, do you represent? 

* 3. Having attended one of our public engagement meetings or read the Change Programme documents, how strongly would you agree or disagree with the statement below:
"I have a clearer understanding of the budget challenges and the measures proposed to address these."

* 4. Do you have any ideas or suggestions, not already outlined, that would help us bridge our budget gap?

* 5. Please use the space below to give us any feedback on the savings proposals.

Many thanks for completing this survey. If you have any further questions or comments please email:
""", [
    ("1", "What is your name", A),
    ("2", "Which organisation, if any, do you represent?", A),
    ("3", "Having attended one of our public engagement meetings", C),
    ("4", "Do you have any ideas or suggestions, not already outlined", O),
    ("5", "Please use the space below to give us any feedback", O),
], note="A council's budget survey (SurveyMonkey): starred numbered questions, question 3 an agree/disagree statement on the next line; the address after 'please email:' is not in the store.")

src("housing_needs_core_questions", "survey", "docx", "https://docsbay.net/core-questions-for-housing-needs-surveys", """
(Your)Community Housing Needs Survey
(Introduction about the survey).
SECTION 1: Your home and your household
This section asks questions about your current household and the home in which you live. We are defining a household as “one person living alone, or a group of people (not necessarily related) living at the same address with common housekeeping – sharing either a living room or sitting room, or at least one meal a day”.
[This question is optional]
Q 1.Is this your main home? Please tick one box Yes, main home / Go to Question 2
No, second home / There is no need to complete the rest of the form, however, please return it using the envelope provided or using the address at the end of section 3
Q 2.What type of home does your household live in? Please tick one box
Semi detached house / Flat / Terraced house (including end terrace)
Detached house / Bungalow / Mobile home (permanently sited)
Other (please specify)
Q 3.Does your household own or rent this home? Please tick one box
Owns (with or without a mortgage) / Lives part rent and part mortgage (shared ownership) / Rents from employer of, or tied with job of, household member
Rents privately / Rents from Council or Housing Association
Other (please specify)
[This question is optional]
Q 4.How long have you lived in…? Please tick one box per optionLess than 1 year / 1 to 3 years / More than 3 year but less than 10 years / More than 10 years
i) This home / / / /
ii) XXX Community / / / /
iii) XXX Local Authority / / / /
[This question is optional]
If you ticked ‘Less than 1 year’ aboveQ 4a. In what Community Council / Local Authority did you live?
Q 5.How many bedrooms does your home have? Please tick one box
1 / 2 / 3 / 4 / 5 or more
Q 6.How many people of each age and sex are there in your household? Please write the numbers in the relevant boxes
0-9 years / 10-15 years / 16–19 years / 20-44 years / 45-64 years / 65-74 years / 75 years and over
""", [
    ("1", "Is this your main home?", A),
    ("2", "What type of home does your household live in?", A),
    ("3", "Does your household own or rent this home?", A),
    ("4", "How long have you lived in", A),
    ("4a", "In what Community Council / Local Authority did you live?", A),
    ("5", "How many bedrooms does your home have?", A),
    ("6", "How many people of each age and sex", A),
], note="DOCX rebuilt from the stored text: a Welsh template of core housing-needs questions ('Q 1.Is this ...', no space after the label), choices flattened to '/ ' lines, 'Q 4a.' run on to the line before it. The store runs on into question 7, cut mid-word; question 7 is left out.")

src("day_surgery_patient_survey", "nhs", "html", "https://www.surveymonkey.com/r/NOSHODSES", """
♦ You should fill out this questionnaire only if you were the patient. You may need to get help from a family member or friend to answer the questions. That’s okay.

♦ Answer all the questions by checking the box to the left of your answer.

♦ Your response to this survey is voluntary but will provide us with important information.

♦ You are sometimes told to skip over some questions in this survey. When this happens, you will see an arrow with a note that tells you what question to answer next, like this:

Question Title

Image
Before your procedure

Question Title

* 1. Was this your first visit as a patient to the North of Superior Healthcare Group?

Question Title

* 2. Before your procedure, did a health professional explain what would happen to you, in a way you could understand?

Question Title

* 3. Before your procedure, did a health professional explain any risks and/or benefits in a way you could understand?

Day surgery environment

Question Title

* 4. In your opinion, how clean was the day surgery area?

Seeing a surgeon

Question Title

* 5. Before your procedure, either on the day of your surgery or in a pre-operation appointment, did you have enough time to talk about your health or medical problem with the surgeon?

Question Title

* 6. Before your procedure, did the surgeon listen carefully to what you had to say?

Question Title

* 7. Before your procedure, if you had questions to ask the surgeon, did you get answers that you could understand?

Question Title

* 8. Did you have confidence and trust in the surgeon examining and treating you?

Question Title

* 9. If you had any worries or fears about your condition or treatment, did a surgeon talk with you about them?

Overall about your procedure

Question Title

* 10. Did the health professionals treating and examining you introduce themselves?

Question Title

* 11. Were you given enough privacy when discussing your condition or procedure?
""", [
    ("1", "Was this your first visit as a patient", C),
    ("2", "Before your procedure, did a health professional explain what would happen", C),
    ("3", "Before your procedure, did a health professional explain any risks", C),
    ("4", "In your opinion, how clean was the day surgery area?", C),
    ("5", "Before your procedure, either on the day of your surgery", C),
    ("6", "Before your procedure, did the surgeon listen carefully", C),
    ("7", "Before your procedure, if you had questions to ask the surgeon", C),
    ("8", "Did you have confidence and trust in the surgeon", C),
    ("9", "If you had any worries or fears about your condition", C),
    ("10", "Did the health professionals treating and examining you introduce", C),
    ("11", "Were you given enough privacy", C),
], note="HTML rebuilt from the stored text: a (Canadian, not UK) hospital group's day-surgery survey on SurveyMonkey, 'Question Title' lines, '♦' instructions and section headings; its printed choices are not in the store. The store runs on into question 12, cut mid-word; question 12 is left out.")

src("surgery_centre_satisfaction_survey", "survey", "pdf", "https://www.medi-sync.com/cgibin/psurvey?center=middletown", """
====================== Patient Satisfaction Survey ======================

Your opinion means a great deal to us. We care what you think. We want your experience
to be the best it can. We think that means the friendliest, most responsive staff
providing personal, professional service.

But what do you think ? Please take a few minutes of your time and let us know what you
liked (or didn't like) about our services. Any comments would be appreciated.
Thank you for your assistance.


Date of Surgery: (mm/dd/yy)

Patient Name:

1. Was the waiting time reasonable for your procedure        Yes   No  

2. Were the forms you signed explained to you          Yes   No  

3. Did you feel you were cared for efficiently and competently        Yes   No  

4. Did your surgeon speak with you or a family member following the surgery        Yes   No  

5. Were your questions answered by the nursing staff prior to the procedure        Yes   No  

6. Were signs and symptons of possible problems that may occur at home explained to you        Yes   No  

7. If problems occurred at home, did you know whom to call        Yes   No  

8. Did you understand how to take care of yourself at home        Yes   No  

9. Was your privacy provided for and respected        Yes   No  

10. Did you feel you were treated with respect and courtesy at all times        Yes   No  

11. Was financial responsibility for your procedure made clear        Yes   No  

12. Did you feel safe before, during and after your surgery (if no, please comment below)        Yes   No
""", [
    (None, "Date of Surgery", A),
    (None, "Patient Name", A),
    ("1", "Was the waiting time reasonable for your procedure", C),
    ("2", "Were the forms you signed explained to you", C),
    ("3", "Did you feel you were cared for efficiently", C),
    ("4", "Did your surgeon speak with you or a family member", C),
    ("5", "Were your questions answered by the nursing staff", C),
    ("6", "Were signs and symptons of possible problems", C),
    ("7", "If problems occurred at home, did you know whom to call", C),
    ("8", "Did you understand how to take care of yourself at home", C),
    ("9", "Was your privacy provided for and respected", C),
    ("10", "Did you feel you were treated with respect and courtesy", C),
    ("11", "Was financial responsibility for your procedure made clear", C),
    ("12", "Did you feel safe before, during and after your surgery", O),
], note="PDF rebuilt from the stored text: a (US, not UK) surgery centre's satisfaction form, two unnumbered fields then twelve numbered yes/no questions without question marks, 'Yes No' on each question's line; the writer's own 'But what do you think ?' is not a question for the form. Question 12 asks for a comment when the answer is no, so it is open.")

src("library_visit_survey_grid", "grid", "pdf", "https://codestin.com/utility/all.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F291632942%2FSurvey-Questions", """
SURVEY QUESTIONS
1. How often do you visit the library?
Once a day
Once a week
Once a month
Once every couple of months
Once a year
Never
Other
2. Why do you visit the library? (choose all that apply)
Business Research
Educational Research
Visit with my children
Use the computer
A quiet place to read or work
Check out books
Other
Other (please specify
3. Please answer the following questions with 1=Strongly Disagree and 10=Strongly Agree
1
Materials are
available
when you
want them
Materials
are available
when you
want them 1
are available
when you
want them 2
Materials
Materials are
easy to find
are easy to
find 1
are easy to
find 2
Materials
are available
when you
want them 3
Materials
I am
are available
when you
want them 4
Materials
are easy to
find 3
Materials
Materials
are available
when you
want them 5
Materials
are easy to
find 4
Materials
are easy to
find 5
I am
I am
I am
I am
familiar with
the
interlibrary
loan program
2
familiar with
the
interlibrary
loan program
3
familiar with
the
interlibrary
loan program
4
familiar with
the
interlibrary
loan program
5
I am
I am
I am
I am
I am
familiar with
the electronic
databases
and resources
on the
website 1
familiar with
the electronic
databases
and resources
on the
website 2
familiar with
the electronic
databases
and resources
on the
website 3
familiar with
the electronic
databases
and resources
on the
website 4
familiar with
the electronic
databases
and resources
on the
website 5
I am
I am
I am
I am
satisfied with
the hours of
the library 2
satisfied with
the hours of
the library 3
satisfied with
the hours of
the library 4
satisfied with
the hours of
the library 5
I am familiar
familiar with
with the
the
interlibrary
loan program interlibrary
loan program
1
I am familiar
with the
electronic
databases
and resources on
the website
Materials
I am
I am satisfied
with the
satisfied with
hours of the
the hours of
library
the library 1
I would
I would
recommend
this library to recommend
this library to
others
others 1
""", [
    ("1", "How often do you visit the library?", C),
    ("2", "Why do you visit the library?", C),
    ("3", "Please answer the following questions with 1=Strongly Disagree", G),
], note="PDF rebuilt from the stored text: a (US) library survey as a document viewer's text layer keeps it, two numbered choice questions and a rating grid whose statement rows were broken into one- and two-word lines and run together; the grid is one question.")

src("nsw_library_satisfaction_template", "survey", "rtf", "https://info.5y1.org/abc-catalogue-online_1_dcb941.html", """
Full satisfaction survey template - State Library of NSW

Insert logo hereInsert introduction here NAME OF PUBLIC LIBRARYQUESTIONNAIREINTRODUCTIONThank you for agreeing to help us learn about your experience using library services.Your answers are completely anonymous and cannot be linked to you in any way that can identify you.Please answer the following questions by putting an “x” in the box for the answer or answers that come closest to your opinion, or by writing your answer in your own words in the box provided. For example if you were asked to indicate your gender and you are female, you should answer the question as follows:Q. Are you ...MaleFemalesThroughout “the library” refers to your Council library and its services.If there are any questions you cannot answer just leave them blank.If you need to change an answer please fill in the box you marked at first and want to change. So to change “In the last six months” to “More than six months ago, but in the last year”, mark it as shown below:In the last six monthsMore than six months ago, but in the last yearPlease note that optional questions are coloured blue, all other questions are core questions ---------------------------------------------------------------------------------------------------------------------------Q1B. In the last year, I have usually visited the library or used one of its services(including website and online services):(PLEASE MARK “X” FOR THE FIRST REPLY THAT FITS YOU BEST)More than once a week [1]About once a week [2]Two or three times a month [3]About once a month[4]Once every two to three months [5]Two to three times in the year[6]Once[7]Not used in the past year[8]Q1A. The last time I visited the library or used any of its services (including the website and online services)was ...(PLEASE MARK “X” FOR THE FIRST REPLY THAT FITS FOR YOU)In the last six months [1]More than six months ago, but in the last year [2]
""", [
    ("1B", "In the last year, I have usually visited the library", C),
    ("1A", "The last time I visited the library", C),
], note="RTF rebuilt from the stored text: an Australian state library's survey template whose text layer ran every line of the form into one paragraph; the worked example 'Q. Are you ...MaleFemales' in the instructions is not a question. The store runs on into question 1A's third choice, cut mid-word; that fragment is left out.")

src("library_patron_survey_template", "survey", "odt", "https://www.questionpunk.com/template/7ff29864-c535-42d1-831a-b9017f0b790d", """
Library Patron Experience: Discovery, Holds & Digital Services
Measures patron satisfaction and friction points across material discovery, hold management, and digital resource usage to prioritize service improvements for public libraries.
What's Included
AI-Powered Questions
Intelligent follow-up questions based on responses
Automated Analysis
Real-time sentiment and insight detection
Smart Distribution
Target the right audience automatically
Detailed Reports
Comprehensive insights and recommendations
Template Overview
22
Questions
AI-Powered
Smart Analysis
Ready-to-Use
Launch in Minutes
This professionally designed survey template helps you gather valuable insights with intelligent question flow and automated analysis.
Sample Survey Items
Q1
Chat Message
Welcome to the Library Services Feedback Survey.
This survey asks about your experiences with discovering materials, managing holds, and using digital library resources. Your responses will help us identify areas for improvement.
• Participation is completely voluntary and you may stop at any time.
• There are no right or wrong answers — we are interested in your honest opinions.
• Your responses are confidential and will be reported only in aggregate.
• The survey takes approximately 5–7 minutes to complete.
By continuing, you indicate your consent to participate.
Q2
Multiple Choice
In the past 12 months, how often have you used a public library (in person or online)?
Daily
Weekly
Monthly
A few times in the last 12 months
Not in the last 12 months
I have never used a public library
Q3
Multiple Choice
When you want a specific item at the library, how do you typically look for it? (Select all that apply.)
Search the online catalog
Browse shelves in person
Ask staff for help
Use the library's mobile app
Check new arrivals or featured lists
Recommendations from friends or social media
Other (please specify)
""", [
    ("2", "In the past 12 months, how often have you used a public library", C),
    ("3", "When you want a specific item at the library", C),
], note="ODT rebuilt from the stored text: a survey vendor's sample of a (US) library survey, each item a 'Q2' label line, a type line ('Multiple Choice') and the question with its choices; item Q1 is a welcome message, not a question. The store runs on into Q4, cut mid-question; Q4 is left out.")

src("caregiver_identity_survey", "survey", "txt", "https://www.surveymonkey.com/r/ZDJJ7LD", """
Understanding the Identity of the Caregiver

Question Title

* 1. "Do you have an ill or disabled relative or friend whom you care for on an ongoing basis? This can be someone who just needs a little help, someone in declining health, or someone who is seriously or chronically ill."

If yes, please describe your role in providing support for that individual.

Question Title

* 2. The National Center on Caregiving defines Caregiver as any relative, partner, friend or neighbor who has a significant personal relationship with and provides a broad range of assistance for a person with a chronic or disabling condition. These individuals may be a sole caregiver, or one of several that live with or separately from the person receiving care.

Before reading this definition of a caregiver, did you consider yourself to be a caregiver?

Question Title

* 3. After reading the definition, do you now consider yourself to be a caregiver?
""", [
    ("1", "Do you have an ill or disabled relative or friend", O),
    ("2", "The National Center on Caregiving defines Caregiver", C),
    ("3", "After reading the definition, do you now consider yourself", C),
], note="A (US) caregivers' survey on SurveyMonkey: question 1 quoted, with 'If yes, please describe your role' in the next paragraph (so open); question 2 a definition with its question a paragraph later.")

src("caregivers_mental_illness_questionnaire", "survey", "docx", "https://dokumen.tips/download/link/appendix-a-full-questionnaire-on-pins-and-needles-caregivers-of-adults-with-mental.html", """
Page 1: Appendix A: Full Questionnaire · On Pins and Needles: Caregivers of Adults with Mental Illness; Full Questionnaire 2 6. Please think about the adult you cared for in the past year,

On Pins and Needles: Caregivers of Adults with Mental Illness; Full Questionnaire


Appendix A: Full Questionnaire SAMPLE:

1= Research Now, consumer ailments panel 2= Mental Health America 3= National Alliance for Mental Illness SCREENER

1. How old are you? [ALLOW 10 TO 110, TERMINATE IF LESS THAN 18]

____ ____ ____ 1a. [ONLY ASK OF SAMPLE 2 &3 ] Do you live in the United States?

Yes ....................................................................................... 1 No ........................................................................................ 2 TERMINATE

2. At any time in the last 12 months, have you provided unpaid care to a relative or

friend 18 years or older to help them take care of themselves?

This may include helping with personal needs or household chores. It might be managing a person's finances, arranging for outside services, or visiting regularly to see how they are doing. This adult need not live with you.

Yes ....................................................................................... 1 No ......................................................................................... 2 TERMINATE

3. Did any of those adults you cared for have an emotional or mental health problem?

Yes ....................................................................................... 1 No ......................................................................................... 2 TERMINATE

Not Sure ............................................................................... 3 TERMINATE

4. Were you caring for five or more adults at the same time, all who had an

emotional or mental health problem?
""", [
    ("1", "How old are you?", A),
    ("1a", "Do you live in the United States?", A),
    ("2", "At any time in the last 12 months, have you provided unpaid care", A),
    ("3", "Did any of those adults you cared for have an emotional", C),
    ("4", "Were you caring for five or more adults", C),
], note="DOCX rebuilt from the stored text: a (US) research questionnaire as a document host's text keeps it, a page-summary line first (its '6. Please think about ...' is a fragment of a later page, cut mid-sentence, not a question), hard-wrapped questions, dot-leader choices, '1a.' after answer lines. The store runs on into question 4's choices, cut; those lines are left out.")


# ---------------------------------------------------------------- checklists

src("estates_accessibility_audit_form", "list", "html", "https://public-library.safetyculture.io/products/estates-accessibility-audit-form-ed1", """
Information
-
Site - Building - Area/Location
-
Conducted on
Section 1
PREVIOUS AUDIT
-
Has the last audit report been reviewed?
-
Are there any outstanding actions from previous audit?
1. MOBILITY
-
Is adequate disabled parking provided?
-
Is disabled parking suitably located?
-
Are main entrance doors accessible?
-
Can access to the building be gained?
-
Are floors even and appropriately covered?
-
Are main walkways clear of obstructions?
-
Do alternatives to stairs exist?
-
Are stairs suitably designed with appropriate handrails available?
-
Do doors and doorways allow suitable access and movement?
-
Are lifts suitably located?
-
Are lifts accessible for use?
2. VISUAL
-
Are handrails suitably contrasted to the background?
-
Are nosings suitably contrasted to the background?
-
Are change of levels suitably tactile?
3. AUDIBILITY
-
Are deaf alerters provided and available?
-
Are induction loops provided in suitable locations?
4. WELFARE
-
Are suitable toilet facilities proovided?
-
Are they sufficient in number and suitably located?
-
Are suitable hygiene and waste bins provided?
-
Where appropriate, are lower level serving areas provided?
-
General Comments
-
Audit Completed By
-
Have findings been discussed with the Head of Estates?
-
Has an Action Plan been agreed?
""", [
    (None, "Site - Building - Area/Location", A),
    (None, "Conducted on", A),
    (None, "Has the last audit report been reviewed?", C),
    (None, "Are there any outstanding actions from previous audit?", C),
    (None, "Is adequate disabled parking provided?", C),
    (None, "Is disabled parking suitably located?", C),
    (None, "Are main entrance doors accessible?", C),
    (None, "Can access to the building be gained?", C),
    (None, "Are floors even and appropriately covered?", C),
    (None, "Are main walkways clear of obstructions?", C),
    (None, "Do alternatives to stairs exist?", C),
    (None, "Are stairs suitably designed", C),
    (None, "Do doors and doorways allow suitable access", C),
    (None, "Are lifts suitably located?", C),
    (None, "Are lifts accessible for use?", C),
    (None, "Are handrails suitably contrasted", C),
    (None, "Are nosings suitably contrasted", C),
    (None, "Are change of levels suitably tactile?", C),
    (None, "Are deaf alerters provided and available?", C),
    (None, "Are induction loops provided", C),
    (None, "Are suitable toilet facilities proovided?", C),
    (None, "Are they sufficient in number and suitably located?", C),
    (None, "Are suitable hygiene and waste bins provided?", C),
    (None, "Where appropriate, are lower level serving areas provided?", C),
    (None, "General Comments", O),
    (None, "Audit Completed By", A),
    (None, "Have findings been discussed with the Head of Estates?", C),
    (None, "Has an Action Plan been agreed?", C),
], note="HTML rebuilt from the stored text: an inspection app's public audit template, each item a '-' on its own line then the item; numbered section headings ('1. MOBILITY'); the header fields and 'Audit Completed By' are about the one filling it in.")

src("physical_environment_audit", "list", "odt", "https://mscareaudits.co.uk/run_audit.php?type=Accessibility", """
Physical Environment & Architectural Audit



Section 1: External Approach

Are accessible parking bays clearly marked and correctly sized?

Is the main entrance threshold level or ramped at a 1:15 gradient?

Is there adequate external lighting for evening navigation?

Section 2: Internal Navigation

Do all corridors maintain a minimum width of 1200mm?

Are stairs fitted with high-visibility nosing and continuous handrails?

Are heavy fire doors fitted with 'hold-open' devices or auto-assist openers?

Section 3: Sanitary & Amenities

Do accessible toilets have functional emergency pull cords that reach the floor?

Are grab rails color-contrasted against the wall surface?

Is there a lowered counter height at the main reception/kiosk?

❌ Cancel
""", [
    (None, "Are accessible parking bays clearly marked", C),
    (None, "Is the main entrance threshold level", C),
    (None, "Is there adequate external lighting", C),
    (None, "Do all corridors maintain a minimum width", C),
    (None, "Are stairs fitted with high-visibility nosing", C),
    (None, "Are heavy fire doors fitted", C),
    (None, "Do accessible toilets have functional emergency pull cords", C),
    (None, "Are grab rails color-contrasted", C),
    (None, "Is there a lowered counter height", C),
], note="ODT rebuilt from the stored text: a care-audit site's accessibility audit page, unnumbered yes/no checks under 'Section N:' headings, the app's 'Cancel' button at the end.")

src("ict_accessibility_questionnaire", "list", "docx", "https://un-in-indonesia.gitbook.io/disability-inclusion-km/annexes-and-useful-tools/operations-initiatives/ict-accessibility/ict-accessibility-assessment-questionnaire", """
ICT Accessibility Assessment Questionnaire

ICT Accessibility Assessment questionnaire for content development, means of communication, and organizational culture:

  • Content Development Evaluation Criteria (7 items)

    • Are staff knowledgeable and confident on national and international standards related to digital accessibility and data protection?

    • Does all content developed comply with relevant accessibility standards and best practices, such as alternative formats, captioning, audio description, translation, copy editing for plain language, etc.?

    • Do staff consider both accessibility and privacy when preparing and posting digital content, including through social media?

    • Do you have an allocated budget to ensure compliance and maintenance of digital systems and content in line with accessibility standards?

    • Do all materials produced use respectful and appropriate language that do not reinforce negative stereotypes or stigma?

    • Is digital content developed and validated through consultation with staff and OPDs prior to dissemination?

    • Are staff confident to use accessibility checkers and produce accessible digital content for reports, presentations, social media posts, blogs, etc.?

  • Means of Communication Evaluation Criteria (5 items)

    • Does the organisation facilitate the use of accessible technology, means of communication and formats, as chosen by persons with disabilities?

    • In the absence of an accessible digital infrastructure, are there alternative options available for people to access information on an equal basis with others?

    • Are systems to request assistive technologies in place?

    • Are staff provided with relevant training on how to use that technology?

    • Does information and communication through social media (Facebook, Twitter, Instagram, YouTube, etc.) include alternative text, audio description and captioning?
""", [
    (None, "Are staff knowledgeable and confident", C),
    (None, "Does all content developed comply", C),
    (None, "Do staff consider both accessibility and privacy", C),
    (None, "Do you have an allocated budget", C),
    (None, "Do all materials produced use respectful", C),
    (None, "Is digital content developed and validated", C),
    (None, "Are staff confident to use accessibility checkers", C),
    (None, "Does the organisation facilitate the use of accessible technology", C),
    (None, "In the absence of an accessible digital infrastructure", C),
    (None, "Are systems to request assistive technologies in place?", C),
    (None, "Are staff provided with relevant training", C),
    (None, "Does information and communication through social media", C),
], note="DOCX rebuilt from the stored text: a UN country team's ICT accessibility questionnaire, yes/no questions as bullets under two bulleted criteria headings. The store runs on into a third heading, cut mid-word; it is left out.")


# ---------------------------------------------------------------- calls for evidence

src("scrutiny_of_bills_future_direction_tor", "call", "rtf", "https://aph.gov.au/Parliamentary_Business/Committees/Senate/Scrutiny_of_Bills/Completed_inquiries/futuredirection2010/tor", """
Terms of Reference

Terms of Reference

Download this document (PDF 26KB)

The Senate has referred the following matter to the Standing Committee for the Scrutiny of Bills for inquiry and report by 12 May 2010:

(1) The future direction and role of the Scrutiny of Bills Committee, with particular reference to:

(a) whether its powers, processes and terms of reference remain appropriate;

(b) whether parliamentary mechanisms for the scrutiny and control of delegated legislation are optimal; and

(c) what, if any, additional role the committee should undertake in relation to human rights obligations applying to the Commonwealth. 

(2) In undertaking this inquiry, the committee should have regard to the role, powers and practices of similar committees in other jurisdictions.

(3) The committee be authorised to hold public hearings in relation to this inquiry.

The Committee is seeking written submissions from interested individuals and organisations preferably sent electronically by email to scrutiny.sen@aph.gov.au as an attached PDF or Word format document. The email must include full postal address and contact details.

Alternatively written submissions may be sent to:

Committee Secretary
Senate Standing Committee for the Scrutiny of Bills
PO Box 6100
Parliament House
Canberra  ACT  2600

The Committee has extended the closing date of submission to 6 April 2010.

Submissions become Committee documents and are made public only after a decision by the Committee. Publication of submissions includes loading them onto the internet and their being available to other interested parties including the media. Persons making submissions must not release them without the approval of the Committee. Submissions that become Committee documents are covered by parliamentary privilege but the unauthorised release of them is not protected.
""", [
    ("1a", "whether its powers, processes and terms of reference remain appropriate", O),
    ("1b", "whether parliamentary mechanisms for the scrutiny", O),
    ("1c", "what, if any, additional role the committee should undertake", O),
], note="RTF rebuilt from the stored text: an Australian Senate committee's terms of reference (not UK, kept for its layout), '(1) ..., with particular reference to:' and lettered terms; (2) and (3) instruct the committee and ask nothing of submitters. The store's last sentence, on notes for submitters, is cut mid-sentence and left out.")

src("fuel_energy_committee_tor", "call", "pdf", "https://aph.gov.au/Parliamentary_Business/Committees/Senate/Former_Committees/fuelenergy/interim_report/e01", """
Appendix 1
Terms of Reference
That a select committee, to be
known as the Select Committee on Fuel and Energy, be established to inquire
into and report by 21 October 2009 on:
-
the impact of
higher petroleum, diesel and gas prices on:
-
families,
-
small business,
-
rural and regional
Australia,
-
grocery prices, and
-
key industries,
including but not limited to tourism and transport;
-
the role and
activities of the Petrol Commissioner, including whether the Petrol
Commissioner reduces the price of petroleum;
-
the operation of the
domestic petroleum, diesel and gas markets, including the fostering of maximum
competition and provision of consumer information;
-
the impact of an
emissions trading scheme on the fuel and energy industry, including but not
limited to:
-
prices,
-
employment in the
fuel and energy industries, and any related adverse impacts on regional centres
reliant on these industries,
-
domestic energy
supply, and
-
future investment in fuel
and energy infrastructure;
-
the existing set of
state government regulatory powers as they relate to petroleum, diesel and gas
products;
-
taxation arrangements
on petroleum, diesel and gas products including:
-
Commonwealth
excise,
-
the goods and
services tax, and
-
new state and federal
taxes;
-
the role of
alternative fuels to petroleum and diesel, including but not limited to: LPG,
LNG, CNG, gas to liquids, coal to liquids, electricity and bio-fuels such as,
but not limited to, ethanol;
-
the domestic oil/gas
exploration and refinement industry, with particular reference to:
-
the impact of
Commonwealth, state and local government regulations on this industry,
-
increasing domestic
oil/gas exploration and refinement activities, with a view to reducing
Australia's reliance on imported oil, and
-
other tax incentives;
and
""", [
    (None, "the impact of higher petroleum, diesel and gas prices on", O),
    (None, "the role and activities of the Petrol Commissioner", O),
    (None, "the operation of the domestic petroleum, diesel and gas markets", O),
    (None, "the impact of an emissions trading scheme", O),
    (None, "the existing set of state government regulatory powers", O),
    (None, "taxation arrangements on petroleum, diesel and gas products", O),
    (None, "the role of alternative fuels to petroleum and diesel", O),
    (None, "the domestic oil/gas exploration and refinement industry", O),
], note="PDF rebuilt from the stored text: an Australian Senate select committee's terms of reference (not UK) as an appendix, every term and sub-term a '-' on its own line with hard-wrapped text; the sub-terms (families, prices, excise ...) belong to the term above them. The store runs on into a ninth term, cut mid-phrase; that term is left out.")


# ---------------------------------------------------------------- pages with no questions for the reader

src("council_budget_survey_welcome", "none", "txt", "https://www.surveymonkey.com/r/SXBPPMY", """
1. Welcome, we look forward to hearing your views

Difficult choices have to be faced by the Council in the next few months. To let us know your views on some of the key issues and help us make the difficult choices ahead, please answer the following eight questions.
""", [], note="A council survey's first page on SurveyMonkey: a numbered welcome heading and an invitation; the eight questions are on later pages, not in the store.")

src("nuclear_tests_bills_tor", "none", "html", "https://aph.gov.au/Parliamentary_Business/Committees/Senate/Foreign_Affairs_Defence_and_Trade/Completed_inquiries/2004-07/nuclear_tests_bills_06/tor", """
Terms of Reference

Inquiry into the provisions of the Customs Amendment (2007 Harmonized System Changes) Bill 2006; and, the Customs Tariff Amendment (2007 Harmonized System Changes) Bill 2006

Terms of Reference

Download this document (PDF 22KB)

On 11 October 2006 , the Senate referred the provisions of the above bills to the Senate Standing Committee on Foreign Affairs, Defence and Trade for inquiry and report by Tuesday, 7 November 2006 .

The Bills provide for non-liability treatment of and testing for cancer, for eligible Australian participants in the British nuclear tests conducted in Australia in the 1950s and 1960s.

The Committee invites individuals and organisations to make a written submission on the Bills. Because of the short timeframe, the Committee requests that submissions be lodged as soon as possible and by 27 October 2006. Submissions should be addressed to:

The Secretary
Senate Standing Committees on Foreign Affairs, Defence and Trade
PO BOX 6100
Parliament House

The Committee is seeking to publicise its work as widely as possible and would appreciate you referring this letter of invitation to any person or organisation you think would be interested in contributing to the inquiry.

The Committee prefers submissions to be in electronic form on disc or e–mailed (fadt.sen@aph.gov.au). Alternatively, submissions may be faxed (02 6277 5818) or posted. For enquiries or information about making submissions, phone: 02 6277 3535. Submissions become committee documents and are only made public after a decision by the Committee . Persons making submissions should not release them without the approval of the Committee . Submissions are covered by parliamentary privilege but their unauthorised release is not.

The committee prefers to make submissions public and to publish them on the committee's website. If you would like the submission or parts of the submission kept confidential could you please clearly indicate your concerns.
""", [], note="HTML rebuilt from the stored text: an Australian Senate committee's 'terms of reference' page that invites submissions on two bills but lists no terms or questions. The store's last sentence is cut ('Some submitters'); it is left out.")

src("preparing_a_submission_guide", "none", "txt", "https://docsbay.net/doc/761874/preparing-a-submission-to-a-parliamentary-committee-inquiry", """
Preparing a submission to a Parliamentary Committee Inquiry
The following advice is offered to assist those wishing to make a submission to a parliamentary committee.
(Standard advice on appearing as a witness at a parliamentary committee public hearing is also available but note that the Joint Committee of Public Accounts and Audit and the Parliamentary Standing Committee on Public Works have slightly different procedures).
The main purpose of parliamentary committees is to carry out investigations and report the findings of those investigations to the Parliament. Each inquiry has terms of reference which outline the matters to be considered by the committee. As part of the inquiry process, a committee seeks written submissions addressing the terms of reference.
Who can make a submission?
Any individual or organisation can make a submission to a parliamentary committee.
What should be in a submission?
There is no prescribed form for a submission to a parliamentary committee. Submissions may be in the form of a letter, a short document or a substantial paper. They may include appendices and other supporting documents. Submissions should be relevant to the terms of reference for the inquiry. They may address all or a selection of the points outlined in the terms of reference. Submissions may contain facts, opinions, arguments and recommendations for action. It is helpful if submissions are prefaced by a brief summary of the main points.
How to lodge a submission
Submissions should be sent to the secretary of the relevant committee, Parliament House, Canberra ACT 2600. Individual committee addresses are available on the committee web pages.
Submissions may be in hard copy (written or printed) form, or can be made by E-mail.
A written submission must be signed by the author either on his or her own behalf or on behalf of the organisation making the submission.
""", [], note="An Australian parliament's guide to making a submission: headings phrased as questions ('Who can make a submission?') that the page answers. The store's last sentence is cut mid-word; it is left out.")

src("tasmania_submission_notes", "none", "odt", "https://old.parliament.tas.gov.au/ctee/Joint/Cteenotes.htm", """
Home   |   Feedback   |  Last updated: 20 February 2003

Notes to Assist in the Preparation of Submissions to Committee Inquiries
The following advice is offered to assist in the preparation of written submissions to Committees.

There is no prescribed form for a written submission to a parliamentary committee. Submissions may be in the form of a letter, a substantial paper or a short document. Appendices and other supporting documents may be appended to submissions. Submissions may contain facts, opinions, arguments and recommendations for action.

The submission may cover all of the points raised in the Terms of Reference of the committee's inquiry or a selection of them. The Terms of Reference usually provide a good framework for structuring a submission.

Where possible, submissions should be typed on A4 paper. This helps reproduction of the submission for committees.

The preferred format for documents provided on disc is Microsoft Word 6.0. Submissions may also be E-mailed. Such documents should be forwarded in a 'hard copy' form.

The submission should be signed by the author either on his/her own behalf or on behalf of an organisation. Those signing submissions on behalf of an organisation should indicate what level the submission has been authorised (eg, sub-committee, executive committee, president, chair, state branch, regional group etc).

There may be submissions which an author would prefer not be made public. In this case the author may request that the submission (or part of it) remain confidential. This should be clearly indicated in the submission.

If it is desired that part only of the submission remain confidential that part should be submitted separately if possible. The committee will then consider the request for confidentiality.
""", [], note="ODT rebuilt from the stored text: a state parliament's notes for submitters (Tasmania), advice only. The store's last paragraph is cut mid-sentence; it is left out.")

src("beyond_compliance_instructions", "none", "docx", "https://beyondcompliancetool.ca/instructions/", """
How do I complete Beyond Compliance: Accessibility Self-Assessment Tool for Organizations?

This self-assessment experience is designed to be simple to administer and complete. It also offers flexibility on how your organization wants to use it. The guidebook offers more detailed instructions but here is a summary of the eight (8) easy steps:

1. Select the area your organization would like to work on. The tool is organized under six key areas of organizational responsibility. Your organization can choose to assess all six areas or pick the one or more areas you want to work on first. Areas not assessed now can also be assessed at a later date.

Each area has an overall best practice to create an accessible organization. This is the horizon you are aiming to reach. Each area also has a goal. This is the road to reach that horizon, with each of the items you assess like steps along the way.

2. Answer the questions. Each area offers a series of questions that are based on best practices to create an accessible organization. All are activities that are beyond what is required by Ontario’s accessibility laws. You can choose to skip questions that do not apply to your organization.

Questions are organized under primary and secondary sections. Our research told us that some best practices are more important to work on first. Your organization can focus on the primary questions only, come back to the secondary questions later, or choose to do all the questions at once.

3. Learn definitions and terms. Some of the terms in the questions have been defined to make the tool easier to use. Just click the highlighted words for clarification.

4. Record comments. You have the option to record comments in the text box provided for each question. This is especially helpful if a team is involved in the assessment project and you want to share information. All comments will be saved and aligned with your results for easy reference.
""", [], note="DOCX rebuilt from the stored text: a Canadian self-assessment tool's instructions, numbered steps ('2. Answer the questions.') and a title phrased as a question. The store runs on into step 5, cut mid-sentence; it is left out.")

src("esa_space_science_survey_intro", "none", "html", "https://esa.sciwise.org/survey/D477658?lang=en", """
How did our Milky Way galaxy form? How do black holes grow? What is the origin of our Solar System? Are there other worlds capable of hosting life? These are some of the questions that the European Space Agency science missions are currently addressing. We are now planning future missions and the Director of Science at the European Space Agency, Günther Hasinger, is extending an invitation for you to contribute your views.

We would like to hear from you, via this short online survey, about the big science questions that should be addressed by future space missions up to 2050.

Participation in this survey

The following information will help to inform you about why you are being asked to complete this questionnaire and what happens to the information you provide. You'll be asked to provide your explicit consent below.
As a “Thank You” for completing this survey, you will be given the opportunity to enter a prize draw for a gift voucher to the value of €100.

How much time is needed to participate?

You will be asked to complete a questionnaire in full after you provide your consent on this page to participate. This questionnaire should take you about 10 minutes to complete. However, you may withdraw from participating in this consultation at any time, for any reason.

What happens to the information you provide?

Providing your consent to participate in this survey means that your responses will only be used for research and evaluation purposes, to understand your views relating to space science and on the European Space Agency’s science programme.

If you have any questions or concerns relating to your participation in this survey or would like to withdraw your consent after having completed the survey, please contact

Agreement to Participate

Please read the following statements below:
  • I confirm I am 16 years of age or older.
""", [], note="HTML rebuilt from the stored text: a (European) survey's consent page opening with the questions its science missions address, headings phrased as questions that the page answers, and a consent statement; the survey's own questions come later. The store runs on into a second consent statement, cut mid-word; it is left out.")

src("stratford_housing_needs_news", "none", "txt", "https://www.stratford-tc.gov.uk/council-news/town-council-news/housing-needs-survey---july-2022", """
Housing Needs Survey - July 2022

Housing needs survey – July 2022

 Do you want to downsize, are you currently living at home with parents or friends and want your own home, do you need a bungalow in preference to a house? Do you work in the town but cannot afford to buy a home here? A lack of suitable and affordable housing has been a problem for many years, with house prices outstripping average incomes. A local housing needs survey was last undertaken in 2015, as part of the Neighbourhood Development Plan, and this information is now out-of-date so a new survey is being undertaken. Each dwelling across the parish should shortly receive a letter giving information about the new survey. You can either complete the survey online or request that a survey form is sent to you (and return postage is free).  Please consider the housing needs of your household (family, single, couple) and respond as appropriate when the letter arrives.
""", [], note="A town council's news item announcing a housing survey, opening with questions that say who it is for; the survey itself is elsewhere.")

src("nelson_submissions_form_guide", "none", "pdf", "http://www.nelsonpubliclibraries.govt.nz/council/consultations/consultations/", """
Submissions and Feedback

When you complete this form for submissions or feedback, we'll acknowledge receipt via email.

For more formal consultations, there may be a council hearing as part of the process.  We will contact people who indicate they wish to speak at the hearing by email or letter to advise the confirmed time, date, and venue of the hearing.

For feedback only, or less formal consultations, there will be no council hearing.

How to Use This Form

  1. Select the consultation round or feedback round from the drop-down menu.
  2. Complete your personal details. Email is a required field and mobile phone or daytime contact number is encouraged.
  3. For a more formal consultation, with a council hearing scheduled, you will need to indicate if you wish to speak to your submission.  If you wish to speak in Te Reo Māori or NZ Sign Language, please indicate this in your submission.
  4. Choose a subject using the drop-down menu. You can add additional subjects by clicking the 'add another subject' button. If your desired subject does not appear, use Miscellaneous (Other).
  5. If you wish to add a document to your submission or feedback, use the 'Browse File' button at the bottom of the form. Please note the form will not accept images in the text input box. To include an image, attach it as a separate file.  Rather than pasting large amounts of text, it is recommended to attach a document. When you are finished, click the 'Done' button.
  6. You will be sent email confirmation that your submission or feedback has been received.  This will include a copy of the text entered into the form, along with the number of documents successfully uploaded.  Copies of these documents will not be provided in the return e-mail.
  7. For consultations with council hearings, unless you indicate otherwise we will assume you do not wish to speak.
""", [], note="PDF rebuilt from the stored text: a New Zealand council's instructions for its submissions form, seven numbered steps ('Complete your personal details.'); the form's fields are not in the store. The store's last sentence is cut; it is left out.")

src("ioasmart_rating_instructions", "none", "txt", "https://www.ioasmart.com/Questionnaire/Q7YSvmeN", """
Please read each question carefully and respond using the scale below:
1 = Poor / Not at all
6 = Excellent / Fully completed
Most questions are not simple yes or no answers. Instead, we ask you to rate how closely your current situation aligns with a full “yes.”
Example: Question: Have you developed a business plan? If: You’ve made a start but haven’t completed it — your answer might be 3 or 4 out of 6, depending on your progress.
If a question is not applicable to your situation, you may leave it blank. Unanswered questions will not affect your overall score — only the answered questions are used to calculate your results.
""", [], note="A self-assessment questionnaire's instructions page: a rating scale and a worked example question, not the questionnaire's own questions.")

src("parish_housing_needs_letter", "none", "docx", "https://docsbay.net/xxxxxparish-housing-needs-survey", """
XXXXXParish – Housing Needs Survey
Dear Occupier,
Cornwall Council is working in partnership with XXXXXParish Council to conduct a survey to establish local housing needs, and this may form part of a Neighbourhood Planning process.
The survey is for local people who currently live in the parish, or who can show that they have family there. All parish households will receive this questionnaire.
The surveys will help to ascertain what kind of affordable housing local people need.People who also work locally can qualify for affordable housing. This needs to be permanent rather than seasonal work and for more than 16 hours a week.
Some of the questions refer to affordability. This is because we need to know how much affordable housing should be provided for affordable rent and how much could be sold to local people at less than market value. Some open market housing might be allowed in order to help the financial viability of any affordable housing scheme, particularly as grant support from the Council or Government is less likely to be available in the current economic climate.
This is an opportunity for you to have your say and we need to collect the relevant facts, but we’ve tried to keep the questionnaire as short as possible. We’re asking you to please put a tick √ in each box that matches your requirements. No stamp is required if you return your completed form to:
XXXXX Parish Survey, Affordable Housing Team, Cornwall Council
Council Offices, Dolcoath Avenue, Camborne, TR14 8SX
Alternatively, deliver or send it (stamp required) to
the Parish Clerk, XXXXX Parish Council,at XXXXX
Thank you in advance for participating.
The closing date for the return of questionnaires is XXXXX.
Your personal details will notbe discussed or shared with anyone else.
Yours sincerely
Andrew O’Brien – Affordable Housing Team Leader - Cornwall Council
If you have any questions about the survey, please contact the Parish Clerk
by phone: XXXXXor by email: XXXXX
""", [], note="DOCX rebuilt from the stored text: the covering letter of a Cornish parish housing-needs survey template; the questions come after it and are not in the store (it runs on into a cut title line, left out).")

src("nds_review_call_blog", "none", "html", "https://smauk.org.uk/blog/information/the-national-disability-strategy-review-call-for-evidence", """
The National Disability Strategy Review – Call for Evidence

16 June 2022

The National Disability Strategy Review – Call for Evidence

Last year, on the 28th July 2021, we were invited to respond to the new National Disability Strategy. The strategy committed to some ambitious solutions to "...improve the everyday lives of disabled people in areas like housing, transport jobs and education."

Now, a year on, have you noticed any signs that these proposed developments are in action?

The Women and Equalities Committee is scrutinising the implementation and further development of the strategy. The committee wants to hear from as many people as possible, especially disabled people.

They are asking for responses to several questions including, "What progress has been made so far?" and "How effectively is the government communicating with disabled people and involving them in the implementation and further development of the strategy?"

If you want to have your say personally, then please respond to their call for evidence by Sunday 24th July. Tou do not have to respond to every question given. Alternatively, if you have any comments or experiences that you would like us to include in our submission then please email them to by Friday 15th July.

How your submission will be treated

The Committee has discretion over which submissions it accepts as evidence, and which of those it then publishes on its website. If your submission is accepted by the Committee, it will usually be published online. It will then be available permanently for anyone to view and may be found online by using search engines. It cannot be changed or removed. If you have included your name or any personal information in your submission, that will normally be published too. Please consider how much personal information you want or need to share. 

Your contact details will never be published.
""", [], note="HTML rebuilt from the stored text: a charity's blog post about a committee's call for evidence, quoting two of its questions in a sentence and asking its readers a rhetorical question; the call's own list is elsewhere.")

src("south_lanarkshire_budget_results", "none", "rtf", "https://southlanarkshire.gov.uk/budget-consultation", """
BSL Launch Recite Me assistive technology myaccountMyAccount login image

Planning portal

is unavailable from Mon 10 March to Wed 12 March for maintenance. Comments can be emailed to

Budget consultation

Budget consultation 2025-26

Each year the council consults on its budget options, seeking views from individuals and representative groups within the community and also our workforce. The results of the consultation inform discussions as councillors work to agree the budget for the following financial year.

For the 2025-26 budget process, the consultation took place between 13 November 2024 and 17 January 2025. The focus was on twenty-four savings options that officers presented to councillors on 13 November 2024 for their consideration. Local residents were also asked to indicate the level of Council Tax rise they would accept if it meant council services could be protected.

The most popular way to take part in the consultation was through an online survey, with 2,186 responses being received. Further opportunities to participate were through a dedicated email, meetings with community groups, and a postal option. A separate consultation exercise was carried out involving more than 1,200 children and young people, the results of which can be found in the Children and young people’s voices consultation initial findings report.

In the main survey, participants were asked to give a single response to each of the saving options, either strongly agree, agree, neither agree nor disagree, disagree, or strongly disagree. The results of this were presented as bar charts. People were also asked to pick two words to describe their feelings about each saving option, from bad, unacceptable, unnecessary, indifferent, undecided, necessary, acceptable, and good. The results of this were presented as bar charts.

See the full results in the Budget consultation feedback report below.
""", [], note="RTF rebuilt from the stored text: a Scottish council's page reporting how its closed budget consultation was run (the scale it used, what people were asked), with the site's banner text first.")

src("houghton_np_questionnaire_notice", "none", "odt", "https://www.houghtononthehillpc.org.uk/questionnaires.html", """
Neighbourhood Plan Questionnaire

As many of you are aware, we are in the process of creating a Neighbourhood Plan for Houghton. This must accurately reflect the views of those who live in the village. We are therefore seeking your views by asking you to complete the Questionnaire which will be delivered to you during the period 15th to 31st January 2016. Those under the age of 18 will be given the opportunity to express their views by completing a Young People's Questionnaire delivered together with the main Questionnaire.

Your input to the process via the Questionnaire is extremely important. Clearly we need to be fully aware of your views so that we can incorporate them in the Neighbourhood Plan. Less well known, but equally important to the process, is that we have to be able to demonstrate to external assessors that the plan is based on a valid and comprehensive evidence base, which will be provided by the responses to the Questionnaire. I am sure that you will appreciate therefore that it is critically important that we have a tremendous return of completed Questionnaires. Please do help us to achieve this.

We will be following the procedure which proved to be so successful for the broadband survey, with the questionnaires being distributed by a volunteer local to your home, then collected a week or so later. This process enabled the broadband survey to gain a response rate of around 90%. We are hoping for the same sort of rate for the NP Questionnaire. As with the broadband survey, the Questionnaire will not be available to complete on-line.

The Questionnaire asks how you think Houghton should change over the next decade and beyond. If you find difficulty with this, or just want to know more of the background, we will be holding aninformation session on Saturday 23rd January 2016 in the Village Hall Club Room, from 10 am to 2 pm. Members of the working party will be present to discuss any issues connected with the Questionnaire and the plan.
""", [], note="ODT rebuilt from the stored text: a parish council's notice about its neighbourhood-plan questionnaire, saying what it asks; the questionnaire itself is not in the store. The store's last sentence is cut; it is left out.")

src("carers_nz_survey_intro", "none", "pdf", "https://www.surveymonkey.com/r/7L3N9Q2", """
8% of survey complete.

Carers NZ, in conjunction with The University of Auckland, is examining the impact that providing informal/family care for someone who is ill, injured, has disabilities, and/or a chronic condition has on a carer's finances, health and ability to live their own lives.

This survey covers many different aspects of caregiving so we can build a clear understanding about carers' lives, needs, and wellbeing.

If you are family or a friend providing informal care for a person who has disabilities or illnesses we would welcome your participation in our survey, which takes about 25 minutes to complete.

We will use the information gathered from our survey to create change for New Zealand's informal/family carers.

You can skip questions if you'd rather not share some information. However, by answering questions as fully as possible, you'll help us to build a comprehensive picture of caregiving in New Zealand.

We recommend that you complete the survey on your own so that your views are clearly represented.

All information is confidential and will not identify you or the person you care for.

Thank you for taking the time to help us. The research findings that result from this survey will be shared with government policy makers, funders, and society. This research will lead, we hope, to better support for friend and family carers and those they assist.

The survey will be repeated each year for a period of at least three years to track changes.

If you have any queries regarding this questionnaire please contact:
Tracey-Lee Dalton (PhD candidate)
Email: tdal002@aucklanduni.ac.nz
Post: University of Auckland, School of Nursing, Faculty of Medical and Health Sciences, Private Bag 92019, Auckland 1142
Supervisor: Auckland Professor Matthew Parsons, mparsons@auckland.ac.nz.

Ethical approval for this survey was granted by the University of Auckland Human Participants Ethics Committee on the 2nd of June 2011, reference number 2011/229.
""", [], note="PDF rebuilt from the stored text: the first page of a New Zealand carers' survey on SurveyMonkey ('8% of survey complete.'), an introduction and contact details only. The store's last sentence is cut mid-word; it is left out.")
