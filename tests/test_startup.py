"""What starting the command line, and the main process of a batch, import.

Each check runs in a fresh interpreter and reads its sys.modules: the models,
date parser and PDF libraries cost a large part of a second and tens of
megabytes, and belong only where a file is read or a record built.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READERS = {"pdfplumber", "pdfminer", "pypdfium2", "docx", "openpyxl"}
MODELS_AND_READERS = {"pydantic", "dateparser", "actionplan.schemas", *READERS}


def _imported(code: str) -> set[str]:
    """The modules, and their top-level packages, imported after running `code` in a new
    interpreter."""
    report = (
        "import json, sys\n"
        "print(json.dumps(sorted({*sys.modules, *(m.split('.')[0] for m in sys.modules)})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_command_line_module_imports_no_models_or_readers() -> None:
    assert _imported("import actionplan.cli") & MODELS_AND_READERS == set()


def _help(*args: str) -> str:
    return (
        "from actionplan.cli import app\n"
        f"try:\n    app({list(args)!r})\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code"
    )


def test_help_is_answered_without_the_models_or_readers() -> None:
    assert _imported(_help("--help")) & MODELS_AND_READERS == set()


def test_a_command_is_declared_without_the_models_or_readers() -> None:
    # typer itself converts option values with pydantic; the plan models stay unbuilt
    assert _imported(_help("extract", "--help")) & (MODELS_AND_READERS - {"pydantic"}) == set()


def test_the_package_imports_an_export_only_when_it_is_used() -> None:
    assert "pydantic" not in _imported("import actionplan")
    assert "pydantic" in _imported("import actionplan\nactionplan.ActionPlan")


def test_the_main_process_of_a_batch_imports_no_reader() -> None:
    modules = _imported("import actionplan.batch, actionplan.progress, actionplan.tableset")
    assert modules & READERS == set()


def test_an_unknown_package_attribute_is_an_attribute_error() -> None:
    code = (
        "import actionplan\n"
        "try:\n    actionplan.no_such_name\n"
        "except AttributeError as exc:\n    assert 'no_such_name' in str(exc)\n"
        "else:\n    raise SystemExit('no error')"
    )
    _imported(code)  # check=True: a missing error fails the run
