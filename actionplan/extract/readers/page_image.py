"""A scanned page image made ready to read: straightened, and its ruling lines found.

Scanners tilt pages by a degree or so, which breaks both Tesseract's line
finding and ruled-table detection, so the page is turned upright first: the
angle (within `MAX_SKEW`) that makes the rows of dark pixels sharpest is the
page's tilt. Ruling lines are long, thin runs of dark pixels, found with numpy
run lengths (a light stand-in for image morphology); they are reported in page
points as pdfplumber reports a born-digital PDF's drawn edges, and painted out
of the image given to OCR, whose word finding they would otherwise disturb.
OCR is given the page as black ink on white (Otsu's threshold), which removes
light scanner noise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

MAX_SKEW = 2.0  # degrees of tilt corrected
_SKEW_STEP = 0.1  # degrees between the angles tried
_SKEW_WIDTH = 600  # pixels: the image width the tilt is measured on
_MIN_RULE = 0.25  # inches: a ruling line is at least this long
_MIN_PIECE = 0.15  # inches: runs this long may be pieces of a ruling line
_GAP = 0.2  # inches: pieces in line with gaps up to this join (a tilt breaks thin rules)
_MAX_THICK = 0.03  # inches: a ruling line is at most this thick
_RULE_LENIENCY = 0.2  # share of the way from Otsu's threshold to white still ink for rules
_FILLED = 0.9  # share of ink in a gap between two rules that makes it a filled area
_SOLID = 0.6  # share of a line's span that is ink: more for a rule than for joined letters
_JOIN = 3  # pixels: runs on rows this close may be one line


@dataclass(slots=True)
class Rule:
    """A ruling line in pixels: horizontal when `horizontal`, at `at` from `start` to `end`."""

    horizontal: bool
    at: float
    start: int
    end: int
    thickness: int


def to_grey(image: Image.Image) -> Image.Image:
    return image if image.mode == "L" else image.convert("L")


def otsu_threshold(grey: Image.Image) -> int:
    """The grey level that best splits ink from paper (Otsu), robust to light scanner noise."""
    pixels = np.asarray(grey, dtype=np.uint8)
    counts = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = counts.sum()
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(counts)
    mass = np.cumsum(counts * levels)
    background = total - weight
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight / total - mass) ** 2 / (weight * background)
    return int(np.nanargmax(between[:-1]))


def dark_mask(grey: Image.Image, threshold: int | None = None) -> np.ndarray:
    """Ink pixels: those at or below `threshold` (Otsu's when not given)."""
    level = otsu_threshold(grey) if threshold is None else threshold
    return np.asarray(grey, dtype=np.uint8) <= level


def rule_mask(grey: Image.Image) -> np.ndarray:
    """Ink for finding ruling lines: hairlines that a tilt has blurred lighter count too,
    light cell shading (a header row's grey) does not."""
    level = otsu_threshold(grey)
    return dark_mask(grey, level + round(_RULE_LENIENCY * (255 - level)))


def ink_image(ink: np.ndarray) -> Image.Image:
    """Black ink on white paper: Tesseract reads small print (refs like "1.1") far better
    from this than from a noisy grey scan it binarises itself."""
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))


def skew_angle(grey: Image.Image) -> float:
    """The tilt in degrees (counter-clockwise positive) that `straighten` undoes."""
    scale = min(1.0, _SKEW_WIDTH / grey.width)
    small = grey.resize((max(1, int(grey.width * scale)), max(1, int(grey.height * scale))))
    ink = Image.fromarray((dark_mask(small) * 255).astype(np.uint8))
    best, best_score = 0.0, -1.0
    steps = round(MAX_SKEW / _SKEW_STEP)
    for i in range(-steps, steps + 1):
        angle = i * _SKEW_STEP
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.BILINEAR), dtype=np.float64)
        profile = rows.sum(axis=1)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


def straighten(grey: Image.Image) -> tuple[Image.Image, float]:
    """The page turned upright, and the angle it was turned by."""
    angle = skew_angle(grey)
    if angle == 0.0:
        return grey, 0.0
    return grey.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255), angle


def ruling_lines(ink: np.ndarray, dpi: float) -> list[Rule]:
    """Long thin dark runs, across and down, each joined with its neighbours into one line.

    Only ink thinner than `_MAX_THICK` across the line counts: thicker ink is a
    filled area (shading, a coloured status cell, a picture), of which only the
    edges count, as pdfplumber takes a filled rectangle's edges for rules.
    """
    piece, gap = max(int(_MIN_PIECE * dpi), 6), max(int(_GAP * dpi), _JOIN)
    min_len, max_thick = max(int(_MIN_RULE * dpi), 8), max(int(_MAX_THICK * dpi), 3)
    found = []
    thin_down = _extent(ink) <= max_thick
    across = _extent(ink.T).T
    thin_across = across <= max_thick
    filled = ink & ~thin_down & ~thin_across
    for horizontal, mask, thin in (
        (True, ink, (ink & thin_down) | _border(filled, axis=0)),
        (False, ink.T, ((ink & thin_across) | _border(filled, axis=1)).T),
    ):
        rules = []
        for first, last, start, end, ink_length in _join(_runs(thin, piece), gap):
            thick = last - first + 1
            solid = ink_length >= _SOLID * (end - start) * max(1.0, thick / 2)
            if end - start >= min_len and thick <= max_thick and solid:
                rules.append(Rule(horizontal, (first + last) / 2, start, end, thick))
        found.extend(_bridged(rules, mask))
    return found


def _border(filled: np.ndarray, axis: int) -> np.ndarray:
    """The edge pixels of filled areas facing along `axis` (0: top and bottom, 1: sides).

    A rule drawn against a filled cell is lost in the fill; the fill's edge is where it was.
    """
    before = np.zeros_like(filled)
    after = np.zeros_like(filled)
    if axis == 0:
        before[1:], after[:-1] = filled[:-1], filled[1:]
    else:
        before[:, 1:], after[:, :-1] = filled[:, :-1], filled[:, 1:]
    return filled & ~(before & after)


def _bridged(rules: list[Rule], mask: np.ndarray) -> list[Rule]:
    """Rules in line on both sides of a filled area joined through it, as the page drew them."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (round(r.at), r.start)):
        last = out[-1] if out else None
        if last is not None and abs(last.at - rule.at) <= _JOIN and rule.start > last.end:
            between = mask[round(rule.at), last.end : rule.start]
            if between.size and between.mean() >= _FILLED:
                last.end = max(last.end, rule.end)
                continue
        out.append(rule)
    return out


def _extent(ink: np.ndarray) -> np.ndarray:
    """For each ink pixel, the length of the run of ink down its column that holds it.

    A rule is thin across its length; where it runs into a filled cell (a dark
    status column) the fill is thick, so only the rule's own pixels are kept.
    """
    columns = ink.T
    starts = columns.copy()
    starts[:, 1:] &= ~columns[:, :-1]
    ids = np.cumsum(starts.ravel()) * columns.ravel()
    lengths = np.bincount(ids)
    lengths[0] = 0
    return lengths[ids].reshape(columns.shape).T


def _runs(ink: np.ndarray, min_len: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every run of ink at least `min_len` long, row by row."""
    padded = np.zeros((ink.shape[0], ink.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    change = np.diff(padded, axis=1)
    starts = np.argwhere(change == 1)
    ends = np.argwhere(change == -1)
    lengths = ends[:, 1] - starts[:, 1]
    keep = lengths >= min_len
    return [
        (int(r), int(s), int(e)) for (r, s), e in zip(starts[keep], ends[keep][:, 1], strict=True)
    ]


def _join(runs: list[tuple[int, int, int]], gap: int) -> list[list[int]]:
    """Runs on neighbouring rows that overlap or abut become one line, however many pieces
    a slight tilt broke it into: [first row, last row, start, end, ink length].
    """
    open_lines: list[list[int]] = []
    done: list[list[int]] = []
    for row, start, end in sorted(runs):
        done.extend(ln for ln in open_lines if row - ln[1] > _JOIN)
        open_lines = [ln for ln in open_lines if row - ln[1] <= _JOIN]
        touching = [ln for ln in open_lines if start <= ln[3] + gap and end >= ln[2] - gap]
        merged = [
            min([row, *(ln[0] for ln in touching)]),
            row,
            min([start, *(ln[2] for ln in touching)]),
            max([end, *(ln[3] for ln in touching)]),
            end - start + sum(ln[4] for ln in touching),
        ]
        open_lines = [ln for ln in open_lines if ln not in touching] + [merged]
    done.extend(open_lines)
    return done


def erase(grey: Image.Image, rules: list[Rule]) -> Image.Image:
    """A copy of the page with the ruling lines painted white."""
    pixels = np.array(grey, dtype=np.uint8)
    for rule in rules:
        half = rule.thickness // 2 + 2
        lo, hi = int(rule.at) - half, int(rule.at) + half + 1
        if rule.horizontal:
            pixels[max(lo, 0) : hi, rule.start : rule.end] = 255
        else:
            pixels[rule.start : rule.end, max(lo, 0) : hi] = 255
    return Image.fromarray(pixels)
