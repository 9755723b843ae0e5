"""One call from a file to a Report, and from any file to a plan or a report.

A file is tried as an action plan first; only when it holds no action-plan table
is it read as an inspection report, and only when its content says it is one.
Anything else keeps the plan extractor's one-line reason. A PDF is read once:
the report's lines are made from the pages the plan reader reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from actionplan.extract.api import NO_PLAN_TABLE, ExtractionError, sha256_of, stream_file
from actionplan.extract.engine.profile import Profile
from actionplan.extract.errors import ReaderError
from actionplan.planstream import PlanStream
from actionplan.reports.cover import COVER_PAGES, has_cover, is_report, read_cover
from actionplan.reports.lines import PageLines, Word, read_lines
from actionplan.reports.recommendations import find_recommendations
from actionplan.schemas import ActionPlan, PlanWarning, Report, Source, SourceFormat


class NotAReport(ExtractionError):
    """A readable file whose content is not an inspection report."""


def extract_report(path: str | Path, pages: PageLines | None = None) -> Report:
    """Read an inspection report (PDF); raises ExtractionError with a one-line reason.

    `pages` are the file's pages already read as lines; without them the file is read.
    """
    path = Path(path)
    try:
        lines = pages.lines() if pages is not None else read_lines(path)
    except (ReaderError, OSError) as exc:
        raise ExtractionError(path, getattr(exc, "strerror", None) or str(exc)) from exc
    if not is_report(lines):
        raise NotAReport(path, "not an inspection report")
    cover = read_cover(lines)
    recommendations = find_recommendations(lines)
    warnings = []
    if not recommendations:
        warnings.append(PlanWarning(code="no_recommendations", message="no recommendations found"))
    return Report(
        kind="report",
        source=Source(
            path=str(path),
            sha256=sha256_of(path),
            format=SourceFormat.PDF,
            pages=max(ln.page for ln in lines),
        ),
        authority=cover.authority,
        title=cover.title,
        framework=cover.framework,
        inspection_date=cover.inspection_date,
        report_date=cover.report_date,
        recommendations=recommendations,
        warnings=warnings,
    )


class _ReportAlongside:
    """The plan reader's pages read as a report's lines too, while the file may be one.

    Once the cover pages are past and some text was read, a file with no
    inspection title and dates there is no report: its later pages are not read
    as lines, and what was read is let go.
    """

    def __init__(self) -> None:
        self.pages = PageLines()
        self.fed = False  # the reader handed over its pages (the PDF reader does)
        self.ruled_out = False
        self._settled = False

    def __call__(self, page: Any, number: int, words: list[Word] | None) -> None:
        self.fed = True
        if self.ruled_out:
            return
        self.pages.add(page, number, words)
        if self._settled or number < COVER_PAGES or not any(self.pages.pages):
            return
        self._settled = True
        if not has_cover([line for lines in self.pages.pages for line in lines]):
            self.ruled_out = True
            self.pages = PageLines()


def extract_document(
    path: str | Path,
    *,
    profile: Profile | None = None,
    engine: str = "pdfplumber",
    ocr: str = "auto",
    ocr_pages: Mapping[int, Any] | None = None,
) -> ActionPlan | Report:
    """A plan when the file holds an action-plan table, else a report when it is one."""
    doc = stream_document(path, profile=profile, engine=engine, ocr=ocr, ocr_pages=ocr_pages)
    return doc if isinstance(doc, Report) else doc.collect()


def stream_document(
    path: str | Path,
    *,
    profile: Profile | None = None,
    engine: str = "pdfplumber",
    ocr: str = "auto",
    ocr_pages: Mapping[int, Any] | None = None,
) -> PlanStream | Report:
    """`extract_document` with a plan as a stream whose areas are made as they are read."""
    alongside = _ReportAlongside()
    try:
        return stream_file(
            path, profile=profile, engine=engine, ocr=ocr, ocr_pages=ocr_pages, on_page=alongside
        )
    except ExtractionError as exc:
        if exc.reason != NO_PLAN_TABLE or Path(path).suffix.lower() != ".pdf":
            raise
        if alongside.ruled_out:
            raise exc from None
        try:
            return extract_report(path, alongside.pages if alongside.fed else None)
        except NotAReport:
            raise exc from None
