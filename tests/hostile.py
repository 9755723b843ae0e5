"""Small hostile and odd inputs, built byte by byte so tests stay fast and exact."""

from __future__ import annotations


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
