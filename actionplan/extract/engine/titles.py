"""What a line of text says about the plan's structure, from the text and the profile alone.

Pure functions: is this a title, a numbered section label ("Theme 2: ..."),
a label line ("Timescale: ..."), a timescale prefix ("IMMEDIATE CDDFT ...")?
The walk (`layout.py`) asks them; each can be tried on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import REF
from actionplan.extract.engine.roles import MAX_HEADER_WORDS, match_role

MAX_TITLE_WORDS = 12
# A plain line naming the whole document (its title, a date line) is no section name.
DOCUMENT_TITLE = re.compile(r"\bplan\b|\binspection\b|\b(?:19|20)\d\d\b", re.I)
# "(within two months): Improve ...": a bracketed timescale before the area's wording.
BRACKETED = re.compile(r"^\((?P<inner>[^()]{1,40})\)\s*[-–:]?\s*(?P<rest>.*)$", re.S)
# "(by December 2023)", "(end of Q3)": a bracket after an area's number that names when.
_WHEN = re.compile(
    r"^(?:by|within|before|until|no later than|end of|from)\b|\b(?:19|20)\d\d\b|\bQ[1-4]\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:spring|summer|autumn|winter)\b",
    re.I,
)
AREA_LABEL = re.compile(
    r"^\s*(?:recommendation|area for (?:improvement|development)|improvement area|priority)s?"
    r"\s*:\s*",
    re.I,
)
_ACRONYM = re.compile(
    r"^\s*(?P<agency>(?:[A-Z][A-Z&]{1,7})(?:\s*/\s*[A-Z][A-Z&]{1,7})*)\b\s*[-–:]?\s*"
)


def section_name(profile: Profile, text: str) -> str:
    """The section's name without a "Theme:" style prefix or a template's bracketed
    guidance ("Teaching (for example, CPD, recruitment and retention)")."""
    text = text.strip()
    for aside in profile.title_asides:
        text = aside.sub("", text).strip() or text
    return _without_prefix(profile, text)


def _without_prefix(profile: Profile, text: str) -> str:
    for prefix in profile.section_prefixes:
        match = re.match(rf"{re.escape(prefix)}\s*:\s*", text, re.I)
        if match and text[match.end() :].strip():
            return text[match.end() :].strip()
    return text


def prefixed(profile: Profile, text: str) -> bool:
    return _without_prefix(profile, text.strip()) != text.strip()


def numbered_group(profile: Profile, text: str) -> bool:
    """ "Theme 2: Early help", "AIM 1 – Access": a section prefix with a number, kept whole."""
    return any(
        re.match(rf"{re.escape(prefix)}\s+\d{{1,2}}[a-z]?\s*[:.\-–—]\s*\S", text, re.I)
        for prefix in profile.section_prefixes
    )


def looks_like_title(profile: Profile, text: str) -> bool:
    """Short, unnumbered, no closing full stop, and no "Label: value" form."""
    words = text.split()
    if not 0 < len(words) <= MAX_TITLE_WORDS or REF.match(text):
        return False
    if text.rstrip().endswith((".", ",", ";")) or not text[:1].isupper():
        return False
    return ":" not in text or prefixed(profile, text) or numbered_group(profile, text)


def heading_names_section(profile: Profile, text: str, level: int) -> bool:
    """A heading names a section unless it names the document or reads as a sentence."""
    if DOCUMENT_TITLE.search(text) and not prefixed(profile, text):
        return False
    return level >= 2 or looks_like_title(profile, text)


def preamble_label(profile: Profile, text: str) -> str | None:
    """ "Outcomes:" or "Measures of success:" switch an area's preamble to that list."""
    if any(p.search(text) for p in profile.outcome_labels):
        return "outcomes"
    if any(p.search(text) for p in profile.measure_labels):
        return "measures"
    return None


def bracketed_timescale(profile: Profile, inner: str) -> bool:
    """The text of a bracket after an area's number names a timescale, not wording."""
    inner = inner.strip()
    if timescale_prefix(profile, inner, None)[0] is not None:
        return True
    return len(inner.split()) <= 6 and bool(_WHEN.search(inner))


def due_label(profile: Profile, text: str) -> str | None:
    """The value of a "Timescale: within three months" line, whose label names a due date."""
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or len(label.split()) > MAX_HEADER_WORDS:
        return None
    return value.strip() if match_role(label, profile).role == "due" else None


@cache
def _timescale_pattern(profile: Profile) -> re.Pattern[str] | None:
    if not profile.timescale_phrases:
        return None
    phrases = "|".join(profile.timescale_phrases)
    return re.compile(r"^\s*(?P<ts>" + phrases + r")\b\s*[-–:]?\s*", re.I)


def timescale_prefix(
    profile: Profile, text: str, bold: str | None
) -> tuple[str | None, str | None, str]:
    """A priority phrase opening an area cell ("Within 3 months CDDFT ..."): the phrase,
    the agency acronym after it when bold or alone, and the rest of the text."""
    pattern = _timescale_pattern(profile)
    match = pattern.match(text) if pattern else None
    if not match:
        return None, None, text
    timescale = match.group("ts").strip()
    rest = text[match.end() :]
    agency = None
    acronym = _ACRONYM.match(rest)
    if acronym and (bold is None or acronym.group("agency") in bold or not rest.strip()):
        agency = acronym.group("agency")
        rest = rest[acronym.end() :]
    return timescale, agency, rest.strip()


@dataclass(frozen=True, slots=True)
class AreaHeading:
    """An area's banner or heading: its number, wording and timescale."""

    ref: str | None
    text: str
    timescale: str | None = None


def area_heading(profile: Profile, text: str) -> AreaHeading | None:
    """ "Recommendation 3 (within 6 months): Improve ..." -> ref 3, its timescale and wording.

    The profile's area heading patterns say what opens an area; a bracketed
    or leading timescale after the number goes to the timescale, not the text.
    """
    for pattern in profile.area_headings:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        rest = (groups.get("timescale") or "").strip(" -–:")
        bracket = BRACKETED.match(rest)
        if bracket and bracketed_timescale(profile, bracket.group("inner")):
            return AreaHeading(
                groups.get("ref"), bracket.group("rest"), bracket.group("inner").strip()
            )
        timescale, _, body = timescale_prefix(profile, rest, None)
        return AreaHeading(groups.get("ref"), rest if timescale is None else body, timescale)
    return None
