"""A document's JSON written one action at a time, and read back one action at a time.

Both must be invisible in the outputs: the pieces join to exactly what pydantic
dumps in one go, and the run's tables from a document read back action by
action are the tables from the whole plan.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actionplan.dataset import Document, dataset_rows, read_document
from actionplan.docjson import json_pieces, write_document
from actionplan.extract.api import extract_file
from actionplan.schemas import Action, ActionPlan, Area, Provenance, Section, Source, SourceFormat
from tests.conftest import shared_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = SAMPLES / "example-borough-action-plan.txt"
DOCX = SAMPLES / "northfield-vale-action-plan.docx"


def _built_plan() -> ActionPlan:
    """Two sections; an area with two actions, one with none, one with a single action."""

    def area(ref: str, *texts: str) -> Area:
        actions = [Action(ref=f"{ref}.{n}", text=t) for n, t in enumerate(texts, 1)]
        return Area(ref=ref, text=f"area {ref}", actions=actions, provenance=Provenance(page=1))

    return ActionPlan(
        source=Source(path="plan.pdf", sha256="ab" * 32, format=SourceFormat.PDF, pages=2),
        title='A "quoted" title\twith a tab',
        sections=[
            Section(title="One", areas=[area("1", "first", 'second, "actions": []'), area("2")]),
            Section(title="Two", areas=[area("3", "only")]),
        ],
    )


def _joined(plan: ActionPlan) -> str:
    return "".join(json_pieces(plan))


def test_the_pieces_are_the_whole_dump_for_a_built_plan() -> None:
    plan = _built_plan()
    assert _joined(plan) == plan.model_dump_json(indent=2)
    assert [len(a.actions) for s in plan.sections for a in s.areas] == [2, 0, 1]  # untouched


def test_the_pieces_are_the_whole_dump_for_the_samples_and_seed_pdfs() -> None:
    seeds = sorted(shared_file("pdf").glob("*.pdf"))
    assert len(seeds) == 5
    for path in [TEXT, DOCX, *seeds]:
        plan = extract_file(path)
        assert _joined(plan) == plan.model_dump_json(indent=2), path.name


def test_a_written_document_is_the_dump_and_a_newline(tmp_path: Path) -> None:
    plan = _built_plan()
    written = write_document(plan, tmp_path)
    assert written.name.startswith(".") and written.parent == tmp_path
    assert written.read_text(encoding="utf-8") == plan.model_dump_json(indent=2) + "\n"


def test_a_plan_read_back_counts_and_yields_its_actions_in_order(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(_built_plan().model_dump_json(indent=2), encoding="utf-8")
    doc = read_document("plan", path)
    assert [doc.action_count(1, 1), doc.action_count(1, 2), doc.action_count(2, 1)] == [2, 0, 1]
    assert [(si, ai, ki, a.text) for si, ai, ki, _, _, a in doc.actions()] == [
        (1, 1, 1, "first"),
        (1, 1, 2, 'second, "actions": []'),
        (2, 1, 1, "only"),
    ]
    assert all(not a.actions for s in doc.plan.sections for a in s.areas)


def test_tables_from_plans_read_back_are_the_tables_from_whole_plans(tmp_path: Path) -> None:
    plans = {"text": extract_file(TEXT), "docx": extract_file(DOCX)}
    for name, plan in plans.items():
        (tmp_path / f"{name}.json").write_text(plan.model_dump_json(indent=2), encoding="utf-8")

    def whole() -> list[Document]:
        return [Document(name, plan.model_copy(deep=True)) for name, plan in plans.items()]

    def read_back() -> list[Document]:
        return [read_document(name, tmp_path / f"{name}.json") for name in plans]

    rows = list(dataset_rows(whole, []))
    assert sum(1 for table, _ in rows if table == "actions") == 10  # 6 and 4 actions
    assert any(table == "action_people" for table, _ in rows)
    assert list(dataset_rows(read_back, [])) == rows


@pytest.mark.parametrize(
    "text", ["[]", '{"sections": 3}', '{"source": {}, "sections": [{"areas": [{"actions": 1}]}]}']
)
def test_json_that_is_not_a_plan_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "odd.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        read_document("odd", path)


def test_a_broken_action_is_refused_when_it_is_reached(tmp_path: Path) -> None:
    data = json.loads(_built_plan().model_dump_json())
    data["sections"][1]["areas"][0]["actions"][0]["due"] = {"kind": "not a kind"}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = read_document("broken", path)
    with pytest.raises(ValueError):
        list(doc.actions())
