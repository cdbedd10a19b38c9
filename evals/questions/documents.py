# ruff: noqa: E501, E741 (suite data: one document line or expected question per line)
"""The consultation documents of the questions suite, and what a reader should find in each.

Each reproduces a layout met in real UK consultations (national, devolved and local) or in
public guidance on running them. The text is invented for this suite. Expected questions follow
the conventions in README.md: the question without its number or label, with the lines that
belong to it (an instruction, a limit, choices written on one line); choices listed one to a
line are options, not text.
"""

from __future__ import annotations

from typing import Any

# fmt: off

O, C, A = "open", "choice", "about you"


def q(number: str, text: str, kind: str = O, words: int | None = None,
      chars: int | None = None, options: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    return {"number": number, "text": text, "kind": kind, "word_limit": words,
            "char_limit": chars, "options": list(options)}  # fmt: skip


YND = ("Yes", "No", "Don't know")
AGREE5 = ("Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree")
DOCUMENTS: list[dict[str, Any]] = []


def doc(name: str, blocks: list[tuple[Any, ...]], expected: list[dict[str, Any]], **options: Any) -> None:  # fmt: skip
    DOCUMENTS.append({"name": name, "blocks": blocks, "expected": expected, "options": options})


# 1. Word: every labelling style, limits after the question, an about-you section.
doc("council_tax_support.docx", [
    ("title", "Council Tax Support Scheme 2026/27: consultation"),
    ("p", "Hartfield District Council is consulting on changes to its Council Tax Support scheme. The consultation closes on 14 January 2026."),
    ("p", "If you have any questions about this consultation, please email ctsupport@hartfield.gov.uk."),
    ("h1", "Section 1: Minimum payment"),
    ("p", "At present, working-age households pay at least 8.5% of their council tax bill. We propose to raise this to 15%."),
    ("p", "Why are we doing this? The cost of the scheme has risen by a third since 2020, while our funding has fallen."),
    ("p", "Question 1: Do you agree that the minimum payment should rise from 8.5% to 15%? Yes/No/Don't know"),
    ("p", "Please give reasons for your answer. (Suggested maximum 500 words)"),
    ("p", "Q2. What effect would the change have on disabled people in your household?"),
    ("h1", "Section 2: Protecting vulnerable residents"),
    ("p", "Q 3: Should households that receive disability benefits be protected from the change? Please explain."),
    ("p", "Question 4 – How could we make the scheme easier to apply for? (max 250 words)"),
    ("p", "Q5 Is there anything else you would like to tell us about the proposals?"),
    ("h1", "About you"),
    ("p", "Q6. What is your postcode?"),
    ("p", "Q7. Which of the following best describes you:"),
    ("li", "A resident of Hartfield"),
    ("li", "A landlord"),
    ("li", "A voluntary or community organisation"),
    ("p", "Q8. Do you consider yourself to have a disability? Yes/ No/ Prefer not to say"),
], [
    q("1", "Do you agree that the minimum payment should rise from 8.5% to 15%? Yes/No/Don't know Please give reasons for your answer. (Suggested maximum 500 words)", O, 500, options=YND),
    q("2", "What effect would the change have on disabled people in your household?"),
    q("3", "Should households that receive disability benefits be protected from the change? Please explain."),
    q("4", "How could we make the scheme easier to apply for? (max 250 words)", O, 250),
    q("5", "Is there anything else you would like to tell us about the proposals?"),
    q("6", "What is your postcode?", A),
    q("7", "Which of the following best describes you:", A, options=("A resident of Hartfield", "A landlord", "A voluntary or community organisation")),
    q("8", "Do you consider yourself to have a disability? Yes/ No/ Prefer not to say", A, options=("Yes", "No", "Prefer not to say")),
])

# 2. Word: a response form with the questions in table rows and tick boxes in a row.
doc("day_services_form.docx", [
    ("title", "Day Opportunities Review: response form"),
    ("p", "Please return this form by 28 February 2026."),
    ("h1", "Your views"),
    ("table", [
        ["No.", "Question", "Your answer"],
        ["1", "Do you currently use a day centre run by the council?", ""],
        ["", "Yes", "No"],
        ["2", "What do you value most about the day services you use?", ""],
        ["3", "How would moving to community-based activities affect you or the person you care for? Please give examples.", ""],
        ["4", "Please tell us about any transport difficulties you have getting to day services.", ""],
    ]),
    ("h1", "About you"),
    ("table", [
        ["5", "What is your age group?", ""],
        ["6", "Are you responding as a carer, a person who uses services, or a member of staff?", ""],
    ]),
], [
    q("1", "Do you currently use a day centre run by the council? Yes / No", C, options=("Yes", "No")),
    q("2", "What do you value most about the day services you use?"),
    q("3", "How would moving to community-based activities affect you or the person you care for? Please give examples."),
    q("4", "Please tell us about any transport difficulties you have getting to day services."),
    q("5", "What is your age group?", A),
    q("6", "Are you responding as a carer, a person who uses services, or a member of staff?", A),
])

# 3. Word: auto-numbered questions (Word draws the numbers), restarting in each chapter,
# with a lettered list of choices.
doc("accessible_housing.docx", [
    ("title", "Accessible Housing Standards"),
    ("p", "This consultation closes on 31 March 2026."),
    ("h1", "Chapter 1: New homes"),
    ("p", "We propose that all new homes meet the accessible and adaptable standard, known as M4(2)."),
    ("num", "Do you agree that every new home should meet the M4(2) standard? Please give reasons."),
    ("num", "What proportion of new homes should be built to the wheelchair user standard, M4(3)?"),
    ("h1", "Chapter 2: Existing homes"),
    ("p", "Many disabled people wait more than a year for adaptations such as level-access showers."),
    ("restart",),
    ("num", "How should councils fund adaptations to existing homes?"),
    ("num", "Which of the following should pay for major adaptations:"),
    ("sub", "The council"),
    ("sub", "The landlord"),
    ("sub", "The tenant"),
    ("num", "Is there anything else we should consider? (no more than 2,000 characters)"),
], [
    q("1.1", "Do you agree that every new home should meet the M4(2) standard? Please give reasons."),
    q("1.2", "What proportion of new homes should be built to the wheelchair user standard, M4(3)?"),
    q("2.1", "How should councils fund adaptations to existing homes?"),
    q("2.2", "Which of the following should pay for major adaptations:", C, options=("The council", "The landlord", "The tenant")),
    q("2.3", "Is there anything else we should consider? (no more than 2,000 characters)", O, None, 2000),
])

# 4. Text: sub-numbered questions under a plain "Questions:" line in each numbered section.
doc("bus_network.txt", [
    ("p", "Bus Network Review 2026"),
    ("p", "The closing date for responses is 5 December 2025."),
    ("p", "1. Routes"),
    ("p", "We plan to change 12 routes so that buses run more often on main roads."),
    ("p", "Questions:"),
    ("line", "1a. Which routes do you use most often?"),
    ("line", "1b. How would the changes affect your journeys?"),
    ("p", "2. Accessibility"),
    ("p", "All buses will have audio-visual announcements by 2027."),
    ("p", "Questions:"),
    ("line", "2a. Do you agree that audio-visual announcements should be a priority? Agree / Disagree / Neither agree nor disagree"),
    ("line", "2b. What other changes would make buses easier for you to use?"),
    ("line", "2c. Have you ever been refused travel because of a wheelchair or mobility scooter?"),
    ("line", "Yes / No"),
    ("line", "2d. Please tell us about any problems you have had at bus stops."),
], [
    q("1a", "Which routes do you use most often?"),
    q("1b", "How would the changes affect your journeys?"),
    q("2a", "Do you agree that audio-visual announcements should be a priority? Agree / Disagree / Neither agree nor disagree", C, options=("Agree", "Disagree", "Neither agree nor disagree")),
    q("2b", "What other changes would make buses easier for you to use?"),
    q("2c", "Have you ever been refused travel because of a wheelchair or mobility scooter? Yes / No", C, options=("Yes", "No")),
    q("2d", "Please tell us about any problems you have had at bus stops."),
])

# 5. Markdown: a capitalised label with a question mark before the real question, and a
# numbered label whose question comes two paragraphs later.
doc("garden_waste.md", [
    ("title", "Garden waste charging consultation"),
    ("p", "Closing date: 9 January 2026."),
    ("h1", "The proposals"),
    ("p", "1. FAIR TO CHARGE?"),
    ("p", "Do you think it is fair for the council to charge for collecting garden waste?"),
    ("p", "2. THE PRICE"),
    ("p", "The proposed charge is £45 a year for one bin."),
    ("p", "Most neighbouring councils charge between £40 and £60."),
    ("p", "How reasonable is a charge of £45 a year? Please explain your answer."),
    ("p", "3. DISCOUNTS"),
    ("p", "Should people who receive disability benefits get a discount of 50%? Yes / No / Not sure"),
    ("p", "4. ASSISTED COLLECTIONS"),
    ("p", "Residents who cannot move their bin can ask for an assisted collection."),
    ("p", "What would make assisted collections work better for you?"),
], [
    q("1", "Do you think it is fair for the council to charge for collecting garden waste?", C),
    q("2", "How reasonable is a charge of £45 a year? Please explain your answer."),
    q("3", "Should people who receive disability benefits get a discount of 50%? Yes / No / Not sure", C, options=("Yes", "No", "Not sure")),
    q("4", "What would make assisted collections work better for you?"),
])

# 6. PDF in two columns with a running header and footer, hyphenated line ends.
doc("library_review.pdf", [
    ("title", "Library Service Review"),
    ("p", "Responses must be received by 16 March 2026."),
    ("h1", "Chapter 1: Opening hours"),
    ("p", "1.1 The council runs twelve libraries. Together they opened for 31,000 hours last year, and visits have fallen by a fifth since 2019, though the number of people using computers and the home library service has grown."),
    ("p", "1.2 We propose shorter opening hours at the six smallest libraries, and longer opening hours at the six largest, so that every resident lives within three miles of a library open six days a week."),
    ("p", "Question 1: Do you agree with the proposal to change opening hours at the smallest and largest libraries? Please give reasons for your answer."),
    ("p", "Question 2: Which days and times would you most like your nearest library to be open?"),
    ("h1", "Chapter 2: Accessibility"),
    ("p", "2.1 Several library buildings have no step-free access to upper floors, and two have no accessible toilet. Volunteers currently deliver books to 400 housebound residents every month."),
    ("p", "Question 3: What changes to library buildings would make them more accessible for disabled people? (maximum 300 words)"),
    ("p", "Question 4: Should the home library service be extended to people who are temporarily housebound after leaving hospital?"),
    ("p", "Agree / Disagree / Don't know"),
    ("h1", "Chapter 3: Digital services"),
    ("p", "3.1 More people now borrow electronic books and audiobooks, which suit many visually impaired residents, and public computers are used for job applications and benefit claims."),
    ("p", "Question 5: How could the library service help residents who are not confident using computers and smartphones?"),
    ("p", "Question 6: Is there anything else you would like to tell us about the library service? (no more than 1,500 characters)"),
], [
    q("1", "Do you agree with the proposal to change opening hours at the smallest and largest libraries? Please give reasons for your answer."),
    q("2", "Which days and times would you most like your nearest library to be open?"),
    q("3", "What changes to library buildings would make them more accessible for disabled people? (maximum 300 words)", O, 300),
    q("4", "Should the home library service be extended to people who are temporarily housebound after leaving hospital? Agree / Disagree / Don't know", C, options=("Agree", "Disagree", "Don't know")),
    q("5", "How could the library service help residents who are not confident using computers and smartphones?"),
    q("6", "Is there anything else you would like to tell us about the library service? (no more than 1,500 characters)", O, None, 1500),
], columns=2, running="Hartfield Council - Library Service Review 2026")

# 7. PDF: background paragraphs numbered 1-9 and questions as unnumbered sentences among them.
doc("care_charging.pdf", [
    ("title", "Changes to charging for non-residential care"),
    ("p", "The consultation will close on 20 February 2026."),
    ("h1", "Background"),
    ("p", "1. The council charges some people for the care and support they receive at home, based on a financial assessment of what they can afford to pay."),
    ("p", "2. At present the council does not count disability benefits paid for mobility needs when it works out what someone can afford."),
    ("p", "3. The council has to save £4 million from its adult social care budget over the next two years."),
    ("h1", "Our proposals"),
    ("p", "4. We propose to take the daily living part of Personal Independence Payment into account in the financial assessment."),
    ("p", "5. People would keep a minimum income of £228 a week, as well as any money spent on disability-related expenses."),
    ("p", "Do you agree with the proposal to take the daily living part of Personal Independence Payment into account?"),
    ("p", "6. We also propose to charge for a second carer when two carers are needed at the same visit."),
    ("p", "7. This would affect about 300 people."),
    ("p", "8. A second carer is often needed for moving and handling, for example with a hoist."),
    ("p", "How would the proposal to charge for a second carer affect you or the person you care for?"),
    ("p", "9. We will consider all responses before a decision is made in April."),
    ("p", "Please tell us about any disability-related expenses you think the council should allow for."),
], [
    q("1", "Do you agree with the proposal to take the daily living part of Personal Independence Payment into account?", C),
    q("2", "How would the proposal to charge for a second carer affect you or the person you care for?"),
    q("3", "Please tell us about any disability-related expenses you think the council should allow for."),
], running="Adult Social Care - consultation")

# 8. Text: each numbered section is a short background paragraph; its question follows it.
doc("depot_closure.txt", [
    ("p", "Proposed changes to Elm Street Depot and recycling centre"),
    ("p", "Please respond by 30 January 2026."),
    ("p", "1. The council proposes to close the Elm Street depot and move its services to the Riverside site, four miles away."),
    ("p", "The depot is used by 40 staff and by about 200 residents a week who bring bulky waste."),
    ("p", "Do you agree with the proposal to close the Elm Street depot?"),
    ("p", "2. Riverside would open on Saturdays and Sundays as well as weekdays, and would have a ramp to every container."),
    ("p", "What would make it easier for you to use the Riverside site?"),
    ("p", "3. Residents who cannot travel to Riverside could book a collection of bulky items for £20."),
    ("p", "The council would waive the charge for people who receive disability benefits."),
    ("p", "Should the collection charge be waived for anyone else? Please explain."),
], [
    q("1", "Do you agree with the proposal to close the Elm Street depot?", C),
    q("2", "What would make it easier for you to use the Riverside site?"),
    q("3", "Should the collection charge be waived for anyone else? Please explain."),
])

# 9. GOV.UK-style HTML: "Question N" headings, choices in lists, an FAQ, an about-you part.
doc("govuk_consultation.html", [
    ("title", "Access to Work: improving the scheme"),
    ("p", "This consultation closes at 11:59pm on 12 March 2026."),
    ("h1", "Frequently asked questions"),
    ("p", "Who can respond? Anyone can respond to this consultation."),
    ("h1", "Applying for support"),
    ("p", "Access to Work helps disabled people with the extra costs of working. Applications take an average of 12 weeks to process."),
    ("h2", "Question 1"),
    ("p", "How long did it take for your application to be decided?"),
    ("li", "Less than 4 weeks"),
    ("li", "4 to 12 weeks"),
    ("li", "More than 12 weeks"),
    ("h2", "Question 2"),
    ("p", "What would have made the application process easier for you? Please give reasons for your answer (maximum 400 words)."),
    ("h2", "Question 3"),
    ("p", "To what extent do you agree that employers should be able to apply on behalf of an employee?"),
    ("li", "Strongly agree"), ("li", "Agree"), ("li", "Neither agree nor disagree"), ("li", "Disagree"), ("li", "Strongly disagree"),
    ("h1", "About you"),
    ("h2", "Question 4"),
    ("p", "Are you responding as an individual or on behalf of an organisation?"),
    ("h2", "Question 5"),
    ("p", "If you are responding on behalf of an organisation, what is the name of your organisation?"),
], [
    q("1", "How long did it take for your application to be decided?", C, options=("Less than 4 weeks", "4 to 12 weeks", "More than 12 weeks")),
    q("2", "What would have made the application process easier for you? Please give reasons for your answer (maximum 400 words).", O, 400),
    q("3", "To what extent do you agree that employers should be able to apply on behalf of an employee?", C, options=AGREE5),
    q("4", "Are you responding as an individual or on behalf of an organisation?", A),
    q("5", "If you are responding on behalf of an organisation, what is the name of your organisation?", A),
])

# 10. Markdown: question numbers start again in each part.
doc("social_care_strategy.md", [
    ("title", "Adult Social Care Strategy 2026-2030"),
    ("p", "The consultation closes on 6 February 2026."),
    ("h1", "Part 1: Living independently"),
    ("p", "We want more people to live in their own homes with the right support."),
    ("p", "**Question 1:** Do you agree with our priority to help people live in their own homes? Yes / No"),
    ("p", "**Question 2:** What support would help you to live more independently?"),
    ("h1", "Part 2: Carers"),
    ("p", "There are around 18,000 unpaid carers in the county."),
    ("p", "**Question 1:** How could we make it easier for carers to take a break?"),
    ("p", "**Question 2:** What information do carers need that they cannot find now?"),
    ("p", "**Question 3:** Should carers' assessments be offered every year? Yes / No / Don't know"),
], [
    q("1.1", "Do you agree with our priority to help people live in their own homes? Yes / No", C, options=("Yes", "No")),
    q("1.2", "What support would help you to live more independently?"),
    q("2.1", "How could we make it easier for carers to take a break?"),
    q("2.2", "What information do carers need that they cannot find now?"),
    q("2.3", "Should carers' assessments be offered every year? Yes / No / Don't know", C, options=YND),
])

# 11. Text: a number repeated by mistake, and a rhetorical question in the prose.
doc("parking_permits.txt", [
    ("p", "Blue Badge and disabled parking bay review"),
    ("p", "Deadline: 27 February 2026."),
    ("p", "Part A: Disabled parking bays"),
    ("p", "Disabled parking bays outside homes are free, but some are used by people without a badge. Who checks them? At present nobody does, except when a resident complains."),
    ("p", "Q1) Should the council check disabled parking bays more often?"),
    ("p", "Q2) How should the council deal with bays that are no longer needed?"),
    ("p", "Q3) Do you agree that residents should renew their bay every three years? Yes / No"),
    ("p", "Part B: Blue Badges"),
    ("p", "Q3) What problems have you had when applying for a Blue Badge?"),
    ("p", "Q4) Is there anything else you would like to tell us? (Maximum 200 words)"),
], [
    q("1", "Should the council check disabled parking bays more often?", C),
    q("2", "How should the council deal with bays that are no longer needed?"),
    q("3", "Do you agree that residents should renew their bay every three years? Yes / No", C, options=("Yes", "No")),
    q("3-2", "What problems have you had when applying for a Blue Badge?"),
    q("4", "Is there anything else you would like to tell us? (Maximum 200 words)", O, 200),
])

# 12. Word: sub-questions under a stem ("(i)", "(ii)"), "1(a)" labels and "1.1" numbers.
doc("employment_support.docx", [
    ("title", "Employment support for disabled people: a consultation"),
    ("p", "Send your response by 13 March 2026."),
    ("h1", "1. Finding work"),
    ("p", "1.1 Disabled people are less likely to be in work than non-disabled people, and the gap has barely changed in ten years."),
    ("p", "1.2 How could Jobcentre services better support disabled people looking for work?"),
    ("p", "1.3 What should employers do to make recruitment accessible? Please give examples."),
    ("h1", "2. Staying in work"),
    ("p", "Question 2(a): Have you, or has someone you support, left a job because of a lack of adjustments? Yes / No / Prefer not to say"),
    ("p", "Question 2(b): What adjustments would have helped? (maximum 250 words)"),
    ("p", "Question 3: Thinking about Access to Work and occupational health services:"),
    ("p", "(i) What works well at the moment?"),
    ("p", "(ii) What should change first?"),
], [
    q("1.2", "How could Jobcentre services better support disabled people looking for work?"),
    q("1.3", "What should employers do to make recruitment accessible? Please give examples."),
    q("2a", "Have you, or has someone you support, left a job because of a lack of adjustments? Yes / No / Prefer not to say", C, options=("Yes", "No", "Prefer not to say")),
    q("2b", "What adjustments would have helped? (maximum 250 words)", O, 250),
    q("3i", "What works well at the moment?"),
    q("3ii", "What should change first?"),
])

# 13. PDF: a table with the number in one column and the question in the next.
doc("community_grants.pdf", [
    ("title", "Community Grants Programme 2026"),
    ("p", "The closing date for comments is 23 January 2026."),
    ("h1", "Consultation questions"),
    ("p", "Please answer as many questions as you wish."),
    ("table", [
        ["No.", "Question"],
        ["1", "Do you agree that grants should be offered for three years rather than one? (maximum 300 words)"],
        ["2", "What could we do to make the application form easier for small groups led by disabled people to complete?"],
        ["3", "Should part of the fund be kept for groups that have never had a grant before? Yes / No / Don't know"],
        ["4", "Please tell us how the changes would affect your organisation."],
    ]),
], [
    q("1", "Do you agree that grants should be offered for three years rather than one? (maximum 300 words)", O, 300),
    q("2", "What could we do to make the application form easier for small groups led by disabled people to complete?"),
    q("3", "Should part of the fund be kept for groups that have never had a grant before? Yes / No / Don't know", C, options=YND),
    q("4", "Please tell us how the changes would affect your organisation."),
])

# 14. PDF over several pages: running header and footer, a question that runs over a page
# break, and the questions repeated in a summary at the end.
doc("transport_strategy.pdf", [
    ("title", "Local Transport Strategy: consultation draft"),
    ("p", "This consultation closes on 3 April 2026."),
    ("h1", "Chapter 1: Walking and wheeling"),
    ("p", "1.1 Pavements that are cluttered, broken or blocked by parked cars make it hard for wheelchair users, people with visual impairments and parents with buggies to get about safely. Dropped kerbs are missing at many crossings."),
    ("p", "1.2 We propose a programme of pavement repairs and new dropped kerbs, prioritised by how many people use each route, and a ban on pavement parking across the county."),
    ("p", "Question 1: Do you agree with our proposal to ban pavement parking across the county? Please give reasons."),
    ("p", "Question 2: Which routes in your area most need new dropped kerbs or pavement repairs?"),
    ("page",),
    ("h1", "Chapter 2: Public transport"),
    ("p", "2.1 Many rural villages have one bus a day or none at all, and community transport schemes rely on volunteer drivers whose numbers have fallen since 2020."),
    ("p", "Question 3: How could community transport schemes be supported to recruit and keep volunteer drivers, particularly in rural areas where there is no regular bus service?"),
    ("p", "Question 4: Should demand-responsive buses replace fixed routes in rural areas? Yes / No / Don't know"),
    ("page",),
    ("h1", "Annex A: Summary of questions"),
    ("p", "Question 1: Do you agree with our proposal to ban pavement parking across the county? Please give reasons."),
    ("p", "Question 2: Which routes in your area most need new dropped kerbs or pavement repairs?"),
    ("p", "Question 3: How could community transport schemes be supported to recruit and keep volunteer drivers, particularly in rural areas where there is no regular bus service?"),
    ("p", "Question 4: Should demand-responsive buses replace fixed routes in rural areas? Yes / No / Don't know"),
], [
    q("1", "Do you agree with our proposal to ban pavement parking across the county? Please give reasons."),
    q("2", "Which routes in your area most need new dropped kerbs or pavement repairs?"),
    q("3", "How could community transport schemes be supported to recruit and keep volunteer drivers, particularly in rural areas where there is no regular bus service?"),
    q("4", "Should demand-responsive buses replace fixed routes in rural areas? Yes / No / Don't know", C, options=YND),
], running="County Council Local Transport Strategy")

# 15. Markdown: questions ending in a full stop or a colon, and instructions.
doc("hate_crime_reporting.md", [
    ("title", "Reporting disability hate crime: have your say"),
    ("p", "Tell us what you think by 10 April 2026."),
    ("h1", "Your experience"),
    ("p", "Disability hate crime is under-reported. Many people do not know how to report it or do not think they will be taken seriously."),
    ("p", "Please tell us how easy or difficult it was to report an incident, if you have done so."),
    ("p", "Please describe anything that would make you more likely to report an incident in future."),
    ("h1", "Third-party reporting centres"),
    ("p", "Third-party reporting centres let people report an incident to a trusted organisation instead of the police."),
    ("p", "Which of the following places would you feel comfortable reporting at:"),
    ("li", "A disabled people's organisation"),
    ("li", "A library or council office"),
    ("li", "A GP surgery"),
    ("p", "How could reporting centres be made more accessible to people with learning disabilities, in no more than 200 words."),
    ("h1", "About you"),
    ("p", "Which of the following best describes you:"),
    ("li", "A disabled person"),
    ("li", "A family member or carer"),
    ("li", "A worker or volunteer"),
    ("p", "Do you consider yourself to be a disabled person? Yes/ No/ Prefer not to say"),
], [
    q("1", "Please tell us how easy or difficult it was to report an incident, if you have done so."),
    q("2", "Please describe anything that would make you more likely to report an incident in future."),
    q("3", "Which of the following places would you feel comfortable reporting at:", C, options=("A disabled people's organisation", "A library or council office", "A GP surgery")),
    q("4", "How could reporting centres be made more accessible to people with learning disabilities, in no more than 200 words.", O, 200),
    q("5", "Which of the following best describes you:", A, options=("A disabled person", "A family member or carer", "A worker or volunteer")),
    q("6", "Do you consider yourself to be a disabled person? Yes/ No/ Prefer not to say", A, options=("Yes", "No", "Prefer not to say")),
])

# 16. Text: a)-c) choices, an agree scale one choice a line, limits on the line after.
doc("leisure_centres.txt", [
    ("p", "Future of leisure centres"),
    ("p", "The consultation ends on 15 May 2026."),
    ("p", "Section 1: Options"),
    ("p", "We have three options for the future of the two leisure centres."),
    ("p", "Question 1: Which of these options do you prefer?"),
    ("p", "a) Keep both centres open with reduced hours"),
    ("p", "b) Close one centre and invest in the other"),
    ("p", "c) Build one new accessible centre"),
    ("p", "Question 2: How strongly do you agree that any new centre should have a Changing Places toilet?"),
    ("p", "Strongly agree"), ("p", "Agree"), ("p", "Disagree"), ("p", "Strongly disagree"),
    ("p", "Question 3: What would stop you from using a leisure centre further from your home?"),
    ("p", "Please explain your answer (max 250 words)"),
    ("p", "Question 4: Please set out any other options we should consider."),
    ("p", "Your answer should be no more than 2,000 characters."),
], [
    q("1", "Which of these options do you prefer?", C, options=("Keep both centres open with reduced hours", "Close one centre and invest in the other", "Build one new accessible centre")),
    q("2", "How strongly do you agree that any new centre should have a Changing Places toilet?", C, options=("Strongly agree", "Agree", "Disagree", "Strongly disagree")),
    q("3", "What would stop you from using a leisure centre further from your home? Please explain your answer (max 250 words)", O, 250),
    q("4", "Please set out any other options we should consider. Your answer should be no more than 2,000 characters.", O, None, 2000),
])

# 17. Text hard-wrapped at 64 columns, "Q1" with no punctuation, a line starting with a number.
doc("mental_health_services.txt", [
    ("p", "Community Mental Health Services: proposed changes"),
    ("p", "The consultation closes on 1 May 2026."),
    ("p", "Chapter 1: Crisis support"),
    ("p", "People in crisis told us they waited too long for help, and that phone lines were hard to use for people who are Deaf or have speech impairments."),
    ("p", "Q1 Should the crisis line offer text and video relay so that it can be used by people who cannot use a phone, and should it be open 24 hours a day, 7 days a week?"),
    ("p", "Q2 What would make the crisis service feel safe and welcoming for you? (maximum 150 words)"),
    ("p", "Chapter 2: Community hubs"),
    ("p", "We propose three community hubs, each open until 8pm, replacing 5 smaller clinics."),
    ("p", "Q3 How far would you be able to travel to a community hub, and what would help you get there if you had to travel more than 2 miles?"),
], [
    q("1", "Should the crisis line offer text and video relay so that it can be used by people who cannot use a phone, and should it be open 24 hours a day, 7 days a week?", C),
    q("2", "What would make the crisis service feel safe and welcoming for you? (maximum 150 words)", O, 150),
    q("3", "How far would you be able to travel to a community hub, and what would help you get there if you had to travel more than 2 miles?"),
], wrap=64)

# ---- Written after the finder was tuned on the documents above, and scored once before any
# change (see README.md): a check that the rules are not fitted to the suite alone.

# 18. Word: Welsh Government style, each question in a one-cell table box, the standard
# Welsh language questions, and "Please enter here" answer boxes.
doc("welsh_style_form.docx", [
    ("title", "Supporting people with sensory loss: consultation response form"),
    ("p", "Responses should be returned by 17 April 2026."),
    ("h1", "Your details"),
    ("table", [["Name"], ["Organisation (if applicable)"], ["Email / telephone number"]]),
    ("h1", "Consultation questions"),
    ("table", [["Question 1 – Do you agree that every health board should have a sensory loss champion? Please explain your answer."], ["Please enter here:"]]),
    ("table", [["Question 2 – What training should front-line staff receive about communicating with people with sensory loss?"], ["Please enter here:"]]),
    ("table", [["Question 3 – We would like to know your views on the effects that the proposals would have on the Welsh language. What effects do you think there would be?"], ["Please enter here:"]]),
    ("table", [["Question 4 – We have asked a number of specific questions. If you have any related issues which we have not specifically addressed, please use this space to report them:"], ["Please enter here:"]]),
], [
    q("1", "Do you agree that every health board should have a sensory loss champion? Please explain your answer."),
    q("2", "What training should front-line staff receive about communicating with people with sensory loss?"),
    q("3", "We would like to know your views on the effects that the proposals would have on the Welsh language. What effects do you think there would be?"),
    q("4", "We have asked a number of specific questions. If you have any related issues which we have not specifically addressed, please use this space to report them:"),
])

# 19. PDF: Scottish Government style, "Question 1" alone on its line, tick boxes after.
doc("scottish_style.pdf", [
    ("title", "Consultation on a Disability Assistance appeals process"),
    ("p", "The consultation closes on 22 May 2026."),
    ("h1", "Part 1: Redeterminations"),
    ("p", "When someone disagrees with a decision, they can ask for it to be looked at again. This is called a redetermination. At present there is a 42 day deadline."),
    ("p", "Question 1"),
    ("p", "Do you think the time limit for asking for a redetermination should be extended?"),
    ("p", "Yes [ ] No [ ] Don't know [ ]"),
    ("p", "Please explain your answer."),
    ("p", "Question 2"),
    ("p", "What information should be included in a redetermination decision letter?"),
    ("h1", "Part 2: Appeals"),
    ("p", "Question 3"),
    ("p", "How could the appeals process be made less stressful for disabled people and their families?"),
    ("p", "Question 4"),
    ("p", "Do you have any other comments on the proposals?"),
], [
    q("1", "Do you think the time limit for asking for a redetermination should be extended? Yes [ ] No [ ] Don't know [ ] Please explain your answer.", options=YND),
    q("2", "What information should be included in a redetermination decision letter?"),
    q("3", "How could the appeals process be made less stressful for disabled people and their families?"),
    q("4", "Do you have any other comments on the proposals?"),
], running="Disability Assistance appeals consultation")

# 20. HTML: an NHS engagement page with the questions in a numbered list under "Questions".
doc("nhs_engagement.html", [
    ("title", "Changes to wheelchair services in North Westshire"),
    ("p", "Have your say by 5 June 2026."),
    ("h1", "What we are proposing"),
    ("p", "We propose a single wheelchair service for the whole area, with a new assessment centre in Wexley and home visits for people who cannot travel."),
    ("h1", "Questions"),
    ("raw", "<ol><li>How far would you be willing to travel to an assessment centre?</li><li>What would make home visits work well for you?</li><li>Is there anything else we should know about your experience of wheelchair services?</li></ol>"),
    ("h1", "About you"),
    ("p", "What is the first part of your postcode?"),
    ("p", "Do you use a wheelchair yourself?"),
    ("li", "Yes"), ("li", "No"), ("li", "Prefer not to say"),
], [
    q("1", "How far would you be willing to travel to an assessment centre?"),
    q("2", "What would make home visits work well for you?"),
    q("3", "Is there anything else we should know about your experience of wheelchair services?"),
    q("4", "What is the first part of your postcode?", A),
    q("5", "Do you use a wheelchair yourself?", A, options=("Yes", "No", "Prefer not to say")),
])

# 21. Markdown: a council budget survey with bold "Q1." labels and a table of choices.
doc("council_budget.md", [
    ("title", "Budget consultation 2026/27"),
    ("p", "This survey closes on 31 January 2026."),
    ("h1", "Council tax"),
    ("p", "The council can raise council tax by up to 4.99% without a referendum, including 2% for adult social care."),
    ("p", "**Q1.** How much do you think council tax should rise next year?"),
    ("li", "No rise"), ("li", "Up to 2%"), ("li", "Up to 4.99%"),
    ("p", "**Q2.** Should the 2% for adult social care be spent on care at home? Yes / No / Don't know"),
    ("h1", "Savings"),
    ("p", "**Q3.** Which services should be protected from savings, and why? (Please write no more than 300 words.)"),
    ("p", "**Q4.** Please tell us about any impact these proposals would have on you as a disabled person."),
], [
    q("1", "How much do you think council tax should rise next year?", C, options=("No rise", "Up to 2%", "Up to 4.99%")),
    q("2", "Should the 2% for adult social care be spent on care at home? Yes / No / Don't know", C, options=YND),
    q("3", "Which services should be protected from savings, and why? (Please write no more than 300 words.)", O, 300),
    q("4", "Please tell us about any impact these proposals would have on you as a disabled person."),
])

# 22. Text: a national paper with numbered paragraphs (3.1 ...), questions numbered across
# chapters, and a follow-up in a second paragraph.
doc("national_paper.txt", [
    ("p", "Reforming the Work Capability Assessment"),
    ("p", "This consultation will close at 11:45pm on 30 April 2026."),
    ("p", "Chapter 3: Mobility"),
    ("p", "3.1 The assessment currently awards points to people who cannot mobilise more than 50 metres."),
    ("p", "3.2 We propose to reduce the points for this descriptor, so that fewer people are placed in the group with no work requirements."),
    ("p", "Question 5: Do you agree with the proposal to change the mobilising descriptor?"),
    ("p", "If not, what alternative would you propose?"),
    ("p", "3.3 Some people may need support to move into work, such as Access to Work or adjustments."),
    ("p", "Question 6: What support would people affected by the change need to move into work?"),
    ("p", "Chapter 4: Substantial risk"),
    ("p", "4.1 A person can be treated as having limited capability for work if there would be a substantial risk to their health."),
    ("p", "Question 7: How should the substantial risk rules apply in future? Please provide evidence where possible."),
], [
    q("5", "Do you agree with the proposal to change the mobilising descriptor? If not, what alternative would you propose?"),
    q("6", "What support would people affected by the change need to move into work?"),
    q("7", "How should the substantial risk rules apply in future? Please provide evidence where possible."),
])

# ---- A second batch written after the first round of fixes, scored once before any change.

# 23. Word: Easy Read, the same short question after each section, in a table with a picture
# column left empty.
doc("easy_read.docx", [
    ("title", "Easy Read: Changes to short breaks"),
    ("p", "Please send us your answers by 12 June 2026."),
    ("h1", "Short breaks at Oak House"),
    ("table", [["", "We want to close Oak House and give people money to choose their own short breaks."], ["", "What do you think?"]]),
    ("h1", "Support to plan a break"),
    ("table", [["", "We will pay for someone to help you plan your break."], ["", "What do you think?"]]),
    ("h1", "Anything else"),
    ("table", [["", "Is there anything else you want to tell us?"]]),
], [
    q("1", "What do you think?"),
    q("2", "What do you think?"),
    q("3", "Is there anything else you want to tell us?"),
])

# 24. Markdown: a select committee call for evidence, its questions a bulleted list after a
# sentence that ends in a colon.
doc("call_for_evidence.md", [
    ("title", "Call for evidence: Disability employment gap"),
    ("p", "The deadline for written submissions is 8 May 2026."),
    ("h1", "Terms of reference"),
    ("p", "The Committee would welcome written submissions addressing any or all of the following questions:"),
    ("li", "Why has the disability employment gap changed so little over the past decade?"),
    ("li", "How effective is Access to Work, and how could it be improved?"),
    ("li", "What role should employers play in closing the gap?"),
    ("p", "Submissions should be no longer than 3,000 words."),
], [
    q("1", "Why has the disability employment gap changed so little over the past decade?"),
    q("2", "How effective is Access to Work, and how could it be improved?"),
    q("3", "What role should employers play in closing the gap?"),
])

# 25. Text: a local plan with policy-lettered questions ("Question H1", "Q ST2").
doc("local_plan.txt", [
    ("p", "Draft Local Plan: Regulation 18 consultation"),
    ("p", "Comments must be received by 19 June 2026."),
    ("p", "Chapter 5: Housing"),
    ("p", "Policy H1 requires 10% of new homes on sites of 50 or more to be built to the wheelchair user standard."),
    ("p", "Question H1: Do you support Policy H1? Please give reasons."),
    ("p", "Question H2: Should the 10% requirement apply to smaller sites as well?"),
    ("p", "Chapter 6: Transport"),
    ("p", "Q ST1: How should new developments make walking and wheeling safer?"),
], [
    q("H1", "Do you support Policy H1? Please give reasons."),
    q("H2", "Should the 10% requirement apply to smaller sites as well?", C),
    q("ST1", "How should new developments make walking and wheeling safer?"),
])

# 26. PDF: the questions asked in the text, then again in a response form at the end with
# "Comments:" boxes.
doc("response_form_annex.pdf", [
    ("title", "Home to school transport policy review"),
    ("p", "The consultation closes on 26 June 2026."),
    ("h1", "1. Eligibility"),
    ("p", "Children with special educational needs may get free transport if they cannot walk to school because of their needs."),
    ("p", "Question 1: Should the council offer independent travel training before deciding on transport?"),
    ("h1", "2. Personal transport budgets"),
    ("p", "Question 2: Would a personal transport budget work for your family? Yes / No / Not sure"),
    ("page",),
    ("h1", "Response form"),
    ("p", "Question 1: Should the council offer independent travel training before deciding on transport?"),
    ("p", "Comments:"),
    ("p", "Question 2: Would a personal transport budget work for your family? Yes / No / Not sure"),
    ("p", "Comments:"),
], [
    q("1", "Should the council offer independent travel training before deciding on transport?", C),
    q("2", "Would a personal transport budget work for your family? Yes / No / Not sure", C, options=("Yes", "No", "Not sure")),
])
