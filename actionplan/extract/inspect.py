"""What the engine made of a document's layout, for `actionplan detect` and `debug`.

Users bringing a plan nobody has seen need to see which columns were
recognised, how sure the engine was, and what it guessed, before trusting the
records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from actionplan.extract.api import ExtractionError
from actionplan.extract.engine.layout import layout
from actionplan.extract.engine.profile import Profile, builtin_profile
from actionplan.extract.engine.raw import RawPlan
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

    def row_lines(self) -> list[str]:
        """One line per row: where it stands, the kind it was given, why, and its text."""
        return [
            f"p{d.page or '?'}{f' l{d.line}' if d.line else ''} {d.kind}: {d.reason} | {d.text}"
            for d in self.rows
        ]


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
    for table in raw.tables:
        report.tables.append(
            [
                ColumnReport(m.header, m.role, round(m.score / 100, 2), m.source, m.reason)
                for m in table
            ]
        )
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
