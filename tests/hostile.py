"""Small hostile and odd inputs, built byte by byte so tests stay fast and exact."""

from __future__ import annotations

import io
import resource
import struct
import zipfile
import zlib
from collections.abc import Callable


def many_page_pdf(pages: int) -> bytes:
    """A valid PDF of `pages` pages sharing one content stream, written by hand (fast)."""
    content = b"BT /F1 12 Tf 72 720 Td (Action plan page) Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    page += b" /Resources << /Font << /F1 3 0 R >> >> >>"
    return _pdf([*objects, *[page] * pages])


def _pdf(objects: list[bytes]) -> bytes:
    """Numbered objects (the first the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def long_text_plan(rows: int) -> str:
    """A valid tab-separated plan so long that extracting it takes many seconds."""
    head = "Ref\tRecommendation\tAction\tResponsible Officer\tTarget Date\tRAG\tComments"
    body = [
        f"{i}\tImprove area {i}.\t{i}.1 Do the work {i}.\tJane Smith\t31/07/2024\tGreen\tDone."
        for i in range(1, rows + 1)
    ]
    return "\n".join(["# Improvement plan", "", head, *body]) + "\n"


def bad_mediabox_pdf() -> bytes:
    """A one-page PDF whose MediaBox holds a name where a number belongs."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 /Wide 842] /Contents 3 0 R >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            b"<< /Length 0 >>\nstream\n\nendstream",
            page,
        ]
    )


def docx_with(source: bytes, member: str, replace: bytes | None = None) -> bytes:
    """A copy of the DOCX `source` with one member's bytes replaced (or its deflate data broken)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member and replace is not None:
                data = replace
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    if replace is not None:
        return out.getvalue()
    return _break_deflate(out.getvalue(), member)


def _break_deflate(archive: bytes, member: str) -> bytes:
    """Overwrite the start of `member`'s compressed data so inflating it fails (zlib error)."""
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        info = z.getinfo(member)
    header = info.header_offset
    name_len, extra_len = struct.unpack("<HH", archive[header + 26 : header + 30])
    start = header + 30 + name_len + extra_len
    return archive[:start] + b"\xff" * 8 + archive[start + 8 :]


HUGE_SPAN = 1_000_000_000

SPAN_BOMB_HTML = (
    "<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>Status</th></tr>"
    f'<tr><td colspan="{HUGE_SPAN}">Priority 1: Front door</td></tr>'
    "<tr><td>1.1</td><td>Recruit two social workers.</td><td>Jane Smith</td>"
    "<td>31/07/2024</td><td>Green</td></tr>"
    "<tr><td>1.2</td><td>Introduce a daily triage meeting.</td><td>Tom Baker</td>"
    "<td>30/06/2024</td><td>Blue</td></tr></table>"
)
"""A 500-byte plan whose section row claims a billion columns."""


def docx_span_bomb(source: bytes) -> bytes:
    """A copy of the DOCX `source` whose first table cell claims a billion grid columns."""
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        xml = z.read("word/document.xml")
    span = b'<w:tcPr><w:gridSpan w:val="%d"/>' % HUGE_SPAN
    return docx_with(source, "word/document.xml", xml.replace(b"<w:tcPr>", span, 1))


def memory_capped(megabytes: int) -> Callable[[], None]:
    """A preexec_fn: the child and its workers get at most `megabytes` of address space."""

    def cap() -> None:
        limit = megabytes << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return cap


def damaged_stream_pdf() -> bytes:
    """A one-page PDF whose compressed content stream is cut short (pdfminer logs data loss)."""
    content = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Action plan page) Tj ET" * 20)[:-12]
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
            + content
            + b"\nendstream",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>",
        ]
    )


def damaged_pdf_with_broken_xref() -> bytes:
    """`damaged_stream_pdf` whose startxref points nowhere: PDFium would have to rebuild
    the cross-reference table, so the reader hands the file to pdfminer, which complains."""
    data = damaged_stream_pdf()
    cut = data.rindex(b"startxref\n")
    return data[:cut] + b"startxref\n9\n%%EOF\n"
