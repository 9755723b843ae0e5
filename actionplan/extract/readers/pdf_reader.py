"""PDF reader: pages to a `Grid` of ruled-table rows and text lines.

The reader reports what is on the page and nothing more: rows with their cells
(text, bold lead, fill, span), text lines outside tables, and page turns. Page
furniture (running titles, page numbers) is dropped because it is not content
and would otherwise interrupt rows that continue across pages. Which table
finder produced the cell rectangles (pdfplumber here, camelot as an option) does
not change anything downstream: both feed the same geometry code.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFException
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import BBox, Block, Grid, Line, PageBreak, Row

from . import pdf_tables, pdf_text
from .pdf_borderless import borderless_cells

_WORD_ATTRS = ["fontname", "size"]
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_MARGIN = 0.12  # share of the page height where running headers and footers live
_SAME_X = 3.0  # points: column edges this close mean the same table continues
_ENOUGH_TEXT = 300  # characters on a page for its own body text size to count
_SAME_Y = 2.0  # points: a rule this close to a height runs across it
_MIN_CLOSING = 20.0  # points: column rules closer together than this close no table
_FOOT = 0.85  # a table part ending below this share of the page ran to its foot
# The parser under pdfplumber's word and table code: "pdfium" (pdf_source), or
# "pdfminer", pdfplumber's own and five times slower, kept to compare the two.
PAGE_SOURCE = "pdfium"

# Everything pdfminer is known to throw on damaged files.
_CORRUPT = (
    PdfminerException,
    PSException,
    PDFException,
    PDFSyntaxError,
    zlib.error,
    struct.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OverflowError,
)

# A table finder returns, for one page, each table as a list of cell rectangles.
TableFinder = Callable[[Any, int], list[list[BBox]]]


class PdfError(ReaderError):
    """A PDF we cannot read; the message is a short reason fit to show a user."""


def sniff(path: Path) -> None:
    """Refuse files that are not PDFs before a parser produces a confusing error."""
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise PdfError(f"cannot open file: {e.strerror or e}") from e
    if b"%PDF-" in head:
        return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start:
        raise PdfError("not a PDF: empty file")
    if start.startswith(b"<"):
        raise PdfError("not a PDF: looks like HTML")
    raise PdfError("not a PDF: no %PDF- header")


def _reason(e: BaseException) -> PdfError:
    inner = e.args[0] if isinstance(e, PdfminerException) and e.args else e
    if (
        isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError)
        or "password" in str(inner).lower()
    ):
        return PdfError("encrypted PDF")
    detail = str(inner).strip() or type(inner).__name__
    return PdfError(f"truncated or corrupt PDF: {detail[:120]}")


@contextmanager
def open_pdf(path: Path) -> Iterator[Any]:
    """pdfplumber document with every parser failure turned into a `PdfError`."""
    path = Path(path)
    sniff(path)
    try:
        pdf = pdfplumber.open(path)
    except _CORRUPT as e:
        raise _reason(e) from e
    try:
        try:
            n = len(pdf.pages)
        except _CORRUPT as e:
            raise _reason(e) from e
        if n == 0:
            raise PdfError("truncated or corrupt PDF: no pages")
        yield pdf
    finally:
        pdf.close()


def page_words(page: Any) -> list[pdf_text.Word]:
    """All words of a page with font and size, in one pass over its characters."""
    return page.extract_words(extra_attrs=_WORD_ATTRS)


@dataclass(slots=True)
class _Part:
    """A table's rows on one page, before tables are numbered across pages."""

    xs: list[float]
    bbox: BBox
    rows: list[Row]


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    parts: list[_Part] = field(default_factory=list)
    lines: list[pdf_text.PlacedLine] = field(default_factory=list)
    sizes: dict[float, int] = field(default_factory=dict)


def read_page(page: Any, number: int, finder: TableFinder) -> tuple[_Page, int]:
    """One page's table parts and free text lines; also its word count."""
    from .pdf_colours import filled_rects

    words = page_words(page)
    out = _Page(number, float(page.height))
    found = finder(page, number) or borderless_cells(words, float(page.width))
    layouts = [t for cells in found if (t := pdf_tables.layout(cells))]
    layouts.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    rest = pdf_tables.bucket_words(layouts, words) if layouts else words
    fills = filled_rects(page.rects) if layouts else []
    for t in layouts:
        rows = pdf_tables.rows(t, number, 0, fills)
        if rows:
            out.parts.append(_Part(t.xs, t.bbox, rows))
    out.lines = pdf_text.page_lines(rest, number)
    out.sizes = pdf_text.size_weights(words)
    return out, len(words)


def _plumber_tables(page: Any, number: int) -> list[list[BBox]]:
    settings: dict[str, Any] = dict(_TABLE_SETTINGS)
    closing = _open_ends(page)
    if closing:
        settings["explicit_horizontal_lines"] = closing
    return [list(t.cells) for t in page.find_tables(settings)]


def _open_ends(page: Any) -> list[dict[str, Any]]:
    """Rules to close a table left open where a row runs off the page foot (or head).

    Word draws no rule under a row it splits between pages; two or more column
    rules ending at the same height with no rule across them mark that edge.
    """
    edges = page.edges
    verticals = [e for e in edges if e["orientation"] == "v"]
    if len(verticals) < 2:
        return []
    rules = [e for e in edges if e["orientation"] == "h"]
    ends: dict[int, list[float]] = {}
    for edge in verticals:
        for y in (edge["top"], edge["bottom"]):
            ends.setdefault(round(y), []).append(edge["x0"])
    closing = []
    for y, xs in ends.items():
        x0, x1 = min(xs), max(xs)
        if len(xs) < 2 or x1 - x0 < _MIN_CLOSING:
            continue
        if any(abs(r["top"] - y) <= _SAME_Y and r["x0"] <= x0 + _SAME_Y and r["x1"] >= x1 - _SAME_Y
               for r in rules):  # fmt: skip
            continue
        closing.append(
            {
                "object_type": "line",
                "x0": x0,
                "x1": x1,
                "top": y,
                "bottom": y,
                "width": x1 - x0,
                "height": 0,
            }
        )
    return closing


def read_document(path: Path, finder: TableFinder) -> Grid:
    """Shared page loop for every table finder: errors, furniture, numbering."""
    pages: list[_Page] = []
    words = 0
    with _open_pages(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            try:
                got, n = read_page(page, number, finder)
            except _CORRUPT as e:
                raise _reason(e) from e
            finally:
                page.close()
            pages.append(got)
            words += n
    if words == 0:
        raise PdfError("no text layer (image-only PDF): OCR is needed")
    _mark_headings(pages)
    _drop_furniture(pages)
    return Grid(blocks=_assemble(pages), pages=len(pages))


def _open_pages(path: Path) -> Any:
    """The document's pages from PAGE_SOURCE; both give pdfplumber-shaped pages."""
    if PAGE_SOURCE == "pdfium":
        from .pdf_source import open_pages

        return open_pages(path)
    return open_pdf(path)


def read_pdf(path: Path, *, engine: str = "pdfplumber") -> Grid:
    """Read a PDF into blocks; `engine` picks the table finder ("pdfplumber" or "camelot")."""
    if engine == "pdfplumber":
        return read_document(Path(path), _plumber_tables)
    if engine == "camelot":
        from .camelot_reader import read_pdf_camelot

        return read_pdf_camelot(Path(path))
    raise ValueError(f"unknown PDF engine: {engine!r}")


def _mark_headings(pages: Sequence[_Page]) -> None:
    """Headings against the page's own body size, or the document's on sparse pages.

    Pages may differ (a portrait cover report before landscape tables in small
    print), so a page with enough text is its own reference; a cover page with
    little more than its title is measured against the whole document.
    """
    total: dict[float, int] = {}
    for p in pages:
        for size, n in p.sizes.items():
            total[size] = total.get(size, 0) + n
    doc_body = pdf_text.body_size(total)
    for p in pages:
        own = sum(p.sizes.values()) >= _ENOUGH_TEXT
        pdf_text.mark_headings(p.lines, pdf_text.body_size(p.sizes) if own else doc_body)


def _band(line: pdf_text.PlacedLine, height: float) -> str | None:
    if line.bottom < _MARGIN * height:
        return "top"
    if line.top > (1 - _MARGIN) * height:
        return "bottom"
    return None


def _drop_furniture(pages: Sequence[_Page]) -> None:
    """Drop page numbers and lines repeated in the same margin on most pages."""
    seen: dict[tuple[str, str], set[int]] = {}
    for p in pages:
        for ln in p.lines:
            band = _band(ln, p.height)
            if band:
                seen.setdefault((band, pdf_text.header_key(ln.line.text)), set()).add(p.number)
    need = max(2, math.ceil(len(pages) / 2))
    for p in pages:
        kept = []
        for ln in p.lines:
            band = _band(ln, p.height)
            text = ln.line.text
            if pdf_text.is_page_number(text) and (band or not text.strip().isdigit()):
                continue
            if band and len(seen[(band, pdf_text.header_key(text))]) >= need:
                continue
            kept.append(ln)
        p.lines = kept


def _same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _SAME_X for x, y in zip(a, b, strict=True))


def _assemble(pages: Sequence[_Page]) -> list[Block]:
    """Blocks in reading order, numbering tables and marking rows after a page turn.

    A table part that opens a page continues the part that closed the previous
    page when nothing but a page turn lies between them, the column edges match,
    and either its first row repeats the table's first row (a repeated header)
    or the previous part ran to the foot of its page.
    """
    blocks: list[Block] = []
    table = 0
    last: tuple[_Part, int, bool] | None = None  # part ending the previous page, id, at foot
    heads: dict[int, list[list[str]]] = {}  # each table's opening rows, to spot repeats
    heads_rows: dict[int, Row] = {}
    for p in pages:
        blocks.append(PageBreak(page=p.number))
        items: list[tuple[float, float, _Part | Line]] = [
            (part.bbox[1], part.bbox[0], part) for part in p.parts
        ] + [(ln.top, ln.x0, ln.line) for ln in p.lines]
        items.sort(key=lambda it: (it[0], it[1]))
        for i, (_, _, item) in enumerate(items):
            if isinstance(item, Line):
                blocks.append(item)
                continue
            carry = (
                i == 0
                and last is not None
                and _same_columns(last[0].xs, item.xs)
                and _continues(item.rows[0], heads[last[1]][0], heads_rows[last[1]], last[2])
            )
            if carry and last is not None:
                tid = last[1]
                _mark_continuation(item.rows, heads[tid])
            else:
                table += 1
                tid = table
                heads[tid] = [r.texts for r in item.rows[:3]]
                heads_rows[tid] = item.rows[0]
            for row in item.rows:
                row.table = tid
            blocks.extend(item.rows)
        last = None
        if items and not isinstance(items[-1][2], Line):
            part = items[-1][2]
            at_foot = part.bbox[3] > _FOOT * p.height
            last = (part, part.rows[0].table, at_foot)
    return blocks


def _continues(first: Row, head_texts: list[str], head: Row, at_foot: bool) -> bool:
    """Whether a part opening a page carries on the table that closed the last page.

    A repeat of the table's opening row says yes. A row with the same distinctive
    design (merged cells or shading) but other words opens a new table of the
    same kind, such as the next recommendation. Otherwise only a table that ran
    to the foot of its page is taken to carry on.
    """
    if first.texts == head_texts:
        return True
    design = [(c.span, c.fill) for c in head.cells]
    distinctive = any(span > 1 or fill for span, fill in design)
    if distinctive and design == [(c.span, c.fill) for c in first.cells]:
        return False
    return at_foot


def _mark_continuation(rows: Sequence[Row], head: Sequence[list[str]]) -> None:
    """Flag the first row after any repeated header as a candidate to join the row above."""
    for i, row in enumerate(rows):
        if i < len(head) and row.texts == head[i]:
            continue
        row.continues = True
        return
