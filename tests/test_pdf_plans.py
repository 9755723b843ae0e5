"""Whole plans from PDFs built here, in layouts the seeds do not have, checked record by record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from actionplan import extract_file
from actionplan.schemas import StatusValue
from tests.pdfbuild import Doc, Spec, text

RED, GREEN, BLUE = (0.9, 0.1, 0.1), (0.1, 0.7, 0.2), (0.1, 0.3, 0.9)


def test_borderless_table_is_read_as_a_plan(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "borderless.pdf")
    doc.text(40, 40, "Improvement plan 2024", bold=True, size=14)
    columns = [40, 230, 340, 430]
    header = ["Action", "Lead officer", "Target date", "Status"]
    rows = [
        (["1.1 Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"], []),
        (
            ["1.2 Train front door staff in the", "Bob Roe", "July 2024", "Underway"],
            ["new threshold guidance."],
        ),
        (["1.3 Audit twenty referrals a month.", "Cy Dee", "Q3 2024/25", "Not started"], []),
    ]
    for x, label in zip(columns, header, strict=True):
        doc.text(x, 80, label, bold=True)
    top = 104.0
    for cells, wrapped in rows:
        for x, value in zip(columns, cells, strict=True):
            doc.text(x, top, value)
        for extra in wrapped:
            top += 12
            doc.text(columns[0], top, extra)
        top += 24
    plan = extract_file(doc.save())
    got = [
        (x.ref, x.text, [p.label for p in x.leads], x.due.end, x.status and x.status.value)
        for _, _, x in plan.actions()
    ]
    assert got == [
        (
            "1.1",
            "Publish the early help offer.",
            ["Ann Lee"],
            date(2024, 5, 31),
            StatusValue.COMPLETED,
        ),
        (
            "1.2",
            "Train front door staff in the new threshold guidance.",
            ["Bob Roe"],
            date(2024, 7, 31),
            StatusValue.IN_PROGRESS,
        ),
        (
            "1.3",
            "Audit twenty referrals a month.",
            ["Cy Dee"],
            date(2024, 12, 31),
            StatusValue.NOT_STARTED,
        ),
    ]
    assert all(x.provenance.page == 1 and x.provenance.bbox for _, _, x in plan.actions())


def test_colour_only_rag_column_under_merged_recommendation_rows(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "rag.pdf", size=(842.0, 595.0))
    widths = [60.0, 330.0, 140.0, 100.0, 60.0]
    title = Spec(text("Recommendation 1 - within 3 months").lines, span=5)
    header: list[Spec | None] = [
        text(h, bold=True) for h in ("Ref", "Action", "Responsible Officer", "Target Date", "RAG")
    ]
    body: list[list[Spec | None]] = [
        [
            text("1.1"),
            text("Recruit two MASH social workers."),
            text("Jane Smith"),
            text("31/07/2024"),
            Spec(fill=GREEN),
        ],
        [
            text("1.2"),
            text("Daily triage meeting with police."),
            text("Tom Baker"),
            text("30/06/2024"),
            Spec(fill=BLUE),
        ],
        [
            text("1.3"),
            text("Refresh the supervision policy."),
            text("Jane Smith"),
            text("TBC"),
            Spec(fill=RED),
        ],
    ]
    doc.table(
        40,
        40,
        widths,
        [20.0, 20.0] + [20.0] * len(body),
        [[title, None, None, None, None], header, *body],
    )
    plan = extract_file(doc.save())
    (area,) = plan.sections[0].areas
    assert (area.ref, area.timescale) == ("1", "within 3 months")
    statuses = [(a.ref, a.status.raw, a.status.value) for a in area.actions if a.status]
    assert statuses == [
        ("1.1", "fill:green", StatusValue.IN_PROGRESS),
        ("1.2", "fill:blue", StatusValue.COMPLETED),
        ("1.3", "fill:red", StatusValue.OFF_TRACK),
    ]
    assert area.actions[2].due.kind.value == "tbc"


def test_headings_between_borderless_tables_stay_outside_them(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "two-tables.pdf")
    columns = [40, 260, 380, 470]
    top = 40.0
    for number, rows in (
        (1, [("1.1 Publish the local offer.", "Ann Lee", "May 2024", "Complete")]),
        (2, [("2.1 Audit twenty EHC plans.", "Bob Roe", "June 2024", "On track"),
             ("2.2 Train all caseworkers.", "Cy Dee", "Q3 2024/25", "Not started")]),
    ):  # fmt: skip
        doc.text(40, top, f"Recommendation {number}", bold=True)
        doc.text(
            40, top + 16, "Leaders should improve the quality and timeliness of annual reviews."
        )
        top += 44
        for x, label in zip(columns, ("Action", "Lead", "Target date", "Status"), strict=True):
            doc.text(x, top, label, bold=True)
        for cells in [
            ("0.0 Agree the plan with partners.", "Eve Fry", "April 2024", "Complete"),
            *rows,
        ]:
            top += 22
            for x, value in zip(columns, cells, strict=True):
                doc.text(x, top, value)
        top += 50
    plan = extract_file(doc.save())
    got = [(a.ref, x.ref, x.text) for _, a, x in plan.actions()]
    assert got == [
        ("1", "0.0", "Agree the plan with partners."),
        ("1", "1.1", "Publish the local offer."),
        ("2", "0.0", "Agree the plan with partners."),
        ("2", "2.1", "Audit twenty EHC plans."),
        ("2", "2.2", "Train all caseworkers."),
    ]


def test_row_left_open_at_the_page_foot_is_read_and_joined(tmp_path: Path) -> None:
    """Word draws no rule under a row it splits between pages; the row still counts."""
    doc = Doc(tmp_path / "open.pdf")
    c = doc.canvas
    xs = [40, 260, 380, 500]

    def rules(top: float, bottom: float, across: list[float]) -> None:
        for x in xs:
            c.line(x, doc.height - top, x, doc.height - bottom)
        for y in across:
            c.line(xs[0], doc.height - y, xs[-1], doc.height - y)

    def cells(top: float, values: tuple[str, str, str]) -> None:
        for x, value in zip(xs, values, strict=False):
            doc.text(x + 4, top + 4, value)

    rules(700, 802, [700, 722, 760])  # header, a closed row, and a row open at the foot
    cells(704, ("Action", "Lead", "Target date"))
    cells(726, ("1.1 Publish the offer.", "Ann Lee", "May 2024"))
    cells(764, ("1.2 Train every manager", "Bob Roe", "June 2024"))
    doc.page()
    rules(40, 62, [62])  # the rest of the open row, no rule above it
    cells(44, ("in the new guidance.", "", ""))
    plan = extract_file(doc.save())
    got = [(x.ref, x.text, x.due.raw) for _, _, x in plan.actions()]
    assert got == [
        ("1.1", "Publish the offer.", "May 2024"),
        ("1.2", "Train every manager in the new guidance.", "June 2024"),
    ]


def test_leads_stacked_in_a_narrow_cell_are_several_and_a_wrapped_post_is_one(
    tmp_path: Path,
) -> None:
    """Neither line of either Lead cell would fit beside the line above it, so only
    whether each line is a whole lead tells the list from the wrapped post."""
    doc = Doc(tmp_path / "narrow-leads.pdf")
    header: list[Spec | None] = [
        text(h, bold=True) for h in ("Action", "Lead", "Target date", "Status")
    ]
    body: list[list[Spec | None]] = [
        [
            text("Train all staff in the new behaviour policy."),
            text("Headteacher", "SENCO"),
            text("July 2024"),
            text("On track"),
        ],
        [
            text("Review the school improvement plan each term."),
            text("Head of School", "Improvement"),
            text("Termly"),
            text("On track"),
        ],
    ]
    doc.table(40, 40, [240.0, 80.0, 80.0, 70.0], [20.0, 30.0, 30.0], [header, *body])
    plan = extract_file(doc.save())
    leads = [[p.label for p in action.leads] for _, _, action in plan.actions()]
    assert leads == [["Headteacher", "SENCO"], ["Head of School Improvement"]]


def test_borderless_plan_on_a_page_with_a_ruled_key_table_is_read(tmp_path: Path) -> None:
    """A ruled key table on the page does not hide a plan table drawn without rules."""
    doc = Doc(tmp_path / "key-and-borderless.pdf")
    doc.text(40, 40, "School improvement plan", bold=True, size=14)
    doc.table(40, 70, [60, 200], [18, 18], [[text("RT"), text("Ruth Tate, Maths Lead")],
                                             [text("KM"), text("Kim Moss, SENCo")]])  # fmt: skip
    columns = [40, 90, 300, 380]
    for x, label in zip(columns, ("No.", "Action", "Lead", "Timescale"), strict=True):
        doc.text(x, 140, label, bold=True)
    for top, cells in (
        (164.0, ("1.1", "Daily arithmetic practice in Years 3 to 6.", "RT", "Sept 2023")),
        (188.0, ("1.2", "Meet families of pupils with low attendance.", "KM", "March 2024")),
    ):
        for x, value in zip(columns, cells, strict=True):
            doc.text(x, top, value)
    plan = extract_file(doc.save())
    got = [(x.ref, x.text, x.due.raw) for _, _, x in plan.actions()]
    assert got == [
        ("1.1", "Daily arithmetic practice in Years 3 to 6.", "Sept 2023"),
        ("1.2", "Meet families of pupils with low attendance.", "March 2024"),
    ]
