"""A document's JSON written in pieces, one action at a time.

The text is exactly `model_dump_json(indent=2)` plus a newline, but a long
plan's JSON (17 MB for 800 pages) is never whole in memory: each record is
dumped with its list of children emptied, and the children are dumped one by
one into the place the empty list held (plan -> sections -> areas -> actions).
A streamed plan (actionplan.planstream) is written the same way as its areas
are made, so its records are never whole either.
JSON strings cannot hold a raw newline, so every line of a dump is structure,
and a child's text is indented by prefixing its lines.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from actionplan.planstream import PlanStream
from actionplan.schemas import ActionPlan, Area, Report, Section
from actionplan.writers import FILE_MODE

NESTING = ("sections", "areas", "actions")
"""The lists a plan is written through, outermost first."""


def json_pieces(doc: ActionPlan | Report | PlanStream) -> Iterator[str]:
    """The document's indented JSON (without the final newline), in pieces; a streamed
    plan's areas are made one by one as their pieces are taken."""
    if isinstance(doc, Report):
        yield doc.model_dump_json(indent=2)
    elif isinstance(doc, PlanStream):
        yield from _listed(doc.header, "sections", doc.sections(), "", _streamed_section)
    else:
        yield from _pieces(doc, NESTING, "")


def _streamed_section(titled: tuple[Section, Iterator[Area]], pad: str) -> Iterator[str]:
    section, areas = titled
    return _listed(
        section, "areas", areas, pad, lambda area, inner: _pieces(area, NESTING[2:], inner)
    )


def _pieces(record: BaseModel, nesting: tuple[str, ...], pad: str) -> Iterator[str]:
    """`record`'s JSON, every line after the first shifted right by `pad`, with the list
    named `nesting[0]` written one item at a time (and each item's `nesting[1]` likewise)."""
    if not nesting:
        yield _shifted(record.model_dump_json(indent=2), pad)
        return
    yield from _listed(
        record,
        nesting[0],
        getattr(record, nesting[0]),
        pad,
        lambda item, inner: _pieces(item, nesting[1:], inner),
    )


def _listed(
    record: BaseModel,
    name: str,
    items: Iterable[Any],
    pad: str,
    piece: Callable[[Any, str], Iterator[str]],
) -> Iterator[str]:
    """`record`'s JSON shifted by `pad`, with `items` written by `piece` one at a time into
    its list `name` (whatever `record` holds there is not written)."""
    text = record.model_copy(update={name: []}).model_dump_json(indent=2)
    hole = re.search(rf'^  "{name}": \[\](,?)$', text, re.MULTILINE)
    if hole is None:
        raise ValueError(f"no list {name!r} in the JSON of a {type(record).__name__}")
    comma = hole.group(1)
    yield _shifted(text[: hole.start()], pad)
    yield f'  "{name}": ['
    written = 0
    for item in items:
        yield f"{',' if written else ''}\n{pad}    "
        yield from piece(item, pad + "    ")
        written += 1
    yield f"\n{pad}  ]{comma}" if written else f"]{comma}"
    yield _shifted(text[hole.end() :], pad)


def _shifted(text: str, pad: str) -> str:
    return text.replace("\n", "\n" + pad) if pad else text


def write_document(doc: ActionPlan | Report | PlanStream, folder: Path) -> Path:
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
