"""Flat rows and files from validated plans; every file is written atomically.

One contract for every output: a list is a list (a JSON array in JSON, JSONL
and SQLite; in CSV its items joined by "; " with "\\" and ";" inside an item
escaped by a backslash, see `join_list`/`split_list`), and an empty value, text
or list, is null. CSV cells that a spreadsheet would run as a formula are
guarded by OWASP's rule (`guard_formula`) unless raw CSV is asked for.
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
        "leads": [p.label for p in action.leads],
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
        "person_ids": [p.person_id for p in action.leads if p.person_id],
        "warnings": list(action.warnings),
    }


def nulled(row: dict[str, object]) -> dict[str, object]:
    """The one rule for empty values: an empty or blank text and an empty list are null."""
    return {key: None if _is_empty(value) else value for key, value in row.items()}


def _is_empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list) and not value


LIST_SEPARATOR = "; "


def join_list(items: Iterable[object]) -> str:
    """CSV form of a list: items joined by "; ", each item's "\\" and ";" backslash-escaped."""
    return LIST_SEPARATOR.join(
        str(item).replace("\\", "\\\\").replace(";", "\\;") for item in items
    )


def split_list(cell: str) -> list[str]:
    """Undo `join_list` exactly: items end at each unescaped ";", whose space is dropped."""
    if not cell:
        return []
    items: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(cell):
        char = cell[index]
        if char == "\\" and index + 1 < len(cell):
            current.append(cell[index + 1])
            index += 2
            continue
        if char == ";":
            items.append("".join(current))
            current = []
            index += len(LIST_SEPARATOR)
            continue
        current.append(char)
        index += 1
    items.append("".join(current))
    return items


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""OWASP's CSV injection rule: a cell starting with one of these is run by spreadsheets."""


def guard_formula(text: str) -> str:
    """Prefix a single quote so a spreadsheet shows the text instead of running it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_formula(text: str) -> str:
    """Undo `guard_formula` when reading a guarded CSV back."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def csv_cell(value: object, *, guard: bool = True) -> object:
    """A value as a CSV cell: null empty, lists joined, formula-like text guarded."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = join_list(value)
    if isinstance(value, str) and guard:
        return guard_formula(value)
    return value


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


FILE_MODE = 0o666 & ~_umask()
"""mkstemp creates 0600 files; outputs get the mode a plain open() would give."""


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename over the target.

    The temp name starts with '.', so a reader globbing for outputs never
    mistakes a half-written file (left by a killed run) for one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def jsonl_line(row: dict[str, object]) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"


def csv_text(
    rows: Iterable[dict[str, object]],
    columns: list[str],
    *,
    guard: bool = True,
    excel: bool = False,
) -> str:
    """A small table as CSV text, by the same cell rules as the streamed run tables."""
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c), guard=guard) for c in columns])
    return buffer.getvalue()


def jsonl_text(rows: Iterable[dict[str, object]]) -> str:
    return "".join(jsonl_line(row) for row in rows)
