"""Command line: a thin layer over the library; every command is one library call."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from actionplan.batch import FORMATS, RunSummary, expand_inputs, extract_all, write_run
from actionplan.extract.profile import Profile, ProfileError, load_profile
from actionplan.schemas import ActionPlan

app = typer.Typer(
    help="Turn published council inspection action plans into validated data.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

ProfileOption = Annotated[
    Path | None,
    typer.Option("--profile", help="A TOML profile mapping this layout's headers to roles."),
]
EngineOption = Annotated[
    str, typer.Option("--engine", help="PDF table engine: pdfplumber or camelot.")
]


def _profile(path: Path | None) -> Profile | None:
    if path is None:
        return None
    try:
        return load_profile(path)
    except ProfileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from exc


def _formats(value: str) -> list[str]:
    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        typer.echo(
            f"error: unknown format {', '.join(bad) or value!r}; use {','.join(FORMATS)}", err=True
        )
        raise typer.Exit(EXIT_USAGE)
    return chosen


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Plan files or folders of them.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
    fmt: Annotated[
        str, typer.Option("--format", help="Comma-separated: json,jsonl,csv.")
    ] = ",".join(FORMATS),
    profile: ProfileOption = None,
    engine: EngineOption = "pdfplumber",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Extract plans to <stem>.json per document and actions.csv / actions.jsonl for the run."""
    formats = _formats(fmt)
    chosen = _profile(profile)
    files = expand_inputs(inputs)
    if not files:
        typer.echo("error: no input files found", err=True)
        raise typer.Exit(EXIT_USAGE)
    summary = RunSummary()
    for outcome in extract_all(files, profile=chosen, engine=engine):
        summary.outcomes.append(outcome)
        if outcome.error:
            typer.echo(f"error: {outcome.error}", err=True)
    write_run(summary, out, formats)
    if not quiet:
        actions = sum(1 for plan in summary.plans for _ in plan.actions())
        typer.echo(
            f"{len(summary.plans)} ok, {len(summary.failed)} failed, {actions} actions -> {out}"
        )
    raise typer.Exit(EXIT_FAILED if summary.failed else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ActionPlan records."""
    json.dump(ActionPlan.model_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


def main() -> None:
    app()
