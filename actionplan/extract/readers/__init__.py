"""Readers: one per input format, each turning a file into a `Grid`.

A new input format is one module here plus one entry in `READERS`; nothing in
the engine changes. Readers split and clean text and keep geometry; they never
decide what a row means (that is `actionplan.extract.engine`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actionplan.extract.grid import Grid
from actionplan.schemas import SourceFormat

if TYPE_CHECKING:
    from actionplan.extract.readers.pdf_reader import PageHook


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Reader settings: the PDF table finder, when to OCR, pages already read by OCR, and
    what else wants each PDF page while it is open (see `pdf_reader.PageHook`)."""

    engine: str = "pdfplumber"
    ocr: str = "auto"
    ocr_pages: Mapping[int, Any] | None = None
    on_page: PageHook | None = None


Reader = Callable[[Path, ReadOptions], Grid]


def _text(path: Path, options: ReadOptions) -> Grid:
    from actionplan.extract.readers.text_reader import read_text

    return read_text(path)


def _pdf(path: Path, options: ReadOptions) -> Grid:
    from actionplan.extract.readers.pdf_reader import read_pdf

    grid = read_pdf(
        path,
        engine=options.engine,
        ocr=options.ocr,
        ocr_pages=options.ocr_pages,
        on_page=options.on_page,
    )
    # pdfplumber's page joins compare the tables' column edges and mark each carried row
    grid.marks_continuations = options.engine == "pdfplumber"
    return grid


def _docx(path: Path, options: ReadOptions) -> Grid:
    from actionplan.extract.readers.docx_reader import read_docx

    return read_docx(path)


def _html(path: Path, options: ReadOptions) -> Grid:
    from actionplan.extract.readers.html_reader import read_html

    return read_html(path)


def _xlsx(path: Path, options: ReadOptions) -> Grid:
    from actionplan.extract.readers.xlsx_reader import read_xlsx

    return read_xlsx(path)


def _csv(path: Path, options: ReadOptions) -> Grid:
    from actionplan.extract.readers.csv_reader import read_csv

    return read_csv(path)


# Format -> reader. Heavy libraries load only when their format is read.
READERS: dict[SourceFormat, Reader] = {
    SourceFormat.TEXT: _text,
    SourceFormat.PDF: _pdf,
    SourceFormat.DOCX: _docx,
    SourceFormat.HTML: _html,
    SourceFormat.XLSX: _xlsx,
    SourceFormat.CSV: _csv,
}


def read_grid(
    path: Path,
    fmt: SourceFormat,
    engine: str = "pdfplumber",
    ocr: str = "auto",
    ocr_pages: Mapping[int, Any] | None = None,
    on_page: PageHook | None = None,
) -> Grid:
    """Read `path` (already identified as `fmt`) into a Grid; `engine` is the PDF table
    finder, `ocr` when PDF pages are read by OCR (auto: pages with no text), `ocr_pages`
    pages already read by OCR, `on_page` called with each PDF page read."""
    return READERS[fmt](path, ReadOptions(engine, ocr, ocr_pages, on_page))
