"""What a row is, decided from the row alone and the table it stands in.

Every row the engine meets gets a kind and the reason for it, kept as plain
data (`RowDecision`) on the raw plan so `actionplan detect` can show them: no
row is dropped silently. The functions here look at one row and say what it
can be; the walk (`layout.py`) uses them together with what came before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from actionplan.extract.grid import Row

RowKind = Literal[
    "header", "section", "area", "action", "continuation", "legend", "note", "glossary", "ignored"
]
# A bullet, dash or list marker opening a line: an item of a list, never a title.
_LIST_ITEM = re.compile(r"^\s*[•\u2022\uf0b7\u25aa\u25cf·▪◦\-–−*]\s+\S")
_QUOTE_OPEN = re.compile(r"^[^\s:]{1,30}(?:\s\S+){0,4}:\s*[‘“'\"]")
PROSE_WORDS = 12
_QUOTES = "‘“'\""


@dataclass(frozen=True, slots=True)
class RowDecision:
    """The kind the engine gave one row, and why; `table` numbers the action table
    (as `RawPlan.tables`, from 1) the row was read in, None outside action tables."""

    kind: RowKind
    reason: str
    text: str
    page: int | None = None
    line: int | None = None
    table: int | None = None

    @classmethod
    def of(cls, row: Row, kind: RowKind, reason: str, table: int | None = None) -> RowDecision:
        text = " | ".join(" ".join(c.text.split()) for c in row.filled)
        return cls(kind, reason, text[:80], row.page, row.line, table)


def sole_text(row: Row) -> str | None:
    """The text of a row with exactly one filled cell that spans the table, or stands alone."""
    filled = row.filled
    if len(filled) != 1:
        return None
    cell = filled[0]
    if len(row.cells) > 1 and cell.span == 1:
        return None
    return cell.text.replace("\n", " ").strip()


def is_list_item(text: str) -> bool:
    """A line opening with a bullet or dash: an item of a prose list."""
    return bool(_LIST_ITEM.match(text))


def is_quotation(text: str) -> bool:
    """A quotation, bare or after a source label ("Research: ‘...’"): evidence, not an action."""
    return text[:1] in _QUOTES or bool(_QUOTE_OPEN.match(text))


def is_prose(text: str) -> bool:
    """Running text (a quotation, evidence, commentary) rather than a title or label."""
    return len(text.split()) > PROSE_WORDS or bool(_QUOTE_OPEN.match(text))


def heading_of(text: str) -> str:
    """A cell's text without the bulleted list under its first lines ("Teaching" then its aims)."""
    lines = [line for line in text.split("\n") if line.strip()]
    cut = next((i for i, line in enumerate(lines) if is_list_item(line)), len(lines))
    if 0 < cut < len(lines) and all(is_list_item(line) for line in lines[cut:]):
        lines = lines[:cut]
    return "\n".join(lines)


_INITIALS = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z][A-Za-z&]{1,7}$")


def glossary_entry(row: Row) -> tuple[str, str] | None:
    """ "JH | Jane Hughes, Head of Service": initials and the words they stand for."""
    filled = row.filled
    if len(filled) != 2:
        return None
    key, meaning = (" ".join(c.text.split()) for c in filled)
    if not _INITIALS.match(key) or len(meaning.split()) < 2 or not meaning[:1].isupper():
        return None
    return key, meaning


def one_column_lists(blocks: Iterable[object]) -> set[int]:
    """Tables of two or more rows that are all a single cell: lists, not title rows."""
    widths: dict[int, set[int]] = {}
    counts: dict[int, int] = {}
    for block in blocks:
        if isinstance(block, Row) and block.filled:
            widths.setdefault(block.table, set()).add(len(block.cells))
            counts[block.table] = counts.get(block.table, 0) + 1
    return {t for t, w in widths.items() if w == {1} and counts[t] >= 2}
