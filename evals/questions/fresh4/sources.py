# ruff: noqa: E501, W291, W293 (stored page text kept as it is, trailing spaces included)
"""The fourth fresh batch: real forms, surveys, calls for evidence and pages nobody here wrote,
none of them in the first three batches, collected for round three (issue 22) BEFORE any
round-three finder change.

Conventions as in ../fresh/sources.py: each text is the start of a public page as the search
tool's store holds it (seen 2026-12-07), copied without rewording; where the store cut a page
mid-sentence that last fragment is left out and `note` says so; where only text was available
the file is rebuilt from that text in the named format. The expected questions were written by
hand from the text BEFORE the finder was run on this batch (see the commit history): number as
written (None when none is given), the start of the question's text, and its kind (`open`,
`choice`, `about you`, or `grid`: one item asking the same scale of several statement rows).

Unlike fresh2 and fresh3, this batch is split: `split()` puts each document in `dev` or `held`
by a stable hash of its name. Round three develops on `dev` and reports `held`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from batch_source import A, C, G, O, Source, adder, split  # noqa: F401  (split: held_batch reads it)

SEEN = "2026-12-07"

# fmt: off
SOURCES: list[Source] = []
src = adder(SOURCES)


src("cheveley_neighbourhood_plan_survey", "survey", "html", "http://www.smartsurvey.co.uk/s/A3K0F/", """
Cheveley Neighbourhood Plan

1. Cheveley Neighbourhood Plan Launch Survey

The Cheveley Parish Neighbourhood Plan is being launched and will be developed by a group of residents working with our Parish Council. We want everyone to have their say. This survey is the first stage in a programme of public consultations. The information collated will provide us with your initial views on how Cheveley Parish should develop in the future. If there are issues you feel strongly about concerning planning and development which are not included, please tell us. There is space at the end for comments.

1. Do you think there is a need for additional housing in Cheveley Parish over the next 15 years?


2. Please indicate what scale of housing development you think is most appropriate in Cheveley Parish?


3. What type of housing do you consider would be most appropriate for Cheveley Parish? (please tick all that apply)


4. What would be your main concern if housing development takes place?


5. Do you think Cheveley parish currently offers good access to Green Open Space?


6. Cheveley Parish has a number of Statutory Listed Buildings and a designated Conservation Area. Aside from those already Listed, are there any other buildings or assets you consider should be recognised for their historic value?


7. Do you think the design of new development, including householder extensions, is important?


8. What do you regard as the top three reasons that make it attractive to live in the Parish?


9. What do you regard as the top three issues which detract from living in the Parish?


10. Finally, what have we missed / any other comments?

Create your own free online survey.
""", [
    ("1", "Do you think there is a need for additional housing", C),
    ("2", "Please indicate what scale of housing development", C),
    ("3", "What type of housing do you consider would be most appropriate", C),
    ("4", "What would be your main concern if housing development takes place?", O),
    ("5", "Do you think Cheveley parish currently offers good access", C),
    ("6", "Cheveley Parish has a number of Statutory Listed Buildings", O),
    ("7", "Do you think the design of new development", C),
    ("8", "What do you regard as the top three reasons", O),
    ("9", "What do you regard as the top three issues", O),
    ("10", "Finally, what have we missed / any other comments?", O),
], note="HTML rebuilt from the stored text. The page heading '1. Cheveley Neighbourhood Plan Launch Survey' is a page number, not a question.")

src("austrey_village_hall_survey", "survey", "txt", "https://www.smartsurvey.co.uk/s/JJ5JMK/", """
Austrey Village Hall out door space


1. Are you a resident of Austrey


2. Have you used the Village Hall


3. If you answered yes what type of event have you attended, you may tick more than one box


4. How frequently do you use the Village Hall?


5. If you have not visited the Village Hall which of the following answers apply in your case? (you may tick more than one)


6. If you have used the hall are you happy with the improvements made as aresult of the last on-line survey? They are:

Improved access,
New kitchen
Silent and more efficient heating
Disbled toilet
Digital Projector
Fire alarm system


7. The purpose of this survey is to establish the need for the one outstanding item raised in the last survey - provision of an outside entertainment / leisure space.

Would the development of the disused rear playground area into such a space enhance your enjoyment of the Hall?


8. Would the availability of an outdoor leisure/entertainment area make you more or less likely to use the Hall?


9. If we did raise funds to develop the area what features would you wish to include? please tick as many as apply. Note some are aspirational and may prove unaffordable


10. Please indicate which of the above you consider to be ESSENTIAL if you were to use this new space


11. The village hall has limited funding and a grant of the amount necessary to develop the rear area will have to be matched in part from our own funds. This may limit our ability to fund other improvements for at least a year perhaps more. Is there another community project or Hall facility you would rather we spent our money on?

Please make any suggestions you have below


12. Remember this is an anonimous survey and we do not have any means of tracing respondents

Our sponsors will wish to know that we have sought the views of a wide range of residents, hence we need to ask a few simple questions about you

Firstly your gender? please tick one of the boxes below
""", [
    ("1", "Are you a resident of Austrey", A),
    ("2", "Have you used the Village Hall", C),
    ("3", "If you answered yes what type of event have you attended", C),
    ("4", "How frequently do you use the Village Hall?", C),
    ("5", "If you have not visited the Village Hall which of the following", C),
    ("6", "If you have used the hall are you happy with the improvements", C),
    ("7", "The purpose of this survey is to establish the need", C),
    ("8", "Would the availability of an outdoor leisure/entertainment area", C),
    ("9", "If we did raise funds to develop the area what features", C),
    ("10", "Please indicate which of the above you consider to be ESSENTIAL", C),
    ("11", "The village hall has limited funding", O),
    ("12", "Remember this is an anonimous survey", A),
], note="The store cut the page at question 13; that fragment is left out.")

src("pittington_village_hall_survey", "survey", "docx", "http://www.surveytoolkit.co.uk/view.php?id=6185285043bf70c127bd7a7c486becc0", """
Pittington Village Hall Community Survey

Pittington Village Hall Association are currently working with Durham County Council to take on the Asset Transfer of Pittington Village Hall which we are currently managing in order to keep the facility available for our community well in to the future. As part of this process we need to find out what our local community thinks of the service and facilities we currently provide, how likely you are to use the centre in the future and what you would like to use it for.

We would be grateful if you would be willing to share your views with us by answering this short survey. You don\\'t have to give you name if you don\\'t want to.

1. Do you think it is important for your local community to have a Community Building?

2. Why?
3. Do you think that your Community Building could be used to help to solve issues in your local community?

4. How or Why?
5. How many of your household currently use Pittington Village Hall for any reason?

6. Which activities do you or members of your household currently attend?

7. What activities would you use if they were available at the Village Hall?

8. Please give more details on what you would like, including any activities not in the list above?
9. If you or your household do not use Pittington Village Hall please tell us why not?

10. Has pricing ever been a reason for you not to use the Hall?

11. If pricing was a problem, please give more details.
12. Is Pittington Village Hall easy for you to get to?

13. If the hall is not easy for you to get to, why not?
14. How do you find out what activities/services are available at Pittington Village Hall?

15. How easy do you find it to book a room hire or a session in Pittington Village Hall?

16. If you have found it difficult to book a session at the hall or find out more information, please tell us why.
17. Do you use any other community centres in your area?
""", [
    ("1", "Do you think it is important for your local community", C),
    ("2", "Why?", O),
    ("3", "Do you think that your Community Building could be used", C),
    ("4", "How or Why?", O),
    ("5", "How many of your household currently use", C),
    ("6", "Which activities do you or members of your household", C),
    ("7", "What activities would you use if they were available", C),
    ("8", "Please give more details on what you would like", O),
    ("9", "If you or your household do not use Pittington Village Hall", O),
    ("10", "Has pricing ever been a reason for you not to use the Hall?", C),
    ("11", "If pricing was a problem, please give more details.", O),
    ("12", "Is Pittington Village Hall easy for you to get to?", C),
    ("13", "If the hall is not easy for you to get to, why not?", O),
    ("14", "How do you find out what activities/services are available", C),
    ("15", "How easy do you find it to book a room hire", C),
    ("16", "If you have found it difficult to book a session", O),
    ("17", "Do you use any other community centres in your area?", C),
], note="DOCX rebuilt from the stored text. The store cut the page at question 18; that fragment is left out.")

src("pinwherry_village_hall_questionnaire", "survey", "odt", "https://www.surveymonkey.co.uk/r/HFMYFGP", """
The current village hall, which has served the community well for many years, is coming to the end of its useful life. The mainly wooden construction is beginning to fail and over the next few years it is likely to deteriorate to the extent that the cost of repair will render the building unviable. As a result, the community is looking at different options, and an obvious alternative would be the former primary school, which, though in need of considerable renovation, would, in the long-term, provide a practical and sustainable solution. 

To take this forward we need to establish whether there is support within the community for the proposal to convert the school into a community facility. The following questions will help s evidence whether there is community support, whilst also seeking to establish what new options and opportunities the school might provide.

We are seeking your views and would urge everyone to fill in this short questionnaire which will take less than 5 minutes. Your responses will be kept strictly private. The deadline for this questionnaire is 5pm on Friday 14th February.

Complete the questionnaire and you could be in with a chance of winning £50.

Question Title

1. Maintaining the current hall in the future will not be financially sustainable and the only option would be to knock it down and rebuild it. However, the cost of rebuilding the hall could be in excess of £3m. It could take years to secure the funds to rebuild the hall, therefore do you think the community should look at alternatives, such as the school?

Question Title

2. If you don't think the school is a viable option and, taking into account that replacing the hall would be too expensive, what would your alternative be?

Question Title

3. Taking into account your previous answers, how important is a community hall to the people of Pinwherry and Pinmore?
""", [
    ("1", "Maintaining the current hall in the future will not be financially sustainable", C),
    ("2", "If you don't think the school is a viable option", O),
    ("3", "Taking into account your previous answers, how important is a community hall", C),
], note="ODT rebuilt from the stored text. The store cut the page at question 4; that fragment is left out.")

src("disability_access_requirements_survey", "survey", "txt", "https://www.surveymonkey.co.uk/r/BWG6P62", """
Disability Specific Access Requirements

It is over 25 years since the launch of the Disability Discrimination Act in 1995, subsequent legislation (The Equality Act 2010) obliges commercial buildings (i.e. shops, restaurants, pub, hotels, health centres, leisure, entertainment, offices, schools etc) and businesses delivering goods, services as well as employers to make reasonable adjustment to facilitate access. Building Regulations and Standards exist to ensure parking, access routes, entrances as well as vertical and horizontal circulation are accessible to those with disability. Despite this there generally still appears insufficient access provision to goods, services and employment in the UK.

This questionnaire has been prepared by Adrian Tagg who is an academic and Chartered Building Surveying  it seeks to understand the disability specific requirements for accessing goods, services and employment. It can be completed by a person who is disabled, or their carer The questionnaire is directed to obtain responses from the person who is disabled. It is quite a long survey but it is important to obtain the opinions of those with a physical or mental impairment. This is based on YOUR experience and needs for access concerning:

- Essential Adjustment (your critical needs for access).
- Reasonable Adjustment (your minimal or standard needs for access)
- Desirable Adjustment ("nice to have" access requirements)
- Optional Adjustment or N/A (not necessary or relevant for your disability).

I appreciate your contribution and it is important to collect the best possible data. The long term aim is to use the results of the survey to drive change in commercial attitudes to creating an inclusive environment. Thank you Adrian.   

Question Title

* 1. What is your gender?

Question Title

* 2. What is your age?

Question Title

* 3. Do you have a long term physical or mental impairment (disability) which affects your ability to carry out normal day to day activities?
""", [
    ("1", "What is your gender?", A),
    ("2", "What is your age?", A),
    ("3", "Do you have a long term physical or mental impairment", A),
], note="The store cut the page after question 3; that fragment is left out.")

src("euans_guide_access_survey_bsl", "list", "html", "http://www.euansguide.com/get-involved/access-survey/access-survey-bsl/", """
Access Survey - BSL

Thank you very much for taking the Euan's Guide Access Survey 2023, supported by Motability Operations.

Please return your answers in one of the following ways:

  • Sending a BSL Video to bsl@euansguide.com
  • Printing this page, marking your answers and sending back via email or post
  • Downloading the Word version, marking your answers and sending back via email or post

Email - bsl@euansguide.com

Post - please post to our Freepost address. 

Freepost Euan's Guide

Return to Access Survey 

 

2023 Euan’s Guide Access Survey

Every year the Euan's Guide Access Survey reveals what disabled people and those closest to them think about the standard of disabled access today.

This survey is bigger than ever before - there is so much that has changed and so much that we would like you to tell us about!

The survey will take around 15 minutes to complete but the information you provide is extremely useful and you can skip any questions that you do not feel are relevant to you.

There are 7 sections:

  • Cost of Living
  • Covid and Disabled Access
  • Disabled Access
  • Accessible Toilets
  • About Euan's Guide
  • About the Motability Scheme
  • About You 

Everyone completing the survey gets entered into a draw to win one of five £25 Amazon vouchers.
 
Thank you so much for taking part in this year's Euan's Guide Access Survey supported by Motability Operations.

Section 1 of 7 - Cost of Living

We are keen to hear from disabled people about the impact of the increase in the cost of living in the last 18 months. We are particularly interested in whether the cost of living increase is impacting on your ability or willingness to get out and about.

How have rising costs impacted you on a daily basis? (please select all that apply) 

  • They have not impacted me on daily basis 
  • I have started to make different choices when buying things 
  • I'm in debt for the first time 
""", [
    (None, "How have rising costs impacted you on a daily basis?", C),
], note="HTML rebuilt from the stored text. The store cut the page in the fourth choice of the first question; that fragment and the rest are left out.")

src("peqg_final_feedback_form", "grid", "pdf", "https://www.surveymonkey.com/r/PEQG-piloting-final-feedback", """
Introduction

Thank you for using/ testing/ piloting the Patient Engagement Quality Guidance (PEQG)!

This is a final feedback form for projects when either the piloting phase is completed or the project has ended.

By filling out this feedback form (and others in the process) and telling us about your experience, you will help us improve the usability of the PE Quality Guidance for the whole community and gather valuable input on how we can increase the impact the PE Quality Guidance has in PE activities.

PROCESS AND MATERIAL
By now you would have already registered your project in the piloting  process and done your first feedback at the start of the piloting project. However if you haven't yet registered, please do so first, so that we receive basic information about your project. Only then continue to this feedback form or the first feedback form.

Link to registration form: https://www.surveymonkey.com/r/PEQG-piloting-registration
Link to the first feedback form: https://www.surveymonkey.com/r/PEQG-piloting-first-feedback
Link to the Piloting manual: https://patientfocusedmedicine.org/peqg/Piloting-Manual.pdf

DATA:
Your data will be shared within the PFMD team during the piloting period and will be kept for the improvement work of PEQG. As agreed in the piloting registration, your feedback will be consolidated and used in the final report of the piloting period.
 

Question Title

* 1. Name of the project

Question Title

* 2. Name and Organisation of Respondent

Question Title

* 3. How relevant was each of the 7 Quality Criteria to this project overall ? [rank the value from 1 not relevant to 4 highly relevant]

  1 - Not relevant 2 - Slightly relevant 3 - Relevant 4 - Highly relevant
Shared Purpose
Respect and Accessibility
Representativeness of Stakeholders
Roles and Responsibilities
Capacity and Capability for Engagement
Transparency in Communication and Documentation
Continuity and Sustainability
""", [
    ("1", "Name of the project", A),
    ("2", "Name and Organisation of Respondent", A),
    ("3", "How relevant was each of the 7 Quality Criteria", G),
], note="PDF rebuilt from the stored text. The store cut the page at question 4; that fragment is left out. Not UK (a European patient-engagement project), kept for its grid.")

src("peqg_retrospective_evaluation", "grid", "rtf", "https://www.surveymonkey.com/r/PEQG-piloting-retrospective-evaluation", """
Introduction

Thank you for using/ testing/ piloting the Patient Engagement Quality Guidance (PEQG)!

This is a feedback form to assess the level of quality in a completed PE project as a retrospective evaluation.

We appreciate your feedback on how you use the PEQG in order to learn two main things:
1) how useful it is for you and for other relevant stakeholders in the patient engagement (PE) context, and
2) the potential impact if PEQG was used in this project.

PROCESS AND MATERIAL
If you haven't yet registered your project as a piloting project, please do so first, so that we receive basic information about your project. Only then continue to this feedback form.

Link to registration form: https://www.surveymonkey.com/r/PEQG-piloting-registration
Link to the Piloting manual: https://patientfocusedmedicine.org/peqg/Piloting-Manual.pdf

DATA:
Your data will be shared within the PFMD team during the piloting period and will be kept for the improvement work of PEQG. As agreed in the piloting registration, your feedback will be consolidated and used in the final report of the piloting period.

Question Title

* 1. Name of the project

Question Title

* 2. Name and Organisation of Respondent

Question Title

* 3. What were your expectations in using the PE Quality Guidance before starting the evaluation?

Question Title

* 4. How well did the PE Quality guidance meet your expectations ?

Question Title

* 5. How relevant was each of the 7 Quality Criteria to this project overall ? [rank the value (from 1 not relevant to 4 highly relevant]

  1 - Not relevant 2 - Slightly relevant 3 - Relevant 4 - Highly relevant
Shared Purpose
Respect and Accessibility
Representativeness of Stakeholders
Roles and Responsibilities
Capacity and Capability for Engagement
Transparency in Communication and Documentation
Continuity and Sustainability

Question Title

* 6. If some criterion was completely irrelevant, please explain which of the following and why.
""", [
    ("1", "Name of the project", A),
    ("2", "Name and Organisation of Respondent", A),
    ("3", "What were your expectations in using the PE Quality Guidance", O),
    ("4", "How well did the PE Quality guidance meet your expectations", C),
    ("5", "How relevant was each of the 7 Quality Criteria", G),
    ("6", "If some criterion was completely irrelevant", O),
], note="RTF rebuilt from the stored text. The store cut the page at question 7; that fragment is left out. Not UK, kept for its grid.")

src("nhs_wait_times_survey_intro", "none", "txt", "https://www.surveymonkey.co.uk/r/DF9T7B8", """
What is the survey about?
This survey is about getting your opinions on NHS service wait times. Your feedback is very important in helping us understand how you use services at present and how you might do so in the future. The survey shouldn’t take more than 10 minutes to complete. The information will be used to make improvements to research on NHS wait times.

Who should complete the survey?
The questions should be completed by you. If you need help in completing the survey, the answers should be given from your point of view – not the point of view of the person who is helping.

The information you give
Participation in this survey is voluntary. The survey is entirely anonymous so nothing that could personally identify you will be stored. Completion of this survey is taken as your consent, and, because the survey is anonymous, you cannot withdraw your data once submitted.

Completing the questionnaire
The survey consists of multiple choice and open-ended questions. For each question, please select the most suitable option from your point of view. For some questions, an ‘other’ option is available if the choices given are not relevant. If you choose this option, you can give more details in an open text box if you want. 

Questions or help?
If you have any questions or concerns about the research, please contact Amanda Churn (Product Owner) who is overseeing the project: amanda.churn@nhs.net. Alternatively, if you would like to speak to someone independent about the research, please contact James Spirit (Programme Head) james.spirit@nhs.net
3% of survey complete.
""", [], note="The first page of a survey: headings phrased as questions, no question for the respondent.")

src("stroud_engagement_survey_intro", "none", "html", "https://www.smartsurvey.co.uk/s/OPTY53", """
Thank you for taking part in this survey!
We want to ensure all residents, communities and stakeholders in the Stroud district are listened to and can influence the policies and services that affect them. We want to help you understand how and why decisions are made, and how your feedback can influence those decisions.
Your responses will help us gather valuable insights into the priorities of district residents and ensure that our consultation and engagement activity is relevant and meaningful.
The survey takes approximately 10 minutes to complete. All published results are anonymous. If you choose to provide personal information for the purposes of keeping you informed, this will never be used in connection with your survey responses. Visit www.stroud.gov.uk/privacy to see how we manage personal information.
All questions are optional. You can skip over any questions you do not wish to answer or select the ‘Prefer not to say’ option.
If you have any questions about the survey or consultation at the council more broadly, please email policy@stroud.gov.uk.
Before we get started...
What is a consultation?
The Local Government Association defines a consultation as technically any activity that gives local people a voice and an opportunity to influence important decisions. It involves listening to and learning from local people before decisions are made or priorities are set.
Councils sometimes have a statutory requirement to consult their residents and this is especially true for issues such as planning, or redevelopments. Statutory consultations are bound by legal requirements, such as Best Value legislation, and can have strict rules surrounding how they should be conducted.
There are also non-statutory reasons that local authorities may want to conduct a consultation exercise for. These can include:
- to improve planning, policy and decision making
- to make better use of resources
- to access new information, ideas and suggestions
""", [], note="HTML rebuilt from the stored text. The explanatory first page of a council survey; the store cut it in a bullet list, that fragment is left out.")

src("kimble_plan_survey_findings", "none", "txt", "https://www.kimbleplan.org/?page_id=196", """
Neighborhood Plan Survey – The Findings
In October last year 116 households responded to the Neighbourhood Plan (NP) survey – approximately 23% of the Parish. There is a detailed analysis of survey responses available here but the key findings are given below.
The survey responses gives the NP team valuable information about how people would like to see the Parish evolve but please bear in mind that we have to take into account local and national planning policies and real-world economics too.
Question 1, where should new houses be built? Nearly 76% of respondents thought the new housing should be built in small clusters; fewer than 8% thought they should be in one main location.
Question 2, over what period should new homes be built? More than half the respondents thought the housing should be built over 20 years, and, cumulatively, 81% thought they should be built over 10 or more years.
Question 3, where should the houses be built? Nearly 64% thought the housing should be built in several locations and a further 10% thought they should be built in locations not listed in the questionnaire.
Question 4, what types of housing should be built? Over half of respondents wanted mixed housing with some starter homes.
Question 5, should housing be designed in keeping with nearby housing? Nearly 76% agreed.
Question 6, density of housing. 84% of respondents thought the housing should be in clusters or low density.
Question 7, is 160 houses in the Parish a good number? The respondents were fairly equally divided over whether 160 additional houses over 20 years was about right (49%) or too many (48%).
Questions 8 through 11 were more qualitative in nature so don’t read too much into the percentages given but they are a good indication of what parishioners felt.
""", [], note="A results page: it quotes a past survey's questions with their answers; nothing is asked of the reader. The store cut the page later; the cut fragment is left out.")

src("masterplan_regulations_responses_q18", "none", "html", "https://gov.scot/publications/masterplan-consent-area-regulations-consultation-summary-responses/pages/19", """
Masterplan Consent Area Regulations: consultation responses summary

Summary of the responses to the Masterplan Consent Area Regulations consultation.

Question 18

Question 18A) To what extent do you agree with the approach not to prescribe forms of notices within the Draft Regulations?

Responses to Question 18A are set out by respondent type in Table 17 below.

Table 17
Group Strongly Agree Agree Neutral Disagree Strongly Disagree
Community & Individuals (10) 1 (10.0%) 3 (30.0%) 2 (20.0%) 3 (30.0%) 1 (10.0%)
Development, Property & Land Management sector & Agents (14) 0 (0.0%) 6 (42.9%) 4 (28.6%) 4 (28.6%) 0 (0.0%)
Key Agency & Other Public Sector (3) 0 (0.0%) 1 (33.3%) 2 (66.7%) 0 (0.0%) 0 (0.0%)
Planning Authority (19) 3 (15.8%) 7 (36.8%) 2 (10.5%) 5 (26.3%) 2 (10.5%)
Professional Representative Bodies (3) 0 (0.0%) 1 (33.3%) 2 (66.7%) 0 (0.0%) 0 (0.0%)
Third Sector (3) 1 (33.3%) 0 (0.0%) 1 (33.3%) 1 (33.3%) 0 (0.0%)
Total (52) 5 (9.6%) 18 (34.6%) 13 (25.0%) 13 (25.0%) 3 (5.8%)

A total of 52 respondents answered this question, which covered the proposed approach not to prescribe forms of notices within the Draft Regulations. It attracted a range of responses, 44.2% answering strongly agreed or agreed, 30.8% disagreed or strongly disagreed and 25% remained neutral. There were similar levels of responses disagreeing (circa 26.3%-33.3%) from Community and Individuals, the Development, Property & Land Management sector and Agents, Planning Authorities and the Third Sector.

Question 18B) Please explain your view.

42 respondents provided further comment at Question 18B

Summary /Themes

Responses were divided on the proposed approach to not prescribe forms of notices within regulations. The respondents who were supportive commented that this is consistent with the approach for other planning processes and will allow for flexibility in preparing notices at a planning authority level.
""", [], note="HTML rebuilt from the stored text. A summary of responses: it quotes a closed consultation's questions with the answers given; nothing is asked of the reader. The store cut the page later; the cut fragment is left out.")

src("blackpool_ccg_patient_choice", "nhs", "docx", "https://www.surveymonkey.co.uk/r/bplpatientchoice", """
Blackpool Clinical Commissioning Group believes patient choice is crucial and should underpin the delivery of a patient-centred health service. Choice empowers individuals to obtain the health and social care services they need. Providing the public and patients with high quality information enables them to make effective choices that are right for them and their families.

If you have been referred by your Blackpool GP for further treatment within the last 12 months, we would be grateful if you could please spare the time to complete the following brief questionnaire.

* 1. Prior to visiting your GP Practice, did you know that you have a choice of hospitals that you can go to for your first hospital appointment?
Please select...

* 2. Did your GP or Practice staff mention you had a choice of hospitals?

* 3. Did you discuss which hospital you might go to with your GP or practice staff?

* 4. Were you offered a choice of hospital for your first hospital appointment?

* 5. If you answered yes to Q3, did you have enough information to help you make your choice?

* 6. Were you able to go to the hospital that you wanted to go to?

* 7. Are you aware of how to complain if you feel you were not offered a choice of hospital?

* 8. What factor most influenced your choice when choosing the hospital for your first appointment?

* 9. Please add any comments you wish regarding the offering of choice.
""", [
    ("1", "Prior to visiting your GP Practice, did you know", C),
    ("2", "Did your GP or Practice staff mention you had a choice", C),
    ("3", "Did you discuss which hospital you might go to", C),
    ("4", "Were you offered a choice of hospital", C),
    ("5", "If you answered yes to Q3, did you have enough information", C),
    ("6", "Were you able to go to the hospital that you wanted", C),
    ("7", "Are you aware of how to complain", C),
    ("8", "What factor most influenced your choice", C),
    ("9", "Please add any comments you wish regarding the offering of choice.", O),
], note="DOCX rebuilt from the stored text.")

src("hospital_choice_referral_survey", "nhs", "txt", "https://www.surveymonkey.com/r/K6Y6P8G?sm=JtP5OgnjiU1lYiBZp6tgfg%3D%3D", """
* 1. Please indicate which of the following applied to you.

* 2. At the time of your referral, were you aware that your GP should have discussed the choice of appropriate hospitals/clinics available for you to receive treatment at?

* 3. At the time of your referral, did your GP discuss a choice of hospital for treatment with you?

* 4. Which was your first choice of hospital for treatment?

* 5. What were your main reasons for your first choice of hospital (even if you were not able to go there)?

* 6. How long after you left your GP did you attempt to book your appointment?

* 7. If you waited before booking your appointment, what were your reasons?

* 8. Were you able to go to your first choice of hospital?

* 9. How did you book your first hospital appointment?

* 10. Did any of the following apply to you while you were arranging your first hospital appointment?

* 11. How easy was it to arrange your first hospital appointment?

* 12. How soon was your appointment booked for?

* 13. When your first appointment was made, were you offered a choice of different dates and /or times of day?

* 14. Were the dates and/or time of day offered convenient?

* 15. Was the appointment either cancelled or rearranged by:

* 16. Did you find it easy or difficult to cancel or rearrange your appointment?

* 17. Are you (the patient) male or female?

* 18. How old are you (the patient)?

* 19. Do you have any children?

* 20. How old are your children?

* 21. Please provide the postcode of where you live?

* 22. What is the name of the pratice where you see your GP?

* 23. Have you ever served in the Arm Forces?

* 24. Are you an immediate family member of somebody who has served in the Armed Forces?

* 25. Are you aware of your rights as a member of the Armed Forces/ your family?

* 26. To which of these ethnic groups would you say you belong?

Report a problem
""", [
    ("1", "Please indicate which of the following applied to you.", C),
    ("2", "At the time of your referral, were you aware", C),
    ("3", "At the time of your referral, did your GP discuss", C),
    ("4", "Which was your first choice of hospital for treatment?", O),
    ("5", "What were your main reasons for your first choice", O),
    ("6", "How long after you left your GP", C),
    ("7", "If you waited before booking your appointment", O),
    ("8", "Were you able to go to your first choice of hospital?", C),
    ("9", "How did you book your first hospital appointment?", C),
    ("10", "Did any of the following apply to you", C),
    ("11", "How easy was it to arrange your first hospital appointment?", C),
    ("12", "How soon was your appointment booked for?", C),
    ("13", "When your first appointment was made, were you offered", C),
    ("14", "Were the dates and/or time of day offered convenient?", C),
    ("15", "Was the appointment either cancelled or rearranged by:", C),
    ("16", "Did you find it easy or difficult to cancel", C),
    ("17", "Are you (the patient) male or female?", A),
    ("18", "How old are you (the patient)?", A),
    ("19", "Do you have any children?", A),
    ("20", "How old are your children?", A),
    ("21", "Please provide the postcode of where you live?", A),
    ("22", "What is the name of the pratice where you see your GP?", A),
    ("23", "Have you ever served in the Arm Forces?", A),
    ("24", "Are you an immediate family member of somebody who has served", A),
    ("25", "Are you aware of your rights as a member of the Armed Forces", C),
    ("26", "To which of these ethnic groups would you say you belong?", A),
])

src("shrewsbury_town_council_survey", "grid", "html", "https://www.surveymonkey.com/r/RLCB5LC", """
This survey is in response to growing concerns about the budgetary pressures of Shropshire Council and their ability to maintaining local services. These services include the day-to-day upkeep of the town centre and areas throughout our town. Frequently the Town Council has been stepping in to help where Shropshire Council resources have not been available. We are increasingly aware that there will be further very significant reductions in their streetscene/public realm functions.
Over the last year the Town Council has consulted widely on the development of its Vision which has included the potential for doing more in supporting these and other services. During our most recent public consultation 87.5% of respondents wanted to see the Town Council take a more active role in the management of the public realm including street cleaning, litter picking, litter bin management and looking after street furniture.
This survey is designed to explore with you some of those ideas further before we finalise setting our budgets and plans for the new financial year.
Please answer the following questions and help us to make a difference in Shrewsbury.

Question Title

* 1. Shropshire Council has recently consulted on their proposed changes to services due to ongoing budgetary pressures. As part of the consultation it has asked whether the Parish & Town Councils should do more? To what extent do you agree to Shrewsbury Town Council doing more?

  Strongly Agree Agree Neutral Disagree Strongly Disagree
The Town Council always puts the interests of Shrewsbury first
The Town Council is best placed to take on local services

Question Title

* 2. Overall how clean you you think Shrewsbury as a whole is?

Question Title

* 3. Are there any specific areas that require additional attention unclean?

Question Title

* 4. How important do you rate the following areas?

  Very Important Important Neutral Not Important Not Very Important
Cleaner Streets
Streets free from litter
""", [
    ("1", "Shropshire Council has recently consulted on their proposed changes", G),
    ("2", "Overall how clean you you think Shrewsbury as a whole is?", C),
    ("3", "Are there any specific areas that require additional attention", O),
    ("4", "How important do you rate the following areas?", G),
], note="HTML rebuilt from the stored text. The store cut the page in the third row of question 4's grid; that fragment is left out.")

src("southwell_town_forum_questionnaire", "response", "docx", "https://docsbay.net/your-views-on-southwell", """
Your views on Southwell

This questionnaire has been compiled by Southwell Town Forum to identify the major issues to be addressed by the Town Council in producing their Strategic Plan for the town for the next decade. There will be further consultation on the completed plan. Please complete the questions and return it to one of the return boxes by February 28. Thank you.

It would help us if you filled this in as a word file and retuirn to

Personal Details (please delete as appropriate) Gender: male female

Age: under 18 18-30 31-45 46-65 over 65

Completed on behalf of a household yes no

Please put an X next to your view on each question on a scale of 1-5 between the two extreme positions shown.

If you have no opinion please show ‘no opinion’.

Q1 To what extent do you play an active part in the community and organisations?

very little 1 2 3 4 5 very much no opinion

Q2 To what extent are you affected by crime and antisocial behaviour (inconsideration by others)

very little 1 2 3 4 5 to a great extent no opinion

Q3 How well do you think your local Councils look after your interests ?

a Town Council at the Old Court House, The Burgage

(open spaces, community events, free car parking, representations to District & County)

not at all 1 2 3 4 5 very well no opinion

b District Council at Kelham Hall

(planning, refuse collection, paid car parks, museums)

not at all 1 2 3 4 5 very well no opinion

c County Council at County Hall, West Bridgford

(highways and verges, on street parking, street lighting, library, youth and children's services)

not at all 1 2 3 4 5 very well no opinion

Q4 How would you rate public transport within and to and from Southwell?

very poor 1 2 3 4 5 excellent no opinion

Q5 How serious is traffic congestion in Southwell?

serious disruption minor

to travel 1 2 3 4 5 inconvenience no opinion

Q6 How well maintained are the road surfaces in Southwell?

very well

neglected 1 2 3 4 5 maintained no opinion
""", [
    (None, "Gender: male female", A),
    (None, "Age: under 18 18-30", A),
    (None, "Completed on behalf of a household", A),
    ("1", "To what extent do you play an active part", C),
    ("2", "To what extent are you affected by crime", C),
    ("3", "How well do you think your local Councils look after your interests", G),
    ("4", "How would you rate public transport", C),
    ("5", "How serious is traffic congestion in Southwell?", C),
    ("6", "How well maintained are the road surfaces in Southwell?", C),
], note="DOCX rebuilt from the stored text. The store cut the page at Q7; that fragment is left out.")

src("uk2070_call_for_evidence", "call", "odt", "https://uk2070.org.uk/contribute", """
Call for Evidence
Our Call for Evidence closed on the 16 November 2018, however we will still gladly accept submissions – please read on for details on how to do so.
The work of the UK2070 Commission will be informed by the communications we receive through our Call for Evidence, where policymakers, politicians, and the general public were invited to submit evidence or opinions on the future of city and regional development in the UK.
Our Call for Evidence was based on a number of propositions being put forward by the Commission relating to:
- The nature, extent and causes of the deep-rooted inequalities in the UK.
- The future prospects about risk that these inequalities will persist or worsen.
- The opportunities to redress these inequalities by policies and programmes at different levels of government.
The following questions were asked, grouped into three topics:
Current Conditions
1. What interventions will make a fundamental change in productivity of under-performing economic areas?
2. What cross-cutting criteria could be used to define threshold standards of community well-being?
3. Which decisions are best taken at a national level and which at a city region or wider regional level?
4. What can we learn from international and our own past experiences?
5. What lessons can be drawn from 50 years of policy initiatives to address geographical inequalities?
Future Risks
6. What levels of geographical inequality will persist over the longer term on the basis of current and potential socio-economic trajectories?
7. To what extent will the patterns of inequality be affected by changing external market conditions or government policy?
8. What range of assumptions should be used in framing policies and programmes about the scale of economic performance in disadvantaged parts of the UK?
9. What forms could a UK-bespoke regional and national spatial development programme take?
10. What are the pros and cons of these possible options?
""", [
    ("1", "What interventions will make a fundamental change", O),
    ("2", "What cross-cutting criteria could be used", O),
    ("3", "Which decisions are best taken at a national level", O),
    ("4", "What can we learn from international and our own past experiences?", O),
    ("5", "What lessons can be drawn from 50 years of policy initiatives", O),
    ("6", "What levels of geographical inequality will persist", O),
    ("7", "To what extent will the patterns of inequality be affected", O),
    ("8", "What range of assumptions should be used", O),
    ("9", "What forms could a UK-bespoke regional and national spatial development programme take?", O),
    ("10", "What are the pros and cons of these possible options?", O),
], note="ODT rebuilt from the stored text. The store cut the page at question 11; that fragment is left out. The call says it still accepts submissions, so its questions are for the reader.")

src("moora_daip_review_survey", "survey", "rtf", "https://www.surveymonkey.com/r/moorashiredaipsurvey", """
DISABILITY ACCESS AND INCLUSION PLAN (DAIP) REVIEW SURVEY

Do you have a Disability or know someone that has a disability and are having issues of accessing Shire facilities and Services?  Have you found accessing certain buildings difficult due to your age, or feel that you are not able to participate in events because due to your disability you have not been included?  Do you feel that due to your disability you cannot gain employment as there are no positions available to you?

The Shire of Moora is currently reviewing its Disability Access and Inclusion Plan (DAIP) for the next five (5) years and is seeking assistance as to how the Shire can be more inclusive and accessible to everyone who lives or visits our Towns and uses our services.

The Shire would like the public to complete this survey as part of the Public Consultation process. The survey is open to the public until end of April after-which the review of the Disability Access and Inclusion Plan (DAIP) will take place.  The survey is available electronically in hard form, if required it can be sent to you or posted to you by ringing the Shire and providing your name and address or email address.

By completing this survey you will go into the draw for a season pass to the Moora Memorial Swimming Pool worth $120.00.

Question Title

* 1. Are you aware the Shire of Moora has a Disability Access and Inclusion Plan

Question Title

* 2. Are you:
1.  A person with a disability?
2.  A family member, carer (unpaid) or a friend of a person with a disability?
3.  A staff member of the Shire of Moora?
4.  A Contractor to the Shire of Moora?
5.  From a Disability Service or Advocacy organisation?
6.  A Business Owner or operator in the Shire of Moora?
7.  An interested member of the Community

Question Title

* 3. How would you rate your level of satisfaction with the Shire's Customer Service?

Question Title

* 4. Do you experience any difficulties when dealing with the Shire Employees
""", [
    ("1", "Are you aware the Shire of Moora has a Disability Access and Inclusion Plan", C),
    ("2", "Are you:", A),
    ("3", "How would you rate your level of satisfaction", C),
    ("4", "Do you experience any difficulties when dealing with the Shire Employees", C),
], note="RTF rebuilt from the stored text. The store cut the page after question 4; that fragment is left out. Not UK (Western Australia), kept for its numbered choices under a numbered question and its rhetorical questions in the introduction.")

src("fair_oak_parish_survey_page", "none", "txt", "https://www.fairoak-pc.gov.uk/survey/", """
Fair Oak & Horton Heath Parish Council Community Engagement Survey 2020
The COVID-19 pandemic has had a devastating impact on our communities and created financial and social challenges. It has however, highlighted the good that can be achieved when the Parish Council, its partners and residents work together towards a common goal – supporting and caring for those in need. This partnership work needs to continue, and the Parish Council is keen to identify how we can better create and support innovative, sustainable ways to deliver the services that you in the community want to see.
To this end, we have created a survey which asks for your opinion on how we can better support Fair Oak and Horton Heath residents. We’ll use your feedback to shape our priorities and budgetary focus over the next 5 years.
You can take the Survey here: https://www.surveymonkey.co.uk/r/fopc2020
Thank you for taking the time to help the local community. The results of this survey will be published on this website following the Council meeting in January.
""", [], note="A page that links to a survey: no question for the reader on the page itself.")

src("healthwatch_annual_survey_page", "none", "html", "https://network.healthwatch.co.uk/network-themes/running-effective-healthwatch?page=0", """
The Annual Survey is now live

Building a stronger Healthwatch.
Two women and one man standing in a semi-circle having a conversation in a community hall.

What is the annual survey?

Every year, we collect key data from every Healthwatch, which we use to inform how we can best support you, inform our national work and make the case for further investment in Healthwatch.

The data gives us an understanding of what's working on the ground for you, supports new partnerships and collaboration and contributes to the Healthwatch England annual report, which we present to Parliament.

We want all Healthwatch to complete the Annual Survey so we have an accurate picture of the network.

Deadline for completion

Please complete the survey, which should take around 30 minutes, before Monday 30 September.

The survey is available on SmartSurvey.

Please note that when completing the survey with your data, you will have the option to save and continue later. 

The annual survey is for data up to and inc 31 March 2024. 

You can prepare your answers in advance, and the questions are available to download in PDF format, using the link below.

Complete the survey

Downloads

Annual Survey 2024 - questions template to download

Conversations about impact - your perspectives

In this six-minute read, Jon Turner talks with four Healthwatch leaders who have worked with their teams to develop a strong approach to impact.
""", [], note="HTML rebuilt from the stored text. A news page about a survey (the questions are in a separate download); the store's later text about other articles is left out.")

src("council_disability_access_policy_survey", "list", "pdf", "https://questionpro.com/a/q/a-survey-of-disability-and-access-issues---online-526658", """
This free survey is powered by QUESTIONPRO.COM
 
Please circle one number as an answer to the following questions. (1 being the lowest and 5 being the highest score.)
Please complete this survey in order to determine your interest in _________________________________________. All information is strictly confidential.

Thank you very much for your time and support.

Christine
 
 
1. Name of Council
   
 
 
2. Position of Respondent
   
 
 
 
3. The New Zealand Disability Strategy 2001 is designed to present a long-term framework for creating a fully inclusive society. What initiatives, if any, has your Council established in response to this strategy?
   
 
 

4. Does your Council have a policy or strategy statement on improving access for disabled people (apart from what is required under the Building Act)?
 
Yes (Please send a copy of your policy or statement)
 
No
 
Currently working on one
 
 
 
5. When was it adopted?
   
 
 

6. Please rank in order of priority (where 1 is the most important) what the policy/strategy hopes to achieve.
To improve physical access to buildings and facilities open to the public
Ensure that all services provided by,or on behalf of Council,are accessible to people with disabilities
Ensure all Councillors and Council staff have opportunities to build awareness and understanding of disability issues
Encourage greater disability awareness and attitudinal change amongst private sector developers
Improve communication methods and provision of information to people with disabilities
Remove barriers to people with disabilities in transport provision across the city
Improve access to education and employment of disabled people
Develop partnerships with the disability sector
Develop improved community consultation with disabled people
 
 
Other priorities ( please state )
""", [
    ("1", "Name of Council", A),
    ("2", "Position of Respondent", A),
    ("3", "The New Zealand Disability Strategy 2001", O),
    ("4", "Does your Council have a policy or strategy statement", C),
    ("5", "When was it adopted?", O),
    ("6", "Please rank in order of priority", C),
], note="PDF rebuilt from the stored text. The store cut the page at question 7; that fragment is left out. Not UK (New Zealand), kept for its choices one per line and its ranking list.")

src("preston_reg14_comments_form_intro", "none", "txt", "http://www.preston-np.org.uk/reg-14-consultation/", """
Introduction and Guidance Notes for The Online Consultation Comments Form


‘Regulation 14’ is the next stage of the process in creating our Neighbourhood Plan. This follows a review by an independent planning consultant and now gives all of us (residents, businesses and other stakeholders) the opportunity to raise questions, make comments and express support for the draft plan before the formal examination and consultation conducted by North Herts. District Council, (Regulation 16).

Guidance Notes:

In order for you to assist with this process, please review the Draft Plan document and note any comments you have on this comments form. Please try to be as succinct as possible. If you disagree with anything, we would be grateful if you could suggest an alternative. If you want to discuss any matter regarding the Draft Plan or Consultation Process with a member of the Steering Group please come along to one of the consultation sessions in:

The Village Hall
Thursday  11  January 6:30  -  8:30  pm
Saturday  13  January 10:00  -  12:00  am
Thursday  8  February 6:30  -  8:30  pm
Saturday  10  February  10:00  -  12:00  am

Alternatively you can contact the Steering Group using the Contact Page or call us on 01462 434403 (9am to 8pm).

The comments form requests certain personal details, so we can verify that comments are from eligible parties and act as moderator if needed. By responding to the survey you are asked to accept that your comments will form part of the public record, but we give you an undertaking that your identity will not be revealed as is required under the provisions of the Data Protection Act 1998.

The last page of this form has options for you to summarise your response. If you are happy with the draft and do not want to make any comments you can step through to the last page, select your summary response and click submit.

There is additional help and guidance for using this form at the bottom of the page.
""", [], note="The guidance page before a comments form: instructions, no question. The store cut the page later; the cut fragment is left out.")

src("draft_disability_discrimination_bill_call", "call", "html", "https://publications.parliament.uk/pa/jt200304/jtselect/jtdisab/82/8221.htm", """
Joint Committee on the Draft Disability Discrimination Bill First Report


APPENDIX 3: CALL FOR EVIDENCE

The Joint Committee invites interested organisations and individuals to submit written evidence as part of its inquiry into the Draft Disability Discrimination Bill. Submissions, reflecting the guidance on written evidence given in this press notice, should reach the Committee as soon as possible and no later than Friday 27 February 2004.

Scope of the Committee's inquiry

In particular, the Committee invites evidence on the following themes:

    1.  Whether the draft bill's proposals are necessary, workable and sufficient.

    2.  When the bill's provisions should come into force.

    3.  What should be in the regulations, orders and codes of practice proposed in   the draft bill.

    4.  The adequacy of the enforcement procedures.

    5.  Whether the draft bill achieves the right balance between securing the rights   of disabled people and imposing duties and costs on the private and public   sectors.

    6.  The proposed change to the definition of disability.

    7.  Whether the range of "triggers" in the draft bill for requiring reasonable   adjustments are appropriate.

    8.  How the draft bill reflects the Government's 2001 manifesto commitment   to extend basic rights and opportunities for disabled people.

The Committee does not intend to consider the issue of comprehensive equality legislation.

Written evidence

All written evidence should be submitted to the Joint Committee no later than Friday 27 February 2004. Given the limited time available for the submission of evidence and for the completion of the Committee's work, written evidence should be short and should concentrate on the major issues arising from the draft bill. Witnesses should feel free to cover only those aspects of the draft bill in which they are particularly interested.
""", [
    ("1", "Whether the draft bill's proposals are necessary", O),
    ("2", "When the bill's provisions should come into force.", O),
    ("3", "What should be in the regulations, orders and codes of practice", O),
    ("4", "The adequacy of the enforcement procedures.", O),
    ("5", "Whether the draft bill achieves the right balance", O),
    ("6", "The proposed change to the definition of disability.", O),
    ("7", 'Whether the range of "triggers" in the draft bill', O),
    ("8", "How the draft bill reflects the Government's 2001 manifesto commitment", O),
], note="HTML rebuilt from the stored text. The store cut the page later; the cut fragment is left out.")

src("disability_development_inquiry_key_issues", "call", "txt", "https://committees.parliament.uk/committee/98/international-development-committee/news/182065/disability-and-development-tor/", """
Skip to main content

MPs announce new inquiry into Disability and development

14 November 2013

Over one billion people – 15% of the world’s population – are disabled.  Disability is closely linked with poverty: it is thought that over 50% of disabled people in low income countries cannot afford healthcare, and that almost 90% of disabled children in Africa do not go to school.

Inclusion in international development programmes is a human right, yet it is estimated that less than four per cent of disabled people benefit from international development assistance. The UN warns that, without a greater focus on disabled people, global targets will not be achievable.

The UK Government Department for International Development (DFID) has recently reasserted its commitment to disabled people in developing countries. It has announced that all new DFID-funded schools will be made accessible to disabled children. It is calling for improvements to global data on disability, and for an increased emphasis on disabled people in future development targets. DFID funds a range of partners that work with disabled beneficiaries.

Key issues

The International Development Committee is to launch an inquiry into Disability and Development. Key issues for the inquiry will include:

  • The adequacy of DFID’s current policy commitments on disability and development, and whether it needs a disability strategy
  • Integration of disability issues within DFID’s sector programmes (for example in health, education, sanitation, livelihoods, and empowerment) and its humanitarian work
  • The effectiveness of DFID’s approach to rehabilitation and service provision for disabled people
  • The strength of the evidence base on ‘what works’ in development programmes involving disability
  • The role of disabled beneficiaries in planning, managing and monitoring DFID policy and programmes
  • The financial costs and benefits of an increased emphasis on disability
""", [
    (None, "The adequacy of DFID’s current policy commitments", O),
    (None, "Integration of disability issues within DFID’s sector programmes", O),
    (None, "The effectiveness of DFID’s approach to rehabilitation", O),
    (None, "The strength of the evidence base on ‘what works’", O),
    (None, "The role of disabled beneficiaries in planning", O),
    (None, "The financial costs and benefits of an increased emphasis", O),
], note="The store cut the page in a seventh bullet; that fragment and the rest (where the call for written evidence follows) are left out. The key issues are the terms of reference a submission addresses.")

src("equal_opportunities_disability_inquiry_page", "none", "html", "http://www.childpolicyinfo.childreninscotland.org.uk/index/news-app?story=4127&category=19", """
Disability Inquiry

The Scottish Parliament’s Equal Opportunities Committee is currently looking at barriers to the full participation of disabled people, in its disability inquiry, ‘Removing Barriers and Creating Opportunities’.

Aim of the inquiry

To examine the barriers facing disabled people in their everyday lives. In particular the Committee will focus upon barriers within:
  • further and higher education
  • access to work
  • leisure and the arts

The Committee will also examine how to open up opportunities to disabled people.


Written evidence received as part of the inquiry is available on the Committee’s website. Click here.

The Committee undertook a series of visits across Scotland to hear from relevant individuals, groups and organisations. This included an event in Edinburgh with young disabled people. Click here to view the evidence gathered.


June 2004 – Inquiry launched
Phase 1 - September 04 - June 05 – scene setting and evidence gathering
Phase 2 - September 2005 - April 2006 – focused evidence
Phase 3 - April 2006 - May 2006 – Examination of findings

Further information

The Disability Inquiry website

To contact the Equal Opportunities Committee, please contact the Clerk, Steve Farrell, telephone 0131 348 5211, RNID Typetalk calls welcome, fax: 0131 348 5600 or email:
""", [], note="HTML rebuilt from the stored text. A page about an inquiry whose evidence has been gathered: it asks the reader nothing.")

src("tradesperson_website_survey", "survey", "txt", "https://www.surveymonkey.com/r/ZTYFXY9?sm=JQEnOVrJHLewxBzUGTEcAA%3D%3D", """
* 1. Are you:

* 2. Which category below includes your age?

* 3. How do you currently find a tradesperson when you require work done on your home?

* 4. Would you use a dedicated website (that provided contact details and reviews) to help you locate a tradesperson in your area?

* 5. If you would use such a website, would you rate the job done by the tradesperson on the website after the job has been completed?

* 6. If you would not use such as website, why not?
""", [
    ("1", "Are you:", A),
    ("2", "Which category below includes your age?", A),
    ("3", "How do you currently find a tradesperson", C),
    ("4", "Would you use a dedicated website", C),
    ("5", "If you would use such a website, would you rate the job", C),
    ("6", "If you would not use such as website, why not?", O),
])

src("moreton_bay_disability_inclusion_survey", "survey", "html", "https://www.moretonbay.qld.gov.au/disability-access/survey/", """
Disability access and inclusion community survey

Council is developing a Disability Access and Inclusion Plan that will set out council’s commitment to making council facilities, services and information accessible to everyone.

Council seeks your feedback to assist in the development of its Disability Access and Inclusion Plan.

The Disability Access and Inclusion survey will take approximately 10 minutes to complete. 

There are several ways you can take part:

  • Complete the following online survey
  • Download a hard copy of the survey
  • Complete the survey over the phone by calling (07) 3205 0555 and request to speak with a Community & Cultural Programs Officer.

If you are deaf, or have a hearing or speech impairment, you can contact Council through the National Relay Service. For more information visit the National Relay Service website or call TTY on1800 555 660  

If you require an interpreter, assistance is available through the Translating and Interpreter Service (TIS). Interpreter assistance is available in 160 languages and dialects. To use an interpreter, please phone 131 450. 

For more information call (07) 3205 0555 or email . Survey closes 31 May 2017. 


(Required fields) indicates a required a field

Tell us about yourself


 


If you identify as a person with a disability, or are completing the survey on behalf of a person with a disability, please specify the type of disability (as per Disability Discrimination Act 1992):

            

If you identify as a person with a disability, or are completing the survey on behalf of a person with a disability, please specify if you use a disability aid, equipment and/or assistive technology 

            


We want to hear from you

Council is determined to prioritise the Disability Access and Inclusion Plan on areas that are important to you. To help us identify your priorities, please respond to each of the questions in the following three sections:
""", [
    (None, "If you identify as a person with a disability, or are completing the survey on behalf of a person with a disability, please specify the type", A),
    (None, "If you identify as a person with a disability, or are completing the survey on behalf of a person with a disability, please specify if you use", A),
], note="HTML rebuilt from the stored text. Not UK (Queensland). The store cut the page before the three sections of questions; only the two about-you items are on it.")
