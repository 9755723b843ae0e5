"""Flat tables and files from validated plans; every file is written atomically.

A run's outputs are replaced whole or not at all (temp file + rename), so an
interrupted run never leaves a half-written CSV behind for a later job to read.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from actionplan.schemas import Action, ActionPlan, Area, Section, Span

ACTION_COLUMNS = [
    "doc",
    "source",
    "section",
    "area_ref",
    "area_text",
    "action_ref",
    "action_text",
    "leads",
    "due_raw",
    "due_start",
    "due_end",
    "due_kind",
    "status_raw",
    "status",
    "progress",
    "outcome",
    "monitoring",
    "page",
    "line",
    "start_raw",
    "start_date",
    "due_revised_from_raw",
    "due_revised_from_end",
    "status_source",
    "area_timescale",
    "agency",
    "person_ids",
    "warnings",
]


def action_row(plan: ActionPlan, section: Section, area: Area, action: Action) -> dict[str, object]:
    due = action.due
    revised: Span | None = due.revised_from
    status = action.status
    return {
        "doc": Path(plan.source.path).stem,
        "source": plan.source.path,
        "section": section.title,
        "area_ref": area.ref,
        "area_text": area.text,
        "action_ref": action.ref,
        "action_text": action.text,
        "leads": "; ".join(p.label for p in action.leads),
        "due_raw": due.raw,
        "due_start": _iso(due.start),
        "due_end": _iso(due.end),
        "due_kind": due.kind.value,
        "status_raw": status.raw if status else None,
        "status": status.value.value if status and status.value else None,
        "progress": action.progress,
        "outcome": action.outcome,
        "monitoring": action.monitoring,
        "page": action.provenance.page,
        "line": action.provenance.line,
        "start_raw": action.start.raw if action.start else None,
        "start_date": _iso(action.start.start) if action.start else None,
        "due_revised_from_raw": revised.raw if revised else None,
        "due_revised_from_end": _iso(revised.end) if revised else None,
        "status_source": status.source if status else None,
        "area_timescale": area.timescale,
        "agency": area.agency,
        "person_ids": "; ".join(p.person_id for p in action.leads if p.person_id),
        "warnings": "; ".join(action.warnings),
    }


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


FILE_MODE = 0o666 & ~_umask()
"""mkstemp creates 0600 files; outputs get the mode a plain open() would give."""


def write_atomic(path: Path, text: str, *, bom: bool = False) -> None:
    """Write via a temp file in the same folder and rename over the target.

    The temp name starts with '.', so a reader globbing for outputs never
    mistakes a half-written file (left by a killed run) for one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_text(rows: Iterable[dict[str, object]], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()


def jsonl_text(rows: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
