"""One call from a file to a validated ActionPlan: detect, read, lay out, normalise."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actionplan.extract.engine.assemble import assemble
from actionplan.extract.engine.authority import authorities
from actionplan.extract.engine.layout import layout
from actionplan.extract.engine.profile import Profile, builtin_profile
from actionplan.extract.engine.raw import RawPlan
from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import Grid
from actionplan.extract.reader_facts import apply_reader_facts, reader_warnings
from actionplan.extract.readers import read_grid
from actionplan.extract.readers.detect import detect_format
from actionplan.inputs import input_problem, sha256_of, shown
from actionplan.planstream import PlanStream
from actionplan.schemas import ActionPlan, Source

if TYPE_CHECKING:
    from actionplan.extract.readers.pdf_reader import PageHook

NO_PLAN_TABLE = "no action-plan table found"
"""The reason for a readable file without a plan; actionplan.reports then tries it as a report."""


class ExtractionError(Exception):
    """A file that yields no plan. str() is one line naming the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{shown(path)}: {reason}")
        self.path = path
        self.reason = reason


def extract_file(
    path: str | Path,
    *,
    profile: Profile | None = None,
    engine: str = "pdfplumber",
    ocr: str = "auto",
    ocr_pages: Mapping[int, Any] | None = None,
    on_page: PageHook | None = None,
) -> ActionPlan:
    """Extract one plan; raises ExtractionError with a one-line reason on any bad input.

    `ocr_pages` are PDF pages already read by OCR (see `actionplan.ocr_batch`);
    `on_page` sees each PDF page as it is read (see `pdf_reader.PageHook`).
    """
    return stream_file(
        path, profile=profile, engine=engine, ocr=ocr, ocr_pages=ocr_pages, on_page=on_page
    ).collect()


def stream_file(
    path: str | Path,
    *,
    profile: Profile | None = None,
    engine: str = "pdfplumber",
    ocr: str = "auto",
    ocr_pages: Mapping[int, Any] | None = None,
    on_page: PageHook | None = None,
) -> PlanStream:
    """`extract_file`'s plan as a stream whose areas are made as they are read.

    The file is read and laid out before this returns, so a bad input raises
    ExtractionError here; the plan's header is final.
    """
    path = Path(path)
    profile = profile or builtin_profile("generic")
    try:
        problem = input_problem(path)
        if problem:
            raise ExtractionError(path, problem)
        fmt = detect_format(path)
        grid = read_grid(path, fmt, engine, ocr, ocr_pages, on_page)
    except ExtractionError:
        raise
    except (ReaderError, OSError) as exc:
        raise ExtractionError(path, _reason(exc)) from exc
    raw = layout(grid, profile)
    _release_rows(grid, raw)
    if not any(area.actions for area in raw.areas):
        raise ExtractionError(path, NO_PLAN_TABLE)
    source = Source(path=str(path), sha256=sha256_of(path), format=fmt, pages=grid.pages)
    stream = assemble(raw, source, profile)
    header = stream.header
    if header.authority is None:  # a logo's alt text names the council when the text does not
        header.authority = next((n for text in grid.image_texts for n in authorities(text)), None)
    header.warnings = header.warnings + reader_warnings(grid)
    areas = ((title, apply_reader_facts(area, grid)) for title, area in stream.areas)
    return PlanStream(header, areas)


def _release_rows(grid: Grid, raw: RawPlan) -> None:
    """Let every page's rows go once they are laid out: building the records needs the
    raw areas, not the cells (the row diagnostics are for `detect` and `debug`)."""
    grid.blocks = []
    raw.row_roles.clear()
    raw.decisions.clear()


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
