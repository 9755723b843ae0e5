"""Which report a plan answers, and which recommendation(s) each plan area answers.

Pairing: a plan answers a report of the same authority (names compared without
"London Borough of", "Council" and the like) published before the plan and no
more than about 18 months earlier; or the pair the user names.

Matching: plans paraphrase. An area restates a recommendation in other words,
splits one over two areas, or merges two into one. Each area is scored against
every recommendation of its report by how much of each text the other says
(content words, a shared six-letter stem or a near spelling counting as the
same word, words every recommendation uses counting less); the area links to its
best recommendation when that clears a threshold, and also to any other that
explains what the area says beyond the best one (a merge). Several areas may
link to one recommendation (a split). An area that cites a printed number
("Recommendation 28") links to it outright.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from actionplan.dataset import Document
from actionplan.reports.tables import parse_document, report_doc_id
from actionplan.schemas import ActionPlan, Area, Recommendation, Report
from actionplan.writers import csv_text, write_atomic

WINDOW = timedelta(days=548)  # about 18 months
SAME_INSPECTION = timedelta(days=62)
THRESHOLD = 18.0  # a plan area scoring below this against every recommendation answers none
MERGE_SHARE = 0.3  # share of an area's remaining words another recommendation must explain
COMMON_WEIGHT = 0.3

_AUTHORITY_FILLER = frozenset(
    [
        "the", "of", "and", "london", "borough", "city", "county", "council", "metropolitan",
        "district", "royal", "mbc", "local", "authority", "children's", "childrens", "services",
    ]
)  # fmt: skip
_STOPWORDS = frozenset(
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in",
        "into", "is", "it", "its", "of", "on", "or", "our", "so", "that", "the", "their", "them",
        "these", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with",
        "within",
        "all", "ensure", "ensuring", "improve", "improving", "improved", "improvement", "develop",
        "developing", "strengthen", "strengthening", "review", "reviewing", "further", "more",
        "better", "make", "sure", "take", "action", "should", "need", "needs", "can", "there",
        "through", "including", "each", "every", "any",
    ]
)  # fmt: skip
_COMMON = frozenset(
    [
        "child", "children", "young", "people", "care", "social", "worker", "workers", "service",
        "services", "plan", "plans", "family", "families",
    ]
)  # fmt: skip
"""Words nearly every recommendation on children's services uses: they count for less."""
_REF = re.compile(r"\b(?:recommendation|rec|para(?:graph)?)\.?\s*(\d{1,3})\b", re.I)


@dataclass(frozen=True)
class PlanDoc:
    doc_id: str
    name: str
    plan: ActionPlan


@dataclass(frozen=True)
class ReportDoc:
    doc_id: str
    name: str
    report: Report


@dataclass(frozen=True)
class Link:
    plan_doc_id: str
    area_id: str
    report_doc_id: str
    recommendation_id: str
    score: float
    method: str


@dataclass
class Coverage:
    plan: PlanDoc
    report: ReportDoc
    answered: list[int]  # 1-based recommendation numbers
    unanswered: list[int]

    def line(self) -> str:
        recs = self.report.report.recommendations
        total = len(recs)
        missing = "; ".join(_named(recs[n - 1].ref, n, recs[n - 1].text) for n in self.unanswered)
        return (
            f"{self.report.name}: {len(self.answered)} of {total} recommendations answered "
            f"by {self.plan.name}; not answered: {missing or 'none'}"
        )


def _label(ref: str | None, n: int) -> str:
    return ref if ref else f"#{n}"


def _named(ref: str | None, n: int, text: str) -> str:
    """A printed number, or for a bullet its place and opening words."""
    if ref:
        return ref
    short = text if len(text) <= 50 else text[:47].rstrip() + "..."
    return f'#{n} "{short}"'


# ----------------------------------------------------------------------------- pairing


def authority_key(name: str | None) -> str:
    """'London Borough of Barking and Dagenham' and 'Barking & Dagenham Council' alike."""
    if not name:
        return ""
    words = re.findall(r"[a-z']+", name.lower().replace("&", " and ").replace("’", "'"))
    return " ".join(w for w in words if w not in _AUTHORITY_FILLER)


def _published(report: Report) -> date | None:
    span = report.report_date or report.inspection_date
    return span.end if span else None


def _in_time(plan: ActionPlan, report: Report) -> bool:
    """Published before the plan's date and within the window; for a plan that only
    names the month of its inspection, inspected within about two months of it."""
    published = _published(report)
    if plan.report_date and plan.report_date.end and published:
        return plan.report_date.end - WINDOW <= published <= plan.report_date.end
    inspected = report.inspection_date.end if report.inspection_date else None
    if plan.inspection_date and plan.inspection_date.end and inspected:
        return abs(plan.inspection_date.end - inspected) <= SAME_INSPECTION
    return True


def _same_authority(plan: ActionPlan, report: Report) -> bool:
    key = authority_key(report.authority)
    if not key:
        return False
    mine = authority_key(plan.authority)
    if mine:
        return mine == key or f" {mine} " in f" {key} " or f" {key} " in f" {mine} "
    return f" {key} " in f" {authority_key(plan.title)} "


def pair(plans: Sequence[PlanDoc], reports: Sequence[ReportDoc]) -> list[tuple[PlanDoc, ReportDoc]]:
    """Each plan with the latest report of its authority that fits its dates; a plan
    without dates takes its authority's latest report."""
    pairs = []
    for plan in plans:
        candidates = [
            (_published(rep.report) or date.min, rep)
            for rep in reports
            if _same_authority(plan.plan, rep.report) and _in_time(plan.plan, rep.report)
        ]
        if candidates:
            pairs.append((plan, max(candidates, key=lambda c: c[0])[1]))
    return pairs


# ----------------------------------------------------------------------------- matching


def _words(text: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS and len(w) > 2
    )


@lru_cache(maxsize=65536)
def _alike(a: str, b: str) -> bool:
    """One word in two forms: a shared stem of six letters ('histories', 'history';
    'assessed', 'assessment') or a near spelling ('organisation', 'organization')."""
    if a == b:
        return True
    stem = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return stem >= 6 or fuzz.ratio(a, b) >= 88


def _weight(word: str) -> float:
    return COMMON_WEIGHT if word in _COMMON else 1.0


def _covered(words: frozenset[str], by: frozenset[str]) -> float:
    """The weighted share of `words` that `by` also says."""
    total = sum(_weight(w) for w in words)
    hit = sum(_weight(w) for w in words if any(_alike(w, v) for v in by))
    return hit / total if total else 0.0


def similarity(a: str, b: str) -> float:
    """0-100: how much each text says of the other, the better direction weighing more,
    so an area restating half a recommendation (a split) or two of them (a merge) still
    scores well against each."""
    wa, wb = _words(a), _words(b)
    one, other = _covered(wa, wb), _covered(wb, wa)
    return round(100 * (0.7 * max(one, other) + 0.3 * min(one, other)), 1)


def _area_text(area: Area) -> str:
    """What an area says it will achieve; its actions when it states nothing itself."""
    stated = " ".join(t for t in [area.text or "", *area.outcomes] if t)
    return stated or " ".join(action.text for action in area.actions)


def match(plan: PlanDoc, report: ReportDoc) -> list[Link]:
    """Links from the plan's areas to the report's recommendations."""
    recs = report.report.recommendations
    links: list[Link] = []
    for si, section in enumerate(plan.plan.sections, 1):
        for ai, area in enumerate(section.areas, 1):
            area_id = f"{plan.doc_id}:s{si}:a{ai}"

            def link(n: int, score: float, method: str, area_id: str = area_id) -> Link:
                rec_id = f"{report.doc_id}:r{n}"
                return Link(plan.doc_id, area_id, report.doc_id, rec_id, score, method)

            cited = _cited(area, recs)
            if cited:
                links.extend(link(n, 100.0, "ref") for n in cited)
            elif recs:
                links.extend(
                    link(n, score, "text") for n, score in _answers(_area_text(area), recs)
                )
    return links


def _answers(text: str, recs: Sequence[Recommendation]) -> list[tuple[int, float]]:
    """(recommendation number, score) an area answers: its best match above the threshold,
    then any other that explains a good share, and at least two distinctive words, of what
    the area says beyond the best one (a merge)."""
    scores = [similarity(text, rec.text) for rec in recs]
    best = max(range(len(recs)), key=scores.__getitem__)
    if scores[best] < THRESHOLD:
        return []
    found = [(best + 1, scores[best])]
    explained = _words(recs[best].text)
    rest = frozenset(w for w in _words(text) if not any(_alike(w, v) for v in explained))
    for n, rec in enumerate(recs, 1):
        said = _words(rec.text)
        shared = sum(1 for w in rest - _COMMON if any(_alike(w, v) for v in said))
        if n != best + 1 and shared >= 2 and _covered(rest, said) >= MERGE_SHARE:
            found.append((n, scores[n - 1]))
    return sorted(found)


def _cited(area: Area, recs: Sequence[object]) -> list[int]:
    """Recommendations an area names by their printed number ('Recommendation 28')."""
    refs = {getattr(rec, "ref", None): n for n, rec in enumerate(recs, 1)}
    named = _REF.findall(f"{area.ref or ''} {area.text or ''}")
    return sorted({refs[r] for r in named if r in refs})


def coverage(plan: PlanDoc, report: ReportDoc, links: Sequence[Link]) -> Coverage:
    answered = {int(lk.recommendation_id.rsplit(":r", 1)[1]) for lk in links}
    total = range(1, len(report.report.recommendations) + 1)
    return Coverage(plan, report, sorted(answered), [n for n in total if n not in answered])


# ----------------------------------------------------------------------------- a run


LINK_COLUMNS = ["plan_doc_id", "area_id", "report_doc_id", "recommendation_id", "score", "method"]
COVERAGE_COLUMNS = [
    "report_doc_id",
    "plan_doc_id",
    "recommendations",
    "answered",
    "not_answered",
]


def named_pairs(
    plans: Sequence[PlanDoc], reports: Sequence[ReportDoc], names: dict[str, str]
) -> list[tuple[PlanDoc, ReportDoc]]:
    """The pairs a user names (plan output name -> report output name)."""
    by_plan = {p.name: p for p in plans}
    by_report = {r.name: r for r in reports}
    unknown = [n for n in names if n not in by_plan] + [
        n for n in names.values() if n not in by_report
    ]
    if unknown:
        raise ValueError(f"no extracted plan or report named {', '.join(unknown)}")
    return [(by_plan[p], by_report[r]) for p, r in names.items()]


def link_run(
    plans: Sequence[PlanDoc],
    reports: Sequence[ReportDoc],
    out: Path,
    names: dict[str, str] | None = None,
) -> list[Coverage]:
    """Pair, match, and write links.csv and coverage.csv into `out`."""
    chosen = named_pairs(plans, reports, names) if names else []
    taken = {p.name for p, _ in chosen}
    chosen += pair([p for p in plans if p.name not in taken], reports)
    links: list[Link] = []
    covered: list[Coverage] = []
    for plan, report in chosen:
        found = match(plan, report)
        links.extend(found)
        covered.append(coverage(plan, report, found))
    write_atomic(out / "links.csv", csv_text([vars(lk) for lk in links], LINK_COLUMNS))
    rows = [
        {
            "report_doc_id": c.report.doc_id,
            "plan_doc_id": c.plan.doc_id,
            "recommendations": len(c.report.report.recommendations),
            "answered": len(c.answered),
            "not_answered": "; ".join(
                _label(c.report.report.recommendations[n - 1].ref, n) for n in c.unanswered
            ),
        }
        for c in covered
    ]
    write_atomic(out / "coverage.csv", csv_text(rows, COVERAGE_COLUMNS))
    return covered


def load_outputs(folder: Path) -> tuple[list[PlanDoc], list[ReportDoc]]:
    """The plans and reports an extract run left in `folder` as <name>.json."""
    plans: list[PlanDoc] = []
    reports: list[ReportDoc] = []
    for path in sorted(folder.glob("*.json")):
        try:
            doc = parse_document(path.read_bytes())
        except (OSError, ValueError):
            continue  # not a document of ours
        if isinstance(doc, Report):
            reports.append(ReportDoc(report_doc_id(path.stem, doc), path.stem, doc))
        else:
            plans.append(PlanDoc(Document(path.stem, doc).doc_id, path.stem, doc))
    return plans, reports
