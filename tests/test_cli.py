"""The command line, driven as users drive it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.schemas import ActionPlan
from actionplan.writers import ACTION_COLUMNS

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FIRST_COLUMNS = [
    "doc",
    "source",
    "section",
    "area_ref",
    "area_text",
    "action_ref",
    "action_text",
    "leads",
    "due_raw",
    "due_start",
    "due_end",
    "due_kind",
    "status_raw",
    "status",
    "progress",
    "outcome",
    "monitoring",
    "page",
]


def _sample() -> Path:
    return SAMPLES / "example-borough-action-plan.txt"


def test_extract_writes_json_jsonl_and_csv(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_sample()), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1 ok, 0 failed, 6 actions" in result.output
    plan = ActionPlan.model_validate_json(
        (tmp_path / "example-borough-action-plan.json").read_text(encoding="utf-8")
    )
    assert plan.authority == "Example"
    with (tmp_path / "actions.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[: len(FIRST_COLUMNS)] == FIRST_COLUMNS
    assert [r["action_ref"] for r in rows] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    second = rows[1]
    assert second["leads"] == "Jane Smith; DI Tom Baker"
    assert (second["due_start"], second["due_end"], second["due_kind"]) == (
        "2024-06-30",
        "2024-06-30",
        "date",
    )
    assert second["status"] == "completed"
    lines = (tmp_path / "actions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["action_ref"] for x in lines] == [r["action_ref"] for r in rows]
    with (tmp_path / "people.csv").open(encoding="utf-8") as fh:
        people = list(csv.DictReader(fh))
    janes = [p for p in people if p["name"] == "Jane Smith"]
    assert len(janes) == 1 and janes[0]["role"] == "Head of Service"
    assert rows[0]["person_ids"] == rows[1]["person_ids"].split("; ")[0] == janes[0]["person_id"]


def test_bad_files_fail_alone_with_one_line_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["extract", str(empty), str(_sample()), str(binary), "-o", str(out)]
    )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any(str(empty) in e and "empty file" in e for e in errors)
    assert any(str(binary) in e and "binary" in e for e in errors)
    assert "Traceback" not in result.output
    assert (out / "example-borough-action-plan.json").exists()
    with (out / "actions.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 6


def test_format_option_limits_outputs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_sample()), "-o", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0
    tables = ["action_people", "actions", "areas", "documents", "people", "warnings"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{t}.csv" for t in tables]


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_sample()), "-o", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.output


def test_schema_command_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "ActionPlan"
    assert {"source", "sections", "warnings"} <= set(schema["properties"])


def test_schema_round_trip(tmp_path: Path) -> None:
    runner.invoke(app, ["extract", str(_sample()), "-o", str(tmp_path), "--format", "json"])
    text = (tmp_path / "example-borough-action-plan.json").read_text(encoding="utf-8")
    plan = ActionPlan.model_validate_json(text)
    assert ActionPlan.model_validate_json(plan.model_dump_json()) == plan
    assert plan.source.sha256 and len(plan.source.sha256) == 64


def test_action_columns_lead_with_the_documented_order() -> None:
    assert ACTION_COLUMNS[: len(FIRST_COLUMNS)] == FIRST_COLUMNS
