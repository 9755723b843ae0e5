"""Run the shared gold scorer on this program's output, the way a user would.

`extract` writes the flat actions table; `../shared/tools/score.py` pairs it with
hand-labelled gold and prints per-field accuracy and a summary line. The figures
are parsed back so tests can hold each one to a floor.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import shared_file

_FIELD = re.compile(r"^(?P<field>[a-z_]+)\s+\d+\s+\d+\s+(?P<acc>\d\.\d{3})$")
_SUMMARY = re.compile(
    r"recall=(?P<recall>\d\.\d{3}) precision=(?P<precision>\d\.\d{3}) "
    r"headline_field_accuracy=(?P<headline>\d\.\d{3})"
)


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    headline: float
    fields: dict[str, float]
    report: str


def extract_csv(inputs: list[Path], out: Path) -> Path:
    """Extract `inputs` with the command line into `out`; the actions CSV it wrote."""
    command = [sys.executable, "-m", "actionplan", "extract", "-q", "--force"]
    command += ["--format", "csv", "-o", str(out), *map(str, inputs)]
    subprocess.run(command, check=False, capture_output=True, text=True)
    return out / "actions.csv"


def score(gold: Path, predicted: Path) -> Score:
    """The shared scorer's figures for `predicted` against `gold` (a folder or file)."""
    scorer = shared_file("tools", "score.py")
    done = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), str(predicted), "--show", "20"],
        check=True,
        capture_output=True,
        text=True,
    )
    fields = {
        m.group("field"): float(m.group("acc"))
        for m in map(_FIELD.match, done.stdout.splitlines())
        if m
    }
    summary = _SUMMARY.search(done.stdout)
    assert summary, f"scorer printed no summary:\n{done.stdout}"
    return Score(
        float(summary.group("recall")),
        float(summary.group("precision")),
        float(summary.group("headline")),
        fields,
        done.stdout,
    )


def below(result: Score, floors: dict[str, float]) -> list[str]:
    """Every figure that fell under its floor, as 'name got < floor'."""
    figures = {
        "recall": result.recall,
        "precision": result.precision,
        "headline": result.headline,
        **result.fields,
    }
    return [
        f"{name} {figures.get(name, 0.0):.3f} < {floor:.3f}"
        for name, floor in floors.items()
        if figures.get(name, 0.0) < floor
    ]
