"""A document's JSON written in pieces, one action at a time.

The text is exactly `model_dump_json(indent=2)` plus a newline, but a long
plan's JSON (17 MB for 800 pages) is never whole in memory: the plan is
dumped without its actions, and each area's actions are dumped one by one
into the place its empty list held. JSON strings cannot hold a raw newline,
so every line of that dump is structure, and an action's text is indented
by prefixing its lines.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from actionplan.schemas import ActionPlan, Area, Report
from actionplan.writers import FILE_MODE

_NO_ACTIONS = re.compile(r'^( *)"actions": \[\](,?)$', re.MULTILINE)


def json_pieces(doc: ActionPlan | Report) -> Iterator[str]:
    """The document's indented JSON (without the final newline), in pieces."""
    if isinstance(doc, Report):
        yield doc.model_dump_json(indent=2)
        return
    areas = [area for section in doc.sections for area in section.areas]
    skeleton = _without_actions(doc).model_dump_json(indent=2)
    holes = list(_NO_ACTIONS.finditer(skeleton))
    if len(holes) != len(areas):  # cannot happen for a plan's own dump; stay exact if it does
        yield doc.model_dump_json(indent=2)
        return
    done = 0
    for area, hole in zip(areas, holes, strict=True):
        yield skeleton[done : hole.start()]
        yield from _actions(area, indent=hole.group(1), comma=hole.group(2))
        done = hole.end()
    yield skeleton[done:]


def _without_actions(plan: ActionPlan) -> ActionPlan:
    """A shallow copy of `plan` whose areas hold no actions (the plan itself is untouched)."""
    sections = [
        section.model_copy(
            update={"areas": [area.model_copy(update={"actions": []}) for area in section.areas]}
        )
        for section in plan.sections
    ]
    return plan.model_copy(update={"sections": sections})


def _actions(area: Area, *, indent: str, comma: str) -> Iterator[str]:
    if not area.actions:
        yield f'{indent}"actions": []{comma}'
        return
    inner = indent + "  "
    yield f'{indent}"actions": ['
    for n, action in enumerate(area.actions):
        text = action.model_dump_json(indent=2).replace("\n", "\n" + inner)
        yield f"{',' if n else ''}\n{inner}{text}"
    yield f"\n{indent}]{comma}"


def write_document(doc: ActionPlan | Report, folder: Path) -> Path:
    """Write the document's JSON to a new hidden temp file in `folder`; its path.

    The caller renames it into place, so a reader never sees half a document; a
    temp file left by a killed run is removed by the next (tableset.recover).
    """
    fd, tmp = tempfile.mkstemp(prefix=".document.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            for piece in json_pieces(doc):
                fh.write(piece)
            fh.write("\n")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)
