"""PDF reader: synthetic PDFs drawn with reportlab, the shared seed PDFs, and bad files."""

from __future__ import annotations

import gc
from collections import defaultdict
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from actionplan.extract.grid import Grid, Line, PageBreak, Row
from actionplan.extract.readers.pdf_reader import PdfError, read_pdf
from tests.pdfbuild import SYMBOL_TTF, Doc, Spec, run, symbol, text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_PDFS = SHARED / "pdf"
GREY = (0.75, 0.75, 0.75)
LANDSCAPE = (842.0, 595.0)


def rows(grid: Grid) -> list[Row]:
    return [b for b in grid.blocks if isinstance(b, Row)]


def lines(grid: Grid) -> list[Line]:
    return [b for b in grid.blocks if isinstance(b, Line)]


def cells_text(grid: Grid) -> list[str]:
    return [c.text for r in rows(grid) for c in r.cells]


def width(row: Row) -> int:
    return sum(c.span for c in row.cells)


def one_cell(tmp_path: Path, spec: Spec, cell_width: float = 300.0) -> Row:
    """Read back a one-row, two-column table whose second cell is `spec`."""
    doc = Doc(tmp_path / "cell.pdf")
    doc.table(50, 100, [80, cell_width], [80], [[text("Label"), spec]])
    grid = read_pdf(doc.save())
    (row,) = rows(grid)
    return row


# -- synthetic layouts -------------------------------------------------------------


def test_row_split_across_pages_keeps_table_and_columns(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "split.pdf", LANDSCAPE)
    header = [text("Area", bold=True), text("Action", bold=True), text("Lead", bold=True)]
    for spec in header:
        spec.fill = GREY
    widths = [200, 300, 150]
    doc.text(50, 20, "Children's Services Improvement Plan")
    doc.table(
        50,
        60,
        widths,
        [20, 200, 250],
        [
            header,
            [text("1. First area"), text("1.1 Do this"), text("Ann")],
            [text("2. Second area starts"), text("2.1 Long action that"), text("Bob")],
        ],
    )
    doc.text(380, 570, "Page 1 of 2")
    doc.page()
    doc.text(50, 20, "Children's Services Improvement Plan")
    doc.table(
        50,
        60,
        widths,
        [20, 60, 60],
        [
            header,
            [text("and ends here"), text("carries on here"), Spec()],
            [text("3. Third area"), text("3.1 Another"), text("Cat")],
        ],
    )
    doc.text(380, 570, "Page 2 of 2")
    grid = read_pdf(doc.save())

    assert grid.pages == 2
    kinds = [type(b).__name__ for b in grid.blocks]
    assert kinds[0] == "PageBreak"
    assert [b.page for b in grid.blocks if isinstance(b, PageBreak)] == [1, 2]
    # Running title and page numbers are furniture, not content.
    assert not lines(grid)
    all_rows = rows(grid)
    assert {r.table for r in all_rows} == {all_rows[0].table}
    assert {width(r) for r in all_rows} == {3}
    page2 = [r for r in all_rows if r.page == 2]
    assert page2[0].texts == ["Area", "Action", "Lead"] and not page2[0].continues
    assert page2[1].texts == ["and ends here", "carries on here", ""]
    assert page2[1].continues
    break_at = kinds.index("PageBreak", 1)
    assert isinstance(grid.blocks[break_at - 1], Row)
    assert grid.blocks[break_at - 1].texts[0] == "2. Second area starts"


def test_new_table_of_same_design_on_next_page_gets_new_number(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "two.pdf")
    widths = [250, 250]
    for n in (1, 2):
        title = Spec([[run(f"Recommendation {n}", bold=True)]], span=2, fill=GREY)
        doc.table(50, 60, widths, [20, 40], [[title, None], [text("Do it"), text("May")]])
        doc.page()
    grid = read_pdf(doc.save())
    tables = [r.table for r in rows(grid)]
    assert tables[0] == tables[1] != tables[2] == tables[3]
    assert not any(r.continues for r in rows(grid))


def test_colour_only_status_cells_name_their_fill(tmp_path: Path) -> None:
    colours = {
        "red": (1.0, 0.0, 0.0),
        "amber": (1.0, 0.75, 0.0),
        "green": (0.0, 0.69, 0.31),
        "blue": (0.0, 0.44, 0.75),
        None: (1.0, 1.0, 1.0),
    }
    doc = Doc(tmp_path / "rag.pdf")
    table_rows = [[text(f"Action {i}"), Spec(fill=rgb)] for i, rgb in enumerate(colours.values())]
    doc.table(50, 60, [300, 60], [20] * len(colours), table_rows)
    grid = read_pdf(doc.save())
    status = [r.cells[1] for r in rows(grid)]
    assert [c.fill for c in status] == list(colours)
    assert all(c.text == "" for c in status)
    assert all(r.cells[0].fill is None for r in rows(grid))


def test_merged_title_row_and_vertical_merge(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "merge.pdf")
    title = Spec([[run("Theme: Best practice", bold=True)]], span=3)
    doc.table(
        50,
        60,
        [150, 150, 150],
        [20, 30, 30],
        [
            [title, None, None],
            [Spec(text("1. Area").lines, rowspan=2), text("1.1 First"), text("Ann")],
            [None, text("1.2 Second"), text("Bob")],
        ],
    )
    grid = read_pdf(doc.save())
    r0, r1, r2 = rows(grid)
    assert len(r0.cells) == 1 and r0.cells[0].span == 3
    assert r0.cells[0].text == r0.cells[0].bold_lead == "Theme: Best practice"
    assert r1.texts == ["1. Area", "1.1 First", "Ann"]
    assert r2.texts == ["", "1.2 Second", "Bob"]
    assert [c.span for c in r2.cells] == [1, 1, 1]
    assert all(r.bbox is not None and r.page == 1 for r in (r0, r1, r2))
    assert r1.cells[0].bbox is not None and r1.cells[0].bbox[3] == pytest.approx(140, abs=1)


def test_bold_lead_then_plain_text(tmp_path: Path) -> None:
    row = one_cell(
        tmp_path, Spec([[run("Completed", bold=True)], [run("Group membership extended.")]])
    )
    assert row.cells[1].bold_lead == "Completed"
    assert row.cells[1].text == "Completed\nGroup membership extended."
    row = one_cell(tmp_path, Spec([[run("Outcome measure: ", bold=True), run("quarterly report")]]))
    assert row.cells[1].bold_lead == "Outcome measure:"
    assert row.cells[1].text == "Outcome measure: quarterly report"
    assert row.cells[0].bold_lead is None


def test_all_bold_cell_is_its_own_bold_lead(tmp_path: Path) -> None:
    row = one_cell(tmp_path, text("IMMEDIATE DBC", bold=True))
    assert row.cells[1].bold_lead == row.cells[1].text == "IMMEDIATE DBC"


def test_wrapped_lines_join_with_space_or_hyphen(tmp_path: Path) -> None:
    assert one_cell(tmp_path, text("01-Mar-", "2011"), 40).cells[1].text == "01-Mar-2011"
    assert one_cell(tmp_path, text("proposed re-", "design of"), 60).cells[1].text == (
        "proposed re-design of"
    )
    assert one_cell(tmp_path, text("produced -", "revised"), 62).cells[1].text == (
        "produced - revised"
    )
    assert (
        one_cell(tmp_path, text("Review all CiN", "plans held in", "the team."), 70).cells[1].text
        == "Review all CiN plans held in the team."
    )


def test_superscript_ordinal_joins_its_number(tmp_path: Path) -> None:
    ordinal = [run("14"), run("th", size=5.5, rise=3.5), run(" June 2012")]
    assert one_cell(tmp_path, Spec([ordinal])).cells[1].text == "14th June 2012"
    doc = Doc(tmp_path / "sup.pdf")
    doc.line(100, 100, [run("(progress as at 22"), run("nd", size=5.5, rise=3.5), run(" October)")])
    doc.text(100, 130, "Body text line for size.")
    grid = read_pdf(doc.save())
    assert lines(grid)[0].text == "(progress as at 22nd October)"


def test_bullet_items_become_lines_without_glyphs(tmp_path: Path) -> None:
    spec = Spec(
        [
            [run("These will include:")],
            [run("•   "), run("Conference attendance")],
            [run("•   "), run("Training")],
            [run("\u2013   "), run("Referrals")],
        ]
    )
    assert one_cell(tmp_path, spec).cells[1].text == (
        "These will include:\nConference attendance\nTraining\nReferrals"
    )


def test_lone_bullet_glyph_is_kept(tmp_path: Path) -> None:
    assert one_cell(tmp_path, text("•")).cells[1].text == "•"


@pytest.mark.skipif(not SYMBOL_TTF.exists(), reason="DejaVu Sans (for ★ ✔ ● ▲) not installed")
def test_status_symbols_are_kept(tmp_path: Path) -> None:
    spec = Spec([[symbol("★")]], fill=(0.0, 0.44, 0.75))
    cell = one_cell(tmp_path, spec, 40).cells[1]
    assert (cell.text, cell.fill) == ("★", "blue")
    assert one_cell(tmp_path, Spec([[symbol("● ▲ ✔")]])).cells[1].text == "● ▲ ✔"


def test_heading_and_body_lines(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "head.pdf")
    doc.text(50, 50, "Action Plan 2012", bold=True, size=16)
    for i in range(5):
        doc.text(50, 100 + 14 * i, f"Body paragraph line {i} with ordinary words.")
    grid = read_pdf(doc.save())
    first, *rest = lines(grid)
    assert first.text == "Action Plan 2012" and first.heading == 1 and first.bold
    assert all(ln.heading is None and not ln.bold for ln in rest)
    assert len(rest) == 5 and not rows(grid)


def test_camelot_engine_gives_the_same_rows(tmp_path: Path) -> None:
    pytest.importorskip("camelot")
    doc = Doc(tmp_path / "cam.pdf")
    title = Spec([[run("Theme: Participation", bold=True)]], span=2, fill=GREY)
    doc.table(
        50,
        60,
        [200, 100],
        [20, 30, 30],
        [
            [title, None],
            [text("Involve children"), Spec(fill=(0, 0.69, 0.31))],
            [text("Report yearly"), text("Ann")],
        ],
    )
    path = doc.save()
    plumber, camelot = read_pdf(path), read_pdf(path, engine="camelot")
    assert [
        (r.texts, [c.span for c in r.cells], [c.fill for c in r.cells]) for r in rows(plumber)
    ] == [(r.texts, [c.span for c in r.cells], [c.fill for c in r.cells]) for r in rows(camelot)]


# -- errors ------------------------------------------------------------------------


def test_html_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("<!DOCTYPE html>\n<html><body>Not found</body></html>")
    with pytest.raises(PdfError, match="not a PDF: looks like HTML"):
        read_pdf(path)


def test_empty_and_random_files(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(PdfError, match="not a PDF"):
        read_pdf(tmp_path / "empty.pdf")
    (tmp_path / "zip.pdf").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(PdfError, match="not a PDF"):
        read_pdf(tmp_path / "zip.pdf")


def _truncate(src: Path, dst: Path) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: len(data) // 2])
    return dst


def test_truncated_pdf(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "full.pdf")
    for i in range(3):
        doc.table(50, 60, [200, 200], [40, 40], [[text(f"A{i}"), text("B")]] * 2)
        doc.page()
    with pytest.raises(PdfError, match="truncated or corrupt PDF"):
        read_pdf(_truncate(doc.save(), tmp_path / "half.pdf"))


@pytest.mark.skipif(not SEED_PDFS.is_dir(), reason="shared seed PDFs not present")
def test_truncated_real_pdf(tmp_path: Path) -> None:
    src = SEED_PDFS / "000_25cf5e44febc06eb.pdf"
    with pytest.raises(PdfError, match="truncated or corrupt PDF"):
        read_pdf(_truncate(src, tmp_path / "half.pdf"))


def test_encrypted_pdf(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "locked.pdf", encrypt=StandardEncryption("secret", ownerPassword="o"))
    doc.text(50, 50, "Confidential plan")
    with pytest.raises(PdfError, match=r"^encrypted PDF$"):
        read_pdf(doc.save())


def test_image_only_pdf(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "scan.pdf")
    doc.canvas.rect(50, 50, 300, 400, fill=1)
    doc.canvas.line(60, 60, 300, 300)
    with pytest.raises(PdfError, match=r"no text layer \(image-only PDF\): OCR is needed"):
        read_pdf(doc.save())


def test_unknown_engine(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "x.pdf")
    doc.text(50, 50, "x")
    with pytest.raises(ValueError, match="unknown PDF engine"):
        read_pdf(doc.save(), engine="tabula")


# -- the shared seed PDFs (see /work/shared/pdf/README.md) ----------------------------

needs_shared = pytest.mark.skipif(
    not SEED_PDFS.is_dir(), reason=f"shared seed PDFs not present at {SEED_PDFS}"
)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Grid]:
    return {p.name[:3]: read_pdf(p) for p in sorted(SEED_PDFS.glob("*.pdf"))}


@needs_shared
@pytest.mark.parametrize(
    ("doc", "pages"), [("000", 5), ("001", 14), ("002", 11), ("003", 6), ("004", 4)]
)
def test_seed_pages_and_page_breaks(seeds: dict[str, Grid], doc: str, pages: int) -> None:
    grid = seeds[doc]
    assert grid.pages == pages
    breaks = [b.page for b in grid.blocks if isinstance(b, PageBreak)]
    assert breaks == list(range(1, pages + 1))
    assert isinstance(grid.blocks[0], PageBreak)


@needs_shared
@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_seed_tables_have_one_column_grid(seeds: dict[str, Grid], doc: str) -> None:
    by_table: dict[int, set[int]] = defaultdict(set)
    for r in rows(seeds[doc]):
        by_table[r.table].add(width(r))
        assert r.page is not None and r.bbox is not None
    assert by_table and all(len(w) == 1 for w in by_table.values())


@needs_shared
@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_seed_page_furniture_dropped(seeds: dict[str, Grid], doc: str) -> None:
    import re

    footer = re.compile(r"^(page\s+)?\d+\s+of\s+\d+$", re.I)
    texts = [ln.text for ln in lines(seeds[doc])] + cells_text(seeds[doc])
    assert not [t for t in texts if footer.match(t.strip())]
    assert not any("\uf0b7" in t for t in texts)


@needs_shared
def test_seed_000_two_seven_column_tables(seeds: dict[str, Grid]) -> None:
    grid = seeds["000"]
    header = [
        "Area for Improvement",
        "Action",
        "Lead",
        "Timescale",
        "Outcome/ Measure",
        "Progress note / Evidence",
        "Reported to",
    ]
    tables = {r.table for r in rows(grid)}
    assert len(tables) == 2
    assert {r.table for r in rows(grid) if r.texts == header} == tables
    assert any(ln.text == "(progress as at 22nd October 2012)" for ln in lines(grid))
    headings = [ln.text for ln in lines(grid) if ln.heading]
    assert "Safeguarding" in headings and "Looked After Children" in headings
    # Rows continue over the turns 1→2, 2→3, 3→4 (split rows) and 4→5 (a clean
    # row boundary): each first row after the repeated header is a candidate.
    assert [r.page for r in rows(grid) if r.continues] == [2, 3, 4, 5]


@needs_shared
def test_seed_001_one_table_per_recommendation(seeds: dict[str, Grid]) -> None:
    grid = seeds["001"]
    assert len({r.table for r in rows(grid)}) == 14
    titles = [r for r in rows(grid) if r.cells[0].text.startswith("Recommendation No.")]
    assert len(titles) == 14 and all(len(r.cells) == 1 and r.cells[0].span == 4 for r in titles)
    assert not lines(grid)  # the running title is page furniture


@needs_shared
def test_seed_002_title_row_and_ordinals(seeds: dict[str, Grid]) -> None:
    grid = seeds["002"]
    plan = [r for r in rows(grid) if r.page and r.page >= 3]
    title = plan[0]
    assert [c.span for c in title.cells] == [3, 3]
    assert [c.bold_lead for c in title.cells] == ["Action Plan:", "Date/Version:"]
    section = [r for r in plan if r.texts == ["SAFEGUARDING"]]
    assert section and section[0].cells[0].span == 6
    assert "14th June 2012" in cells_text(grid)
    assert any(c.bold_lead == "Completed" for r in plan for c in r.cells)


@needs_shared
def test_seed_003_status_fills_and_symbols(seeds: dict[str, Grid]) -> None:
    grid = seeds["003"]
    pairs = {(c.fill, c.text) for r in rows(grid) for c in r.cells if c.text in "★✔●▲" and c.text}
    assert pairs == {("red", "●"), ("amber", "▲"), ("green", "✔"), ("blue", "★")}
    texts = cells_text(grid)
    assert "01-Mar-2011" in texts and "31-Aug-2011" in texts
    themes = [r for r in rows(grid) if r.texts[0].startswith("Theme:")]
    assert themes and all(r.cells[0].span == 8 for r in themes)


@needs_shared
def test_seed_004_hyphen_repairs_and_bullets(seeds: dict[str, Grid]) -> None:
    text = "\n".join(cells_text(seeds["004"]))
    assert "re-design" in text and "well-being" in text and "multi-agency" in text
    assert "25th May 2012" in text
    assert {len(r.cells) for r in rows(seeds["004"]) if r.cells[0].span == 1} == {5}


@pytest.mark.skipif(not SYMBOL_TTF.exists(), reason="DejaVu Sans (for ●) not installed")
def test_a_coloured_mark_gives_its_cell_that_colour(tmp_path: Path) -> None:
    def marked(ink: tuple[float, float, float], name: str) -> Row:
        doc = Doc(tmp_path / f"{name}.pdf")
        doc.table(50, 100, [80, 60], [30], [[text("Label"), Spec()]])
        doc.canvas.setFillColorRGB(*ink)
        doc.line(134, 104, [symbol("●")])
        grid = read_pdf(doc.save())
        (row,) = rows(grid)
        return row

    red = marked((1.0, 0.0, 0.0), "red").cells[1]
    assert (red.text, red.fill) == ("●", "red")
    black = marked((0.0, 0.0, 0.0), "black").cells[1]  # a plain bullet says nothing
    assert (black.text, black.fill) == ("●", None)


def test_pages_are_read_with_rarer_collections_and_the_collector_is_set_back(
    tmp_path: Path,
) -> None:
    doc = Doc(tmp_path / "plan.pdf")
    for i in range(2):
        doc.table(50, 60, [200, 200], [40, 40], [[text(f"A{i}"), text("B")]] * 2)
        doc.page()
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    read_pdf(doc.save(), on_page=lambda page, number, words: seen.append(gc.get_threshold()))
    assert len(seen) == 2
    assert all(t[0] > before[0] and t[1:] == before[1:] for t in seen)
    assert gc.get_threshold() == before
    with pytest.raises(PdfError):  # set back when a page cannot be read too
        read_pdf(_truncate(doc.path, tmp_path / "half.pdf"))
    assert gc.get_threshold() == before
