"""Scanned copies of PDFs, as an office scanner makes them, for the OCR tests.

Each page is rendered at 200 dpi in greyscale, turned by a small angle, given
light noise, and the images are assembled into an image-only PDF: no text
layer, so only OCR can read it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2  # type: ignore[import-untyped]
from PIL import Image

SCAN_DPI = 200


def scan_pdf(
    source: Path, target: Path, *, angle: float = 0.5, seed: int = 7, dpi: int = SCAN_DPI
) -> Path:
    """An image-only copy of `source`; a low `dpi` makes a scan too coarse to read well."""
    rng = np.random.default_rng(seed)
    pages: list[Image.Image] = []
    document = pypdfium2.PdfDocument(str(source))
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            pixels = np.asarray(turned, dtype=np.int16)
            noisy = pixels + rng.normal(0, 12, pixels.shape).round().astype(np.int16)
            pages.append(Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), mode="L"))
    finally:
        document.close()
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi)
    return target


# The plan drawn by `build_plan`: recommendations, each with its actions
# (ref, action, lead officer, target date, status).
PLAN = [
    ("Recommendation 1: Improve management oversight of frontline practice", [
        ("1.1", "Introduce monthly audits of case supervision records.", "Head of Service",
         "30/06/2025", "Complete"),
        ("1.2", "Agree a supervision policy with clear standards for frequency.",
         "Principal Social Worker", "31/07/2025", "In progress"),
        ("1.3", "Report audit findings to the leadership team each quarter.",
         "Director of Children's Services", "September 2025", "In progress"),
    ]),
    ("Recommendation 2: Strengthen the response to children missing from home", [
        ("2.1", "Offer every child a return home interview within 72 hours.",
         "Head of Early Help", "31/05/2025", "Complete"),
        ("2.2", "Share missing episode data with the police every week.",
         "Safeguarding Partnership Manager", "30/09/2025", "Not started"),
        ("2.3", "Train residential staff in the missing protocol.", "Workforce Development Lead",
         "31/10/2025", "In progress"),
    ]),
    ("Recommendation 3: Improve the timeliness of pathway plans for care leavers", [
        ("3.1", "Track overdue pathway plans in the weekly performance report.",
         "Head of Corporate Parenting", "31/08/2025", "Complete"),
        ("3.2", "Recruit two additional personal advisers.", "Leaving Care Manager",
         "31/12/2025", "Off track"),
    ]),
    ("Recommendation 4: Listen to children when planning their care", [
        ("4.1", "Ask every child for their views before each review meeting.",
         "Independent Reviewing Officer Manager", "30/11/2025", "In progress"),
        ("4.2", "Publish a children's guide to care planning.", "Participation Lead",
         "March 2026", "Not started"),
    ]),
]  # fmt: skip
HEADER = ("Ref", "Action", "Lead officer", "Target date", "Status")
WIDTHS = [50.0, 330.0, 200.0, 90.0, 90.0]
ROW = 22.0


def build_plan(path: Path) -> Path:
    """A two-page ruled plan: title lines, then recommendations 1-2 and 3-4 on each page."""
    from tests.pdfbuild import Doc, Spec, text

    doc = Doc(path, size=(842.0, 595.0))
    for page, recommendations in enumerate((PLAN[:2], PLAN[2:])):
        if page == 0:
            doc.text(40, 40, "Eastbrook Borough Council", bold=True, size=16)
            doc.text(40, 64, "Improvement plan following the Ofsted inspection of March 2025")
        else:
            doc.page()
        rows: list[list[Spec | None]] = [[text(h, bold=True) for h in HEADER]]
        for title, actions in recommendations:
            rows.append([Spec(text(title, bold=True).lines, span=5), None, None, None, None])
            rows.extend([text(cell) for cell in action] for action in actions)
        doc.table(40, 100, WIDTHS, [ROW] * len(rows), rows)
    return doc.save()
