"""What a reader knows beyond the grid's text, put onto the finished plan.

The engine reads text; some readers know more about a cell than its text: a
workbook's sheet names and typed date values, warnings met while reading, and
for pages read by OCR, each word's confidence. Those facts are attached here
as each area is made, keyed by the page and line every record already carries.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from statistics import fmean

from actionplan.extract.grid import Grid, OcrWord
from actionplan.extract.richtext import one_line
from actionplan.schemas import Action, Area, DueKind, PlanWarning, Provenance, Span


def reader_warnings(grid: Grid) -> list[PlanWarning]:
    """The warnings the reader met, for the end of the plan's warnings."""
    return [
        PlanWarning(code=n.code, message=n.message, page=n.page, line=n.line) for n in grid.notes
    ]


def apply_reader_facts(area: Area, grid: Grid) -> Area:
    """Sheet names, typed dates and OCR confidence onto `area` and its actions, in place."""
    _locate(area.provenance, grid)
    for action in area.actions:
        _locate(action.provenance, grid)
        _typed_dates(action, grid)
        _ocr(action.provenance, grid.ocr_words)
    return area


def _locate(provenance: Provenance, grid: Grid) -> None:
    page = provenance.page
    if grid.sheets and page is not None and 0 < page <= len(grid.sheets):
        provenance.sheet = grid.sheets[page - 1]


def typed_span(raw: str | None, value: date) -> Span:
    """A due or start date read from a date cell's value; `raw` is the text it displayed."""
    return Span(raw=raw, start=value, end=value, kind=DueKind.DATE)


def _typed_dates(action: Action, grid: Grid) -> None:
    """Due and start dates from the cell's typed value where the cell was a date."""
    page, line = action.provenance.page, action.provenance.line
    if not grid.dates or page is None or line is None:
        return
    for field in ("due", "start"):
        span: Span | None = getattr(action, field)
        raw = one_line(span.raw) if span is not None else None
        value = grid.dates.get((page, line, raw)) if raw else None
        if span is None or value is None:
            continue
        action.warnings = [w for w in action.warnings if w not in span.warnings]
        setattr(action, field, typed_span(span.raw, value))


def _ocr(provenance: Provenance, words: Iterable[OcrWord]) -> None:
    """OCR flag and the mean confidence of the words inside the record's box."""
    page, box = provenance.page, provenance.bbox
    on_page = [w for w in words if w.page == page]
    if not on_page:
        return
    provenance.ocr = True
    if box is None:
        return
    inside = [w.confidence for w in on_page if _centre_in(w.bbox, box)]
    if inside:
        provenance.ocr_confidence = round(fmean(inside), 1)


def _centre_in(word: tuple[float, float, float, float], box: tuple[float, ...]) -> bool:
    x, y = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
