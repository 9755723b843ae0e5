"""Write a document described as blocks to PDF (reportlab platypus), DOCX or HTML.

The blocks are what an author puts on the page: headings, paragraphs, bullet lists,
page breaks and tables whose cells carry paragraphs, bullets, bold, fills and spans.
PDF tables flow over pages the way a word processor prints them, repeating their
header rows; DOCX tables mark their header rows to repeat; HTML uses thead/tbody.
"""

from __future__ import annotations

import html
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import docx
import reportlab
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFont, registerFontFamily, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

_FONTS = Path(reportlab.__file__).parent / "fonts"
registerFont(TTFont("Vera", str(_FONTS / "Vera.ttf")))
registerFont(TTFont("Vera-Bold", str(_FONTS / "VeraBd.ttf")))
registerFont(TTFont("Vera-Italic", str(_FONTS / "VeraIt.ttf")))
registerFont(TTFont("Vera-BoldItalic", str(_FONTS / "VeraBI.ttf")))
registerFontFamily(
    "Vera", normal="Vera", bold="Vera-Bold", italic="Vera-Italic", boldItalic="Vera-BoldItalic"
)


@dataclass
class Cell:
    """A table cell: paragraphs, then bullet items; spans go right and down."""

    text: str | Sequence[str] = ""
    bullets: Sequence[str] = ()
    bold: bool = False
    italic: bool = False
    span: int = 1
    rowspan: int = 1
    fill: str | None = None  # hex "RRGGBB"

    @property
    def paragraphs(self) -> list[str]:
        paras = [self.text] if isinstance(self.text, str) else list(self.text)
        return [p for p in paras if p]


@dataclass
class Grid:
    """A table. Rows hold Cells, or None for a slot covered by a span from left or above."""

    rows: list[list[Cell | None]]
    widths: Sequence[float]
    header_rows: int = 1
    rules: str = "grid"  # grid | hlines | none
    header_fill: str | None = None
    size: float = 8.0
    split_in_row: bool = False  # PDF: a tall row may break over a page, as Word prints it


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Bullets:
    items: Sequence[str]


@dataclass
class Break:
    """A page break."""


Block = Heading | Para | Bullets | Break | Grid


@dataclass
class Page:
    """Page setup and the running text a published document prints on every page."""

    landscape: bool = False
    header: str = ""
    footer: str = ""
    page_numbers: bool = True
    html_chrome: dict[str, str] = field(default_factory=dict)
    title: str = "Action plan"


# --- PDF -------------------------------------------------------------------------


def _style(size: float, bold: bool = False, italic: bool = False) -> ParagraphStyle:
    font = "Vera-BoldItalic" if bold and italic else "Vera-Bold" if bold else "Vera"
    if italic and not bold:
        font = "Vera-Italic"
    return ParagraphStyle(
        "cell", fontName=font, fontSize=size, leading=size * 1.22, alignment=TA_LEFT
    )


def _pdf_cell(cell: Cell, size: float) -> list[Paragraph]:
    style = _style(size, cell.bold, cell.italic)
    out = [Paragraph(html.escape(p), style) for p in cell.paragraphs]
    bullet = ParagraphStyle(
        "bullet", parent=style, leftIndent=9, bulletIndent=0, bulletFontName="Vera"
    )
    out += [Paragraph(html.escape(b), bullet, bulletText="•") for b in cell.bullets]
    return out


def _check_fits(cell: Cell, room: float, size: float) -> None:
    """Refuse a cell with a word wider than its column: the PDF would break it mid-word."""
    font = "Vera-Bold" if cell.bold else "Vera"
    for text, indent in [(p, 6.0) for p in cell.paragraphs] + [(b, 15.0) for b in cell.bullets]:
        for word in text.split():
            if stringWidth(word, font, size) > room - indent:
                raise ValueError(f"word {word!r} does not fit its column ({room:.0f} pt)")


def _pdf_table(grid: Grid, width: float) -> Table:
    total = sum(grid.widths)
    widths = [width * w / total for w in grid.widths]
    data: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, row in enumerate(grid.rows):
        out_row: list[object] = []
        c = 0
        for cell in row:
            if cell is None:
                out_row.append("")
                c += 1
                continue
            _check_fits(cell, sum(widths[c : c + cell.span]), grid.size)
            out_row.append(_pdf_cell(cell, grid.size))
            if cell.span > 1 or cell.rowspan > 1:
                commands.append(("SPAN", (c, r), (c + cell.span - 1, r + cell.rowspan - 1)))
            fill = cell.fill or (grid.header_fill if r < grid.header_rows else None)
            if fill:
                commands.append(
                    (
                        "BACKGROUND",
                        (c, r),
                        (c + cell.span - 1, r + cell.rowspan - 1),
                        colors.HexColor("#" + fill),
                    )
                )
            c += 1
        data.append(out_row)
    if grid.rules == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif grid.rules == "hlines":
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey))
        commands.append(
            ("LINEBELOW", (0, grid.header_rows - 1), (-1, grid.header_rows - 1), 1.2, colors.black)
        )
    table = Table(
        data,
        colWidths=widths,
        repeatRows=grid.header_rows,
        splitByRow=0 if grid.split_in_row else 1,
        splitInRow=1 if grid.split_in_row else 0,
    )
    table.setStyle(TableStyle(commands))
    return table


def write_pdf(path: Path, blocks: Sequence[Block], page: Page) -> None:
    size = landscape(A4) if page.landscape else A4
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=page.title,
        author="",
        creator="",
        producer="",
        invariant=True,
    )

    def decorate(canvas: object, document: object) -> None:
        c = canvas  # reportlab canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont("Vera", 7)  # type: ignore[attr-defined]
        if page.header:
            c.drawString(15 * mm, size[1] - 11 * mm, page.header)  # type: ignore[attr-defined]
        footer = page.footer
        if page.page_numbers:
            number = f"Page {c.getPageNumber()}"  # type: ignore[attr-defined]
            footer = f"{footer}    {number}" if footer else number
        if footer:
            c.drawRightString(size[0] - 15 * mm, 9 * mm, footer)  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    width = size[0] - 30 * mm
    story: list[object] = []
    for block in blocks:
        if isinstance(block, Heading):
            story.append(Paragraph(html.escape(block.text), _style(15 - 2 * block.level, True)))
            story.append(Spacer(1, 4))
        elif isinstance(block, Para):
            story.append(Paragraph(html.escape(block.text), _style(9, block.bold, block.italic)))
            story.append(Spacer(1, 4))
        elif isinstance(block, Bullets):
            style = ParagraphStyle("b", parent=_style(9), leftIndent=12, bulletIndent=2)
            story.extend(Paragraph(html.escape(i), style, bulletText="•") for i in block.items)
            story.append(Spacer(1, 4))
        elif isinstance(block, Break):
            story.append(PageBreak())
        else:
            table = _pdf_table(block, width)
            story.append(KeepTogether([table]) if len(block.rows) <= 4 else table)
            story.append(Spacer(1, 8))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# --- DOCX ------------------------------------------------------------------------


def _shade(cell: object, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    trpr.append(flag)


def _docx_write(cell: object, spec: Cell) -> None:
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraphs = spec.paragraphs
    for i, text in enumerate(paragraphs):
        paragraph = first if i == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run(text)
        run.bold = spec.bold or None
        run.italic = spec.italic or None
    for j, item in enumerate(spec.bullets):
        if j == 0 and not paragraphs:
            first.style = "List Bullet"
            first.add_run(item)
        else:
            cell.add_paragraph(item, style="List Bullet")  # type: ignore[attr-defined]


def _docx_table(document: object, grid: Grid) -> None:
    width = len(grid.rows[0]) if grid.rows else 1
    table = document.add_table(rows=len(grid.rows), cols=width)  # type: ignore[attr-defined]
    if grid.rules != "none":
        table.style = "Table Grid"
    for r, row in enumerate(grid.rows):
        if r < grid.header_rows:
            _repeat_header(table.rows[r])
        for c, spec in enumerate(row):
            if spec is None:
                continue
            cell = table.cell(r, c)
            if spec.span > 1 or spec.rowspan > 1:
                cell = cell.merge(table.cell(r + spec.rowspan - 1, c + spec.span - 1))
            _docx_write(cell, spec)
            fill = spec.fill or (grid.header_fill if r < grid.header_rows else None)
            if fill:
                _shade(cell, fill)
            if r < grid.header_rows:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.bold = True
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(grid.size + 1)


def write_docx(path: Path, blocks: Sequence[Block], page: Page) -> None:
    document = docx.Document()
    section = document.sections[0]
    if page.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    if page.header:
        section.header.paragraphs[0].text = page.header
    if page.footer:
        section.footer.paragraphs[0].text = page.footer
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Para):
            run = document.add_paragraph().add_run(block.text)
            run.bold = block.bold or None
            run.italic = block.italic or None
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Break):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _docx_table(document, block)
            document.add_paragraph()
    props = document.core_properties
    props.author = props.last_modified_by = ""
    props.created = props.modified = datetime(2024, 1, 1)
    props.revision = 1
    document.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Give every zip entry the same timestamp, so a rebuilt document is byte-identical."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


# --- HTML ------------------------------------------------------------------------


def _html_cell(cell: Cell, tag: str) -> str:
    attrs = ""
    if cell.span > 1:
        attrs += f' colspan="{cell.span}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.fill:
        attrs += f' style="background-color:#{cell.fill}"'
    parts = [html.escape(p) for p in cell.paragraphs]
    if cell.bold:
        parts = [f"<strong>{p}</strong>" for p in parts]
    if cell.italic:
        parts = [f"<em>{p}</em>" for p in parts]
    body = "".join(f"<p>{p}</p>" for p in parts) if len(parts) > 1 else "".join(parts)
    if cell.bullets:
        items = "".join(f"<li>{html.escape(b)}</li>" for b in cell.bullets)
        body += f"<ul>{items}</ul>"
    return f"<{tag}{attrs}>{body}</{tag}>"


def html_table(grid: Grid, caption: str = "", css: str = "plan") -> str:
    head: list[str] = []
    body: list[str] = []
    for r, row in enumerate(grid.rows):
        tag = "th" if r < grid.header_rows else "td"
        cells = "".join(_html_cell(c, tag) for c in row if c is not None)
        (head if r < grid.header_rows else body).append(f"<tr>{cells}</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    thead = f"<thead>{''.join(head)}</thead>" if head else ""
    return f'<table class="{css}">{cap}{thead}<tbody>{"".join(body)}</tbody></table>'


def html_blocks(blocks: Sequence[Block]) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Heading):
            level = block.level + 1
            out.append(f"<h{level}>{html.escape(block.text)}</h{level}>")
        elif isinstance(block, Para):
            text = html.escape(block.text)
            if block.bold:
                text = f"<strong>{text}</strong>"
            if block.italic:
                text = f"<em>{text}</em>"
            out.append(f"<p>{text}</p>")
        elif isinstance(block, Bullets):
            out.append(
                "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block.items) + "</ul>"
            )
        elif isinstance(block, Break):
            continue
        else:
            out.append(html_table(block))
    return "\n".join(out)


def write_html(path: Path, body: str, page: Page) -> None:
    chrome = page.html_chrome
    text = (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{html.escape(page.title)}</title>"
        "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;"
        "vertical-align:top}</style></head><body>\n"
        f'{chrome.get("top", "")}\n<main id="content">\n{body}\n</main>\n'
        f"{chrome.get('bottom', '')}\n</body></html>\n"
    )
    path.write_text(text, encoding="utf-8")
