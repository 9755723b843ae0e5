"""Statuses: words, RAG letters, legend symbols, fill colours and free-text notes.

Plans state progress in many ways: a status column ("Underway", "Not yet due"),
a RAG/BRAG colour or letter, a symbol explained by the document's own key, a
status word opening the progress note ("May 2011 - Achieved."), or only a
free-text update. Everything maps onto the five `StatusValue`s.

RAG rule: Red = off_track, Amber = off_track, Green = in_progress, Blue =
completed. The schema has no "at risk" value and UK RAG Amber means some
slippage or risk to the deadline, so it is counted as off track; a document's
own legend overrides these defaults, for words and letters as for fills.

A blank status cell in a plan with a status column or key is `unknown`: only a
status stated elsewhere (a status word opening the note, "Complete" in the date
column) may fill it, never one guessed from a free-text comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from actionplan.normalizers.colours import colour_name
from actionplan.schemas.models import Status, StatusValue

__all__ = [
    "Legend",
    "classify_status",
    "legend_agreement",
    "resolve_status",
    "split_rag_note",
    "status_from_note",
]

C, P, OFF, N, U = (
    StatusValue.COMPLETED,
    StatusValue.IN_PROGRESS,
    StatusValue.OFF_TRACK,
    StatusValue.NOT_STARTED,
    StatusValue.UNKNOWN,
)

_PHRASES: dict[str, StatusValue] = {
    # completed
    "completed": C, "complete": C, "achieved": C, "fully achieved": C, "done": C,
    "closed": C, "finished": C, "delivered": C, "implemented": C, "fully implemented": C,
    "met": C, "fully met": C, "signed off": C, "embedded": C, "completed and embedded": C,
    "action completed": C, "action complete": C, "achieved and embedded": C,
    # in progress
    "underway": P, "under way": P, "ongoing": P, "on going": P, "on track": P,
    "in progress": P, "on course": P, "progressing": P, "in hand": P, "started": P, "commenced": P,
    "partially achieved": P, "partially complete": P, "partially completed": P,
    "partly achieved": P, "being implemented": P, "on target": P, "on schedule": P,
    "work in progress": P, "wip": P, "green": P, "amber green": P, "green amber": P,
    # off track
    "not achieved": OFF, "slipped": OFF, "slipping": OFF, "delayed": OFF, "overdue": OFF,
    "not on track": OFF, "off track": OFF, "behind": OFF, "behind schedule": OFF, "at risk": OFF,
    "not on course": OFF, "off course": OFF,
    "behind plan": OFF, "behind target": OFF, "behind timescale": OFF,
    "not met": OFF, "not done": OFF, "not completed": OFF, "not complete": OFF,
    "incomplete": OFF, "red": OFF, "amber": OFF, "red amber": OFF, "amber red": OFF,
    "revised timescale": OFF, "timescale revised": OFF,
    "deferred": OFF, "past due": OFF, "late": OFF, "not on target": OFF, "escalated": OFF,
    # closed without being done: completed, with a warning (see _CLOSED_UNDONE)
    "superseded": C, "withdrawn": C, "merged": C, "no longer required": C,
    # not started
    "not started": N, "not yet started": N, "not yet due": N, "not due": N, "not due yet": N,
    "planned": N, "scheduled": N, "future": N, "future action": N, "yet to start": N,
    "not commenced": N, "not yet commenced": N, "pending": N, "to start": N,
    # unknown
    "evidence not yet reported": U, "not reported": U, "not yet reported": U,
    "no update": U, "no update received": U, "update awaited": U, "awaiting update": U,
    "no evidence": U, "no evidence yet": U, "unknown": U, "not known": U,
    "no progress reported": U,
}  # fmt: skip
"""Status phrases as councils print them, already folded (lower case, no punctuation)."""

_RAG: dict[str, StatusValue] = {"r": OFF, "a": OFF, "g": P, "b": C, "red": OFF, "amber": OFF,
                                "green": P, "blue": C, "ra": OFF, "ag": P}  # fmt: skip
"""RAG/BRAG letters and colour words; letters are only ever matched exactly."""

_COLOUR_DEFAULTS: dict[str, StatusValue] = {"red": OFF, "amber": OFF, "green": P, "blue": C}
"""Fill colours when the document gives no key for them."""

_RAG_COLOURS = {"r": "red", "a": "amber", "g": "green", "b": "blue"}
"""The colour a RAG letter or word stands for, so a document's key can say what it means."""

_RAG_WITH_NOTE = re.compile(
    r"^\W*(?P<rag>red|amber|green|blue|[RAGB])\b[ \t]*(?:\n|[-\u2010-\u2015:;,.(])\s*"
    r"(?P<note>\w.*)$",
    re.I | re.S,
)
"""A RAG letter or colour word, then a note: on the next line, or after a dash or colon."""

_CLOSED_UNDONE = re.compile(
    r"(?<!\w)(?:superseded|merged|withdrawn|replaced|no\s+longer\s+required|subsumed)\b", re.I
)
"""Words saying an action was closed without being done; it counts as completed, with a
warning naming the word."""

_GLYPHS = re.compile(r"^[\u25a0-\u25ff\u2b24\u2b1b\u2b1c\u2605\u2606\u26ab\u26aa\u2022]+$")
"""Shapes (●, ■, ▲, ◆, ★, •) whose meaning is their colour when no word says it."""

_FUZZY_KEYS = [k for k in _PHRASES if len(k) > 3]
_NEGATION = re.compile(r"\b(?:not|no|non|yet|un)\b")
_PUNCT = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^<>]*>")  # [^<>]: linear on a line of unclosed "<"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_PREFIX = re.compile(
    rf"^\W*(?:(?:update|progress|status)\s*(?:as\s+at|at|for)?\s*)?"
    rf"(?:\d{{1,2}}\s*(?:st|nd|rd|th)?\s*(?:of\s+)?)?{_MONTH}\s*(?:\d{{4}}|\d{{2}}\b)?"
    r"(?:\s*update)?\s*[-:,.]?\s*"
    r"|^\W*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*[-:,.]?\s*",
    re.I,
)
_LEAD_PHRASES = sorted(_PHRASES, key=len, reverse=True)
_LEAD = re.compile(
    r"^\W*(?P<word>"
    + "|".join(re.escape(p).replace(r"\ ", r"[\s\-]*") for p in _LEAD_PHRASES if len(p) > 3)
    + r")\b(?=\s*(?:$|[.,;:!\-\u2010-\u2015(\[]|(?-i:[A-Z0-9])))",
    re.I,
)
"""A status phrase opening a text and ending there: at the end, at punctuation, or before
a capital ("Completed Update June 12", a bold run followed by the note). "Late referrals"
and "Future monitoring" open sentences, not statuses."""
_OFF_TRACK_CUES = re.compile(
    r"\brevised\s+(?:time\s*scale|deadline|date|target|completion)|\b(?:time\s*scale|deadline"
    r"|target\s+date|completion\s+date)s?\s+(?:has\s+been\s+|have\s+been\s+|was\s+)?(?:revised"
    r"|extended|moved|put\s+back|changed)|\b(?:time\s*scale|deadline)s?\s+(?:\w+\s+){0,2}"
    r"(?:to\s+be|be)\s+(?:reviewed|revised|extended)|\blikely\s+now\s+to\s+be\b"
    r"|\bnow\s+(?:expected|likely|anticipated|due)\b|\bslipp(?:ed|age|ing)\b|\bdelayed\b"
    r"|\bbehind\s+(?:schedule|plan|target|time\s*scale)s?\b|\bnot\s+(?:yet\s+)?(?:been\s+)?achieved\b|\boverdue\b"
    r"|\bnot\s+on\s+(?:track|course)\b|\boff\s+(?:track|course)\b|\bmissed\b",
    re.I,
)
_NOT_STARTED_CUES = re.compile(
    r"\bno\s+(?:action|work)s?\s+(?:yet\s+)?(?:complete|completed|taken|started|undertaken)\b"
    r"|\bplanned\s+for\b|\bto\s+be\s+(?:determined|confirmed|decided|agreed|arranged)\b"
    r"|\bnot\s+(?:yet\s+)?(?:started|commenced|begun)\b|\byet\s+to\s+(?:start|commence|begin)\b"
    r"|\bwill\s+(?:start|commence|begin)\b|\bnot\s+yet\s+due\b|\bscheduled\s+for\b",
    re.I,
)
_LEGEND_CUES: tuple[tuple[re.Pattern[str], StatusValue], ...] = (
    (_OFF_TRACK_CUES, OFF),
    (re.compile(r"\bat\s+risk\b|\bsupport\s+required\b|\bred\b|\bamber\b", re.I), OFF),
    (_NOT_STARTED_CUES, N),
    (re.compile(r"\bin\s+progress\b|\bon\s+track\b|\bunder\s*way\b|\bon-?\s?going\b", re.I), P),
    (re.compile(r"\bcomplet(?:e|ed)\b|\bachieved\b|\bdone\b|\bclosed\b", re.I), C),
    (re.compile(r"\bnot\s+reported\b|\bno\s+update\b|\bunknown\b", re.I), U),
)
"""Cues in a legend's description, most telling first ("in progress and on track to be
completed" is in progress; "not on track but no support required" is off track)."""


def _fold(text: str) -> str:
    """Lower case, tags and punctuation gone, single spaces: the lookup form."""
    text = _TAG.sub(" ", text).replace("&", " and ").lower()
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


@lru_cache(maxsize=16384)
def classify_status(text: str | None) -> StatusValue | None:
    """A status cell's word, phrase or RAG letter as a `StatusValue`; None if not a status.

    Misspellings are fuzzy-matched, but tokens of three letters or fewer only
    exactly, so "R" is red but "Re" is nothing.
    """
    if not text:
        return None
    folded = _fold(text)
    if not folded:
        return None
    if folded in _RAG:
        return _RAG[folded]
    if folded in _PHRASES:
        return _PHRASES[folded]
    undated = _fold(_DATE_PREFIX.sub("", _TAG.sub(" ", text), count=1))
    if undated in _PHRASES:
        return _PHRASES[undated]
    share = _SHARE_DONE.match(text)
    if share:
        return _share_value(int(share["share"]))
    qualified = _qualified(text)
    if qualified is not None:
        return qualified
    lead = _LEAD.match(_DATE_PREFIX.sub("", _TAG.sub(" ", text), count=1))
    if lead:
        return _PHRASES[_fold(lead["word"])]
    if len(folded) <= 3 or len(folded) > 30:
        return None
    best = process.extractOne(folded, _FUZZY_KEYS, scorer=fuzz.ratio, score_cutoff=85)
    if best is None:
        return None
    # "not done" must never fuzzily become "done", nor "done" become "not done"
    if bool(_NEGATION.search(folded)) != bool(_NEGATION.search(best[0])):
        return None
    return _PHRASES[best[0]]


_SHARE_DONE = re.compile(r"^\s*(?P<share>\d{1,3})\s*%\s*(?:complete[d]?|done)?\s*$", re.I)
"""A "% complete" cell: the share of the action done."""

_QUALIFIER = re.compile(
    r"^(?P<head>.+?)(?:\s+[-\u2013\u2014]\s+|\s*[:;(]\s*)(?P<tail>[^()]+?)\)?\s*$"
)
"""A status word, then a qualifier after a spaced dash, colon or bracket."""


def _share_value(percent: int) -> StatusValue:
    """None of the action done has not started; all of it is complete; any share between
    is under way."""
    if percent == 0:
        return N
    return C if percent >= 100 else P


def _qualified(text: str) -> StatusValue | None:
    """ "Blue – completed", "In progress – behind schedule": a status word and its
    qualifier. A qualifier saying the work is off track wins over the word before it."""
    match = _QUALIFIER.match(" ".join(text.split()))
    head = classify_status(match["head"]) if match else None
    if match is None or head is None:
        return None
    return OFF if classify_status(match["tail"]) is OFF else head


@lru_cache(maxsize=16384)
def _read_note(text: str) -> tuple[StatusValue, str, bool] | None:
    """(value, words it rests on, whether the status was stated rather than inferred)."""
    clean = _SPACE.sub(" ", _TAG.sub(" ", text)).strip()
    if not any(ch.isalpha() for ch in clean):
        return None
    undated = _DATE_PREFIX.sub("", clean, count=1)
    closed = _CLOSED_UNDONE.match(undated)
    if closed:  # "Superseded by 4.1": closed, however the sentence goes on
        return C, closed[0], True
    lead = _LEAD.match(undated)
    if lead:
        word = lead["word"].strip()
        return _PHRASES[_fold(word)], word, True
    if _OFF_TRACK_CUES.search(clean):
        return OFF, clean, False
    if _NOT_STARTED_CUES.search(clean):
        return N, clean, False
    return P, clean, False


def status_from_note(text: str | None) -> tuple[StatusValue, str] | None:
    """The status a free-text progress note states or implies, with the words it rests on.

    A status word opening the note (after an optional "May 2011 -" date) is
    taken as stated and returned alone; otherwise the whole note is read for
    cues: a revised or slipped timescale is off track, work planned or still to
    be determined has not started, and any other update is work in progress.
    """
    if not text:
        return None
    found = _read_note(text)
    return None if found is None else (found[0], found[1])


def _meaning(text: str) -> StatusValue | None:
    """What a legend entry's description means."""
    value = classify_status(text)
    if value is not None:
        return value
    for pattern, cue_value in _LEGEND_CUES:
        if pattern.search(text):
            return cue_value
    return None


@dataclass(frozen=True)
class Legend:
    """A document's own key: a symbol ("★") or fill ("fill:red") and what it means."""

    entries: dict[str, StatusValue] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> Legend:
        """Build from (symbol or "fill:<colour>", meaning text) pairs; unreadable ones dropped."""
        values: dict[str, StatusValue] = {}
        descriptions: dict[str, str] = {}
        for key, meaning in entries:
            norm = _legend_key(key)
            value = _meaning(meaning or "")
            if norm and value is not None:
                values[norm] = value
                descriptions[norm] = meaning
        return cls(values, descriptions)

    def lookup(self, key: str) -> StatusValue | None:
        """The meaning of a symbol or "fill:<colour>"; default RAG meanings for fills."""
        norm = _legend_key(key)
        if not norm:
            return None
        if norm in self.entries:
            return self.entries[norm]
        folded = norm.casefold()
        for entry, value in self.entries.items():
            if entry.casefold() == folded:
                return value
        if norm.startswith("fill:") and not any(k.startswith("fill:") for k in self.entries):
            return _COLOUR_DEFAULTS.get(norm[5:])
        return None

    def __bool__(self) -> bool:
        return bool(self.entries)


def _legend_key(key: str) -> str:
    """Symbols stripped of space; fills as "fill:<colour name>" whatever their notation.

    An underlined blank ("<u> </u>") is how converters write a "_" glyph.
    """
    raw = key or ""
    key = _TAG.sub("", raw).strip()
    if not key and "<u>" in raw.lower():
        return "_"
    if key.lower().startswith("fill:"):
        name = colour_name(key[5:].strip())
        return f"fill:{name}" if name else ""
    return key


# --------------------------------------------------------------------------- combining


@dataclass(frozen=True, slots=True)
class _Reading:
    source: str
    raw: str
    value: StatusValue
    explicit: bool = True


def split_rag_note(cell: str | None) -> tuple[str, str | None]:
    """ "G" then "Awaiting sign-off" on the next line -> ("G", "Awaiting sign-off").

    A status cell holding a RAG letter or colour word and a note keeps the
    letter as its status; the note belongs with the progress. Any other cell
    comes back whole, with no note.
    """
    text = (cell or "").strip()
    match = _RAG_WITH_NOTE.match(text)
    if not match or _fold(text) in _PHRASES:
        return text, None
    note = " ".join(match["note"].split())
    if note.endswith(")") and "(" not in note:  # "Amber (recruitment under way)"
        note = note[:-1].rstrip()
    if classify_status(note) is not None:  # "Green – on track": the status in words
        return text, None
    return match["rag"], note


def _rag_value(word: str, legend: Legend | None) -> StatusValue:
    """A RAG letter or word through the document's key for its colour, else by default."""
    colour = _RAG_COLOURS.get(word[:1]) if len(word) == 1 or word in _COLOUR_DEFAULTS else None
    if colour and legend:
        keyed = legend.lookup(f"fill:{colour}")
        if keyed is not None:
            return keyed
    return _RAG[word]


def _colour_reading(source: str, colour: str | None, legend: Legend | None) -> _Reading | None:
    """A fill, or the colour of a glyph itself, read through the key or by default."""
    name = colour_name(colour) if colour else None
    if not name:
        return None
    key = f"fill:{name}"
    value = legend.lookup(key) if legend else _COLOUR_DEFAULTS.get(name)
    return _Reading(source, key, value) if value is not None else None


def _readings(
    cell: str | None,
    fill: str | None,
    ink: str | None,
    legend: Legend | None,
    note: str | None,
    date_hint: StatusValue | None,
) -> list[_Reading]:
    """Every source's reading, strongest first.

    The order is: words in the status cell; the cell's symbol read through the
    document's legend; the cell's colour; the colour of a bare glyph; RAG words
    or letters in the cell; status words opening the progress note; inference
    from the note's free text. A document whose legend symbols contradict its
    notes (symbols are the first thing a conversion mangles) should be given no
    legend: the caller checks that with `legend_agreement`.
    """
    found: list[_Reading] = []
    text, _ = split_rag_note(cell)
    folded = _fold(text)
    if text and folded not in _RAG:
        value = classify_status(text)
        if value is not None:
            found.append(_Reading("cell", text, value))
    if text and legend:
        value = legend.lookup(text)
        if value is not None:
            found.append(_Reading("legend", text, value))
    colour = _colour_reading("colour", fill, legend)
    if colour is not None:
        found.append(colour)
    if text and ink and _GLYPHS.match(text):
        glyph = _colour_reading("glyph", ink, legend)
        if glyph is not None:
            found.append(glyph)
    if text and folded in _RAG:
        found.append(_Reading("rag", text, _rag_value(folded, legend)))
    from_note = _read_note(note) if note else None
    if from_note is not None:
        found.append(_Reading("note", from_note[1], from_note[0], explicit=from_note[2]))
    if date_hint is not None:
        found.append(_Reading("date", date_hint.value, date_hint))
    return found


def legend_agreement(pairs: Iterable[tuple[str, str]], legend: Legend) -> float | None:
    """Share of (status symbol, progress note) pairs where the legend and the note's
    opening status words agree; None when no pair has both readings."""
    both = 0
    agree = 0
    for symbol, note in pairs:
        by_legend = legend.lookup(symbol.strip()) if symbol.strip() else None
        by_note = _read_note(note) if note else None
        if by_legend is None or by_note is None or not by_note[2]:
            continue
        both += 1
        agree += by_legend is by_note[0]
    return agree / both if both else None


def resolve_status(
    cell: str | None,
    *,
    has_status_column: bool,
    has_progress_column: bool = False,
    fill: str | None = None,
    ink: str | None = None,
    legend: Legend | None = None,
    note: str | None = None,
    date_hint: StatusValue | None = None,
) -> Status | None:
    """One status for a row from every source that speaks, disagreements kept.

    `has_status_column` says the plan states statuses (a status column or a
    key): then a blank status cell is never filled by a guess from the note's
    free text. In such a plan, or one with a progress column, a row with
    nothing readable is `unknown`; otherwise it has no status (None). `ink` is
    the colour of the cell's text, which names the status of a bare glyph
    ("●"). An explicit "unknown" ("Evidence not yet reported") gives way to any
    other explicit reading.
    """
    readings = _readings(cell, fill, ink, legend, note, date_hint)
    if has_status_column and not (cell or "").strip() and not fill:
        readings = [r for r in readings if r.explicit]
    if not readings:
        if has_status_column or has_progress_column:
            raw = (cell or "").strip() or None
            unread = [f"status {raw!r} not recognised"] if raw else []
            return Status(raw=raw, value=StatusValue.UNKNOWN, source="cell", warnings=unread)
        return None
    chosen = readings[0]
    if chosen.value is StatusValue.UNKNOWN:
        informed = [r for r in readings if r.explicit and r.value is not StatusValue.UNKNOWN]
        if informed:
            chosen = informed[0]
    alternatives: list[str] = []
    warnings: list[str] = []
    closure = _CLOSED_UNDONE.search(chosen.raw)
    if chosen.value is StatusValue.COMPLETED and closure:
        warnings.append(
            f"status {chosen.raw[:60]!r} counted as completed: the action was "
            f"{closure[0].lower()}, not done"
        )
    for reading in readings:
        if reading is chosen or reading.value is chosen.value:
            continue
        if reading.raw not in alternatives:
            alternatives.append(reading.raw)
            warnings.append(
                f"status from {reading.source} {reading.raw[:60]!r} ({reading.value.value}) "
                f"disagrees with {chosen.source} ({chosen.value.value})"
            )
    return Status(
        raw=chosen.raw,
        value=chosen.value,
        source=chosen.source,
        alternatives=alternatives,
        warnings=warnings,
    )
