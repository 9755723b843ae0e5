"""Column geometry of real tables: shading insets, spacer columns, strips between rows.

Word processors draw a shaded cell as two rectangles (the cell and its text
area inset by the padding) and often a thin strip along each row; the tables
here are drawn that way, so the edges they add must not become columns or rows.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from actionplan import extract_file
from actionplan.extract.grid import Cell, Grid, Row
from actionplan.extract.readers import pdf_carry
from actionplan.extract.readers.pdf_reader import read_pdf
from tests.pdfbuild import Doc, Spec, run, text

GREY = (0.75, 0.75, 0.75)
BLUE = (0.6, 0.76, 0.9)
WHITE = (1.0, 1.0, 1.0)
INSET = 5.4  # points: Word's default cell padding
LANDSCAPE = (842.0, 595.0)


def rows(grid: Grid) -> list[Row]:
    return [b for b in grid.blocks if isinstance(b, Row)]


def edges(x: float, widths: list[float]) -> list[float]:
    out = [x]
    for w in widths:
        out.append(out[-1] + w)
    return out


def shade(doc: Doc, xs: list[float], top: float, bottom: float, colour: tuple) -> None:
    """Shading as Word draws it: each cell filled, then its text area filled again inside."""
    for x0, x1 in itertools.pairwise(xs):
        doc.rect((x0, top, x1, bottom), fill=colour)
        doc.rect((x0 + INSET, top + INSET, x1 - INSET, bottom - INSET - 3), fill=colour)


def strips(doc: Doc, xs: list[float], top: float) -> None:
    """The thin padding strip Word leaves along the top of a row, one per cell."""
    for x0, x1 in itertools.pairwise(xs):
        doc.rect((x0, top, x1, top + INSET), fill=WHITE)


def word_table(
    doc: Doc,
    xs: list[float],
    top: float,
    heights: list[float],
    cells: list[list[str]],
    shaded: int = 1,
) -> float:
    """A ruled table with its first `shaded` rows shaded and strips along the others."""
    ys = edges(top, heights)
    widths = [b - a for a, b in itertools.pairwise(xs)]
    for r, (y0, y1) in enumerate(itertools.pairwise(ys)):
        if r < shaded:
            shade(doc, xs, y0, y1, GREY)
        else:
            strips(doc, xs, y0)
    doc.table(
        xs[0],
        top,
        widths,
        heights,
        [[text(*c.split("\n"), bold=r < shaded) for c in row] for r, row in enumerate(cells)],
    )
    return ys[-1]


def test_shaded_header_is_cut_on_the_body_columns(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "shaded.pdf", LANDSCAPE)
    xs = edges(40, [180, 300, 120])
    word_table(
        doc,
        xs,
        60,
        [30, 60, 60],
        [
            ["Objectives", "Actions to be taken", "Lead"],
            ["Improve access", "Fit ramps to the hall", "Site manager"],
            ["Better signs", "Order new signs", "Head"],
        ],
    )
    got = rows(read_pdf(doc.save()))
    assert [r.texts for r in got] == [
        ["Objectives", "Actions to be taken", "Lead"],
        ["Improve access", "Fit ramps to the hall", "Site manager"],
        ["Better signs", "Order new signs", "Head"],
    ]


def test_banner_row_spans_the_columns_below_it(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "banner.pdf", LANDSCAPE)
    xs = edges(40, [180, 300, 120])
    doc.rect((xs[0], 60, xs[-1], 85), fill=BLUE)
    doc.rect((xs[0] + INSET, 60 + INSET, xs[-1] - INSET, 85 - INSET), fill=BLUE)
    doc.rect((xs[0], 60, xs[-1], 85), stroke=True)
    doc.text(xs[0] + 6, 66, "AIM 1: Improving access", bold=True)
    word_table(
        doc,
        xs,
        85,
        [30, 60],
        [
            ["Objectives", "Actions to be taken", "Lead"],
            ["Improve access", "Fit ramps to the hall", "Site manager"],
        ],
    )
    got = rows(read_pdf(doc.save()))
    assert [(r.texts, [c.span for c in r.cells]) for r in got] == [
        (["AIM 1: Improving access"], [3]),
        (["Objectives", "Actions to be taken", "Lead"], [1, 1, 1]),
        (["Improve access", "Fit ramps to the hall", "Site manager"], [1, 1, 1]),
    ]


def test_spacer_column_on_one_page_keeps_the_table_going(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "spacer.pdf", LANDSCAPE)
    xs = edges(40, [180, 300, 120])
    word_table(
        doc,
        xs,
        60,
        [30, 60, 440],
        [
            ["Objectives", "Actions to be taken", "Lead"],
            ["Improve access", "Fit ramps to the hall", "Site manager"],
            ["Better signs", "Order new signs and", "Head"],
        ],
    )
    doc.page()
    # the same columns, with a narrow empty column drawn inside the first one
    spaced = [xs[0], xs[0] + INSET, *xs[1:]]
    word_table(
        doc,
        spaced,
        40,
        [40, 60],
        [
            ["", "", "put them up", ""],
            ["", "Quiet room", "Set up a calm space", "Head"],
        ],
        shaded=0,
    )
    got = rows(read_pdf(doc.save()))
    assert len({r.table for r in got}) == 1
    assert [r.texts for r in got if r.page == 2] == [
        ["", "put them up", ""],
        ["Quiet room", "Set up a calm space", "Head"],
    ]
    assert got[3].continues


PLAN_HEADER = ["Objectives", "Actions to be taken", "Lead", "Time"]
PLAN_XS = edges(40, [200, 330, 150, 100])


def plan_rows(path: Path) -> list[tuple[str | None, str, list[str]]]:
    plan = extract_file(path)
    return [
        (area.text, " ".join(action.text.split()), [p.label for p in action.leads])
        for _, area, action in plan.actions()
    ]


def test_a_page_turn_joins_only_the_row_the_page_cut(
    tmp_path: Path,
) -> None:
    doc = Doc(tmp_path / "moved.pdf", LANDSCAPE)
    # page 1 stops well above its foot: the next row did not fit and moved whole
    word_table(
        doc,
        PLAN_XS,
        60,
        [30, 80],
        [
            PLAN_HEADER,
            [
                "Improve access for wheelchair users",
                "Fit a ramp to the hall door.",
                "Site manager",
                "Spring 2025",
            ],
        ],
    )
    doc.page()
    # page 2 runs to the foot, where its last row is cut
    word_table(
        doc,
        PLAN_XS,
        40,
        [80, 435],
        [
            [
                "Better signage around the site",
                "Order new signs for the car park.",
                "Head",
                "Summer 2025",
            ],
            ["Safer parking", "Mark two disabled bays.", "Head", "Autumn 2025"],
        ],
        shaded=0,
    )
    doc.page()
    word_table(doc, PLAN_XS, 40, [40], [["", "Repaint the bay lines.", "", ""]], shaded=0)
    assert plan_rows(doc.save()) == [
        ("Improve access for wheelchair users", "Fit a ramp to the hall door.", ["Site manager"]),
        ("Better signage around the site", "Order new signs for the car park.", ["Head"]),
        ("Safer parking", "Mark two disabled bays. Repaint the bay lines.", ["Head"]),
    ]


def test_continued_table_on_another_grid_keeps_the_columns_above(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "regrid.pdf", LANDSCAPE)
    word_table(
        doc,
        PLAN_XS,
        40,
        [30, 485],
        [
            PLAN_HEADER,
            [
                "Improve access for wheelchair users",
                "Fit a ramp to the hall door",
                "Site manager",
                "Spring 2025",
            ],
        ],
    )
    doc.page()
    # the continuation is drawn with its inner rules a few points aside
    shifted = [PLAN_XS[0], *(x + 5 for x in PLAN_XS[1:-1]), PLAN_XS[-1]]
    word_table(
        doc,
        shifted,
        40,
        [40, 475],
        [
            ["", "and widen the side gate.", "", ""],
            [
                "Better signage around the site",
                "Order new signs for the car park",
                "Head",
                "Summer 2025",
            ],
        ],
        shaded=0,
    )
    doc.page()
    # a one-row continuation whose empty Lead and Time cells are drawn as one
    merged = PLAN_XS[:3] + PLAN_XS[4:]
    word_table(doc, merged, 40, [40], [["", "and put them up.", ""]], shaded=0)
    grid = read_pdf(doc.save())
    got = rows(grid)
    assert len({r.table for r in got}) == 1
    assert [(r.texts, [c.span for c in r.cells]) for r in got[2:]] == [
        (["", "and widen the side gate.", "", ""], [1, 1, 1, 1]),
        (
            [
                "Better signage around the site",
                "Order new signs for the car park",
                "Head",
                "Summer 2025",
            ],
            [1, 1, 1, 1],
        ),
        (["", "and put them up.", ""], [1, 1, 2]),
    ]
    assert got[2].continues and got[4].continues
    assert plan_rows(tmp_path / "regrid.pdf") == [
        (
            "Improve access for wheelchair users",
            "Fit a ramp to the hall door and widen the side gate.",
            ["Site manager"],
        ),
        (
            "Better signage around the site",
            "Order new signs for the car park and put them up.",
            ["Head"],
        ),
    ]


BORDERLESS_COLUMNS = [40, 230, 340, 430]
BORDERLESS_HEADER = ["Action", "Lead officer", "Target date", "Status"]


class Borderless:
    """A table with its borders turned off: each line's cells drawn at the column starts."""

    def __init__(self, doc: Doc, top: float) -> None:
        self.doc, self.top = doc, top

    def line(self, cells: list[str], bold: bool = False, step: float = 12) -> None:
        for x, value in zip(BORDERLESS_COLUMNS, cells, strict=False):
            if value:
                self.doc.text(x, self.top, value, bold=bold)
        self.top += step

    def row(self, *lines: list[str]) -> None:
        for cells in lines:
            self.line(cells)
        self.top += 12


def test_borderless_table_keeps_its_columns_across_a_title_row(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "title.pdf")
    table = Borderless(doc, 60)
    table.line(BORDERLESS_HEADER, bold=True, step=24)
    table.line(["Theme 1 - Help at the earliest point for every family in the county"], True, 24)
    table.row(["1.1 Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"])
    table.row(["1.2 Train front door staff.", "Bob Roe", "July 2024", "Underway"])
    got = rows(read_pdf(doc.save()))
    assert [(r.texts, [c.span for c in r.cells]) for r in got] == [
        (BORDERLESS_HEADER, [1, 1, 1, 1]),
        (["Theme 1 - Help at the earliest point for every family in the county"], [4]),
        (["1.1 Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"], [1] * 4),
        (["1.2 Train front door staff.", "Bob Roe", "July 2024", "Underway"], [1] * 4),
    ]
    assert len({r.table for r in got}) == 1


def test_borderless_cells_with_a_tight_gap_stay_apart(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "tight.pdf")
    table = Borderless(doc, 60)
    table.line(BORDERLESS_HEADER, bold=True, step=24)
    table.row(["1.1 Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"])
    # the lead ends a few points before the next column starts
    table.row(["1.2 Agree the escalation protocol", "Principal Social Worker", "June 2024", "Open"])
    table.row(["1.3 Audit twenty referrals.", "Cy Dee", "Q3 2024/25", "Not started"])
    got = rows(read_pdf(doc.save()))
    assert [r.texts for r in got] == [
        BORDERLESS_HEADER,
        ["1.1 Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"],
        ["1.2 Agree the escalation protocol", "Principal Social Worker", "June 2024", "Open"],
        ["1.3 Audit twenty referrals.", "Cy Dee", "Q3 2024/25", "Not started"],
    ]


def test_borderless_row_alone_on_the_next_page_carries_on(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "alone.pdf")
    table = Borderless(doc, 60)
    table.line(BORDERLESS_HEADER, bold=True, step=24)
    for n in range(1, 28):
        table.row([f"1.{n} Visit family group {n}.", "Ann Lee", "May 2024", "Underway"])
    table.line(["1.28 Train front door staff in the", "Bob Roe", "July 2024", "Underway"])
    assert table.top > 0.85 * doc.height  # the table runs to the foot of the page
    doc.page()
    Borderless(doc, 40).line(["new threshold guidance."])
    doc.text(40, 120, "Next steps: the board will review this plan in the spring of 2025.")
    grid = read_pdf(doc.save())
    got = rows(grid)
    assert len({r.table for r in got}) == 1
    assert got[-1].texts == ["new threshold guidance.", "", "", ""] and got[-1].continues
    last = list(extract_file(tmp_path / "alone.pdf").actions())[-1][2]
    assert (last.ref, last.text) == (
        "1.28",
        "Train front door staff in the new threshold guidance.",
    )


def test_two_line_cell_parts_paragraphs_by_the_tables_line_spacing(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "paragraphs.pdf", LANDSCAPE)
    lead = Spec([[run("SENDCo")], [], [run("Headteacher")]])  # a blank line between
    doc.table(40, 60, [120, 120, 70], [80], [[  # the lead fits no two words a line
        text("Improve access for", "wheelchair users"),
        text("Fit ramps to the hall", "door and the side gate,", "then check them each", "term."),
        lead,
    ]])  # fmt: skip
    (row,) = rows(read_pdf(doc.save()))
    assert row.texts == [
        "Improve access for wheelchair users",
        "Fit ramps to the hall door and the side gate, then check them each term.",
        "SENDCo\nHeadteacher",
    ]


def test_borderless_header_wrapping_onto_a_second_line_is_one_header(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "wrapped.pdf")
    table = Borderless(doc, 60)  # one line spacing throughout: rows start at full lines
    table.line(["Action", "Lead", "Target", "Current"], bold=True)
    table.line(["", "officer", "date", "status"], bold=True)
    table.line(["1.1 Publish the offer.", "Ann Lee", "May 2024", "Done"])
    table.line(["1.2 Train the staff.", "Bob Roe", "June 2024", "Open"])
    got = rows(read_pdf(doc.save()))
    assert [[" ".join(t.split()) for t in r.texts] for r in got] == [
        ["Action", "Lead officer", "Target date", "Current status"],
        ["1.1 Publish the offer.", "Ann Lee", "May 2024", "Done"],
        ["1.2 Train the staff.", "Bob Roe", "June 2024", "Open"],
    ]
    leads = [[p.label for p in a.leads] for _, _, a in extract_file(doc.path).actions()]
    assert leads == [["Ann Lee"], ["Bob Roe"]]


def test_heading_of_two_shaded_paragraphs_is_one_header_row(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "paragraph-shading.pdf", LANDSCAPE)
    xs = edges(40, [180, 300, 120])
    for x0, x1 in itertools.pairwise(xs):  # each heading's first paragraph shaded on its own
        doc.rect((x0, 60, x1, 100), fill=GREY)
        doc.rect((x0 + INSET, 64, x1 - INSET, 76), fill=GREY)
    heading = Spec([[run("Lead", bold=True)], [run("officer", bold=True)]])
    doc.table(xs[0], 60, [180, 300, 120], [40, 60], [
        [text("Objectives", bold=True), text("Actions", bold=True), heading],
        [text("Improve access"), text("Fit ramps"), text("Site manager")],
    ])  # fmt: skip
    got = rows(read_pdf(doc.save()))
    assert [r.texts for r in got] == [
        ["Objectives", "Actions", "Lead\nofficer"],
        ["Improve access", "Fit ramps", "Site manager"],
    ]


def test_cells_of_a_finer_grid_are_placed_on_the_tables_columns_by_overlap() -> None:
    table = [0.0, 100.0, 300.0, 400.0]
    row = Row(
        [
            Cell("Objective", bbox=(0, 0, 98, 20)),
            Cell("first half", bbox=(98, 0, 200, 20)),  # two cells in one column
            Cell("second half", bbox=(200, 0, 303, 20)),
            Cell("Lead", bbox=(303, 0, 400, 20)),
        ],
        bbox=(0, 0, 400, 20),
    )
    placed = pdf_carry.onto_columns(row, table)
    assert [(c.text, c.span, c.bbox) for c in placed.cells] == [
        ("Objective", 1, (0.0, 0, 100.0, 20)),
        ("first half\nsecond half", 1, (100.0, 0, 300.0, 20)),
        ("Lead", 1, (300.0, 0, 400.0, 20)),
    ]
    wide = Row([Cell("Theme 1", bbox=(2, 0, 398, 20))], bbox=(0, 0, 400, 20))
    assert [(c.text, c.span) for c in pdf_carry.onto_columns(wide, table).cells] == [("Theme 1", 3)]


def test_a_shaded_heading_strip_heads_the_borderless_table_below_it(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "strip.pdf")
    rights = [*BORDERLESS_COLUMNS[1:], 540]
    for x0, x1 in zip(BORDERLESS_COLUMNS, rights, strict=True):
        doc.rect((x0 - 4, 56, x1 - 4, 74), fill=(0.85, 0.92, 0.8))  # shading, no rules
    table = Borderless(doc, 60)
    table.line(BORDERLESS_HEADER, bold=True, step=24)
    table.row(["Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"])
    table.row(["Train front door staff.", "Bob Roe", "July 2024", "Underway"])
    got = rows(read_pdf(doc.save()))
    assert [r.texts for r in got] == [
        BORDERLESS_HEADER,
        ["Publish the early help offer.", "Ann Lee", "31/05/2024", "Completed"],
        ["Train front door staff.", "Bob Roe", "July 2024", "Underway"],
    ]
    assert len({r.table for r in got}) == 1
