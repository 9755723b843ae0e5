"""HTML reader: a saved web page or HTML export to a `Grid` of table rows and lines.

Councils publish plans as web pages, and downloads named .pdf are sometimes
HTML pages; both arrive here. Page chrome (scripts, styles, navigation, page
header and footer) is dropped; `colspan` becomes a cell's span and `rowspan`
leaves blank cells in the rows it covers (the engine reads those as "same as
above"). A page with no tables is still a Grid: deciding that it holds no plan
is the engine's call. Parsed with lxml through BeautifulSoup because real pages
leave cells unclosed and only an HTML-aware tree builder repairs them the way
browsers do. Items of an <ol> get the number a browser draws in front of them
("1.", "b.", "iv."), since plans number their areas and actions that way and
the engine reads refs from the start of a cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from bs4.element import NavigableString

from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import Block, Cell, Grid, Line
from actionplan.extract.readers.cell_text import (
    Run,
    fill_name,
    list_number,
    mark_colour,
    paragraph_lines,
    render,
    table_rows,
)
from actionplan.extract.readers.spans import cap_spans

_SKIP = {
    "script", "style", "nav", "header", "footer", "noscript", "template", "head",
    "svg", "iframe", "object", "select", "button",
}  # fmt: skip
_BLOCK = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "aside",
    "blockquote", "pre", "address", "figure", "figcaption", "hr", "caption", "fieldset",
    "details", "summary", "form", "center", "table", "tbody", "thead", "tfoot", "tr", "td",
    "th", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "legend",
}  # fmt: skip
_BOLD_TAGS = {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_HEADING = re.compile(r"^h([1-6])$")
_SPACE = re.compile(r"[ \t\r\n\f]+")
_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.I)
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.I)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
# <ol type> and CSS list-style-type as list_number's styles; None draws no number
_OL_TYPES = {
    "1": "decimal",
    "a": "lowerLetter",
    "A": "upperLetter",
    "i": "lowerRoman",
    "I": "upperRoman",
}
_CSS_TYPES: dict[str, str | None] = {
    "decimal": "decimal", "decimal-leading-zero": "decimalZero",
    "lower-alpha": "lowerLetter", "lower-latin": "lowerLetter",
    "upper-alpha": "upperLetter", "upper-latin": "upperLetter",
    "lower-roman": "lowerRoman", "upper-roman": "upperRoman",
    "none": None, "disc": None, "circle": None, "square": None,
}  # fmt: skip
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([^;]+)", re.I)
_INTEGER = re.compile(r"^\s*([+-]?\d{1,9})")


class HtmlError(ReaderError):
    """The file is not a readable HTML page."""


def read_html(path: Path) -> Grid:
    """Read an HTML file (any name); encoding from its BOM or meta charset."""
    raw = path.read_bytes()
    if not raw.strip():
        raise HtmlError("empty file")
    return parse_html(raw)


def parse_html(markup: str | bytes) -> Grid:
    try:
        soup = BeautifulSoup(markup, "lxml")
    except (ValueError, TypeError) as exc:  # pragma: no cover - lxml repairs nearly anything
        raise HtmlError(f"unreadable HTML: {exc}") from exc
    reader = _Reader()
    reader.walk(soup, bold=False, pre=False)
    reader.flush()
    alts = [str(img.get("alt") or "").strip() for img in soup.find_all("img")]
    return Grid(blocks=reader.blocks, pages=None, image_texts=[a for a in alts if a])


@dataclass
class _Flow:
    """Runs gathered into paragraphs; each block element boundary closes a paragraph."""

    paragraphs: list[list[Run]] = field(default_factory=list)
    current: list[Run] = field(default_factory=list)
    marker: Run | None = None  # a list item's number, waiting for the item's first text

    def add(self, run: Run) -> None:
        if self.marker is not None and run.text.strip():
            self.current.append(self.marker)
            self.marker = None
        self.current.append(run)

    def mark(self, number: str | None, bold: bool) -> None:
        """Open a list item; `number` goes in front of its text, if it has any."""
        if number is None:
            return
        if self.marker is not None:  # an item opening with a nested list: "1. a. text"
            number = f"{self.marker.text}{number}"
            bold = self.marker.bold and bold
        self.marker = Run(f"{number} ", bold)

    def unmark(self) -> None:
        """Close a list item; an empty item shows no bare number."""
        self.marker = None

    def close(self) -> None:
        if self.current:
            self.paragraphs.append(self.current)
            self.current = []

    def take(self) -> list[list[Run]]:
        self.close()
        out, self.paragraphs = self.paragraphs, []
        return out


def _visible(tag: Tag) -> bool:
    if tag.name in _SKIP or tag.has_attr("hidden"):
        return False
    return not _HIDDEN.search(str(tag.get("style") or ""))


def _bold(tag: Tag, inherited: bool) -> bool:
    weight = _WEIGHT.search(str(tag.get("style") or ""))
    if weight:
        value = weight.group(1).lower()
        if value in {"bold", "bolder"}:
            return True
        if value.isdigit():
            return int(value) >= 600
        return False if value in {"normal", "lighter"} else inherited
    return inherited or tag.name in _BOLD_TAGS


def _list_style(tag: Tag) -> tuple[bool, str | None]:
    """Whether `tag` sets a list style, and list_number's style for it (None: no number)."""
    css = _LIST_STYLE.search(str(tag.get("style") or ""))
    if css:
        for word in css.group(1).lower().split():
            if word in _CSS_TYPES:
                return True, _CSS_TYPES[word]
    kind = str(tag.get("type") or "").strip()
    if kind in _OL_TYPES:
        return True, _OL_TYPES[kind]
    return False, None


def _integer(tag: Tag, attr: str) -> int | None:
    match = _INTEGER.match(str(tag.get(attr) or ""))
    return int(match.group(1)) if match else None


def _number(li: Tag) -> str | None:
    """The marker a browser draws for an <li>: "3." in an <ol>, None in a <ul> or elsewhere.

    Counts the item's visible <li> siblings, as browsers do, honouring the
    list's start, reversed and type, and the items' value and type.
    """
    ol = li.parent
    if not isinstance(ol, Tag) or ol.name != "ol":
        return None
    items = [c for c in ol.children if isinstance(c, Tag) and c.name == "li" and _visible(c)]
    step = -1 if ol.has_attr("reversed") else 1
    start = _integer(ol, "start")
    value = (start if start is not None else (len(items) if step < 0 else 1)) - step
    for item in items:
        own = _integer(item, "value")
        value = own if own is not None else value + step
        if item is li:
            break
    else:
        return None
    styled, style = _list_style(li)
    if not styled:
        styled, style = _list_style(ol)
    style = style if styled else "decimal"
    return f"{list_number(value, style)}." if style else None


def _inline(
    node: Tag, flow: _Flow, bold: bool, pre: bool, sup: bool = False, colour: str | None = None
) -> None:
    """Add a node's text to `flow`; nested tables and block elements close paragraphs."""
    for child in node.children:
        if isinstance(child, Tag):
            if not _visible(child):
                continue
            name = child.name
            if name == "br":
                flow.add(Run("\n"))
                continue
            block = name in _BLOCK
            if block:
                flow.close()
            if name == "li":
                flow.mark(_number(child), _bold(child, bold))
            _inline(
                child,
                flow,
                _bold(child, bold),
                pre or name == "pre",
                sup or name == "sup",
                _colour(child) or colour,
            )
            if name == "li":
                flow.unmark()
            if block:
                flow.close()
        elif isinstance(child, NavigableString) and not isinstance(child, _NOT_TEXT):
            text = str(child) if pre else _SPACE.sub(" ", str(child))
            if text:
                flow.add(Run(text, bold, sup, colour))


def _colour(tag: Tag) -> str | None:
    """The text colour a tag sets (CSS `color`, or a <font color>), as written."""
    match = _COLOUR.search(str(tag.get("style") or ""))
    if match:
        return match.group(1).strip()
    return str(tag.get("color") or "") or None


def _fill(tag: Tag) -> str | None:
    match = _BACKGROUND.search(str(tag.get("style") or ""))
    if match:
        return fill_name(match.group(1))
    return fill_name(str(tag.get("bgcolor") or "")) if tag.has_attr("bgcolor") else None


def _span(tag: Tag, attr: str) -> int:
    raw = str(tag.get(attr) or "").strip()
    digits = re.match(r"\d+", raw)
    return int(digits.group()) if digits else 1


def _in_tfoot(tr: Tag) -> bool:
    return tr.parent is not None and tr.parent.name == "tfoot"


def _own(table: Tag, *names: str) -> Iterator[Tag]:
    """Direct children of `table` with the given names, looking through row groups."""
    for child in table.children:
        if not isinstance(child, Tag) or not _visible(child):
            continue
        if child.name in names:
            yield child
        elif child.name in {"thead", "tbody", "tfoot"} and child.name not in names:
            yield from _own(child, *names)


@dataclass
class _Covered:
    """A cell merged down over rows below: how many rows still, its span and fill."""

    rows: int
    span: int
    fill: str | None


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.flow = _Flow()
        self.table = 0
        self.rows = 0

    def flush(self) -> None:
        for paragraph in self.flow.take():
            self.blocks.extend(Line(text, bold=bold) for text, bold in paragraph_lines(paragraph))

    def walk(self, node: Tag, bold: bool, pre: bool) -> None:
        """Body text to Lines, headings to heading Lines, tables to Rows, in reading order."""
        for child in node.children:
            if isinstance(child, Tag):
                if not _visible(child):
                    continue
                name = child.name
                if name == "br":
                    self.flow.add(Run("\n"))
                    continue
                heading = _HEADING.match(name)
                if heading:
                    self.heading(child, int(heading.group(1)))
                elif name == "table":
                    self.table_block(child)
                elif name in _BLOCK:
                    self.flush()
                    if name == "li":
                        self.flow.mark(_number(child), _bold(child, bold))
                    self.walk(child, _bold(child, bold), pre or name == "pre")
                    self.flush()
                    if name == "li":
                        self.flow.unmark()
                else:
                    self.inline_or_walk(child, bold, pre)
            elif isinstance(child, NavigableString) and not isinstance(child, _NOT_TEXT):
                text = str(child) if pre else _SPACE.sub(" ", str(child))
                if text:
                    self.flow.add(Run(text, bold))

    def inline_or_walk(self, tag: Tag, bold: bool, pre: bool) -> None:
        """Inline markup joins the paragraph, unless it wraps tables or blocks (bad HTML)."""
        if tag.find(list(_BLOCK)) is not None:
            self.walk(tag, _bold(tag, bold), pre)
        else:
            _inline(tag, self.flow, _bold(tag, bold), pre, tag.name == "sup")

    def heading(self, tag: Tag, level: int) -> None:
        self.flush()
        marker = self.flow.marker  # a heading opening a list item: "1. Title"
        flow = _Flow(marker=Run(marker.text, True) if marker else None)
        self.flow.unmark()
        _inline(tag, flow, True, False)
        lines = [ln for p in flow.take() for ln in paragraph_lines(p)]
        if lines:
            text = " ".join(t for t, _ in lines)
            self.blocks.append(Line(text, heading=level, bold=all(b for _, b in lines)))

    def table_block(self, table: Tag) -> None:
        self.flush()
        for caption in _own(table, "caption"):
            # a caption titles the table (often "Recommendation 1 ..."): text above its rows
            self.walk(caption, _bold(caption, False), False)
            self.flush()
        own = list(_own(table, "tr"))
        trs = [tr for tr in own if not _in_tfoot(tr)]
        trs += [tr for tr in own if _in_tfoot(tr)]
        rows = cap_spans(self._grid(trs))
        width = max((sum(c.span for c in cells) for cells in rows), default=0)
        if width == 1 and table.find("table") is not None:
            # a one-column box around other tables is page layout, not a table of the plan
            for tr in trs:
                for td in _own(tr, "td", "th"):
                    self.walk(td, _bold(td, False), False)
                    self.flush()
            return
        self.table += 1
        self.blocks.extend(table_rows(rows, width, self.table, self.rows + 1))
        self.rows += len(rows)

    def _grid(self, trs: list[Tag]) -> list[list[Cell]]:
        """Cells of each row, with blank cells where a rowspan from above covers a column."""
        covered: dict[int, _Covered] = {}
        out: list[list[Cell]] = []
        for index, tr in enumerate(trs):
            row_fill = _fill(tr)
            cells: list[Cell] = []
            added: dict[int, _Covered] = {}
            col = 0

            for td in _own(tr, "td", "th"):
                col = _cover(col, covered, cells)
                span = max(_span(td, "colspan"), 1)
                down = _span(td, "rowspan")
                down = len(trs) - index if down == 0 else down
                fill = _fill(td) or row_fill
                flow = _Flow()
                _inline(td, flow, _bold(td, False), False, colour=_colour(td))
                paragraphs = flow.take()
                content = render(paragraphs)
                fill = fill or mark_colour(paragraphs)
                cells.append(
                    Cell(content.text, content.bold_lead, fill, span=span, bulleted=_bulleted(td))
                )
                if down > 1:
                    added[col] = _Covered(down - 1, span, fill)
                col += span
            for start in sorted(k for k in covered if k >= col):
                if start > col:
                    cells.append(Cell("", span=start - col))
                col = _cover(start, covered, cells)
            out.append(cells)
            covered = {k: _Covered(v.rows - 1, v.span, v.fill) for k, v in covered.items()}
            covered = {k: v for k, v in covered.items() if v.rows > 0} | added
        return out


def _bulleted(td: Tag) -> bool:
    """A cell holding nothing but one <ul> of two or more items."""
    content = [c for c in td.children if isinstance(c, Tag) or str(c).strip()]
    if len(content) != 1 or not isinstance(content[0], Tag) or content[0].name != "ul":
        return False
    return sum(1 for _ in _own(content[0], "li")) >= 2


def _cover(col: int, covered: dict[int, _Covered], cells: list[Cell]) -> int:
    """Blank cells for the columns from `col` that rowspans above cover; the next free column."""
    while col in covered:
        above = covered[col]
        cells.append(Cell("", fill=above.fill, span=above.span, merged_down=True))
        col += above.span
    return col
