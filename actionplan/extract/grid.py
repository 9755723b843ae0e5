"""What every reader hands to the layout engine: plain blocks with provenance.

A reader's only job is to turn its format into a stream of `Row`s (table rows
made of `Cell`s) and `Line`s (text outside tables, such as headings). It never
decides what a row *means*; that is the engine's job, the same for all formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

BBox = tuple[float, float, float, float]


@dataclass(slots=True)
class Cell:
    """One table cell.

    `text` keeps the cell's paragraphs, list items and line breaks as "\\n";
    `bold_lead` is the bold run the cell opens with (a label or status word);
    `fill` is a colour name ("red", "amber", "green", "blue") or "#rrggbb";
    `span` is how many grid columns a merged cell covers; `numbered` marks a
    cell that opens an ordered-list item whose number the source did not keep
    (text conversions drop `<ol>` numbers), so the engine can count instead;
    `merged_down` marks a slot covered by a cell merged down from the row above
    (HTML rowspan, Word vertical merge, a spreadsheet's merged range, a PDF cell
    box spanning rows), so the engine can tell it from a cell left empty;
    `bulleted` marks a cell that is wholly a bulleted list whose markers the
    reader dropped (an HTML <ul>), one item per line of `text`.
    """

    text: str
    bold_lead: str | None = None
    fill: str | None = None
    bbox: BBox | None = None
    span: int = 1
    numbered: bool = False
    merged_down: bool = False
    bulleted: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(slots=True)
class Row:
    """One table row. `cells` are in column order; a merged cell stands once.

    `table` numbers the tables of the document; `continues` is set by readers
    that know the row is the first one after a page turn inside a table that
    carries on, i.e. a candidate for joining to the row above.
    """

    cells: list[Cell]
    table: int = 0
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    continues: bool = False

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def filled(self) -> list[Cell]:
        return [c for c in self.cells if not c.blank]


@dataclass(slots=True)
class Line:
    """Text outside any table. `heading` is its level (1-6) when the source marks one;
    `listed` marks an item of a bulleted or numbered list whose marker the reader dropped."""

    text: str
    page: int | None = None
    line: int | None = None
    heading: int | None = None
    bold: bool = False
    listed: bool = False


@dataclass(slots=True)
class PageBreak:
    """A page turn (or its trace in a text conversion)."""

    page: int | None = None
    line: int | None = None


Block = Row | Line | PageBreak


@dataclass(slots=True)
class ReaderNote:
    """Something the reader met that the plan should report (a formula with no value)."""

    code: str
    message: str
    page: int | None = None
    line: int | None = None


@dataclass(slots=True)
class OcrWord:
    """A word read from a page image, kept to give records their OCR confidence."""

    page: int
    bbox: BBox
    confidence: float


@dataclass(slots=True)
class Grid:
    """A whole document as blocks in reading order.

    `sheets` names the worksheets of a workbook (page n is sheet n);
    `dates` holds the typed value of date cells by (page, line, text as displayed),
    so the due date comes from the value, not from re-reading the text;
    `ocr_words` are the words of pages read by OCR;
    `marks_continuations` says the reader flags every row that carries a table
    on over a page turn (`Row.continues`), so an unflagged row never does.
    """

    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    image_texts: list[str] = field(default_factory=list)
    """Text standing for images (HTML alt text): not content, but a logo names its council."""
    sheets: list[str] = field(default_factory=list)
    dates: dict[tuple[int, int, str], date] = field(default_factory=dict)
    notes: list[ReaderNote] = field(default_factory=list)
    ocr_words: list[OcrWord] = field(default_factory=list)
    marks_continuations: bool = False
