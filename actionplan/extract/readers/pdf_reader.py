"""PDF reader: pages to a `Grid` of ruled-table rows and text lines.

The reader reports what is on the page and nothing more: rows with their cells
(text, bold lead, fill, span), text lines outside tables, and page turns. Page
furniture (running titles, page numbers) is dropped because it is not content
and would otherwise interrupt rows that continue across pages. Which table
finder produced the cell rectangles (pdfplumber here, camelot as an option) does
not change anything downstream: both feed the same geometry code.
"""

from __future__ import annotations

import gc
import math
import struct
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
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

from . import pdf_carry, pdf_spacers, pdf_tables, pdf_text
from .ocr import INSTALL_HINT, OcrMode, OcrPage, OcrSession
from .pdf_borderless import borderless_cells

_WORD_ATTRS = ["fontname", "size", "non_stroking_color"]
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_MARGIN = 0.12  # share of the page height where running headers and footers live
_SAME_X = 3.0  # points: column edges this close mean the same table continues
_ENOUGH_TEXT = 300  # characters on a page for its own body text size to count
_SAME_Y = 2.0  # points: a rule this close to a height runs across it
_MIN_CLOSING = 20.0  # points: column rules closer together than this close no table
_FOOT = 0.85  # a borderless table ending below this share of the page may carry on
_LINE = 1.2  # a line of text is about this many font sizes tall
_FALLBACK_SIZE = 9.0  # points: body size assumed on a page whose size is unknown
_ROOM_FOR_A_LINE = 1.5  # lines: a table ending higher above the foot than this ended its row
# The parser under pdfplumber's word and table code: "pdfium" (pdf_source), or
# "pdfminer", pdfplumber's own and five times slower, kept to compare the two.
PAGE_SOURCE = "pdfium"
_GC_THRESHOLD = 10_000  # allocations between young collections while reading pages

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
# Called with each text-layer page, its number and its words (None when the page was
# read by OCR), so another reading of the document shares this one's pass over it.
PageHook = Callable[[Any, int, list[pdf_text.Word] | None], None]


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
    carry: list[float] | None = None  # edges of a borderless table running to the page foot
    lines: list[pdf_text.PlacedLine] = field(default_factory=list)
    sizes: dict[float, int] = field(default_factory=dict)


def read_page(
    page: Any, number: int, finder: TableFinder, carried: list[float] | None = None
) -> tuple[_Page, list[pdf_text.Word]]:
    """One page's table parts and free text lines; also its words.

    `carried` is the column edges of a borderless table that ran to the foot of
    the page before, which lines opening this page may carry on.
    """
    from .pdf_colours import filled_rects

    words = page_words(page)
    out = _Page(number, float(page.height))
    fills = filled_rects(page.rects)
    ruled = [cells for cells in finder(page, number) if not _heading_strip(cells, fills, words)]
    borderless = not ruled
    loose = _outside(words, ruled)
    found = ruled + borderless_cells(loose, float(page.width), carried if borderless else None)
    layouts = [t for cells in found if (t := pdf_tables.layout(pdf_spacers.settle(cells, words)))]
    layouts.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    rest = pdf_tables.bucket_words(layouts, words) if layouts else words
    for t in layouts:
        rows = pdf_tables.rows(t, number, 0, fills)
        if rows:
            out.parts.append(_Part(t.xs, t.bbox, rows))
    if borderless and out.parts and out.parts[-1].bbox[3] > _FOOT * out.height:
        out.carry = out.parts[-1].xs
    out.lines = pdf_text.page_lines(rest, number)
    out.sizes = pdf_text.size_weights(words)
    return out, words


def _outside(words: list[pdf_text.Word], tables: Sequence[list[BBox]]) -> list[pdf_text.Word]:
    """The words on no ruled table: a page may hold a ruled key table beside plan
    tables drawn without rules, and those are still found from the words' alignment."""
    boxes = [
        (min(c[0] for c in t), min(c[1] for c in t), max(c[2] for c in t), max(c[3] for c in t))
        for t in tables
        if t
    ]
    return [
        w
        for w in words
        if not any(b[0] <= w["x0"] and w["x1"] <= b[2] and b[1] <= w["top"] <= b[3] for b in boxes)
    ]


def _heading_strip(
    cells: list[BBox], shaded: Sequence[tuple[BBox, Any]], words: Sequence[pdf_text.Word]
) -> bool:
    """A lone shaded row of cells with text below it: the heading strip of a table
    drawn without rules, whose words are read with the borderless table they head.

    A table's one-row continuation on a new page is no strip: it is not shaded,
    or nothing follows it inside its columns.
    """
    from .pdf_colours import fill_for

    tops = {round(c[1]) for c in cells}
    bottoms = {round(c[3]) for c in cells}
    if len(cells) < 2 or len(tops) != 1 or len(bottoms) != 1:
        return False
    if not all(fill_for(c, shaded) for c in cells):
        return False
    x0, x1 = min(c[0] for c in cells), max(c[2] for c in cells)
    bottom = max(c[3] for c in cells)
    below = {round(w["top"]) for w in words if w["top"] > bottom and x0 <= w["x0"] < x1}
    return len(below) >= 2


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


def read_document(
    path: Path,
    finder: TableFinder,
    ocr: OcrSession | None = None,
    on_page: PageHook | None = None,
) -> Grid:
    """Shared page loop for every table finder: errors, furniture, numbering.

    With `ocr`, each page it picks is read from its image instead of its text layer.
    `on_page` sees every page before it is closed.
    """
    pages: list[_Page] = []
    words = 0
    drawn = False  # images or vector shapes: a page that is a picture of text
    with open_pages(path) as pdf, _fewer_collections():
        for number, page in enumerate(pdf.pages, start=1):
            try:
                source = ocr.page(page, number) if ocr else page
                got, found = read_page(source, number, finder, pages[-1].carry if pages else None)
                drawn = drawn or any(
                    page.objects.get(k) for k in ("image", "rect", "line", "curve")
                )
                if on_page:
                    on_page(page, number, found if source is page else None)
            except _CORRUPT as e:
                raise _reason(e) from e
            finally:
                page.close()
            pages.append(got)
            words += len(found)
    if words == 0 and not drawn:
        raise PdfError("nothing drawn on any page (an empty PDF)")
    if words == 0:
        hint = f"; {INSTALL_HINT}" if ocr and ocr.missing else ""
        raise PdfError(f"no text layer (image-only PDF): OCR is needed{hint}")
    _mark_headings(pages)
    _drop_furniture(pages)
    grid = Grid(blocks=_assemble(pages), pages=len(pages))
    if ocr:
        grid.ocr_words = ocr.words
        grid.notes = [*ocr.notes, *ocr.missing_note()]
    return grid


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while pages are read.

    A page makes thousands of short-lived dicts (characters, words), which set
    off a young-generation collection every 700 allocations, each one also
    walking the page's live objects; they hold no reference cycles, so
    collecting less often frees the same memory later at a tenth of the cost.
    """
    before = gc.get_threshold()
    gc.set_threshold(_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def open_pages(path: Path) -> Any:
    """The document's pages from PAGE_SOURCE; both give pdfplumber-shaped pages."""
    if PAGE_SOURCE == "pdfium":
        from .pdf_source import open_pages

        return open_pages(path)
    return open_pdf(path)


def read_pdf(
    path: Path,
    *,
    engine: str = "pdfplumber",
    ocr: str = OcrMode.AUTO,
    ocr_pages: Mapping[int, OcrPage] | None = None,
    on_page: PageHook | None = None,
) -> Grid:
    """Read a PDF into blocks; `engine` picks the table finder ("pdfplumber" or "camelot").

    `ocr` says which pages are read by OCR (see `OcrMode`), `ocr_pages` are pages
    already read by OCR; camelot reads text layers only, and calls no `on_page`.
    """
    if engine == "pdfplumber":
        session = OcrSession(Path(path), OcrMode(ocr), ocr_pages or {})
        return read_document(Path(path), _plumber_tables, session, on_page)
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
    and its first row does not open a new table of the same design.
    """
    blocks: list[Block] = []
    table = 0
    feet = _table_feet(pages)
    last: int | None = None  # the table whose part ended the previous page
    cut = False  # whether that part ran to the lowest a table reaches on such pages
    heads: dict[int, list[list[str]]] = {}  # each table's opening rows, to spot repeats
    heads_rows: dict[int, Row] = {}
    columns: dict[int, list[float]] = {}  # each table's column edges, from its first part
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
            rows, xs = item.rows, item.xs
            if i == 0 and last is not None and _regridded(columns[last], xs, cut):
                rows, xs = [pdf_carry.onto_columns(r, columns[last]) for r in rows], columns[last]
            carry = (
                i == 0
                and last is not None
                and _same_columns(columns[last], xs)
                and _continues(rows[0], heads[last][0], heads_rows[last])
            )
            if carry and last is not None:
                tid = last
                item.rows = rows
                _mark_continuation(rows, heads[tid], cut)
            else:
                table += 1
                tid = table
                heads[tid] = [r.texts for r in item.rows[:3]]
                heads_rows[tid] = item.rows[0]
                columns[tid] = item.xs
            for row in item.rows:
                row.table = tid
            blocks.extend(item.rows)
        last = None
        if items and not isinstance(items[-1][2], Line):
            part = items[-1][2]
            last = part.rows[0].table
            line = _LINE * (pdf_text.body_size(p.sizes) or _FALLBACK_SIZE)
            cut = feet[p.height] - part.bbox[3] <= _ROOM_FOR_A_LINE * line
    return blocks


def _continues(first: Row, head_texts: list[str], head: Row) -> bool:
    """Whether a part opening a page on the same columns carries on the table above.

    A repeat of the table's opening row says yes. A row with the same distinctive
    design (merged cells or shading) but other words opens a new table of the
    same kind, such as the next recommendation. Anything else carries the
    table's columns over, wherever the part above stopped: a table whose last
    row did not fit moves it whole to the next page.
    """
    if first.texts == head_texts:
        return True
    design = [(c.span, c.fill) for c in head.cells]
    distinctive = any(span > 1 or fill for span, fill in design)
    return not (distinctive and design == [(c.span, c.fill) for c in first.cells])


def _regridded(table: list[float], part: list[float], cut: bool) -> bool:
    """Whether a part on other column edges carries on a table the page turn cut."""
    return cut and not _same_columns(table, part) and pdf_carry.fits(table, part)


def _table_feet(pages: Sequence[_Page]) -> dict[float, float]:
    """The lowest any table reaches on pages of each height: where rows are cut."""
    feet: dict[float, float] = {}
    for p in pages:
        for part in p.parts:
            feet[p.height] = max(feet.get(p.height, 0.0), part.bbox[3])
    return feet


def _mark_continuation(rows: Sequence[Row], head: Sequence[list[str]], cut: bool) -> None:
    """Say of the first row after any repeated header whether it may carry on the row above.

    A row is cut by a page turn only where the table ran down to the page's foot;
    a table that stopped with room for another line above it ended its last row.
    """
    for i, row in enumerate(rows):
        if i < len(head) and row.texts == head[i]:
            continue
        row.continues = cut
        return
