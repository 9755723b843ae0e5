"""CSV reader: a tracker exported from a spreadsheet, read as a one-sheet workbook.

An export keeps only the displayed text of each cell (no merges, fills or
types), so every row is a list of plain cells; the title block and table are
told apart exactly as for a workbook (see `sheet_grid`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import Cell, Grid

from .encoding import decode_text
from .sheet_grid import TABLE_WIDTH, sheet_blocks

_DELIMITERS = ",;"
_MIN_ROWS = 2
_AGREEMENT = 0.6  # share of sniffed rows that must have the table's field count
_HEADING_CHARS = 60  # a column heading is no longer than this


class CsvError(ReaderError):
    """A CSV file that cannot be read."""


def looks_like_csv(head: bytes) -> bool:
    """Whether the file's opening bytes parse as rows of one width (3+ fields).

    Text plans use tabs between cells and prose between tables, so tab-free rows
    of a steady comma (or semicolon) count, the first of them a row of headings,
    set a CSV export apart. The last row of the sample may be cut short and is
    left out.
    """
    return _sniffed_delimiter(decode_text(head)) is not None


def _sniffed_delimiter(text: str) -> str | None:
    """The delimiter `looks_like_csv` recognised the text by, so reading splits as it did."""
    if "\t" in text:
        return None
    for delimiter in _DELIMITERS:
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(r)][:-1]
        if len(rows) < _MIN_ROWS:
            continue
        widths = Counter(len(r) for r in rows)
        width, count = widths.most_common(1)[0]
        if width >= TABLE_WIDTH and count >= _AGREEMENT * len(rows):
            full = (r for r in rows if len([f for f in r if f.strip()]) >= TABLE_WIDTH)
            return delimiter if _header_like(next(full, [])) else None
    return None


def _header_like(row: list[str]) -> bool:
    """Column headings: short labels, none ending a sentence (prose split at commas does)."""
    labels = [f.strip() for f in row if f.strip()]
    return len(labels) >= TABLE_WIDTH and all(
        len(label) <= _HEADING_CHARS and not label.endswith(".") for label in labels
    )


def read_csv(path: Path) -> Grid:
    text = decode_text(path.read_bytes())
    delimiter = _sniffed_delimiter(text) or max(_DELIMITERS, key=text.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise CsvError(f"malformed CSV: {exc}") from exc
    rows = [
        (number, [Cell(field.replace("\r\n", "\n").strip()) for field in record])
        for number, record in enumerate(records, start=1)
    ]
    return Grid(blocks=sheet_blocks(rows, page=1), pages=1)
