"""Promises kept under limits, odd inputs and hostile files: reported, never lost or hung."""

from __future__ import annotations

import errno
import gc
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actionplan import batch
from actionplan.batch import MANIFEST
from actionplan.cli import app
from actionplan.extract.grid import Grid
from actionplan.extract.readers import docx_reader, text_reader
from actionplan.extract.readers.text_reader import read_text
from actionplan.inputs import shown
from actionplan.outdir import hold
from actionplan.schemas import ActionPlan
from tests.hostile import (
    SPAN_BOMB_HTML,
    bad_mediabox_pdf,
    damaged_pdf_with_broken_xref,
    docx_span_bomb,
    docx_with,
    long_text_plan,
    many_page_pdf,
    memory_capped,
)

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "example-borough-action-plan.txt"
SAMPLE_DOCX = ROOT / "samples" / "northfield-vale-action-plan.docx"


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def test_a_timeout_is_reported_as_such_and_never_remembered(tmp_path: Path) -> None:
    long_pdf = tmp_path / "long.pdf"
    long_pdf.write_bytes(many_page_pdf(2000))  # valid; its page tree alone takes seconds
    out = tmp_path / "out"
    args = ["extract", str(long_pdf), "-o", str(out), "-j", "1", "--timeout", "0.5"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output
    assert _errors(first.output) == [f"error: {long_pdf}: timed out after 0.5 s"]
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert str(long_pdf.resolve()) not in manifest["files"]  # not a property of the file

    again = runner.invoke(app, args)
    assert "reused" not in again.output  # tried again, not answered from memory
    assert _errors(again.output) == [f"error: {long_pdf}: timed out after 0.5 s"]


def test_a_timeout_holds_when_it_falls_in_a_garbage_collector_callback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An alarm raised inside a gc callback is swallowed; a killed worker is not."""
    plan = tmp_path / "long-plan.txt"
    plan.write_text(long_text_plan(30000), encoding="utf-8")
    slow_until = [0.0]

    def reading_starts(path: Path) -> Grid:  # runs here only if the work runs in this process
        slow_until[0] = time.monotonic() + 3
        return read_text(path)

    def slow_collection(phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and time.monotonic() < slow_until[0]:
            time.sleep(0.2)  # the file's first seconds are spent almost wholly in callbacks

    monkeypatch.setattr(text_reader, "read_text", reading_starts)
    gc.callbacks.append(slow_collection)
    try:
        args = ["extract", str(plan), "-o", str(tmp_path / "out"), "-j", "1", "--timeout", "1"]
        result = runner.invoke(app, args)
    finally:
        gc.callbacks.remove(slow_collection)
    assert _errors(result.output) == [f"error: {plan}: timed out after 1 s"], result.output


# ----------------------------------------------------------------------------- the output folder


def test_a_second_run_into_a_folder_in_use_refuses(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with hold(out):  # a run in progress
        result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2
    assert _errors(result.output) == [
        f"error: {out}: in use by another run (process {os.getpid()})"
    ]
    assert not list(out.glob("*.json"))


def test_a_killed_run_does_not_leave_its_folder_locked(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = "import sys, time; from pathlib import Path; from actionplan.outdir import hold\n"
    code += "with hold(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(600)"
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(out)], cwd=ROOT, stdout=subprocess.PIPE
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
    busy = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert busy.exit_code == 2, busy.output
    holder.kill()
    holder.wait(10)
    assert runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)]).exit_code == 0


@pytest.mark.parametrize(
    "target, reason",
    [
        ("file", "not a folder (the output folder must be one)"),
        ("/proc/actionplan-out", "cannot create the output folder"),
    ],
)
def test_an_unusable_output_folder_is_one_line_before_any_work(
    tmp_path: Path, target: str, reason: str
) -> None:
    out = tmp_path / target if target == "file" else Path(target)
    if target == "file":
        out.write_text("already a file", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    [line] = _errors(result.output)
    assert line.startswith(f"error: {out}: {reason}")


def test_a_database_in_a_read_only_place_is_refused_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out), "--db", "/proc/x.sqlite"])
    assert result.exit_code == 2
    assert _errors(result.output) == ["error: /proc: cannot write here: No such file or directory"]
    assert not list(out.glob("*.json"))  # refused before extracting


def test_a_full_disk_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, _text: str, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(batch, "write_atomic", full)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    written = out / MANIFEST
    assert _errors(result.output) == [
        f"error: cannot write the results: {written}: No space left on device"
    ]


def test_a_document_the_worker_cannot_write_is_one_line(tmp_path: Path) -> None:
    """The worker writes each document's JSON: a file-size limit it inherits stops the run
    with the one line a full disk gives, naming the document, and leaves no temp file."""
    resource = pytest.importorskip("resource")
    out = tmp_path / "out"
    out.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))  # the sample's JSON is larger
    try:
        result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert result.exit_code == 1
    written = out / "example-borough-action-plan.json"
    assert _errors(result.output) == [
        f"error: cannot write the results: {written}: {os.strerror(errno.EFBIG)}"
    ]
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_debug_on_a_missing_file_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    result = runner.invoke(app, ["debug", str(missing), "-o", str(tmp_path / "p.png")])
    assert result.exit_code == 1
    assert _errors(result.output) == [f"error: {missing}: no such file or directory"]


# ----------------------------------------------------------------------------- odd inputs


def _odd_inputs(folder: Path) -> dict[Path, str]:
    """Inputs that are not regular files, each with the reason it must get."""
    folder.mkdir()
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    loop = folder / "loop.txt"
    loop.symlink_to(loop)
    undecodable = Path(os.fsdecode(bytes(folder) + b"/plan-\xff.txt"))
    shutil.copy(SAMPLE, undecodable)
    return {
        fifo: "a named pipe (FIFO), not a regular file",
        Path("/dev/zero"): "a device, not a regular file",
        loop: "symbolic link loop",
        undecodable: "file name is not valid UTF-8",
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_devices_loops_and_undecodable_names_cost_one_line_each(tmp_path: Path) -> None:
    odd = _odd_inputs(tmp_path / "in")
    args = [str(p) for p in odd]
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "actionplan",
            "extract",
            *args,
            str(SAMPLE),
            "-o",
            str(tmp_path / "o"),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    stderr = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 1, stderr
    assert "Traceback" not in stderr
    expected = {f"error: {shown(p)}: {reason}" for p, reason in odd.items()}
    assert set(_errors(stderr)) == expected
    assert "1 ok, 4 failed, 6 actions" in run.stdout.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_detect_and_validate_refuse_a_fifo_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for command in ("detect", "validate"):
        run = subprocess.run(
            [sys.executable, "-m", "actionplan", command, str(fifo)],
            cwd=ROOT,
            capture_output=True,
            timeout=60,
        )
        output = run.stdout.decode() + run.stderr.decode()
        assert run.returncode == 1, output
        assert f"{fifo}: a named pipe (FIFO), not a regular file" in output


def test_names_with_newlines_and_escapes_are_printed_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = folder / "empty\n\x1b[2Jerror: forged.txt"
    hostile.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(hostile), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert _errors(result.output) == [
        f"error: {folder}/empty\\n\\x1b[2Jerror: forged.txt: empty file"
    ]


# ----------------------------------------------------------------------------- damaged files


def _damaged(folder: Path) -> dict[Path, str]:
    folder.mkdir()
    source = SAMPLE_DOCX.read_bytes()
    files = {
        folder / "rels.docx": (docx_with(source, "_rels/.rels", b""), "corrupt Word document"),
        folder / "zlib.docx": (docx_with(source, "word/document.xml"), "damaged compressed data"),
        # PDFium reads past the broken page box and finds nothing on the page
        folder / "box.pdf": (bad_mediabox_pdf(), "nothing drawn on any page (an empty PDF)"),
    }
    for path, (data, _) in files.items():
        path.write_bytes(data)
    return {path: reason for path, (_, reason) in files.items()}


@pytest.mark.parametrize("command", ["extract", "detect", "validate"])
def test_damaged_files_get_one_plain_line_in_every_command(tmp_path: Path, command: str) -> None:
    damaged = _damaged(tmp_path / "in")
    args = [command, *map(str, damaged)]
    if command == "extract":
        args += ["-o", str(tmp_path / "out")]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "internal error" not in result.output
    for path, reason in damaged.items():
        [line] = [line for line in result.output.splitlines() if str(path) in line]
        assert f"{path}: {reason}" in line


# ----------------------------------------------------------------------------- memory


def _extract_capped(path: Path, out: Path) -> subprocess.CompletedProcess[bytes]:
    """extract in a process of at most 1.5 GB, so a span bomb fails fast instead of swapping."""
    return subprocess.run(
        [sys.executable, "-m", "actionplan", "extract", str(path), "-o", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        preexec_fn=memory_capped(1536),
    )


def test_an_html_colspan_of_a_billion_is_held_to_the_table(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(SPAN_BOMB_HTML, encoding="utf-8")
    run = _extract_capped(page, tmp_path / "out")
    assert run.returncode == 0, run.stderr.decode()
    plan = ActionPlan.model_validate_json((tmp_path / "out" / "plan.json").read_bytes())
    texts = [action.text for _, _, action in plan.actions()]
    assert texts == ["Recruit two social workers.", "Introduce a daily triage meeting."]


def test_a_docx_grid_span_of_a_billion_is_held_to_the_table(tmp_path: Path) -> None:
    document = tmp_path / "plan.docx"
    document.write_bytes(docx_span_bomb(SAMPLE_DOCX.read_bytes()))
    run = _extract_capped(document, tmp_path / "out")
    stderr = run.stderr.decode()
    assert run.returncode in (0, 1), stderr
    assert "memory" not in stderr and "internal error" not in stderr and "Traceback" not in stderr


def test_a_docx_whose_parts_inflate_past_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = tmp_path / "bomb.docx"
    padded = docx_with(SAMPLE_DOCX.read_bytes(), "word/fontTable.xml", b" " * (3 << 20))
    document.write_bytes(padded)
    assert document.stat().st_size < 200_000  # 3 MB of spaces deflate to a few KB
    monkeypatch.setattr(docx_reader, "MAX_INFLATED", 2 << 20)
    with pytest.raises(docx_reader.DocxError, match="too large: its parts inflate to 3 MB"):
        docx_reader.read_docx(document)


# ----------------------------------------------------------------------------- text cleaning


def test_cells_of_unclosed_tags_are_cleaned_well_within_the_timeout(tmp_path: Path) -> None:
    """40,000 "<" took 2.4 s when cleaning was quadratic; 200,000 would take a minute."""
    action, note = "9.1 Check " + "<b>x" * 50_000, "Note " + "<" * 200_000
    row = "\t".join(["9", "Keep records.", action, "Jane Smith", "31/07/2024", "Green", note])
    plan = tmp_path / "plan.txt"
    plan.write_text(SAMPLE.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    args = ["extract", str(plan), "-o", str(tmp_path / "out"), "--timeout", "20"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "7 actions" in result.output


def test_library_warnings_name_the_file_they_concern(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(damaged_pdf_with_broken_xref())
    run = subprocess.run(
        [sys.executable, "-m", "actionplan", "extract", str(damaged), "-o", str(tmp_path / "o")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = run.stderr.splitlines()
    warnings = [line for line in lines if line.startswith(f"warning: {damaged}: ")]
    assert warnings, run.stderr  # pdfminer complained about this file, and it says so
    assert len(warnings) == len(set(warnings))  # each distinct complaint once
    assert [line for line in lines if line not in warnings] == [
        f"error: {damaged}: no action-plan table found"
    ]


# ----------------------------------------------------------------------------- orphaned workers


def test_workers_leave_quietly_when_their_run_is_terminated(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"plan-{n}.txt").write_text(long_text_plan(3000), encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.Popen(
        [sys.executable, "-m", "actionplan", "extract", str(folder), "-o", str(out), "-j", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
    deadline = time.monotonic() + 60
    while len(workers := _serving(children)) < 2:
        assert time.monotonic() < deadline, "workers never started"
        time.sleep(0.05)
    run.terminate()  # the main process alone: its workers are orphaned mid-file
    assert run.stderr is not None
    stderr = run.stderr.read().decode()  # ends once every worker has closed it, i.e. left
    run.wait(10)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert not [pid for pid in workers if _running(pid)]


def _serving(children: Path) -> list[int]:
    """Workers past start-up: their second thread (watching the parent) is running."""
    pids = [int(pid) for pid in children.read_text().split()]
    return [pid for pid in pids if len(list(Path(f"/proc/{pid}/task").iterdir())) >= 2]


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie lingers where pid 1 does not reap)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_word_document_without_a_body_gets_a_plain_reason(tmp_path: Path) -> None:
    empty = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    document = tmp_path / "nobody.docx"
    document.write_bytes(docx_with(SAMPLE_DOCX.read_bytes(), "word/document.xml", empty))
    for command in (["extract", "-o", str(tmp_path / "out")], ["detect"], ["validate"]):
        result = runner.invoke(app, [command[0], str(document), *command[1:]])
        assert result.exit_code == 1, result.output
        assert f"{document}: corrupt Word document: no document body" in result.output
