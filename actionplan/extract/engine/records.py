"""Plans written as records: label | value tables instead of one wide table with a header.

Many plans print each action (or each recommendation) as a small two-column table,
"Action | …", "Lead officer | …", "Timescale | …", "RAG status | …", one after the
other; some print one table whose first column holds those labels and whose further
columns are one action each; some print no table at all, only "Action: …",
"Lead officer: …" paragraphs. Either way the labels are the words a wide table would
use as its column headings. This stage recognises such a table by its first column
(the same vocabulary as a header row: `roles.header_roles`) and rewrites it as one
synthesised header row over one row per record, so every later stage (roles, row
kinds, hierarchy, raw records) reads it like any other action table.

A wide table is never taken for one: its first row must not already be a header, and
the first column's cells must be mostly labels naming an action and its details.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import split_ref
from actionplan.extract.engine.roles import MAX_HEADER_WORDS, header_roles, match_role
from actionplan.extract.engine.running import is_page_number
from actionplan.extract.grid import Block, Cell, Line, PageBreak, Row

# "Lead officer: Head of Service": a paragraph holding a label and its value.
_LABEL_LINE = re.compile(r"^(?P<label>[^:\n]{1,60}):\s+(?P<value>\S.*)$", re.S)
# "Recommendation 2", "Action 1.3": a label followed by the number of what it labels.
_NUMBERED_LABEL = re.compile(r"^(?P<label>.*?\D)\s*(?P<ref>\d{1,3}(?:\.\d{1,3})*[a-z]?)$")
_ACTION_ROLES = {"action", "milestone"}
_NUMBERED_ROLES = {"area", "action", "milestone"}
EXACT = 100.0  # the score of a heading that is one of its role's names


@dataclass(frozen=True, slots=True)
class Label:
    """A first-column cell read as a field label: its heading text, role and any number.

    `plain` says the heading is one of the role's own names ("Action", "Lead officer"),
    not a phrase that merely opens with one ("Action planning", "Outcomes for children")."""

    heading: str
    role: str | None
    ref: str | None
    plain: bool

    @property
    def key(self) -> str:
        return self.heading.lower()


Record = tuple[Row, dict[str, tuple[Label, Cell]]]
"""A record: the row it starts on (for its page and line); by label key, its label and value."""


def records_as_rows(blocks: list[Block], profile: Profile) -> list[Block]:
    """The blocks, with each run of record tables rewritten as a header and one row per record.

    Record tables that follow one another with nothing but page turns between them
    (a recommendation's table, then one table per action) share one header."""
    blocks = _label_lines_as_rows(blocks, profile)
    out: list[Block] = []
    tables = list(_tables(blocks))
    forms = [_form(rows, profile) for _, rows in tables]
    run: list[Record] = []
    position = 0
    for index, ((start, rows), form) in enumerate(zip(tables, forms, strict=True)):
        between = blocks[position:start]
        if any(not isinstance(b, PageBreak) and not is_page_number(b) for b in between):
            out.extend(_run_rows(run))
            run = []
        out.extend(between)
        position = start + len(rows)
        if form is None and run and _continues(run, rows, profile):
            run = _records(rows, profile, run)  # the rest of a record, over a page turn
            continue
        if form is None or form == "areas":
            # an area's own table (a recommendation and its timescale) gets a header of
            # its own, so its timescale is the area's, not a column of its actions
            out.extend(_run_rows(run))
            run = []
            areas = form == "areas" and _actions_follow(forms, index)
            out.extend(_run_rows(_records(rows, profile)) if areas else rows)
            continue
        run.extend(
            _columns_as_records(rows, profile) if form == "transposed" else _records(rows, profile)
        )
    out.extend(_run_rows(run))
    out.extend(blocks[position:])
    return out


def _label_lines_as_rows(blocks: list[Block], profile: Profile) -> list[Block]:
    """Runs of "Label: value" paragraphs that read as action records become label | value
    rows, each run a table of its own; any other paragraphs stay as they are."""
    out: list[Block] = []
    table = max((b.table for b in blocks if isinstance(b, Row)), default=0)
    run: list[Line] = []
    for block in [*blocks, None]:
        if isinstance(block, Line) and not block.heading and _LABEL_LINE.match(block.text):
            run.append(block)
            continue
        rows = [_line_row(line, table + 1) for line in run]
        if run and _form(rows, profile) == "records":
            out.extend(rows)
            table += 1
        else:
            out.extend(run)
        run = []
        if block is not None:
            out.append(block)
    return out


def _line_row(line: Line, table: int) -> Row:
    """A "Label: value" paragraph as a two-cell row, keeping where it was printed."""
    match = _LABEL_LINE.match(line.text)
    assert match is not None
    cells = [Cell(match["label"].strip()), Cell(match["value"].strip())]
    return Row(cells, table=table, page=line.page, line=line.line)


def _tables(blocks: list[Block]) -> Iterator[tuple[int, list[Row]]]:
    """Each table as (index of its first row, its rows): consecutive rows of one table number."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not isinstance(block, Row):
            index += 1
            continue
        rows = [block]
        while index + len(rows) < len(blocks):
            nxt = blocks[index + len(rows)]
            if not isinstance(nxt, Row) or nxt.table != block.table:
                break
            rows.append(nxt)
        yield index, rows
        index += len(rows)


def _label(cell: Cell, profile: Profile) -> Label | None:
    """The cell as a field label ("Lead officer:", "Recommendation 2"), or None."""
    text = " ".join(cell.text.split()).rstrip(":").strip()
    if not text or len(text.split()) > MAX_HEADER_WORDS:
        return None
    numbered = _NUMBERED_LABEL.match(text)
    if numbered:
        base = numbered["label"].strip(" .:-–")
        match = match_role(base, profile)
        if match.role in _NUMBERED_ROLES:
            return Label(base, match.role, numbered["ref"], match.score == EXACT)
    match = match_role(text, profile)
    return Label(text, match.role, None, match.score == EXACT)


def _form(rows: list[Row], profile: Profile) -> str | None:
    """'records' (label | value rows), 'transposed' (one action per column), 'areas'
    (label | value rows naming an area but no action), or None for any other table."""
    if len(rows) < 2 or any(not r.cells for r in rows):
        return None
    if header_roles([c.text.replace("\n", " ") for c in rows[0].cells], profile):
        return None  # the first row is a header: an ordinary wide table
    if rows[0].cells[0].blank:
        return None
    # a row with a blank label carries on the value above it (a value cut over two rows)
    labels = [_label(r.cells[0], profile) for r in rows if not r.cells[0].blank]
    if None in labels or header_roles([lb.heading for lb in labels if lb], profile) is None:
        return None
    # the label naming the action (or the area) must be one of its plain names
    roles = {lb.role for lb in labels if lb and lb.plain}
    if all(len(r.cells) == 2 for r in rows):
        return "records" if roles & _ACTION_ROLES else "areas" if "area" in roles else None
    keys = [lb.key for lb in labels if lb]
    if all(len(r.cells) >= 3 for r in rows) and len(set(keys)) == len(keys):
        return "transposed" if roles & _ACTION_ROLES else None
    return None


def _actions_follow(forms: list[str | None], index: int) -> bool:
    """A table naming only an area (a recommendation and its timescale) is a record
    table when the table after it holds the actions."""
    return index + 1 < len(forms) and forms[index + 1] in ("records", "transposed")


def _continues(run: list[Record], rows: list[Row], profile: Profile) -> bool:
    """Label | value rows whose labels are all labels of the records before them: the
    rest of a record table that a page turn cut (a blank label carries on a value)."""
    if any(len(r.cells) != 2 for r in rows):
        return False
    seen = {key for _, values in run for key in values}
    labels = [_label(r.cells[0], profile) for r in rows if not r.cells[0].blank]
    return all(label is not None and label.key in seen for label in labels)


def _records(rows: list[Row], profile: Profile, before: list[Record] | None = None) -> list[Record]:
    """Label | value rows as records: a label met again opens the next record.
    `before` are the records of the run so far, the last one open to more labels."""
    records: list[Record] = list(before or [])
    for row in rows:
        if row.cells[0].blank:
            _carry_on(records[-1], _value(row.cells[1:], None))
            continue
        label = _label(row.cells[0], profile)
        assert label is not None
        if not records or label.key in records[-1][1]:
            records.append((row, {}))
        records[-1][1][label.key] = (label, _value(row.cells[1:], label))
    # again for the records before: one cut by a page turn may only now hold its action
    return [_ref_to_action(r) for r in records]


def _carry_on(record: Record, more: Cell) -> None:
    """Join a value cut over two rows to the value of the record's last label."""
    values = record[1]
    if more.blank or not values:
        return
    key = list(values)[-1]
    label, cell = values[key]
    values[key] = (label, replace(cell, text=f"{cell.text}\n{more.text}".strip()))


def _ref_to_action(record: Record) -> Record:
    """A record's Ref numbers its action (the record is one action), even when the
    record repeats its area beside it: the number goes in front of the action's text."""
    row, values = record
    ref = next((k for k, (lb, c) in values.items() if lb.role == "ref" and not c.blank), None)
    action = next((k for k, (lb, _) in values.items() if lb.role in _ACTION_ROLES), None)
    if ref is None or action is None:
        return record
    label, cell = values[action]
    number = " ".join(values[ref][1].text.split())
    if split_ref(cell.text)[0] is None and split_ref(number + " x")[0] == number:
        values = {k: v for k, v in values.items() if k != ref}
        values[action] = (label, replace(cell, text=f"{number} {cell.text}"))
    return row, values


def _columns_as_records(rows: list[Row], profile: Profile) -> list[Record]:
    """One record per column after the first; a cell spanning columns belongs to each."""
    records: list[Record] = []
    for row in rows:
        label = _label(row.cells[0], profile)
        if label is None:  # a blank label: no field of its own
            continue
        values = [cell for cell in row.cells[1:] for _ in range(cell.span)]
        for column, cell in enumerate(values):
            while len(records) <= column:
                records.append((rows[0], {}))
            records[column][1][label.key] = (label, _value([cell], label))
    return [r for r in records if any(not c.blank for _, c in r[1].values())]


def _value(cells: list[Cell], label: Label | None) -> Cell:
    """The value cell of a label; a numbered label's number opens its text, as a ref."""
    filled = [c for c in cells if not c.blank]
    if len(filled) > 1:
        value = replace(filled[0], text="\n".join(c.text for c in filled))
    else:
        value = filled[0] if filled else next((c for c in cells if c.fill), Cell(""))
    value = replace(value, span=1, merged_down=False)
    if label and label.ref and not value.blank:
        value = replace(value, text=f"{label.ref} {value.text}")
    return value


def _run_rows(records: list[Record]) -> list[Block]:
    """A header of every label the records use, in the order first met, then one row each."""
    if not records:
        return []
    headings: dict[str, str] = {}
    for _, values in records:
        headings.update((k, lb.heading) for k, (lb, _) in values.items() if k not in headings)
    first = records[0][0]
    out: list[Block] = [
        Row([Cell(h, bold_lead=h) for h in headings.values()], first.table, first.page, first.line)
    ]
    for row, values in records:
        cells = [values[key][1] if key in values else Cell("") for key in headings]
        out.append(Row(cells, first.table, row.page, row.line, row.bbox))
    return out
