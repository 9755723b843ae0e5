"""Which reader a file needs, judged from its bytes, never its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from actionplan.extract.errors import ReaderError
from actionplan.schemas import SourceFormat

SNIFF_BYTES = 4096
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class FormatError(ReaderError):
    """The file is of no format actionplan reads; the message says what it looks like."""


def detect_format(path: Path) -> SourceFormat:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise FormatError("empty file")
    if b"%PDF-" in head[:1024]:
        return SourceFormat.PDF
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(path):
            return SourceFormat.DOCX
        raise FormatError("a zip archive, not a Word document")
    if head.startswith(UTF16_BOMS):  # text saved as "Unicode" by Windows tools
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<table" in lowered[:2048]:
        return SourceFormat.HTML
    if b"\x00" in head:
        raise FormatError("binary file of unknown type")
    return SourceFormat.TEXT


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
