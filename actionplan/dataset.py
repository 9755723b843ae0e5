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
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from actionplan.normalizers.people import PeopleIndex
from actionplan.schemas import ActionPlan, Span
from actionplan.writers import ACTION_COLUMNS, action_row

KEY_COLUMNS = ["action_id", "area_id", "doc_id"]
"""Appended after writers.ACTION_COLUMNS, whose order is a published contract."""


@dataclass
class Table:
    """Rows plus what a database needs: a primary key, indexed keys, integer columns."""

    name: str
    columns: list[str]
    rows: list[dict[str, object]] = field(default_factory=list)
    key: str | None = None
    indexes: tuple[str, ...] = ()
    integers: frozenset[str] = frozenset()


@dataclass
class Document:
    """One successful input of the run: its output name and plan."""

    name: str
    plan: ActionPlan

    @property
    def doc_id(self) -> str:
        return f"{self.name}-{self.plan.source.sha256[:8]}"


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

    def where(self) -> str:
        """'action 1.2, page 3' - enough to find it in the document."""
        parts = [f"action {self.ref}" if self.ref else "", f"page {self.page}" if self.page else ""]
        return ", ".join(p for p in parts if p)


def findings(doc: Document) -> Iterator[Finding]:
    """Every warning a plan carries, plus actions with no lead or no due date."""
    for warning in doc.plan.warnings:
        yield Finding(warning.code, warning.message, None, warning.page)
    for (si, ai, ki), (_, _, action) in zip(_positions(doc.plan), doc.plan.actions(), strict=True):
        action_id = f"{doc.doc_id}:s{si}:a{ai}:{ki}"
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


def warning_counts(docs: Iterable[Document]) -> Counter[str]:
    return Counter(f.kind for doc in docs for f in findings(doc))


# ----------------------------------------------------------------------------- tables


def _positions(plan: ActionPlan) -> Iterator[tuple[int, int, int]]:
    """1-based (section, area, action) indexes in document order."""
    for si, section in enumerate(plan.sections, 1):
        for ai, area in enumerate(section.areas, 1):
            for ki, _ in enumerate(area.actions, 1):
                yield si, ai, ki


def _iso(span: Span | None) -> str | None:
    return span.end.isoformat() if span and span.end else None


def _stable_people(docs: list[Document]) -> dict[str, dict[str, object]]:
    """Link leads across the run, then re-key each person by a content hash."""
    index = PeopleIndex()
    for doc in docs:
        for _, _, action in doc.plan.actions():
            action.leads = index.assign(action.leads, doc=doc.doc_id)
    renamed: dict[str, dict[str, object]] = {}
    new_ids: dict[str, str] = {}
    for row in index.rows():
        name = str(row["name"])
        first_doc = str(row["docs"]).split("; ")[0]
        basis = name.lower() if " " in name else f"{name or row['role']}|{first_doc}"
        new_id = "p" + hashlib.sha1(basis.encode()).hexdigest()[:10]
        while new_id in renamed:  # two distinct entries with one basis: keep both
            new_id = "p" + hashlib.sha1(new_id.encode()).hexdigest()[:10]
        new_ids[str(row["person_id"])] = new_id
        renamed[new_id] = {**row, "person_id": new_id}
    for doc in docs:
        for _, _, action in doc.plan.actions():
            action.leads = [
                p.model_copy(update={"person_id": new_ids.get(p.person_id or "", p.person_id)})
                for p in action.leads
            ]
    return renamed


def build_tables(docs: list[Document]) -> list[Table]:
    """documents, areas, actions, people, action_people and warnings, linked by keys."""
    people = _stable_people(docs)
    documents = Table(
        "documents",
        DOCUMENT_COLUMNS,
        key="doc_id",
        indexes=("sha256",),
        integers=frozenset({"pages", "sections", "areas", "actions", "warnings"}),
    )
    areas = Table(
        "areas",
        AREA_COLUMNS,
        key="area_id",
        indexes=("doc_id",),
        integers=frozenset({"section_index", "area_index", "actions", "page"}),
    )
    actions = Table(
        "actions",
        ACTION_COLUMNS + KEY_COLUMNS,
        key="action_id",
        indexes=("area_id", "doc_id"),
        integers=frozenset({"page", "line"}),
    )
    links = Table(
        "action_people",
        ["action_id", "person_id", "position", "raw"],
        indexes=("action_id", "person_id"),
        integers=frozenset({"position"}),
    )
    warnings = Table(
        "warnings",
        ["doc_id", "action_id", "kind", "message", "page"],
        indexes=("doc_id", "action_id", "kind"),
        integers=frozenset({"page"}),
    )
    for doc in docs:
        plan, doc_id = doc.plan, doc.doc_id
        found = list(findings(doc))
        n_areas = sum(len(s.areas) for s in plan.sections)
        n_actions = sum(1 for _ in plan.actions())
        documents.rows.append(
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
                "areas": n_areas,
                "actions": n_actions,
                "warnings": len(found),
            }
        )
        for si, section in enumerate(plan.sections, 1):
            for ai, area in enumerate(section.areas, 1):
                area_id = f"{doc_id}:s{si}:a{ai}"
                areas.rows.append(
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
                        "outcomes": "; ".join(area.outcomes),
                        "success_measures": "; ".join(area.success_measures),
                        "actions": len(area.actions),
                        "page": area.provenance.page,
                    }
                )
                for ki, action in enumerate(area.actions, 1):
                    action_id = f"{area_id}:{ki}"
                    row = action_row(plan, section, area, action)
                    row.update(doc=doc.name, action_id=action_id, area_id=area_id, doc_id=doc_id)
                    actions.rows.append(row)
                    for position, person in enumerate(action.leads, 1):
                        links.rows.append(
                            {
                                "action_id": action_id,
                                "person_id": person.person_id,
                                "position": position,
                                "raw": person.raw,
                            }
                        )
        warnings.rows.extend(
            {
                "doc_id": doc_id,
                "action_id": f.action_id,
                "kind": f.kind,
                "message": f.message,
                "page": f.page,
            }
            for f in found
        )
    people_table = Table(
        "people", PEOPLE_COLUMNS, list(people.values()), key="person_id", indexes=("name",)
    )
    return [documents, areas, actions, people_table, links, warnings]


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
