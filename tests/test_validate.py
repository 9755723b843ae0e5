"""`actionplan validate` as a CI job runs it: samples, strictness, expectations, diffs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.validate import diff

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = SAMPLES / "example-borough-action-plan.txt"


def test_every_sample_matches_its_stored_expectation() -> None:
    inputs = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".pdf", ".docx"})
    assert {p.suffix for p in inputs} == {".txt", ".pdf", ".docx"}
    result = runner.invoke(app, ["validate", str(SAMPLES), "--expect", str(SAMPLES / "expected")])
    assert result.exit_code == 0, result.output
    assert f"{len(inputs)} passed, 0 failed" in result.output
    assert "ok   " + str(SAMPLES / "northfield-vale-action-plan.pdf") + ": 4 actions" in (
        result.output
    )


def test_a_changed_value_fails_with_a_per_field_diff(tmp_path: Path) -> None:
    stored = json.loads((SAMPLES / "expected" / f"{TEXT.name}.json").read_text(encoding="utf-8"))
    action = stored["sections"][0]["areas"][0]["actions"][1]
    assert action["due"]["end"] == "2024-06-30"
    action["due"]["end"] = "2024-07-31"
    stored["sections"][0]["areas"][1]["actions"].pop()
    expected = tmp_path / "expected.json"
    expected.write_text(json.dumps(stored), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(TEXT), "--expect", str(expected)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"FAIL {TEXT}: ") and str(expected) in lines[0]
    assert '  sections[0].areas[0].actions[1].due.end: expected "2024-07-31", got "2024-06-30"' in (
        lines
    )
    assert "  sections[0].areas[1].actions: expected 1 items, got 2" in lines


def test_strict_also_fails_on_warnings() -> None:
    plain = runner.invoke(app, ["validate", str(TEXT)])
    assert plain.exit_code == 0, plain.output
    assert "warnings: status_conflict 1" in plain.output
    strict = runner.invoke(app, ["validate", str(TEXT), "--strict"])
    assert strict.exit_code == 1
    assert "1 warnings under --strict" in strict.output
    assert "status_conflict:" in strict.output and "(action 2.2)" in strict.output
    clean = runner.invoke(app, ["validate", str(SAMPLES / "northfield-vale-action-plan.docx")])
    assert clean.exit_code == 0


def test_update_expected_then_validate(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    shutil.copy(TEXT, plan)
    written = runner.invoke(app, ["validate", str(plan), "--update-expected"])
    assert written.exit_code == 0, written.output
    target = tmp_path / "expected" / "plan.txt.json"
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["path"] == "plan.txt"
    again = runner.invoke(app, ["validate", str(plan), "--expect", str(tmp_path / "expected")])
    assert again.exit_code == 0, again.output
    plan.write_text(TEXT.read_text(encoding="utf-8").replace("Jane Smith", "Jan Smith"))
    changed = runner.invoke(app, ["validate", str(plan), "--expect", str(tmp_path / "expected")])
    assert changed.exit_code == 1
    assert '.leads_raw: expected "Jane Smith (Head of Service)", got "Jan Smith' in changed.output


def test_errors_fail_unless_pinned_as_expected(tmp_path: Path) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Minutes of the meeting.\nNo actions were agreed.\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(memo)])
    assert result.exit_code == 1
    assert f"FAIL {memo}: no action-plan table found" in result.output
    (tmp_path / "exp").mkdir()
    missing = runner.invoke(app, ["validate", str(memo), "--expect", str(tmp_path / "exp")])
    assert missing.exit_code == 1 and "run --update-expected" in missing.output
    runner.invoke(
        app, ["validate", str(memo), "--expect", str(tmp_path / "exp"), "--update-expected"]
    )
    pinned = runner.invoke(app, ["validate", str(memo), "--expect", str(tmp_path / "exp")])
    assert pinned.exit_code == 0, pinned.output
    assert "fails as expected (no action-plan table found)" in pinned.output


def test_one_expectation_file_for_many_inputs_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(SAMPLES), "--expect", str(tmp_path / "one.json")])
    assert result.exit_code == 2


def test_diff_names_missing_and_extra_fields() -> None:
    assert diff({"a": 1, "b": {"c": [1, 2]}}, {"a": 1, "b": {"c": [1, 3]}, "d": None}) == [
        "b.c[1]: expected 2, got 3",
        "d: not expected, got null",
    ]
    assert diff({"bbox": [1.0, 2.0]}, {"bbox": [1.01, 2.0]}) == []


def test_samples_pass_their_strictest_check_and_accepted_warnings_are_per_file(
    tmp_path: Path,
) -> None:
    strict = ["validate", str(SAMPLES), "--expect", str(SAMPLES / "expected"), "--strict"]
    result = runner.invoke(app, strict)
    assert result.exit_code == 0, result.output
    stored = json.loads((SAMPLES / "expected" / f"{TEXT.name}.json").read_text(encoding="utf-8"))
    assert stored["accepted_warnings"] == ["status_conflict"]
    del stored["accepted_warnings"]
    (tmp_path / f"{TEXT.name}.json").write_text(json.dumps(stored), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(TEXT), "--expect", str(tmp_path), "--strict"])
    assert result.exit_code == 1 and "1 warnings under --strict" in result.output


def test_ignore_accepts_a_warning_kind_under_strict() -> None:
    args = ["validate", str(TEXT), "--strict"]
    assert runner.invoke(app, [*args, "--ignore", "no_lead"]).exit_code == 1
    result = runner.invoke(app, [*args, "--ignore", "no_lead", "--ignore", "status_conflict"])
    assert result.exit_code == 0, result.output
    assert "warnings: status_conflict 1" in result.output


def test_update_expected_keeps_the_accepted_warnings(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    shutil.copy(TEXT, plan)
    expected = tmp_path / "expected"
    runner.invoke(app, ["validate", str(plan), "--expect", str(expected), "--update-expected"])
    target = expected / "plan.txt.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    target.write_text(json.dumps({**data, "accepted_warnings": ["status_conflict"]}))
    runner.invoke(app, ["validate", str(plan), "--expect", str(expected), "--update-expected"])
    assert json.loads(target.read_text(encoding="utf-8"))["accepted_warnings"] == [
        "status_conflict"
    ]
    result = runner.invoke(app, ["validate", str(plan), "--expect", str(expected), "--strict"])
    assert result.exit_code == 0, result.output


def test_junit_report_has_a_case_per_document(tmp_path: Path) -> None:
    report = tmp_path / "reports" / "validate.xml"
    result = runner.invoke(app, ["validate", str(SAMPLES), "--strict", "--junit", str(report)])
    assert result.exit_code == 1
    suite = ElementTree.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("3", "1")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {str(p) for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".py"}
    failure = cases[str(TEXT)].find("failure")
    assert failure is not None and "warnings under --strict" in failure.get("message", "")
    assert cases[str(SAMPLES / "northfield-vale-action-plan.pdf")].find("failure") is None


def test_expect_naming_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(SAMPLES), "--expect", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert (
        result.output.strip() == f"error: --expect {tmp_path / 'nope'}: no such file or directory"
    )


def test_junit_report_counts_an_input_that_cannot_be_read(tmp_path: Path) -> None:
    missing = tmp_path / "gone.pdf"
    report = tmp_path / "validate.xml"
    result = runner.invoke(app, ["validate", str(missing), str(TEXT), "--junit", str(report)])
    assert result.exit_code == 1
    assert f"error: {missing}: no such file or directory" in result.output
    assert "1 passed, 1 failed" in result.output
    suite = ElementTree.parse(report).getroot().find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("2", "1")
    (failure,) = suite.iter("failure")
    assert failure.get("message") == f"FAIL {missing}: no such file or directory"
