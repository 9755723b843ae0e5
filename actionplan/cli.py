"""Command line: a thin layer over the library; every command is one library call.

Options shared by several commands are declared once as Annotated aliases
below, so a new command takes the same flags by naming them.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from actionplan.cli_inputs import (
    CAMELOT_MISSING,
    PlainHelpCommand,
    PlainHelpGroup,
    camelot_installed,
    input_problem,
    os_reason,
)
from actionplan.defaults import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    FORMATS,
    OcrMode,
    default_jobs,
    release,
)
from actionplan.inputs import shown

if TYPE_CHECKING:
    from actionplan.extract.engine.profile import Profile

app = typer.Typer(
    help="Turn published council inspection action plans into validated data.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    cls=PlainHelpGroup,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl-C


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"actionplan {release()}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Turn published council inspection action plans into validated data."""


InputsArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="FILES_OR_FOLDERS...",
        help="Plan files, or folders walked for .pdf/.txt/.docx/.html/.xlsx/.csv.",
        show_default=False,
    ),
]
ProfileOption = Annotated[
    Path | None,
    typer.Option(
        "--profile", metavar="FILE", help="A TOML profile mapping this layout's headers to roles."
    ),
]


class Engine(StrEnum):
    """The PDF table finders; an unknown name is a usage error, not a failed file."""

    PDFPLUMBER = "pdfplumber"
    CAMELOT = "camelot"


class Format(StrEnum):
    """The per-document and table formats `extract` can write."""

    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="PDF table engine (camelot needs: pip install 'actionplan\\[camelot]').",
        case_sensitive=False,
    ),
]
OcrOption = Annotated[
    OcrMode,
    typer.Option(
        "--ocr",
        help="Read PDF pages by OCR: auto (pages with no text layer), always or never.",
        case_sensitive=False,
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Worker processes.",
        show_default=f"the CPU count, {default_jobs()}",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout", min=0.1, metavar="SECONDS", help="Seconds per file before it is abandoned."
    ),
]


def _profile(path: Path | None) -> Profile | None:
    if path is None:
        return None
    from actionplan.extract.engine.profile import ProfileError, load_profile

    try:
        return load_profile(path)
    except ProfileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc


def _engine(engine: Engine) -> str:
    if engine is Engine.CAMELOT and not camelot_installed():
        typer.echo(f"error: {CAMELOT_MISSING}", err=True)
        raise typer.Exit(EXIT_USAGE)
    return engine.value


def _oserror(exc: OSError | sqlite3.Error) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def _files(
    inputs: list[Path], skip: Path | None = None, *, batch: bool = False
) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(files to read, (input, reason) for each that cannot be read): one
    'error: <path>: <reason>' line per unreadable input, the same in every command.

    With `batch`, only folders are checked here: a file the batch cannot read
    is its failure, counted and written to failures.csv with the same line.
    """
    from actionplan.batch import expand_inputs

    problems: list[tuple[Path, str]] = []
    readable: list[Path] = []
    for path in inputs:
        problem = input_problem(path) if not batch or path.is_dir() else None
        if problem:
            typer.echo(f"error: {shown(path)}: {problem}", err=True)
            problems.append((path, problem))
        else:
            readable.append(path)
    files = expand_inputs(readable, skip=skip)
    if not files and not problems:
        typer.echo("error: no input files found", err=True)
        raise typer.Exit(EXIT_USAGE)
    return files, problems


@app.command(cls=PlainHelpCommand)
def extract(
    inputs: InputsArgument,
    out: Annotated[
        Path, typer.Option("-o", "--out", metavar="FOLDER", help="Output folder.")
    ] = Path("out"),
    fmt: Annotated[
        list[Format] | None,
        typer.Option(
            "--format",
            metavar="json|jsonl|csv",
            help="Write only this format; repeat for several.",
            show_default="all three",
            case_sensitive=False,
        ),
    ] = None,
    jobs: JobsOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    memory_limit: Annotated[
        int,
        typer.Option(
            "--memory-limit",
            min=0,
            metavar="MB",
            help="Megabytes per worker before a file is abandoned (0: no limit).",
        ),
    ] = DEFAULT_MEMORY_MB,
    force: Annotated[
        bool,
        typer.Option("--force", help="Extract again even files whose sha256 is unchanged."),
    ] = False,
    db: Annotated[
        Path | None,
        typer.Option("--db", metavar="FILE", help="Also write the tables to this SQLite file."),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV with a UTF-8 BOM, for Excel.")
    ] = False,
    raw_csv: Annotated[
        bool,
        typer.Option(
            "--raw-csv",
            help="CSV cells exactly as extracted: no quote before a leading = + - @ "
            "(which spreadsheets run as formulas).",
        ),
    ] = False,
    profile: ProfileOption = None,
    engine: EngineOption = Engine.PDFPLUMBER,
    ocr: OcrOption = OcrMode.AUTO,
    quiet: QuietOption = False,
    link: Annotated[
        bool, typer.Option("--link", help="Also link each plan to the report it answers.")
    ] = False,
) -> None:
    """Extract plans to <name>.json per document and linked tables for the run.

    Exit codes: 0 all files ok, 1 some files failed, 2 usage error.
    """
    from actionplan.batch import Options, run_batch
    from actionplan.outdir import OutputError
    from actionplan.pool import WorkerStartError
    from actionplan.progress import reporter, summary_lines

    options = Options(
        jobs=jobs or default_jobs(),
        timeout=timeout,
        memory_mb=memory_limit or None,
        force=force,
        formats=tuple(f.value for f in fmt) if fmt else FORMATS,
        excel=excel,
        raw_csv=raw_csv,
        db=db,
        profile=_profile(profile),
        engine=_engine(engine),
        ocr=ocr.value,
    )
    files, unreadable = _files(inputs, skip=out, batch=True)
    if not files:
        raise typer.Exit(EXIT_FAILED)
    try:
        with reporter(files, options.jobs, quiet=quiet) as report_file:
            report = run_batch(
                files, out, options, on_outcome=report_file, on_ocr_page=report_file.ocr_page
            )
    except KeyboardInterrupt:
        typer.echo("interrupted: every file already in the output is complete", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except OutputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except WorkerStartError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    except (OSError, sqlite3.Error) as exc:  # a full disk, a folder gone mid-run
        typer.echo(f"error: cannot write the results: {_oserror(exc)}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    if not quiet:
        for line in summary_lines(report, out):
            typer.echo(line)
    if link:
        _link_folder(out, [])
    raise typer.Exit(EXIT_FAILED if report.failed or unreadable else EXIT_OK)


PairOption = Annotated[
    list[str] | None,
    typer.Option("--pair", help="PLAN=REPORT: link these two (output names) whatever the rules."),
]


def _link_folder(out: Path, pairs: list[str]) -> None:
    from actionplan.reports.link import link_run, load_outputs

    named = dict(p.split("=", 1) for p in pairs if "=" in p)
    if len(named) != len(pairs):
        typer.echo("error: --pair takes PLAN=REPORT", err=True)
        raise typer.Exit(EXIT_USAGE)
    plans, reports = load_outputs(out)
    try:
        covered = link_run(plans, reports, out, named)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc
    for cover in covered:
        typer.echo(cover.line())
    unpaired = len(plans) - len(covered)
    typer.echo(f"{len(covered)} plans linked, {unpaired} without a report -> {out / 'links.csv'}")


@app.command(cls=PlainHelpCommand)
def link(
    out: Annotated[
        Path, typer.Argument(help="An extract output folder holding plans and reports.")
    ],
    pair: PairOption = None,
) -> None:
    """Link each extracted plan to the report it answers: links.csv, coverage.csv, coverage lines.

    Exit codes: 0 done, 2 usage error.
    """
    from actionplan.batch import MANIFEST

    if not (out / MANIFEST).is_file():
        typer.echo(f"error: {out}: not an output folder (no extract run wrote it)", err=True)
        raise typer.Exit(EXIT_USAGE)
    _link_folder(out, pair or [])


@app.command(cls=PlainHelpCommand)
def validate(
    inputs: InputsArgument,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Fail on warnings too: clamped dates, unmapped columns, status conflicts, "
            "actions without a lead or due date.",
        ),
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="KIND",
            help="A warning kind --strict accepts (e.g. no_due_date); repeat for several.",
            show_default=False,
        ),
    ] = None,
    expect: Annotated[
        Path | None,
        typer.Option(
            "--expect",
            metavar="PATH",
            help="Expected output: a .json for one file, or a folder of <file name>.json.",
        ),
    ] = None,
    update_expected: Annotated[
        bool,
        typer.Option(
            "--update-expected",
            help="Write what each file yields now as its expectation "
            "(to --expect, else expected/<file name>.json beside the file).",
        ),
    ] = False,
    junit: Annotated[
        Path | None,
        typer.Option("--junit", metavar="FILE", help="Also write a JUnit XML report here."),
    ] = None,
    profile: ProfileOption = None,
    engine: EngineOption = Engine.PDFPLUMBER,
    quiet: QuietOption = False,
) -> None:
    """Extract files and fail on errors, on warnings with --strict, or on differences.

    Exit codes: 0 every file passed, 1 some file failed, 2 usage error.
    """
    from actionplan.validate import (
        Check,
        check_file,
        expected_path,
        report_lines,
        update_expectation,
        write_junit,
    )

    files, unreadable = _files(inputs)
    if expect is not None and expect.suffix == ".json" and len(files) > 1:
        typer.echo(f"error: --expect {expect} is one file but {len(files)} inputs", err=True)
        raise typer.Exit(EXIT_USAGE)
    if expect is not None and not update_expected and not _expectation_exists(expect, files):
        typer.echo(f"error: --expect {expect}: no such file or directory", err=True)
        raise typer.Exit(EXIT_USAGE)
    chosen, engine_name = _profile(profile), _engine(engine)
    compare = expect is not None or update_expected
    checks = [Check(path, error=problem) for path, problem in unreadable]
    for path in files:
        target = expected_path(path, expect, single=len(files) == 1) if compare else None
        check = check_file(
            path,
            expected=None if update_expected else target,
            profile=chosen,
            engine=engine_name,
            ignore=frozenset(ignore or ()),
        )
        if update_expected:
            check.expected = target
            typer.echo(f"wrote {update_expectation(check)}")
            continue
        checks.append(check)
        if not (quiet and check.passed(strict)):
            for line in report_lines(check, strict=strict):
                typer.echo(line)
    failed = sum(not c.passed(strict) for c in checks)
    if junit is not None and not update_expected:
        write_junit(checks, junit, strict=strict)
    if not quiet and not update_expected:
        typer.echo(f"{len(checks) - failed} passed, {failed} failed")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _expectation_exists(expect: Path, files: list[Path]) -> bool:
    """A folder of expectations, or one .json file for one input, must exist."""
    return expect.is_dir() or (len(files) == 1 and expect.suffix == ".json" and expect.exists())


@app.command(cls=PlainHelpCommand)
def detect(
    inputs: InputsArgument,
    profile: ProfileOption = None,
    engine: EngineOption = Engine.PDFPLUMBER,
    rows: Annotated[
        bool, typer.Option("--rows", help="Also show the kind given to every row, and why.")
    ] = False,
) -> None:
    """Show, per file, the profile used, each table's column roles with confidence, and warnings.

    A PDF with no action table is also tried as an inspection report.

    Exit codes: 0 every file has an action table, 1 some file has none or failed, 2 usage error.
    """
    from actionplan.extract.api import ExtractionError
    from actionplan.extract.inspect import columns_line, describe

    chosen, engine_name = _profile(profile), _engine(engine)
    files, unreadable = _files(inputs)
    failed = len(unreadable)
    for path in files:
        try:
            report = describe(path, profile=chosen, engine=engine_name)
        except ExtractionError as exc:
            typer.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        except OSError as exc:  # gone or unreadable since the inputs were listed
            typer.echo(f"error: {path}: {os_reason(exc)}", err=True)
            failed += 1
            continue
        typer.echo(f"{path}: {report.format}, profile {report.profile}")
        typer.echo(f"  {report.areas} areas, {report.actions} actions")
        for number, table in enumerate(report.tables, start=1):
            typer.echo(f"  table {number}{report.table_place(number)}: {columns_line(table)}")
        for feature, count in report.features.items():
            typer.echo(f"  layout: {feature} ({count})")
        for warning in report.warnings:
            typer.echo(f"  warning: {warning}")
        for line in report.row_lines() if rows else []:
            typer.echo(f"  {line}")
        if not report.actions and report.format == "pdf":
            typer.echo(_report_line(path))
        failed += not report.actions
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _report_line(path: Path) -> str:
    """What a PDF with no action table is instead: an inspection report, or neither."""
    from actionplan.extract.api import ExtractionError
    from actionplan.reports.extract import extract_report

    try:
        found = extract_report(path)
    except ExtractionError:
        return "  not an inspection report either"
    framework = f" ({found.framework})" if found.framework else ""
    count = len(found.recommendations)
    return f"  inspection report{framework}: {count} recommendations; extract reads it as a report"


@app.command(cls=PlainHelpCommand)
def debug(
    pdf: Annotated[Path, typer.Argument(metavar="PDF", help="A PDF plan.", show_default=False)],
    page: Annotated[
        int, typer.Option("--page", min=1, metavar="N", help="Page number, from 1.")
    ] = 1,
    out: Annotated[Path, typer.Option("-o", "--out", metavar="FILE", help="PNG to write.")] = Path(
        "page.png"
    ),
    profile: ProfileOption = None,
) -> None:
    """Draw the detected cells of one PDF page, coloured and labelled by column role,
    and list the kind given to each of its rows, and why."""
    from actionplan.extract.api import ExtractionError
    from actionplan.extract.debug_image import draw_page
    from actionplan.extract.inspect import analyse, columns_line, table_columns

    if _files([pdf])[1]:
        raise typer.Exit(EXIT_FAILED)
    if pdf.is_dir():
        typer.echo(f"error: {pdf}: is a directory, not a PDF", err=True)
        raise typer.Exit(EXIT_FAILED)
    try:
        raw = analyse(pdf, profile=_profile(profile))
        drawn = draw_page(pdf, page, out, raw=raw)
    except ExtractionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from exc
    except OSError as exc:  # the picture could not be written
        typer.echo(f"error: {exc.filename or out}: {os_reason(exc)}", err=True)
        raise typer.Exit(EXIT_FAILED) from exc
    typer.echo(f"{out}: {drawn} cells drawn on page {page} of {pdf}")
    tables, table = table_columns(raw), None
    for decision in raw.decisions:
        if decision.page == page and decision.text:
            if decision.table and decision.table != table:
                typer.echo(f"  table {decision.table}: {columns_line(tables[decision.table - 1])}")
            table = decision.table
            typer.echo(f"  {decision.kind}: {decision.reason} | {decision.text}")


@app.command(cls=PlainHelpCommand)
def schema() -> None:
    """Print the JSON Schema of the ActionPlan records."""
    from actionplan.schemas import ActionPlan

    json.dump(ActionPlan.model_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


def main() -> None:
    app()
