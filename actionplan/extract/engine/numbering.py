"""Numbers for areas the document left unnumbered, from their milestones or neighbours."""

from __future__ import annotations

from dataclasses import replace

from actionplan.extract.engine.raw import RawAction, RawArea


def infer_area_refs(areas: list[RawArea]) -> None:
    """Give unnumbered areas the number their milestones or their neighbours imply.

    Lists whose numbers were list markup (lost in conversion) or whose number
    cell is empty still count 1, 2, 3 within their section.
    """
    for area in areas:
        if area.ref is None:
            prefixes = {a.ref.split(".")[0] for a in area.actions if a.ref and "." in a.ref}
            if len(prefixes) == 1:
                area.ref = prefixes.pop()
    sections: dict[str | None, list[RawArea]] = {}
    for area in areas:
        sections.setdefault(area.section, []).append(area)
    for group in sections.values():
        if not any(a.ref and a.ref.isdigit() for a in group):
            if group and all(a.listed for a in group):
                for number, area in enumerate(group, start=1):
                    area.ref = str(number)  # a list whose numbers the conversion dropped
            continue
        for i, area in enumerate(group):
            before = group[i - 1].ref if i > 0 else None
            if area.ref is None and before and before.isdigit():
                area.ref = str(int(before) + 1)
        for i in range(len(group) - 2, -1, -1):
            nxt = group[i + 1].ref
            if group[i].ref is None and nxt and nxt.isdigit() and int(nxt) > 1:
                group[i].ref = str(int(nxt) - 1)


def parent_actions_as_areas(areas: list[RawArea]) -> list[RawArea]:
    """Split areas where an action row is the heading of the numbered actions below it.

    A plan numbered 1 / 1.1 / 1.1.1 down its action column prints each objective
    ("1.1 Pupils read widely") as a row with nothing beside it, over the actions that
    extend its number ("1.1.1", "1.1.2"): that row is their area, not an action.
    """
    out: list[RawArea] = []
    for area in areas:
        actions, area.actions = area.actions, []
        current = area
        for i, action in enumerate(actions):
            following = actions[i + 1] if i + 1 < len(actions) else None
            if _heads(action, following):
                if current.actions or current is not area:
                    out.append(current)
                current = replace(area, ref=action.ref, text=action.text, actions=[])
                current.page, current.line = action.page, action.line
                continue
            current.actions.append(action)
        out.append(current)
    return out


def _heads(action: RawAction, following: RawAction | None) -> bool:
    """An action row with no details whose number the next action's number extends."""
    if not action.ref or following is None or not following.ref:
        return False
    if any(p.strip() for parts in action.values.values() for p in parts):
        return False
    return following.ref.startswith(action.ref + ".")
