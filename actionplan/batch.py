"""Many files in, one dataset out: per-document JSON plus run-wide tables.

One bad file never stops the others: each yields a plan or a one-line error,
and the run's tables are written from the plans that succeeded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from actionplan.extract.api import ExtractionError, extract_file
from actionplan.extract.profile import Profile
from actionplan.normalizers.people import PeopleIndex
from actionplan.schemas import ActionPlan
from actionplan.writers import (
    ACTION_COLUMNS,
    action_rows,
    csv_text,
    doc_name,
    jsonl_text,
    plan_json,
    write_atomic,
)

FORMATS = ("json", "jsonl", "csv")
INPUT_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm")
PEOPLE_COLUMNS = ["person_id", "name", "role", "organisation", "variants", "docs"]


@dataclass
class Outcome:
    path: Path
    plan: ActionPlan | None = None
    error: str | None = None


@dataclass
class RunSummary:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def plans(self) -> list[ActionPlan]:
        return [o.plan for o in self.outcomes if o.plan is not None]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error is not None]


def expand_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files as given; folders walked for the formats actionplan reads, in name order."""
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files.extend(sorted(p for p in item.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES))
        else:
            files.append(item)
    return files


def extract_all(
    paths: Iterable[Path], *, profile: Profile | None = None, engine: str = "pdfplumber"
) -> Iterator[Outcome]:
    for path in paths:
        try:
            yield Outcome(path, plan=extract_file(path, profile=profile, engine=engine))
        except ExtractionError as exc:
            yield Outcome(path, error=str(exc))
        except Exception as exc:  # an engine bug must cost one file, not the batch
            yield Outcome(path, error=f"{path}: internal error: {type(exc).__name__}: {exc}")


def link_people(plans: list[ActionPlan]) -> PeopleIndex:
    """Give every lead a run-wide person id (spelling variants share one)."""
    index = PeopleIndex()
    for plan in plans:
        for _, _, action in plan.actions():
            action.leads = index.assign(action.leads, doc=doc_name(plan))
    return index


def write_run(summary: RunSummary, out: Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    formats = set(formats)
    plans = summary.plans
    people = link_people(plans)
    written: list[Path] = []
    if "json" in formats:
        for plan in plans:
            target = out / f"{doc_name(plan)}.json"
            write_atomic(target, plan_json(plan))
            written.append(target)
    rows = [row for plan in plans for row in action_rows(plan)]
    if "jsonl" in formats:
        written.append(out / "actions.jsonl")
        write_atomic(written[-1], jsonl_text(rows))
    if "csv" in formats:
        written.append(out / "actions.csv")
        write_atomic(written[-1], csv_text(rows, ACTION_COLUMNS))
        written.append(out / "people.csv")
        write_atomic(written[-1], csv_text(people.rows(), PEOPLE_COLUMNS))
    return written
