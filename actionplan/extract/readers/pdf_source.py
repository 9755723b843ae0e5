"""PDF pages read through PDFium, shaped like pdfplumber pages.

pdfminer parses a PDF in Python and was most of the time the tool spent on a
PDF; PDFium parses it in C. The readers keep pdfplumber's word extraction and
table finder, which only need the page's character, rectangle, line and curve
dicts, so this module builds those dicts from PDFium with pdfminer's geometry:

- a character's box runs from its origin over its advance width (PDFium's
  "loose" box) and, vertically, from the font's descent over the font size, as
  pdfminer draws it (PDFium's own boxes hug the glyph and would move words);
- characters come in content-stream order, as pdfminer gives them (PDFium sorts
  each line by x, which would regroup runs of one font);
- PDFium's own additions are dropped: generated spaces and line breaks, and the
  marker it puts in place of a hyphen ending a line (mapped back to "-");
- paths are split into lines, rectangles and curves by pdfminer's rules;
- a page with /Rotate is turned upright first, as pdfminer does.

Per character there are two foreign calls (owning text object, advance box);
the text comes in one call per page, and font, size, colour and baseline once
per text object. The hot calls go through private ctypes prototypes taking and
returning plain ints, so no pointer objects are made per character.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

from .pdf_words import extract_words

Obj = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]

# PDFium's stand-ins for a hyphen ending a line, as a str.translate table
_HYPHEN_MARKS = {0x02: "-", 0xFFFE: "-"}
_EPSILON = 1e-3
_ITALIC_FLAG = 1 << 6  # PDF font descriptor flags
_NAME_BUF = ctypes.create_string_buffer(512)
_REOPEN = 50  # pages read before a long document is reopened to free PDFium's caches
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _proto(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """The same C function with plain-int handles, to skip ctypes pointer objects."""
    address = ctypes.cast(fn, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_VP, _INT = ctypes.c_void_p, ctypes.c_int
_get_unicode = _proto(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _VP, _INT)
_get_object = _proto(pdfium_c.FPDFText_GetTextObject, _VP, _VP, _INT)
_loose_box = _proto(pdfium_c.FPDFText_GetLooseCharBox, _INT, _VP, _INT, _VP)
# once per text object
_DOUBLE_P = ctypes.POINTER(ctypes.c_double)
_UINT_P = ctypes.POINTER(ctypes.c_uint)
_char_matrix = _proto(pdfium_c.FPDFText_GetMatrix, _INT, _VP, _INT, _VP)
_char_origin = _proto(pdfium_c.FPDFText_GetCharOrigin, _INT, _VP, _INT, _DOUBLE_P, _DOUBLE_P)
_font_size = _proto(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _VP, _INT)
_ink_box = _proto(pdfium_c.FPDFText_GetCharBox, _INT, _VP, _INT, *[_DOUBLE_P] * 4)
_object_font = _proto(pdfium_c.FPDFTextObj_GetFont, _VP, _VP)
_fill_colour = _proto(
    pdfium_c.FPDFPageObj_GetFillColor, _INT, _VP, _UINT_P, _UINT_P, _UINT_P, _UINT_P
)


class _OutParams:
    """Out-parameters reused for every text object, to save allocating them each time."""

    def __init__(self) -> None:
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.addressof(self.matrix)
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_ref, self.y_ref = ctypes.pointer(self.x), ctypes.pointer(self.y)
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.rgba_refs = [ctypes.pointer(v) for v in self.rgba]
        self.box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        self.box_refs = [ctypes.pointer(v) for v in self.box]


_OUT = _OutParams()


def _mult(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as PDF matrices compose."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _display_matrix(rotation: int, box: tuple[float, float, float, float]) -> Matrix:
    """pdfminer's user-to-page matrix: the /Rotate turn and the MediaBox origin."""
    x0, y0, x1, y1 = box
    if rotation == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotation == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotation == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def _rgb(getter: Any, obj: Any) -> tuple[float, ...] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, r, g, b, a):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


class PdfiumPage(Container):
    """One page: pdfplumber's `chars`, `rects`, `lines`, `curves`, words and tables.

    Objects carry pdfplumber's keys; `doctop` is the page's own `top`, as the
    readers never measure across pages.
    """

    def __init__(self, page: pdfium.PdfPage, number: int) -> None:
        self.page_number = number
        self._page = page
        raw = page.raw
        self.rotation = pdfium_c.FPDFPage_GetRotation(raw) * 90 % 360
        media = page.get_mediabox()
        self._to_page = _display_matrix(self.rotation, media)
        x0, x1 = sorted((media[0], media[2]))
        y0, y1 = sorted((media[1], media[3]))
        if self.rotation in (90, 270):
            x0, y0, x1, y1 = y0, x0, y1, x1
        # pdfplumber's page box: the MediaBox turned and flipped, origin kept
        self.bbox = (x0, -y0, x1, y1 - 2 * y0)
        self.width, self.height = x1 - x0, y1 - y0
        self._x_shift = x0
        self._top_base = self.height - y0  # top = this - y in page space
        self._fonts: dict[int, _Font] = {}

    @property
    def objects(self) -> dict[str, list[Obj]]:
        if not hasattr(self, "_objects"):  # the name Container.flush_cache clears
            self._objects = self._read_objects()
        return self._objects

    def extract_words(self, extra_attrs: Sequence[str] = ()) -> list[Obj]:
        """pdfplumber's words with its default tolerances (see `pdf_words`)."""
        return extract_words(self.chars, extra_attrs)

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        page: Any = self  # TableFinder reads only edges, chars and bbox of its page
        return TableFinder(page, TableSettings.resolve(table_settings)).tables

    def close(self) -> None:
        self.flush_cache()
        self._page.close()

    # -- reading --------------------------------------------------------------

    def _read_objects(self) -> dict[str, list[Obj]]:
        try:
            return self._read_all()
        except pdfium.PdfiumError as e:
            raise _corrupt(e) from e

    def _read_all(self) -> dict[str, list[Obj]]:
        if self.rotation or self._to_page[4] or self._to_page[5]:
            self._turn_upright()
        order: dict[int, tuple[int, Matrix]] = {}
        shapes: dict[str, list[Obj]] = {"rect": [], "line": [], "curve": [], "image": []}
        self._walk(self._page.raw, _IDENTITY, order, shapes, is_form=False)
        chars = self._chars(order)
        return {"char": chars, **shapes}

    def _turn_upright(self) -> None:
        """Move every object into pdfminer's page space, so text reads left to right."""
        raw = self._page.raw
        m = pdfium_c.FS_MATRIX(*self._to_page)
        for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
            pdfium_c.FPDFPageObj_TransformF(pdfium_c.FPDFPage_GetObject(raw, i), m)
        pdfium_c.FPDFPage_SetRotation(raw, 0)

    def _walk(
        self,
        holder: Any,
        outer: Matrix,
        order: dict[int, tuple[int, Matrix]],
        shapes: dict[str, list[Obj]],
        *,
        is_form: bool,
    ) -> None:
        """Page objects in content order: text objects numbered, paths turned into shapes."""
        count = (
            pdfium_c.FPDFFormObj_CountObjects(holder)
            if is_form
            else pdfium_c.FPDFPage_CountObjects(holder)
        )
        for i in range(count):
            obj = (
                pdfium_c.FPDFFormObj_GetObject(holder, i)
                if is_form
                else pdfium_c.FPDFPage_GetObject(holder, i)
            )
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = (len(order), outer)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                self._path(obj, _mult(_matrix(obj), outer), shapes)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                self._walk(obj, _mult(_matrix(obj), outer), order, shapes, is_form=True)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                shapes["image"].append(self._image(obj))

    def _image(self, obj: Any) -> Obj:
        """An image's box, so a page that is only a scan can be told from a blank one."""
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        x0, y0 = left.value + self._x_shift, bottom.value
        x1, y1 = right.value + self._x_shift, top.value
        return {
            "object_type": "image",
            "x0": x0,
            "x1": x1,
            "y0": y0,
            "y1": y1,
            "top": self._top_base - y1,
            "bottom": self._top_base - y0,
            "width": x1 - x0,
            "height": y1 - y0,
            "page_number": self.page_number,
        }

    def _point(self, x: float, y: float) -> tuple[float, float]:
        return x + self._x_shift, self._top_base - y

    def _path(self, obj: Any, m: Matrix, shapes: dict[str, list[Obj]]) -> None:
        """pdfminer's reading of a painted path: each subpath a line, rectangle or curve."""
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        if not pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke):
            return
        fill, stroked = bool(fill_mode.value), bool(stroke.value)
        if not (fill or stroked):
            return
        style = {
            "fill": fill,
            "stroke": stroked,
            "evenodd": fill_mode.value == pdfium_c.FPDF_FILLMODE_ALTERNATE,
            "non_stroking_color": _rgb(pdfium_c.FPDFPageObj_GetFillColor, obj),
            "stroking_color": _rgb(pdfium_c.FPDFPageObj_GetStrokeColor, obj),
            "linewidth": _stroke_width(obj),
            "page_number": self.page_number,
        }
        for ops, pts in _subpaths(obj, m):
            shape = _classify(ops, pts)
            if shape:
                kind, points = shape
                shapes[kind].append(self._shape(kind, points, style))

    def _shape(self, kind: str, points: list[tuple[float, float]], style: Obj) -> Obj:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top = self._top_base - y1
        return {
            "object_type": kind,
            "x0": x0 + self._x_shift,
            "x1": x1 + self._x_shift,
            "y0": y0,
            "y1": y1,
            "top": top,
            "bottom": self._top_base - y0,
            "doctop": top,
            "width": x1 - x0,
            "height": y1 - y0,
            "pts": [self._point(x, y) for x, y in points],
            **style,
        }

    def _chars(self, order: dict[int, tuple[int, Matrix]]) -> list[Obj]:
        """Characters as pdfplumber dicts, in the content order of their text objects."""
        text_page = pdfium_c.FPDFText_LoadPage(self._page.raw)
        if not text_page:
            raise pdfium.PdfiumError("PDFium could not read the page's text")
        try:
            by_object = self._chars_by_object(text_page)
            for owner, (_, outer) in order.items():
                if owner not in by_object and (space := self._blank(text_page, owner, outer)):
                    by_object[owner] = [space]
        finally:
            pdfium_c.FPDFText_ClosePage(text_page)
        chars: list[Obj] = []
        last = len(order)  # Objects PDFium found outside the page's own list go last
        for owner in sorted(by_object, key=lambda o: order[o][0] if o in order else last):
            chars.extend(by_object[owner])
        return chars

    def _chars_by_object(self, text_page: Any) -> dict[int, list[Obj]]:
        """The hot loop: two foreign calls per character (three on a page with a
        line-end hyphen mark, whose text cannot come in one call), one dict copy.

        PDFium lists a text object's characters together, so its style is looked
        up once per run. A space with no advance is one PDFium inferred from a gap.
        """
        handle = ctypes.cast(text_page, ctypes.c_void_p).value or 0
        count = pdfium_c.FPDFText_CountChars(text_page)
        text = _page_text(text_page, count)
        by_object: dict[int, list[Obj]] = {}
        styles: dict[int, Obj | None] = {}
        box = pdfium_c.FS_RECTF()
        box_ref = ctypes.addressof(box)
        x_shift = self._x_shift
        current, style, level, run = 0, None, False, []
        prev: Obj | None = None
        for i in range(count):
            owner = _get_object(handle, i)
            if owner != current:
                current, prev = owner or 0, None
                if not owner:
                    style = None  # a line break PDFium made up
                    continue
                if owner not in styles:
                    styles[owner] = self._text_style(handle, i, owner)
                style = styles[owner]
                level = bool(style and style["level"])
                run = by_object.setdefault(owner, [])
            if style is None:
                continue
            ch = text[i] if text is not None else _char(_get_unicode(handle, i))
            char = style.copy()
            if level:
                _loose_box(handle, i, box_ref)
                x0, x1 = box.left + x_shift, box.right + x_shift
                if x1 - x0 < _EPSILON and ch == " ":
                    continue
                if ch == " " and prev is not None and prev["x0"] < x0 < prev["x1"]:
                    self._trim_overhang(handle, i - 1, prev, x0)
            else:
                x0, x1 = self._glyph_box(text_page, i, char)
            char["text"] = ch
            char["x0"] = x0
            char["x1"] = x1
            char["width"] = x1 - x0
            run.append(char)
            prev = char
        return {owner: chars for owner, chars in by_object.items() if chars}

    def _trim_overhang(self, handle: int, index: int, char: Obj, next_x0: float) -> None:
        """End a word's last character where the space after it starts, if its box ends at its ink.

        PDFium's box covers a glyph's advance and its ink; pdfminer's is the
        advance alone. Where the ink reaches past the advance (bold "a", italics)
        the wider box would narrow the gap to the next word. Inside a word the
        difference changes nothing, so only a character overlapping the space
        after it costs this extra call for its ink box.
        """
        _ink_box(handle, index, *_OUT.box_refs)
        if _OUT.box[1].value + self._x_shift >= char["x1"] - _EPSILON:
            char["x1"] = next_x0
            char["width"] = next_x0 - char["x0"]

    def _blank(self, text_page: Any, owner: int, outer: Matrix) -> Obj | None:
        """A space for a text object with no ink (spaces alone), which PDFium leaves out.

        pdfminer keeps such spaces, and a space ends a word even where the next
        character is close enough to join it.
        """
        obj = ctypes.cast(owner, pdfium_c.FPDF_PAGEOBJECT)
        left, bottom, right, top_edge = (ctypes.c_float() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top_edge):
            return None
        if right.value - left.value >= _EPSILON:
            return None  # it has ink: PDFium left it out as a repeat (overprinted bold)
        a, b, c, d, e, f = _mult(_matrix(obj), outer)
        if not (a * d > 0 and abs(b) < _EPSILON):
            return None
        font_size = ctypes.c_float()
        pdfium_c.FPDFTextObj_GetFontSize(obj, font_size)
        font = self._font(_object_font(owner))
        x0 = e + self._x_shift
        space = self._style(font, font_size.value, (a, b, c, d, e, f), True, None)
        space.update(text=" ", x0=x0, x1=x0, width=0.0)
        return space

    def _glyph_box(self, text_page: Any, index: int, char: Obj) -> tuple[float, float]:
        """Turned text: PDFium's glyph box, as its advance box only holds for level text."""
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        pdfium_c.FPDFText_GetCharBox(text_page, index, left, right, bottom, top)
        char["top"] = char["doctop"] = self._top_base - top.value
        char["bottom"] = self._top_base - bottom.value
        char["height"] = top.value - bottom.value
        return left.value + self._x_shift, right.value + self._x_shift

    def _text_style(self, handle: int, index: int, owner: int) -> Obj | None:
        """What every character of one text object shares: font, size, colour, line."""
        out = _OUT
        if not _char_matrix(handle, index, out.matrix_ref):
            return None
        _char_origin(handle, index, out.x_ref, out.y_ref)
        m = out.matrix
        font = self._font(_object_font(owner))
        font_size = _font_size(handle, index)
        colour = None
        if _fill_colour(owner, *out.rgba_refs):
            colour = (out.rgba[0].value / 255, out.rgba[1].value / 255, out.rgba[2].value / 255)
        matrix = (m.a, m.b, m.c, m.d, out.x.value, out.y.value)
        return self._style(font, font_size, matrix, False, colour)

    def _style(
        self,
        font: _Font,
        font_size: float,
        matrix: Matrix,
        blank: bool,
        colour: tuple[float, ...] | None,
    ) -> Obj:
        """pdfminer's box height for a run: the font's descent to the font size above it."""
        a, b, c, d, _, y = matrix
        # pdfminer's "upright"; "level" text also runs along x (slanted is fine)
        upright = a * d > 0 and b * c <= 0
        level = upright and abs(b) < _EPSILON
        if level or blank:
            bottom_y = y + font.descent * font_size * d
            top_y = bottom_y + font_size * d
        else:
            span = font_size * math.hypot(c, d)
            bottom_y, top_y = y - span / 2, y + span / 2
        top = self._top_base - top_y
        return {
            "object_type": "char",
            "page_number": self.page_number,
            "fontname": font.name,
            "size": top_y - bottom_y,
            "upright": upright,
            "level": level,
            "top": top,
            "bottom": self._top_base - bottom_y,
            "doctop": top,
            "height": top_y - bottom_y,
            "matrix": matrix,
            "non_stroking_color": colour,
            "bold": font.bold,
            "italic": font.italic,
        }

    def _font(self, key: int | None) -> _Font:
        """Name, weight, slant and descent of a font, read once per page."""
        key = key or 0
        if key not in self._fonts:
            handle = ctypes.cast(key, pdfium_c.FPDF_FONT)
            self._fonts[key] = _Font.read(handle) if key else _Font("", False, False, 0.0)
        return self._fonts[key]


@dataclass(frozen=True, slots=True)
class _Font:
    name: str
    bold: bool
    italic: bool
    descent: float  # per unit of size, negative, as pdfminer takes it

    @classmethod
    def read(cls, font: Any) -> _Font:
        from .pdf_text import is_bold

        n = pdfium_c.FPDFFont_GetBaseFontName(font, _NAME_BUF, len(_NAME_BUF))
        name = _NAME_BUF.raw[: max(n - 1, 0)].decode("utf-8", "replace")
        descent = ctypes.c_float()
        if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), descent):
            descent.value = 0.0
        return cls(
            name,
            pdfium_c.FPDFFont_GetWeight(font) >= 600 or is_bold(name),
            bool(pdfium_c.FPDFFont_GetFlags(font) & _ITALIC_FLAG),
            -abs(descent.value) / 1000.0,
        )


def _char(code: int) -> str:
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # half of a pair PDFium splits: not worth rejoining
    return _HYPHEN_MARKS.get(code) or chr(code)


def _page_text(text_page: Any, count: int) -> str | None:
    """All characters in one call, when PDFium's text runs one to one with its characters.

    PDFium leaves control characters (its line-end hyphen marks) out of the text,
    which shifts the indices; such pages are read a character at a time.
    """
    if not count:
        return ""
    buf = ctypes.create_string_buffer((count + 1) * 2)
    got = pdfium_c.FPDFText_GetText(
        text_page, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
    )
    if got - 1 != count:
        return None
    text = buf.raw[: count * 2].decode("utf-16-le", "surrogatepass")
    if any("\ud800" <= c <= "\udfff" for c in text):
        return None
    return text.translate(_HYPHEN_MARKS)


def _matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _stroke_width(obj: Any) -> float:
    width = ctypes.c_float()
    return float(width.value) if pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width) else 0.0


def _subpaths(obj: Any, m: Matrix) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    """Each subpath as pdfminer's operator string ("mlllh") and its end points."""
    ops: list[str] = []
    pts: list[tuple[float, float]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    pending_curve = 0
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        point = _apply(m, x.value, y.value)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if ops:
                yield "".join(ops), pts
            ops, pts, pending_curve = ["m"], [point], 0
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            pending_curve += 1
            if pending_curve == 3:  # two control points, then the end point
                ops.append("c")
                pts.append(point)
                pending_curve = 0
        else:
            ops.append("l")
            pts.append(point)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and ops:
            ops.append("h")
            pts.append(pts[0])
    if ops:
        yield "".join(ops), pts


def _classify(shape: str, pts: list[tuple[float, float]]) -> tuple[str, list[Any]] | None:
    """pdfminer's rules: one segment is a line, a closed axis-aligned quad a rect."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts = [*pts[:-2], pts[-1]]
    if shape in ("mlh", "ml"):
        return "line", pts[:2]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if pts[0] == pts[4] and square:
            return "rect", pts
        return "curve", pts
    if shape[:1] == "m" and len(pts) > 1:
        return "curve", pts
    return None


class PdfiumDocument:
    """The pages of one PDF as `PdfiumPage`s, each loaded when asked for.

    PDFium keeps every object it has parsed (fonts, content streams) until the
    document closes, so a long document is reopened every `_REOPEN` pages when
    read in order: memory stays flat however many pages there are.
    """

    def __init__(self, pdf: pdfium.PdfDocument, path: Path | None = None) -> None:
        self._pdf = pdf
        self._path = path
        self.pages = _Pages(self)

    def page(self, index: int) -> PdfiumPage:
        try:
            return PdfiumPage(self._pdf[index], index + 1)
        except pdfium.PdfiumError as e:
            raise _corrupt(e) from e

    def reopen(self) -> None:
        if self._path is not None:
            self._pdf.close()
            self._pdf = pdfium.PdfDocument(str(self._path))

    def __len__(self) -> int:
        return len(self._pdf)

    def close(self) -> None:
        self._pdf.close()


class _Pages:
    """pdfplumber's `pdf.pages`: a sized sequence; iterating it reads pages in order."""

    def __init__(self, doc: PdfiumDocument) -> None:
        self._doc = doc

    def __len__(self) -> int:
        return len(self._doc)

    def __getitem__(self, index: int) -> PdfiumPage:
        return self._doc.page(index)

    def __iter__(self) -> Iterator[PdfiumPage]:
        for i in range(len(self._doc)):
            if i and i % _REOPEN == 0:
                self._doc.reopen()
            yield self._doc.page(i)


def _corrupt(e: BaseException) -> Exception:
    from .pdf_reader import PdfError

    return PdfError(f"truncated or corrupt PDF: {str(e).strip()[:120]}")


@contextmanager
def open_pages(path: Path) -> Iterator[Any]:
    """A PDF's pages through PDFium; a damaged file goes to pdfminer, which says what is wrong.

    PDFium quietly rebuilds a broken cross-reference table, and a truncated file
    would then read as a shorter document; pdfminer reports it as corrupt.
    """
    from .pdf_reader import PdfError, open_pdf, sniff

    sniff(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise PdfError("encrypted PDF") from e
        raise _corrupt(e) from e
    if not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw):
        pdf.close()
        with open_pdf(path) as fallback:
            yield fallback
        return
    doc = PdfiumDocument(pdf, path)
    try:
        if len(doc.pages) == 0:
            raise PdfError("truncated or corrupt PDF: no pages")
        yield doc
    finally:
        doc.close()
