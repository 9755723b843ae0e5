"""Whether a row carries on the row above it, cut by a page turn.

Pure functions of the row's texts and the area and action open above it;
`broke` says a page turned (or a header was repeated) since that action.
"""

from __future__ import annotations

from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import RawAction, RawArea, same_text, split_ref, terminal
from actionplan.extract.engine.titles import timescale_prefix


def same_area(profile: Profile, area: RawArea | None, text: str) -> bool:
    """The area cell repeats the open area's wording (with or without its label)."""
    if area is None or not area.text or area.text_from_action:
        return False
    ref, body = split_ref(text)
    _, _, body = timescale_prefix(profile, body, None)
    return ref is None and same_text(body, area.text)


def area_continues(
    profile: Profile, area: RawArea | None, text: str, action_text: str, broke: bool
) -> bool:
    """An unnumbered area cell that starts mid-sentence, or follows a page turn that
    cut the area above mid-sentence, carries on that area."""
    if area is None or area.text_from_action:
        return False
    ref, body = split_ref(text)
    if ref is not None or not body:
        return False
    action_ref = split_ref(action_text)[0]
    if action_ref and "." in action_ref and area.ref and action_ref.split(".")[0] != area.ref:
        return False  # the milestone's number says a new action has begun
    if body[:1].islower() or body[:1] == "(":
        return True  # no area opens mid-sentence, page turn or not
    if not broke or terminal(area.text or "") or timescale_prefix(profile, body, None)[0]:
        return False
    return not same_text(body, area.text or "")


def row_continues(
    profile: Profile,
    area: RawArea | None,
    last: RawAction | None,
    broke: bool,
    cells: tuple[str, str],
    continues: bool,
    details: bool,
) -> bool:
    """After a page turn: does this row (its action and area `cells`) carry on the row above?

    It does when its action cell is empty or starts mid-sentence, or when it
    opens no new action (no number) and either its area cell carries on the
    area above or the action above was cut mid-sentence.
    """
    action_text, area_cell = cells
    if not broke or last is None:
        return False
    if not action_text:
        return True
    if split_ref(action_text)[0]:
        return False
    if action_text[:1].islower():
        return True
    if area_cell and area_continues(profile, area, area_cell, action_text, broke):
        # the row was cut with its area; its action carries on too unless it opens
        # a whole new action: the one above ended, and this one has its own details
        return not (terminal(last.text) and details)
    if area_cell and not (continues and same_area(profile, area, area_cell)):
        return False
    return not terminal(last.text)
