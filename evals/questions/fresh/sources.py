# ruff: noqa: E501, E741, W291 (stored page text kept as it is, trailing spaces included)
"""The fresh batch: real consultation forms, surveys and calls for evidence nobody here wrote.

Each text is the page as the search tool's store holds it (public pages, seen 2026-12-07),
copied without rewording. The store keeps the start of a page only: where it cut a page in the
middle of a sentence, that last fragment is left out and `note` says so. Where only text was
available, the file is rebuilt from that text in the named format (HTML, DOCX, ODT, RTF, PDF);
`note` says so. The expected questions were written by hand from the text BEFORE the finder was
run on the batch (see the commit history): number as written (None when the document gives
none: unnumbered questions are not scored on numbers), the start of the question's text (a
found question matches when this start appears near its beginning), and the kind: `open`,
`choice` (the respondent picks: yes/no, agree/disagree, a rating, one of a list), `about you`
(the respondent's own details, never drafted) or `grid` (one item asking the same scale of
several statement rows; the finder should give one choice question listing the rows).
"""

from __future__ import annotations

from dataclasses import dataclass

SEEN = "2026-12-07"
O, C, A, G = "open", "choice", "about you", "grid"


@dataclass(frozen=True)
class Source:
    name: str  # file name stem
    family: str  # survey, nhs, call, list, grid, response, none
    fmt: str  # txt, html, docx, odt, rtf, pdf
    url: str
    text: str
    expected: tuple[tuple[str | None, str, str], ...]  # (number, text start, kind)
    note: str = ""


# fmt: off
SOURCES: list[Source] = []


def src(name: str, family: str, fmt: str, url: str, text: str, expected: list[tuple[str | None, str, str]], note: str = "") -> None:  # fmt: skip
    SOURCES.append(Source(name, family, fmt, url, text.strip("\n"), tuple(expected), note))


src("cotswold_budget_survey", "survey", "txt", "https://surveymonkey.com/s/GW3J2Q3", """
The consultation is open to residents and businesses within the Cotswold District Council area.

Please provide the following details:

* We will not be able to consider your response if you do not provide your name and address.

Question Title

* Your name:

Question Title

* Are you a...

Question Title

* Resident address (if applicable):

Question Title

* Business name and address (if applicable):

Please could you indicate your view on each of the budget proposals for 2015/16 by ticking the appropriate boxes below:

Question Title

* 1. We are considering reducing the Cotswolds District Council tax by 3% i.e. Band D council tax would reduce to £129. Do you agree or disagree with this?

Question Title

* 2. Do you think we should freeze car parking charges for 2015/16?

Question Title

* 3. Do you think we should freeze garden waste collection fees for 2015/16?

Question Title

* 4. The Council is planning to make savings to management overheads in 2015/16 rather than make cuts to services. Do you agree or disagree with this?

Question Title

* 5. The Council plans to use the income from the Government’s New Homes Bonus scheme (£2.5m) to compensate for other cuts to Government funding and thereby protect local services. Do you agree or disagree with this?

Question Title

* 6. The Council is not proposing to make any changes to standards in front line services for 2015/16. Do you agree or disagree with this?:

Question Title

* 7. The Council is not proposing to make any changes to grants to the voluntary sector for 2015/16. Do you agree or disagree with this?

Question Title

* 8. Do you have any further comments for the Council to consider as part of its budget setting meeting in February? * Please note that roads/highways are the responsibility of Gloucestershire County Council and not Cotswold District Council.
""", [
    (None, "Your name:", A), (None, "Are you a...", A), (None, "Resident address (if applicable):", A),
    (None, "Business name and address (if applicable):", A),
    ("1", "We are considering reducing the Cotswolds District Council tax by 3%", C),
    ("2", "Do you think we should freeze car parking charges", C),
    ("3", "Do you think we should freeze garden waste collection fees", C),
    ("4", "The Council is planning to make savings to management overheads", C),
    ("5", "The Council plans to use the income from the Government’s New Homes Bonus", C),
    ("6", "The Council is not proposing to make any changes to standards in front line services", C),
    ("7", "The Council is not proposing to make any changes to grants to the voluntary sector", C),
    ("8", "Do you have any further comments for the Council to consider", O),
])

src("notts_planned_care_survey", "nhs", "html", "https://www.surveymonkey.co.uk/r/notts-health-services", """
Section 1 - patient choice

What is the survey about?
NHS Commissioners want to hear patient views about the  choice, location and type of care provided at local healthcare facilities including hospitals. 

The survey is about planned care (appointments and surgery booked in advance) as opposed to emergency or urgent care.

Who should complete the survey?
The survey can be completed by anyone who has experienced planned care at a local healthcare facility - we welcome responses from carers too. 

For the purpose of this survey, a local healthcare facility is any location where you might receive planned health care, other than a GP Practice or walk-in/ urgent care centre, for example a hospital or treatment centre. 

Completing the survey
The survey is split into four sections covering patient choice, location and type of care.  If you don’t feel a question is relevant to you/or you don’t want to answer it, please skip and move onto the next question. 

We welcome all feedback so please do not hesitate to add extra comments.

Your responses will help shape future local health services.  We will be sharing the findings and all responses will remain anonymous. In the first question we ask for your post code in order to help us understand where responses have been received from.  

Question Title

* 1. This survey is anonymous, please provide the first part and first number on the second part of your postcode (e.g. NG5 6) 

Question Title

* 2. When you were referred to see a specialist by your GP or healthcare professional, were you offered a choice of where your first appointment would be?

Question Title

* 3. Do you feel you had enough information about the different hospitals/healthcare facilities and /or specialists to make a choice?

Question Title

* 4. Do you feel that having a choice about the specialist you see and /or location you go to is important to you?
""", [
    ("1", "This survey is anonymous, please provide the first part and first number", A),
    ("2", "When you were referred to see a specialist", C),
    ("3", "Do you feel you had enough information", C),
    ("4", "Do you feel that having a choice about the specialist", C),
], "HTML rebuilt from the stored text (headings and paragraphs); the store cut question 5 mid-sentence, left out.")

src("nhs_friends_family_test", "nhs", "txt", "https://www.surveymonkey.com/r/CCF2YVF", """
* 1. We would like you to think about your recent experience of our service.

How likely are you to recommend our service to friends or family if they needed similar treatment?

* 2. Please tell us the main reason for selecting your statement.

* 3. Sex

* 4. What age are you?

* 5. What ethnic group are you?

* 6. Are your day to day activities limited because of a health problem or disability which has lasted, or is expected to last at least twelve months?(include any issues/problems relating to old age)
""", [
    ("1", "We would like you to think about your recent experience of our service.", C),
    ("2", "Please tell us the main reason", O),
    ("3", "Sex", A), ("4", "What age are you?", A), ("5", "What ethnic group are you?", A),
    ("6", "Are your day to day activities limited", A),
])

src("local_council_services_survey", "survey", "txt", "https://www.surveymonkey.co.uk/r/KRJJV3B", """
* 1. Are local elections taking place in your local council:

* 2. Local councils are responsible for a wide variety of services. Please rank these issues from 1 to 8 [where 1 is very important and 8 is much less important] in order of which services are of most importance to you.

* 3. Some local authorities have experienced significant reductions in their budget over recent years. Have you noticed a decline or improvement in your council provided local services in recent years.

* 4. Are you happy with the level of council tax that you pay?

* 5. Would you be happy to pay slightly more council tax to improve services in your local area such as social care, waste collection, youth services, and library services?

* 6. Do you feel your council keeps you up to date with its work and activity in the local area?

* 7. We are interested in understanding how active you feel your local councillors are in engaging with residents. In the past year, have you received any written communication from a local councillor, such as a leaflet in the post?

* 8. In the past year, has a local councillor, knocked on your door to ask if you have any concerns or issues that they can help you with?
""", [
    ("1", "Are local elections taking place in your local council", C),
    ("2", "Local councils are responsible for a wide variety of services. Please rank", C),
    ("3", "Some local authorities have experienced significant reductions", C),
    ("4", "Are you happy with the level of council tax", C),
    ("5", "Would you be happy to pay slightly more council tax", C),
    ("6", "Do you feel your council keeps you up to date", C),
    ("7", "We are interested in understanding how active", C),
    ("8", "In the past year, has a local councillor, knocked on your door", C),
])

src("council_satisfaction_grid", "grid", "html", "https://surveymonkey.com/r/58S6SXB", """
Local democracy doesn’t finish, it just starts on the election day. After that, it’s our citizen’s responsibility to enforce our democratic power by participation in the constant improving of our community. With this survey we give you the opportunity to evaluate on a monthly basis your local council’s efforts and results and to have a regular voice about the received value for your money.

Research Ritaconsult ™, being non-affiliated, self-funds its projects and it is highly dependent on your citizens’ activity. Some of our surveys are continuing from the previous periods of time. Some of them are completely new ones. We, though, have surveys going all the time. And you participate in them all the time as well. It’s a two way project, so thank you for your job.
Welcome for participation in our survey
We would like to ask you some questions about your local council. Local councils are responsible for a range of services such as public safety, fire protection, water supply, refuse collection, street cleaning, planning, education, social care services and road maintenance. If you live in an area with more than one council please think about the way in which they deliver services to you overall. This would include city and county councils.

Question Title

* 1. Overall, how satisfied or dissatisfied are you with each of the following:

| | Very dissatisfied | Fairly dissatisfied | Neither satisfied nor dissatisfied | Fairly satisfied | Very satisfied |
| A. With your local area as a place to live | | | | | |
| B. From the way your local council manages the services in your local area | | | | | |
| C. With the level of engagement your council offers to local residents (By engagement we mean giving local people information about the council, asking them for their views and giving them a direct say in decision-making.) | | | | | |
| D. With the extend to which your local council(s) acts on the concerns of local residents | | | | | |
""", [
    ("1", "Overall, how satisfied or dissatisfied are you with each of the following", G),
], "HTML rebuilt from the stored text, the grid as a table (the stored text lays it out as a header line and one line per row); row E was cut by the store, left out.")

src("gp_improved_access_survey", "nhs", "pdf", "https://www.surveymonkey.co.uk/r/PP759XP", """
National 'Improved Access' Scheme for GP Surgeries

NHS England are looking to introduce a new scheme that will allow you to make an appointment to see a health professional in a GP practice outside the usual working hours of GP surgeries.

Before we can decide when we should be opening, we need to know what will suit our patients best. It is not possible to open all of the time, so please think carefully and just choose the one option that would work best in your opinion. That may be for you personally, or because you are a parent or carer responsible for making an appointment for someone else. Please answer thinking about the person for whom you would most often contact the surgery.

 First, we need a few details about you:

* 1. Practice Name

* 2. Age band

* 3. Gender

* 4. Are you

* 5. Do you have a health condition that requires regular monitoring and check-up?

* 6. How often would you usually visit your GP in a year?

* 7. Would you be able to get to another surgery for an appointment?  There is a list of all the surgeries in our group attached to this survey.

* 8. Your group of GP surgeries will be offering some routine appointments on some weekday mornings 7.30-8.00am and evenings from 6.30-8.00pm, and on Saturday mornings.

If the group offered more appointments, when would this be best for you?  Please choose rank your top 3 choices.

| | 1st choice | 2nd choice | 3rd choice |
| More appointments weekday mornings 7.30 - 8.00am | | | |
| More appointments weekday evenings 6.30 - 8.00pm | | | |
| More appointments on Saturday mornings between 9.00 and 12.00 midday | | | |
| Appointments on Saturday afternoon | | | |
| Appointments on Sundays | | | |

* 9. Some of the new appointments may not be face to face with a health professional.  If you could not actually see someone about a routine condition or minor problem, would you consider using any of the following if appropriate for your condition.  Please tick all that apply.

Many thanks for your help.
""", [
    ("1", "Practice Name", A), ("2", "Age band", A), ("3", "Gender", A), ("4", "Are you", A),
    ("5", "Do you have a health condition that requires regular monitoring", A),
    ("6", "How often would you usually visit your GP in a year?", C),
    ("7", "Would you be able to get to another surgery", C),
    ("8", "Your group of GP surgeries will be offering some routine appointments", G),
    ("9", "Some of the new appointments may not be face to face", C),
], "PDF rebuilt from the stored text with fpdf2 (the ranking grid as a table); the closing sentence cut by the store is shortened to its first sentence.")

src("trent_basin_household_survey", "survey", "txt", "https://www.research.net/r/Life-At-Trent-Basin", """
This survey is about life at Trent Basin.

This survey is designed to be completed once per household.

Please answer these questions based upon the current circumstances at the time of responding. We are aware that this will be impacted by changes of lifestyle due to the COVID-19 pandemic and will be asking some questions specifically on this.

All survey results are anonymous, though you can provide your contact details at the end should you wish to be contacted.
About your household:

Question Title

* 1. How many people usually live in your household?
(Please use 0.5 if you have any children at university who only return home during the holidays)

Question Title

* 2. How many nights a week do you usually stay at your home?

Question Title

* 3. Can you provide us with your previous postcode before moving here?

7% of survey complete.
""", [
    ("1", "How many people usually live in your household?", A),
    ("2", "How many nights a week do you usually stay at your home?", A),
    ("3", "Can you provide us with your previous postcode", A),
])

src("health_care_opinion_survey", "grid", "odt", "https://s.smartsurvey.com/s/health-care-opinion-survey-example", """
Health Care Opinion Survey

1. How do you Feel About the Care You Have Received?

This questionnaire will help to look into the levels of service you received in health care. Please take the time to give your honest opinion on each of the questions, as this will help us to drive an improvement in service. All your answers will be kept in the strictest of confidentiality. If you have any questions about this survey, please contact [NAME] on [TELEPHONE] or [EMAIL].
Thank you in advance for the help you are giving us.

1. Which local authority do you live in?

2. If there are several hospitals in your area, are there differences in services?

3. Do you have a preference for which hospital you go to?

4. Do you usually go to the same hospital?

5. Are you able to judge the difference between the various hospitals?

6. Could you help your friends in choosing the best hospital for them?

7. Does your family pressure you to have any medical needs seen to straight away?

8. Please rate the following statements.

| | Strongly Disagree | Disagree | Neutral | Agree | Strongly Agree |
| Staff are Skilled and Competent | | | | | |
| The Hospital is Very Clean | | | | | |
| Nursing Care is Very Efficient | | | | | |
| Staff is Friendly and Courteous | | | | | |
| The Location of the Hospital is Convenient for Me | | | | | |

9. The hospital has all necessary equipment for treatment and diagnosis.

10. The Hospital has Modern Operating Rooms.

11. What kind of medical insurance do you currently hold?

12. How often have you or a member of your family visited the doctor in the past 12 months?

13. How often have you visited someone in hospital in the past 12 months?

14. If you had a personal injury that could be treated at any clinic, which clinic would you prefer?

15. If you received medical care at a hospital outside of your area, why did you do so?

16. Who makes decisions about health care in your family?

17. Who decides which hospital should be used?

18. What treatment have you heard people receive at the hospital you have gone to?
""", [
    ("1", "Which local authority do you live in?", A),
    ("2", "If there are several hospitals in your area", C),
    ("3", "Do you have a preference for which hospital", C),
    ("4", "Do you usually go to the same hospital?", C),
    ("5", "Are you able to judge the difference", C),
    ("6", "Could you help your friends in choosing", C),
    ("7", "Does your family pressure you", C),
    ("8", "Please rate the following statements.", G),
    ("9", "The hospital has all necessary equipment", C),
    ("10", "The Hospital has Modern Operating Rooms.", C),
    ("11", "What kind of medical insurance do you currently hold?", C),
    ("12", "How often have you or a member of your family visited the doctor", C),
    ("13", "How often have you visited someone in hospital", C),
    ("14", "If you had a personal injury that could be treated at any clinic", C),
    ("15", "If you received medical care at a hospital outside of your area, why", O),
    ("16", "Who makes decisions about health care in your family?", C),
    ("17", "Who decides which hospital should be used?", C),
    ("18", "What treatment have you heard people receive", O),
], "ODT rebuilt from the stored text with odfdo (the rating grid as a table); the store cut the text after question 18, left out. SmartSurvey's published example survey.")

src("gpaq_patient_survey", "nhs", "txt", "https://www.themedicentre.co.uk/practice-information/patient-survey/", """
Patient Survey The General Practice Assessment Questionnaire (GPAQ) 1. In the past 12 months, how many times have you seen a doctor from your practice? None Optional Once or twice Optional Three or four times Optional Five or six times Optional Seven times or more Optional 2. How do you rate the way you are treated by receptionists at your practice? Very poor Optional Poor Optional Fair Optional Good Optional Very good Optional Excellent Optional 3. a) How do you rate the hours that your practice is open for appointments? Very Poor Optional Poor Optional Fair Optional Good Optional Very good Optional Excellent Optional b) What additional hours would you like the practice to be open? Early morning Optional Lunch times Optional Evenings Optional Weekends Optional None, I am satisfied Optional 4. Thinking of times when you want to see a particular doctor: a) How quickly do you usually get to see that doctor? Same day Optional Next working day Optional Within two working days Optional Within three working days Optional Within four working days Optional Five or more working days Optional Does not apply Optional b) How do you rate this? Very poor Optional Poor Optional Fair Optional Good Optional Very good Optional Excellent Optional Does not apply Optional 5.Thinking of times when you are willing to see any doctor: a) How quickly do you usually get seen? Same day Optional Next working day Optional Within two working days Optional Within three working days Optional Within four working days Optional Five or more working days Optional Does not apply Optional b) How do you rate this? Very poor Optional Poor Optional Fair Optional Good Optional Very good Optional Excellent Optional Does not apply Optional 6. If you need to see a GP urgently, can you normally get seen on the same day [this is with any GP]? Yes Optional No Optional Don’t know/I have never needed to Optional
""", [
    ("1", "In the past 12 months, how many times have you seen a doctor", C),
    ("2", "How do you rate the way you are treated by receptionists", C),
    ("3a", "How do you rate the hours that your practice is open", C),
    ("3b", "What additional hours would you like the practice to be open?", C),
    ("4a", "How quickly do you usually get to see that doctor?", C),
    ("4b", "How do you rate this?", C),
    ("5a", "How quickly do you usually get seen?", C),
    ("5b", "How do you rate this?", C),
    ("6", "If you need to see a GP urgently", C),
], "The stored page is one run of text (the form's radio labels read 'Optional'); question 7, cut by the store, left out.")

src("transport_committee_call_for_evidence", "call", "html", "https://votingcounts.org.uk/have-your-say-calls-for-evidence", """
Have Your Say: Calls for Evidence
A Select Committee call for evidence is an opportunity for committee members (MPs or Peers) to collate views from different groups. This process informs a committee’s scrutiny of Government, and allows them to provide policy recommendations. However too often ordinary members of the public do not feed in their own valuable experiences and opinions into these forums.
So we’re taking a monthly review of the select committees currently asking for evidence in the hope that more members of the public grasp the opportunity to engage and influence policy.
Featured calls for evidence (January 2020):
Below we list a few key calls for evidence that are currently open. By expanding the section you can see some of the key questions being asked by the committee. Click the links to learn more and submit evidence.
The Transport Committee will hold an inquiry into the implications of accelerating the shift to zero emissions vehicles and the potential for introducing road pricing, or pay-as-you-drive, schemes. We would welcome written evidence on the following matters:
Accelerating the shift to zero emission vehicles
- The feasibility, opportunities, and challenges presented by the acceleration of the ban of the sale of new petrol and diesel vehicles to 2030;
- The actions required by Government and private operators to encourage greater uptake of electric vehicles and the infrastructure required to support them;
- The particular challenges around decarbonising buses and how these should be addressed;
- The Government’s ambition to phase out the sale of new diesel heavy goods vehicles, including the scope to use hydrogen as an alternative fuel.
Road pricing
- The case for introducing some form of road pricing and the economic, fiscal, environmental and social impacts of doing so;
- Which particular road pricing or pay-as-you-drive schemes would be most appropriate for the UK context and the practicalities of implementing such schemes;
""", [
    (None, "The feasibility, opportunities, and challenges presented by the acceleration", O),
    (None, "The actions required by Government and private operators", O),
    (None, "The particular challenges around decarbonising buses", O),
    (None, "The Government’s ambition to phase out the sale of new diesel heavy goods vehicles", O),
    (None, "The case for introducing some form of road pricing", O),
    (None, "Which particular road pricing or pay-as-you-drive schemes", O),
], "HTML rebuilt from the stored text (the '- ' lines as a bulleted list); the last bullet, cut by the store, left out.")

src("procedure_committee_written_questions", "call", "rtf", "http://www.parliament.uk/business/committees/committees-archive/procedure-committee/proccompn81206/", """
Procedure Committee

8 December 2006 Session 2006-07 Press Notice No. 2

NEW INQUIRY:

WRITTEN PARLIAMENTARY QUESTIONS

The House of Commons Procedure Committee has agreed to hold an inquiry into written parliamentary questions.

The terms of reference for this inquiry are:

• To consider the procedures, scope and rules governing the tabling (including the electronic tabling) of parliamentary questions for written answer;

• To examine the reasons for, and the consequences of, the recent rise in the number of such questions; and

• To consider the procedures for the answering of such questions and what opportunities are available to Members to pursue answers with which they are not satisfied.

Written submissions are welcomed and should arrive no later than 31 January 2007. Subject to the progress of the inquiry, some respondents may be asked to provide oral evidence. Submissions should be in Word or rich text format and sent by e-mail to [email protected] or by post to the Clerk, Procedure Committee, Journal Office, House of Commons, London SW1A 0AA. Further information can be obtained from the Clerk at this address or by telephone on 0207 219 3318.

Committees make public much of the evidence they receive during inquiries. If you do not wish your submission to be published, you must clearly say so. If you wish to include private or confidential information in your submission to the Committee, please contact the Clerk to discuss this. Committees are not able to investigate individual cases. Further information about the Procedure Committee, including the complete text of previous reports, can be found on the Committee's homepage.
""", [
    (None, "To consider the procedures, scope and rules governing the tabling", O),
    (None, "To examine the reasons for, and the consequences of, the recent rise", O),
    (None, "To consider the procedures for the answering of such questions", O),
], "RTF rebuilt from the stored text; the stored bullets were mis-decoded as '€' and are written as '•'.")

src("lords_liaison_inquiry_proposal_form", "response", "odt", "https://publications.parliament.uk/pa/ld5802/ldselect/ldliaison/97/9711.htm", """
The current special inquiry committees are due to complete their work by the end of November. On behalf of the Liaison Committee, I am now writing to invite members to suggest proposals for four new special inquiry committees to start in early 2022. Due to the exceptional circumstances of the pandemic, during 2020–2021 we were unable to follow our usual practice of one of the four special inquiry committees being devoted to post-legislative scrutiny. It is the Liaison Committee’s intention that we should resume this important branch of committee scrutiny at the start of next year.
In order to provide greater consistency, this year the Committee is again inviting all members submitting proposals to use the headings suggested in the form accompanying this invitation. Proposals should be sent to the Clerk of the Liaison Committee, Philippa Tudor, by email: no later than 10 September 2021.
All ideas submitted by then will be considered by the Liaison Committee using the following criteria for selection:
Members whose proposals are shortlisted by the Liaison Committee will be invited to present their proposal briefly to a meeting of the Committee later this year.
In reviewing proposals, the Liaison Committee takes into account the criteria listed above. In addition, the Committee may also take into account wider factors such as the balance of topics across the special inquiry committees (including in previous years), the work being undertaken by other Committees and within Government, and the possibility of early legislation on the subject matter.
July 2021
Note: Following feedback, the Liaison Committee has agreed this template for use by members wishing to propose an inquiry. Members are invited to use it as a guide, and to address each of the questions below. Members are asked to describe the proposal in 100- 500 words.
Name of member(s) of the House making the proposal: [Type here]
Description of the proposal (in 100-500 words).
""", [
    (None, "Name of member(s) of the House making the proposal", A),
    (None, "Description of the proposal (in 100-500 words)", O),
], "ODT rebuilt from the stored text with odfdo; the store cut the second field's explanation mid-sentence ('If you are proposing a post-legisl'), left out.")

src("disability_action_plan_questions", "list", "odt", "https://www.gov.uk/government/consultations/disability-action-plan-2023-to-2024/annex-a-consultation-questions", """
Consultation outcome

Annex A: consultation questions

Updated 5 February 2024

Annex A: Consultation questions

This page brings all of the consultation questions from Chapters 4 and 5 into one place for ease of reference. We would welcome responses to the following questions set out in this consultation paper.

Elected office

DU recognises that disabled people are underrepresented in elected office (for example, as MPs or local councillors). DU is proposing to carry out a review of funding for reasonable adjustments for disabled candidates, with the aim of finding a long-term solution. They are also proposing to set up a GOV.UK webpage to signpost guidance and training. The aim of both of these would be to increase the representation of disabled people in elected office over time.

Questions:

1a. To what extent do you agree with proposals to review funding support and create an online hub to improve access to elected office for disabled people?

1b. If you would like to explain your answer, please do so here. (Suggested maximum 500 words)

1b. If you know of existing guidance or training for disabled candidates to elected office that you think should be included on the GOV.UK webpage, please share them.

Accessible playgrounds

DU is proposing to create an online hub of guidance about accessible playgrounds. The hub would provide information to make it easier for local authorities to make the playgrounds they build or refurbish accessible to disabled children.

Questions:

2a. To what extent do you agree with the proposal to create a hub of guidance about playground accessibility?

2b. To what extent do you agree that the voluntary standards for playground accessibility should be made mandatory?

2c. If you would like to explain your answer, please do so here. (Suggested maximum 500 words)

2d. If you know of existing guidance that DU should consider including on the hub, please share them.
""", [
    ("1a", "To what extent do you agree with proposals to review funding support", C),
    ("1b", "If you would like to explain your answer, please do so here.", O),
    ("1b-2", "If you know of existing guidance or training for disabled candidates", O),
    ("2a", "To what extent do you agree with the proposal to create a hub", C),
    ("2b", "To what extent do you agree that the voluntary standards", C),
    ("2c", "If you would like to explain your answer, please do so here.", O),
    ("2d", "If you know of existing guidance that DU should consider", O),
], "ODT rebuilt from the stored text with odfdo (headings as headings); the next section, cut by the store, left out. The page repeats '1b' as published.")

src("dptac_review_response", "response", "docx", "https://docest.com/doc/697813/1-do-you-agree-with-the-assumptions-made-in-the-draft-impact-assessment", """
1. Do you agree with the assumptions made in the Draft Impact assessment?

Yes but there is a crucial omission.

Please explain your reasons, with supporting evidence:

Every one of the options except retaining DPTAC would remove the statutory duty of DFT to consult with disabled people. Consulting with disabled people will become optional and there will be no redress when we are not consulted. The removal of this duty is likely to negatively impact on the involvement of disabled people in the decisions that affect us, and the quality of decision taken as a result.

Whatever option is eventually decided upon, legislation (including but not limited to The Railways Act, the Equality Act, and the Transport Act) must be amended so that references to DPTAC are not excised but replaced with references to a duty to consult with disabled people in whatever form the successor to DPTAC takes.

2. Which option in your opinion, provides more flexibility over working arrangements and appointments?

I do not believe that it is reasonable to judge the best option for replacing DPTAC by assessing the most flexible option.

Please could you state your reasoning:

Flexibility can be used to evade responsibility and can result in a less accountable, consistent process for involving disabled people. The best option for replacing DPTAC should be judged on the process which is most likely to give timely, sensible advice in an accountable way to Ministers.

3. Which option in your opinion provides the most accountability to Ministers:

Please could you state your reasoning:

4. In your opinion how important is it that the option is able to provide advice that is representative of all disabilities and disabled groups?
""", [
    ("1", "Do you agree with the assumptions made in the Draft Impact assessment?", C),
    ("2", "Which option in your opinion, provides more flexibility", C),
    ("3", "Which option in your opinion provides the most accountability", C),
    ("4", "In your opinion how important is it that the option is able to provide advice", C),
], "DOCX rebuilt from the stored text with python-docx (a completed response form: the respondent's answers sit between the questions); the answer to question 4, cut by the store, left out.")

src("cramahe_budget_survey", "survey", "html", "https://www.letstalkcramahe.ca/embeds/projects/46366/survey-tools/51287", """
Age Range
How long have you lived in this municipality?
How well do you feel informed about how the municipality is spending its budget?
What is your primary source for local Municipal News?
How would you prefer the municipality to communicate about the budget and funding priorities?
Which of the following areas do you believe should receive the highest priority in the municipal budget? (Choose up to 3)
Would you be willing to pay higher taxes to fund additional services or improvements in the community?
What specific areas would you like to see more funding directed toward?
How satisfied are you with the current allocation of funds in these areas?
Do you support increased investment in the following infrastructure projects? (Select all that apply)
Are there any areas where you think the municipality could be more efficient with spending? Please specify
Do you have any additional comments or suggestions for how the municipal budget can better serve the needs of the community?
""", [
    (None, "Age Range", A), (None, "How long have you lived in this municipality?", A),
    (None, "How well do you feel informed", C), (None, "What is your primary source for local Municipal News?", C),
    (None, "How would you prefer the municipality to communicate", C),
    (None, "Which of the following areas do you believe should receive the highest priority", C),
    (None, "Would you be willing to pay higher taxes", C),
    (None, "What specific areas would you like to see more funding directed toward?", O),
    (None, "How satisfied are you with the current allocation of funds in these areas?", G),
    (None, "Do you support increased investment in the following infrastructure projects?", C),
    (None, "Are there any areas where you think the municipality could be more efficient", O),
    (None, "Do you have any additional comments or suggestions", O),
], "HTML rebuilt from the stored text, one paragraph per line (an embedded survey whose answer widgets the store dropped). Canadian municipality.")

src("prospect_engagement_policy_survey", "survey", "txt", "https://cityofprospect.engagementhub.com.au/take-survey-anonymously/NTI1NA/Nzg2OQ", """
Draft Community Engagement Policy feedback survey

    Part 1: Your current habits

  • Q.1

    How do you currently find out about Council news, programs, events, or decisions?  (Select all that apply)

    *
    (Maximum selection limit : 12)
    Council’s social media (Facebook, Instagram, LinkedIn)
    Council’s main website (prospect.sa.gov.au)
    Council’s Engagement Hub website
    Your Prospect eNews (Council’s monthly email newsletter)
    Letters or notices mailed directly to my home
    Temporary signs or corflutes in local streets and parks
    Digital screens or posters inside Payinthi (Council’s main office)
    Print media (e.g. the Advertiser)
    Local Facebook community groups (e.g., 5082 Neighbourhood)
    Word of mouth from neighbours, friends, or local business owners
    Hearing directly from the Mayor or an Elected Member
    I rarely find out about Council news, programs or events until after they happen
  • Q.2

    Which statement best describes what motivates you to share your feedback on a Council project or proposal? (Select one)

    *
    I only participate if a project directly affects my specific street, property, or daily routine
    I only participate if I strongly disagree with what Council is proposing
    I try to have my say on broader city-wide initiatives and plans (like the Annual Business Plan and Budget) even if I feel it doesn’t affect me personally
    I almost never participate in Council consultations
    Other (please specify)
  • Q.3

    If Council is seeking feedback on a project affecting your neighbourhood and you’re satisfied with the plans, what do you usually do?  (Select one)

    *
    I will still provide feedback to register my support
    I won't respond – I’ll only provide feedback if I want changes
    I won't respond – I trust Council and Elected Members to get on with the job
""", [
    ("1", "How do you currently find out about Council news", C),
    ("2", "Which statement best describes what motivates you", C),
    ("3", "If Council is seeking feedback on a project affecting your neighbourhood", C),
], "Stored text kept as it is (indentation and bullets of the page's text rendering); Q.4, cut by the store, left out. Australian council.")

src("ons_small_area_survey_intro", "none", "html", "http://www.onsgeography.net/survey", """
Small Area Geography Policy Survey
Your views are important to us. This survey has been designed to collect your views on the proposals and key issues outlined in the consultation paper. Please do take the time to complete it. A significant level of response will allow us to gauge the strength of opinions held.
The survey contains a mixture of question types. Some are answered by choosing which answer best corresponds to the way you feel (please tick only one answer for each of these questions). Others request more open ended comments or thoughts, and should be answered by typing directly into the boxes provided. There are three sections to complete which can be navigated by using the "previous" and "next" buttons at the bottom of each. Answers already completed will be stored when navigating backwards or forwards through the survey.
When you have completed the survey, please click on the "Done" button at the end. You will then be automatically directed back to this site.
Many questions contain a reference to the relevant section of the consultation paper. We recommend that you read this document first and have it to hand when answering.
Please note that all responses to the consultation will be made public.
""", [], "HTML rebuilt from the stored text; the survey's introduction page only (talks about its questions, asks none).")

src("parliament_take_part_in_inquiries", "none", "txt", "https://www.parliament.uk/get-involved/have-your-say/take-part-in-committee-inquiries/", """
Take part in a Committee inquiry

Select Committees work in both Houses. They check and report on areas ranging from the work of government departments to economic affairs. The results of these inquiries are public and many require a response from the government.

Evidence gathering by a Select Committee

When a Select Committee launches a new inquiry they often request written evidence from interested parties. A call for evidence is often published at the same time as the terms of reference for the inquiry.

The Committee will use this written evidence to help shape their inquiry and it may influence the choice of witnesses the Committee calls to appear before them during the oral evidence stage of the inquiry. In recent years select committees have increasingly used web forums to help gather material for inquiries.

Commons Select Committees

There is a Commons Select Committee for each government department, examining three aspects: spending, policies and administration. These departmental committees have a minimum of 11 members, who decide upon the line of inquiry and then gather written and oral evidence. Findings are reported to the Commons and the government then usually has 60 days to reply to the committee's recommendations.

Some Select Committees have a role that crosses departmental boundaries such as the Public Accounts or Environmental Audit Committees. Depending on the issue under consideration they can look at any or all of the government departments. Other Commons Committees are involved in a range of on-going investigations, like administration of the House itself or allegations about the conduct of individual MPs.
""", [], "The store cut the page in its 'Lords Select Committees' section; the text up to that heading is kept.")

src("disability_strategy_open_letter", "none", "html", "https://bristoldef.org.uk/disability-strategy-consultation-open-letter/?text-only=true", """
Disability Strategy Consultation Open Letter

Organisations of and for Disabled people to sign the letter today (12/02/21), by emailing the name of the signatory, and the organisation they represent, to laura.bristoldef@gmail.com .

Letter Re: Disability Strategy Consultation

To: Minister for Disabled People, Health and Work

Dear Justin Tomlinson MP

We write to express our deep concerns about the survey being used to inform the consultation on the National Strategy for Disabled People.

Whilst we welcome a rethink on what the nation’s strategy for Disabled people should be, we believe, as it currently stands, the consultation is:

  1. Not in compliance with the Equality Act 2010.
  • Not fit for purpose, in as much as it is open for contributions that can influence the upcoming Draft Strategy for 4 weeks – a breach of all accepted practice and the government’s own Compacts with the Voluntary and Community Sector pre-2015, namely that the government will – ‘conduct 12-week formal written consultations with clear explanations and rationale for shorter time-frames or a more informal approach’ [The Compact, 2010-15, published December 2010, Crown copyright 2010].
  • Not, as your website claims, based on:

“engagement nationally and across the regions with a diverse network of stakeholders, including leading charities, Disabled people’s organisations and individuals from all parts of society that are affected by disability.”.

  • Not accessible to many Disabled people, because:
  • There has been insufficient time in which to obtain the consultation in accessible formats and digest the contents, in preparation for responding to it;
  • The lockdown means those many Disabled people who are digitally excluded – a key issue in our community – have not even heard about it;
  • The Word version of the survey is itself not accessible because of a failure in its formatting;
  • There is no plain text version of the survey on offer;
""", [], "HTML rebuilt from the stored text (the '•' lines as a list); a letter about a consultation's survey: no questions for the reader. The store cut the last bullet, left out.")

src("frank_field_memorandum", "response", "txt", "https://publications.parliament.uk/pa/cm200809/cmselect/cmproced/859/859we04.htm", """
Memorandum submitted by Rt Hon Frank Field
MP (Session 2006-07, P 44)
I understand that the Committee is now looking
into Written Parliamentary Questions and how they are answered.
Can I suggest that one area you might consider should be the format
in which answers are provided?
Currently, Government departments send out letters
to Members with their responses, which arrive in the office the
day after the answer date. Given that we can now e-mail questions
to the Table Office immediately, might it not be appropriate for
departments to begin to answer questions in a similar fashion
so that they might be received more quickly?
I hope you will take this into consideration
during the inquiry.
February 2007
""", [], "A written submission: its questions are the writer's own, put to the committee; none is for the reader to answer.")

src("council_satisfaction_example_questionnaire", "survey", "pdf", "https://scribd.com/document/143437807/Annex-a-Example-Questionnaires-Final", """
Are you being served?

Annex A: example questionnaires

This annex shows how a survey which follows all of the guidelines in Benchmarking resident satisfaction data: question set and guidance would look. Four example questionnaires are outlined below, covering four possible scenarios: Scenario A: The survey is being conducted by a single tier council Scenario B1: The survey is being conducted by a district only, within a two tier area. Scenario B2: The survey is being conducted by a county only, within a two tier area. Scenario C: The survey is being conducted by a district and county council in partnership within a two tier area.

Please note, these questionnaires are based on a postal survey approach. Slight modifications will be needed for a telephone or face to face data collection method, in particular with regard to the dont know answer option. The guidelines around this are outlined in the main guidance document.

Scenario A: single tier council

Throughout this survey we ask you to think about your local area. When answering, please consider your local area to be the area within 15 20 minutes walking distance from your home. 1. Overall, how satisfied or dissatisfied are you with your local area as a place to

Very satisfied Fairly satisfied Neither satisfied nor dissatisfied Fairly dissatisfied Very dissatisfied Dont know

Your local area receives services from [name of council]. [Name of council] is responsible for a range of services such as refuse collection, street cleaning, planning, education, social care services and road maintenance. 2. Overall, how satisfied or dissatisfied are you with the way [name of council] runs things?
Very satisfied Fairly satisfied Neither satisfied nor dissatisfied Fairly dissatisfied Very dissatisfied Dont know
""", [
    ("1", "Overall, how satisfied or dissatisfied are you with your local area", C),
    ("2", "Overall, how satisfied or dissatisfied are you with the way [name of council] runs things?", C),
], "PDF rebuilt with fpdf2 from the text the store holds of a Local Government Association guidance annex (the text extraction ran question and instruction together as printed); the paragraph cut by the store left out.")

src("wellbeing_and_council_services_grids", "grid", "html", "https://www.communitiesthrive.com.au/survey", """
Below are some statements about feelings and thoughts.
For each, please indicate whether over the last two weeks you have experienced it: (1) none of the time, (2) rarely, (3) some of the time, (4) often, or (5) all of the time.
If you would prefer to not answer a particular question, you can leave it blank.
Whatever you’re feeling during these challenging times, you can talk it through with one of Beyond Blue's counsellors. They'll provide advice and support based on your specific needs. Call 1800 512 348.
| Statement | 1 None of the time | 2 Rarely | 3 Some of the time | 4 Often | 5 All of the time | Comment (optional) |
| I've been feeling useful | | | | | | |
| I've been feeling close to other people | | | | | | |
| I've been feeling optimistic about the future | | | | | | |
| I've been able to make up my own mind about things | | | | | | |
| I've been dealing with problems well | | | | | | |
| I've been feeling relaxed | | | | | | |
| I've been thinking clearly | | | | | | |
Councils are responsible for providing and supporting a number of services, such as waste management and planning for the future, in compliance with state legislation. Below is a list of some of these.
For each, please indicate how satisfied you feel with your council's performance on a scale from one to five, where one means very dissatisfied and five means very satisified. Additionally, please comment on those you consider most in need of improvement.
If you feel unable to rate a particular item, you can leave it blank.
| Service | 1 Very dissatisfied | 2 Dissatisfied | 3 Neither | 4 Satisfied | 5 Very satisfied | Comment (optional) |
| Financial management | | | | | | |
| Customer service | | | | | | |
| Advocating on behalf of the community | | | | | | |
| Environmental management services | | | | | | |
| Making decisions that are in the interests of the community | | | | | | |
| Biosecurity and environmental health services | | | | | | |
| Building services | | | | | | |
| Waste services | | | | | | |
""", [
    (None, "please indicate whether over the last two weeks you have experienced it", G),
    (None, "please indicate how satisfied you feel with your council's performance", G),
], "HTML rebuilt from the stored text, the two grids as tables (the store flattened them into pipe-separated lines); the rows after 'Waste services', cut by the store, left out. Australian survey.")

src("hampshire_together_consultation_page", "none", "txt", "https://www.hampshiretogether.nhs.uk/consultation-document", """
Our consultation document explains the proposals in more detail. It is also available as summary and easy read versions. A plain text version is available which may be helpful if you use a screen reader. This plain text version is also in large print. Please contact us if you would like a version of the consultation document translated into a different language or need any other accessible format.

Our consultation ran from 11 December 2023 for 14 weeks until midnight 17 March 2024.


There are several additional technical background documents you may be interested in reading including:
""", [], "An NHS consultation's landing page: no questions.")

src("nhs_wales_experience_survey_page", "none", "txt", "https://www.dixtonsurgery.co.uk/news/1383-your-nhs-wales-experience-dixton-surgery-2023", """
The experience that you have of care is important to us. This might be an appointment
with your doctor or health visitor, a hospital stay, an outpatient visit or something else.
We would be grateful if you could complete this survey so that we can understand this

Complete the survey 

The questions are based on the things that patients have said matter most. We will ask
you questions about your latest experience of healthcare. Please help us by giving
your honest opinion.

The questions mostly have 4 options and you are asked to tick the answer that you feel
best describes how you feel.

Some of the questions have ‘not applicable‘. Please tick this if the question is not
relevant to your experience.

We do not need to know your personal details but have asked some general questions
at the end about who you are. This is so we can make sure we are asking all groups of
people about their experience.

If there is anything we have not asked you, please use the space at the end of this survey
to tell us.
""", [], "A GP surgery's page introducing an NHS Wales survey: talks about questions, asks none.")

src("lords_liaison_proposals_2019", "none", "rtf", "https://www.parliament.uk/business/committees/committees-a-z/lords-select/liaison-committee/news-parliament-2017/special-inquiry-committees-2019-20/", """
LORDS

Proposals for 2019–20 special inquiry (formerly ad hoc) committees sought

13 November 2018

Liaison Committee Chairman Lord McFall invites members of the House to put forward their proposals for special inquiry committees in 2019-20.

Special inquiry committees are appointed to undertake a particular inquiry and cease to exist once they have reported to the House. Members are invited to send their suggestions for inquiry topics for special inquiry committees.

In previous years the proposals we have received have ranged from a sentence or two to several pages. In order to provide greater consistency, this year the Committee is inviting all members submitting proposals to use headings suggested by a form prepared by the Committee. Copies of the form will be available from the Printed Paper Office. If you would like an electronic form please email hlliaisoncmttee@parliament.uk.

All ideas submitted by the deadline will be considered by the Liaison Committee using the following criteria for selection:

• Makes best use of the knowledge and experience of Members of the House
• Complements the work of Commons departmental select committees
• Addresses areas of policy that cross departmental boundaries
• The activity proposed should be capable of being confined to one session.

The Liaison Committee expects to recommend up to four proposals for new special inquiry Committees (including a post-legislative scrutiny committee) for appointment early in the new session.

Proposals should be sent to the Clerk of the Liaison Committee, Philippa Tudor, in the internal mail or – preferably – by email: hlliaisoncmttee@parliament.uk no later than 20 December 2018.
""", [], "RTF rebuilt from the stored text; a news item whose bullets are selection criteria, not asks (the questions are on a separate form).")

src("gp_appointments_practice_questionnaire", "grid", "rtf", "https://0-bmcresnotes-biomedcentral-com.brum.beds.ac.uk/articles/10.1186/1756-0500-1-117/tables/1", """
Table 1 Items on questionnaire

From: The effect of the new GMS contract on GP appointment provision in Wales: postal questionnaire survey of practice managers

Is your practice 100% open/advanced access? (Y/N)

If not, in a normal working week, does your practice offer pre-bookable appointments for:

The same day? (Y/N)

Next working day? (Y/N)

Up to two days or more in advance? (Y/N)

Up to one week in advance? (Y/N)

Up to one month in advance? (Y/N)

More than one month in advance? (Y/N)

Has your practice made any of the following significant changes to your appointment system, or the services offered to patients since the introduction of the nGMS contract?

Offered more open/advanced access or less bookable slots? (Y/N)

Introduced a telephone triage system for appointments? (Y/N)

Employed/trained a nurse practitioner? (Y/N)

Introduced a minor illness clinic? (Y/N)

More GP phone consultations on a systematic basis? (Y/N)

Factual data about the practice:

List size/Number of WTE doctors/nurse practitioners/nurses/healthcare assistants

Did your practice achieve the QoF Access Target 2004/2005? (Y/N)

In your opinion, are patients able to obtain an appointment at the time they need it?

Answer options: all of the time/most of the time/some of the time/not very often, hardly ever/don't know

In your opinion, do patients get an appointment with the GP of their choice?

Answer options: all of the time/most of the time/some of the time/not very often/hardly ever/don't know

In your opinion, what has happened to the number of verbal complaints received at the practice regarding the appointment system?

Answer options: increased a lot/increased a little/stayed the same/decreased a little/decreased a lot
""", [
    (None, "Is your practice 100% open/advanced access?", C),
    (None, "If not, in a normal working week, does your practice offer pre-bookable appointments", G),
    (None, "Has your practice made any of the following significant changes", G),
    (None, "List size/Number of WTE doctors", A),
    (None, "Did your practice achieve the QoF Access Target", C),
    (None, "In your opinion, are patients able to obtain an appointment", C),
    (None, "In your opinion, do patients get an appointment with the GP of their choice?", C),
    (None, "In your opinion, what has happened to the number of verbal complaints", C),
], "RTF rebuilt from the stored text of a journal table listing a practice managers' questionnaire (Wales); the last item, cut by the store, left out. Y/N rows under a lead question form one grid.")

src("statutory_inquiries_call_for_evidence", "list", "html", "https://committees.parliament.uk/call-for-evidence/3343/", """
Call for Evidence

Written submissions

The inquiry

The House of Lords Statutory Inquiries Committee was set up on 24 January 2024 to “consider the efficacy of the law and practice relating to the Inquiries Act 2005”. Its task, in other words, is to consider how well that Act is working, and whether statutory inquiries run as efficiently and effectively as possible, and with the right degree of oversight. The Committee must report by 30 November 2024.

This is a public call for written evidence to be submitted to the Committee. The deadline is 5pm on Friday, 19 April 2024.

An inquiry can be set up by a minister under section 1 of the Inquiries Act 2005 into “a matter of public concern”.

The objects of the Act were “to make inquiries swifter, more effective at finding facts and making practical recommendations, and less costly, while still meeting the need to satisfy the public’s expectation for a thorough and wide-ranging investigation.”

The House of Lords has previously carried out post-legislative scrutiny of the 2005 Act. Its Report was published in 2014 and made 33 recommendations to Government, 19 of which were accepted. As part of its own inquiry, the Committee will be considering the extent to which those recommendations, and in particular those agreed to by the Government, have been implemented.

The questions

The Committee would welcome views on whether the Act has achieved its objectives. It would in particular welcome views on the following issues:

1. Does the 2005 Act provide the right framework for ensuring that inquiries are:

a) Effective

b) Efficient

c) Appropriately overseen, and

d) Followed-up?

2. How could the following be improved?

a) The Inquiries Act 2005.

b) The Inquiry Rules 2006 and the Inquiries (Scotland) Rules 2007.
""", [
    ("1", "Does the 2005 Act provide the right framework for ensuring that inquiries are", O),
    ("2", "How could the following be improved?", O),
], "HTML rebuilt from the stored text; question 3, cut by the store in its first sub-question, left out.")

src("my_science_inquiry_call", "call", "txt", "https://committees.parliament.uk/call-for-evidence/2694/", """
Call for Evidence

My Science Inquiry

The Committee invites written submissions of no more than 200 words by Friday 9 September 2022. Submissions should outline the nature of the issue that the Science and Technology Committee should explore. It must fall within the Committee’s remit―you can find out more about the Committee and its role here. Submissions will be considered based on merit and should address:

  • Why the Science and Technology Committee should examine this area,
  • Why is this the right time for the Committee to examine the area;
  • Why this area would benefit from parliamentary scrutiny;
  • Why the Government needs to act in this area; and
  • How Government policy in this area could be developed or improved.

The Committee is not able to take up individual cases or complaints.

Each individual or organisation should submit no more than one proposal. Where multiple proposals are submitted, only the first submitted proposal will be considered by the Committee.

This call for written evidence has now closed.

Go back to My Science Inquiry Inquiry
""", [
    (None, "Why the Science and Technology Committee should examine this area", O),
    (None, "Why is this the right time for the Committee to examine the area", O),
    (None, "Why this area would benefit from parliamentary scrutiny", O),
    (None, "Why the Government needs to act in this area", O),
    (None, "How Government policy in this area could be developed or improved", O),
])
