"""Excel reader (.xlsx, .xlsm): every visible sheet to grid blocks, page n = sheet n.

openpyxl is used because it is the maintained reader of the Office Open XML
workbook that exposes what trackers encode in formatting: merged ranges, cell
fills, font colours and number formats (pandas and python-calamine give values
only). Cells are shown as the spreadsheet shows them; a formula gives its
cached value and is never evaluated; a date cell keeps its typed value in
`Grid.dates` beside its displayed text.
"""

from __future__ import annotations

import warnings
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
from openpyxl.utils.cell import coordinate_to_tuple  # type: ignore[import-untyped]
from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import Block, Cell, Grid, ReaderNote
from actionplan.extract.readers.cell_text import fill_name
from actionplan.normalizers.colours import colour_name

from .number_format import display_text
from .sheet_grid import sheet_blocks
from .xlsx_colours import theme_colours, to_hex

SheetRows = list[tuple[int, list[Cell]]]


class XlsxError(ReaderError):
    """A workbook that cannot be read; the message is a short reason."""


def read_xlsx(path: Path) -> Grid:
    values = _load(path, data_only=True)
    formulas = _load(path, data_only=False)
    theme = theme_colours(values.loaded_theme)
    grid = Grid()
    blocks: list[Block] = []
    page = 0
    for sheet in values.worksheets:
        if sheet.sheet_state != "visible":
            continue
        page += 1
        grid.sheets.append(sheet.title)
        reader = _SheetReader(sheet, formulas[sheet.title], page, theme, grid)
        rows = reader.rows()
        name = sheet.title if page > 1 else None
        blocks.extend(sheet_blocks(rows, page, name, reader.dates, _frozen_header(sheet)))
    grid.blocks = blocks
    grid.pages = page
    return grid


def _frozen_header(sheet: Any) -> int | None:
    """The last row frozen at the top of the sheet (its header), if any."""
    panes = sheet.freeze_panes
    if not panes:
        return None
    row = coordinate_to_tuple(panes)[0] - 1
    return row if row >= 1 else None


def _load(path: Path, *, data_only: bool) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions (validation, slicers)
            return openpyxl.load_workbook(path, data_only=data_only, rich_text=False)
    except (zipfile.BadZipFile, InvalidFileException) as exc:
        raise XlsxError(f"corrupt workbook: {exc}") from exc
    except (KeyError, ValueError, TypeError, OSError, SyntaxError) as exc:
        detail = str(exc).strip() or type(exc).__name__
        raise XlsxError(f"corrupt workbook: {detail[:120]}") from exc


class _SheetReader:
    """One sheet's cells with merges, fills and display text; notes go to the grid."""

    def __init__(self, sheet: Any, formulas: Any, page: int, theme: list[str], grid: Grid):
        self.sheet = sheet
        self.formulas = formulas
        self.page = page
        self.theme = theme
        self.grid = grid
        self.dates: dict[tuple[int, int], date] = {}
        self.origins: dict[tuple[int, int], tuple[int, int]] = {}  # top-left -> (rows, cols)
        self.covered: dict[tuple[int, int], tuple[int, int]] = {}  # slot -> its top-left
        for merged in sheet.merged_cells.ranges:
            top, left = merged.min_row, merged.min_col
            self.origins[top, left] = (merged.max_row - top + 1, merged.max_col - left + 1)
            for r in range(top, merged.max_row + 1):
                for c in range(left, merged.max_col + 1):
                    if (r, c) != (top, left):
                        self.covered[r, c] = (top, left)

    def rows(self) -> SheetRows:
        out: SheetRows = []
        width = self.sheet.max_column
        for number, row in enumerate(self.sheet.iter_rows(max_col=width), start=1):
            out.append((number, self._cells(number, row, width)))
        return out

    def _cells(self, number: int, row: tuple[Any, ...], width: int) -> list[Cell]:
        cells: list[Cell] = []
        col = 1
        while col <= width:
            origin = self.covered.get((number, col))
            if origin is not None:
                across = self.origins[origin][1]
                if origin[1] == col:  # the first slot of a range merged down from above
                    fill = self._fill(self.sheet.cell(*origin))
                    cells.append(Cell("", fill=fill, span=across, merged_down=True))
                    col += across
                else:
                    col += 1
                continue
            span = self.origins.get((number, col), (1, 1))[1]
            cells.append(self._cell(row[col - 1], number, col, len(cells), span))
            col += span
        return cells

    def _cell(self, cell: Any, number: int, col: int, index: int, span: int) -> Cell:
        value = cell.value
        if value is None:
            self._check_formula(number, col)
        text = display_text(value, cell.number_format).replace("\r\n", "\n").replace("\r", "\n")
        if isinstance(value, datetime | date) and text:
            self.dates[number, index] = value.date() if isinstance(value, datetime) else value
            self.grid.dates[self.page, number, " ".join(text.split())] = self.dates[number, index]
        font = cell.font
        bold = text.strip() if font is not None and font.b and text.strip() else None
        fill = self._fill(cell) or self._marked(text, font)
        return Cell(text, bold, fill, span=span)

    def _fill(self, cell: Any) -> str | None:
        pattern = cell.fill
        if pattern is None or pattern.fill_type != "solid":
            return None
        return fill_name(to_hex(pattern.fgColor, self.theme))

    def _marked(self, text: str, font: Any) -> str | None:
        """A mark (●, ■) coloured as the status it stands for carries that colour as a fill."""
        if not text.strip() or any(ch.isalnum() for ch in text) or font is None:
            return None
        return colour_name(to_hex(font.color, self.theme))

    def _check_formula(self, number: int, col: int) -> None:
        source = self.formulas.cell(number, col).value
        if isinstance(source, str) and source.startswith("="):
            where = f"{self.sheet.title}!{self.sheet.cell(number, col).coordinate}"
            self.grid.notes.append(
                ReaderNote(
                    "formula_without_value",
                    f"{where}: formula {source[:60]} has no saved value "
                    "(save the workbook in a spreadsheet program); left blank",
                    page=self.page,
                    line=number,
                )
            )
