"""Pages without a text layer read by Tesseract, handed to the PDF reader as a page.

The PDF reader's table code takes a pdfplumber page: words with boxes and
fonts, drawn edges, filled rectangles and `find_tables`. `OcrPage` offers the
same from a page image: Tesseract's words (boxes in page points, each line's
words sharing the line's height as a PDF line's glyphs do) and the ruling
lines found in the image, on which pdfplumber's own table finder runs. So a
scan goes through exactly the code a born-digital PDF does.

pytesseract is the binding: it drives the `tesseract` program of the Debian
packages `tesseract-ocr tesseract-ocr-eng`, so nothing needs compiling.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean, median
from typing import TYPE_CHECKING, Any

from actionplan.defaults import OcrMode
from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import OcrWord, ReaderNote

if TYPE_CHECKING:
    from .page_image import Rule

MIN_DPI, MAX_DPI = 200.0, 300.0  # pages render at their scan's resolution within these
LOW_CONFIDENCE = 70.0  # mean word confidence (0-100) below which a page is reported
INSTALL_HINT = "install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)"
_TESSERACT_CONFIG = "--psm 3 -c tessedit_do_invert=0"  # no white-on-black text in plans
_RULE_REMNANT = re.compile(r"^[|¦\[\]]+$")  # bits of a ruling line read as characters
_EM_PER_WORD_HEIGHT = 4 / 3  # font size over the height of a typical word's box
_FONT = "OCR"


class OcrError(ReaderError):
    """A page that needs OCR but cannot be rendered to an image."""


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


@dataclass
class OcrPage:
    """A page image read by OCR, shaped like the pdfplumber page the PDF reader reads."""

    width: float
    height: float
    words: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    confidence: float | None
    rects: list[dict[str, Any]] = field(default_factory=list)  # no fills: scans are grey

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    def extract_words(self, **_: Any) -> list[dict[str, Any]]:
        return list(self.words)

    def find_tables(self, settings: dict[str, Any]) -> list[Any]:
        from pdfplumber.table import TableFinder

        page: Any = self  # duck-typed: the finder reads only edges and bbox
        return list(TableFinder(page, settings).tables)

    def close(self) -> None:
        """Nothing held open; here because the reader closes every page it reads."""


def read_image(image: Any, width: float, height: float) -> OcrPage:
    """OCR one page image whose page measures `width` x `height` points."""
    import pytesseract  # type: ignore[import-untyped]

    from . import page_image

    # Batches run one reader per core already; Tesseract's own threads would only compete.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    grey, _ = page_image.straighten(page_image.to_grey(image))
    dpi = grey.width * 72.0 / width
    rules = page_image.ruling_lines(page_image.rule_mask(grey), dpi)
    clean = page_image.erase(page_image.ink_image(page_image.dark_mask(grey)), rules)
    data = pytesseract.image_to_data(
        clean,
        config=f"{_TESSERACT_CONFIG} --dpi {round(dpi)}",
        output_type=pytesseract.Output.DICT,
    )
    scale = 72.0 / dpi
    words = _words(data, scale)
    confidence = fmean(w["confidence"] for w in words) if words else None
    edges = [_edge(rule, scale) for rule in rules]
    return OcrPage(width, height, words, edges, confidence)


def _words(data: dict[str, list[Any]], scale: float) -> list[dict[str, Any]]:
    """Tesseract's words in points; a line's words share its top, bottom and size."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        word = str(text).strip()
        if word and float(data["conf"][i]) >= 0 and not _RULE_REMNANT.match(word):
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    words: list[dict[str, Any]] = []
    for members in lines.values():
        top = min(data["top"][i] for i in members) * scale
        bottom = max(data["top"][i] + data["height"][i] for i in members) * scale
        size = round(median(data["height"][i] for i in members) * scale * _EM_PER_WORD_HEIGHT)
        for i in members:
            x0 = data["left"][i] * scale
            words.append(
                {
                    "text": str(data["text"][i]).strip(),
                    "x0": x0,
                    "x1": x0 + data["width"][i] * scale,
                    "top": top,
                    "bottom": bottom,
                    "doctop": top,
                    "upright": True,
                    "fontname": _FONT,
                    "size": float(size),
                    "confidence": float(data["conf"][i]),
                }
            )
    return words


def _edge(rule: Rule, scale: float) -> dict[str, Any]:
    """A ruling line as pdfplumber describes a drawn edge."""
    at = rule.at * scale
    start, end = rule.start * scale, rule.end * scale
    if rule.horizontal:
        box = {"x0": start, "x1": end, "top": at, "bottom": at, "width": end - start, "height": 0}
    else:
        box = {"x0": at, "x1": at, "top": start, "bottom": end, "width": 0, "height": end - start}
    return {
        **box,
        "doctop": box["top"],
        "orientation": "h" if rule.horizontal else "v",
        "object_type": "line",
    }


def render_page(path: Path, number: int) -> tuple[Any, float, float]:
    """Page `number` of the PDF as a greyscale image at its scan's resolution, and its size
    in points (within `MIN_DPI`..`MAX_DPI`: what Tesseract reads well)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        document = pypdfium2.PdfDocument(str(path))
        try:
            page = document[number - 1]
            width, height = page.get_size()
            dpi = 0.0
            for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
                left, _, right, _ = image.get_bounds()
                if right - left > 0:
                    dpi = max(dpi, image.get_px_size()[0] * 72.0 / (right - left))
            dpi = min(max(dpi, MIN_DPI), MAX_DPI)
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            page.close()
            return bitmap.to_pil(), float(width), float(height)
        finally:
            document.close()
    except pypdfium2.PdfiumError as exc:
        raise OcrError(f"page {number} cannot be rendered for OCR: {exc}") from exc


@dataclass
class OcrSession:
    """OCR for one document: which pages need it, their readings, and what was learnt.

    `ready` holds pages already read by OCR elsewhere (in parallel, ahead of the file).
    """

    path: Path
    mode: OcrMode
    ready: Mapping[int, OcrPage] = field(default_factory=dict)
    words: list[OcrWord] = field(default_factory=list)
    notes: list[ReaderNote] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)  # pages needing OCR without Tesseract

    def page(self, page: Any, number: int) -> Any:
        """The page to read: the PDF page itself, or its OCR reading when that is wanted."""
        if not self._wanted(page):
            return page
        read = self.ready.get(number)
        if read is None:
            if not tesseract_available():
                self.missing.append(number)
                return page
            read = read_image(*render_page(self.path, number))
        self._record(read, number)
        return read

    def _wanted(self, page: Any) -> bool:
        if self.mode is OcrMode.NEVER:
            return False
        if self.mode is OcrMode.ALWAYS:
            return True
        return not page.chars and bool(page.images)

    def _record(self, read: OcrPage, number: int) -> None:
        for w in read.words:
            box = (w["x0"], w["top"], w["x1"], w["bottom"])
            self.words.append(OcrWord(number, box, w["confidence"]))
        if read.confidence is not None and read.confidence < LOW_CONFIDENCE:
            self.notes.append(
                ReaderNote(
                    "ocr_low_confidence",
                    f"page {number} read by OCR with low confidence "
                    f"(mean word confidence {read.confidence:.0f}%); check its records",
                    page=number,
                )
            )

    def missing_note(self) -> Iterator[ReaderNote]:
        """One warning naming the pages left unread for want of Tesseract."""
        if self.missing:
            pages = ", ".join(str(n) for n in self.missing)
            yield ReaderNote("ocr_unavailable", f"pages {pages} have no text layer: {INSTALL_HINT}")
