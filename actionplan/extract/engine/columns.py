"""Repair column grids that conversions split: list numbers and bullets in cells of their own.

Text conversions often give an item's number ("8.") or its bullet ("•") a
column of its own, so some rows have more cells than the header. A column that
only ever holds such markers is folded into the column to its right: numbers
stay as the text's prefix (the engine reads refs from there), bullets go.
"""

from __future__ import annotations

import re
from collections import defaultdict

from actionplan.extract.engine.roles import RoleMatch
from actionplan.extract.grid import Block, Cell, Line, Row

NUMBER_MARKER = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?$")
BULLET_MARKER = re.compile(r"^[•\u2022\uf0b7\u25aa\u25cf·▪◦\-–�]$")
_FOLDABLE_ROLES = {None, "area", "action", "milestone"}


def is_marker(text: str) -> bool:
    text = text.strip()
    return bool(NUMBER_MARKER.match(text) or BULLET_MARKER.match(text))


def fold_marker_columns(blocks: list[Block], header_roles) -> list[Block]:
    """Fold marker-only columns, run by run of rows (a Line ends a run).

    `header_roles(row)` tells whether a row is a header and its roles, so a
    header column with a role of its own (a status glyph column) is never folded.
    """
    out: list[Block] = []
    run: list[Row] = []
    for block in blocks:
        if isinstance(block, Line):
            _fold_run(run, header_roles)
            run = []
            out.append(block)
        elif isinstance(block, Row):
            run.append(block)
            out.append(block)
        else:
            out.append(block)
    _fold_run(run, header_roles)
    return out


def _fold_run(rows: list[Row], header_roles) -> None:
    by_width: dict[int, list[Row]] = defaultdict(list)
    headers: dict[int, list] = {}
    for row in rows:
        if any(c.span != 1 for c in row.cells) or len(row.filled) <= 1:
            continue  # merged rows and lone titles say nothing about the columns
        roles = header_roles(row)
        if roles is not None:
            headers[len(row.cells)] = roles
        else:
            by_width[len(row.cells)].append(row)
    for width, group in by_width.items():
        if width < 3:
            continue
        roles = headers.get(width)
        folds = [
            j
            for j in range(width - 1)
            if (roles is None or (roles[j].role in _FOLDABLE_ROLES and not _set_aside(roles[j])))
            and all(c.blank or is_marker(c.text) for c in (r.cells[j] for r in group))
            and any(not r.cells[j].blank for r in group)
        ]
        narrower = [w for w in headers if w < width]
        if roles is None and narrower:
            # rows wider than the table's header: fold only as many columns as they have
            # too many, bullet columns before number columns (which may be a real Ref)
            excess = width - max(narrower)
            bullets = [j for j in folds if all(_bullet_or_blank(r.cells[j]) for r in group)]
            folds = sorted((bullets + [j for j in folds if j not in bullets])[:excess])
        if not folds:
            continue
        for row in group:
            row.cells = _fold(row.cells, folds)
        for row in rows:
            if len(row.cells) == width and header_roles(row) is not None:
                row.cells = _fold(row.cells, folds, keep_text=True)


def _set_aside(match: RoleMatch) -> bool:
    """A heading the profile names and sets aside ("Challenge number(s) addressed") heads
    a real column, even when its cells hold only numbers."""
    return match.role is None and match.score == 100.0 and bool(match.header)


def _bullet_or_blank(cell: Cell) -> bool:
    return cell.blank or bool(BULLET_MARKER.match(cell.text.strip()))


def _fold(cells: list[Cell], folds: list[int], keep_text: bool = False) -> list[Cell]:
    out: list[Cell] = []
    carry = ""
    for j, cell in enumerate(cells):
        if j in folds:
            text = cell.text.strip()
            if keep_text or NUMBER_MARKER.match(text):
                carry = f"{carry} {text}".strip()
            continue
        if carry:
            cell = Cell(
                f"{carry} {cell.text}".strip(), cell.bold_lead, cell.fill, cell.bbox, cell.span
            )
            carry = ""
        out.append(cell)
    return out
