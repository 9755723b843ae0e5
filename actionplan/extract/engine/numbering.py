"""Numbers for areas the document left unnumbered, from their milestones or neighbours."""

from __future__ import annotations

from actionplan.extract.engine.raw import RawArea


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
