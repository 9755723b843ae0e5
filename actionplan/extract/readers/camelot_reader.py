"""Camelot as an alternative table finder, for comparison with pdfplumber's.

Camelot only decides where the cell rectangles are (lattice from ruling lines;
stream from text alignment when lattice finds nothing on a page). Everything
else, text, bold leads, fills, page furniture and table numbering, is the
pdfplumber reader's shared code, so the two engines differ in table finding
alone. Camelot parses every page separately and is much slower.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from actionplan.extract.grid import BBox, Grid

from .pdf_reader import PdfError, read_document


def _lattice_rects(table: Any, height: float) -> list[BBox]:
    """Merged cell rectangles of a lattice table, from its grid and edge flags.

    Camelot reports a full grid of cells and marks which sides have a ruling
    line; neighbours with no line between them belong to one merged cell.
    """
    grid = table.cells
    nrows = len(grid)
    ncols = len(grid[0]) if nrows else 0
    parent = list(range(nrows * ncols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    for r in range(nrows):
        for c in range(ncols):
            cell = grid[r][c]
            if c + 1 < ncols and not (cell.right or grid[r][c + 1].left):
                union(r * ncols + c, r * ncols + c + 1)
            if r + 1 < nrows and not (cell.bottom or grid[r + 1][c].top):
                union(r * ncols + c, (r + 1) * ncols + c)
    boxes: dict[int, list[float]] = {}
    for r in range(nrows):
        for c in range(ncols):
            cell = grid[r][c]
            box = (cell.x1, height - cell.y2, cell.x2, height - cell.y1)
            root = find(r * ncols + c)
            if root not in boxes:
                boxes[root] = list(box)
            else:
                b = boxes[root]
                b[0], b[1] = min(b[0], box[0]), min(b[1], box[1])
                b[2], b[3] = max(b[2], box[2]), max(b[3], box[3])
    return [(b[0], b[1], b[2], b[3]) for b in boxes.values()]


def _stream_rects(table: Any, height: float) -> list[BBox]:
    """Every grid cell of a stream table: stream finds no merged cells."""
    cells = [cell for row in table.cells for cell in row]
    return [(c.x1, height - c.y2, c.x2, height - c.y1) for c in cells]


def _camelot_tables(path: Path) -> Any:
    """Per-page table finder running camelot lattice, then stream as a fallback."""
    try:
        import camelot
    except ImportError as exc:  # an optional extra since most users never need it
        raise PdfError("camelot is not installed: pip install 'actionplan[camelot]'") from exc

    def finder(page: Any, number: int) -> list[list[BBox]]:
        height = float(page.height)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = camelot.read_pdf(
                    str(path), pages=str(number), flavor="lattice", suppress_stdout=True
                )
                if found.n:
                    return [_lattice_rects(t, height) for t in found]
                found = camelot.read_pdf(
                    str(path), pages=str(number), flavor="stream", suppress_stdout=True
                )
        except Exception as e:  # camelot's failures are its own, not the file's
            raise PdfError(f"camelot failed on page {number}: {type(e).__name__}: {e}") from e
        return [_stream_rects(t, height) for t in found if t.shape[1] >= 2]

    return finder


def read_pdf_camelot(path: Path) -> Grid:
    """Same contract as `read_pdf`, with camelot finding the tables."""
    path = Path(path)
    return read_document(path, _camelot_tables(path))
