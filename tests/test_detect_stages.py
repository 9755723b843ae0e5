"""`detect` and `debug` show each stage's decisions: the tables found, their header rows,
what every row was read as, and why each column got its role."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.extract.engine.layout import layout
from actionplan.extract.engine.profile import builtin_profile
from actionplan.extract.grid import Cell, Grid, Line, Row

runner = CliRunner()


def _row(*texts: str, table: int, line: int) -> Row:
    return Row([Cell(t) for t in texts], table=table, page=1, line=line)


def test_every_row_is_told_the_action_table_it_was_read_in() -> None:
    grid = Grid(
        [
            _row("Area", "Action", "Lead", table=1, line=1),
            _row("1. Recording", "1.1 Audit files", "JH", table=1, line=2),
            Line("Appendix: attendance", page=1, line=3),
            _row("Name", "Role", table=2, line=4),
            _row("Area", "Action", "Due date", table=3, line=5),
            _row("2. Supervision", "2.1 Monthly sessions", "May 2024", table=3, line=6),
        ]
    )
    raw = layout(grid, builtin_profile("generic"))
    assert [(d.line, d.kind, d.table) for d in raw.decisions] == [
        (1, "header", 1),
        (2, "action", 1),
        (4, "ignored", None),
        (5, "header", 2),
        (6, "action", 2),
    ]


def test_detect_says_where_each_table_starts_what_its_rows_are_and_why_columns_have_roles(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Recommendation\tAction\tPerson\tDeadline\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\t31/05/2024\n"
        "\t1.2 Do B.\tBob Roe\tJune 2024\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["detect", str(plan)])
    assert result.exit_code == 0, result.output
    assert "table 1 (header p? l1; rows: 1 header, 2 action): " in result.output
    assert "recommendation -> area 1.00 [profile synonym]" in result.output
    assert "person -> lead 1.00 (from cells), deadline" in result.output


def test_debug_shows_a_tables_columns_above_its_rows(tmp_path: Path) -> None:
    from tests.pdfbuild import Doc, Spec, text

    doc = Doc(tmp_path / "plan.pdf")
    header: list[Spec | None] = [text(h, bold=True) for h in ("Action", "Lead", "Deadline")]
    body: list[Spec | None] = [text("1.1 Do A."), text("Ann Lee"), text("May 2024")]
    doc.table(40, 40, [200, 120, 100], [20, 20], [header, body])
    result = runner.invoke(app, ["debug", str(doc.save()), "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == (
        "  table 1: action -> action 1.00 [profile synonym], lead -> lead 1.00 [profile synonym], "
        "deadline -> due 1.00 [profile synonym]"
    )
    assert lines[2].startswith("  header: its headings name the columns' roles | Action")
