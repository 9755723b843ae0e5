"""A small RAG tracker workbook built with openpyxl, as a council would keep one.

Sheet "Action plan": a title block (title, authority, inspection and progress
dates), a frozen header row, areas merged down over their actions, RAG as cell
fills, as a coloured mark and as a coloured word, due dates as real date cells
in three number formats and as text, and a ref typed as a number shown as
"1.10". Sheet "Closed actions": the same columns, a finished action and a
formula with no saved value. Sheet "Key": what each colour means (green is
"Completed" here, not the usual "on track", so the key visibly decides).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"
HEADER = ["Ref", "Area for improvement", "Action", "Lead", "Due date", "RAG", "Progress update"]

# row: ref, action, lead, due, due number format, RAG text, RAG fill, RAG font colour, progress
ActionRow = tuple[int, Any, str, str, Any, str | None, str | None, str | None, str | None, str]
ACTIONS: list[ActionRow] = [
    (7, "1.1", "Introduce monthly case audits by team managers", "Head of Service",
     date(2025, 6, 30), "dd/mm/yyyy", None, GREEN, None, "Audits have run every month since May."),
    (8, "1.2", "Train all team managers in reflective supervision", "Principal Social Worker",
     datetime(2025, 12, 31), "d mmm yyyy", "●", None, RED, "Training provider not yet appointed."),
    (9, 1.1, "Review the threshold document with partners", "Service Manager, Front Door",
     "End of March 2026", None, None, AMBER, None, "Draft shared with partners in August."),
    (10, "2.1", "Introduce a single care plan template", "Head of Quality Assurance",
     "Q3 2025/26", None, None, RED, None, "Template delayed by system changes."),
    (11, "2.2", "Audit a sample of care plans each quarter", "Quality Assurance Manager",
     date(2026, 1, 31), "mmm-yy", "Green", None, GREEN, "First audit completed in July."),
]  # fmt: skip
KEY = [(RED, "Red", "Off track"), (AMBER, "Amber", "Some slippage"),
       (GREEN, "Green", "Completed"), (BLUE, "Blue", "Not started")]  # fmt: skip


def _fill(argb: str) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=argb)


def build_tracker(path: Path) -> Path:
    wb = Workbook()
    plan = wb.active
    plan.title = "Action plan"
    plan["A1"] = "Children's Services Improvement Plan"
    plan["A1"].font = Font(bold=True, size=14)
    plan.merge_cells("A1:G1")
    plan["A2"] = "Northshire County Council"
    plan["A3"] = "Date of Ofsted inspection:"
    plan["C3"] = date(2025, 3, 14)
    plan["C3"].number_format = "dd/mm/yyyy"
    plan["A4"] = "Progress as at"
    plan["C4"] = datetime(2025, 9, 30)
    plan["C4"].number_format = "dd/mm/yyyy"
    plan["E4"] = "Version:"  # a title row as wide as a table's: the frozen header tells
    plan["F4"] = "3"
    _header(plan, 6)
    plan.freeze_panes = "A7"
    plan["B7"] = "Strengthen management oversight of casework"
    plan["B7"].fill = _fill("FFDDEBF7")
    plan.merge_cells("B7:B9")
    plan["B10"] = "Improve the quality of care plans"
    plan.merge_cells("B10:B11")
    for spec in ACTIONS:
        _action(plan, *spec)
    plan["A9"].number_format = "0.00"  # the ref 1.1 typed as a number, printed "1.10"

    closed = wb.create_sheet("Closed actions")
    closed["A1"] = "Actions closed since the last report"
    _header(closed, 2)
    closed["B3"] = "Stabilise the social work workforce"
    _action(closed, 3, "3.1", "Recruit permanent team managers to every team",
            "Director of Children's Services", date(2025, 4, 30), "dd/mm/yyyy", "Complete",
            None, None, None)  # fmt: skip
    closed["G3"] = '=CONCATENATE("All posts filled ", "in April")'  # saved with no value

    key = wb.create_sheet("Key")
    key["A1"] = "Key"
    for row, (argb, word, meaning) in enumerate(KEY, start=2):
        key.cell(row, 1, word).fill = _fill(argb)
        key.cell(row, 2, meaning)
    wb.save(path)
    return path


def _header(sheet: Any, row: int) -> None:
    for col, name in enumerate(HEADER, start=1):
        cell = sheet.cell(row, col, name)
        cell.font = Font(bold=True)
        cell.fill = _fill("FFD9D9D9")


def _action(
    sheet: Any,
    row: int,
    ref: Any,
    action: str,
    lead: str,
    due: Any,
    due_format: str | None,
    rag: str | None,
    rag_fill: str | None,
    rag_colour: str | None,
    progress: str | None,
) -> None:
    for col, value in {1: ref, 3: action, 4: lead, 5: due, 6: rag, 7: progress}.items():
        if value is not None:
            sheet.cell(row, col, value)
    if due_format:
        sheet.cell(row, 5).number_format = due_format
    if rag_fill:
        sheet.cell(row, 6).fill = _fill(rag_fill)
    if rag_colour:
        sheet.cell(row, 6).font = Font(color=rag_colour)
