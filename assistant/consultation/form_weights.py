"""The form finder's weights: how much each sign counts towards "this paragraph is a question
for the respondent" (`form_finder.score`). A table of numbers, kept apart from the code so a
re-tuning changes one file; tuned by hand on the first fresh batch (evals/questions/fresh: round
one on its dev half, round two on all 28 documents) and the bundled suite, never on the second
batch (evals/questions/fresh2).

A paragraph is taken when its score reaches THRESHOLD.
"""

from __future__ import annotations

THRESHOLD = 1.5

WEIGHTS: dict[str, float] = {
    "numbered": 2.0,  # "1.", "Q2", "3a)": numbered as forms number their items
    "required": 1.5,  # "* Your name:": the form's required marker
    "asks": 1.5,  # ends in "?" or starts as a question does ("How", "Do you", "To what extent")
    "instruction": 1.5,  # "Please tell us ...", "Please rate ...", "please indicate ..."
    "after_ask_lead": 3.0,  # a bullet after "should address:", "evidence on the following:"
    "field": 1.0,  # a short field label: "Your name:", "Sex", "Age band"
    "answer_box": 1.5,  # "Name of member(s) ...: [Type here]": a Word/ODT form's answer box
    "limit": 1.5,  # "Description (in 100-500 words).": a short label with a word limit
    "grid_follows": 1.5,  # a scale header (agree ... disagree) comes next: a grid's question
    "heading": -3.0,  # a heading ("What is the survey about?") introduces, it does not ask
    "long": -2.0,  # more than 60 words: prose, even with a question mark
    "writer": -2.5,  # "Can I suggest ...?", "I do not believe ...": the writer's own voice
    "continues": -2.0,  # starts in lower case: the middle of a sentence
    "unnumbered_among_numbered": -2.0,  # the form numbers its questions, this has none
    "statement": -1.5,  # an unnumbered sentence that tells: "We will not be able to ..."
    "about_the_form": -2.0,  # "this survey", "the questions", "contact us": talk about the form
    "numbered_statement": -2.5,  # "10. We recommend that ...": a report's numbered paragraph
    "answered": -2.0,  # "What is a consultation?" above the long paragraph that answers it
    "introduces": -2.0,  # "Please provide the following details:" before the numbered items
}
