# ruff: noqa: E501, W291, W293 (stored page text kept as it is, trailing spaces included)
"""The fifth fresh batch: real forms, surveys, checklists, calls for evidence and pages nobody
here wrote, none of them in the first four batches (checked by address and title against their
manifests), collected for round four (issue 22) BEFORE any round-four finder change.

Conventions as in ../fresh4/sources.py: each text is the start of a public page as the search
tool's store holds it (seen 2026-12-07), copied without rewording; where the store cut a page
mid-sentence that last fragment is left out and `note` says so; where only text was available
the file is rebuilt from that text in the named format. The expected questions were written by
hand from the text BEFORE the finder was run on this batch (see the commit history): number as
written (None when none is given), the start of the question's text (a numbered item's own
first words, a preamble included), and its kind (`open`, `choice`, `about you`, or `grid`).

Kinds follow the fresh batches' convention (docs/consultations.md, "Kinds"): a question the
respondent answers by picking (yes/no, agree/disagree, a rating, one of a list) is a choice
whether or not the copied page kept its printed choices, unless it also asks for reasons,
comments or an explanation; in a call for evidence, answered by a written submission, every ask
is open; the respondent's own details (postcode, age, where they live, membership) are about you.

Split as fresh4: `split()` puts each document in `dev` or `held` by a stable hash of its name.
Round four develops on `dev` (and fresh4's dev half) and reports `held`.
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


# ---------------------------------------------------------------- surveys and checklists

src("mk_libraries_survey", "survey", "html", "https://www.surveymonkey.co.uk/r/BTHJM7L", """
Question Title

* 1. Are you currently a member of Milton Keynes Libraries?

Question Title

* 2. If so, how long have you been a member of Milton Keynes Libraries?

Question Title

* 4. If you use any library authorities other than Milton Keynes, please specify which one(s)?

Question Title

* 5. Which services do you pay to use in the library?

Question Title

* 6. What do YOU consider the 3 most important services provided by a library?

Question Title

* 7. As an existing library visitor, you know your library service well. Is there anything that you think would make your library experience better, perhaps by using technology more creatively? We would like to hear your comments.

Question Title

* 8. In Milton Keynes, robots are already delivering shopping. What do you think about the idea of robots delivering books to a community collection point?

Question Title

* 9. Here are some ideas to extend library usage. On a scale of 1-10 (1 being strongly disagree and 10 being completely agree) let us know what you think about:

  Strongly Disagree Disagree Somewhat Don't really have an opinion Agree Somewhat Strongly Agree
Libraries as a place to collect parcels.
Libraries hosting adult learning courses.
Post Office facilities in Libraries.
Libraries as work spaces for startup companies in their first year.
MP and/or Councillor surgeries in Libraries.
Libraries offering crime prevention workshops.
Libraries displaying the work of local artists.
Libraries with moveable shelves to enable creative use of space.
Use of libraries for evening/weekend community events and activities (e.g. concerts).
""", [
    ("1", "Are you currently a member of Milton Keynes Libraries?", A),
    ("2", "If so, how long have you been a member", A),
    ("4", "If you use any library authorities other than Milton Keynes", O),
    ("5", "Which services do you pay to use in the library?", C),
    ("6", "What do YOU consider the 3 most important services", O),
    ("7", "As an existing library visitor", O),
    ("8", "In Milton Keynes, robots are already delivering shopping", O),
    ("9", "Here are some ideas to extend library usage", G),
], note="HTML rebuilt from the stored text. The page has no question 3. The store's text ends after the grid's last row.")

src("philadelphia_area_survey", "survey", "txt", "https://www.surveymonkey.com/r/8ZKNKRZ?sm=6NFXZBmyZ75ABpdkfza3pw%3D%3D", """
Dear Friend,

I wonder if I could impose on your time for a few seconds and ask a few questions about how you feel about the Philadelphia/Delaware Valley area and about living in it. The survey is anonymous, so please tell us how you feel.

* 1. How satisfied or dissatisfied would you say you are about conditions in the area? Are you:

* 2. Would you say that conditions in your area have:

* 3. If you could move to some other part of the world -- forgetting about your job and your family -- would you be :

* 4. What do you like the most about living here in your own words?

* 5. And what would you say are the biggest problems you face living in this area in your own words?

* 6. Do you think, on balance during the past few years, that the City of Philadelphia has:

* 7. How would you rate the job Mayor Nutter is doing in Philadelphia? Do you:

* 8. Would you say crime in your area has:

* 9. And how about the schools in your area, in the past few years have they:

* 10. Do you think schools in your area are:

* 11. And how about the economy and the jobs situation in your area in the past few years, is it getting:

* 12. Do you think the economy and jobs situation in your area compared to the rest of the country is:

* 13. Do you think taxes in your area are:

* 14. Do you think taxes in your area in the past few years have:

* 15. How about government corruption? In the past few years:

* 16. Is there anything you would like your local government to pay more attention to or to do that it isn’t doing? Tell us in your own words, please.

* 17. How would you rate the job Tom Corbitt is doing as Governor?

* 18. And how would you rate the job Chris Christie is doing as Governor of New Jersey?

* 19. Who do you think is the better governor?

* 20. Do you support or oppose a new law for a mandatory two years in jail for carrying a loaded gun in Philadelphia without a permit?
""", [
    ("1", "How satisfied or dissatisfied would you say you are", C),
    ("2", "Would you say that conditions in your area have:", C),
    ("3", "If you could move to some other part of the world", C),
    ("4", "What do you like the most about living here", O),
    ("5", "And what would you say are the biggest problems", O),
    ("6", "Do you think, on balance during the past few years", C),
    ("7", "How would you rate the job Mayor Nutter is doing", C),
    ("8", "Would you say crime in your area has:", C),
    ("9", "And how about the schools in your area", C),
    ("10", "Do you think schools in your area are:", C),
    ("11", "And how about the economy and the jobs situation", C),
    ("12", "Do you think the economy and jobs situation in your area compared", C),
    ("13", "Do you think taxes in your area are:", C),
    ("14", "Do you think taxes in your area in the past few years have:", C),
    ("15", "How about government corruption?", C),
    ("16", "Is there anything you would like your local government to pay more attention to", O),
    ("17", "How would you rate the job Tom Corbitt is doing as Governor?", C),
    ("18", "And how would you rate the job Chris Christie", C),
    ("19", "Who do you think is the better governor?", C),
    ("20", "Do you support or oppose a new law", C),
], note="Not UK (Philadelphia); kept for its layout (starred items whose choices the copied page dropped, several ending with a colon). The store cut the page in question 21; that fragment is left out.")

src("tuttle_community_survey", "survey", "docx", "https://www.surveymonkey.com/r/DSFQY22", """
* 1. In what housing addition do you live, if any?

* 2. How long have you lived in your current residence?

* 3. Where was your previous residence?

* 4. Why did you leave your prior residence?

* 5. If you're new to Tuttle, why did you move here?

* 6. In the last few years, do you think the population in Tuttle has been:

Questions 7-12 should be answered using the following scale:
Excellent      Good      Fair      Poor

* 7. The way the streets and roads are kept. Would you say this is____.

* 8. The public school system. Would you say this is____ .

* 9. Police protection. Would you say this is____.

* 10. Parks and other recreational facilities. Would you say this is____.

* 11. Grocery stores and other shopping opportunities. Would you say this is____.

* 12. How would you rate the performance of Tuttle's government in solving problems in your community? Would you say this is____.

* 13. How satisfied are you with each of the following:

  Very Satisfied Somewhat Satisfied Dissatisified Very Dissatisfied
The neighborhood in which you live?
The government services you receive (utilities, trash removal, parks and recreational facilities, etc.) 

* 14. In what city do you work?

* 15. How do you commute to work?

* 16. On an average day, how long does it take to commute to work?

* 17. On an average day, how much of a problem is traffic congestion on your way to and from work?

* 18. For how long have you commuted along this route to work?

* 19. Over the time you have commuted to work, do you think the traffic problem has gotten:

* 20. Do you do the majority of your grocery shopping in Tuttle?

* 21. What types of retail developments should be encouraged in Tuttle?

* 22. What types of commercial developments should be discouraged in Tuttle?

* 23. What one item would you like to see the City of Tuttle improve?

* 24. What do you value most about the Tuttle community?

* 25. During the past few years, Tuttle generally has:
""", [
    ("1", "In what housing addition do you live, if any?", A),
    ("2", "How long have you lived in your current residence?", A),
    ("3", "Where was your previous residence?", A),
    ("4", "Why did you leave your prior residence?", O),
    ("5", "If you're new to Tuttle, why did you move here?", O),
    ("6", "In the last few years, do you think the population", C),
    ("7", "The way the streets and roads are kept", C),
    ("8", "The public school system", C),
    ("9", "Police protection", C),
    ("10", "Parks and other recreational facilities", C),
    ("11", "Grocery stores and other shopping opportunities", C),
    ("12", "How would you rate the performance of Tuttle's government", C),
    ("13", "How satisfied are you with each of the following", G),
    ("14", "In what city do you work?", A),
    ("15", "How do you commute to work?", C),
    ("16", "On an average day, how long does it take to commute", C),
    ("17", "On an average day, how much of a problem is traffic congestion", C),
    ("18", "For how long have you commuted along this route", C),
    ("19", "Over the time you have commuted to work", C),
    ("20", "Do you do the majority of your grocery shopping in Tuttle?", C),
    ("21", "What types of retail developments should be encouraged", C),
    ("22", "What types of commercial developments should be discouraged", C),
    ("23", "What one item would you like to see the City of Tuttle improve?", O),
    ("24", "What do you value most about the Tuttle community?", O),
    ("25", "During the past few years, Tuttle generally has:", C),
], note="DOCX rebuilt from the stored text. Not UK (Oklahoma); kept for its layout (a scale line shared by six items, a two-row grid, items ending with a colon or a blank). The store cut the page in question 26; that fragment is left out.")

src("cp3plan_living_conditions_survey", "survey", "txt", "http://cp3plan.com/Survey_Form.html", """
As an urban planning and design firm, we are interested in what makes cities successful and
not-successful.  The following questions are designed to solicit input from citizens within
communities without political reprisal or favor.

Our intent is to gather vital information to improve the Communities in which we work, live and spend
leisure time.  We are not looking for politically correct answers, but honest input from you as an
individual and collectively as a community.

The results from these surveys will be compiled, published and shared with other research entities,
media outlets and governmental agencies.  We hope many will listen, because we believe modern
citizens will BE HEARD!!!

Our first survey will focus on a general evaluation of the
Living Conditions within your area.
Survey #1
1)  Are you satisfied with the Living
Conditions within your City?  YES or NO
Please Explain
2)  What is your opinion of the Political
Leadership within your city?
3)  Tell us the five (5) things most important
to your quality of life.
4)  Is the employment situation within your
area improving or declining?  
What supports your answer?
5)  How would you rate the primary
Educational System in your city?

Please Explain, if needed.
6)  In terms of transportation, how
would you rate the accessibility of the
streets and freeways?
7)  How would you rate your public
transit system?

Please give supporting information for
your answer
8)  How Safe Is Your Community?

Explain what makes it safe or how it
could be improved.
9)  In 50 words or less, what would you
like to see developed in your area?

(i.e. Movie Theater, Restaurant, New
Schools. etc...)
10)  What would you like to see covered
in future Surveys?
11)  Are you interested in participating
in public forums or think-tanks to
discuss and develop strategies to
address any of the issues mentioned

If YES, check the box.
12)  Please indicate the Group you are
MOST interested in participating?
""", [
    ("1", "Are you satisfied with the Living", O),
    ("2", "What is your opinion of the Political", O),
    ("3", "Tell us the five (5) things most important", O),
    ("4", "Is the employment situation within your", O),
    ("5", "How would you rate the primary", O),
    ("6", "In terms of transportation, how", C),
    ("7", "How would you rate your public", O),
    ("8", "How Safe Is Your Community?", O),
    ("9", "In 50 words or less, what would you", O),
    ("10", "What would you like to see covered", O),
    ("11", "Are you interested in participating", C),
    ("12", "Please indicate the Group you are", C),
], note="Not UK (a US planning firm's web form); kept for its layout: unstarred '1)' items wrapped over several lines, some without a question mark, with 'Please Explain' lines. The store cut the page in the 'Tell Us About Yourself' part; that fragment is left out.")

src("council_budget_consultation_2025", "survey", "pdf", "https://smartsurvey.co.uk/s/TT64YQ", """
SmartSurvey Logo

Budget Consultation 2025/2026


1. From April 2025, the Government is allowing councils to increase council tax by up to 4.99% inclusive of an adult social care precept of 2%. The Council will decide what increase it will apply when it sets the revenue budget for 2025/26. Currently the full 4.99% has been incorporated into the draft balanced budget.

Do you agree or disagree that we should protect vital services as much as we are able to by increasing council tax by an additional 4.99%?


2. If you disagree with increasing council tax by 4.99%, what alternative  measures would you suggest to prevent a budget shortfall? Please note that every 1% increase in council tax generates approximately £1.0million.


3. We previously asked you what mattered to you the most, and your feedback helped us develop our six key priorities.

- Ensure children and young people have a positive start in life
- Promote good health, and independence and care across our communities
- Create safe and strong communities and neighbourhoods for all
- Support a strong, thriving, inclusive and well-connected local economy
- Create green and vibrant placed that reflect our culture and heritage
- Be a responsible Council

Do you agree or disagree that we should continue to protect and invest in the services that residents told us matter most?


4. Please select the priority which is the most important to you.


5. Do you agree with maximising income from sales, fees and charges, by increasing them in line with the pay award, general inflation or to match market demands, to support the council’s budget position? 


6. Please give any general views and comments on the proposal or wider budget issues.

Create a survey using our GDPR-ready online survey platform SmartSurvey logo
""", [
    ("1", "From April 2025, the Government is allowing councils", C),
    ("2", "If you disagree with increasing council tax by 4.99%", O),
    ("3", "We previously asked you what mattered to you the most", C),
    ("4", "Please select the priority which is the most important to you.", C),
    ("5", "Do you agree with maximising income from sales", C),
    ("6", "Please give any general views and comments", O),
], note="PDF rebuilt from the stored text. A UK council's budget survey (unstarred numbered items whose question follows a paragraph of background; the council's six priorities are a bulleted list, not questions).")

src("check_it_easy_read_checklist", "list", "odt", "https://vdocument.in/amp/easy-read-versions-learning-disability-wales-2018-9-25-check-it-easy-read.html", """
easy read versions - learning disability wales · 2018. 9. 25. · check it! easy read versions. 9....

Post on 17-Dec-2020

1 Views

Category:

Documents

0 Downloads

Preview:

Click to see full reader

TRANSCRIPT

1Check It! Easy Read versions

Check It!

Easy Read versionsDocuments, reports and consultations

2Check It! Easy Read versions

Contents Page How to use Check It! 3

Finding it 4

Information 6

Words 8

Layout 10

Structure 13

Design 15

How to score 18

Example 19

Score sheet 20

Contact 22

3Check It! Easy Read versions

How to use Check It!

Answer all the questions that apply. You answer a question by putting a circle round the answer.

A question may not apply to the Easy Read version you are checking. Do not worry. Do not circle anything. Just go to the next question that applies.

Please circle your answers.

means yes

means no

means sort of or sometimes

means I don’t know

4Check It! Easy Read versions

Finding it

1. Was the Easy Read version easy to find?

Do not answer this question if you were given this version so you can Check It!

2. Does the Easy Read version look as attractive as the original document?

3. Does the front cover have a big picture, big writing and easy words?

4. Does the front cover make it clear what the Easy Read version is about?

5Check It! Easy Read versions

More about Finding it

5. Does the front cover have the date the document was produced on it?

6. Does the Easy Read version look friendly and easy to use?

7. Does the Easy Read version say who wrote it?

6Check It! Easy Read versions

Information

8. Does the Easy Read version have all the important points from the original document?

Do not worry if you cannot answer this question.

9. Look at the list of headings. Are the headings clear?

Choose if there are no headings.

10. Does the Easy Read version use stories, examples or quotes?
""", [
    ("1", "Was the Easy Read version easy to find?", C),
    ("2", "Does the Easy Read version look as attractive", C),
    ("3", "Does the front cover have a big picture", C),
    ("4", "Does the front cover make it clear", C),
    ("5", "Does the front cover have the date", C),
    ("6", "Does the Easy Read version look friendly", C),
    ("7", "Does the Easy Read version say who wrote it?", C),
    ("8", "Does the Easy Read version have all the important points", C),
    ("9", "Look at the list of headings", C),
    ("10", "Does the Easy Read version use stories", C),
], note="ODT rebuilt from the stored text (a document-sharing site's transcript of Learning Disability Wales's 'Check It!' checklist: every question is answered by circling yes, no, sort of or I don't know, whose pictures the transcript dropped). The store cut the page in question 11; that fragment is left out.")

src("lsc_new_hospitals_survey", "nhs", "docx", "https://www.smartsurvey.co.uk/s/LSCNewHospitalsProgress/", """
Share your feedback on L&SC New Hospitals Programme Proposals

1. Introduction and Part 1

This research is being conducted on behalf of the NHS in Lancashire and South Cumbria to inform the Lancashire and South Cumbria New Hospitals Programme.

To protect your anonymity, your individual views will be combined with those of other volunteers from this survey and analysed at a combined total level. You have the right to withdraw your consent at any time without prejudice and may do so by contacting us at

This survey asks you some questions about yourself and gives you an opportunity to provide feedback on the Lancashire and South Cumbria New Hospitals Programme possible solutions. Fields marked with an asterisk (*) must be completed.

Estimated time to complete this survey is 5-10 minutes, and please note that it must be completed in one continuous attempt as it is not possible to save progress and return at a later time. Before reaching Part 2 which references the longlist of possible solutions, it is recommended that you read our New Hospitals Programme progress update blog.

Thank you for taking the time to complete this survey. We look forward to hearing from you.

1. Please tell us the first three or four characters of your home post code e.g. PR25 or LA1

Please share the digits in the space and if you’d prefer not to, simply type 'rather not say'. *


2. Which of the following best describes where you live?


3. What is your age?


4. Which of the following apply to you?


5. Which of the following options best describes how you think of yourself?


6. Before participating in this survey were you aware of any new plans which might impact the hospitals in your area – things you may have heard mentioned in the news or from other people?


7. Would you like to receive occasional updates about the New Hospitals Programme? If so, please put your email address in the box below.
""", [
    ("1", "Please tell us the first three or four characters of your home post code", A),
    ("2", "Which of the following best describes where you live?", A),
    ("3", "What is your age?", A),
    ("4", "Which of the following apply to you?", A),
    ("5", "Which of the following options best describes how you think of yourself?", A),
    ("6", "Before participating in this survey were you aware", C),
    ("7", "Would you like to receive occasional updates", A),
], note="DOCX rebuilt from the stored text. 'Introduction and Part 1' is a page number, not a question. The store's text ends after question 7 (Part 2 is on the next page).")

src("accessibility_audit_checklist", "list", "txt", "https://eeos.gg/resources-organisations-my-issue-about-providing-service-discrimination-and-rights-service-4", """
Appendix II Accessibility audit

An accessibility audit (also known as disabled access audit) is an assessment of a building, an environment or a service against best-practice standards to benchmark its accessibility to disabled people. The checklist below will help you assess getting to your premises, ease of navigating around the building, the environment and the facilities available. The responses to the questions will then help you to develop an accessibility action plan. You may also wish to undertake an accessibility audit in relation to your online and digital systems and products.

To print a pdf of the audit, first download from the tab on this page, then print.

To access a word document follow the link here. 

Getting to you   

    

Criteria 

 Y/N  Comments 

Do you have a section on your website about transport to and parking facilities at your premises?

   

Is there car parking which is easy to access and close to the building?        

   

is there designated parking for blue badge holders in the nearby car parking?  

   

Is there adequate space for drop off and pick-up outside the entrance?     

   

Is the approach to the building in good order and step free?  

   

Do you have clear signage and directions to the main entrance and the most accessible entrance (if that is not the main entrance)?  

   

 

Entering the building

   

Criteria 

 Y/N Comments

Are there any steps to access the main entrance?  

   

Is a handrail provided by any level change such as ramp or steps?        

   

If there are steps, is there an alternative entrance or is there access via ramp or lift to provide step-free access to the building?     

   

Are there clear instructions on how to access the alternative entrance or how to request assistance?     

   

Is there a buzzer or speaker entry system? Is this accessible to people who cannot speak or hear?     
""", [
    (None, "Do you have a section on your website about transport", C),
    (None, "Is there car parking which is easy to access", C),
    (None, "is there designated parking for blue badge holders", C),
    (None, "Is there adequate space for drop off", C),
    (None, "Is the approach to the building in good order", C),
    (None, "Do you have clear signage and directions", C),
    (None, "Are there any steps to access the main entrance?", C),
    (None, "Is a handrail provided by any level change", C),
    (None, "If there are steps, is there an alternative entrance", C),
    (None, "Are there clear instructions on how to access the alternative entrance", C),
    (None, "Is there a buzzer or speaker entry system?", C),
], note="Guernsey's equality office (not UK, Crown dependency): an access-audit checklist whose Y/N and Comments columns the stored text flattened into lines. The store cut the page in the next row ('Is there someone a'); that fragment is left out.")

src("mystery_shopping_access_checklist", "list", "docx", "https://docsbay.net/mystery-shoppingchecklist", """
Mystery ShoppingChecklist
Access to Meetings
Making sure there is good access is not always as difficult as it might seem. In many cases small changes can make a world of difference. Below is a checklist to ensure meetings are accessible to everyone who wants to attend
Getting there:
Is there information available about the facilities at the venue prior to the meeting?
Is there designated or reserved parking for disabled and olderpeople close to the meeting venue?
If the parking is on the road, is there a dropped kerb close by to allow a wheelchair user access to the pavement?
Is the parking for disabled people clearly sign-posted from the road? If there is more than one entrance to the building is it sign-posted from all the possible approaches? Lower case lettering in a sans serif font such as arial is easiest to read.
Is the approach to the meeting venue unobstructed and in good condition? Broken paving slabs, gravel, potholes, parked cars and other obstructions make access considerably more difficult.
Getting in:
Steps, even a small single step, can make a building inaccessible to many disabled or older people. If your meeting venue has steps up to the entrance, is there a ramp in place so people with mobility difficulties can get in?
Is the ramp appropriately designed for the job? A badly designed ramp can be dangerous and does not improve access. A good ramp should have a low gradient (about 1:20), be strong and level, with raised sides or railings either side.
Is the door into the building wide enough for a wheelchair user to pass through easily? Heavy,awkward to open doors or doors with handles that may be out of reach severely limit accessibility.
Are any glass doors marked to aid visibility?
Inside the building
Are the reception staff friendly, helpful and have a positive attitude to ensuring accessibility
Is there level access from the building entrance to the meeting room.
""", [
    (None, "Is there information available about the facilities", C),
    (None, "Is there designated or reserved parking", C),
    (None, "If the parking is on the road, is there a dropped kerb", C),
    (None, "Is the parking for disabled people clearly sign-posted", C),
    (None, "Is the approach to the meeting venue unobstructed", C),
    (None, "Steps, even a small single step", C),
    (None, "Is the ramp appropriately designed for the job?", C),
    (None, "Is the door into the building wide enough", C),
    (None, "Are any glass doors marked to aid visibility?", C),
    (None, "Are the reception staff friendly", C),
    (None, "Is there level access from the building entrance", C),
], note="DOCX rebuilt from the stored text: an access-to-meetings checklist (unnumbered yes/no checks, some followed by advice, two without a question mark). The store cut the page in the sentence after the last check; that fragment is left out.")


# ---------------------------------------------------------------- calls for evidence

src("ni_affairs_consultative_group_call", "call", "rtf", "http://www.parliament.uk/business/committees/committees-archive/northern-ireland-affairs/niac0809pn11/", """
Northern Ireland Affairs Committee Press Notice

Date 12/03/09 For Immediate Release

Call for Evidence - Inquiry into the Consultative Group on the Past

The Northern Ireland Affairs Committee is conducting an investigation into the feasibility of implementing the proposals of the Report of the Consultative Group on the Past in Northern Ireland. The inquiry is focusing particularly on:

€ Future provision for victims in Northern Ireland

€ The operational implications for the bodies currently overseeing the review of historical cases

The Committee invites any individual or organisation with an interest in this matter to submit written evidence in accordance with the guidelines stated below:

Each submission should:

€ be no more than 3,000 words in length;

€ begin with a short summary in bullet point form;

€ have numbered paragraphs; and

€ be in Word format or a rich text format with as little use of colour or logos as possible.

A copy of the submission should be sent by e-mail to [email protected] marked "Consultative Group on the Past" and should arrive by Friday 10 April 2009.

If you wish to submit a paper copy, in addition to the electronic version, it should be sent to:

The Clerk of the Northern Ireland Affairs Committee
House of Commons
7 Millbank
London
SW1P 3JA.

It would be helpful, for Data Protection purposes, if individuals submitting written evidence send their contact details separately in a covering letter. You should be aware that there may be circumstances in which the House of Commons will be required to communicate information to third parties on request, in order to comply with its obligations under the Freedom of Information Act 2000.

Please supply a postal address so a copy of the Committee's report can be sent to you upon publication.

A guide for written submissions to Select Committees may be found on the parliamentary website at: www.parliament.uk/commons/selcom/witguide.htm
""", [
    (None, "Future provision for victims in Northern Ireland", O),
    (None, "The operational implications for the bodies currently overseeing", O),
], note="RTF rebuilt from the stored text. The stored page shows its bullets as '€' (a mis-decoded bullet glyph), kept as stored. 'Each submission should:' lists the form of a submission, not questions. The store cut the page after 'Please also note that:'; that part is left out.")

src("senate_disability_strategy_terms", "call", "docx", "https://keepingupwithds.blogspot.com/2017/01/national-disability-strategy-2010-2020.html?m=1", """
Monday 9 January 2017

National Disability Strategy 2010-2020 to build inclusive and accessible communities: submissions invited

The Senate Community Affairs References Committee is currently conducting an inquiry into
The delivery of outcomes under the National Disability Strategy 2010-2020 to build inclusive and accessible communities

(one of six priorities identified in the strategy)

The terms of reference are:
  • the planning, design, management, and regulation of:
  • the built and natural environment, including commercial premises, housing, public spaces and amenities,
  • transport services and infrastructure, and
  • communication and information systems, including Australian electronic media and the emerging Internet of things;
  • potential barriers to progress or innovation and how these might be addressed;
  • the impact of restricted access for people with disability on inclusion and participation in economic, cultural, social, civil and political life; and
  • any other related matters.

Submissions should be received by 17 March 2017. The reporting date is 13 September 2017.
""", [
    (None, "the planning, design, management, and regulation of:", O),
    (None, "potential barriers to progress or innovation", O),
    (None, "the impact of restricted access for people with disability", O),
], note="DOCX rebuilt from the stored text (a blog's copy of an Australian Senate committee's terms of reference; not UK, kept for its layout). The stored text flattened the three sub-items of the first term into bullets of the same level; they belong to the first term, and 'any other related matters' asks nothing.")

src("senedd_capacity_consultation", "call", "html", "https://business.senedd.wales/mgConsultationDisplay.aspx?id=386&RPID=0&cp=yes", """
Consultation display
Capacity of the Senedd
- This consultation has completed. It ran from Friday, 14 February 2020 to Monday, 20 April 2020
- View the background to this consultation
- View all current consultations
Response to the consultation
Evidence submitted in response to this Consultation
- CAP 01 Electoral Reform Society Cymru
PDF 324 KB View as HTML (1) 220 KB
- CAP 02 Women's Equality Network Wales
PDF 717 KB View as HTML (2) 1 MB
- CAP 03 Individual
PDF 205 KB View as HTML (3) 67 KB
- CAP 04 Auditor General for Wales
PDF 910 KB
Purpose of the consultation
The
Committee on Senedd Electoral Reform
was established in September 2019 to examine the recommendations of the Expert
Panel on Assembly Electoral Reform in respect of the size of the Senedd and
how Members are elected.
To
inform its work on the capacity of
the Senedd, it held a private discussion event on 6 January 2020 with
people and organisations who work closely with the Senedd and its Members.
Three
questions were discussed at the event:
- Does the Senedd have
the capacity it needs to carry out its representative, scrutiny and
legislative functions now and in the future?
- Would things be
different if the Senedd had more Members? If so, how?
- If the Senedd
continues to have 60 Members, what could it, its committees, its Members,
political parties or others do differently to increase the capacity of the
Senedd?
The
Committee held a public consultation on the note
of the issues which were discussed [PDF, 255KB) between 14 February 2020
and 20 April 2020.
Respondents were asked to ensure they had considered the Senedd’s policy on disclosure of information before submitting information to the Committee.
Contact details
Should you wish to speak to someone regarding this consultation, please use the below contact details:
Committee on Assembly Electoral Reform
Welsh Parliament
Cardiff Bay
Cardiff
CF99 1SN
Email: Contact@senedd.wales
Telephone: 0300 200 6565
""", [
    (None, "Does the Senedd have", O),
    (None, "Would things be", O),
    (None, "If the Senedd", O),
], note="HTML rebuilt from the stored text, whose lines break mid-sentence as stored (each bullet's question runs over several lines). The consultation asked for views on the note of these three questions; the list of responses received and the page's links are not questions.")

src("statutory_inquiries_committee_news", "call", "txt", "https://committees.parliament.uk/committee/702/statutory-inquiries-committee/news/199896/how-is-the-law-and-practice-of-inquries-working/", """
Skip to main content

How is the law and practice of inquries working?

14 February 2024

The Statutory Inquiries Committee today publishes its call for evidence. The Committee is inviting the public to give their views on the law and practice of how inquiries under the Inquiries Act 2005 work.

The deadline for responses is 5.00pm on Friday 19 April 2024


The Inquiries Act 2005 forms the statutory framework for many public inquiries. The Statutory Inquiries Committee is considering the law and practice of the way those inquiries work.  

Inquiries are generally set up to consider incidents of major public concern. Their job is:  

  • to find out what happened,  
  • to learn lessons so that mistakes are not repeated,  
  • to restore public confidence, and   
  • to determine accountability.  

There are currently 14 inquiries being undertaken under the Inquiries Act 2005.  

Concern is often expressed about the length of time inquiries take, and the amount they cost.  

 Other criticisms are that there is no formal system for following up their recommendations for improvement, and that there is no central team responsible for setting up and running inquiries.   

Call for evidence

The Committee wants to know:   

  • How the Inquiries Act 2005 might be improved.
  • Whether statutory inquiries are as effective as they can be.  
  • What challenges and risks they face, and how they might be improved.  
  • Whether the system set up under the Inquiries Act 2005 is the best for running inquiries, and when other methods work better.  

A full list of questions can be found in the call for evidence.


 The deadline for written contributions is Friday, 19 April 2024

Further information
""", [
    (None, "How the Inquiries Act 2005 might be improved.", O),
    (None, "Whether statutory inquiries are as effective as they can be.", O),
    (None, "What challenges and risks they face", O),
    (None, "Whether the system set up under the Inquiries Act 2005 is the best", O),
], note="A committee's news page for its call for evidence (the call itself, committees.parliament.uk/call-for-evidence/3343/, is in the first batch; this page is another text). The page's title asks but is a headline; the bullets after 'Their job is:' are not asks.")

src("lords_inquiries_act_2013_notice", "call", "odt", "https://www.parliament.uk/business/lords/media-centre/house-of-lords-media-notices/2013/june-2012/inquiries-act-cfe/", """
Skip to main content

Lords investigate whether public inquiries are fit for purpose

A House of Lords scrutiny committee, created to look into the Inquiries Act 2005, launches its investigation today.

The Lords Select Committee on the Inquiries Act 2005, which will also investigate public inquiries more generally, is now asking for evidence to be submitted.

The Inquiries Act 2005 was intended to ensure public inquiries were more effective at finding facts and making practical recommendations, as well as being thorough, wide ranging and cost-effective. It also aimed to restore public confidence following concerns and controversies from inquiries such as the Bloody Sunday Inquiry, which was published after 12 years at an estimated cost of nearly £200 million.

The committee will consider how effective the Act has been and what might need to change to maintain public confidence. It is the first time that this piece of legislation has been scrutinised in this way.

The committee, which is now inviting contributions, is expected to report by the end of February 2014.

The committee will examine a range of questions such as:

  • Are public inquiries generally set up when they are needed, and if not why not? Are there examples of cases where an inquiry would have been useful, but minsters declined to set one up?
  • Is the degree of judicial involvement in inquiries appropriate?
  • Has the 2005 Act succeeded in reducing the length and cost of inquiries? If not, what could be done to achieve these goals?
  • Has the 2005 Act succeeded in securing confidence in inquiries both from those closely involved – the core participants – and from the wider public generally?
  • Are the recommendations made by inquiries adequately implemented? Should there be a procedure for an inquiry to reconvene to consider this?
""", [
    (None, "Are public inquiries generally set up when they are needed", O),
    (None, "Is the degree of judicial involvement in inquiries appropriate?", O),
    (None, "Has the 2005 Act succeeded in reducing the length and cost", O),
    (None, "Has the 2005 Act succeeded in securing confidence", O),
    (None, "Are the recommendations made by inquiries adequately implemented?", O),
], note="ODT rebuilt from the stored text: a Lords press notice launching a call for evidence. The store's text goes on with the chairman's quotation, cut mid-sentence; that part is left out.")

src("liaison_committee_effectiveness_inquiry", "call", "pdf", "https://committees.parliament.uk/committee/103/liaison-committee/news/105385/committee-system-effectiveness-launch-17-19/", """
Select Committee system effectiveness and influence inquiry launched
18 January 2019
The Liaison Committee – the committee of all the Chairs - has launched an inquiry into the effectiveness and influence of the select committee system which scrutinises the work of Government and associated bodies.
The inquiry
The inquiry is timed to coincide with the 40th anniversary of the creation of the departmental select committee system in June 2019, when the Liaison Committee will publish its recommendations for change.
2019 also sees the 10th anniversary of the Wright Report, which brought a wave of reforms, including the election of select committee Chairs.
Inquiry focus
Questions which the inquiry focuses on include:
- Do Select Committees perform the right functions, with the right people, resources, powers and outputs?
- What has worked well, and what can they do better?
- How can committees improve diversity of their evidence and witnesses, be more inclusive, and engage A wider range of people with their work?
See a full list of the themes and questions for the inquiry.
Send us your views
This new inquiry offers an opportunity for everyone to share their views about and experiences of the select committee system – including anyone who has provided written evidence, appeared as a witness, representative groups and leaders from civil society, business and Government – and anyone who is interested in the work of committees.
Deadline for written submissions is Thursday 28 February 2019.
Chair's comment
The Chair of the Liaison Committee, Dr Sarah Wollaston, said:
"Select committees ensure that Members can come together and work together across party divides, often showing Parliament at its best. Committees are central to the scrutiny of government, and provide a platform for views and expertise to be heard. They hold Government to account – as well as other powerful organisations and individuals as well.
""", [
    (None, "Do Select Committees perform the right functions", O),
    (None, "What has worked well, and what can they do better?", O),
    (None, "How can committees improve diversity of their evidence", O),
], note="PDF rebuilt from the stored text. The store cut the chair's quotation mid-sentence; that fragment is left out.")


# ---------------------------------------------------------------- pages with no questions

src("parliament_witness_guidance", "none", "html", "http://www.parliament.uk/get-involved/have-your-say/take-part-in-committee-inquiries/witness/", """
Detailed guidance for giving written or oral evidence has been prepared and can be downloaded via the right hand module. This page summarises the main points.
Submitting written evidence to select committee inquiry
When a House of Commons Select Committee conducts an inquiry it will often invite written evidence from interested parties. Those wishing to submit written evidence to a committee are strongly encouraged to do so electronically through the relevant inquiry page on the committee’s website before the deadline detailed.
Some committees may still accept written evidence after the formal deadline has passed, in which case this will be indicated on the inquiry page on the committee’s website.
(If you have difficulty submitting your evidence electronically, hard copy submissions can be sent to the clerk of the relevant committee, at the address listed on the committee’s website. Should you wish to submit evidence in an alternative format such as an audio file please contact the clerk of the committee.)
Guidelines
It assists the committee if those submitting evidence adhere to the following guidelines:
Each submission should:
- State clearly who the submission is from, i.e. whether from yourself in a personal capacity or sent on behalf of an organisation, for example the submission could be headed ‘Written evidence submitted by xxxxxx’.
- Be no more 3,000 words in length / run to no more than eight sides of A4 paper.
- As far as possible comprise a single document.
- Begin with a short summary in bullet point form.
- Have numbered paragraphs.
- Be in Word or Rich Text format (not PDF) with as little use of colour or logos as possible.
As a guide each submission could contain the following information:
- An executive summary of the main points made in the submission.
- A brief introduction about yourself/your organisation and your reason for submitting evidence.
""", [], note="HTML rebuilt from the stored text: guidance on giving evidence (a different page from the first batch's 'take part in committee inquiries'). Its bulleted guidelines are not questions. The store cut the page in the next bullet; that fragment is left out.")

src("home_affairs_drugs_deadline", "none", "txt", "https://webtest.parliament.uk/external/committees/committee-news-pre-oct-2020/2012/january/120120-Drugs-extension", """
Skip to main content
Menu
Deadline extended for drugs Inquiry news

Deadline extended for drugs Inquiry written evidence

20 January 2012

Image of UK Parliament portcullis

In response to the interest generated by the Home Affairs Select Committee’s inquiry into drugs policy, the committee has extended the deadline for written submissions.

Call for written evidence - extension of deadline

New deadline:  7 February 2012

 

Organisations and individuals interested in making written submissions are invited to do so by this date. Submissions should be no longer than 2,500 words. Oral evidence sessions will begin on the 24 January 2012. 

Submissions should fit with the inquiry’s terms of reference.  For details of this and the witness programme, please go to the inquiry page on the committee website.

Important information on how to submit evidence is given below. 

FURTHER INFORMATION:

Written evidence should if possible be in Word or rich text format—not PDF format—and sent by e-mail. The use of colour and expensive-to-print material, e.g. photographs, should be avoided. The body of the e-mail must include a contact name, telephone number and postal address. The e-mail should also make clear who the submission is from.

Submissions must address the terms of reference. They should be in the format of a self-contained memorandum. Paragraphs should be numbered for ease of reference, and the document must include an executive summary. Further guidance on the submission of evidence.

Submissions should be original work, not previously published or circulated elsewhere, though previously published work can be referred to in a submission and submitted as supplementary material. Once submitted, your submission becomes the property of the Committee and no public use should be made of it unless you have first obtained permission from the Clerk of the Committee.

Please bear in mind that the Committee is not able to investigate individual cases.
""", [], note="A deadline extension for a call for evidence whose terms of reference are on another page: nothing on this page is asked. The store cut the page in the last paragraph; that fragment is left out.")

src("sheffield_public_questions_intro", "none", "docx", "https://haveyoursay.sheffield.gov.uk/review-of-pq-approach/surveys/draft-recommendations-for-improvement-in-council-s-approach-to-public-questions-at-meetings", """
Proposed changes to Council's approach to public questions at meetings
We want to find out what you think of the proposals for change to the Council's approach to public questions at meetings.
Having carried out this work collaboratively with citizens, the Governance Committee before making a decision on recommendations, are keen to have citizen voice represented, to involve you, to know if you support the proposals for change, or not, or wish to suggest further change.
There is a working draft report of proposed changes and recommendations available on this link: Review of approach to public questions at council meetings (moderngov.co.uk)
The whole agenda and cover report are on this link: Agenda for Governance Committee on Wednesday 28 February 2024, 10.00 am | Sheffield City Council
This survey is to get your input on the proposals for change, it is quite detailed and looks busy as we are asking for your views on the individual recommendations set out in the report on the link above. It is not essential to read the full report to complete the survey, but you may find pages 8- 17 of the report helpful.
There are five proposals in the report, and a series of recommendations within each proposal. In this survey for each of the recommendations listed you are asked to choose an option to agree, disagree with, neither agree or disagree, suggest a change. If you want to suggest a change to a recommendation please use the box at end of each page to say which one and give more information on what should be different. There is also a final box at the end of the survey, for further comments on changing our approach to public questions.
Your views are important to us it should take about 15 minutes, we thank you for taking the time to complete this.
""", [], note="DOCX rebuilt from the stored text: a council survey's introduction page, which talks about questions (its own and the council's 'public questions') but asks none; the survey's questions are on later pages.")

src("disability_action_plan_survey_intro", "none", "html", "https://equalityhub.citizenspace.com/disability-unit/disability-action-plan-consultation/consultation/intro/", """
Disability Action Plan consultation

Closes 6 Oct 2023


This online survey sets out proposals for new actions led or co-ordinated by the Disability Unit (DU), part of the Cabinet Office. DU was established to work across government to break down the barriers faced by disabled people in the UK. 

This survey includes 14 consultation questions – some with multiple parts – which you are invited to respond to. The questions are tailored to each policy. All questions are optional. Responses will inform how proposals set out in this survey are taken forward in the Disability Action Plan.

This survey is split into 5 sections:

  1. How DU will work to improve disability inclusion in existing government policies:

    • access to elected office

    • playground accessibility

    • emergency planning and resilience work

    • climate adaptations and mitigations

  2. The new policies that DU proposes to lead, with a focus on issues that fall between different departments:

    • Disability Enabled Badge 

    • Special Olympics World Summer Games

    • addressing access refusals for guide dogs

    • raising the profile of assistive technology

  3. The task forces that DU proposes to set up to increase cross-government collaboration:

    • wellbeing and opportunities for disabled children

    • support for disabled parents

  4. Actions to strengthen DU’s evidence base in the short term, providing a solid foundation for future work:

    • disability evidence and data improvement programme

    • disability foresight

  5. Your views on the plans and actions as a whole

Responses to this consultation survey will be collected anonymously. Please do not share any personal or sensitive information, either for yourself or others. This includes things like name, email address or medical history.


Select continue to start Section 1

More information about the Disability Action Plan consultation
""", [], note="HTML rebuilt from the stored text: the first page of a Citizen Space survey (the first batch holds the consultation's GOV.UK question list, a different page). Its numbered sections and bullets are the survey's contents, not questions. The store cut the page in the next sentence; that fragment is left out.")

src("bihr_consultations_survey_intro", "none", "txt", "https://www.surveymonkey.co.uk/r/GovCon21", """
Welcome to this survey. We have made it Easy Read so as many people as possible can fill it in.

To access this survey without any pictures, please click here

We are a human rights charity called the British Institute of Human Rights.

We sometimes shorten our name to ‘BIHR’.

We want to know what you think about government consultations in the UK. We explain what these are below.

We will write a report about people’s views on government consultations.

Government consultations are when state bodies like the government, local authorities or NHS hospitals ask for your views on something which they have the power to change.

You could be asked what you think about a new law or policy. For example, a few months ago the UK government did a consultation about changes it wants to make to the Mental Health Act.

You could also be asked about a current law or policy to find out if any changes should be made.

There are lots of ways consultations might work. It could be a survey, a meeting or an event to share your views, or questions which you can write longer answers to.

In this survey, we will ask what you think about government consultations in the UK.

You can fill in this survey if you have taken part in a government consultation in the UK, or if you have wanted to take part in one but you weren’t able to.

If you can’t fill in this survey but you want to tell us what you think about government consultations, you can do this in other ways. For example...
  • Come to a workshop in September. Click here to book your place.
  • Email us to talk about different ways to take part. Our email address is info@bihr.org.uk
  • Make a short video telling us what you think about government consultations and send it to us.
0 of 25 answered
""", [], note="An Easy Read survey's first page: it explains consultations and ways to take part; its 25 questions are on later pages.")

src("burford_surgery_survey_results", "none", "odt", "http://burfordsurgery.co.uk/patient_representative_2013survey.php", """
2013 Survey of the Patient Representative Group

The Patients Participation Group asked to review the appointments system.

73 patients responded to our questionnaire.

The results are as follows:

Would you be happy to speak to another member of the team for a non-urgent enquiry?

Yes - 93%

No - 7%

Would you be happy for the receptionists to enquire about the problem when booking routine appointments?

Yes - 71%

No - 29%

Would you be happy for the receptionist to enquire about the problem for urgent appointments?

Yes - 75%

No - 25%

Would you be happy to use the telephone answering system to support this (ie press 1 for medication enquiries, 2 for hospital appointments, etc)?

Yes - 85%

No - 15%

For non-clinical enquiries, would you like to be able to submit enquiries via a form on the website and receive an reply in a couple of days?

Yes - 82%

No - 18%

For non urgent appts could we please still be able to book on-line, and to be able to email a doctor /surgery for non urgent enquiries.

Would it be possible to reinstate afternoon appointments at Carterton on some afternoons of the week to give more appointment slots locally?
""", [], note="ODT rebuilt from the stored text: a GP practice's page of a closed survey's results (each question with its percentages) and patients' comments, one of them a patient's own question. Nothing is asked of the reader. The store's text goes on with a long comment, cut mid-sentence; that part is left out.")

src("statutory_inquiries_hearing_notice", "none", "html", "https://webtest.parliament.uk/business/lords/media-centre/house-of-lords-media-notices/2024/april-2024/lords-committee-hears-evidence-on-effectiveness-of-statutory-public-inquiries", """
Skip to main content
Menu

Lords committee hears evidence on effectiveness of statutory public inquiries 

Friday 12 April 2024

A House of Lords committee examining the challenges and effectiveness of Statutory Inquiries will take further evidence at a public hearing on Monday 15 April 2024. 

The two witnesses giving evidence are:

  • Bishop James Jones KBE, Chair of the Hillsborough Independent Panel and author of the report The Patronising Disposition of Unaccountable Power
  • Ken Sutton, Director, Hillsborough Independent Panel

Statutory Inquiries are generally set up to consider incidents of major public concern. They are aimed at learning lessons, determining accountability and restoring public confidence. There are currently 14 inquiries being undertaken under the Inquiries Act 2005. 

Concern is often expressed, however, about the length of time inquiries take, and the amount they cost.  Other criticisms are that there is no formal system for following up their recommendations for improvement, and that there is no central team responsible for setting up and running inquiries. Committee chairman Lord Norton of Louth said: “Public inquiries are major tools of lesson-learning when there are disasters and scandals deriving from human error. It is crucial that they are effective as they can be in ensuring that lessons are learned and, most importantly of all, acted upon.”

Among the questions the Statutory Inquiries Committee is likely to ask are: 

  • What can be done to improve the efficiency and effectiveness of inquiries?
  • How can each new inquiry avoid having to reinvent the wheel when they are set up?
  • Once an inquiry has reported, it ceases to exist and ministers are not obligated to act on its recommendations, so should there be a body to monitor implementation?
  • What challenges and risks do inquiries face, and how they might be improved. 
""", [], note="HTML rebuilt from the stored text: a notice of an oral evidence hearing. The questions listed are those the committee is likely to put to the two named witnesses at the hearing, not questions for the reader (whose call for evidence had closed). The store cut the page in the next bullet; that fragment is left out.")

src("barnet_library_questionnaire_critique", "none", "pdf", "https://www.pdf-archive.com/2015/01/16/barnetcouncillibraryconsultation16jan2015/preview/page/5/", """
I read this background document (consultation booklet) because the questionnaire
tells you to. But it was a complete waste of time. It doesn’t help at all.”

4. Reaction to the Questionnaire
The questionnaire, which the public are invited to complete after reading the
consultation booklet, prompted far more difficulties and complaints. Respondents
found it longwinded and confusingly constructed.
Analysis of the questionnaire on an individual question-by-question basis reveals that
hardly any of the questions were straight-forward or made sense to respondents.
“This (Q4) is more a question for a business consultant who had studied the data
than for the public.”
“If you ask people (Q4) whether they prefer closing two libraries or six wouldn’t
everyone say two? ….. unless one of the two is their library.”
“Am I being asked (Q6 & Q7) when the libraries should be staffed in general or just
in relation to when I use them. It’s not clear.”
“Why ask me (Q6 & Q7) to double guess when the libraries should be staffed? Surely
when they are busiest or need the staff. Don’t they have transaction data on the
computer system to answer this? If not, what have they been doing all these years?”
“Questions 8 and 9 are a con. They are trying to get you to support unstaffed
libraries by telling you staff will be available to help. It’s nonsense and its rigged”
“This (Q11) is just completely insane. Can anyone really answer this?”
“I can’t answer this (Q11) without knowing about the individual buildings. It is not a
theoretical issue.”
“If ways of increasing income have been identified why ask us (Q13), why not go
ahead and do it?”
“What is a staff owned mutual (Q15)? It can’t find it explained anywhere.”
“I can’t fill this in (Q17). I don’t know anything about these services. What they are,
what the current levels are, or what the demand is.”
""", [], note="PDF rebuilt from the stored text (page 5 of a campaign group's report on a council's library consultation): residents' quoted complaints about the questionnaire, full of their own questions and question numbers; nothing is asked of the reader. The stored page starts mid-quotation and is cut in the next quotation; that fragment is left out.")

src("budget_conversation_intro", "none", "rtf", "https://uk.surveymonkey.com/r/NTMFJNR", """
Budget Conversation 2023/24 |
We all have our own ideas about what Councils do for their communities. For some it’s providing education and child care. For others it’s collecting the bins and fixing the roads. The reality is much bigger and broader than that.
Every year the Council’s challenge is to set a budget that ensures that services are funded and deliver what’s important to you. But our budgets get tighter every year, while demands for services increase.
Which is why we need to know what’s important to you.
Tell us what you value, and what you think the Council should prioritise.
These are your services and they should be shaped by your values and priorities, so we need you to join the conversation.
Our survey below asks you to tell us what you care about, where we can make savings and where we can make changes.
Will you be a part of our 2023-24 Budget Conversation?
""", [], note="RTF rebuilt from the stored text: a council budget survey's welcome page; its closing question is an invitation to start the survey, whose questions are on later pages.")

src("des_easy_read_poll_results", "none", "docx", "https://disabilityequality.scot/weekly-poll-easy-read-week-beginning-27-september-2021/", """
Weekly Poll – Easy Read

Each week Disability Equality Scotland send out a poll question to our members on a topical issue.  For the week beginning 27 September 2021, we asked a question about the Easy Read accessible format.


Question 1. Do you or someone you know use Easy Read documents? 

  • YES – 43% (23 respondents)
  • NO – 57% (31 respondents)


We provide verbatim comments where appropriate to illustrate strength of feeling or personal experience.

Accessible Information

Respondents reflected on the benefits of producing information in Easy Read, an accessible format that makes written information easier to understand because it uses simple, jargon-free language, shorter sentences and supporting images. Easy Read is one way of making information more accessible to people with learning disabilities, however it is also useful for people with other communication difficulties including:

  • Acquired brain injury
  • Dyslexia
  • People with hearing impairment whose first language is British Sign Language (BSL)
  • Cognitive impairments such as dementia
  • People who are on the autism spectrum or neurodiverse

“My wife has dyslexia and dyspraxia as well as suffering from dementia and she finds reading documents in the Easy Read format better to understand, because as it says on the tin – they are easy to read!”

“I need Easy Read due to cognitive difficulties as the result of neurological Lyme Disease. I find that images, spacing, bullet points, large print, and repetition all contribute to understanding and retaining the information presented.”

“Whilst I don’t need or use Easy Read documents at this point in time, there might come a time when I do need Easy Read documents say due to cognitive problems.”

“I haven’t used Easy Read yet, but as my brain damage goes on, I shall be needing more help in future.”

“I’m dyslexic and I like Easy Read because it uses everyday English.”
""", [], note="DOCX rebuilt from the stored text: a weekly poll's results page; its labelled 'Question 1.' was put to members and is reported with its answers. The store cut the page in the next quotation; that fragment is left out.")

src("mersey_fulfilling_potential_results", "none", "txt", "http://merseydisability.org.uk/news/256-qfulfilling-potentialq-consultation-results", """
• JUser: :_load: Unable to load user with ID: 65


"Fulfilling Potential" - consultation results

Response by Office of Disability Issues to Fulfilling Potential - the consultation on disability strategy

  • Should disability awareness be part of the Investors in People assessment of business quality?
  • How can we build upon the legacy of the 2012 Paralympics to help change attitudes?
  • Is the government press campaign against "benefit scroungers" contributing to disability hate crime?

The national consultation on future strategies and policy for disability in the report Fulfilling Potential closed on 9/3/12 and some 500 responses (including suggestions like these listed above) were submitted. Nearly 200 of the submissions were from organisations - such as the one that Merseyside Disability Federation made on behalf of disability groups and their members in Merseyside.

We are impressed that the Office for Disability Issues (ODI) has already produced a 20-page summary of some of the key suggestions - and also an Easy Read version of it.

Funded government action on any of these ideas will take a longer time to organise  - but there are many interesting proposals to consider in the summary documents. These are thoughts that groups might be able to take up and campaign for at a more local level.
""", [], note="A disability federation's news item on a closed consultation's results: the bulleted questions are suggestions respondents made ('suggestions like these listed above'), not questions for the reader.")
