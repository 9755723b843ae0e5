"""A Ref column's number, put where it belongs: before the area's text or the action's.

Readers of the records find an area's or an action's number at the start of
its text (`raw.split_ref` takes it from there), so a number printed in a
column of its own is written in front of the text it numbers.
"""

from __future__ import annotations

import re

from actionplan.extract.engine.raw import split_ref

_STEM = re.compile(r"\d+")


def numbered_texts(ref_cell: str, area_text: str, action_text: str) -> tuple[str, str]:
    """The row's area and action texts with the Ref cell's number in front of the one it numbers.

    A Ref cell numbers the area its row opens, else the action; a sub-number
    ("1a", "1.2") numbers the action, and its stem the area. A text that
    carries its own number keeps it.
    """
    ref_cell = " ".join(ref_cell.split())
    ref = split_ref(ref_cell + " ")[0] if ref_cell else None
    if not ref:
        return area_text, action_text
    stem = _STEM.search(ref)
    sub = stem is not None and stem.group() != ref
    if area_text and not split_ref(area_text)[0]:
        area_text = f"{stem.group() if sub and stem else ref} {area_text}"
    if (sub or not area_text) and action_text and not split_ref(action_text)[0]:
        action_text = f"{ref} {action_text}"
    return area_text, action_text
