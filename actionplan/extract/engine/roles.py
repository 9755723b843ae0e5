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


@dataclass(frozen=True, slots=True)
class RoleMatch:
    role: str | None
    score: float
    header: str
    source: str = "header"  # "header" wording, or "content" of the column's cells


def normalise_header(text: str) -> str:
    return " ".join(_NON_ALNUM.sub(" ", text.lower()).split())


_LABEL_VALUE = re.compile(r":\s*\S")
MAX_EXTRA_WORDS = 3


def match_role(text: str, profile: Profile) -> RoleMatch:
    if _LABEL_VALUE.search(text):
        # "Action Plan: Announced inspection ..." is a title's label and value, not a heading
        return RoleMatch(None, 0.0, normalise_header(text))
    return _match(normalise_header(text), profile)


@lru_cache(maxsize=4096)
def _match(header: str, profile: Profile) -> RoleMatch:
    if not header or len(header.split()) > MAX_HEADER_WORDS:
        return RoleMatch(None, 0.0, header)
    if header in profile.headers:
        role = profile.headers[header]
        return RoleMatch(None if role == "ignore" else role, 100.0, header)
    best = RoleMatch(None, 0.0, header)
    for role, words in profile.synonyms.items():
        for word in words:
            if header == word:
                return RoleMatch(role, 100.0, header)
            extra = len(header.split()) - len(word.split())
            if header.startswith(word + " ") and extra <= MAX_EXTRA_WORDS:
                # longer synonyms are more specific: "progress note" beats "progress"
                score = 90.0 + min(len(word), 40) / 10
            else:
                ratio = fuzz.ratio(header, word)
                score = ratio if ratio >= FUZZY_MIN else 0.0
            if score > best.score:
                best = RoleMatch(role, score, header)
    return best


def header_roles(texts: list[str], profile: Profile) -> list[RoleMatch] | None:
    """Roles for a row of header cells, or None when the row is not a header."""
    matches = [match_role(t, profile) for t in texts]
    filled = [t for t in texts if t.strip()]
    found = [m for m in matches if m.role]
    if len(found) < 2 or len(found) * 2 < len(filled):
        return None
    if not {m.role for m in found} & {"action", "area", "milestone"}:
        return None
    return matches
