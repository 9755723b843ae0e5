"""Scanned pages spread over the worker processes ahead of their files' extraction.

OCR costs seconds a page, so a long scan read by one worker would hold up the
batch and run past the per-file timeout. When a batch has workers to spare,
every page that needs OCR becomes a work item of its own, like a file: the
pages are read in parallel (each within the timeout), their readings saved in
a scratch folder, and each file's extraction then takes its pages from there.
A page whose OCR failed is simply read again by its file's own reader.
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from actionplan.extract.readers.ocr import OcrMode, OcrPage, read_image, tesseract_available
from actionplan.pool import run_parallel

PageProgress = Callable[[int, int], None]
"""Called with (pages done, pages in all) as each OCR page finishes."""


def pages_needing_ocr(path: Path, mode: str) -> list[int]:
    """1-based numbers of the PDF's pages its reader would OCR (none for other files)."""
    if mode == OcrMode.NEVER or not _is_pdf(path):
        return []
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return []  # the reader gives the reason
    try:
        return [n for n, page in enumerate(document, start=1) if _wanted(page, mode)]
    except pypdfium2.PdfiumError:
        return []  # a damaged page: the file's own reader gives the reason
    finally:
        document.close()


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return b"%PDF-" in fh.read(1024)
    except OSError:
        return False


def _wanted(page: Any, mode: str) -> bool:
    """The reader's own rule (`OcrSession`): every page, or pages with an image and no text."""
    try:
        if mode == OcrMode.ALWAYS:
            return True
        text = page.get_textpage()
        try:
            if text.count_chars() > 0:
                return False
        finally:
            text.close()
        return any(True for _ in page.get_objects(filter=[3]))  # 3: FPDF_PAGEOBJ_IMAGE
    finally:
        page.close()


def ocr_page(item: tuple[str, int]) -> OcrPage:
    """One page read by OCR (a worker's task)."""
    from actionplan.extract.readers.ocr import render_page

    path, number = item
    image, width, height = render_page(Path(path), number)
    return read_image(image, width, height)


def ocr_ahead(
    files: list[Path],
    mode: str,
    *,
    jobs: int,
    timeout: float | None,
    on_page: PageProgress | None = None,
) -> str | None:
    """OCR the scanned pages of `files` in parallel; the scratch folder holding them, if any.

    With one worker, or fewer than two pages to read, each file's reader does its own.
    """
    if jobs <= 1 or not tesseract_available():
        return None
    items = [(str(path), n) for path in files for n in pages_needing_ocr(path, mode)]
    if len(items) < 2:
        return None
    read: dict[str, dict[int, OcrPage]] = defaultdict(dict)
    for finished, done in enumerate(
        run_parallel(items, ocr_page, jobs=jobs, timeout=timeout), start=1
    ):
        if done.error is None and isinstance(done.value, OcrPage):
            path, number = done.item
            read[path][number] = done.value
        if on_page:
            on_page(finished, len(items))
    folder = tempfile.mkdtemp(prefix="actionplan-ocr-")
    for path, pages in read.items():
        (Path(folder) / _name(path)).write_bytes(pickle.dumps(pages))
    return folder


def discard_pages_read_ahead(folder: str | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def pages_read_ahead(path: Path, folder: str | None) -> Mapping[int, OcrPage] | None:
    """The pages of `path` that `ocr_ahead` read, if it read any."""
    if folder is None:
        return None
    saved = Path(folder) / _name(str(path))
    try:
        pages = pickle.loads(saved.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError):
        return None
    return pages if isinstance(pages, dict) else None


def _name(path: str) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest() + ".pages"
