"""Write the bundled PDF and DOCX samples: one invented council's plan in both formats.

Run from the project root (needs reportlab and python-docx):

    .venv/bin/python samples/make_samples.py
    .venv/bin/actionplan validate samples/*.txt samples/*.pdf samples/*.docx \
        --expect samples/expected --update-expected

The council, people and dates are invented; no published plan is copied.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = "Northfield Vale Council: Ofsted Inspection Action Plan"
INTRO = "Response to the inspection of children's services, January 2025. Updated 1 May 2025."
HEADERS = ["Ref", "Recommendation", "Action", "Lead officer", "Target date", "Status", "Progress"]
ROWS = [
    [
        "1",
        "Improve the quality of supervision for social workers.",
        "1.1 Launch a supervision audit every quarter.",
        "Mary Holt (Principal Social Worker)",
        "31/03/2025",
        "Complete",
        "Completed: first audit reported in March.",
    ],
    [
        "",
        "",
        "1.2 Train team managers in reflective supervision.",
        "Mary Holt",
        "June 2025",
        "In progress",
        "Two of four cohorts trained.",
    ],
    [
        "2",
        "Make sure care leavers have a pathway plan on time.",
        "2.1 Report overdue pathway plans weekly to the leadership team.",
        "Owen Reed",
        "30/04/2025",
        "In progress",
        "Weekly report in place since April.",
    ],
    [
        "",
        "",
        "2.2 Recruit two personal advisers.",
        "Owen Reed / Lena Frost",
        "Q2 2025/26",
        "Not started",
        "Not started: posts approved, advert in May.",
    ],
]


def make_pdf(path: Path) -> None:
    """A ruled table on one landscape A4 page, as word processors export it."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1  # no creation date or random id: rebuilding changes nothing
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEADERS]]
    data += [[Paragraph(value, cell) for value in row] for row in ROWS]
    widths = [35, 150, 170, 120, 70, 70, 160]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
        )
    )
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4), title=TITLE)
    document.build(
        [Paragraph(TITLE, styles["Title"]), Paragraph(INTRO, cell), Spacer(1, 12), table]
    )


def make_docx(path: Path) -> None:
    """The same plan as a Word table, the form many councils publish first."""
    from docx import Document

    document = Document()
    fixed = datetime(2025, 5, 1)  # no run-time timestamps, so the file is reproducible
    document.core_properties.created = document.core_properties.modified = fixed
    document.add_heading(TITLE, level=1)
    document.add_paragraph(INTRO)
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = header
    for row in ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.save(str(path))


def main() -> None:
    make_pdf(HERE / "northfield-vale-action-plan.pdf")
    make_docx(HERE / "northfield-vale-action-plan.docx")


if __name__ == "__main__":
    main()
