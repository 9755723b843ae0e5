"""A run's plans as linked tables for researchers: documents, areas, actions, people.

Keys are built from what identifies a record, not from run order, so the same
document keeps its ids when other files join the run:

- ``doc_id``: the document's output name + the first 8 hex digits of its sha256
  (a new version of a plan is a new document);
- ``area_id``: ``doc_id`` + section index + area index (``<doc_id>:s1:a2``);
- ``action_id``: ``area_id`` + action index (``<doc_id>:s1:a2:3``);
- ``person_id``: a hash of the person's name (or, for a role or initials, which
  only mean someone within one document, of the role and the document).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actionplan.normalizers.people import PeopleIndex
from actionplan.schemas import Action, ActionPlan, Area, Person, PlanWarning, Section, Span
from actionplan.writers import ACTION_COLUMNS, action_row, nulled

KEY_COLUMNS = ["action_id", "area_id", "doc_id"]
"""Appended after writers.ACTION_COLUMNS, whose order is a published contract."""


Positioned = tuple[int, int, int, Section, Area, Action]
"""An action with its 1-based (section, area, action) indexes, its section and area."""


@dataclass
class Document:
    """One successful input of the run: its output name and plan.

    A plan read back from its JSON (`read_document`) keeps its actions as JSON in
    `pending` (per section, per area) while `plan` holds the rest, and each action
    is validated as it is reached: a long plan is never whole in memory.
    """

    name: str
    plan: ActionPlan
    pending: list[list[list[Any]]] | None = None

    @property
    def doc_id(self) -> str:
        return f"{self.name}-{self.plan.source.sha256[:8]}"

    def action_count(self, si: int, ai: int) -> int:
        """How many actions the area at 1-based (section, area) indexes holds."""
        if self.pending is None:
            return len(self.plan.sections[si - 1].areas[ai - 1].actions)
        return len(self.pending[si - 1][ai - 1])

    def area_actions(self, si: int, ai: int) -> Iterator[Action]:
        """The actions of the area at 1-based (section, area) indexes, in order."""
        if self.pending is None:
            yield from self.plan.sections[si - 1].areas[ai - 1].actions
        else:
            for data in self.pending[si - 1][ai - 1]:
                yield Action.model_validate(data)

    def actions(self) -> Iterator[Positioned]:
        """Every action in document order, with where it stands."""
        for si, section in enumerate(self.plan.sections, 1):
            for ai, area in enumerate(section.areas, 1):
                for ki, action in enumerate(self.area_actions(si, ai), 1):
                    yield si, ai, ki, section, area, action


def read_document(name: str, path: Path) -> Document:
    """A plan's JSON file as a Document whose actions are validated one at a time.

    Raises ValueError (pydantic's ValidationError is one) when the JSON is not a plan.
    """
    return plan_document(name, json.loads(path.read_bytes()))


def plan_document(name: str, data: Any) -> Document:
    """A plan's parsed JSON as a Document (see `read_document`); takes `data` apart."""
    pending = _take_actions(data) if isinstance(data, dict) else []
    return Document(name, ActionPlan.model_validate(data), pending)


def _take_actions(data: dict[str, Any]) -> list[list[list[Any]]]:
    """Remove each area's list of actions from a plan's JSON data, per section and area.

    Anything not shaped like a plan is left in place for validation to refuse."""
    taken: list[list[list[Any]]] = []
    for section in _dicts(data.get("sections")):
        taken.append([])
        for area in _dicts(section.get("areas")):
            actions = area.get("actions", [])
            if isinstance(actions, list):
                taken[-1].append(area.pop("actions", []))
    return taken


def _dicts(value: Any) -> list[dict[str, Any]]:
    """`value` when it is a list of objects, else nothing."""
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    return []


# ----------------------------------------------------------------------------- warnings

_KINDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"clamped", re.I), "clamped_date"),
    (re.compile(r"^status from .* disagrees", re.I), "status_conflict"),
    (re.compile(r"month named without a year", re.I), "month_without_year"),
    (re.compile(r"to be confirmed", re.I), "date_tbc"),
    (re.compile(r"dateparser fallback", re.I), "date_fallback"),
    (re.compile(r"relative timescale .* no anchor", re.I), "relative_no_anchor"),
    (re.compile(r"^date not read", re.I), "date_not_read"),
]


def warning_kind(message: str) -> str:
    """A short kind for a free-text warning, so a run can count them."""
    for pattern, kind in _KINDS:
        if pattern.search(message):
            return kind
    words = re.findall(r"[a-z]+", message.lower())[:3]
    return "_".join(words) or "other"


@dataclass(frozen=True)
class Finding:
    """One warning of a plan, with where it is and a countable kind."""

    kind: str
    message: str
    action_id: str | None = None
    page: int | None = None
    ref: str | None = None

    @classmethod
    def of(cls, warning: PlanWarning) -> Finding:
        """A document-wide warning (a plan's or a report's) as a finding."""
        return cls(warning.code, warning.message, None, warning.page)

    def where(self) -> str:
        """'action 1.2, page 3' - enough to find it in the document."""
        parts = [f"action {self.ref}" if self.ref else "", f"page {self.page}" if self.page else ""]
        return ", ".join(p for p in parts if p)


def findings(doc: Document) -> Iterator[Finding]:
    """Every warning a plan carries, plus actions with no lead or no due date."""
    for warning in doc.plan.warnings:
        yield Finding.of(warning)
    for si, ai, ki, _, _, action in doc.actions():
        yield from action_findings(action, f"{doc.doc_id}:s{si}:a{ai}:{ki}")


def action_findings(action: Action, action_id: str | None) -> Iterator[Finding]:
    """An action's warnings, and its want of a lead or a due date."""
    page = action.provenance.page
    seen: set[str] = set()
    spans: list[Span | None] = [action.due, action.due.revised_from, action.start]
    texts = [w for span in spans if span for w in span.warnings]
    texts += action.status.warnings if action.status else []
    texts += action.warnings
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield Finding(warning_kind(text), text, action_id, page, action.ref)
    if not action.leads and not (action.leads_raw or "").strip():
        yield Finding("no_lead", "action names no lead", action_id, page, action.ref)
    if action.due.kind.value == "none" and not (action.due.raw or "").strip():
        yield Finding("no_due_date", "action has no due date", action_id, page, action.ref)


# ----------------------------------------------------------------------------- failures

_FAILURE_KINDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"timed out|timeout", re.I), "timeout"),
    (re.compile(r"memory", re.I), "memory"),
    (re.compile(r"^not a |looks like|binary|zip archive", re.I), "wrong_format"),
    (re.compile(r"empty file", re.I), "empty"),
    (re.compile(r"encrypted", re.I), "encrypted"),
    (re.compile(r"no text layer|ocr", re.I), "no_text"),
    (re.compile(r"corrupt|truncated|damaged|unreadable", re.I), "damaged"),
    (re.compile(r"no action-plan table", re.I), "no_plan"),
    (re.compile(r"no such file|permission denied|cannot open|is a directory", re.I), "unreadable"),
    (re.compile(r"internal error|worker stopped", re.I), "internal"),
]


def failure_kind(message: str) -> str:
    """A short, countable kind for a file's failure reason."""
    return next((kind for pattern, kind in _FAILURE_KINDS if pattern.search(message)), "other")


@dataclass(frozen=True)
class Failure:
    """One input that gave no plan, for failures.csv and the failures table."""

    file: str
    sha256: str | None
    message: str

    def row(self) -> dict[str, object]:
        kind = failure_kind(self.message)
        return {"file": self.file, "sha256": self.sha256, "kind": kind, "message": self.message}


# ----------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Table:
    """A run-wide table's shape: columns, keys and the types a loader must restore."""

    name: str
    columns: list[str]
    key: tuple[str, ...] = ()
    references: dict[str, str] = field(default_factory=dict)
    """column -> the table whose primary key it names"""
    indexes: tuple[str, ...] = ()
    integers: frozenset[str] = frozenset()
    lists: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()


def _iso(span: Span | None) -> str | None:
    return span.end.isoformat() if span and span.end else None


class RunPeople:
    """The run's people: leads linked across documents, each keyed by a content hash.

    `learn` every document first (in run order, so ids do not depend on which
    worker finished first), then give each action's leads their ids (`linked`).
    Holds one entry per person, never a document.
    """

    def __init__(self) -> None:
        self._index = PeopleIndex()
        self._variants: dict[str, dict[str, None]] = {}  # ordered sets
        self._docs: dict[str, dict[str, None]] = {}
        self._new_ids: dict[str, str] = {}

    def learn(self, doc: Document) -> None:
        for *_, action in doc.actions():
            for person in self._index.assign(action.leads, doc=doc.doc_id):
                pid = person.person_id or ""
                self._variants.setdefault(pid, {})[person.label] = None
                self._docs.setdefault(pid, {})[doc.doc_id] = None

    def learn_all(self, docs: Iterable[Document]) -> None:
        """`learn` each document, holding one at a time (no loop variable outlives the loop
        to keep the last one while the next pass reads it again)."""
        for doc in docs:
            self.learn(doc)

    def rows(self) -> Iterator[dict[str, object]]:
        """people rows, re-keyed: a full name by itself, a role or initials with its document."""
        taken: set[str] = set()
        for row in self._index.rows():
            old = str(row["person_id"])
            docs = list(self._docs.get(old, {}))
            name = str(row["name"])
            first_doc = docs[0] if docs else ""
            basis = name.lower() if " " in name else f"{name or row['role']}|{first_doc}"
            new_id = "p" + hashlib.sha1(basis.encode()).hexdigest()[:10]
            while new_id in taken:  # two distinct entries with one basis: keep both
                new_id = "p" + hashlib.sha1(new_id.encode()).hexdigest()[:10]
            taken.add(new_id)
            self._new_ids[old] = new_id
            yield nulled(
                {
                    "person_id": new_id,
                    "name": name,
                    "role": row["role"],
                    "organisation": row["organisation"],
                    "variants": list(self._variants.get(old, {})),
                    "docs": docs,
                }
            )

    def linked(self, leads: list[Person], doc: Document) -> list[Person]:
        """`leads` (of an action of `doc`) with their run-wide ids (after `rows`)."""
        return [
            p.model_copy(update={"person_id": self._new_ids.get(p.person_id or "")})
            for p in self._index.assign(leads, doc=doc.doc_id)
        ]


def document_rows(doc: Document, people: RunPeople) -> Iterator[tuple[str, dict[str, object]]]:
    """(table name, row) for one document, its leads linked by `people`, in table order."""
    plan, doc_id = doc.plan, doc.doc_id
    found = list(findings(doc))
    yield (
        "documents",
        {
            "doc_id": doc_id,
            "doc": doc.name,
            "source": plan.source.path,
            "sha256": plan.source.sha256,
            "format": plan.source.format.value,
            "pages": plan.source.pages,
            "authority": plan.authority,
            "title": plan.title,
            "layout": plan.layout,
            "inspection_date_raw": plan.inspection_date.raw if plan.inspection_date else None,
            "inspection_date": _iso(plan.inspection_date),
            "report_date_raw": plan.report_date.raw if plan.report_date else None,
            "report_date": _iso(plan.report_date),
            "sections": len(plan.sections),
            "areas": sum(len(s.areas) for s in plan.sections),
            "actions": sum(
                doc.action_count(si, ai)
                for si, section in enumerate(plan.sections, 1)
                for ai, _ in enumerate(section.areas, 1)
            ),
            "warnings": len(found),
        },
    )
    for si, section in enumerate(plan.sections, 1):
        for ai, area in enumerate(section.areas, 1):
            area_id = f"{doc_id}:s{si}:a{ai}"
            yield (
                "areas",
                {
                    "area_id": area_id,
                    "doc_id": doc_id,
                    "section_index": si,
                    "section": section.title,
                    "area_index": ai,
                    "area_ref": area.ref,
                    "area_text": area.text,
                    "timescale": area.timescale,
                    "agency": area.agency,
                    "outcomes": list(area.outcomes),
                    "success_measures": list(area.success_measures),
                    "actions": doc.action_count(si, ai),
                    "page": area.provenance.page,
                },
            )
            for ki, action in enumerate(doc.area_actions(si, ai), 1):
                action_id = f"{area_id}:{ki}"
                action.leads = people.linked(action.leads, doc)
                row = action_row(plan, section, area, action)
                row.update(doc=doc.name, action_id=action_id, area_id=area_id, doc_id=doc_id)
                yield "actions", row
                for position, person in enumerate(action.leads, 1):
                    link = {"action_id": action_id, "person_id": person.person_id}
                    yield "action_people", {**link, "position": position, "raw": person.raw}
    for f in found:
        yield (
            "warnings",
            {
                "doc_id": doc_id,
                "action_id": f.action_id,
                "kind": f.kind,
                "message": f.message,
                "page": f.page,
            },
        )


def dataset_rows(
    docs: Callable[[], Iterable[Document]], failures: Iterable[Failure]
) -> Iterator[tuple[str, dict[str, object]]]:
    """Every row of the run's tables, reading each document twice and holding none.

    `docs` is called twice (once to link people across the run, once for the
    rows), so a run of any size needs memory for one document at a time.
    """
    people = RunPeople()
    people.learn_all(docs())
    for row in people.rows():
        yield "people", row
    for doc in docs():
        for name, row in document_rows(doc, people):
            yield name, nulled(row)
    for failure in failures:
        yield "failures", nulled(failure.row())


DOCUMENT_COLUMNS = [
    "doc_id",
    "doc",
    "source",
    "sha256",
    "format",
    "pages",
    "authority",
    "title",
    "layout",
    "inspection_date_raw",
    "inspection_date",
    "report_date_raw",
    "report_date",
    "sections",
    "areas",
    "actions",
    "warnings",
]
AREA_COLUMNS = [
    "area_id",
    "doc_id",
    "section_index",
    "section",
    "area_index",
    "area_ref",
    "area_text",
    "timescale",
    "agency",
    "outcomes",
    "success_measures",
    "actions",
    "page",
]
PEOPLE_COLUMNS = ["person_id", "name", "role", "organisation", "variants", "docs"]
"""``docs`` lists the doc_ids a person leads actions in."""

TABLES = [
    Table(
        "documents",
        DOCUMENT_COLUMNS,
        key=("doc_id",),
        indexes=("sha256",),
        integers=frozenset({"pages", "sections", "areas", "actions", "warnings"}),
        dates=frozenset({"inspection_date", "report_date"}),
    ),
    Table(
        "areas",
        AREA_COLUMNS,
        key=("area_id",),
        references={"doc_id": "documents"},
        indexes=("doc_id",),
        integers=frozenset({"section_index", "area_index", "actions", "page"}),
        lists=frozenset({"outcomes", "success_measures"}),
    ),
    Table(
        "actions",
        ACTION_COLUMNS + KEY_COLUMNS,
        key=("action_id",),
        references={"area_id": "areas", "doc_id": "documents"},
        indexes=("area_id", "doc_id"),
        integers=frozenset({"page", "line"}),
        lists=frozenset({"leads", "person_ids", "warnings"}),
        dates=frozenset({"due_start", "due_end", "start_date", "due_revised_from_end"}),
    ),
    Table(
        "people",
        PEOPLE_COLUMNS,
        key=("person_id",),
        indexes=("name",),
        lists=frozenset({"variants", "docs"}),
    ),
    Table(
        "action_people",
        ["action_id", "person_id", "position", "raw"],
        key=("action_id", "position"),
        references={"action_id": "actions", "person_id": "people"},
        indexes=("person_id",),
        integers=frozenset({"position"}),
    ),
    Table(
        "warnings",
        ["doc_id", "action_id", "kind", "message", "page"],
        references={"doc_id": "documents", "action_id": "actions"},
        indexes=("doc_id", "action_id", "kind"),
        integers=frozenset({"page"}),
    ),
    Table("failures", ["file", "sha256", "kind", "message"], key=("file",), indexes=("kind",)),
]
"""In dependency order: a table only references tables before it."""
