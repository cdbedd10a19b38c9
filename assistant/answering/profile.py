"""Who is speaking: the organisation profile that gives every draft its voice and its defaults.

A consultation answer from a user-led organisation carries weight because of who it comes from,
so the profile is a small checked file (TOML or JSON) rather than free text typed per draft.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationError

from assistant.core.datafiles import read_toml_or_json
from assistant.core.errors import InputError
from assistant.core.result_facts import Stance

STANCES: tuple[Stance, ...] = tuple(Stance)
# Keyed by the plain words too (a StrEnum member hashes as its word), so callers holding a
# stance read from a file or a form look it up directly.
STANCE_SENTENCES: dict[str, str] = {
    Stance.AGREE: "We agree with this proposal.",
    Stance.DISAGREE: "We disagree with this proposal.",
    Stance.MIXED: "We have mixed views on this proposal.",
    Stance.NO_VIEW: (
        "We do not take a position on this proposal, but we want to set out the evidence."
    ),
}
WELCOME = "We welcome the chance to respond to this consultation"
# Quote marks, but not apostrophes inside words (people’s, don't stay as they are).
_QUOTE_MARKS = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")


def normalise_stance(value: object) -> Stance:
    """One of STANCES; the aliases people naturally write ("none", "no_view") are accepted."""
    key = " ".join(str(value).strip().lower().replace("_", " ").replace("-", " ").split())
    stance = "no view" if key in ("none", "neutral", "noview") else key
    if not isinstance(value, str) or stance not in STANCES:
        raise ValueError(f"must be one of {', '.join(STANCES)} (got {value!r})")
    return Stance(stance)


def _voice_safe(text: str | None) -> str | None:
    """Text safe for a "We ..." sentence (why: see opening_sentences): no digits or quotes."""
    if not text or any(ch.isdigit() for ch in text):
        return None
    return " ".join(_QUOTE_MARKS.sub("", text).split()).rstrip(" .;:,") or None


# An empty string or list item in the file means the same as leaving it out.
_Text = Annotated[str | None, AfterValidator(lambda value: value or None)]
_Points = Annotated[tuple[str, ...], AfterValidator(lambda ps: tuple(p for p in ps if p))]


class OrganisationProfile(BaseModel):
    """The organisation a draft speaks for. Every field is optional: missing ones are omitted."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: _Text = None
    represents: _Text = None  # e.g. "disabled people in Kirklees"
    area: _Text = None
    about: _Text = None
    lived_experience: _Text = None
    contact: _Text = None
    # --stance overrides it for one draft
    stance: Annotated[Stance, BeforeValidator(normalise_stance)] = Stance.NO_VIEW
    key_points: _Points = ()

    def opening_sentences(
        self, stance: str | None = None, topic: str = "", position: bool = True
    ) -> list[str]:
        """Who we are, that we welcome the consultation, and where we stand: 2-3 sentences.

        No figures or quotes, so the verifier reads them as the organisation speaking for itself,
        not as claims to cite; a topic with digits, a question mark or many words is left out.
        `position=False` (a question that asks for no position): no stance sentence.
        """
        try:
            chosen = normalise_stance(self.stance if stance is None else stance)
        except ValueError as exc:
            raise InputError(f"stance {exc}") from None
        sentences = [s for s in [self._who_we_are()] if s]
        subject = _voice_safe(topic)
        if subject and (topic.strip().endswith("?") or len(subject.split()) > 12):
            subject = None
        sentences.append(f"{WELCOME} on {subject}." if subject else f"{WELCOME}.")
        if position:
            sentences.append(STANCE_SENTENCES[chosen])
        return sentences

    def _who_we_are(self) -> str | None:
        name, represents, area = (_voice_safe(t) for t in (self.name, self.represents, self.area))
        if represents and area and area.lower() in represents.lower():
            area = None  # "representing disabled people in Kirklees", not "... in Kirklees"
        if not (name or represents or area):
            return None
        who = f"We are {name}, a" if name else "We are a"
        serves = f" representing {represents}" if represents else ""
        return f"{who} user-led organisation{serves}{f' in {area}' if area else ''}."

    def steering_text(self) -> str:
        """Words added to retrieval queries so evidence leans towards what the group works on."""
        return " ".join(" ".join([self.about or "", *self.key_points]).split())


def neutral_profile() -> OrganisationProfile:
    """The profile used when none is given: no name, "We" voice, no stance."""
    return OrganisationProfile()


def _read(path: Path) -> Any:
    return read_toml_or_json(path, "profile")


def _describe(error: dict[str, Any]) -> str:
    """One pydantic error as "field 'x' must be ..." in plain English."""
    field, *rest = [str(part) for part in error["loc"]] or ["?"]
    label = f"field '{field}'" + (f" item {int(rest[0]) + 1}" if rest else "")
    kind, got = error["type"], repr(error.get("input"))[:60]
    if kind == "extra_forbidden":
        return f"unknown field '{field}' (allowed: {', '.join(OrganisationProfile.model_fields)})"
    if kind == "value_error":
        return f"{label} {error['ctx']['error']}"
    need = {"string_type": "must be text", "tuple_type": "must be a list of text items"}
    return f"{label} {need.get(kind, 'is not valid: ' + error['msg'])} (got {got})"


def load_profile(path: Path) -> OrganisationProfile:
    """Read and check a profile file; the first problem is reported in one line."""
    data = _read(Path(path))
    if not isinstance(data, dict):
        raise InputError(f"{path}: a profile must be a table of fields, not {type(data).__name__}")
    try:
        return OrganisationProfile.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise InputError(f"{path}: {_describe(dict(errors[0]))}{more}") from None
