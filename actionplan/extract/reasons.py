"""Plain reasons for the exceptions that libraries raise on damaged files.

A reader catches the failures it knows; anything else escaping a parser is
named here by where it came from and what it is ("damaged PDF page tree"),
never shown as a raw exception text from deep inside a library.
"""

from __future__ import annotations

import traceback
import zlib

_LIBRARIES = {
    "pdfminer": "PDF",
    "pdfplumber": "PDF",
    "camelot": "PDF",
    "docx": "Word document",
    "lxml": "document",
    "bs4": "HTML page",
}


def plain_reason(exc: BaseException) -> str:
    """One line a user can act on; 'internal error: ...' only for our own bugs."""
    if isinstance(exc, RecursionError):
        return "document nested too deeply"
    if isinstance(exc, zlib.error):
        return "damaged compressed data"
    library = _raised_in(exc)
    if library == "Word document" and isinstance(exc, AttributeError) and "None" in str(exc):
        return "damaged Word document: no document body"
    if library == "Word document" and isinstance(exc, KeyError):
        return "damaged Word document: a part is missing"
    if library == "PDF":
        return "damaged PDF page tree or page boxes"
    if library:
        return f"damaged {library}"
    return f"internal error: {type(exc).__name__}: {exc}"


def _raised_in(exc: BaseException) -> str | None:
    """The library whose code raised `exc` (innermost frame first), if any."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        for package, kind in _LIBRARIES.items():
            if f"/{package}/" in frame.filename.replace("\\", "/"):
                return kind
    return None
