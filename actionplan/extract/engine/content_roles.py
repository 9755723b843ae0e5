"""Column roles from what the cells hold, for headers that are missing or unknown.

When a heading says nothing the profile knows ("Who", "Ref/Date"), or a table
has no header row at all, the cells still tell: dates, status words, short
names, bare numbers, long sentences. Each guess carries the share of cells that
support it, which callers report as its confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actionplan.extract.grid import Row
from actionplan.normalizers.dates import parse_span
from actionplan.normalizers.people import split_leads
from actionplan.normalizers.status import classify_status
from actionplan.schemas import DueKind

MIN_SHARE = 0.6
SAMPLE_ROWS = 40
_REF_ONLY = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]?$")
_REF_START = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+\S")
_DATED = {
    DueKind.DATE,
    DueKind.MONTH,
    DueKind.QUARTER,
    DueKind.YEAR,
    DueKind.RANGE,
    DueKind.RELATIVE,
    DueKind.ONGOING,
    DueKind.TBC,
}


@dataclass(frozen=True, slots=True)
class Guess:
    role: str
    confidence: float


@dataclass(slots=True)
class _Column:
    texts: list[str]
    fills: int
    rows: int

    def share(self, test) -> float:
        return sum(1 for t in self.texts if test(t)) / len(self.texts) if self.texts else 0.0

    @property
    def words(self) -> float:
        return sum(len(t.split()) for t in self.texts) / len(self.texts) if self.texts else 0.0

    @property
    def blank_share(self) -> float:
        return 1 - len(self.texts) / self.rows if self.rows else 1.0


def _columns(rows: list[Row], width: int) -> list[_Column]:
    columns = [_Column([], 0, 0) for _ in range(width)]
    for row in rows[:SAMPLE_ROWS]:
        col = 0
        for cell in row.cells:
            if col < width:
                column = columns[col]
                column.rows += 1
                if not cell.blank:
                    column.texts.append(" ".join(cell.text.split()))
                elif cell.fill:
                    column.fills += 1
            col += cell.span
    return columns


def _is_date(text: str) -> bool:
    return len(text.split()) <= 8 and parse_span(text).kind in _DATED


def _is_status(text: str) -> bool:
    return len(text.split()) <= 5 and classify_status(text) is not None


def _is_name(text: str) -> bool:
    if len(text.split()) > 8 or _is_date(text):
        return False
    people = split_leads(text)
    return bool(people) and all(p.name for p in people)


def guess_roles(rows: list[Row], known: list[str | None]) -> list[Guess | None]:
    """A guess for each column whose role is None in `known`; known roles are kept."""
    width = len(known)
    columns = _columns(rows, width)
    taken = {r for r in known if r}
    guesses: list[Guess | None] = [None] * width
    long_text: list[int] = []
    for i, (role, column) in enumerate(zip(known, columns, strict=True)):
        if role is not None or (not column.texts and not column.fills):
            continue
        filled = len(column.texts) + column.fills
        candidates = [
            ("ref", column.share(_REF_ONLY.match)),
            ("status", (column.share(_is_status) * len(column.texts) + column.fills) / filled),
            ("due", column.share(_is_date)),
            ("lead", column.share(_is_name)),
        ]
        role_found, share = max(candidates, key=lambda c: c[1])
        if share >= MIN_SHARE and role_found not in taken:
            if role_found == "due" and "due" in taken:
                role_found = "start"
            guesses[i] = Guess(role_found, round(share, 2))
            taken.add(role_found)
        elif column.words >= 4:
            long_text.append(i)
    action_at = known.index("action") if "action" in known else None
    _assign_text_columns(long_text, columns, taken, guesses, action_at)
    return guesses


def _assign_text_columns(
    indexes: list[int],
    columns: list[_Column],
    taken: set[str],
    guesses: list[Guess | None],
    action_at: int | None,
) -> None:
    """Long-text columns, left to right: area (merged down), action, then notes.

    A column merged down over the rows left of the action column is the area
    the actions answer ("Must do / should do", "Finding"), whatever its heading.

    Progress and outcomes report on an action, so they stand after it: a text
    column left of a known action column ("Current practice", "Rationale") is
    the situation the action starts from and gets no role.
    """
    for i in indexes:
        column = columns[i]
        numbered = column.share(_REF_START.match)
        before_action = "action" not in taken or (action_at is not None and i < action_at)
        if "area" not in taken and before_action and column.blank_share >= 0.3:
            role, confidence = "area", column.blank_share
        elif "action" not in taken:
            role, confidence = "action", max(numbered, 0.5)
        elif action_at is not None and i < action_at:
            continue
        elif "progress" not in taken:
            role, confidence = "progress", 0.5
        elif "outcome" not in taken:
            role, confidence = "outcome", 0.5
        else:
            continue
        guesses[i] = Guess(role, round(confidence, 2))
        taken.add(role)


# Roles whose cells hold short values that can be checked: a date, a name, a status word.
def _is_person(text: str) -> bool:
    """A name or a post ("Headteacher", "Literacy Lead"), as a lead cell holds."""
    return len(text.split()) <= 8 and not _is_date(text) and bool(split_leads(text))


def _is_status_mark(text: str) -> bool:
    """A status word, or a short glyph or code from the plan's key."""
    return len(text) <= 3 or _is_status(text)


_FITS = {
    "due": _is_date,
    "start": _is_date,
    "lead": _is_person,
    "status": _is_status_mark,
    "ref": lambda text: bool(_REF_ONLY.match(text)),
}


def content_shares(rows: list[Row], roles: list[str | None]) -> list[float | None]:
    """Per grid column, the share of its filled cells that read as its role (None when the
    role's cells cannot be checked or too few are filled)."""
    columns = _columns(rows, len(roles))
    out: list[float | None] = []
    for role, column in zip(roles, columns, strict=True):
        test = _FITS.get(role or "")
        out.append(column.share(test) if test and len(column.texts) >= 2 else None)
    return out


def status_column_among_progress(rows: list[Row], roles: list[str | None]) -> int | None:
    """The column to read as status when the wording named two progress columns and none
    for status ("Progress" | "Comments"): the one whose every cell is a status mark
    (a glyph from the plan's key, a RAG letter, "On track"), or None."""
    if "status" in roles or roles.count("progress") < 2:
        return None
    columns = _columns(rows, len(roles))
    for i, (role, column) in enumerate(zip(roles, columns, strict=True)):
        if role == "progress" and column.texts and column.share(_is_status_mark) == 1.0:
            return i
    return None


def colour_status_column(rows: list[Row], roles: list[str | None]) -> int | None:
    """The unheaded column to read as status when no heading names one: its cells hold
    no text, only a fill colour (a RAG column coloured in and left without a heading)."""
    if "status" in roles:
        return None
    columns = _columns(rows, len(roles))
    for i, (role, column) in enumerate(zip(roles, columns, strict=True)):
        if role is None and not column.texts and column.fills * 2 > column.rows >= 2:
            return i
    return None
