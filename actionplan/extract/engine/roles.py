"""Column roles from header wording: exact synonyms first, then prefixes, then fuzzy.

Headers vary ("Responsible officer(s)", "Update September 2013", "What we
will do (5b)"), so a header is normalised, tried against the profile's
synonyms exactly, then as a synonym followed by extra words, then with
rapidfuzz for typos. Each column keeps its score so callers can report
confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from actionplan.extract.engine.profile import Profile

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
FUZZY_MIN = 86
MAX_HEADER_WORDS = 7
# A heading asked as a question or long phrase ("Actions to address the identified
# learning priorities? Which pupils will benefit?") is read by its opening words,
# when they are a synonym of at least this many words.
SPECIFIC_WORDS = 3
MAX_QUESTION_WORDS = 24
# "Staff Lead", "Named owner": a known head noun after a short qualifier.
MAX_QUALIFIER_WORDS = 2
# A heading matched this well names its role outright (an exact or prefixed synonym).
STRONG = 90.0


@dataclass(frozen=True, slots=True)
class RoleMatch:
    role: str | None
    score: float
    header: str
    source: str = "header"  # "header" wording, or "content" of the column's cells
    reason: str = ""  # why the role differs from what the wording alone says


def known_roles(matches: list[RoleMatch]) -> list[str | None]:
    """Each column's role for content guessing: a heading the profile sets aside
    (role None at full score: "Resources", "Costings") is "ignore", never guessed."""
    return [
        m.role if m.role is not None or m.score < 100.0 or not m.header else "ignore"
        for m in matches
    ]


def normalise_header(text: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", text.lower()).split())


_LABEL_VALUE = re.compile(r":\s*\S")
MAX_EXTRA_WORDS = 3


def match_role(text: str, profile: Profile) -> RoleMatch:
    if _LABEL_VALUE.search(text):
        # "Action Plan: Announced inspection ..." is a title's label and value, not a heading
        return RoleMatch(None, 0.0, normalise_header(text))
    whole = _match(normalise_header(text), profile)
    if whole.score < 100.0:
        return _two_named_roles(text, profile) or whole
    return whole


_SLASH = re.compile(r"\s*/\s*")
# A column headed with two roles' names ("Objective / action", "Assurance / progress")
# holds a row of the finer one for each action; the other names what groups or
# oversees them, so the finer role is the column's.
_FINER_ROLES = ("action", "progress")


def _two_named_roles(text: str, profile: Profile) -> RoleMatch | None:
    parts = [p for p in _SLASH.split(text) if p.strip()]
    if len(parts) != 2:
        return None
    roles = {_match(normalise_header(p), profile).role for p in parts}
    if None in roles or len(roles) != 2:
        return None
    for role in _FINER_ROLES:
        if role in roles:
            return RoleMatch(
                role, 90.0, normalise_header(text), reason=f"names '{role}' beside another role"
            )
    return None


@lru_cache(maxsize=4096)
def _match(header: str, profile: Profile) -> RoleMatch:
    if not header:
        return RoleMatch(None, 0.0, header)
    exact = _exact(header, profile)
    if exact is not None:
        return exact
    if len(header.split()) > MAX_HEADER_WORDS:
        return _opening_phrase(header, profile)
    best = RoleMatch(None, 0.0, header)
    for role, words in profile.synonyms.items():
        for word in words:
            extra = len(header.split()) - len(word.split())
            if header.startswith(word + " ") and extra <= MAX_EXTRA_WORDS:
                # longer synonyms are more specific: "progress note" beats "progress"
                score = 90.0 + min(len(word), 40) / 10
                why = f"starts with '{word}'"
            else:
                ratio = fuzz.ratio(header, word)
                score = ratio if ratio >= FUZZY_MIN else 0.0
                why = f"spelt like '{word}'"
            if score > best.score:
                best = RoleMatch(role, score, header, reason=why)
    return best if best.role else _head_noun(header, profile)


def _exact(header: str, profile: Profile) -> RoleMatch | None:
    """A heading the profile names word for word, however long ("How will you ensure it
    is implemented well?"); a heading it sets aside has role None at full score."""
    if header in profile.headers:
        role = profile.headers[header]
        return RoleMatch(None if role == "ignore" else role, 100.0, header)
    for role, words in profile.synonyms.items():
        if header in words:
            return RoleMatch(role, 100.0, header)
    return None


def _opening_phrase(header: str, profile: Profile) -> RoleMatch:
    """A long heading whose first words are a specific synonym ("what are we going to do ...")."""
    if len(header.split()) > MAX_QUESTION_WORDS:
        return RoleMatch(None, 0.0, header)
    best = RoleMatch(None, 0.0, header)
    for role, words in profile.synonyms.items():
        for word in words:
            if len(word.split()) >= SPECIFIC_WORDS and header.startswith(word + " "):
                score = 88.0 + min(len(word), 40) / 20
                if score > best.score:
                    best = RoleMatch(role, score, header, reason=f"opens with '{word}'")
    return best


def _head_noun(header: str, profile: Profile) -> RoleMatch:
    """ "Staff lead", "named owner": a one-word synonym closing a short heading."""
    words = header.split()
    if not 1 < len(words) <= MAX_QUALIFIER_WORDS + 1:
        return RoleMatch(None, 0.0, header)
    for role, synonyms in profile.synonyms.items():
        if words[-1] in synonyms and role in _HEAD_NOUN_ROLES:
            return RoleMatch(role, 85.0, header, reason=f"ends with '{words[-1]}'")
    return RoleMatch(None, 0.0, header)


# Roles whose one-word names keep their meaning behind a qualifier ("staff lead",
# "revised deadline"); an "action" or "area" word there often names something else.
_HEAD_NOUN_ROLES = {"lead", "due", "status", "progress", "outcome", "monitoring"}


def header_roles(texts: list[str], profile: Profile) -> list[RoleMatch] | None:
    """Roles for a row of header cells, or None when the row is not a header."""
    matches = [match_role(t, profile) for t in texts]
    filled = [t for t in texts if t.strip()]
    found = [m for m in matches if m.role]
    if not {m.role for m in found} & {"action", "area", "milestone"}:
        return None
    if len(found) >= 2 and len(found) * 2 >= len(filled):
        return matches
    # "Activity | Evidence that supports this approach | Challenge number(s) addressed":
    # an action heading beside columns the profile knows and sets aside
    named = found + [m for m in matches if m.role is None and m.score == 100.0 and m.header]
    strong_action = any(m.role == "action" and m.score >= STRONG for m in found)
    if strong_action and len(named) >= 2 and len(named) * 2 >= len(filled):
        return matches
    return None
