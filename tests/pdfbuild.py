"""Tiny reportlab canvas helpers so tests can draw exactly the PDF layout they need.

Platypus would reflow and split tables its own way; tests about page breaks,
merged cells and fills need to place every rule, fill and word themselves.
Coordinates are pdfplumber's: x from the left, `top` from the top of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

Run = tuple[str, str, float, float]  # text, font, size, rise (points above the baseline)
PAD = 4.0
LEADING = 12.0
SIZE = 9.0


# Embedded TrueType fonts (shipped with reportlab) get a ToUnicode map, so bullets and
# symbols read back as Unicode, as in PDFs exported by word processors.
_FONTS = Path(reportlab.__file__).parent / "fonts"
registerFont(TTFont("Vera", str(_FONTS / "Vera.ttf")))
registerFont(TTFont("Vera-Bold", str(_FONTS / "VeraBd.ttf")))
SYMBOL_TTF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
if SYMBOL_TTF.exists():
    registerFont(TTFont("DejaVuSans", str(SYMBOL_TTF)))


def run(text: str, bold: bool = False, size: float = SIZE, rise: float = 0.0) -> Run:
    return (text, "Vera-Bold" if bold else "Vera", size, rise)


def symbol(text: str) -> Run:
    """A run in a font that has ★ ✔ ● ▲ (only when DejaVu Sans is installed)."""
    return (text, "DejaVuSans", SIZE, 0.0)


@dataclass
class Spec:
    """A cell: its lines (each a list of runs), grid span, row span and fill (r, g, b)."""

    lines: list[list[Run]] = field(default_factory=list)
    span: int = 1
    rowspan: int = 1
    fill: tuple[float, float, float] | None = None


def text(*lines: str, bold: bool = False) -> Spec:
    return Spec([[run(s, bold)] for s in lines])


class Doc:
    """A canvas with page-size bookkeeping and top-based drawing helpers."""

    def __init__(self, path: Path, size: tuple[float, float] = (595.0, 842.0), **kw: object):
        self.path = path
        self.width, self.height = size
        self.canvas = Canvas(str(path), pagesize=size, **kw)

    def line(self, x: float, top: float, runs: list[Run]) -> None:
        c = self.canvas
        for s, font, size, rise in runs:
            c.setFont(font, size)
            c.drawString(x, self.height - top - size + rise, s)
            x += stringWidth(s, font, size)

    def text(self, x: float, top: float, s: str, *, bold: bool = False, size: float = SIZE) -> None:
        self.line(x, top, [run(s, bold, size)])

    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        heights: list[float],
        rows: list[list[Spec | None]],
    ) -> None:
        """Draw a ruled table; None marks a grid slot covered by a merged cell."""
        c = self.canvas
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top]
        for h in heights:
            ys.append(ys[-1] + h)
        for r, row in enumerate(rows):
            col = 0
            for spec in row:
                if spec is None:
                    col += 1
                    continue
                x0, x1 = xs[col], xs[col + spec.span]
                y0, y1 = ys[r], ys[r + spec.rowspan]
                if spec.fill is not None:
                    c.setFillColorRGB(*spec.fill)
                    c.rect(x0, self.height - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                c.setLineWidth(0.5)
                c.rect(x0, self.height - y1, x1 - x0, y1 - y0, stroke=1, fill=0)
                for i, ln in enumerate(spec.lines):
                    self.line(x0 + PAD, y0 + PAD + i * LEADING, ln)
                col += spec.span

    def rect(
        self,
        box: tuple[float, float, float, float],
        fill: tuple[float, float, float] | None = None,
        stroke: bool = False,
    ) -> None:
        """A bare rectangle (x0, top, x1, bottom): shading or a border drawn as a shape."""
        c = self.canvas
        x0, top, x1, bottom = box
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.setLineWidth(0.5)
        c.rect(
            x0,
            self.height - bottom,
            x1 - x0,
            bottom - top,
            stroke=int(stroke),
            fill=int(fill is not None),
        )
        c.setFillColorRGB(0, 0, 0)

    def page(self) -> None:
        self.canvas.showPage()

    def save(self) -> Path:
        self.canvas.save()
        return self.path
