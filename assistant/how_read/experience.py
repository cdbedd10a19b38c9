"""The experience sign: what the writer, the organisation or its members did, saw or were told.

Its own module because experience is told in more shapes than the other signs. Round one knew
the fixed phrasings ("we run", "our members told us", "I was assessed"); round three (2026-12-08)
adds the shapes, not more phrases: the organisation as the doer of something ("our centre has
run", "our advocacy workers booked", "our helpline opens at 8am"), a person the organisation
works with ("one man we support", "the families we work with"), a part of "us" ("six of us
spent", "none of us had heard of") and members' reported views ("some of our members like").
Opinions ("we think", "our view is"), wishes ("our members would"), the local council or area
("our council has closed") and other bodies' research are not first-hand, so none of them count.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# People an organisation works with or for.
_PEOPLE = (
    r"(?:members?|people|person|man|men|woman|women|families|family|parents?|carers?|clients?|"
    r"tenants?|claimants?|young (?:people|person)|child(?:ren)?|users?|residents?|volunteers?|"
    r"self-advocates?|advocates?)"
)
# What an organisation does with them: "one man we support", "people we advise".
_WORK = (
    r"(?:support|supported|work with|worked with|help|helped|advise|advised|represent|"
    r"represented|trained|train|visit|visited|met|spoke (?:to|with)|surveyed|interviewed|"
    r"house|housed|employ|employed)"
)
# An activity done (not thought or wished): past tense, a perfect, or a routine in the present.
_DONE = (
    r"(?:\w+ed|ran|run|runs|began|begun|built|brought|dealt|did|found|gave|given|got|had|held|"
    r"heard|kept|knew|led|left|lost|made|met|paid|saw|seen|sent|spent|spoke|taken|took|told|"
    r"went|won|wrote|written|sat|stood|rang|came|taught|drove|bought|opens|closes|meets|holds|sees|helps|supports|works|handles|"
    r"delivers|provides|offers|trains|visits|takes|gets|hears|answers|receives)"
)
# An "our …" that is not the organisation's own work: views, wishes and the place one lives.
_NOT_WORK = (
    r"(?:view|views|position|answer|response|concern|concerns|belief|understanding|hope|fear|"
    r"worry|aim|aims|priority|priorities|recommendation|recommendations|point|points|question|"
    r"reply|submission|council|government|area|town|city|borough|county|country|society|"
    r"local authority|MP|community|nation|experience|evidence|own|disabled|learning-disabled|"
    r"paid|unpaid|trained|skilled|qualified|experienced|dedicated|elected|registered|limited|"
    r"committed|isolated|excluded|marginali[sz]ed|valued|named|proposed|would|could|might|may|will|"
    r"should|must|think|thinks|believe|believes|feel|feels|want|wants|hope|hopes)"
)

_EXPERIENCE = re.compile(
    r"\bwe (?:run|ran|have run|carried out|surveyed|asked our|work with|have worked|have sat|"
    r"sat on|have seen|see|saw|heard|have heard|hear|know of|have been|were (?:involved|left))\b"
    r"|\bwe support(?:ed)? (?:around|about|over|more than|\d)"
    r"|\b(?:people|members|families) we (?:support|supported|work with|worked with|help)\b"
    r"|\b(?:in|from) our (?:own )?(?:experience|work|casework|advice|helpline|survey|\d{4} survey|"
    r"services?|groups?|drop-in|research)\b|\bour own\b"
    r"|\b(?:our |some |many |several |most |the )?members(?: of our \w+(?: \w+)?)?"
    r"(?: who \w+)?(?: \w+){0,3}? (?:told|tell|say|said|report|reported|describe|described|"
    r"waited|prefer|find|found|have told|lost|have been|had|were|visited|use|used)\b"
    r"|\b(?:told|tell|have told|has told) us\b"
    r"|\b(?:in|from|through|at|to|via) our (?:[\w-]+ ){0,2}(?:project|club|forum|meetings?|"
    r"events?|centre|sessions?|caseload|line|drop-in|group|helpline|service)\b"
    r"|\bas we (?:already )?do\b|\ba member (?:who [^.,;]{0,40} )?(?:\w+ed|was|had|lost|got)\b"
    r"|\bone of our\b|\ba member['’]s\b|\bone (?:\w+ )?(?:member|mother|father|parent) in our\b"
    r"|\bone (?:\w+ )?member\b"
    # the organisation's own service or group doing something: "our self-advocacy group has"
    r"|\bour (?:[\w-]+ ){0,2}(?:group|service|team|helpline|project|worker|staff|volunteers|"
    r"forum|panel|network|centre|club|scheme) (?:has|have|is|are|runs?|ran|offered|supports?|"
    r"helped|found|gave|holds?|meets?)\b"
    r"|\bI (?:was|have|had|rely|use|used|am|lost|waited|applied|could not|scored|live|rang|"
    r"went|sat|got|took|saw|met|spent|paid|left|came|\w+ed)\b"
    r"|\bas an? (?:\w+ )?(?:person|user|claimant|parent|carer|woman|man)\b"
    r"|\bmy (?:partner|award|claim|son|daughter|husband|wife|carer|assessment|support)\b"
    # round three: a person the organisation works with: "one man we support", "the families
    # we worked with", "a tenant we advised"
    rf"|\b{_PEOPLE} (?:who |whom |that )?we (?:have |had |now |still )?{_WORK}\b"
    # a part of "us" that did something: "six of us spent", "none of us had heard of"
    rf"|\b(?:\w+) of us (?:have |had |were |was |all )?(?:been )?{_DONE}\b"
    # members' own views reported, not guessed: "some of our members like", "suit some of our
    # members" (not "our members would")
    rf"|\b(?:some|many|most|several|all|none|a few|half|\w+ty|\w+teen|two|three|four|five|"
    rf"six|seven|eight|nine|ten) of our {_PEOPLE}s?\b(?! (?:would|could|may|might|"
    r"will|should)\b)",
    _I,
)
# The organisation as the doer: "Our centre for independent living has run …", "our advocacy
# workers booked 312 interpreters", "Our helpline opens at 8am", "our Tuesday group does not
# meet": "our", up to four words naming a part of it, then something it does or did.
_OURS_DID = re.compile(
    rf"\bour (?!{_NOT_WORK}\b)(?:[\w-]+ ){{1,4}}?(?:of [\w-]+(?: [\w-]+){{0,3}} )?"
    rf"(?:(?:has|have|had)(?: also| now| already)? (?:been )?\w+|(?:was|were) (?:\w+ed|paid|"
    rf"told|given|sent|left|made|taken|brought|run|seen)|"
    rf"(?:does|do|did) not \w+|{_DONE})\b",
    _I,
)
_NOT_WORK_WORD = re.compile(_NOT_WORK, _I)
_AUXILIARY = {"has", "have", "had", "was", "were", "been"}
_NOT_OURS = re.compile(r"\b(?:not|never|no)\b[^.]{0,30}$", _I)


def experience(text: str) -> list[str]:
    """First-hand: what we, our members or I did, saw or were told; not "we think"."""
    found = [
        m.group(0)
        for m in _EXPERIENCE.finditer(text)
        if not _NOT_OURS.search(text[max(0, m.start() - 30) : m.start()])
    ]
    found += [m.group(0) for m in _OURS_DID.finditer(text) if _our_work(m.group(0))]
    return found


def _our_work(words: str) -> bool:
    """An "our …" phrase whose words name the organisation's own part, not a view of it
    ("our main concern is") or the place it is in ("our local council has")."""
    *names, last = words.lower().split()[1:]
    if _NOT_WORK_WORD.fullmatch(last) and names[-1] not in _AUXILIARY:  # "our Deaf and disabled"
        return False
    return not any(_NOT_WORK_WORD.fullmatch(w) for w in names)
