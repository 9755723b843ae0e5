"""Which council a document is about, as a place name that pairs plans with reports.

Councils name themselves in a few fixed shapes around the place: before it
("London Borough of X", "Royal Borough of X", "City of X Council") or after
it ("X Borough Council", "X Metropolitan Borough Council", "X Council",
"X Children's Services", "X local authority", a title block reading just
"X Borough"). Each shape
is found by its fixed words; the place is then read word by word away from
them, taking capitalised words and the joining words of place names ("and",
"upon", "on") and stopping at words no place name uses ("Plan", "Services").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"^[A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*)*$")
"""A capitalised word, hyphenated parts allowed (Southend-on-Sea); not CiC or LSCB."""
_JOINERS = {"and", "upon", "on", "under", "in", "le", "of", "&"}
_NOT_PLACE = {
    word.lower()
    for word in (  # noqa: SIM905 - a word list reads best as text
        "Council Borough County City District Metropolitan Royal London Authority Local "
        "Children Children's Childrens Services Service Social Care Education Health "
        "Safeguarding Ofsted Inspection Inspections Action Actions Plan Plans Improvement "
        "Report Reports Update Progress Review Appendix Annex Response Partnership Board "
        "Executive Cabinet Committee Scrutiny Department Directorate Quality Commission "
        "Joint Area Agency Multi Looked After Young People Family Families Draft Final "
        "Version The This Our Full Youth Parish Town School Schools Of And For To A An Logo"
    ).split()
}
_MAX_WORDS = 6
_PUNCTUATION = ",;:.()\"'"

_BEFORE_PLACE = re.compile(r"\b(?:(?:London|Royal|Metropolitan)\s+)?Borough\s+of\s+|\bCity\s+of\s+")
_AFTER_PLACE = re.compile(
    r"\s+(?:(?:Metropolitan\s+)?(?:Borough|County|City|District)\s+)?Council\b"
    r"|\s+Children(?:'|’)?s\s+Services\b"
    r"|\s+local\s+authority\b"
)
_TITLE_BLOCK = re.compile(r"\s+(?:Borough|County|City)\s*$")


def authorities(text: str) -> list[str]:
    """The council place names the text states, normalised, each once."""
    return list(dict.fromkeys(_mentions(text)))


def _mentions(text: str) -> Iterator[str]:
    flat = " ".join(text.split())
    if flat.isupper():
        flat = flat.title().replace("'S ", "'s ").replace("’S ", "’s ")
    for match in _BEFORE_PLACE.finditer(flat):
        place = _place(flat[match.end() :].split(), forwards=True)
        if place:
            yield place
    for match in _AFTER_PLACE.finditer(flat):
        place = _place(flat[: match.start()].split(), forwards=False)
        if place:
            yield place
    block = _TITLE_BLOCK.search(flat)
    if block and block.start() > 0:
        words = flat[: block.start()].split()
        place = _place(words, forwards=False)
        if place and len(place.split()) == len(words):  # the whole line is "X Borough"
            yield place


def _place(words: list[str], *, forwards: bool) -> str | None:
    """The place name that starts (forwards) or ends (backwards) the given words.

    Punctuation ends a place: "Plan: X Council" stops before "Plan:", and
    "Borough of X: Plan" stops after "X".
    """
    ordered = words if forwards else words[::-1]
    taken: list[str] = []
    for word in ordered[:_MAX_WORDS]:
        bare = word.strip(_PUNCTUATION)
        ends_clause = word.rstrip(_PUNCTUATION) != word.rstrip("(\"'")
        if not forwards and ends_clause:
            break
        joiner = bare.lower() in _JOINERS
        acronym = len(bare) > 1 and bare.isupper()  # NHS, LSCB: bodies, not places
        if (not joiner and bare.lower() in _NOT_PLACE) or not (_WORD.match(bare) or joiner):
            break
        if acronym:
            break
        taken.append(bare)
        if forwards and ends_clause:
            break
    ordered_place = taken if forwards else taken[::-1]
    while ordered_place and ordered_place[0].lower() in _JOINERS:
        ordered_place.pop(0)
    while ordered_place and ordered_place[-1].lower() in _JOINERS:
        ordered_place.pop()
    return normalise(" ".join(ordered_place)) if ordered_place else None


def join_broken_names(lines: list[str]) -> list[str]:
    """Title lines broken inside a name ("London Borough of Barking and" / "Dagenham") or a
    sentence (a next line starting in lower case) joined, as large type breaks them."""
    joined: list[str] = []
    for line in (text.strip() for text in lines):
        last = joined[-1].split()[-1:] if joined else []
        if last and (last[0].lower() in _JOINERS or line[:1].islower()):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


class AuthorityTally:
    """Counts a document's council mentions and names the one it is about.

    Spellings that differ only in hyphens or case count as one name. "A and B
    Council" also counts half a mention of "B": "NHS South Essex and Southend
    Borough Council" names two bodies, while "Barking and Dagenham" stays whole
    unless the document also names "Dagenham" alone.
    """

    def __init__(self) -> None:
        self._counts: dict[str, float] = {}
        self._spelling: dict[str, str] = {}

    def add(self, text: str) -> None:
        for name in authorities(text):
            self._count(name, 1.0)
            if " and " in name:
                self._count(name.rsplit(" and ", 1)[1], 0.5)

    def _count(self, name: str, weight: float) -> None:
        key = name.lower().replace("-", " ")
        self._spelling.setdefault(key, name)
        self._counts[key] = self._counts.get(key, 0.0) + weight

    def best(self) -> str | None:
        if not self._counts:
            return None
        return self._spelling[max(self._counts, key=self._counts.__getitem__)]


def normalise(place: str) -> str:
    """One spelling per council: "&" as "and", single spaces, joining words in lower case."""
    words = place.replace("&", "and").split()
    return " ".join(w.lower() if w.lower() in _JOINERS and i else w for i, w in enumerate(words))


_MARKUP = re.compile(r"<[^>]+>|\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_LABEL_ONLY = re.compile(r"^(?:appendix|annex|annexe|item|agenda item)\s+[\w.]+$", re.I)


def plain_title(lines: list[str]) -> str | None:
    """The document's title: its first line that is more than a label ("Appendix 1"),
    without markdown or HTML, joined with the lines a bold run carries it over."""
    for index, line in enumerate(lines):
        text = _plain(line)
        if not text or _LABEL_ONLY.match(text):
            continue
        if line.strip().startswith("**") and line.count("**") % 2:  # bold runs on
            for following in lines[index + 1 : index + 4]:
                text = f"{text} {_plain(following)}".strip()
                if following.count("**") % 2:
                    break
        return text
    return None


def _plain(text: str) -> str:
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    return " ".join(_MARKUP.sub("", text).split())
