# ruff: noqa: E501, E741, W291 (stored page text kept as it is, trailing spaces included)
"""The third fresh batch: real survey forms nobody here wrote, none of them in the first two
batches, collected after round two's last finder change and scored once with that finder: a
second measure of round two on unseen documents, and the "before" for round three.

Conventions as in ../fresh/sources.py: each text is the start of a public page as the search
tool's store holds it (seen 2026-12-07), copied without rewording; where the store cut a page
mid-sentence that last fragment is left out and `note` says so; where only text was available
the file is rebuilt from that text in the named format. The expected questions were written by
hand from the text BEFORE the finder was run on this batch (see the commit history): number as
written (None when none is given), the start of the question's text, and its kind (`open`,
`choice`, `about you`, or `grid`: one item asking the same scale of several statement rows).
The whole batch is held back: nothing in the finder was tuned on it.
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


src("memorial_park_project_evaluation", "survey", "txt", "https://www.surveymonkey.com/r/GreatHarwoodFinalEvaluation", """
The Memorial Park Improvement Project is now complete, and we would love to get your feedback about the project and the changes that have taken place within the park. To make sure that we've achieved our aims, we would really appreciate it if you would answer the questions below. The survey is quick, and your feedback is very important to us.

Thank you for your time.

Question Title

* 1. Do you feel that Memorial Park is in better condition after this project?

Question Title

* 2. Do you think that you / your family will use the park more than they did before?

Question Title

* 3. Do you think that the park will be used more by the community than it was before?

Question Title

* 4. Did the project deliver everything that was expected?

Question Title

* 5. There have been lots of events and activities taking place within the park during the project (including bat walks, planting, school projects, artwork, nature and wildlife walks, woodland management sessions, and the Picnic in the Park event). We have also installed new interpretation / information panels on the site.

Do you feel that you / the community know more about the heritage of the park, and the natural environment within the park, now?

Question Title

* 6. If you have any other comments or feedback that you would like to share with the team, please do that here:
""", [
    ("1", "Do you feel that Memorial Park is in better condition", C),
    ("2", "Do you think that you / your family will use the park more", C),
    ("3", "Do you think that the park will be used more by the community", C),
    ("4", "Did the project deliver everything that was expected?", C),
    ("5", "There have been lots of events and activities taking place within the park", C),
    ("6", "If you have any other comments or feedback", O),
])

src("ocala_park_visit_survey", "survey", "html", "https://www.surveymonkey.com/r/CityofOcalaParks", """
Thank you for taking the time to complete this five minute survey conducted by the City of Ocala Recreation and Parks Department. We are committed to monitoring the quality of the services we provide our customers as part of an ongoing improvement process.
We would appreciate your feedback on our performance during your recent visit to a City of Ocala park.

* 1. What is the name of the park that you recently visited?

* 2. What was the date of your visit?

* 3. How did you hear about this park?

* 4. What park feature or amenity did you or your family enjoy the most?

* 5. Please select your level of agreement with the following statements.

  Strongly Agree Agree Disagree Strongly Disagree
I could easily locate this park.
I could easily find the amenities within in the park.
Information about this park was readily accessible inside the park.
Parking area was well maintained.
Park grounds were well maintained.
I felt safe at this park.
I will visit this park again the in future.

* 6. Overall, were your expectations met for this park visit?

* 7. Comments or Suggestions
""", [
    ("1", "What is the name of the park that you recently visited?", O),
    ("2", "What was the date of your visit?", O),
    ("3", "How did you hear about this park?", C),
    ("4", "What park feature or amenity did you or your family enjoy the most?", O),
    ("5", "Please select your level of agreement with the following statements.", G),
    ("6", "Overall, were your expectations met for this park visit?", C),
    ("7", "Comments or Suggestions", O),
], note="HTML rebuilt from the stored text.")

src("metro_parks_users_survey", "survey", "docx", "https://www.surveymonkey.com/r/?sm=SUIsqrdfPUrZefqWQDA50w%3d%3d", """
1. Parks

* 1. Please name the Metro Parks you frequently visit?
(A complete list is available on the home page www.metro-parks.org)

* 2. How often do you visit Metro Parks?

* 3. If you do not visit Metro Parks, why?

* 4. What activities do you participate in at Metro Parks?

* 5. Please indicate your satisfaction level with respect to the following, for the Metro Parks system as a whole (5 representing Extremely satisfied and 1 representing Not at all satisfied):

|  | Extremely satisfied | Very satisfied | Somewhat satisfied | Not very satisfied | Not at all satisfied | N/A |
| Parking facilities |  |  |  |  |  |  |
| Sports facilities |  |  |  |  |  |  |
| Availability of shaded places |  |  |  |  |  |  |
| Places for children to play |  |  |  |  |  |  |
| Picnic areas |  |  |  |  |  |  |
| Restroom facilities |  |  |  |  |  |  |

* 6. What do you enjoy most about Metro Parks? Please be specific with respect to particular parks.

* 7. What improvements (if any) would you like to see made? Please be specific with respect to particular parks.

* 8. Where do you learn about Metro Parks services and activities?

* 9. What kind of information do you look for about Metro Parks?

* 10. If Metro Parks added services/programs, what additional services/programs would you like to see?

* 11. Would you consider contributing financially to a non-for-profit "Friends of Metro Parks" foundation for programming and maintenance/improvements of the parks?

* 12. Do you have any additional comments or questions?

If you would like updates on news and events at Metro Parks please answer the following questions and you will be added to our mailing list. We will not share your information with any other organization.

* 13. Name:

* 14. Email:

* 15. Gender:

* 16. Age:

* 17. Zip Code:

Thank you!

We appreciate you taking the time to fill out this survey. It will help us better serve your needs in the present and future.
""", [
    ("1", "Please name the Metro Parks you frequently visit?", O),
    ("2", "How often do you visit Metro Parks?", C),
    ("3", "If you do not visit Metro Parks, why?", O),
    ("4", "What activities do you participate in at Metro Parks?", O),
    ("5", "Please indicate your satisfaction level with respect to the following", G),
    ("6", "What do you enjoy most about Metro Parks?", O),
    ("7", "What improvements (if any) would you like to see made?", O),
    ("8", "Where do you learn about Metro Parks services and activities?", C),
    ("9", "What kind of information do you look for about Metro Parks?", O),
    ("10", "If Metro Parks added services/programs", O),
    ("11", "Would you consider contributing financially", C),
    ("12", "Do you have any additional comments or questions?", O),
    ("13", "Name:", A), ("14", "Email:", A), ("15", "Gender:", A), ("16", "Age:", A), ("17", "Zip Code:", A),
], note="DOCX rebuilt from the stored text; question 5's grid rebuilt as a table with six of its sixteen rows (the rest left out for length).")

src("play_area_project_survey", "survey", "odt", "https://www.surveymonkey.com/r/SPCCPlayArea", """
We want to hear from you!

We have a new project underway at South Park Community Center's play area! The following survey gives you and other community members an opportunity to share your ideas about our play area. We are interested in finding out more about how the play area is being used, and things you value or would like to see at the play area. Although we can't include all input in our park design, our goal is to work with the public to create a community designed park project. 

* 1. How often do you visit the play area? (pick one)

* 2. What days are you most likely to visit the play area? (check all that apply)

* 3. Why do you visit the play area? (check all that apply)

* 4. What features would improve your enjoyment of the play area? (check all that apply)

* 5. This project will take place over several months. Would you like to receive project updates via:

* 6. Upgrading the playfield is not in the scope of this project. If it were, how would you feel about a playfield upgrade?

* 7. Please add any additional comments you have below:

* 8. What is your zip code?
""", [
    ("1", "How often do you visit the play area?", C),
    ("2", "What days are you most likely to visit the play area?", C),
    ("3", "Why do you visit the play area?", C),
    ("4", "What features would improve your enjoyment of the play area?", C),
    ("5", "This project will take place over several months.", C),
    ("6", "Upgrading the playfield is not in the scope of this project.", O),
    ("7", "Please add any additional comments you have below:", O),
    ("8", "What is your zip code?", A),
], note="ODT rebuilt from the stored text; the Spanish and Vietnamese links under the title left out.")

src("nature_center_satisfaction_survey", "survey", "txt", "https://www.surveymonkey.com/r/PPNCsummer", """
Satisfaction Survey

* 1. What is your zip code?

* 3. What ethnic group do you belong to? 

* 4. Please rate your level of satisfaction of the following:

  Excellent  Good  Average  Below Average Poor 
The maintenance of the Nature Center trails: 
The maintenance of the Nature Center facilities:
Service from Nature Center staff: 
Quality of indoor exhibits: 
Quality of outdoor exhibits: 
Registration process for Nature Center programs you've attended: 
Satisfaction with the quality of Nature Center programs: 

* 5. Overall, what was your level of satisfaction with your experience at the Pioneers Park Nature Center? 

* 6. How often, on average do you visit the Nature Center 

* 7. What seasons do you visit the Nature Center?

* 8. Generally, when do you visit the Nature Center? 

* 9. Did the hours of operation meet your needs?

* 10. What is your primary reason for visiting the Nature Center?

* 11. Would you consider your use of the Nature Center to be for:

* 12. Which of these areas do you usually visit when you come to the Nature Center? 

* 13. In which of these kinds of programs have you or another member of your family participated? 

* 14. How do you find information about Nature Center programming? 

* 15. Comments/Other Feedback:
""", [
    ("1", "What is your zip code?", A),
    ("3", "What ethnic group do you belong to?", A),
    ("4", "Please rate your level of satisfaction of the following:", G),
    ("5", "Overall, what was your level of satisfaction", C),
    ("6", "How often, on average do you visit the Nature Center", C),
    ("7", "What seasons do you visit the Nature Center?", C),
    ("8", "Generally, when do you visit the Nature Center?", C),
    ("9", "Did the hours of operation meet your needs?", C),
    ("10", "What is your primary reason for visiting the Nature Center?", C),
    ("11", "Would you consider your use of the Nature Center to be for:", C),
    ("12", "Which of these areas do you usually visit", C),
    ("13", "In which of these kinds of programs have you", C),
    ("14", "How do you find information about Nature Center programming?", C),
    ("15", "Comments/Other Feedback:", O),
], note="The form as stored has no question 2.")

src("parks_recreation_needs_survey", "survey", "html", "https://surveymonkey.com/r/TVCLS6G", """
We want to hear from you! Help us shape the future of our community parks and recreation programs. Your feedback is valuable in making sure we provide the best services and amenities for everyone. Please take a few minutes to complete this survey.

Question Title

* 1. How often do you visit local parks or community center?

Question Title

* 2. What programs do you and your family currently participate in?

Question Title

* 3. Which types of recreational programs are you most interested in? Select all that apply

Question Title

* 4. What park amenities do you think are most important? Select all that apply

Question Title

* 5. How satisfiedare you with the current condition of the parks?

Question Title

* 6. Do you feel the current parks and recreation facilities/park amenities meet the needs of the community?

Question Title

* 7. What age groups should be the focus of new programs and amenities? Select all that apply

Question Title

* 8. How important are the following park features to you?

  Very Important Important Somewhat Important Not Important
Safe and Clean Restrooms
Parking Availability
Shade and Seating Areas
Accessibility for Individuals with Disabilities
Well Maintained Playgrounds
Picnic Areas/Shelter Space
Safety and Security
Natural Spaces and Wildlife Habitats
Lighting for Evening Use

Question Title

* 9. What time of day would you most likely participate in programs or visit parks? (Select all that apply)

Question Title

* 10. How do you usually hear about Parks and Recreation events or programs? (Select all that apply)
""", [
    ("1", "How often do you visit local parks or community center?", C),
    ("2", "What programs do you and your family currently participate in?", O),
    ("3", "Which types of recreational programs are you most interested in?", C),
    ("4", "What park amenities do you think are most important?", C),
    ("5", "How satisfiedare you with the current condition of the parks?", C),
    ("6", "Do you feel the current parks and recreation facilities", C),
    ("7", "What age groups should be the focus of new programs", C),
    ("8", "How important are the following park features to you?", G),
    ("9", "What time of day would you most likely participate", C),
    ("10", "How do you usually hear about Parks and Recreation events", C),
], note="HTML rebuilt from the stored text.")

src("park_evaluation_grids", "grid", "pdf", "https://www.surveymonkey.com/r/Park_Evaluation_2012", """
* 2. Please enter the date and approximate time of your visit.

* 3. What were some of the activities in which you participated?

* 4. Did you enjoy your visit to this park?

* 5. How would you rate this park overall?

* 6. Please rate our PARK INFORMATION in terms of your satisfaction.

  Outstanding Satisfactory Unsatisfactory
Information Station
Markings on Trails

* 7. Please rate our PARK MAINTENANCE in terms of your satisfaction.

  Outstanding Satisfactory Unsatisfactory
Overall park appearance
Grass play fields
Landscape planting
Parking lots

* 8. Please rate our PARK PERSONNEL in terms of your satisfaction.

  Outstanding Satisfactory Unsatisfactory
Ranger's courtesy
Ranger's knowledge of park
Ranger's presence in park assisting public
Ranger's concern for park maintenance
Other personnel

* 9. Please rate the following SPECIAL PARK FACILITIES in terms of your satisfaction. (Check only if available in this park.)

  Outstanding Satisfactory Unsatisfactory
Activity Center/Shelter Building
Athletic fields
Court areas (tennis, horseshoe, volleyball, basketball)
Environmental Center
Food concession/vending
Off-leash dog areas
Picnic areas
Water areas

* 10. Was adequate literature about Park System programs and facilities available?

* 11. Please tell us what you liked MOST about this park.

* 12. Please tell us what you liked LEAST about this park.

* 13. Do you have any suggestions on what we could do to improve this park?

* 14. What types of services/facilities would you like to see provided at this park in the future?

* 15. Will you visit this park again?

* 16. Would you recommend this park to a friend?

* 17. On which days of the week would you be most likely to visit this park again?

* 18. At which time of day would you most likely visit this park again?

* 19. How did you find out about this park?

* 20. How many people were in your group during your visit?

* 21. Please tell us where you're from.
""", [
    ("2", "Please enter the date and approximate time of your visit.", O),
    ("3", "What were some of the activities in which you participated?", O),
    ("4", "Did you enjoy your visit to this park?", C),
    ("5", "How would you rate this park overall?", C),
    ("6", "Please rate our PARK INFORMATION", G),
    ("7", "Please rate our PARK MAINTENANCE", G),
    ("8", "Please rate our PARK PERSONNEL", G),
    ("9", "Please rate the following SPECIAL PARK FACILITIES", G),
    ("10", "Was adequate literature about Park System programs", C),
    ("11", "Please tell us what you liked MOST about this park.", O),
    ("12", "Please tell us what you liked LEAST about this park.", O),
    ("13", "Do you have any suggestions on what we could do to improve", O),
    ("14", "What types of services/facilities would you like to see", O),
    ("15", "Will you visit this park again?", C),
    ("16", "Would you recommend this park to a friend?", C),
    ("17", "On which days of the week would you be most likely", C),
    ("18", "At which time of day would you most likely visit", C),
    ("19", "How did you find out about this park?", C),
    ("20", "How many people were in your group during your visit?", C),
    ("21", "Please tell us where you're from.", A),
], note="PDF rebuilt from the stored text, which starts at question 2 (the page's first question is not in the store); question 22, cut mid-sentence, left out.")

src("park_facility_visit_form", "survey", "html", "https://www.brownsvilletx.gov/FormCenter/Parks-and-Rec-21/Park-and-Facility-Visit-Survey-237", """
Park and Facility Visit Survey

1. Which Park or Facility would you like to provide feedback on?*

2. On average, how often do you visit the park/facility?*

3. How do you typically travel to this park/facility?*

4. Which Park features do you use most often? Check all that apply.

5. What is the main reason for visiting a park/facility?*

6. Please rate on a scale of 1-4 on average what is the general appearance of park/facility? 1 = poor, 4 = Excellent*

Do you believe Parks and Recreation Programs and Facilities improve quality of life?*
""", [
    ("1", "Which Park or Facility would you like to provide feedback on?", O),
    ("2", "On average, how often do you visit the park/facility?", C),
    ("3", "How do you typically travel to this park/facility?", C),
    ("4", "Which Park features do you use most often?", C),
    ("5", "What is the main reason for visiting a park/facility?", C),
    ("6", "Please rate on a scale of 1-4 on average", C),
    (None, "Do you believe Parks and Recreation Programs and Facilities improve quality of life?", C),
], note="HTML rebuilt from the stored text; the page rendered the form as an ordered list whose first item is the logo's name (left out) and whose numbers wrap the form's own; the form's numbers are kept.")

src("liaison_committee_recommendations", "none", "txt", "https://publications.parliament.uk/pa/ld5802/ldselect/ldliaison/97/9708.htm", """
New committee activity in 2022 Contents
Conclusions and recommendations
1.Once again we had difficult choices to make, and are grateful to those members and committee Chairs who put forward their proposals, clearly putting a considerable amount of effort into doing so. The number of proposals we received underlines the high regard in which our committees are held across the House and beyond. (Paragraph 10)
2.We are conscious that many of the subject areas proposed by members of the House, including those which we recommend in this report, are as wide-ranging as they are topical and important. We recommend that when agreeing their detailed calls for evidence all committees should be mindful of what can feasibly be achieved in the timeframe available. (Paragraph 11)
3.In view of the pressures on committee rooms in the House of Lords, particularly on Tuesdays and Wednesdays, earlier this year we agreed in principle that newly appointed committees should be invited to meet on other days of the week, for example Thursdays or Mondays. We reiterate this recommendation. (Paragraph 12)
4.The Committee recommend that a special inquiry committee be appointed “to consider the planning for and delivery of adult social care services in England”, to report by the end of November 2022. (Paragraph 21)
5.The Committee recommend that a special inquiry committee be appointed “to consider the Fraud Act 2006 and digital fraud”, to report by the end of November 2022. (Paragraph 33)
6.The Committee recommend that a special inquiry committee be appointed “to consider Land Use in England”, to report by the end of November 2022. (Paragraph 41)
7.Following appointment, the committee should consult the Chair of the Built Environment Committee before agreeing its call for evidence, in order to avoid overlap with the work of that Committee. (Paragraph 42)
""", [], note="A report's numbered recommendations: no questions. The store cut recommendation 8 mid-sentence, left out.")

src("disability_employment_gap_call_blog", "none", "html", "https://www.stillill.uk/deadline-friday-18th-december-call-for-evidence-regarding-the-disability-employment-gap/", """
Deadline Friday 18th December: Call for Evidence Regarding the Disability Employment Gap

The Work and Pensions Committee has launched an inquiry into what they call the ‘disability employment gap’. The Committee states that they want to hear from as many people as possible, especially disabled people.

They also state that they have produced the call for evidence in multiple formats: text, audio, British Sign Language and EasyRead. Unfortunately, their only ‘text’ version is just the description on their webpage, in an online survey format that has to be completed on the website.

They have not made the additional access consideration of including a text sheet that is downloadable in multiple formats, and therefore appropriate for screen-reader technology & for visually impaired persons who may prefer to resize/recalibrate their own documents.

SO, I have made four versions of the text call out which are available to download below. It’s not super clear, but I think they are asking for people to answer the questions listed and then email them to the email address at the bottom of the page.

Their webpage states that you need to send your answers in via the survey method on the webpage, but they do provide a email address for support needs at the bottom of the call-out:

We want everyone’s voice to be heard in Parliament. Please contact us if for any reason you find it difficult to send us your evidence online. To discuss your needs, you can email us on or call us on 020 7219 8976 (Text relay: 18001 0207 219 8976).

I recommend answering these questions however you see fit, and submitting them via email as part of your access requirement if the survey thingy looks too complex.
""", [], note="HTML rebuilt from the stored text; a blog post about a call for evidence whose questions are in downloads, not on the page. Download link lines and the post's cut last sentence left out.")

src("welfare_inquiry_timeline_entry", "none", "txt", "https://deathsbywelfare.org/timeline/government-inquiry-into-benefits-assessment-processes-receives-unprecedented-number-of-submissions/", """
16 November 2017
Government inquiry into benefits assessment processes receives unprecedented number of submissions.
What: An inquiry into the government’s assessment processes for both PIP and ESA produces more online evidence from the public than any other investigation ever held by a House of Commons select committee, with more than 4,000 submissions.
Why significant: This is direct evidence about the impact of the two assessments from disabled people.
Citations
PIP and ESA Assessments inquiry
""", [], note="A timeline entry whose 'What:' and 'Why significant:' labels do not ask.")
