"""Plan shapes met in the third dev set, each on a small document built here."""

from __future__ import annotations

from pathlib import Path

from actionplan import extract_file
from actionplan.schemas import StatusValue
from tests.docbuild import C, Heading, Para, build_docx


def test_an_unheaded_column_of_coloured_cells_is_the_status(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "coloured.docx",
        [
            [
                ["", "No.", "Action", "Owner", "Target", "Update"],
                [C(fill="0070C0"), "1.1", "Offer every child a support plan.", "Team Manager",
                 "June 2024", "All children offered a plan."],
                [C(fill="C00000"), "1.2", "Commission a mentoring service.", "Commissioner",
                 "Dec 2024", "The tender received no bids."],
                [C(fill="00B050"), "1.3", "Train school staff to refer children.", "Officer",
                 "Mar 2025", "Training delivered in eleven schools."],
            ],
            Para("Blue – complete; green – on track; red – off track."),
        ],
    )  # fmt: skip
    plan = extract_file(path)
    got = [(x.ref, x.status and x.status.value) for _, _, x in plan.actions()]
    assert got == [
        ("1.1", StatusValue.COMPLETED),
        ("1.2", StatusValue.OFF_TRACK),
        ("1.3", StatusValue.IN_PROGRESS),
    ]


def test_a_short_numbered_heading_that_goes_on_from_area_one_is_area_two(
    tmp_path: Path,
) -> None:
    header = ["No.", "Action", "Owner", "Target"]
    path = build_docx(
        tmp_path / "numbered.docx",
        [
            Heading("1. Reduce first-time entrants to the youth justice system", 3),
            [header, ["1.1", "Offer every child a support plan.", "Team Manager", "June 2024"]],
            Heading("2. Reduce reoffending", 3),
            [
                header,
                ["2.1", "Review every case at the monthly panel.", "Head of Service", "Monthly"],
                ["2.2", "Commission a mentoring service.", "Commissioner", "Dec 2024"],
            ],
        ],
    )
    plan = extract_file(path)
    got = [(s.title if s else None, a.ref, a.text, x.ref) for s, a, x in plan.actions()]
    first = "Reduce first-time entrants to the youth justice system"
    assert got == [
        (None, "1", first, "1.1"),
        (None, "2", "Reduce reoffending", "2.1"),
        (None, "2", "Reduce reoffending", "2.2"),
    ]
