"""Bulleted lists in cells: one action per bullet, paired with the bullets beside it.

Plans often pack several actions into one row: the Actions cell holds a
bulleted list and the Lead, By when and Status cells hold parallel lists. Each
bullet is an action of its own, taking the bullet at the same place in each
other column; a column with a single plain value gives it to every bullet. A
cell of several lines that are not bullets is one action and stays whole.
"""

from __future__ import annotations

import re

from actionplan.extract.grid import Cell

_BULLET = re.compile(r"^\s*[•\u2022\uf0b7\u25aa\u25cf·▪◦\-–−*]\s+(?=\S)")


def bullet_items(text: str, bulleted: bool = False) -> list[str] | None:
    """The items of a cell that is wholly a bulleted list of two or more, else None.

    `bulleted` says the reader saw the list and dropped its markers: every line is an item.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    if bulleted:
        return [line.strip() for line in lines]
    items: list[str] = []
    for line in lines:
        match = _BULLET.match(line)
        if match:
            items.append(line[match.end() :].strip())
        elif items:
            items[-1] = f"{items[-1]} {line.strip()}"  # a bullet's text wrapped onto a line
        else:
            return None
    return items if len(items) >= 2 else None


def per_bullet(
    by_role: dict[str, list[Cell]], action_role: str, count: int
) -> list[dict[str, list[Cell]]]:
    """`by_role` for each of `count` bullets: parallel lists split, single values shared."""
    rows: list[dict[str, list[Cell]]] = [{} for _ in range(count)]
    for role, cells in by_role.items():
        for cell in cells:
            items = bullet_items(cell.text, cell.bulleted)
            for i, row in enumerate(rows):
                if items is not None and len(items) == count:
                    part = Cell(items[i], None, cell.fill, cell.bbox)
                else:
                    part = cell
                row.setdefault(role, []).append(part)
    return rows
