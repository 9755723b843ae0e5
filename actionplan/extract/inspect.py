"""What the engine made of a document's layout, for `actionplan detect` and `debug`.

Users bringing a plan nobody has seen need to see which columns were
recognised, how sure the engine was, and what it guessed, before trusting the
records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from actionplan.extract.api import ExtractionError
from actionplan.extract.engine.layout import layout
from actionplan.extract.engine.profile import Profile, builtin_profile
from actionplan.extract.engine.raw import RawPlan
from actionplan.extract.engine.roles import RoleMatch
from actionplan.extract.engine.row_kinds import RowDecision
from actionplan.extract.errors import ReaderError
from actionplan.extract.notes import library_notes
from actionplan.extract.readers import read_grid
from actionplan.extract.readers.detect import detect_format
from actionplan.extract.reasons import plain_reason
from actionplan.inputs import input_problem


@dataclass
class ColumnReport:
    header: str
    role: str | None
    confidence: float
    source: str
    reason: str = ""


@dataclass
class LayoutReport:
    path: Path
    format: str
    profile: str
    tables: list[list[ColumnReport]] = field(default_factory=list)
    features: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    areas: int = 0
    actions: int = 0
    rows: list[RowDecision] = field(default_factory=list)

    def table_place(self, number: int) -> str:
        """Where table `number` (from 1) was found and what its rows were read as."""
        rows = [d for d in self.rows if d.table == number]
        if not rows:
            return ""
        header = next((d for d in rows if d.kind == "header"), rows[0])
        kinds = Counter(d.kind for d in rows)
        counts = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
        return f" (header {_place(header)}; rows: {counts})"

    def row_lines(self) -> list[str]:
        """One line per row: where it stands, the kind it was given, why, and its text."""
        return [f"{_place(d)} {d.kind}: {d.reason} | {d.text}" for d in self.rows]


def table_columns(raw: RawPlan) -> list[list[ColumnReport]]:
    """Each action table's columns: heading, role, confidence, and why."""
    return [
        [
            ColumnReport(m.header, m.role, round(m.score / 100, 2), m.source, column_reason(m))
            for m in table
        ]
        for table in raw.tables
    ]


def columns_line(columns: list[ColumnReport]) -> str:
    """A table's columns on one line: 'heading -> role confidence (from cells) [why]'."""
    return ", ".join(
        f"{c.header or '(blank)'} -> {c.role or '?'} {c.confidence:.2f}"
        + (" (from cells)" if c.source == "content" else "")
        + (f" [{c.reason}]" if c.reason else "")
        for c in columns
        if c.header or c.role
    )


def _place(decision: RowDecision) -> str:
    return f"p{decision.page or '?'}{f' l{decision.line}' if decision.line else ''}"


def column_reason(match: RoleMatch) -> str:
    """Why a column got its role: the reason kept with it, else the profile naming its heading."""
    if match.reason or match.score < 100 or not match.header or match.source != "header":
        return match.reason
    return "profile synonym" if match.role else "the profile sets it aside"


def analyse(path: Path, *, profile: Profile | None = None, engine: str = "pdfplumber") -> RawPlan:
    """The engine's raw reading of a file, before normalisation."""
    profile = profile or builtin_profile("generic")
    problem = input_problem(path)
    if problem:
        raise ExtractionError(path, problem)
    try:
        fmt = detect_format(path)
        grid = read_grid(path, fmt, engine)
        return layout(grid, profile)
    except (ReaderError, OSError) as exc:
        raise ExtractionError(path, str(exc)) from exc
    except MemoryError:
        raise
    except Exception as exc:  # a library failing on a damaged file: one plain line
        raise ExtractionError(path, plain_reason(exc)) from exc


def describe(
    path: Path, *, profile: Profile | None = None, engine: str = "pdfplumber"
) -> LayoutReport:
    profile = profile or builtin_profile("generic")
    with library_notes() as notes:
        raw = analyse(path, profile=profile, engine=engine)
    report = LayoutReport(path=path, format=detect_format(path).value, profile=profile.name)
    report.warnings.extend(f"library: {note}" for note in notes)
    report.tables = table_columns(raw)
    report.features = dict(raw.features)
    report.warnings += [message for _, message in raw.notes]
    for columns in report.tables:
        unmapped = [c.header for c in columns if c.role is None and c.header]
        if unmapped:
            report.warnings.append(f"columns with no role: {', '.join(unmapped)}")
    report.rows = list(raw.decisions)
    report.areas = len(raw.areas)
    report.actions = sum(len(a.actions) for a in raw.areas)
    if not report.actions:
        report.warnings.append("no action-plan table found")
    return report
