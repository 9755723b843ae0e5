"""The reader's word grouping gives pdfplumber's `extract_words`, word for word and key for key.

pdfplumber's own function is the reference: on every page of the seed PDFs, on a
plan built with a turned page, superscripts and hyphenated words, and on
characters written here for the cases a page seldom shows (ligatures, an empty
text, turned text, one run spread over lines, a character starting left of the
one before it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdfplumber.utils.text import extract_words as plumber_words

from actionplan.extract.readers.pdf_source import open_pages
from actionplan.extract.readers.pdf_words import extract_words
from tests.conftest import shared_file
from tests.test_page_sources import _built_plan

ATTRS = ["fontname", "size", "non_stroking_color"]


def _assert_same_words(chars: list[dict[str, Any]]) -> None:
    for attrs in (ATTRS, []):
        ours = extract_words(chars, attrs)
        theirs = plumber_words(chars, extra_attrs=attrs)
        assert ours == theirs
        assert [list(w) for w in ours] == [list(w) for w in theirs]  # keys in the same order


def _every_page(path: Path) -> None:
    with open_pages(path) as pdf:
        for page in pdf.pages:
            try:
                _assert_same_words(page.chars)
            finally:
                page.close()


def test_same_words_as_pdfplumber_on_the_seed_pdfs() -> None:
    pdfs = sorted(shared_file("pdf").glob("*.pdf"))
    assert pdfs
    for path in pdfs:
        _every_page(path)


def test_same_words_as_pdfplumber_on_a_built_plan(tmp_path: Path) -> None:
    _every_page(_built_plan(tmp_path / "plan.pdf"))


def _char(text: str, x0: float, top: float, *, upright: bool = True, **kw: Any) -> dict[str, Any]:
    char = {
        "text": text,
        "x0": x0,
        "x1": x0 + 5.0,
        "top": top,
        "bottom": top + 10.0,
        "doctop": top + 800.0,
        "upright": upright,
        "fontname": "Helvetica",
        "size": 10.0,
        "non_stroking_color": (0.0,),
    }
    return char | kw


@pytest.mark.parametrize(
    "chars",
    [
        [_char("o", 10, 100), _char("\ufb01", 15, 100), _char("x", 20, 100)],  # "oﬁx"
        [_char("a", 10, 100), _char("", 15, 100), _char("b", 20, 100)],
        [_char("a", 10, 100), _char(" ", 15, 100), _char("b", 20, 100)],
        [_char("a", 30, 100), _char("b", 20, 100.5), _char("c", 40, 104.5)],
        [_char("a", 10, 100), _char("b", 15, 102), _char("c", 20, 106), _char("d", 26, 140)],
        [_char("a", 10, 100), _char("b", 19, 100), _char("c", 23, 100, fontname="Bold")],
        [_char("u", 10, 100, upright=False), _char("p", 10, 105, upright=False)],
        [_char("l", 10, 100, doctop=0.5), _char("m", 13, 99.0, x1=30.0, bottom=112.0)],
    ],
)
def test_same_words_as_pdfplumber_on_rare_characters(chars: list[dict[str, Any]]) -> None:
    _assert_same_words(chars)
