"""Spreadsheet trackers (.xlsx and .csv) read through the same engine as documents."""

from __future__ import annotations

import csv
import re
import struct
import zipfile
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.extract.api import ExtractionError, extract_file
from actionplan.extract.readers.cell_text import fill_name
from actionplan.extract.readers.number_format import display_text
from actionplan.extract.readers.xlsx_colours import theme_colours, to_hex
from actionplan.schemas import ActionPlan
from tests.sheetbuild import build_tracker

runner = CliRunner()

# Each action of tests/sheetbuild.py as a reader of the workbook sees it:
# (sheet, row, area ref, area text, ref, text, lead, due_raw, due start, due end, due kind,
#  status, progress)
EXPECTED = [
    ("Action plan", 7, "1", "Strengthen management oversight of casework", "1.1",
     "Introduce monthly case audits by team managers", "Head of Service", "30/06/2025",
     date(2025, 6, 30), date(2025, 6, 30), "date", "completed",
     "Audits have run every month since May."),
    ("Action plan", 8, "1", "Strengthen management oversight of casework", "1.2",
     "Train all team managers in reflective supervision", "Principal Social Worker",
     "31 Dec 2025", date(2025, 12, 31), date(2025, 12, 31), "date", "off_track",
     "Training provider not yet appointed."),
    ("Action plan", 9, "1", "Strengthen management oversight of casework", "1.10",
     "Review the threshold document with partners", "Service Manager, Front Door",
     "End of March 2026", date(2026, 3, 31), date(2026, 3, 31), "date", "off_track",
     "Draft shared with partners in August."),
    ("Action plan", 10, "2", "Improve the quality of care plans", "2.1",
     "Introduce a single care plan template", "Head of Quality Assurance", "Q3 2025/26",
     date(2025, 10, 1), date(2025, 12, 31), "quarter", "off_track",
     "Template delayed by system changes."),
    ("Action plan", 11, "2", "Improve the quality of care plans", "2.2",
     "Audit a sample of care plans each quarter", "Quality Assurance Manager", "Jan-26",
     date(2026, 1, 31), date(2026, 1, 31), "date", "completed",
     "First audit completed in July."),
    ("Closed actions", 3, "3", "Stabilise the social work workforce", "3.1",
     "Recruit permanent team managers to every team", "Director of Children's Services",
     "30/04/2025", date(2025, 4, 30), date(2025, 4, 30), "date", "completed", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tracker(tmp_path_factory.mktemp("xlsx") / "tracker.xlsx")


@pytest.fixture(scope="module")
def plan(tracker: Path) -> ActionPlan:
    return extract_file(tracker)


def test_every_action_of_every_sheet_field_by_field(plan: ActionPlan) -> None:
    got = [
        (
            action.provenance.sheet,
            action.provenance.line,
            area.ref,
            area.text,
            action.ref,
            action.text,
            action.leads_raw,
            action.due.raw,
            action.due.start,
            action.due.end,
            action.due.kind.value,
            action.status.value.value if action.status and action.status.value else None,
            action.progress,
        )
        for _, area, action in plan.actions()
    ]
    assert got == EXPECTED


def test_title_block_gives_title_authority_and_dates(plan: ActionPlan) -> None:
    assert plan.source.format == "xlsx"
    assert plan.title == "Children's Services Improvement Plan"
    assert plan.authority == "Northshire"
    assert plan.inspection_date is not None and plan.inspection_date.start == date(2025, 3, 14)
    assert plan.report_date is not None and plan.report_date.start == date(2025, 9, 30)


def test_rag_from_fill_mark_and_key_sheet(plan: ActionPlan) -> None:
    status = {action.ref: action.status for _, _, action in plan.actions()}
    assert status["1.1"] is not None and status["1.1"].source == "colour"  # green fill only
    assert status["1.2"] is not None and status["1.2"].raw == "fill:red"  # a red "●" mark
    # the key sheet says green means completed, against the usual reading "on track"
    assert status["2.2"] is not None and status["2.2"].source == "legend"


def test_date_cell_value_decides_over_its_displayed_text(plan: ActionPlan) -> None:
    action = next(a for _, _, a in plan.actions() if a.ref == "2.2")
    # shown as "Jan-26" (a month), typed as 31 January 2026: the value is the due date
    assert (action.due.raw, action.due.start, action.due.kind.value) == (
        "Jan-26",
        date(2026, 1, 31),
        "date",
    )
    assert action.cells["Due date"] == "Jan-26"


def test_formula_without_saved_value_is_a_warning_not_a_guess(plan: ActionPlan) -> None:
    closed = next(a for _, _, a in plan.actions() if a.ref == "3.1")
    assert closed.progress is None
    warnings = [w for w in plan.warnings if w.code == "formula_without_value"]
    assert len(warnings) == 1 and "Closed actions!G3" in warnings[0].message


@pytest.mark.parametrize(
    ("value", "code", "shown"),
    [
        (1.1, "0.00", "1.10"),
        (1.1, "General", "1.1"),
        (3.0, "General", "3"),
        (0.25, "0%", "25%"),
        (1234.5, "#,##0.0", "1,234.5"),
        (date(2025, 3, 4), "mm-dd-yy", "04/03/2025"),
        (date(2025, 3, 4), "d mmmm yyyy", "4 March 2025"),
        (date(2025, 3, 4), "dddd, d mmm yy", "Tuesday, 4 Mar 25"),
        (date(2025, 3, 4), "[$-809]dd/mm/yyyy;@", "04/03/2025"),
    ],
)
def test_values_shown_as_their_number_format_prints_them(value, code, shown) -> None:
    assert display_text(value, code) == shown


def test_csv_export_of_a_tracker(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Improvement plan tracker", "", "", "", ""])
        out.writerow(["Westmoor Borough Council", "", "", "", ""])
        out.writerow(["Ref", "Action", "Lead officer", "Target date", "Status"])
        out.writerow(["1.1", "Publish the new early help offer", "Head of Early Help", "31/07/2025",
                      "Complete"])  # fmt: skip
        out.writerow(["1.2", "Recruit two family\nsupport workers", "Early Help Manager",
                      "September 2025", "In progress"])  # fmt: skip
    plan = extract_file(path)
    assert plan.source.format == "csv"
    assert (plan.title, plan.authority) == ("Improvement plan tracker", "Westmoor")
    got = [
        (a.ref, a.text, a.leads_raw, a.due.end, a.status.value.value if a.status else None)
        for _, _, a in plan.actions()
    ]
    assert got == [
        ("1.1", "Publish the new early help offer", "Head of Early Help", date(2025, 7, 31),
         "completed"),
        ("1.2", "Recruit two family support workers", "Early Help Manager", date(2025, 9, 30),
         "in_progress"),
    ]  # fmt: skip


def _tracker_rows(note: str) -> list[list[str]]:
    return [
        ["Ref", "Action", "Lead officer", "Target date", "Status"],
        ["1.1", "Publish the new early help offer", "Head of Early Help", "31/07/2025", note],
        ["1.2", "Recruit two family support workers", "Early Help Manager", "September 2025",
         "In progress"],
    ]  # fmt: skip


def _actions(path: Path) -> list[tuple[str | None, str, str | None]]:
    return [(a.ref, a.text, a.leads_raw) for _, _, a in extract_file(path).actions()]


WANTED = [
    ("1.1", "Publish the new early help offer", "Head of Early Help"),
    ("1.2", "Recruit two family support workers", "Early Help Manager"),
]


def test_a_comma_csv_with_semicolons_in_a_cell_is_split_at_its_commas(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(_tracker_rows("Complete; " * 15))
    assert _actions(path) == WANTED


def test_a_csv_saved_as_utf16_is_read(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-16") as fh:
        csv.writer(fh).writerows(_tracker_rows("Complete"))
    assert _actions(path) == WANTED


def _legacy_xls(path: Path) -> Path:
    """A minimal OLE2 compound file holding a "Workbook" stream, as Excel 97-2003 writes."""
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0,
                          4096, end, 0, end, 0)  # fmt: skip
    header += struct.pack("<109I", 0, *([free] * 108))
    fat = [fat_sector, end, 3, 4, 5, 6, 7, 8, 9, end] + [free] * 118
    entries = [("Root Entry", 5, 1, end, 0), ("Workbook", 2, free, 2, 4096)]
    directory = b""
    for name, kind, child, start, size in entries:
        encoded = (name + "\0").encode("utf-16-le")
        directory += struct.pack("<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, 1, free,
                                  free, child, bytes(16), 0, 0, 0, start, size)  # fmt: skip
    directory += bytes(512 - len(directory))
    biff = struct.pack("<HHHH", 0x0809, 8, 0x0600, 0x0005) + bytes(4)
    path.write_bytes(header + struct.pack("<128I", *fat) + directory + biff.ljust(4096, b"\0"))
    return path


def _encrypted(tracker: Path, path: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]

    with tracker.open("rb") as plain, path.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    return path


def _no_table(path: Path) -> Path:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    wb = Workbook()
    sheet = wb.active
    sheet.append(["Budget summary"])
    sheet.append(["Staffing", 120000])
    sheet.append(["Training", 15000])
    wb.save(path)
    return path


def test_bad_spreadsheets_fail_alone_with_one_line_each(tracker: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(tracker.read_bytes()[: tracker.stat().st_size // 2])
    bad = {
        _encrypted(tracker, tmp_path / "locked.xlsx"): "encrypted (password-protected)",
        truncated: "corrupt or truncated zip archive",
        _legacy_xls(tmp_path / "old.xls"): "legacy Excel .xls workbook: save it as .xlsx",
        _no_table(tmp_path / "budget.xlsx"): "no action-plan table found",
    }
    for path, reason in bad.items():
        with pytest.raises(ExtractionError) as caught:
            extract_file(path)
        assert reason in str(caught.value) and "\n" not in str(caught.value)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", *map(str, bad), str(tracker), "-o", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad)
    for path, reason in bad.items():
        assert any(str(path) in e and reason in e for e in errors), (path, errors)
    assert "Traceback" not in result.output
    with (out / "actions.csv").open(encoding="utf-8") as fh:
        assert [row["action_ref"] for row in csv.DictReader(fh)] == [e[4] for e in EXPECTED]


def _with_saved_value(workbook: Path, cell: str, value: str, target: Path) -> Path:
    """The workbook as a spreadsheet program saves it: the formula's value stored beside it."""
    with zipfile.ZipFile(workbook) as src, zipfile.ZipFile(target, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(
                    rf'<c r="{cell}"([^>]*)>(<f>.*?</f>)<v\s*/?>(?:</v>)?'.encode(),
                    rf'<c r="{cell}"\1 t="str">\2<v>{value}</v>'.encode(),
                    data,
                )
            out.writestr(item, data)
    return target


def test_formula_gives_its_saved_value(tracker: Path, tmp_path: Path) -> None:
    saved = _with_saved_value(tracker, "G3", "All posts filled in April", tmp_path / "saved.xlsx")
    plan = extract_file(saved)
    closed = next(a for _, _, a in plan.actions() if a.ref == "3.1")
    assert closed.progress == "All posts filled in April"
    assert not [w for w in plan.warnings if w.code == "formula_without_value"]


def test_theme_colour_fills_are_resolved_through_the_workbook_theme(tmp_path: Path) -> None:
    from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
    from openpyxl.styles import PatternFill  # type: ignore[import-untyped]
    from openpyxl.styles.colors import Color  # type: ignore[import-untyped]

    wb = Workbook()
    sheet = wb.active
    # the default Office theme: accent2 is red, accent3 green, accent6 orange
    for row, theme in enumerate((5, 6, 9), start=1):
        sheet.cell(row, 1).fill = PatternFill("solid", fgColor=Color(theme=theme, tint=0.4))
    wb.save(tmp_path / "theme.xlsx")
    loaded = load_workbook(tmp_path / "theme.xlsx")
    theme = theme_colours(loaded.loaded_theme)
    names = [fill_name(to_hex(loaded.active.cell(r, 1).fill.fgColor, theme)) for r in (1, 2, 3)]
    assert names == ["red", "green", "amber"]


@pytest.mark.parametrize(
    ("head", "is_csv"),
    [
        (
            b"Ref,Action,Lead,Due\n1.1,Audit files,Jo Bloggs,May 2025\n1.2,Train staff,Al,June\n",
            True,
        ),
        (b"Ref;Action;Lead\n1.1;Audit files;Jo Bloggs\n1.2;Train;Al\n", True),
        (b"Ref\tAction\tLead, officer\n1.1\tAudit, review\tJo, Head of Service\n", False),
        (b"# Plan\nWe will, with partners, audit files.\nLeads, as named, report.\n", False),
    ],
)
def test_csv_is_told_from_a_text_plan_by_its_content(head: bytes, is_csv: bool) -> None:
    from actionplan.extract.readers.csv_reader import looks_like_csv

    assert looks_like_csv(head + b"cut-off last row,") is is_csv


def test_hidden_sheets_are_not_part_of_the_plan(tracker: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    wb = load_workbook(tracker)
    old = wb.create_sheet("Superseded plan")
    old.append(["Ref", "Area for improvement", "Action", "Lead", "Due date", "RAG"])
    old.append(["9.1", "An area dropped from the plan", "An action no longer pursued", "Nobody"])
    old.sheet_state = "hidden"
    wb.save(tmp_path / "hidden.xlsx")
    plan = extract_file(tmp_path / "hidden.xlsx")
    assert [a.ref for _, _, a in plan.actions()] == [e[4] for e in EXPECTED]
