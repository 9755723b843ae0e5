"""Readers: one per input format, each turning a file into a `Grid`.

A new input format is one module here plus one entry in `READERS`; nothing in
the engine changes. Readers split and clean text and keep geometry; they never
decide what a row means (that is `actionplan.extract.engine`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from actionplan.extract.grid import Grid
from actionplan.schemas import SourceFormat

Reader = Callable[[Path, str], Grid]


def _text(path: Path, engine: str) -> Grid:
    from actionplan.extract.readers.text_reader import read_text

    return read_text(path)


def _pdf(path: Path, engine: str) -> Grid:
    from actionplan.extract.readers.pdf_reader import read_pdf

    grid = read_pdf(path, engine=engine)
    # pdfplumber's page joins compare the tables' column edges and mark each carried row
    grid.marks_continuations = engine == "pdfplumber"
    return grid


def _docx(path: Path, engine: str) -> Grid:
    from actionplan.extract.readers.docx_reader import read_docx

    return read_docx(path)


def _html(path: Path, engine: str) -> Grid:
    from actionplan.extract.readers.html_reader import read_html

    return read_html(path)


# Format -> reader. Heavy libraries load only when their format is read.
READERS: dict[SourceFormat, Reader] = {
    SourceFormat.TEXT: _text,
    SourceFormat.PDF: _pdf,
    SourceFormat.DOCX: _docx,
    SourceFormat.HTML: _html,
}


def read_grid(path: Path, fmt: SourceFormat, engine: str = "pdfplumber") -> Grid:
    """Read `path` (already identified as `fmt`) into a Grid; `engine` is the PDF table finder."""
    return READERS[fmt](path, engine)
