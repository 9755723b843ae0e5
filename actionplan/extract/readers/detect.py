"""Which reader a file needs, judged from its bytes, never its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from actionplan.extract.errors import ReaderError
from actionplan.schemas import SourceFormat

from .csv_reader import looks_like_csv
from .encoding import UTF16_BOMS

SNIFF_BYTES = 4096
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE2_SCAN = 8 << 20  # bytes of an OLE2 file searched for its stream names
_ZIP_MEMBERS = {"word/document.xml": SourceFormat.DOCX, "xl/workbook.xml": SourceFormat.XLSX}


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
        return _zip_format(path)
    if head.startswith(_OLE2):
        raise FormatError(_ole2_reason(path))
    if head.startswith(UTF16_BOMS):  # text saved as "Unicode" by Windows tools
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<table" in lowered[:2048]:
        return SourceFormat.HTML
    if b"\x00" in head:
        raise FormatError("binary file of unknown type")
    if looks_like_csv(head):
        return SourceFormat.CSV
    return SourceFormat.TEXT


def _zip_format(path: Path) -> SourceFormat:
    """Word or Excel by the part an Office zip must hold; a damaged zip says so."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError) as exc:
        raise FormatError(f"corrupt or truncated zip archive ({exc})") from exc
    for member, fmt in _ZIP_MEMBERS.items():
        if member in names:
            return fmt
    raise FormatError("a zip archive, not a Word or Excel document")


def _ole2_reason(path: Path) -> str:
    """Why an OLE2 (pre-2007 Office) file is refused, from the streams it names.

    Office also wraps password-protected .docx/.xlsx files in OLE2, so an
    encrypted package is told apart from the legacy binary formats.
    """
    with path.open("rb") as fh:
        data = fh.read(_OLE2_SCAN)

    def has(stream: str) -> bool:
        return stream.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        return "encrypted (password-protected) Office file: remove the password and save it again"
    if has("Workbook") or has("Book"):
        return "legacy Excel .xls workbook: save it as .xlsx and try again"
    if has("WordDocument"):
        return "legacy Word .doc document: save it as .docx and try again"
    return "legacy Office (OLE2) file of unknown kind"
