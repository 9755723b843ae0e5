"""A Ref column's number, put where it belongs: before the area's text or the action's.

Readers of the records find an area's or an action's number at the start of
its text (`raw.split_ref` takes it from there), so a number printed in a
column of its own is written in front of the text it numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from actionplan.extract.engine.raw import split_ref
from actionplan.extract.engine.roles import RoleMatch
from actionplan.extract.grid import Row

_STEM = re.compile(r"^[A-Z]{0,2}\d+")


def numbered_texts(
    ref_cell: str, area_text: str, action_text: str, numbers_actions: bool = False
) -> tuple[str, str]:
    """The row's area and action texts with the Ref cell's number in front of the one it numbers.

    A Ref cell numbers the area its row opens, else the action, unless the
    column numbers the actions (`numbers_actions`, see `refs_number_actions`);
    a sub-number ("1a", "1.2") numbers the action, and its stem the area. A
    text that carries its own number keeps it.
    """
    ref_cell = " ".join(ref_cell.split())
    ref = split_ref(ref_cell + " ")[0] if ref_cell else None
    if not ref:
        return area_text, action_text
    stem = _STEM.search(ref)
    sub = _sub_number(ref)
    if area_text and not split_ref(area_text)[0] and (sub or not numbers_actions):
        area_text = f"{stem.group() if sub and stem else ref} {area_text}"
    if (sub or numbers_actions or not area_text) and action_text and not split_ref(action_text)[0]:
        action_text = f"{ref} {action_text}"
    return area_text, action_text


def refs_number_actions(roles: Sequence[str | None], rows: Sequence[Row]) -> bool:
    """A Ref column beside an area column numbers the actions when it runs on under an area.

    It does when a whole number stands on a row that opens no area (its area
    cell blank or merged down) and no number is printed twice: the column
    counts actions (1, 2, 3 ... across areas), not the areas their first rows
    open. Sub-numbers ("1.2") number actions whatever the column does.
    """
    if "ref" not in roles or "area" not in roles:
        return False
    ref, area = roles.index("ref"), roles.index("area")
    rows = [r for r in rows if len(r.cells) == len(roles) and all(c.span == 1 for c in r.cells)]
    refs = [split_ref(" ".join(r.cells[ref].text.split()) + " ")[0] for r in rows]
    numbers = [n for n in refs if n]
    under_area = any(
        n and not _sub_number(n) and r.cells[area].blank for n, r in zip(refs, rows, strict=True)
    )
    return under_area and len(set(numbers)) == len(numbers)


def with_ref_reason(matches: list[RoleMatch], numbers_actions: bool) -> list[RoleMatch]:
    """The header's matches, the Ref column's saying so when it numbers the actions."""
    if not numbers_actions:
        return matches
    why = "its numbers run on under each area: they number the actions"
    return [replace(m, reason=why) if m.role == "ref" else m for m in matches]


def _sub_number(ref: str) -> bool:
    """ "1.2", "3a": a number under another, whose stem is the area's."""
    stem = _STEM.search(ref)
    return stem is not None and stem.group() != ref
