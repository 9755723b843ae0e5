"""Bytes of a text export as text: UTF-16 with its mark, else UTF-8, else Windows-1252.

Shared by every reader of plain text (text conversions, CSV exports), so that a
file saved as "Unicode" by a Windows tool reads the same whichever reader takes it.
"""

from __future__ import annotations

from actionplan.extract.errors import ReaderError

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class EncodingError(ReaderError):
    """Text whose encoding cannot be undone."""


def decode_text(raw: bytes) -> str:
    if raw.startswith(UTF16_BOMS):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError("damaged UTF-16 text") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
