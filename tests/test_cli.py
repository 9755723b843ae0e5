"""The command line, driven as users drive it."""

from __future__ import annotations

import csv
import json
import os
import re
from importlib import metadata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actionplan import cli
from actionplan.cli import app
from actionplan.schemas import ActionPlan
from actionplan.writers import ACTION_COLUMNS

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
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
    tables = ["action_people", "actions", "areas", "documents", "failures", "people", "warnings"]
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


def test_detect_lists_roles_with_confidence_and_guesses(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Recommendation\tAction\tPerson\tDeadline\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\t31/05/2024\n"
        "2. Improve B.\t2.1 Do B.\tBob Roe\tJune 2024\n",
        encoding="utf-8",
    )
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear colleague,\nThank you for your letter.\n", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(plan), str(prose)])
    assert result.exit_code == 1
    assert "2 areas, 2 actions" in result.output
    assert "recommendation -> area 1.00" in result.output
    assert "person -> lead" in result.output and "(from cells)" in result.output
    assert "warning: column 'person' not in the profile" in result.output
    assert f"{prose}" in result.output and "no action-plan table found" in result.output
    assert "header:" not in result.output
    result = runner.invoke(app, ["detect", "--rows", str(plan)])
    assert result.exit_code == 0
    assert "l2 action: text in the action column | 1. Improve A. | 1.1 Do A." in result.output


def test_user_profile_maps_a_heading_and_bad_profiles_name_the_key(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "Finding\tStep\tAccountable head\tWhen done\n1. Improve A.\t1.1 Do A.\tAnn Lee\tMay 2024\n",
        encoding="utf-8",
    )
    profile = tmp_path / "council.toml"
    profile.write_text(
        'name = "council"\n[headers]\n"Step" = "action"\n"When done" = "due"\n'
        '[roles]\nlead = ["accountable head"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(plan), "-o", str(out), "--profile", str(profile)])
    assert result.exit_code == 0, result.output
    with (out / "actions.csv").open(encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["area_ref"], row["action_ref"], row["leads"], row["due_end"]) == (
        "1",
        "1.1",
        "Ann Lee",
        "2024-05-31",
    )
    profile.write_text('name = "council"\n[roles]\nowner = ["boss"]\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(plan), "-o", str(out), "--profile", str(profile)])
    assert result.exit_code == 2
    assert "roles.owner: unknown role" in result.output


def test_debug_draws_a_pdf_page_and_refuses_other_files(tmp_path: Path) -> None:
    from tests.pdfbuild import Doc, text

    doc = Doc(tmp_path / "plan.pdf")
    header = [text(h, bold=True) for h in ("Action", "Lead", "Deadline")]
    body = [text("1.1 Do A."), text("Ann Lee"), text("May 2024")]
    doc.table(40, 40, [200, 120, 100], [20, 20], [header, body])
    pdf = doc.save()
    png = tmp_path / "page.png"
    result = runner.invoke(app, ["debug", str(pdf), "--page", "1", "-o", str(png)])
    assert result.exit_code == 0, result.output
    assert "6 cells drawn" in result.output
    assert "header: its headings name the columns' roles | Action | Lead | Deadline" in (
        result.output
    )
    assert "action: text in the action column | 1.1 Do A. | Ann Lee | May 2024" in result.output
    assert png.read_bytes().startswith(b"\x89PNG")
    result = runner.invoke(app, ["debug", str(_sample()), "-o", str(png)])
    assert result.exit_code == 1 and "not a PDF" in result.output


def test_every_command_has_help_and_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert sorted(names) == ["debug", "detect", "extract", "link", "schema", "validate"]
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
        assert f"actionplan {name}" in readme, f"README never shows 'actionplan {name}'"


def test_unknown_pdf_engine_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_sample()), "-o", str(tmp_path), "--engine", "x"])
    assert result.exit_code == 2
    assert not (tmp_path / "actions.csv").exists()


def test_version_and_short_help() -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0
    assert version.output.strip() == f"actionplan {metadata.version('actionplan')}"
    for args in (["-h"], ["extract", "-h"], ["validate", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage" in result.output, args


def test_help_shows_no_python_type_names_and_the_jobs_default() -> None:
    for command in ([], ["extract"], ["validate"], ["detect"], ["debug"], ["schema"]):
        text = runner.invoke(app, [*command, "--help"], terminal_width=200).output
        found = re.findall(r"<(?:bool|int|float|str|path|list\[[^>]*)[^>]*>", text, flags=re.I)
        assert not found, (command, found)
    extract_help = runner.invoke(
        app, ["extract", "--help"], terminal_width=200, env={"COLUMNS": "200"}
    ).output
    assert f"[default: (the CPU count, {os.cpu_count()})]" in extract_help
    assert "json|jsonl|csv" in extract_help
    assert "pip install 'actionplan[camelot]'" in extract_help


def test_format_is_a_choice_given_once_per_format(tmp_path: Path) -> None:
    args = ["extract", str(_sample()), "-o", str(tmp_path), "--format", "jsonl"]
    result = runner.invoke(app, [*args, "--format", "JSON"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert "example-borough-action-plan.json" in names and "actions.jsonl" in names
    assert not [n for n in names if n.endswith(".csv")]


COMMANDS = {
    "extract": ["extract", "{file}", "-o", "{out}"],
    "validate": ["validate", "{file}"],
    "detect": ["detect", "{file}"],
    "debug": ["debug", "{file}", "-o", "{out}/page.png"],
}


def test_a_missing_file_gets_the_same_line_and_exit_code_in_every_command(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-such-plan.pdf"
    for name, template in COMMANDS.items():
        args = [a.format(file=missing, out=tmp_path / "out") for a in template]
        result = runner.invoke(app, args)
        assert result.exit_code == 1, (name, result.output)
        errors = [line for line in result.output.splitlines() if line.startswith("error:")]
        assert errors == [f"error: {missing}: no such file or directory"], (name, result.output)
        assert "Traceback" not in result.output


def test_a_missing_file_beside_good_ones_costs_only_itself(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(missing), str(_sample()), "-o", str(out)])
    assert result.exit_code == 1
    assert f"error: {missing}: no such file or directory" in result.output
    # the missing file is the run's one failure, counted and in failures.csv
    assert "1 ok, 1 failed, 6 actions" in result.output
    assert str(missing) in (out / "failures.csv").read_text(encoding="utf-8")


def test_camelot_engine_without_the_extra_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    assert not [d for d in project["dependencies"] if d.startswith("camelot")]
    assert project["optional-dependencies"]["camelot"] == ["camelot-py>=1.0"]
    monkeypatch.setattr(cli, "camelot_installed", lambda: False)
    for command in (["extract", "-o", str(tmp_path)], ["validate"], ["detect"]):
        result = runner.invoke(app, [*command, str(_sample()), "--engine", "camelot"])
        assert result.exit_code == 2, result.output
        assert "error: --engine camelot needs camelot-py: pip install 'actionplan[camelot]'" in (
            result.output
        )
    assert not (tmp_path / "actions.csv").exists()


def test_debug_on_a_folder_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["debug", str(SAMPLES), "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {SAMPLES}: is a directory, not a PDF"


def test_debug_that_cannot_write_its_picture_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    pdf = SAMPLES / "northfield-vale-action-plan.pdf"
    result = runner.invoke(app, ["debug", str(pdf), "-o", str(blocker / "page.png")])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"error: {blocker}")
    assert len(result.output.strip().splitlines()) == 1
