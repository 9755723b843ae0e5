"""Raw areas and actions -> normalised, validated schema records.

The only place where the engine's raw text meets the normalizers. Every
normalised value keeps its raw text beside it (schema fields `raw`,
`leads_raw`, `cells`), so a wrong reading can always be traced and redone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from actionplan.extract.engine.meta import read_facts
from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import RawAction, RawArea, RawPlan
from actionplan.extract.richtext import one_line
from actionplan.normalizers.dates import parse_span
from actionplan.normalizers.people import read_glossary, split_leads
from actionplan.normalizers.status import (
    Legend,
    legend_agreement,
    resolve_status,
    split_rag_note,
)
from actionplan.planstream import PlanStream
from actionplan.schemas import (
    Action,
    ActionPlan,
    Area,
    Milestone,
    Person,
    PlanWarning,
    Provenance,
    Source,
    Span,
)


def assemble(raw: RawPlan, source: Source, profile: Profile) -> PlanStream:
    """The plan's records from the engine's raw reading, made one area at a time as the
    stream is read; takes `raw.areas` (each is let go once its records are made, so a
    long plan's raw text makes way for them)."""
    texts = [a.text or "" for a in raw.areas]
    facts = read_facts([ln.text for ln in raw.lines[:12]], [ln.text for ln in raw.lines] + texts)
    context = _PlanContext(
        facts.timescale_anchor,
        facts.financial_year,
        {**read_glossary([ln.text for ln in raw.lines], raw.legend), **raw.glossary},
    )
    legend, legend_warning = _trusted_legend(raw)
    labels = _label_pattern(profile.milestone_labels)
    statuses = _StatusSources(
        column="status" in raw.roles_seen or bool(Legend.from_entries(raw.legend)),
        progress="progress" in raw.roles_seen,
        legend=legend,
    )
    header = ActionPlan(
        source=source,
        authority=facts.authority,
        title=facts.title,
        inspection_date=facts.inspection_date,
        report_date=facts.report_date,
        layout=profile.name,
        warnings=_warnings(raw) + legend_warning,
    )
    areas = ((area.section, _area(area, context, statuses, labels)) for area in _drained(raw.areas))
    return PlanStream(header, areas)


def _drained(areas: list[RawArea]) -> Iterator[RawArea]:
    """`areas` in order, each removed from the list as it is taken."""
    areas.reverse()
    while areas:
        yield areas.pop()


def _trusted_legend(raw: RawPlan) -> tuple[Legend, list[PlanWarning]]:
    """The document's key, without its symbols when they contradict the progress notes."""
    legend = Legend.from_entries(raw.legend)
    pairs = [
        (action.value("status") or "", action.value("progress") or "")
        for area in raw.areas
        for action in area.actions
    ]
    share = legend_agreement(pairs, legend) if legend else None
    if share is None or share >= 0.5:
        return legend, []
    fills = Legend.from_entries((k, v) for k, v in raw.legend if k.startswith("fill:"))
    warning = PlanWarning(
        code="legend_ignored",
        message=f"the key's symbols agree with the progress notes on {share:.0%} of rows "
        "(mangled by conversion?); statuses taken from the notes instead",
    )
    return fills, [warning]


@dataclass(frozen=True)
class _PlanContext:
    """What the plan says about itself that its cells are read with: where relative
    timescales run from, its financial year, and the initials its key spells out."""

    anchor: date | None
    financial_year: int | None
    glossary: dict[str, str]

    def span(self, raw: str | None) -> Span:
        return parse_span(raw, anchor=self.anchor, financial_year=self.financial_year)

    def leads(self, raw: str | None) -> list[Person]:
        return split_leads(raw, glossary=self.glossary)


@dataclass(frozen=True)
class _StatusSources:
    """Whether the plan has a status column or key, a progress column, and its trusted key."""

    column: bool
    progress: bool
    legend: Legend


def _area(
    raw: RawArea, context: _PlanContext, statuses: _StatusSources, labels: re.Pattern[str]
) -> Area:
    return Area(
        ref=raw.ref,
        text=one_line(raw.text),
        timescale=one_line(raw.timescale),
        agency=raw.agency,
        outcomes=[t for t in (one_line(o) for o in raw.outcomes) if t],
        success_measures=[t for t in (one_line(m) for m in raw.measures) if t],
        actions=[_action(a, context, statuses, labels) for a in raw.actions],
        provenance=Provenance(page=raw.page, line=raw.line, bbox=None),
    )


def _action(
    raw: RawAction, context: _PlanContext, statuses: _StatusSources, labels: re.Pattern[str]
) -> Action:
    due = context.span(one_line(raw.value("due")))
    start_raw = one_line(raw.value("start"))
    status_cell, status_note = split_rag_note(raw.value("status"))
    progress = "\n".join(t for t in (status_note, raw.value("progress")) if t) or None
    status = resolve_status(
        one_line(status_cell),
        has_status_column=statuses.column,
        has_progress_column=statuses.progress,
        fill=raw.fills.get("status"),
        legend=statuses.legend or None,
        note=one_line(raw.bold.get("progress")) or one_line(progress),
        date_hint=due.status_hint,
    )
    if status is not None and progress and raw.bold.get("progress") and status.source == "note":
        status.raw = one_line(raw.bold["progress"])
    milestones = _milestones(raw.value("milestone"), labels)
    outcome = one_line(raw.value("outcome"))
    if outcome is None and milestones:
        outcome = one_line(raw.value("milestone"))
    # a plan with no lead column names who is responsible in its agency column
    leads_raw = raw.value("lead") or raw.value("agency")
    warnings = [*due.warnings]
    if status is not None:
        warnings.extend(status.warnings)
    return Action(
        ref=raw.ref,
        text=one_line(raw.text) or "",
        leads_raw=leads_raw,
        leads=context.leads(leads_raw),
        start=context.span(start_raw) if start_raw else None,
        due=due,
        status=status,
        progress=one_line(progress),
        outcome=outcome,
        monitoring=one_line(raw.value("monitoring")),
        milestones=milestones,
        cells={k: v for k, v in raw.cells.items()},
        provenance=Provenance(page=raw.page, line=raw.line, bbox=raw.bbox),
        warnings=warnings,
    )


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """Where a milestone label ("Outcome measure", "Evidence") starts, capitalised, a word.

    Cells print the labels in bold, often inline, so they are found anywhere a
    capitalised label opens a word, not only at paragraph starts.
    """
    words = "|".join(
        re.escape(label[0].upper()) + "(?i:" + re.escape(label[1:]) + ")s?"
        for label in sorted(labels, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?P<label>{words})\b\s*:?\s*")


def _milestones(text: str | None, labels: re.Pattern[str]) -> list[Milestone]:
    """Milestone paragraphs, each under the label that precedes it when the cell has labels."""
    if not text:
        return []
    out: list[Milestone] = []
    label: str | None = None
    for paragraph in (p.strip() for p in text.split("\n")):
        cuts = list(labels.finditer(paragraph))
        head = paragraph[: cuts[0].start()] if cuts else paragraph
        if head.strip():
            out.append(Milestone(label=label, text=head.strip()))
        for i, cut in enumerate(cuts):
            label = cut.group("label")
            end = cuts[i + 1].start() if i + 1 < len(cuts) else len(paragraph)
            body = paragraph[cut.end() : end].strip()
            if body:
                out.append(Milestone(label=label, text=body))
    return out


def _warnings(raw: RawPlan) -> list[PlanWarning]:
    warnings = [PlanWarning(code=code, message=message) for code, message in raw.notes]
    for table in raw.tables:
        unmapped = [m.header for m in table if m.role is None and m.header]
        if unmapped:
            warnings.append(
                PlanWarning(
                    code="unmapped_column",
                    message=f"columns with no role, left in cells only: {', '.join(unmapped)}",
                )
            )
    return warnings
