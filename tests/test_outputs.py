"""The run's tables loaded the way analysts load them: pandas, DuckDB, sqlite3, read_dataset."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from actionplan import read_dataset, split_list
from actionplan.cli import app
from actionplan.dataset import failure_kind
from actionplan.writers import guard_formula, join_list

pd = pytest.importorskip("pandas")
runner = CliRunner()

PLAN = (
    "# Riverside Council: Improvement Plan\n\n"
    "Ref\tRecommendation\tAction\tResponsible Officer\tTarget Date\tRAG\tComments\n"
    "1\tImprove the front door.\t1.9 Recruit staff.\tHead of Service\t31/07/2024\tGreen\t"
    '=HYPERLINK("http://x.test","click")\n'
    "\t\t1.10 Review thresholds; then audit.\tAnn Lee / Bob Roe\tTBC\tAmber\t-5 days behind\n"
)
TABLES = ["documents", "areas", "actions", "people", "action_people", "warnings", "failures"]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One good plan (two actions, three leads, one a role only) and one empty file."""
    folder = tmp_path_factory.mktemp("in")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = folder / "out"
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "-j", "1", "--db", str(out / "plans.db")]
    )
    assert result.exit_code == 1, result.output
    return out


def test_every_table_is_written_as_csv_and_jsonl(run: Path) -> None:
    for table in TABLES:
        assert (run / f"{table}.csv").exists() and (run / f"{table}.jsonl").exists(), table
    assert not [p for p in run.iterdir() if p.name.endswith(".tmp") or "staging" in p.name]


def test_pandas_reads_jsonl_lists_as_lists_and_empty_as_null(run: Path) -> None:
    actions = pd.read_json(run / "actions.jsonl", lines=True, dtype=False)
    assert len(actions) == 2
    assert list(actions["action_ref"]) == ["1.9", "1.10"]
    assert list(actions["leads"]) == [["Head of Service"], ["Ann Lee", "Bob Roe"]]
    assert pd.isna(actions["warnings"][0])
    assert len(actions["warnings"][1]) == 1 and "disagrees" in actions["warnings"][1][0]
    assert actions["outcome"].isna().all()
    people = pd.read_json(run / "people.jsonl", lines=True, dtype=False)
    role_only = people[people["role"] == "Head of Service"]
    assert len(role_only) == 1 and pd.isna(role_only["name"].iloc[0])
    assert list(role_only["variants"].iloc[0]) == ["Head of Service"]


def test_pandas_reads_csv_as_text_and_lists_split_back(run: Path) -> None:
    actions = pd.read_csv(run / "actions.csv", dtype="string", keep_default_na=False)
    assert list(actions["action_ref"]) == ["1.9", "1.10"]
    assert [split_list(cell) for cell in actions["leads"]] == [
        ["Head of Service"],
        ["Ann Lee", "Bob Roe"],
    ]
    assert actions["warnings"].iloc[0] == "" and list(actions["outcome"]) == ["", ""]


def test_csv_guards_formulas_and_json_keeps_raw_text(run: Path) -> None:
    with (run / "actions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["progress"] == '\'=HYPERLINK("http://x.test","click")'
    assert rows[1]["progress"] == "'-5 days behind"
    lines = (run / "actions.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["progress"] == '=HYPERLINK("http://x.test","click")'
    with sqlite3.connect(run / "plans.db") as db:
        (progress,) = db.execute(
            "SELECT progress FROM actions WHERE action_ref = '1.10'"
        ).fetchone()
    assert progress == "-5 days behind"


def test_raw_csv_option_writes_cells_as_they_are(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(plan), "-o", str(out), "--raw-csv"])
    assert result.exit_code == 0, result.output
    with (out / "actions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["progress"] == '=HYPERLINK("http://x.test","click")'


def test_duckdb_reads_types_arrays_and_nulls(run: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    jsonl = str(run / "actions.jsonl")
    rows = duckdb.sql(
        f"SELECT action_ref, leads, due_end, line, warnings FROM read_json_auto('{jsonl}')"
    ).fetchall()
    assert rows[0] == ("1.9", ["Head of Service"], date(2024, 7, 31), 4, None)
    assert rows[1][:4] == ("1.10", ["Ann Lee", "Bob Roe"], None, 5)
    csv_path = str(run / "actions.csv")
    refs = duckdb.sql(
        f"SELECT action_ref FROM read_csv_auto('{csv_path}', all_varchar = true)"
    ).fetchall()
    assert refs == [("1.9",), ("1.10",)]
    failures = duckdb.sql(f"SELECT kind, message FROM read_csv_auto('{run / 'failures.csv'}')")
    assert failures.fetchall() == [("empty", "empty file")]


def test_sqlite_is_typed_and_its_keys_hold(run: Path) -> None:
    with sqlite3.connect(run / "plans.db") as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        assert counts == {
            "documents": 1,
            "areas": 1,
            "actions": 2,
            "people": 3,
            "action_people": 3,
            "warnings": 1,
            "failures": 1,
        }
        leads = db.execute(
            "SELECT j.value FROM actions, json_each(actions.leads) AS j "
            "WHERE action_ref = '1.10' ORDER BY j.key"
        ).fetchall()
        assert leads == [("Ann Lee",), ("Bob Roe",)]
        assert db.execute("SELECT typeof(line), typeof(action_ref) FROM actions").fetchall() == [
            ("integer", "text"),
            ("integer", "text"),
        ]
        links = db.execute("SELECT sql FROM sqlite_master WHERE name = 'action_people'").fetchone()
        assert 'REFERENCES "actions"' in links[0] and "PRIMARY KEY" in links[0]
        assert db.execute("SELECT count(*) FROM actions WHERE warnings = ''").fetchone() == (0,)
        failure = db.execute("SELECT file, length(sha256), kind FROM failures").fetchone()
        assert failure[0].endswith("empty.txt") and failure[1:] == (64, "empty")


def test_read_dataset_is_typed_and_equals_the_jsonl(run: Path) -> None:
    tables = read_dataset(run)
    assert list(tables) == TABLES
    actions = tables["actions"]
    assert list(actions["action_ref"]) == ["1.9", "1.10"]
    assert str(actions["line"].dtype) == "Int64" and actions["page"].isna().all()
    assert actions["due_end"].iloc[0] == pd.Timestamp("2024-07-31")
    assert pd.isna(actions["due_end"].iloc[1])
    assert actions["leads"].iloc[1] == ["Ann Lee", "Bob Roe"]
    for name in TABLES:
        lines = (run / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        expected = [json.loads(line) for line in lines]
        frame = tables[name]
        assert len(frame) == len(expected), name
        got = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
        assert got == expected, name


def test_read_dataset_from_csv_alone_gives_the_same(tmp_path: Path, run: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(plan), "-o", str(out), "--format", "csv"])
    from_csv = read_dataset(out)["actions"]
    from_jsonl = read_dataset(run)["actions"]
    columns = ["action_ref", "leads", "progress", "warnings", "line", "due_end"]
    assert from_csv[columns].equals(from_jsonl[columns])


def _plain(value: object) -> object:
    """A DataFrame cell as the JSON value it came from."""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, list):
        return value
    return None if pd.isna(value) else value  # type: ignore[call-overload]


@given(st.lists(st.text(min_size=1), min_size=1))
def test_csv_lists_split_back_exactly(items: list[str]) -> None:
    assert split_list(join_list(items)) == items


def test_guard_follows_owasp() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert guard_formula(start + "1+1") == "'" + start + "1+1"
    assert guard_formula("Plain text") == "Plain text"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("timed out after 120 s", "timeout"),
        ("not a PDF: looks like HTML (no action-plan table found)", "wrong_format"),
        ("binary file, not text", "wrong_format"),
        ("encrypted PDF", "encrypted"),
        ("no text layer (image-only PDF): OCR is needed", "no_text"),
        ("truncated or corrupt PDF: no pages", "damaged"),
        ("no action-plan table found", "no_plan"),
        ("internal error: ValueError: x", "internal"),
        ("worker stopped (exit code -9)", "internal"),
    ],
)
def test_failure_kinds_are_countable(message: str, kind: str) -> None:
    assert failure_kind(message) == kind
