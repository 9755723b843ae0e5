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
from typing import Annotated

import typer

from actionplan.batch import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    FORMATS,
    Options,
    default_jobs,
    expand_inputs,
    run_batch,
)
from actionplan.extract.engine.profile import Profile, ProfileError, load_profile
from actionplan.schemas import ActionPlan

app = typer.Typer(
    help="Turn published council inspection action plans into validated data.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl-C

InputsArgument = Annotated[
    list[Path], typer.Argument(help="Plan files, or folders walked for .pdf/.txt/.docx/.html.")
]
ProfileOption = Annotated[
    Path | None,
    typer.Option("--profile", help="A TOML profile mapping this layout's headers to roles."),
]


class Engine(StrEnum):
    """The PDF table finders; an unknown name is a usage error, not a failed file."""

    PDFPLUMBER = "pdfplumber"
    CAMELOT = "camelot"


EngineOption = Annotated[
    Engine, typer.Option("--engine", help="PDF table engine.", case_sensitive=False)
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes [default: the CPU count]."),
]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=0.1, help="Seconds per file before it is abandoned.")
]


def _profile(path: Path | None) -> Profile | None:
    if path is None:
        return None
    try:
        return load_profile(path)
    except ProfileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc


def _formats(value: str) -> tuple[str, ...]:
    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        typer.echo(
            f"error: unknown format {', '.join(bad) or value!r}; use {','.join(FORMATS)}", err=True
        )
        raise typer.Exit(EXIT_USAGE)
    return tuple(chosen)


def _oserror(exc: OSError | sqlite3.Error) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def _files(inputs: list[Path], skip: Path | None = None) -> list[Path]:
    files = expand_inputs(inputs, skip=skip)
    if not files:
        typer.echo("error: no input files found", err=True)
        raise typer.Exit(EXIT_USAGE)
    return files


@app.command()
def extract(
    inputs: InputsArgument,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
    fmt: Annotated[
        str, typer.Option("--format", help="Comma-separated: json,jsonl,csv.")
    ] = ",".join(FORMATS),
    jobs: JobsOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    memory_limit: Annotated[
        int,
        typer.Option(
            "--memory-limit",
            min=0,
            help="Megabytes per worker before a file is abandoned (0: no limit).",
        ),
    ] = DEFAULT_MEMORY_MB,
    force: Annotated[
        bool, typer.Option("--force", help="Extract again even files whose sha256 is unchanged.")
    ] = False,
    db: Annotated[
        Path | None, typer.Option("--db", help="Also write the tables to this SQLite file.")
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV with a UTF-8 BOM, for Excel.")
    ] = False,
    profile: ProfileOption = None,
    engine: EngineOption = Engine.PDFPLUMBER,
    quiet: QuietOption = False,
) -> None:
    """Extract plans to <name>.json per document and linked tables for the run.

    Exit codes: 0 all files ok, 1 some files failed, 2 usage error.
    """
    from actionplan.outdir import OutputError
    from actionplan.pool import WorkerStartError
    from actionplan.progress import reporter, summary_lines

    options = Options(
        jobs=jobs or default_jobs(),
        timeout=timeout,
        memory_mb=memory_limit or None,
        force=force,
        formats=_formats(fmt),
        excel=excel,
        db=db,
        profile=_profile(profile),
        engine=engine.value,
    )
    files = _files(inputs, skip=out)
    try:
        with reporter(len(files), quiet=quiet) as report_file:
            report = run_batch(files, out, options, on_outcome=report_file)
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
    raise typer.Exit(EXIT_FAILED if report.failed else EXIT_OK)


@app.command()
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
    expect: Annotated[
        Path | None,
        typer.Option(
            "--expect",
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
    profile: ProfileOption = None,
    engine: EngineOption = Engine.PDFPLUMBER,
    quiet: QuietOption = False,
) -> None:
    """Extract files and fail on errors, on warnings with --strict, or on differences.

    Exit codes: 0 every file passed, 1 some file failed, 2 usage error.
    """
    from actionplan.validate import check_file, expected_path, report_lines, update_expectation

    files = _files(inputs)
    if expect is not None and expect.suffix == ".json" and len(files) > 1:
        typer.echo(f"error: --expect {expect} is one file but {len(files)} inputs", err=True)
        raise typer.Exit(EXIT_USAGE)
    chosen = _profile(profile)
    compare = expect is not None or update_expected
    failed = 0
    for path in files:
        target = expected_path(path, expect, single=len(files) == 1) if compare else None
        check = check_file(
            path, expected=None if update_expected else target, profile=chosen, engine=engine.value
        )
        if update_expected:
            check.expected = target
            typer.echo(f"wrote {update_expectation(check)}")
            continue
        passed = check.passed(strict)
        failed += not passed
        if not (quiet and passed):
            for line in report_lines(check, strict=strict):
                typer.echo(line)
    if not quiet and not update_expected:
        typer.echo(f"{len(files) - failed} passed, {failed} failed")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


@app.command()
def detect(
    inputs: InputsArgument,
    profile: ProfileOption = None,
    engine: EngineOption = Engine.PDFPLUMBER,
) -> None:
    """Show, per file, the profile used, each table's column roles with confidence, and warnings.

    Exit codes: 0 every file has an action table, 1 some file has none or failed, 2 usage error.
    """
    from actionplan.extract.api import ExtractionError
    from actionplan.extract.inspect import describe

    chosen = _profile(profile)
    failed = 0
    for path in _files(inputs):
        try:
            report = describe(path, profile=chosen, engine=engine.value)
        except ExtractionError as exc:
            typer.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        typer.echo(f"{path}: {report.format}, profile {report.profile}")
        typer.echo(f"  {report.areas} areas, {report.actions} actions")
        for number, table in enumerate(report.tables, start=1):
            columns = ", ".join(
                f"{c.header or '(blank)'} -> {c.role or '?'} {c.confidence:.2f}"
                + (" (from cells)" if c.source == "content" else "")
                for c in table
                if c.header or c.role
            )
            typer.echo(f"  table {number}: {columns}")
        for feature, count in report.features.items():
            typer.echo(f"  layout: {feature} ({count})")
        for warning in report.warnings:
            typer.echo(f"  warning: {warning}")
        failed += not report.actions
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


@app.command()
def debug(
    pdf: Annotated[Path, typer.Argument(help="A PDF plan.")],
    page: Annotated[int, typer.Option("--page", min=1, help="Page number, from 1.")] = 1,
    out: Annotated[Path, typer.Option("-o", "--out", help="PNG to write.")] = Path("page.png"),
    profile: ProfileOption = None,
) -> None:
    """Draw the detected cells of one PDF page, coloured and labelled by column role."""
    from actionplan.extract.api import ExtractionError
    from actionplan.extract.debug_image import draw_page

    try:
        drawn = draw_page(pdf, page, out, profile=_profile(profile))
    except ExtractionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from exc
    typer.echo(f"{out}: {drawn} cells drawn on page {page} of {pdf}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ActionPlan records."""
    json.dump(ActionPlan.model_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


def main() -> None:
    app()
