"""The researcher's tables: keys that link, stay put across runs, and open in Excel."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.dataset import warning_kind
from actionplan.writers import ACTION_COLUMNS

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = SAMPLES / "example-borough-action-plan.txt"


def _rows(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh))


def _run(inputs: list[Path], out: Path, *extra: str) -> None:
    result = runner.invoke(app, ["extract", *map(str, inputs), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output


def test_keys_link_every_table(tmp_path: Path) -> None:
    docx = SAMPLES / "northfield-vale-action-plan.docx"
    _run([TEXT, docx], tmp_path, "-j", "1")
    documents = _rows(tmp_path / "documents.csv")
    areas = _rows(tmp_path / "areas.csv")
    actions = _rows(tmp_path / "actions.csv")
    people = _rows(tmp_path / "people.csv")
    assert [d["doc"] for d in documents] == [TEXT.stem, docx.stem]
    assert [int(d["actions"]) for d in documents] == [6, 4]
    doc_ids = {d["doc_id"] for d in documents}
    assert all(d["doc_id"].startswith(d["doc"] + "-") for d in documents)
    assert {a["doc_id"] for a in areas} == doc_ids
    area_ids = {a["area_id"] for a in areas}
    assert len(area_ids) == len(areas) == 5
    assert {r["area_id"] for r in actions} == area_ids
    assert len({r["action_id"] for r in actions}) == len(actions) == 10
    assert all(r["action_id"].startswith(r["area_id"] + ":") for r in actions)
    person_ids = {p["person_id"] for p in people}
    linked = {pid for r in actions for pid in r["person_ids"].split("; ") if pid}
    assert linked == person_ids
    assert list(actions[0]) == [*ACTION_COLUMNS, "action_id", "area_id", "doc_id"]


def test_keys_stay_the_same_when_documents_join_the_run(tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    _run([TEXT], alone)
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXT, folder / TEXT.name)
    shutil.copy(SAMPLES / "northfield-vale-action-plan.pdf", folder / "a-first.pdf")
    together = tmp_path / "together"
    _run([folder], together, "-j", "1")

    def keys(out: Path) -> set[tuple[str, str, str]]:
        rows = _rows(out / "actions.csv")
        return {
            (r["action_id"], r["person_ids"], r["action_text"])
            for r in rows
            if r["doc"] == TEXT.stem
        }

    assert len(keys(alone)) == 6
    assert keys(alone) == keys(together)


def test_excel_option_writes_a_bom(tmp_path: Path) -> None:
    _run([TEXT], tmp_path, "--excel", "--format", "csv")
    raw = (tmp_path / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdoc,source,")
    rows = _rows(tmp_path / "actions.csv", encoding="utf-8-sig")
    assert len(rows) == 6 and rows[0]["doc"] == TEXT.stem
    plain = tmp_path / "plain"
    _run([TEXT], plain, "--format", "csv")
    assert not (plain / "actions.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_warning_kinds_are_short_and_countable() -> None:
    assert warning_kind("impossible date '31/02/2013' clamped to 2013-02-28") == "clamped_date"
    assert (
        warning_kind("status from rag 'Red' (off_track) disagrees with cell (completed)")
        == "status_conflict"
    )
    assert warning_kind("Something quite new happened here") == "something_quite_new"
