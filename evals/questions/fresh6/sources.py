# ruff: noqa: E501, W291 (stored page text kept as it is, trailing spaces included)
"""The sixth fresh batch: real forms, surveys, checklists, calls for evidence and pages nobody
here wrote, none of them in the first five batches (checked by address and title against their
manifests), collected for round five (issue 22) BEFORE any round-five finder change.

Conventions as in ../fresh5/sources.py: each text is the start of a public page as the search
tool's store holds it (seen 2026-12-07), copied without rewording; where the store cut a page
mid-sentence that last fragment is left out and `note` says so; where only text was available
the file is rebuilt from that text in the named format. The expected questions were written by
hand from the text BEFORE the finder was run on this batch (see the commit history): number as
written (None when none is given), with evals/questions/README.md's rules ("1(a)" and "2 (b)"
written "1a" and "2b"; numbering restarting in each numbered section prefixed with the section's
number, "2.3"), the start of the question's text, and its kind (`open`, `choice`, `about you`, or
`grid`).

Kinds follow docs/consultations.md ("Kinds"): a closed question (yes/no, agree/disagree, a
rating, one of a list) is a choice whether or not the page kept its printed choices, unless it
also asks for reasons, comments or an explanation; every ask of a call for evidence is open;
the respondent's own details (sex, age, where they live, how long they have used a service) are
about you. A checklist's checks are choices (yes / no), with or without a question mark; a
checklist's "how high / how many / where" asks are open.

Split as fresh4 and fresh5: `split()` puts each document in `dev` or `held` by a stable hash of
its name. Round five develops on `dev` (and the earlier dev halves) and reports `held`.
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


# ---------------------------------------------------------------- surveys and forms

src("ward_representation_survey", "survey", "txt", "https://www.surveymonkey.co.uk/r/DFFYBQW", """
* 1. Would you prefer your ward to be represented by a single councillor or multiple (2 or 3) councillors  [For further information on the advantages and disadvantages, and electoral geography or circumstances affecting this choice, see www.bearflat.org.uk]

* 2. Rank the following options for ward boundaries in order of preference, 1 being your most preferred option. [For further information on the differing merits of these options, see www.bearflat.org.uk]

* 3. Are there any particular features or facilities in your local built and natural environment, and/or experiences, interactions and concerns, defining the community with which you identify most? (Your comments will help us assemble the contextual evidence we need to persuade the LGBC of your preferred options.)

* 4. Thank you for completing our survey.  Before you go, please let us know which street you live in.
""", [
    ("1", "Would you prefer your ward to be represented by a single councillor", C),
    ("2", "Rank the following options for ward boundaries", C),
    ("3", "Are there any particular features or facilities", O),
    ("4", "Thank you for completing our survey", A),
], note="A residents' association's survey on ward boundaries (Bath). Question 1 has no question mark.")

src("municipal_social_services_survey", "survey", "docx", "https://docest.com/doc/175447/1-are-you-female-or-male", """
In order to improve our services, we need to know what is presently working well – and what is working less well. For this reason, everyone who visits Social Services during a period of one month will be given the opportunity to answer following survey. Participation is voluntary and anonymous. The answers will be compiled into a report in which it will not be possible to identify the answers of any individual person.
Whether or not you take part in the survey is up to you, but your opinions are very important to us. The more people who answer the questions, the better the survey will reflect reality and the more good it will do.
Ask a member of staff at Social Services where the results of the survey will be available. People in other municipalities have also answered some of the questions, which will make it possible to compare our municipality’s results with theirs.
1. Are you female or male?
/ Female / Male
2. For about how long have you had contact with Social Services here in the municipality?
/ Today was my first visit / Less than 1 month
/ 1 to 6 months
/ 7 to12 months
/ More than 1 year
3. How easy or hard is it to understand the information your social worker gives you?
/ Very easy / Fairly easy
/ Fairly hard
/ Very hard
/ Don’t know/No opinion
4. Do you feel that the social worker asks for your views about how your situation could be changed?
/ Yes / No
/ Don’t know/No opinion
5. How much understanding do you feel the social worker shows for your situation?
/ A lot / Quite a lot
/ Quite little
/ None at all
/ Don’t know/No opinion
6. How much influence have you had over the type of help you have received from Social Services here in the municipality?
/ A lot / Quite a lot
/ Quite little
/ None
/ I have not received any help
/ Don’t know/No opinion
""", [
    ("1", "Are you female or male?", A),
    ("2", "For about how long have you had contact with Social Services", A),
    ("3", "How easy or hard is it to understand the information", C),
    ("4", "Do you feel that the social worker asks for your views", C),
    ("5", "How much understanding do you feel the social worker shows", C),
    ("6", "How much influence have you had over the type of help", C),
], note="DOCX rebuilt from the stored text: a (Swedish, not UK) municipality's social services visitor survey, its printed choices flattened to '/ ' lines. The store's text runs on into question 7 and a help note cut mid-word; question 7 and that fragment are left out.")

src("shared_interest_members_survey", "survey", "pdf", "https://issuu.com./sharedinterest/docs/appendix_12_members_survey_2015", """
Appendix 12 members survey 2015

Page 1

Annex 12


MEMBERS SURVEY 2015 Welcome to the members’ survey 2015. We aim to conduct a full membership survey every second year, as part of our social accounts process. This is your chance to express your thoughts as a Shared Interest investor, and help to impact on our future decisions. We hope you find this survey thought provoking and enjoyable. We have included a glossary for your reference. If you are unable to answer a question or you would prefer not to, you may leave it blank. Please mark multiple choice answers clearly with an or number where appropriate. Please write clearly on the lines provided when answering ‘comment’ style questions. If you have any urgent comments or concerns, please contact the office by email at, telephone on 0191 2339102 or by post to Membership Survey, Shared Interest FREEPOST NT 1883, Newcastle upon Tyne, NE1 1BR If you are able to complete this survey online, this will help us to significantly reduce costs at the processing stage. To receive further instructions on how to do this, please send an email to with ‘ONLINE SURVEY REQUEST’ in the subject line. Please return your completed survey in the Freepost envelope provided. All responses must be received at the office no later than FRIDAY 28TH AUGUST 2015. The results of this survey will be published in the 2015 social accounts which are available online at

7. Is there anything that you would like to see more of in QR?


_________________________________________ _________________________________________

Our mission is to provide financial services and business support to make livelihoods and living standards better for people as they trade their way out of poverty. We work collaboratively and innovatively with those who share our commitment to fair and just trade. With a community of investors and the support of donors and volunteers, we seek to contribute to a world where justice is at the heart of fair trade finance.
""", [
    ("7", "Is there anything that you would like to see more of in QR?", O),
], note="PDF rebuilt from the stored text: a co-operative's members' survey as a document viewer's text layer keeps it (the cover text, then one question with its answer lines, then a mission statement). The store cut the page in the next sentence ('We wi'); that fragment is left out.")

src("planned_surgery_outpatient_survey", "nhs", "html", "https://www.surveymonkey.co.uk/r/P2EPlannedSurgery", """
Planned Surgery and Outpatient Care Survey

What is the survey about?

We are reviewing how health services across South Tyneside and Sunderland can be improved and would like to understand what is important to you.

The survey is about your experiences of planned surgery and outpatient care at either South Tyneside NHS Foundation Trust or City Hospitals Sunderland NHS Foundation Trust.

Who should complete the survey?

The survey should be completed by patients who may have experienced planned surgery or outpatient care in either South Tyneside or Sunderland in the last two years. For example, this includes all patients who have attended hospital for:

- a planned outpatient appointment
- a planned diagnostic test, scan or other procedure including endoscopy  
- a pre-operative assessment
- a planned operation or other surgical procedure
- planned ongoing care for a long-term condition, for example chemotherapy, physiotherapy

This survey will close at midnight on Monday 11th June.

* 1. What was the main reason for your visit to hospital?

* 2. Where did your planned care take place?

* 3. Thinking about your planned care, which department or part of the hospital did you attend?

* 4. How did you arrive at the hospital?

* 5. How far is your home from the hospital?

* 6. Before your most recent visit to the hospital, had you previously visited the same hospital about the same condition or something related to it?

* 7. Did your planned appointment or procedure take place as scheduled or were there any delays?

* 8. Before you were referred to hospital, did your GP discuss support to prepare you for your surgery / operation or appointment (for example, help to stabilise diabetes, support to stop smoking or lose weight)?

* 9. When you were referred by your GP, do you feel you were involved in decisions about your planned surgery / operation or procedure being the right treatment for you?
""", [
    ("1", "What was the main reason for your visit to hospital?", C),
    ("2", "Where did your planned care take place?", C),
    ("3", "Thinking about your planned care, which department", C),
    ("4", "How did you arrive at the hospital?", C),
    ("5", "How far is your home from the hospital?", A),
    ("6", "Before your most recent visit to the hospital", C),
    ("7", "Did your planned appointment or procedure take place", C),
    ("8", "Before you were referred to hospital, did your GP discuss", C),
    ("9", "When you were referred by your GP, do you feel you were involved", C),
], note="HTML rebuilt from the stored text: two NHS trusts' online survey; its printed choices are not in the store. The 'What is the survey about?' and 'Who should complete the survey?' headings are not questions for the reader.")

src("adp_mobility_consultation_questions", "response", "odt", "https://gov.scot/publications/adult-disability-payment-consultation-mobility-component/pages/9", """
Adult Disability Payment: Consultation on the Mobility Component
The Scottish Government's consultation on the mobility component of Adult Disability Payment (ADP) gives people the opportunity to give their views on the eligibility criteria. The findings will inform the independent review of Adult Disability Payment commencing later this year.
Questions
1. Do you agree or disagree that the moving around activity criteria for Adult Disability Payment are easy to understand?
Agree / Disagree / Don’t know
1(a). Please give reasons for your answer, outlining which parts you think are easy or difficult to understand and why.
1(b). How could we make the moving around activity criteria easier to understand?
2. Are there any other issues with the moving around activity that we have not captured above?
Yes / No / Don’t know
2(a). If you said ‘yes’ what other issues with the moving around activity do you think need to be considered?
2 (b). In your view, what are the positive aspects of the moving around activity that we have not captured above?
3. How effective do you think the moving around section of the application form is at helping us understand a person’s mobility needs?
Very effective / effective / somewhat effective / not very effective / not effective at all
Please give reasons for your answer
4. What impact do you think the changes to how we make decisions on the moving around activity have on understanding a person’s mobility needs?
Significant positive impact / a positive impact / neither positive nor negative / a negative impact / significant negative impact
Please give reasons for your answer
5. If there was an opportunity to change the moving around activity criteria, what changes would you make (if any)?
5(a). If you proposed changes, what positive impacts could these have, and for who?
5(b). If you proposed changes, what negative impacts could these have, and for who?
""", [
    ("1", "Do you agree or disagree that the moving around activity criteria", C),
    ("1a", "Please give reasons for your answer, outlining which parts", O),
    ("1b", "How could we make the moving around activity criteria easier", O),
    ("2", "Are there any other issues with the moving around activity", C),
    ("2a", "If you said ‘yes’ what other issues", O),
    ("2b", "In your view, what are the positive aspects", O),
    ("3", "How effective do you think the moving around section", O),
    ("4", "What impact do you think the changes to how we make decisions", O),
    ("5", "If there was an opportunity to change the moving around activity criteria", O),
    ("5a", "If you proposed changes, what positive impacts", O),
    ("5b", "If you proposed changes, what negative impacts", O),
], note="ODT rebuilt from the stored text: the Scottish Government's consultation questions page. Questions 3 and 4 are closed scales followed by an unnumbered 'Please give reasons for your answer', which belongs to them (so they are open). The page writes '2 (b).' with a space. The store cut the page in question 6 ('activity el'); that question is left out.")

# ---------------------------------------------------------------- checklists

src("venue_accessibility_checklist", "list", "docx", "https://docs.google.com/document/d/e/2PACX-1vTVUJFtZGA9eju1wpmsCKVT_r0OKuKA0iNUjjSwh5NeNwBmvgADsgVRtktnpoXX3tODBJOx-9vpZvGH/pub", """
Venue accessibility checklist

For all venues



Automatic? yes / no

If no, how would someone unable to open this get access?

Outer door

Other doors

Steps / stairs

Are there any unavoidable steps / stairs?  (where there isn’t also a ramp or lift)

How high are the steps?

How many steps?

Are there alternative arrangements for disabled users to access the venue (eg getting in through the fire exit)?

How will you make sure disabled users can access these?


Are there any ramps?

How high are they?


Is there an accessible toilet?

Where is it?

How wide is the door?

Are there handles next to the loo on one or both sides?  If one, which side?

Is there space for a wheelchair and a carer?

Is there an alarm?

If no, how wide is the widest normal toilet cubicle?

Do any of the toilet cubicles have handles, on one side or both?  If one, which side?


How near are the nearest parking spaces?

How many disabled parking spaces are there?

For venues where you are using a non-ground floor room


Is there a lift?

How wide is it?

Is there a mirror?

If the lift breaks, what is the out of hours contact number?

Fire safety

What are the fire safety arrangements for disabled venue users?

Where are the refuge points located?
""", [
    (None, "Automatic? yes / no", C),
    (None, "If no, how would someone unable to open this get access?", O),
    (None, "Are there any unavoidable steps / stairs?", C),
    (None, "How high are the steps?", O),
    (None, "How many steps?", O),
    (None, "Are there alternative arrangements for disabled users", C),
    (None, "How will you make sure disabled users can access these?", O),
    (None, "Are there any ramps?", C),
    (None, "How high are they?", O),
    (None, "Is there an accessible toilet?", C),
    (None, "Where is it?", O),
    (None, "How wide is the door?", O),
    (None, "Are there handles next to the loo on one or both sides?", C),
    (None, "Is there space for a wheelchair and a carer?", C),
    (None, "Is there an alarm?", C),
    (None, "If no, how wide is the widest normal toilet cubicle?", O),
    (None, "Do any of the toilet cubicles have handles", C),
    (None, "How near are the nearest parking spaces?", O),
    (None, "How many disabled parking spaces are there?", O),
    (None, "Is there a lift?", C),
    (None, "How wide is it?", O),
    (None, "Is there a mirror?", C),
    (None, "If the lift breaks, what is the out of hours contact number?", O),
    (None, "What are the fire safety arrangements for disabled venue users?", O),
    (None, "Where are the refuge points located?", O),
], note="DOCX rebuilt from the stored text of a published Google document: a venue checklist whose table rows ('Outer door', 'Other doors') and headings are not questions. A line with a follow-up ('If one, which side?') is one question.")

src("nda_venue_checklist", "list", "html", "https://nda.ie/Good-practice/Guidelines/Procurement-and-Accessibility/Appendix-3-Venue-Checklist/", """
Appendix 3: Venue Checklist

Based on booklet 9, "Planning and Policy", of "Building for Everyone: A Universal Design Approach"

  • The organiser has visited the venue to establish whether the venue is suitable, the facilities and provision is made for people with disabilities and any potential access problems.
  • There is physical access to and inside the venue.
  • The venue has been subject to an accessibility audit.
  • Are toilets, lifts, refreshment areas accessible to the meeting or function rooms being used for the event?
  • Can delegates with mobility difficulties use the same entrance as other delegates?
  • Can wheelchair users use ramped access routes independently?
  • Have venue staff been trained in disability and accessibility awareness?
  • Accessible car parking is available, preferably on site and close to the entrances (within 50m) for people with mobility difficulties.
  • Routes and entrances from the car park are accessible with no major obstructions.
  • Language support professionals have been arranged.
  • The programme is structured to allow for breaks.
  • Speakers have been advised to talk clearly, not too fast and to face the audience.
  • Easily identified support staff are available to familiarise participants with their surroundings.
  • The event area is large enough and has been arranged to allow for movement.
  • The registration and event area is clearly indicated.
  • Event information is made available in alternative formats.
  • The stage, ramp, and podium are accessible to speakers with disabilities.
""", [
    (None, "The organiser has visited the venue", C),
    (None, "There is physical access to and inside the venue", C),
    (None, "The venue has been subject to an accessibility audit", C),
    (None, "Are toilets, lifts, refreshment areas accessible", C),
    (None, "Can delegates with mobility difficulties use the same entrance", C),
    (None, "Can wheelchair users use ramped access routes independently?", C),
    (None, "Have venue staff been trained in disability", C),
    (None, "Accessible car parking is available", C),
    (None, "Routes and entrances from the car park are accessible", C),
    (None, "Language support professionals have been arranged", C),
    (None, "The programme is structured to allow for breaks", C),
    (None, "Speakers have been advised to talk clearly", C),
    (None, "Easily identified support staff are available", C),
    (None, "The event area is large enough", C),
    (None, "The registration and event area is clearly indicated", C),
    (None, "Event information is made available in alternative formats", C),
    (None, "The stage, ramp, and podium are accessible", C),
], note="Ireland's National Disability Authority (not UK): a venue checklist whose checks are mostly statements to tick, four of them questions.")

src("fringe_venue_access_questions", "list", "txt", "https://issuu.com./sydneyfringe2016/docs/producers_guide_to_access_2394fc2d35ec01/s/26535316", """
1 minute read

ACCESS AT VENUE

Next Article
FEEDBACK

FEEDBACK

• Is your venue wheelchair accessible?

• Do wheelchair users enter at the main entrance?

• Are all doorways (including the entrance) wide enough for wheelchair users (1100 mm or more)?

• Does the entrance have an automatic door? Or is it easy to open?

• Is there a lift? Can it be used independently?

• Does the lift have braille signage?

• Does the lift have audio voice over?

• • Is there clear signage (including Braille)?

• Is there seating in the waiting area?

• Is there a contrasting strip on stair edges?

• Is your venue well lit? is the lighting adjustable?

• Do stairs and/or ramps? Does your venue have handrails?

• • Does your venue have tactile ground indicators?

• • Does your venue have a hearing loop?

• Are pathways and public areas well-lit for people with low vision or who lip read?

• Are there clear and considerate paths of travel in the venue for people using a wheelchair?

• Are noise levels in the venue moderated to aid hearing at conversational level?

• Is there a separate room for people to retreat to, such as a sensory chill out zone?

• Is a high colour contrast venue map available?

• Is there space for people who use mobility scooters to park and charge?

• Is there a staff member to assist people with disability or who are d/Deaf? Have staff done disability awareness training?

• Does your venue accept companion cards?

• Does the venue allow service animals? Is there a water bowl and area for toileting?

• Is there a communication board for people to point to when ordering at the bar?

This article is from:
""", [
    (None, "Is your venue wheelchair accessible?", C),
    (None, "Do wheelchair users enter at the main entrance?", C),
    (None, "Are all doorways (including the entrance) wide enough", C),
    (None, "Does the entrance have an automatic door?", C),
    (None, "Is there a lift? Can it be used independently?", C),
    (None, "Does the lift have braille signage?", C),
    (None, "Does the lift have audio voice over?", C),
    (None, "Is there clear signage (including Braille)?", C),
    (None, "Is there seating in the waiting area?", C),
    (None, "Is there a contrasting strip on stair edges?", C),
    (None, "Is your venue well lit?", C),
    (None, "Do stairs and/or ramps? Does your venue have handrails?", C),
    (None, "Does your venue have tactile ground indicators?", C),
    (None, "Does your venue have a hearing loop?", C),
    (None, "Are pathways and public areas well-lit", C),
    (None, "Are there clear and considerate paths of travel", C),
    (None, "Are noise levels in the venue moderated", C),
    (None, "Is there a separate room for people to retreat to", C),
    (None, "Is a high colour contrast venue map available?", C),
    (None, "Is there space for people who use mobility scooters", C),
    (None, "Is there a staff member to assist people with disability", C),
    (None, "Does your venue accept companion cards?", C),
    (None, "Does the venue allow service animals?", C),
    (None, "Is there a communication board for people to point to", C),
], note="An Australian fringe festival's producers' guide (not UK): a venue's access self-check as bullets, some doubled ('• •'); a bullet with two questions is one check.")

src("york_consultation_checklist", "list", "html", "https://democracy.york.gov.uk/documents/s169948/Annex%20B%20Consultation%20checklist%20CSMC%20250923.html?CT=2", """
Name of consultation

Start date xxx

End date xxx

What are we consulting on?

Overview of the proposal, purpose of the consultation, what’s been already agreed, if resident feedback can influence the decision and / or implementation plan, how the consultation maps to the Engagement Framework Contact Business Intelligence Team

The benefits of the proposal

Include any reduced cost to the council, align benefits to the Four Core Commitments (Equalities, Affordability, Climate, Health)

What council policies impact on the proposal?

Are there council, regional or national policies that already cover an aspect of the proposal?  Has resident feedback already informed a related proposal that you can use to inform this one?  What other policy considerations are there?
Contact Policy Team

Is this consultation contributing to the development of a Human Rights and Equalities Impact Assessment?

If there is an impact on any of the protected characteristics then a HREIA will be needed to confirm how the different ways to provide feedback takes different needs into account.  Contact Equalities

Who is the consultation for?

The audience - Contact Communications Team
Examples might include:

·        Residents

·        Businesses

·        Different protected characteristics

·        Visitors

·        Community Organisations

·        Councillors

·        Public Transport Providers


If all residents, how will you ensure inclusive and accessible?
Contact Access Team


How are you designing your questionnaire?

Before you start writing your questionnaire it is important you are clear about the main aims and objectives. These should then help you to develop your questionnaire more easily and ensure that you are asking questions that will give you the information that you need.

Guidance is available on the intranet (Consultations and Engagement section).
""", [
    (None, "What are we consulting on?", O),
    (None, "What council policies impact on the proposal?", O),
    (None, "Is this consultation contributing to the development of a Human Rights", C),
    (None, "Who is the consultation for?", O),
    (None, "If all residents, how will you ensure inclusive and accessible?", O),
    (None, "How are you designing your questionnaire?", O),
], note="A council's consultation-planning checklist for its officers (a committee paper's annex): each field is a heading question with guidance under it; the three questions in the guidance paragraph under 'What council policies impact on the proposal?' prompt that field's answer and are not counted apart. The store cut the page in the next sentence ('discussed wi'); that fragment is left out.")

# ---------------------------------------------------------------- calls for evidence

src("hearing_health_terms_of_reference", "call", "rtf", "https://www.aph.gov.au/Parliamentary_Business/Committees/Senate/Community_Affairs/Completed_inquiries/2008-10/hearing_health/tor", """
Terms of reference

Inquiry into Hearing Health in Australia

Terms of reference

Download this document (PDF 9KB)

On 10 September 2009 the Senate referred the following matter to the Community Affairs References Committee for inquiry and report by the last sitting day in February 2010:

Hearing Health in Australia with particular reference to:

  1. the extent, causes and costs of hearing impairment in Australia;

  2. the implications of hearing impairment for individuals and the community;

  3. the adequacy of access to hearing services, including assessment and support services, and hearing technologies;

  4. the adequacy of current hearing health and research programs, including education and awareness programs; and

  5. specific issues affecting Indigenous communities.

The Committee is seeking written submissions from interested individuals and organisations preferably sent electronically by email to community.affairs.sen@aph.gov.au as an attached PDF or Word format document. The email must include full postal address and contact details.

Alternatively, written submissions may be sent to:

Committee Secretary
Senate Community Affairs References Committee
PO Box 6100
Parliament House
Canberra ACT 2600

Due to the interest generated by this inquiry, the Committee will continue to receive submissions throughout the inquiry.

Submissions become Committee documents and are made public only after a decision by the Committee. Publication of submissions includes loading them onto the internet and their being available to other interested parties including the media. Persons making submissions must not release them without the approval of the Committee. Submissions are covered by parliamentary privilege but the unauthorised release of them is not protected.
""", [
    ("1", "the extent, causes and costs of hearing impairment", O),
    ("2", "the implications of hearing impairment", O),
    ("3", "the adequacy of access to hearing services", O),
    ("4", "the adequacy of current hearing health and research programs", O),
    ("5", "specific issues affecting Indigenous communities", O),
], note="RTF rebuilt from the stored text: an Australian Senate committee's terms of reference (not UK, kept for its layout), numbered terms ending with semicolons. The store's text runs on into a sentence on notes for submitters cut mid-address; that sentence is left out.")

src("committee_effectiveness_call", "call", "pdf", "https://www.parliament.scot/chamber-and-committees/committees/current-and-previous-committees/session-6-standards-procedures-and-public-appointments-committee/business-items/committee-effectiveness", """
Skip to main content
Loading…

Chamber and committees

Standards, Procedures and Public Appointments Committee

Committee effectiveness

The Committee has agreed to undertake an inquiry into committee effectiveness. Committee effectiveness is about looking at how committees work and whether there are things which could help them work better.

To help the Committee find this out, it is looking for an answer to the following question:

“Are there changes to the Parliament’s procedures and practices which would help committees to work more effectively?”

To answer this question, the Committee will consider three themes:

Structure

The current structure of committees, the best size of membership and the number of committees. The remit of committees, including whether they should mirror the Scottish Government Ministerial portfolios or whether a different approach could be taken. The Gender Sensitive Audit set out a suite of proposals relating to quotas for committee membership. As a Committee we have agreed that as a minimum, there should be no single sex committees. We intend to propose this change take effect from the start of the next parliamentary session.

The key questions the Committee will seek to answer on this theme is:

  • Are there structural and procedural changes which would improve committee scrutiny?
  • Are there structural and procedural changes which would allow committees to be more effective with their time?
  • Are there changes which would help committees better carry out scrutiny.

Elected Conveners

The Committee has already consulted on the practical operation of elected conveners. The Committee will consider what cultural changes it thinks elected conveners would bring to the operation of committees.

The key question the Committee will seek to answer on this theme is:

"Would elected conveners strengthen the committees of the Parliament, and if so, how?"
""", [
    (None, "Are there changes to the Parliament’s procedures and practices", O),
    (None, "Are there structural and procedural changes which would improve committee scrutiny?", O),
    (None, "Are there structural and procedural changes which would allow committees", O),
    (None, "Are there changes which would help committees better carry out scrutiny", O),
    (None, "Would elected conveners strengthen the committees", O),
], note="PDF rebuilt from the stored text: a Scottish Parliament committee's inquiry page whose asks are a quoted question, bullets (one ending with a full stop) and a second quoted question. The store cut the page in the third theme ('currently evaluat'); that theme is left out.")

src("premises_standards_extension", "call", "html", "https://aph.gov.au/parliamentary_business/committees/house_of_representatives_committees%20?url=laca%2Fdisabilitystandards%2Fmedia%2Fmedia04.htm", """
House Standing Committee on Legal and Constitutional Affairs
Inquiry into the draft Disability (Access to Premises - Buildings) Standards
Please note: the information on this page is also available in PDF format. To view the information in this file format you will need Adobe Acrobat® PDF Reader, which can be downloaded free of charge from Adobe®.
For more information see Accessing files.
26 February 2009
Extension for submissions – Inquiry into draft Premises Standards
The Legal and Constitutional Affairs Committee has announced an extension of time for people interested in making a submission to its Draft Premises Standards inquiry. The Draft Premises Standards are intended to make public buildings more accessible for people with mobility, vision and hearing impairments.
The Committee understands that more time may be needed for submissions to this inquiry, particularly because relevant draft Australian Standards have only became available.
The Committee will accept submissions through out the entirety of the inquiry but to ensure that issues raised in submissions are properly considered, it encourages individuals and organisations to submit by 13 March 2009. Individuals and organisations are also encouraged to contact the secretariat if they require additional time.
The Committee has commenced its public hearing program with hearings to be conducted on the following dates:
- 26 February: Canberra
- 12 March: Canberra
- 19 March: Canberra
- 25 March: Sydney
- 30 March: Melbourne
- 3 April: Brisbane
Further information on the program for each hearing will be made available on the Committee website closer to the dates.
The Committee has been asked in inquire and report on the following terms of reference:
-
The appropriateness and effectiveness of the proposed Premises Standards in achieving their objects.
""", [
    (None, "The appropriateness and effectiveness of the proposed Premises Standards", O),
], note="An Australian House committee's deadline extension (not UK) that ends with its terms of reference, each bullet's dash on a line of its own; the hearing dates are not asks. The store cut the page in the second term ('including the appropriateness'); that term is left out.")

# ---------------------------------------------------------------- pages with no questions for the reader

src("venue_accessibility_guide_intro", "none", "html", "https://live.historicengland.org.uk/services-skills/training-skills/heritageskills-cpd/inclusion/venue-accessibility/", """
Two lifeguards stand beside an indoor pool marked "deep water," surrounded by tiled walls and large windows.
Heritage at Risk 2018. Moseley Road Baths. © Historic England Archive. DP218866.
Heritage at Risk 2018. Moseley Road Baths. © Historic England Archive. DP218866.

What Should I Check at a Venue to Ensure It Is Accessible?

What is this resource for?

This accessibility checklist is for anyone who wants to organise and plan an accessible event, such as a community event, a workplace away day, an exhibition, or a workshop. It will help you decide which venue will be the most appropriate and accessible for your event.

This resource is intended for small heritage organisations or groups. Where possible and appropriate, large organisations should pay for a full accessibility audit.

What are the key points?

  • An accessibility checklist may help you decide if a venue is appropriate for an event
  • You may find that an extensive checklist is not necessary depending on the venue or event
  • A venue may have its own accessibility checklist online, which you could use alongside this one
  • Consider all parts of the venue, not just entrances. This could include fire alarms, toilets, meeting rooms, and whether the staff have received accessibility training

How should I use this checklist?

We recommend a site visit before booking a venue. Take this checklist with you to help you decide if the venue is appropriate for your event. Depending on the scale of the event, it might be that not everything on the list has to be covered. Still, it is important to use your judgement about which areas will be deal-breakers in ensuring everyone can access the event fully and meaningfully.

You should not use the list in isolation. Does the venue have accessibility information available online? If not, it may be worth checking why not in advance. If information is available, prepare any questions you might have before visiting.
""", [], note="The introduction to a heritage body's venue checklist: its headings are questions the page answers and 'Does the venue have accessibility information available online?' is advice. The store cut the page in the next sentence ('a venue's manager'); that fragment is left out.")

src("national_patient_survey_faq", "none", "txt", "http://nhssurveys.org/faq", """
Frequently Asked Questions

About the survey

Why was I sent a questionnaire?

You were sent a questionnaire as you recently visited or received services from a healthcare organisation that is currently taking part in a national patient survey.

Do I have to take part?

Not if you don't want to. Taking part is completely voluntary but the more responses that are received, the more accurate the findings will be in terms of assessing how well each healthcare organisation is performing.

I don't want to take part, how do I opt out?

If you do not wish to take part, please return the blank questionnaire in the FREEPOST envelope or call the telephone number provided in the letter sent with the questionnaire. If we do not hear from you in 1- 2 weeks we may send you a reminder. Two reminders are sent out during the course of a survey, if you have said you don't want to take part you shouldn't receive a further reminder.

Why is a national survey taking place?

By asking healthcare organisations to carry out patient surveys in a consistent and systematic way, it is possible to build up a detailed picture across the country of patients' experiences. This approach not only allows organisations to compare their performance with others but, by repeating the same type of survey on a regular basis, progress and improvements over time can be monitored.

As well as providing important information for each organisation, the survey results are used by the Care Quality Commission to measure and monitor performance at both a local and national level.

Who wants this survey to take place?

The Care Quality Commission is the health watchdog and is responsible for the surveys. The topics included in the survey programme are agreed between the Department of Health and the Care Quality Commission, and often involve other organisations in the approach and design of the surveys.
""", [], note="The NHS surveys programme's frequently asked questions: each question is a heading the page answers. The store's text runs on into the next answer, cut mid-sentence; that question and fragment are left out.")

src("you_tell_us_results_infographic", "none", "docx", "https://infogr.am/youtellus", """
Do you think it would be good if you were asked if you would recommend your doctor, ward or department after treatment?
How long do you think is reasonable to wait for a non-cancerous, planned operation?
Brand new questionnaire out this Friday (02/08/2013)
Age and gender of respondents
Compared to the past, how compassionate is the NHS?
Did the professionals listen to what mattered to you?
Would you prioritise ensuring that all centres provide the full range of services or accept that some centres may offer more limited services?
Would you prioritise being treated at a local hospital or travelling to receive care from a specialist team?
Do you agree or disagree with the future pattern of hospital services that has been recommended?
Do you agree or disagree that the right characteristics have been identified to make sure health services are sustainable?
""", [], note="DOCX rebuilt from the stored text: the chart titles of an infographic reporting a panel's answers ('Age and gender of respondents'); the questions were put to the panel earlier and the page reports them, it asks the reader nothing.")

src("christmas_giving_survey_report", "none", "pdf", "https://docplayer.net/amp/15386825-Charity-giving-over-christmas-survey-december-2013.html", """
Charity giving over Christmas survey December 2013
Background The research for this survey was conducted via telephone interview over the weekend of 22 to 24 November 2013. Respondents were drawn from across the UK. The research was conducted by ICM Research on behalf of the Charity Commission for England and Wales (CCEW), the Fundraising Standards Board (FRSB), the Office of the Scottish Charity Regulator (OSCR) and the Charity Commission for. ICM Research is a member of the British Polling Council and abides by its rules. Further information at www.icmresearch.com Respondents A random selection of 1,162 people responded to the survey, including 100 people from. Of the 100 respondents, 35 per cent were male and 65 per cent female. The average age of respondents was 51. Questions Respondents to the survey were asked six questions: 1. Generally, when you are approached by a collector for a charitable donation, for example in the street, or a pub or railway station, do you do anything to check if they are collecting for a registered charity*? 2. When donating to a charity, do you look, if at all, for the Fundraising Standards Board (FRSB) give with confidence logo to know that the charity s fundraising is regulated? 3. If you were donating to a charity, would you still give to that charity, if you knew that the charity had failed to file its financial accounts or returns on time? 4. Having been asked about checking when donating to a charity in this survey, as a result would you now be more or less likely to make simple checks in the future when approached for donations, such as checking if it is a registered charity*, checking that it has
filed its annual accounts and returns on time or looking for the FRSB give with confidence logo? 5. On average, how much do you give directly to charities in total at Christmas? This doesn t include purchases, for example buying charity Christmas cards, items from charity shops etc.
""", [], note="PDF rebuilt from the stored text: a polling report that lists the questions its telephone respondents 'were asked'; none is put to the reader. The store cut the page in question 6 ('how, if at all,'); that fragment is left out.")

src("level_consultation_foi_answers", "none", "txt", "https://keepthelevelgreen.wordpress.com/foi-requests/foi-524-11/", """
“1. Was the consultation featured on the council’s intranet?
A: The fact that the consultation was taking place was placed on the council’s intranet as a one line ‘Daily Splash’ on the front page with a link to the consultation portal.
2. How many council employees participated and how many chose Option 1 and how many Option 2?
A: This data was not collected.
3. Prior to the consultation mail out were any of the following users of The Level consulted and if they were, please may I have copies of the relevant report documents.
A: Details of who was consulted with will be published as soon as its ready as part of the supporting data for the bid in August/September.”
""", [], note="A campaign blog quoting a freedom-of-information request's numbered questions with the council's answers ('A:'); they were put to the council and are answered on the page.")

src("south_oxon_residents_survey_2015", "none", "odt", "http://www.southoxon.gov.uk/about-us/have-your-say/residents-surveys/residents-survey-2015", """
Residents' survey 2015

Our most recent survey showed that residents remain largely satisfied with the way the council goes about its work and the services it provides.

We spoke to 1,107 residents on the doorstep and asked them about their views of the council and the services we provide.

Over three quarters of residents surveyed (77 per cent) said they were satisfied with how the council runs things, whilst eight in ten (81 per cent) thought that the quality of services we offer was good overall.

According to the survey, a key factor behind residents’ satisfaction is a perception that the council was delivering services in a cost-effective manner.  Over two-thirds of our residents agreed that the council provided value for money.  Agreement with this statement increased 9 per cent on 2014 and is the best rating we have received since the residents’ surveys began in 2005.

The survey also found that:

  • Satisfaction with the majority of services provided by the council has increased or stayed the same in most cases
  • Waste and recycling continues to be our top performing service area in terms of residents' satisfaction
  • The services that residents rate as the most important are also the services with the highest levels of user satisfaction
  • Fewer people felt they could influence the work of the council (29 per cent) than in previous years
  • A greater number of residents said they had volunteered in the past 12 months (29 per cent) than in 2014 (25 per cent)

A report summarising the findings of the 2015 residents’ survey can be downloaded here   

Last reviewed: 10 - 03 - 2016

Was this page helpful?YesNo
""", [], note="ODT rebuilt from the stored text: a council's survey results page, ending with the site's 'Was this page helpful?YesNo' widget, which is not a consultation question.")

src("durham_plan_2017_consultation", "none", "rtf", "https://npf.durhamcity.org.uk/your-views/2017consultation/", """
2017 Consultation

The the 2017  consultation on the pre-submission draft from 4th November to 18th December 2017.

The response data from the consultation was collected in a variety of ways:

(i) by questionnaire

  • paper questionnaires were available at the three deposit locations and were handed out at the six drop in sessions
  • the questionnaire was available to be downloaded from the website as a pdf document
  • an electronic version of the questionnaire was available to be answered online

(ii) by making comments on the website

(iii) by sending emails

(iv) by sending letters either as email attachments or in the post

The response has been:

  • 133 questionnaires
  • 221 web comments from 59 individual people / groups
  • 15 email responses
  • 28 letters

Total: 397 responses from 235 individual people / groups

Numeric-Analysis of the data

Collated-Comments from the questionnaires, web comments and email responses

Plus handwritten attachments to questionnaires:

The letters are available here

The responses were analysed as follows: categorisation of the responses, identification of those which raised a planning issue or action that needed to be considered, amendment of the draft plan accordingly. This analysis is available here.

Comments are closed.
""", [], note="RTF rebuilt from the stored text: a neighbourhood forum's page on how a closed consultation's responses were collected and counted.")

src("onward_plan_questionnaire_results", "none", "txt", "http://onwardplan.com/consultations/draftplan/", """
Thank you to all those residents and stakeholders who took part in May’s public consultations on the Draft Plan. Here’s a summary of the questionnaire results:

Questionnaire results (May 2015)

If you would like more detail, the links below show both the numeric results of the consultation on the draft plan and the comments – both those submitted directly online as well as those completed on paper, which members of the team have typed in (with paper copies kept for verification purposes).  On paper, some people gave answers that weren’t possible on-line, such as with ranking, so we have noted in the comments how we have treated those.  In one or two cases, mention was made in a comment of an individual’s name; these have been redacted by means of a black box for data protection.  Please note that some pdfs are large documents so you may like to think twice before printing.
The overall results ranged from largely supportive to very supportive of the proposals in the Draft Plan, as can be seen from the numeric data at the start of each question. Opportunities were given in several of the questions to add comments, and we would like to remind readers that naturally people who supported a policy frequently simply said yes, while people who disagreed with something equally naturally explained themselves, sometimes in some detail, which has been very helpful for the team in taking the plan towards its next stage.

The next version of the plan – the Pre-Submission Plan – will be published for another 6 weeks of consultation later this year.

As a reminder, here are the original consultation documents:

Online questionnaire on Draft Plan  (if you live or work in ONW)
OnwardPlan supporting Leaflet May 2015 (please read this background summary first)
Questionnaire May 2015   (for another paper copy of the questionnaire)
""", [], note="A neighbourhood plan's questionnaire results page, with links to the closed questionnaire.")

src("accessible_information_survey_intro", "none", "docx", "https://docsbay.net/accessible-information-your-views", """
Accessible information – your views

NHS England’s main aim is to improve people’s health.

We want to make sure that people can understand the information they are given about their health and care. We also want everyone to be able to get involved in decisions that affect them.

We know that some people need information in a different format, or help to communicate or explain what they think.

We are going to write a new guidebook for NHS and social care organisations across England, such as your doctor, hospital or council. The guidebook will be an ‘Information Standard’ which is a set of rules which organisations must follow.

The guidebook will tell organisations how they should make sure that patients, service users and carers can understand the information they are given. This includes making sure that people get information in different formats if they need it, for example inlarge print, Braille or Easy Words and Pictures.

The guidebook will also tell organisations how they should make sure that people get any support with communication that they need, for example through having a British Sign Language (BSL) interpreter or an advocate with them.

We would like to know what you think before we write this guidebook.

If you use health and social care services now, we would also like to know if you get information in a format you can understand, and if you get support with communication if you need it. This will help us to see if our guidebook makes things better.

You can find out more information about this work and about other ways to have your say on our website

If you have a question about this work you can email us at r telephone 0113 8251324.

Thank you for helping us with this work.

Survey

This survey is for patients, service users and carers. There are different surveys for health and social care professionals and organisations, for voluntary organisations and providers of information or communication support.
""", [], note="DOCX rebuilt from the stored text: the introduction of NHS England's easy-words survey, before its first question ('we would like to know' sentences describe the survey; they are not its questions). The store cut the page in the next sentence ('There are three parts to thi'); that fragment is left out.")

src("are_you_a_carer_page", "none", "html", "https://escsa.org.uk/about-us/are-you-a-carer", """
Are You A Carer?

You are a Carer if you look after someone who...

  • has a physical disability
  • has a learning disability
  • has a mental health issue
  • is unable to manage alone
  • is ill or frail
  • is in need of constant supervision

And the care you provide is unpaid.

The person you care for may be...

  • a relative, a friend, a child, a partner, a neighbour
  • living with you or some distance away
  • any age group
""", [], note="A carers' charity's information page whose title is a question the page answers.")

src("carers_pandemic_survey_intro", "none", "pdf", "https://www.healthwatchnorthamptonshire.co.uk/experiences-caring-during-coronavirus-pandemic", """
As part of our role to safeguard the rights and wellbeing of people who use health and social care services and those that care for them, we are asking you to tell us more about your experiences as an unpaid carer during the pandemic. We will share the findings of our survey with the service providers and planners to inform their work and help them to continue to deliver good quality care and support carers at this time.

This survey is intended for unpaid carers (sometimes referred to as ‘informal’ or ‘family’ carers). This means someone who provides unpaid care or support for a relative, friend or neighbour. This person can be an adult or child and the care is as a result of additional needs due to a disability, mental illness or a long term health condition. This excludes people providing care as part of paid work – for example working in a care home, hospital or care agency but does include people providing care for a loved one who is in receipt of Carers Allowance or a Direct Payment.

All the questions in this survey are asking you about your experiences as a person who provides unpaid care for someone who has additional needs due to disability, mental illness or a long term health condition. We are not asking about your experience of caring for other children or adults, but please do mention anything in the comment boxes if that has impacted you or your ability to care.

Please click through the pages below and then on the Submit button at the end!
""", [], note="PDF rebuilt from the stored text: a Healthwatch survey's welcome page, before its questions.")

src("who_is_a_carer_faq", "none", "odt", "http://www.aberdeencity.gov.uk/web/includes/template/ShowFAQ.asp?qid=2734", """
Frequently Asked Question

Who is a carer?

A carer can be: parent caring for a child with special needs; an older person caring for a partner, relative or friend who is physically or mentally ill; a child who is caring for a sick or disabled parent, brother or sister. The Carers (Recognition and Services) Act 1995 recognises that carers will vary in age and in the nature of tasks they undertake, and people can still be carers when they do not live with the cared-for person.
""", [], note="ODT rebuilt from the stored text: a council's single frequently asked question, answered on the page.")

src("tunbridge_wells_survey_results", "none", "rtf", "https://tunbridgewells.gov.uk/council/have-your-say/residents-survey-results", """
Skip to main content

Residents' Survey Results

The purpose of our 2023 Residents' Survey was to gauge respondents’ satisfaction with the borough as a place to live, services provided by the Council and to guide future priorities in line with their needs. The survey will form a baseline for future planning and engagement.

The survey was based on the 'Focus on Five' priorities, while also using questions lifted from or adapted from the LGA (Local Government Association) standard residents’ survey format. Consideration was also given to the previous residents’ survey conducted for TWBC by Lake Market research in 2015.

The themes of the survey were:

  • Local services
  • Our priorities
  • Funding our services
  • Places and spaces
  • Your environment
  • Housing and homes
  • Accessing the Council
  • Looking ahead

Thirty-eight questions were divided between these themes, with a range of different formats including drop downs, multiple choice, and free text.
""", [], note="RTF rebuilt from the stored text: a council's residents' survey results page listing the closed survey's themes.")
# ---------------------------------------------------------------- added to the batch before any finder run (same commit)

src("richland_library_hours_survey", "survey", "txt", "https://www.surveymonkey.com/r/W38PCDM", """
* 1. Are you currently a resident of Richland Township?

* 2. Please select the option which most closely describes you:

* 3. How often do you use the library?

* 4. Why do you visit the library? Please rank in numerical order, NUMBER 1 being the HIGHEST priorty, and NUMBER 7 being the lowest priority.

* 5. Please rank in numerical order the library materials of highest priority to you (1 being the HIGHEST
priority, and 8 being the LOWEST priority)

* 6. Have you ever visited the library on a Saturday?

* 7. How likely are you to use the library if it were open Saturday afternoons?

* 8. How likely are you to attend a PROGRAM on a Saturday afternoon?

* 9. How likely are you to use the library, if it were open on Mondays?

* 10. Are there other times you would like the library to be open?
If so, please specify in the box below:
(current hours: Tu-Th 10am-7pm; Fri 10am-5pm; Sat 9am-1pm)

* 11. Would you support a tax millage increase to have the Library open additional hours (e.g. Mondays)?

* 12. What do you think is the most important thing for the library to do well?

* 13. If you would like to be added to a Library e-mail notification list, choose one below, and type your e-mail address in the box at the bottom.

* 14. Please make additional comments in the box below.
""", [
    ("1", "Are you currently a resident of Richland Township?", A),
    ("2", "Please select the option which most closely describes you", A),
    ("3", "How often do you use the library?", C),
    ("4", "Why do you visit the library? Please rank", C),
    ("5", "Please rank in numerical order the library materials", C),
    ("6", "Have you ever visited the library on a Saturday?", C),
    ("7", "How likely are you to use the library if it were open Saturday", C),
    ("8", "How likely are you to attend a PROGRAM", C),
    ("9", "How likely are you to use the library, if it were open on Mondays?", C),
    ("10", "Are there other times you would like the library to be open?", O),
    ("11", "Would you support a tax millage increase", C),
    ("12", "What do you think is the most important thing for the library", O),
    ("13", "If you would like to be added to a Library e-mail notification list", A),
    ("14", "Please make additional comments in the box below", O),
], note="A US township library's survey (not UK, kept for its about-you fields and ranking items); its printed choices are not in the store. Question 10 asks the respondent to specify, so it is open.")

src("west_bridgewater_library_survey", "survey", "html", "https://www.surveymonkey.com/r/westbridgewaterlibrary?sm=fSTh9sktHaSdFWQ%2FrI%2BP%2BVISd4yQ61sguI5Dn%2FujTlc%3D", """
The Library is conducting a survey as part of the Small Libraries Planning Process to explore the needs of the patrons for the next five years. The Library is seeking to improve its services. You can help by answering the following twenty one questions.

* 1. Do you have a Library card?

* 2. How often do you use the Library?

If you have answered "No" on #1 and "Never" on #2, please skip to the comment section at the end.

* 3. What time of day do you use the Library?

* 4. What days do you use the Library?

* 5. What is your age?

* 6. We'd like to know how you rate services at the Library.

  Excellent Good Fair Poor N/A
The fiction collection
the non-fiction collection
Reference collection
School assignments
Practical Information
Staff assistance
The website
The open hours
Internet access
Enjoyment of use of Library
Programs for children
Summer Reading Program
Programs for adults
Book Discussion Group
Meeting room use

* 7. For what purposes do you use the Library?

* 8. How often do you use the Library's website (www.sailsinc.org/westbridgewater)?

* 9. Which of the following Website features and service have you used? (check all that apply)

* 10. Are you satisfied with the open hours as they are?

* 11. If no, how would you like to extend the hours?

* 12. Which part of the collection do you use and which would you like to see expanded? Check all that apply

  Use Need More
New Fiction
Classical Fiction
Recorded Books
Downloadable Materials
Online Databases
Children's Materials
Young Adult Materials
Live Homework Help

* 13. Please rate your experience finding sufficient reading, viewing and / or listening materials through your use of the West Bridgewater Public Library and the SAILS Library Network.

* 14. What topics would you like to see featured in adult programming? Check all that apply.

* 15. Where do you find information regarding the Library's programs or events? Check all that apply.
""", [
    ("1", "Do you have a Library card?", A),
    ("2", "How often do you use the Library?", C),
    ("3", "What time of day do you use the Library?", C),
    ("4", "What days do you use the Library?", C),
    ("5", "What is your age?", A),
    ("6", "We'd like to know how you rate services at the Library", G),
    ("7", "For what purposes do you use the Library?", C),
    ("8", "How often do you use the Library's website", C),
    ("9", "Which of the following Website features and service have you used?", C),
    ("10", "Are you satisfied with the open hours as they are?", C),
    ("11", "If no, how would you like to extend the hours?", O),
    ("12", "Which part of the collection do you use", G),
    ("13", "Please rate your experience finding sufficient reading", C),
    ("14", "What topics would you like to see featured in adult programming?", C),
    ("15", "Where do you find information regarding the Library's programs", C),
], note="HTML rebuilt from the stored text: a US public library's survey (not UK) with two grids. The skip instruction after question 2 is not a question. The store cut the page in question 16 ('of the West Bridgewater'); that question is left out.")

src("euclid_library_survey_start", "survey", "rtf", "https://www.surveymonkey.com/r/Euclidpubliclibrarycat", """
1. Instructions

Your local library wants to know what you think about the services it provides. We are interested in your views and beliefs in a variety of areas. You will find statements about how you see things related to the library. We also need to know some things about you and you will find questions designed to help us understand you better. Finally, we want to know what you believe are important priorities for the future in the series of questions found at the end of the survey.

In each case, YOUR impressions, feelings, and opinions are important for library planning. In some cases, you may feel that your opinions are not well informed. Please go ahead and give your impression as it is now, even though you realize it could change by talking with others. Use the “Don’t Know” response only in those rare cases where you have no impression at all.

Question Title

* Do you have a library card or have you used the library in the last year?

17% of survey complete.
""", [
    (None, "Do you have a library card or have you used the library", A),
], note="RTF rebuilt from the stored text: the first page of a US library's survey (not UK): a numbered section heading ('1. Instructions'), then one unnumbered starred question.")

src("police_plain_language_self_check", "list", "pdf", "http://en.copian.ca/library/research/police/factsheets/20.htm", """
Section 1: Processes and Steps
  Read the question and assess your current situation Circle your assessment here
1 We use drawings, charts, and other graphics in letters, notices, and forms. Never Sometimes Usually
2 We offer non-print help (such as audio and video tapes). Never Sometimes Usually
3 We use visual elements like drawings, charts and other graphics in printed material. Never Sometimes Usually
4 The graphics we use are clear and simple. Never Sometimes Usually
5 We ask every person if they need help to complete forms or other paperwork. Never Sometimes Usually
Section 2: Written Material
1 Our written forms and materials are
easy to read and easy to use.
Never Sometimes Usually
2 We follow plain language and clarity
when we produce written materials.
Never Sometimes Usually
3 We write witness statements in everyday
Never Sometimes Usually
4 We define technical and legal terms in any text. Never Sometimes Usually
5 We use words that are simple and common words, not police jargon or legalese. Never Sometimes Usually
6 We only ask people for information or to fill out forms when it is truly necessary. Never Sometimes Usually
7 We go over all written statements orally,
using clear language, and checking
to make sure the person understands.
Never Sometimes Usually
""", [
    ("1.1", "We use drawings, charts, and other graphics", C),
    ("1.2", "We offer non-print help", C),
    ("1.3", "We use visual elements like drawings", C),
    ("1.4", "The graphics we use are clear and simple", C),
    ("1.5", "We ask every person if they need help", C),
    ("2.1", "Our written forms and materials are", C),
    ("2.2", "We follow plain language and clarity", C),
    ("2.3", "We write witness statements in everyday", C),
    ("2.4", "We define technical and legal terms", C),
    ("2.5", "We use words that are simple and common words", C),
    ("2.6", "We only ask people for information", C),
    ("2.7", "We go over all written statements orally", C),
], note="PDF rebuilt from the stored text: a Canadian literacy project's self-assessment for police services (not UK): numbered statements rated Never / Sometimes / Usually, numbering restarting in each section, some statements wrapped over lines (item 2.3 is cut short in the source itself).")

src("easy_read_review_group_page", "none", "txt", "https://www.easyreadroscommon.ie", """
What is an Easy Read Document?

Easy Read is a way of making written information simpler and easier to understand.

These documents usually use short, clear sentences without difficult words (jargon), and include simple images to help explain the meaning.

Easy Read can be helpful for everybody:

  • Those with English is a second language

  • Find reading and writing difficult

  • Have memory problems

  • Have a disability

What does an Easy Read Peer Review Group do?

The Peer Group is a team of people who check the documents to make sure they clear and easy to understand. They are people with the lived experiences of difficulty understanding written English themselves.

Through the peer review group we get feedback on:

  • layout and design

  • language and readability

  • how well the messages are communicated

  • choice of images and icons.

Peer editing in groups is a great way to ensure that more than one opinion goes into the editing process.

Easy Read Documents are suitable for information or communications relating to:

  • health services

  • disability support services

  • social housing

  • education services

  • public transport

  • justice and family services

  • completing a task, like filling out and
    submitting a form or application.

Easy Read Review Group Guide

1) Let the reviewers take turns reading the resource aloud

2) Break each section of the resource up and re-read aloud

3) Ask open ended questions • What was this section about? • What does this mean? • Were any parts of the text unclear or hard to understand?

4) Make sure to get more than one reviewer’s opinion on everything

5) Underline or highlight any words or sentences that are unclear or difficult to understand

6) Ask the reviewers what they think the words or sentences mean

7) Write down any suggestions the reviewers have

8) Review the photos used in the resource
""", [], note="An Irish easy-read group's page (not UK): its headings are questions it answers, and the questions in step 3 are ones a group leader asks reviewers, not questions for the reader.")
# fmt: on
