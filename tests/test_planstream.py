"""A plan made, written and counted one area at a time is the plan made whole.

The batch worker writes a plan's JSON as each area is made and counts it as it
goes, so a long plan's records are never whole in memory; `extract_file`
collects the same stream. Neither may show in the outputs: the streamed JSON is
the collected plan's dump, its counts are the collected plan's, and an area is
let go once it is written.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from pathlib import Path

from actionplan.batch import extract_to_json
from actionplan.dataset import Document
from actionplan.docjson import write_document
from actionplan.extract.api import extract_file, stream_file
from actionplan.planstream import PlanStream
from actionplan.schemas import Action, ActionPlan, Area, Provenance, Source, SourceFormat
from actionplan.summary import PlanTally, summarise
from tests.conftest import shared_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = SAMPLES / "example-borough-action-plan.txt"
DOCX = SAMPLES / "northfield-vale-action-plan.docx"

Titled = tuple[str | None, Area]


def _area(ref: str, *texts: str) -> Area:
    actions = [Action(ref=f"{ref}.{n}", text=t) for n, t in enumerate(texts, 1)]
    return Area(ref=ref, text=f"area {ref}", actions=actions, provenance=Provenance(page=1))


def _header() -> ActionPlan:
    return ActionPlan(
        source=Source(path="plan.pdf", sha256="ab" * 32, format=SourceFormat.PDF, pages=2),
        title='A "quoted" title',
    )


def _built_areas() -> list[Titled]:
    """Two areas under 'One' (the second with no action), one under 'Two', then 'One' again."""
    return [
        ("One", _area("1", "first", 'second, "areas": []')),
        ("One", _area("2")),
        ("Two", _area("3", "only")),
        ("One", _area("4", "again")),
    ]


def _written(stream: PlanStream, folder: Path) -> str:
    return write_document(stream, folder).read_text(encoding="utf-8")


def test_a_built_stream_collects_its_sections_in_runs_of_one_title() -> None:
    plan = PlanStream(_header(), iter(_built_areas())).collect()
    assert [(s.title, [a.ref for a in s.areas]) for s in plan.sections] == [
        ("One", ["1", "2"]),
        ("Two", ["3"]),
        ("One", ["4"]),
    ]


def test_a_built_stream_is_written_as_the_dump_of_its_collected_plan(tmp_path: Path) -> None:
    collected = PlanStream(_header(), iter(_built_areas())).collect()
    written = _written(PlanStream(_header(), iter(_built_areas())), tmp_path)
    assert written == collected.model_dump_json(indent=2) + "\n"
    empty = _written(PlanStream(_header(), iter([])), tmp_path)
    assert empty == _header().model_dump_json(indent=2) + "\n"
    assert '"sections": [],' in empty


def test_a_streamed_plan_is_written_and_counted_as_the_collected_plan(tmp_path: Path) -> None:
    seeds = sorted(shared_file("pdf").glob("*.pdf"))
    assert len(seeds) == 5
    gold = shared_file("gold", "seeds")
    for path in [TEXT, DOCX, *seeds]:
        plan = extract_file(path)
        tally = PlanTally(plan.model_copy(update={"sections": []}))
        written = _written(tally.counting(stream_file(path)), tmp_path)
        assert written == plan.model_dump_json(indent=2) + "\n", path.name
        assert tally.summary() == summarise(Document(path.stem, plan)), path.name
        if path in seeds:  # every hand-labelled action of the seed, counted as it streamed past
            labelled = (gold / f"{path.stem}.jsonl").read_text(encoding="utf-8").splitlines()
            assert tally.summary().actions == len(labelled), path.name


def test_the_batch_worker_writes_the_plan_and_its_counts(tmp_path: Path) -> None:
    result = extract_to_json(TEXT, profile=None, engine="pdfplumber", spool=str(tmp_path))
    plan = extract_file(TEXT)
    assert Path(result["file"]).read_text(encoding="utf-8") == plan.model_dump_json(indent=2) + "\n"
    assert result["summary"].actions == 6  # the sample's six actions
    assert result["summary"] == summarise(Document(TEXT.stem, plan))


def test_an_area_is_let_go_once_written(tmp_path: Path) -> None:
    """While each area is made, no area before the one just written is still alive."""
    dense = sorted(shared_file("pdf").glob("*.pdf"))[0]
    made: list[weakref.ref[Area]] = []
    most_alive = 0

    def watched(areas: Iterator[Titled]) -> Iterator[Titled]:
        nonlocal most_alive
        for titled in areas:
            most_alive = max(most_alive, sum(ref() is not None for ref in made))
            made.append(weakref.ref(titled[1]))
            yield titled

    stream = stream_file(dense)
    _written(PlanStream(stream.header, watched(stream.areas)), tmp_path)
    assert len(made) == 19  # the seed's hand-labelled areas
    assert most_alive <= 1
