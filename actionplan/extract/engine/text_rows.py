"""Rows that are not an action's: a title across the table, a note, a key entry.

Each function looks at one row and what the walk knows around it (whether an
action table is open and its roles, whether the row above was a note) and
says what the row holds, or None. The walk turns that into the row's kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from actionplan.extract.engine.header import heads_row
from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import split_ref
from actionplan.extract.engine.row_kinds import (
    heading_of,
    is_list_item,
    is_prose,
    is_quotation,
    sole_text,
)
from actionplan.extract.engine.titles import looks_like_title, numbered_group
from actionplan.extract.grid import Row
from actionplan.normalizers.status import classify_status

MAX_FRAGMENTS = 3
MAX_FRAGMENT_WORDS = 4


def legend_entries(row: Row) -> list[tuple[str, str]] | None:
    """A key row: a symbol, a status word or a coloured cell, then its meaning.

    Returns the (key, meaning) pairs it gives: the key's text and, for a
    coloured cell, `fill:<colour>`; None when the row is no key entry.
    """
    cells = [c for c in row.cells if not c.blank or c.fill]
    if len(cells) != 2:
        return None
    key_cell, meaning = cells
    key = key_cell.text.strip()
    status_word = len(key.split()) <= 2 and classify_status(key) is not None
    if not (0 < len(key) <= 3 or key_cell.fill or status_word) or meaning.blank:
        return None
    entries = [(key, meaning.text)] if key else []
    if key_cell.fill:
        entries.append((f"fill:{key_cell.fill}", meaning.text))
    return entries


_KEY_LABEL = re.compile(r"\bkey\s*[:\-\u2013]\s*", re.I)


def key_line_entries(text: str) -> list[tuple[str, str]] | None:
    """A key written in a line of prose ("... Key: ✔ done ◐ under way ✘ not on track"):
    each symbol with the words up to the next symbol; None unless two or more."""
    label = _KEY_LABEL.search(text)
    if label is None:
        return None
    entries: list[tuple[str, list[str]]] = []
    for token in text[label.end() :].split():
        if len(token) == 1 and unicodedata.category(token) == "So":
            entries.append((token, []))
        elif entries:
            entries[-1][1].append(token)
        else:
            return None
    pairs = [(key, " ".join(words).strip(" ;,.")) for key, words in entries]
    if len(pairs) < 2 or not all(meaning for _, meaning in pairs):
        return None
    return pairs


def title_text(
    row: Row,
    profile: Profile,
    in_table: bool,
    is_heading: Callable[[str], bool],
    above_header: Callable[[], bool],
) -> str | None:
    """The text of a row holding one title (a merged row, or fragments of one), else None.

    `in_table` says an action table is open; `is_heading(text)` whether a text
    is an area heading; `above_header()` whether a header row comes next.
    """
    filled = [heading_of(c.text).replace("\n", " ").strip() for c in row.cells if not c.blank]
    if not filled:
        return None
    if len(filled) > 1 and is_heading(filled[0]) and heads_row(row):
        filled = filled[:1]  # "Key indicator 1: ..." beside a short aside (its budget share)
    if len(filled) > 1:
        longest = max(filled, key=len)
        if all(longest.startswith(f) for f in filled):
            filled = [longest]
        elif (
            in_table
            and len(filled) <= MAX_FRAGMENTS
            and sum(len(f.split()) for f in filled) <= MAX_FRAGMENT_WORDS
        ):
            joined = filled[0]
            for part in filled[1:]:
                joined += part if part[:1].islower() else " " + part
            filled = [joined]
        else:
            return None
    text = filled[0]
    if in_table and len(row.cells) > 1:
        # a lone cell in a table is a title only when it spans, or when it looks like
        # one and stands first in its row or just above a header; elsewhere it is a
        # fragment of the row above, cut by a page turn
        width = sum(c.span for c in row.cells)
        spans = len(row.cells) == 1 or any(c.span * 2 > width for c in row.filled)
        if spans or is_heading(text):
            return text
        placed = not row.cells[0].blank or above_header()
        if not (placed and looks_like_title(profile, text)):
            return None
    return text


def note_reason(
    row: Row,
    profile: Profile,
    roles: Sequence[str | None] | None,
    after_note: bool,
    is_heading: Callable[[str], bool],
) -> str | None:
    """Why a row holding one text across the table is a note, or None when it is not one.

    `roles` are the open table's column roles (None outside tables);
    `after_note` says the row above was a note.
    """
    text = sole_text(row)
    if text is None:
        return None
    if is_list_item(text):
        return "an item of a prose list: neither section nor area"
    if roles is not None and is_quotation(text):
        return "a quotation across the table: evidence, not an action"
    if roles is None or "area" not in roles or is_heading(text):
        return None
    if numbered_group(profile, text):
        return None
    # the table names its areas in a column: text across it is evidence or commentary
    if after_note and not looks_like_title(profile, text):
        return "carries on the note above"
    if is_prose(text) and split_ref(text)[0] is None and not looks_like_title(profile, text):
        return "prose across a table whose areas have a column: evidence, not an action"
    return None
