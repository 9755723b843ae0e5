"""Draw what the engine saw on a PDF page: every cell, coloured and labelled by its column role.

A wrong record is easiest to understand by looking: a header read as data, a
column given the wrong role, a cell the table finder split. Modelled on
pdfplumber's own `debug_tablefinder`, but showing actionplan's roles.
"""

from __future__ import annotations

from pathlib import Path

from actionplan.extract.api import ExtractionError
from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import RawPlan
from actionplan.extract.inspect import analyse
from actionplan.extract.readers.detect import detect_format
from actionplan.extract.readers.pdf_reader import open_pdf
from actionplan.inputs import input_problem
from actionplan.schemas import SourceFormat

ROLE_COLOURS: dict[str, tuple[int, int, int]] = {
    "header": (90, 90, 90),
    "ref": (128, 0, 128),
    "area": (0, 90, 200),
    "action": (0, 150, 60),
    "milestone": (0, 150, 150),
    "lead": (200, 120, 0),
    "start": (160, 60, 160),
    "due": (200, 0, 0),
    "status": (220, 0, 120),
    "progress": (100, 60, 20),
    "outcome": (60, 60, 180),
    "monitoring": (120, 120, 0),
    "agency": (0, 120, 120),
}
UNMAPPED = (150, 150, 150)


def draw_page(
    path: Path,
    page_number: int,
    out: Path,
    *,
    profile: Profile | None = None,
    resolution: int = 100,
    raw: RawPlan | None = None,
) -> int:
    """Save an annotated PNG of one page; returns how many cells were drawn.

    `raw` is the engine's reading of the file when the caller already has it.
    """
    problem = input_problem(path)
    if problem:
        raise ExtractionError(path, problem)
    if detect_format(path) is not SourceFormat.PDF:
        raise ExtractionError(path, "debug draws PDF pages; this file is not a PDF")
    raw = raw or analyse(path, profile=profile)
    with open_pdf(path) as pdf:
        if not 1 <= page_number <= len(pdf.pages):
            raise ExtractionError(path, f"no page {page_number} (the PDF has {len(pdf.pages)})")
        image = pdf.pages[page_number - 1].to_image(resolution=resolution)
        drawn = 0
        for row, roles in raw.row_roles:
            if row.page != page_number:
                continue
            col = 0
            for cell in row.cells:
                role = roles[col] if col < len(roles) else None
                col += cell.span
                if cell.bbox is None:
                    continue
                colour = ROLE_COLOURS.get(role or "", UNMAPPED)
                image.draw_rect(
                    cell.bbox, fill=(*colour, 35), stroke=(*colour, 220), stroke_width=2
                )
                x0, top, _, _ = image._reproject_bbox(cell.bbox)
                image.draw.text((x0 + 3, top + 2), role or "?", fill=(*colour, 255))
                drawn += 1
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(out, format="PNG")
    return drawn
