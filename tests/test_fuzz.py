"""Seeded mutation fuzzing: hundreds of damaged copies of real plans through every command.

Each copy is one of the sample plans (PDF, DOCX, HTML, text) with bytes
flipped, cut, repeated or inserted (for the DOCX also inside its document
part, past the zip layer). Whatever a copy has become, the promises hold:
documented exit codes, one error line per bad file naming it, no traceback,
the untouched originals' records unchanged, and no temp files left.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from actionplan.inputs import shown
from tests.docbuild import html_page
from tests.hostile import docx_with

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = 15
COPIES = 60  # per format: 240 mutated files
HTML_PLAN = html_page(
    "<h2>Priority 1: Front door</h2><table>"
    "<tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>Status</th></tr>"
    "<tr><td>1.1</td><td>Recruit two <b>MASH</b> social workers.</td><td>Jane Smith</td>"
    "<td>31/07/2024</td><td>Green</td></tr>"
    "<tr><td>1.2</td><td>Introduce a daily triage meeting.</td><td>Tom Baker</td>"
    "<td>End of June 2024</td><td>Blue</td></tr></table>"
)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three random edits: flip, cut, repeat or insert bytes."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        if not out:
            break
        at = rng.randrange(len(out))
        kind = rng.choice(["flip", "cut", "repeat", "insert", "truncate"])
        if kind == "flip":
            for i in range(at, min(len(out), at + rng.randint(1, 16))):
                out[i] = rng.randrange(256)
        elif kind == "cut":
            del out[at : at + rng.randint(1, 512)]
        elif kind == "repeat":
            out[at:at] = out[at : at + rng.randint(1, 512)] * rng.randint(2, 50)
        elif kind == "insert":
            out[at:at] = rng.choice([b"<", b"\x00", b"(", b"<<", b"\xff\xfe", b"\t", b"\n"]) * (
                rng.randint(1, 2000)
            )
        else:
            del out[at:]
    return bytes(out)


def _mutate_docx_part(data: bytes, rng: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml")
    return docx_with(data, "word/document.xml", _mutate(xml, rng))


def _corpus(folder: Path) -> tuple[list[Path], list[Path]]:
    """(the originals, the mutated copies), all written into `folder`."""
    folder.mkdir()
    originals = {
        "plan.pdf": (SAMPLES / "northfield-vale-action-plan.pdf").read_bytes(),
        "plan.docx": (SAMPLES / "northfield-vale-action-plan.docx").read_bytes(),
        "plan.html": HTML_PLAN.encode("utf-8"),
        "plan.txt": (SAMPLES / "example-borough-action-plan.txt").read_bytes(),
    }
    rng = random.Random(SEED)
    good, mutated = [], []
    for name, data in originals.items():
        (folder / name).write_bytes(data)
        good.append(folder / name)
        stem, suffix = name.split(".")
        for n in range(COPIES):
            if suffix == "docx" and n % 2:
                copy = _mutate_docx_part(data, rng)
            else:
                copy = _mutate(data, rng)
            path = folder / f"{stem}-{n:03d}.{suffix}"
            path.write_bytes(copy)
            mutated.append(path)
    return good, mutated


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actionplan", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[Path]]:
    return _corpus(tmp_path_factory.mktemp("fuzz") / "in")


def _error_lines(stderr: str, names: set[str]) -> dict[str, str]:
    """File (as printed) -> its one error line; a file named twice fails the test.

    Library warnings may come first, but each names its file too.
    """
    lines: dict[str, str] = {}
    for line in stderr.splitlines():
        if line.startswith("warning: "):
            assert line.split(": ", 2)[1] in names, f"warning naming no input: {line!r}"
            continue
        assert line.startswith("error: "), f"stray stderr line: {line!r}"
        name = line[len("error: ") :].split(": ", 1)[0]
        assert name not in lines, f"two error lines for {name}"
        lines[name] = line
    return lines


@pytest.fixture(scope="module")
def extracted(
    corpus: tuple[list[Path], list[Path]],
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The whole corpus through one extract run: (its output folder, the run)."""
    folder = corpus[0][0].parent
    out = folder.parent / "out"
    run = _run("extract", str(folder), "-o", str(out), "-j", "2", "--timeout", "30")
    return out, run


def test_extract_survives_every_mutation(
    corpus: tuple[list[Path], list[Path]],
    extracted: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    good, mutated = corpus
    out, run = extracted
    assert "Traceback" not in run.stderr
    every = good + mutated
    errors = _error_lines(run.stderr, {shown(p) for p in every})
    assert run.returncode == (1 if errors else 0), run.stderr
    assert f"{len(every) - len(errors)} ok, {len(errors)} failed" in run.stdout
    for path in good:
        assert shown(path) not in errors
        record = json.loads((out / f"{path.stem}-{path.suffix[1:]}.json").read_text("utf-8"))
        assert record["source"]["path"] == str(path)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(list(out.glob("*.json"))) == len(every) - len(errors)


def test_originals_give_the_same_records_beside_mutated_copies(
    corpus: tuple[list[Path], list[Path]],
    extracted: tuple[Path, subprocess.CompletedProcess[str]],
    tmp_path: Path,
) -> None:
    good, _ = corpus
    together, _ = extracted
    alone = tmp_path / "alone"
    assert _run("extract", *map(str, good), "-o", str(alone), "-j", "2").returncode == 0
    for path in good:
        name = f"{path.stem}-{path.suffix[1:]}.json"
        first = json.loads((alone / name).read_text("utf-8"))
        second = json.loads((together / name).read_text("utf-8"))
        assert first == second


@pytest.mark.parametrize("command", ["detect", "validate"])
def test_detect_and_validate_survive_every_mutation(
    corpus: tuple[list[Path], list[Path]], command: str
) -> None:
    good, mutated = corpus
    chosen = good + mutated[::3]  # every format, a third of the copies: in-process and slower
    run = _run(command, *map(str, chosen))
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    if command == "detect":
        errors = _error_lines(run.stderr, {shown(p) for p in chosen})
        described = {line.split(": ", 1)[0] for line in run.stdout.splitlines() if line[:1] != " "}
        assert described | set(errors) == {shown(p) for p in chosen}
        assert not described & set(errors)
    else:
        verdicts = [line for line in run.stdout.splitlines() if line.startswith(("ok ", "FAIL "))]
        judged = [line.split(maxsplit=1)[1].split(": ", 1)[0] for line in verdicts]
        assert sorted(judged) == sorted(map(str, chosen))  # one verdict per file
        failed = sum(line.startswith("FAIL") for line in verdicts)
        assert run.stdout.splitlines()[-1] == f"{len(chosen) - failed} passed, {failed} failed"
        assert run.returncode == (1 if failed else 0)
