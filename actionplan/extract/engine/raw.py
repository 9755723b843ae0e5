"""What the layout engine hands on: raw sections, areas and actions, and their text helpers.

Plain data with provenance; every value is still the document's own text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from actionplan.extract.engine.roles import RoleMatch
from actionplan.extract.engine.row_kinds import RowDecision
from actionplan.extract.grid import Line, Row

REF = re.compile(
    r"^\s*(?:(?i:action|rec(?:ommendation)?|area|step|milestone|objective)\s*(?:no\.?\s*)?"
    r"(?=\d))?"
    r"(?:(?P<num>(?!Q[1-4]\b)[A-Z]{0,2}\d{1,3}(?:\.\d{1,3})*[a-z]?)[.:]?(?=\s|$)"
    r"|\((?P<paren>[ivx]{1,4}|[a-z])\)(?=\s)|(?P<letter>[ivx]{1,4}|[a-z])[.)](?=\s)"
    r"|(?P<capital>[A-Z])\.(?=\s+[A-Z]\S*\s+\S+\s+\S))\s*"  # "A. Make buildings accessible",
    # a capital before three words or more: "J. Smith" is a name, not area J
)
_TERMINAL = re.compile(r"[.;:!?)\]]\s*$")


@dataclass
class RawAction:
    ref: str | None
    text: str
    values: dict[str, list[str]] = field(default_factory=dict)
    bold: dict[str, str] = field(default_factory=dict)
    fills: dict[str, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    page: int | None = None
    line: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def value(self, role: str) -> str | None:
        parts = [p for p in self.values.get(role, []) if p.strip()]
        return "\n".join(parts) if parts else None


@dataclass
class RawArea:
    section: str | None
    ref: str | None = None
    text: str | None = None
    timescale: str | None = None
    agency: str | None = None
    outcomes: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    actions: list[RawAction] = field(default_factory=list)
    page: int | None = None
    line: int | None = None
    text_from_action: bool = False
    listed: bool = False


@dataclass
class RawPlan:
    lines: list[Line] = field(default_factory=list)
    areas: list[RawArea] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    tables: list[list[RoleMatch]] = field(default_factory=list)
    roles_seen: set[str] = field(default_factory=set)
    notes: list[tuple[str, str]] = field(default_factory=list)
    features: Counter[str] = field(default_factory=Counter)
    row_roles: list[tuple[Row, list[str | None]]] = field(default_factory=list)
    decisions: list[RowDecision] = field(default_factory=list)
    glossary: dict[str, str] = field(default_factory=dict)


def split_ref(text: str) -> tuple[str | None, str]:
    match = REF.match(text)
    if not match:
        return None, text.strip()
    ref = match.group("num") or match.group("paren") or match.group("letter")
    ref = ref or match.group("capital")
    return ref, text[match.end() :].strip()


# "A. Pupils in Years 1 and 2 read fluently": a capital letter labelling an objective.
_CAPITAL_LABEL = re.compile(r"^\s*(?P<ref>[A-Z])[.)]\s+(?=[A-Z])")
MIN_LABELLED_WORDS = 3


def split_area_ref(text: str) -> tuple[str | None, str]:
    """An area cell's label and wording: a number, or a capital letter before a
    sentence (a lone initial before a name, "J. Smith", is no label)."""
    ref, body = split_ref(text)
    if ref is not None:
        return ref, body
    match = _CAPITAL_LABEL.match(text)
    rest = text[match.end() :].strip() if match else ""
    if not match or len(rest.split()) < MIN_LABELLED_WORDS:
        return None, text.strip()
    return match.group("ref"), rest


def terminal(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def join_text(left: str, right: str) -> str:
    left, right = left.rstrip(), right.lstrip()
    if " ".join(right.split()) in " ".join(left.split()):
        return left  # the same text printed twice (a row repeated over a page turn)
    if left.endswith("-") and not left.endswith(" -") and right[:1].islower():
        return left + right
    return f"{left} {right}"


def same_text(a: str, b: str) -> bool:
    a, b = " ".join(a.split()).lower(), " ".join(b.split()).lower()
    if not a or not b:
        return False
    return a.startswith(b) or b.startswith(a) or fuzz.token_set_ratio(a, b) >= 92
