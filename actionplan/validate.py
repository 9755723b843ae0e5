"""Check sample documents in CI: extract, fail on errors (and warnings), compare with expectations.

An expectation is the plan's own JSON with the source path cut to the file
name, so it holds wherever the repository is checked out. A file that is
meant to fail (a document that is not a plan) is pinned as {"error": reason}.
An expectation may also list the warning kinds its plan legitimately has
("accepted_warnings": ["no_due_date"]), which --strict then accepts for that
file alone; --ignore KIND accepts a kind for every file.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actionplan.batch import extract_to_json
from actionplan.dataset import Document, Finding, findings
from actionplan.extract.engine.profile import Profile
from actionplan.inputs import shown
from actionplan.reports.tables import parse_document
from actionplan.schemas import ActionPlan, Report
from actionplan.writers import write_atomic

MAX_DIFF_LINES = 40
FLOAT_TOLERANCE = 0.05
ACCEPTED = "accepted_warnings"
"""The key of an expectation listing the warning kinds --strict accepts for that file."""


@dataclass
class Check:
    """One file's validation: what was extracted, its warnings, its difference from expectations."""

    path: Path
    plan: ActionPlan | Report | None = None
    error: str | None = None
    warnings: list[Finding] = field(default_factory=list)
    expected: Path | None = None
    diff: list[str] = field(default_factory=list)
    missing_expectation: bool = False
    error_expected: bool = False
    accepted: frozenset[str] = frozenset()
    """Warning kinds --strict lets pass (from --ignore and the expectation)."""
    notes: list[str] = field(default_factory=list)  # library warnings about the file

    def passed(self, strict: bool) -> bool:
        if self.missing_expectation or self.diff:
            return False
        if self.error is not None:
            return self.error_expected
        return not (strict and self.strict_warnings)

    @property
    def strict_warnings(self) -> list[Finding]:
        """The warnings --strict fails on: every one whose kind is not accepted."""
        return [w for w in self.warnings if w.kind not in self.accepted]

    def warning_kinds(self) -> Counter[str]:
        return Counter(w.kind for w in self.warnings)


def expectation(path: Path, plan: ActionPlan | Report | None, error: str | None) -> dict[str, Any]:
    """What a stored expectation holds: the document (path cut to the file name) or the error."""
    if plan is None:
        return {"source": path.name, "error": error}
    data = json.loads(plan.model_dump_json())
    data["source"]["path"] = Path(plan.source.path).name
    return data


def expected_path(path: Path, expect: Path | None, *, single: bool) -> Path:
    """Where a file's expectation lives: the --expect file, or <dir>/<file name>.json.

    The whole file name (plan.pdf.json) keeps plan.pdf and plan.docx apart; the
    folder defaults to expected/ beside the file.
    """
    if expect is None:
        return path.parent / "expected" / f"{path.name}.json"
    if single and expect.suffix == ".json" and not expect.is_dir():
        return expect
    return expect / f"{path.name}.json"


def check_file(
    path: Path,
    *,
    expected: Path | None = None,
    profile: Profile | None = None,
    engine: str = "pdfplumber",
    ignore: frozenset[str] = frozenset(),
) -> Check:
    """Extract one file and judge it; `expected` names a stored expectation to compare with."""
    result = extract_to_json(path, profile=profile, engine=engine)
    check = Check(path, error=result.get("error"), expected=expected, accepted=ignore)
    check.notes = result.get("notes", [])
    if result.get("json"):
        check.plan = parse_document(result["json"])
        check.warnings = _warnings(path, check.plan)
    if expected is None:
        return check
    try:
        stored = json.loads(expected.read_text(encoding="utf-8"))
    except FileNotFoundError:
        check.missing_expectation = True
        return check
    check.accepted = ignore | frozenset(stored.pop(ACCEPTED, ()))
    if ("error" in stored) != (check.error is not None):
        wanted = f"error {stored['error']!r}" if "error" in stored else "a plan"
        got = f"error {check.error!r}" if check.error is not None else "a plan"
        check.diff = [f"(document): expected {wanted}, got {got}"]
        return check
    check.error_expected = check.error is not None
    check.diff = diff(stored, expectation(path, check.plan, check.error))
    return check


def _warnings(path: Path, doc: ActionPlan | Report) -> list[Finding]:
    """A plan's warnings with its actions' own; a report carries its warnings alone."""
    if isinstance(doc, Report):
        return [Finding.of(w) for w in doc.warnings]
    return list(findings(Document(path.stem, doc)))


def _yield(doc: ActionPlan | Report | None) -> str:
    """What one file gave, in the words its kind uses."""
    if isinstance(doc, Report):
        return f"inspection report, {len(doc.recommendations)} recommendations"
    return f"{sum(1 for _ in doc.actions()) if doc else 0} actions"


def report_lines(check: Check, *, strict: bool) -> list[str]:
    """What CI prints for one file: a verdict line, then why."""
    name = shown(check.path)
    kinds = check.warning_kinds()
    counts = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    lines: list[str] = []
    if check.missing_expectation:
        lines.append(f"FAIL {name}: no expectation at {check.expected} (run --update-expected)")
    elif check.diff:
        lines.append(f"FAIL {name}: {len(check.diff)} differences from {check.expected}")
        lines.extend(f"  {line}" for line in check.diff)
    elif check.error is not None and not check.error_expected:
        lines.append(f"FAIL {name}: {check.error}")
    elif check.error is not None:
        lines.append(f"ok   {name}: fails as expected ({check.error})")
    elif strict and check.strict_warnings:
        failing = check.strict_warnings
        lines.append(f"FAIL {name}: {len(failing)} warnings under --strict ({counts})")
        lines.extend(
            f"  {w.kind}: {w.message}" + (f" ({w.where()})" if w.where() else "")
            for w in failing[:MAX_DIFF_LINES]
        )
    else:
        extra = f"; warnings: {counts}" if counts else ""
        lines.append(f"ok   {name}: {_yield(check.plan)}{extra}")
    return lines + [f"  library: {note}" for note in check.notes]


def update_expectation(check: Check) -> Path:
    """Store what the file yields now as its expectation, keeping its accepted warnings."""
    assert check.expected is not None
    data = expectation(check.path, check.plan, check.error)
    try:
        accepted = json.loads(check.expected.read_text(encoding="utf-8")).get(ACCEPTED)
    except (OSError, ValueError, AttributeError):
        accepted = None
    if accepted:
        data[ACCEPTED] = accepted
    write_atomic(check.expected, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return check.expected


def diff(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Readable per-field differences, one line each: 'field: expected X, got Y'."""
    lines: list[str] = []
    _diff(expected, actual, where, lines)
    if len(lines) > MAX_DIFF_LINES:
        more = len(lines) - MAX_DIFF_LINES
        lines = [*lines[:MAX_DIFF_LINES], f"... and {more} more differences"]
    return lines


def _diff(expected: Any, actual: Any, where: str, lines: list[str]) -> None:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in [*expected, *(k for k in actual if k not in expected)]:
            here = f"{where}.{key}" if where else str(key)
            if key not in actual:
                lines.append(f"{here}: expected {_show(expected[key])}, missing")
            elif key not in expected:
                lines.append(f"{here}: not expected, got {_show(actual[key])}")
            else:
                _diff(expected[key], actual[key], here, lines)
        return
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            lines.append(f"{where}: expected {len(expected)} items, got {len(actual)}")
        for index, (old, new) in enumerate(zip(expected, actual, strict=False)):
            _diff(old, new, f"{where}[{index}]", lines)
        return
    if _same(expected, actual):
        return
    lines.append(f"{where or '(document)'}: expected {_show(expected)}, got {_show(actual)}")


def _same(expected: Any, actual: Any) -> bool:
    numbers = (int, float)
    if isinstance(expected, numbers) and isinstance(actual, numbers):
        if isinstance(expected, bool) or isinstance(actual, bool):
            return expected is actual
        return abs(expected - actual) <= FLOAT_TOLERANCE
    return bool(expected == actual)


def _show(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def write_junit(checks: list[Check], path: Path, *, strict: bool) -> Path:
    """A JUnit XML report: one test case per document, its report lines as the failure."""
    failures = [c for c in checks if not c.passed(strict)]
    suite = ET.Element(
        "testsuite",
        name="actionplan validate",
        tests=str(len(checks)),
        failures=str(len(failures)),
        errors="0",
    )
    for check in checks:
        case = ET.SubElement(
            suite, "testcase", classname="actionplan.validate", name=str(check.path)
        )
        lines = report_lines(check, strict=strict)
        if not check.passed(strict):
            failure = ET.SubElement(case, "failure", message=lines[0])
            failure.text = "\n".join(lines)
        else:
            ET.SubElement(case, "system-out").text = "\n".join(lines)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode", xml_declaration=True)
    write_atomic(path, text + "\n")
    return path
