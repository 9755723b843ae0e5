"""Many files in, one dataset out: per-document JSON plus run-wide tables.

One bad or hanging file never stops the others: each yields a plan or a
one-line reason. Files run in worker processes (actionplan.pool), each
document's JSON is written atomically as it arrives, and a manifest of
path -> sha256 lets a re-run over the same output folder reuse every
unchanged document instead of extracting it again. The run-wide tables are
then streamed from the documents' JSON, one at a time (actionplan.tableset),
so the main process holds counts, never the plans.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actionplan.dataset import Document, Failure, dataset_rows, plan_document, read_document
from actionplan.defaults import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, FORMATS, release
from actionplan.docjson import json_pieces, write_document
from actionplan.extract.engine.profile import Profile
from actionplan.extract.notes import library_notes
from actionplan.extract.readers.detect import FormatError, detect_format
from actionplan.extract.reasons import plain_reason
from actionplan.inputs import input_problem, sha256_of, shown
from actionplan.ocr_batch import PageProgress, discard_pages_read_ahead, ocr_ahead, pages_read_ahead
from actionplan.outdir import check_output, hold
from actionplan.planstream import PlanStream
from actionplan.pool import run_parallel
from actionplan.reports.tables import parse_document, write_recommendations
from actionplan.schemas import Report
from actionplan.summary import PlanTally, Summary, summarise
from actionplan.tableset import STAGING_PREFIX, TableFormats, recover, write_tables
from actionplan.writers import write_atomic

INPUT_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm", ".xlsx", ".xlsm", ".xls", ".csv")
MANIFEST = ".actionplan-manifest"
"""JSON, but named so that globbing OUT for *.json finds only plans."""
MANIFEST_VERSION = 1

_DECLARED = {
    ".pdf": "PDF",
    ".docx": "Word document",
    ".html": "HTML",
    ".htm": "HTML",
    ".xlsx": "Excel workbook",
    ".xlsm": "Excel workbook",
}


@dataclass
class Options:
    """How a batch runs and what it writes."""

    jobs: int = 1
    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB
    force: bool = False
    formats: tuple[str, ...] = FORMATS
    excel: bool = False
    db: Path | None = None
    profile: Profile | None = None
    engine: str = "pdfplumber"
    raw_csv: bool = False
    ocr: str = "auto"


@dataclass
class FileOutcome:
    """One input's fate: a plan or an inspection report (new or reused), summarised,
    or a one-line reason."""

    path: Path
    name: str
    summary: Summary | None = None
    error: str | None = None
    reused: bool = False
    seconds: float = 0.0
    sha256: str | None = None
    is_report: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return f"{shown(self.path)}: {self.error}"


@dataclass
class BatchReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    actions: int = 0
    pages: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    recommendations: int = 0

    def count(self, outcome: FileOutcome) -> None:
        """Add a document's counts (never the document: memory stays flat with the run)."""
        if outcome.summary is not None:
            self.actions += outcome.summary.actions
            self.pages += outcome.summary.pages
            self.kinds.update(outcome.summary.kinds)
            self.recommendations += outcome.summary.recommendations
        self.outcomes.append(outcome)

    @property
    def ok(self) -> list[FileOutcome]:
        """Files that gave a plan."""
        return [o for o in self.outcomes if o.error is None and not o.is_report]

    @property
    def reports(self) -> list[FileOutcome]:
        """Files read as inspection reports."""
        return [o for o in self.outcomes if o.error is None and o.is_report]

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def reused(self) -> int:
        return sum(1 for o in self.outcomes if o.reused)

    def warning_kinds(self) -> Counter[str]:
        return self.kinds


# ----------------------------------------------------------------------------- inputs


def expand_inputs(inputs: Iterable[Path], *, skip: Path | None = None) -> list[Path]:
    """Files as given; folders walked for the formats actionplan reads, in name order.

    Hidden files and anything under `skip` (the output folder) are left out, so
    a run never reads its own outputs or another run's temp files.
    """
    skip_dir = skip.resolve() if skip else None
    files: list[Path] = []
    for item in inputs:
        if not item.is_dir():
            files.append(item)
            continue
        for path in sorted(item.rglob("*")):
            if path.suffix.lower() not in INPUT_SUFFIXES or not path.is_file():
                continue
            if any(part.startswith(".") for part in path.relative_to(item).parts):
                continue
            if skip_dir and skip_dir in path.resolve().parents:
                continue
            files.append(path)
    return files


# ----------------------------------------------------------------------------- the work


def extract_to_json(
    path: Path,
    *,
    profile: Profile | None,
    engine: str,
    ocr: str = "auto",
    ocr_dir: str | None = None,
    spool: str | None = None,
) -> dict[str, Any]:
    """Worker entry point (spawn-safe): a plan or report, or a one-line reason, with
    any library warnings about the file as "notes".

    A document comes back as its summary and its JSON: written to a temp file in
    `spool` for the caller to rename ("file"), or without a spool as text ("json");
    the main process never rebuilds its records. Running out of memory is the
    run's limit, not the file's fault, even when a reader wrapped it.
    """
    with library_notes() as notes:
        result = _extract(
            path, profile=profile, engine=engine, ocr=ocr, ocr_dir=ocr_dir, spool=spool
        )
    return result | {"notes": notes} if notes else result


def _document_result(doc: PlanStream | Report, spool: str | None) -> dict[str, Any]:
    """The document written (each area of a plan as it is made) and its summary."""
    if isinstance(doc, Report):
        return _written(doc, lambda: summarise(doc), spool)
    tally = PlanTally(doc.header)
    return _written(tally.counting(doc), tally.summary, spool)


def _written(
    doc: PlanStream | Report, summary: Callable[[], Summary], spool: str | None
) -> dict[str, Any]:
    if spool is None:
        text = "".join(json_pieces(doc)) + "\n"
        return {"summary": summary(), "json": text}
    try:
        file = str(write_document(doc, Path(spool)))
    except OSError as exc:  # a full disk is the run's failure, reported by the main process
        return {"unwritten": (exc.errno, exc.strerror or str(exc))}
    return {"summary": summary(), "file": file}


def _extract(
    path: Path,
    *,
    profile: Profile | None,
    engine: str,
    ocr: str,
    ocr_dir: str | None,
    spool: str | None,
) -> dict[str, Any]:
    from actionplan.extract.api import ExtractionError  # the readers: in workers only
    from actionplan.reports.extract import stream_document

    try:
        pages = pages_read_ahead(path, ocr_dir)
        doc = stream_document(path, profile=profile, engine=engine, ocr=ocr, ocr_pages=pages)
        return _document_result(doc, spool)  # a plan's records are made as it is written
    except ExtractionError as exc:
        if _caused_by(exc, MemoryError):
            raise MemoryError from exc
        return {"error": _explain(path, exc.reason)}
    except MemoryError:
        raise
    except Exception as exc:  # a library failing on a damaged file: one plain line
        return {"error": plain_reason(exc)}


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _explain(path: Path, reason: str) -> str:
    """Say so when a file is not what its name claims (an HTML page saved as .pdf)."""
    declared = _DECLARED.get(path.suffix.lower())
    if input_problem(path):  # not a regular file: never opened
        return reason
    try:
        found = detect_format(path)
    except (FormatError, OSError):
        return reason
    if declared and declared != _DECLARED.get(f".{found.value}"):
        looks = {"text": "plain text", "docx": "a Word document", "xlsx": "an Excel workbook"}.get(
            found.value, found.value
        )
        looks = looks.upper() if looks in ("pdf", "html", "csv") else looks
        claim = f"not a {declared}: looks like {looks}"
        return reason if reason.startswith(claim) else f"{claim} ({reason})"
    return reason


# ----------------------------------------------------------------------------- manifest


def load_manifest(out: Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """(path -> {sha256, name[, error]}, the settings they were extracted with); empty when
    missing, unreadable or from another manifest version."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return {}, {}
    files = data.get("files")
    settings = data.get("settings")
    return (
        files if isinstance(files, dict) else {},
        settings if isinstance(settings, dict) else {},
    )


def save_manifest(out: Path, files: dict[str, dict[str, Any]], settings: dict[str, str]) -> None:
    payload = {
        "version": MANIFEST_VERSION,
        "settings": settings,
        "files": dict(sorted(files.items())),
    }
    write_atomic(out / MANIFEST, json.dumps(payload, indent=1, ensure_ascii=False) + "\n")


def run_settings(options: Options) -> dict[str, str]:
    """What results depend on besides the file: a new release, profile or engine re-extracts."""
    profile = options.profile.name if options.profile else "generic"
    return {
        "actionplan": release(),
        "profile": profile,
        "engine": options.engine,
        "ocr": options.ocr,
    }


def _key(path: Path) -> str:
    return str(path.resolve())


def assign_names(paths: list[Path], manifest: dict[str, dict[str, Any]]) -> dict[Path, str]:
    """A distinct output name per input, stable across runs.

    A name the manifest gave a path stays with it; inputs sharing a stem get
    their suffix (plan-pdf, plan-txt) or, same name in two folders, a short
    hash of their path, so no document's JSON overwrites another's.
    """
    owner = {entry.get("name"): key for key, entry in manifest.items()}
    stems = Counter(p.stem for p in paths)
    names: dict[Path, str] = {}
    used: set[str] = set()
    for path in paths:
        name = manifest.get(_key(path), {}).get("name")
        if isinstance(name, str) and name not in used:
            names[path] = name
            used.add(name)
    with_suffix = Counter((p.stem, p.suffix.lower()) for p in paths)
    for path in paths:
        if path in names:
            continue
        digest = hashlib.sha1(_key(path).encode()).hexdigest()[:8]
        candidates = [f"{path.stem}-{digest}"]
        if with_suffix[path.stem, path.suffix.lower()] == 1:  # plan.pdf beside plan.txt
            candidates.insert(0, f"{path.stem}-{path.suffix.lower().lstrip('.')}")
        if stems[path.stem] == 1:
            candidates.insert(0, path.stem)
        key = _key(path)
        name = next(
            (c for c in candidates if c not in used and owner.get(c) in (None, key)),
            candidates[-1],
        )
        names[path] = name
        used.add(name)
    return names


def _reuse(out: Path, path: Path, name: str, sha: str, entry: dict[str, Any] | None) -> Any:
    """The earlier result for an unchanged file: its summary, its error, or None to re-run.

    Without a manifest entry (a run killed before saving it) a JSON already at
    the file's name is still reused when it records this very path and sha256.
    """
    if entry and entry.get("sha256") == sha and entry.get("error"):
        return str(entry["error"])
    if entry and entry.get("sha256") != sha:
        return None
    try:
        doc = _read_back(name, out / f"{name}.json")
        summary = summarise(doc)  # validates every record
    except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
        return None
    source = doc.source if isinstance(doc, Report) else doc.plan.source
    if source.sha256 != sha or (entry is None and source.path != str(path)):
        return None
    return summary


def _read_back(name: str, path: Path) -> Document | Report:
    """A document's JSON: a report whole, a plan with its actions left to read one by one."""
    data = json.loads(path.read_bytes())
    if isinstance(data, dict) and data.get("kind") == "report":
        return Report.model_validate(data)
    return plan_document(name, data)


# ----------------------------------------------------------------------------- the run


def run_batch(
    files: list[Path],
    out: Path,
    options: Options,
    on_outcome: Callable[[FileOutcome], None] | None = None,
    on_ocr_page: PageProgress | None = None,
) -> BatchReport:
    """Extract `files` into `out`, reusing unchanged ones, and write the run's tables.

    Scanned pages are read by OCR first, in parallel; `on_ocr_page` follows them.
    Raises OutputError, before any work, when `out` (or the --db) cannot be
    written or another run holds `out`.
    """
    check_output(out, options.db)
    with hold(out):
        return _run(files, out, options, on_outcome, on_ocr_page)


def _run(
    files: list[Path],
    out: Path,
    options: Options,
    on_outcome: Callable[[FileOutcome], None] | None,
    on_ocr_page: PageProgress | None,
) -> BatchReport:
    started = time.monotonic()
    keep_json = "json" in options.formats
    recover(out, options.db)
    report = BatchReport()
    spool = out if keep_json else Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=_made(out)))
    settings = run_settings(options)
    manifest, saved = load_manifest(out) if keep_json else ({}, {})
    # a manifest from another release, profile or engine means nothing is reused; with none
    # (a run killed before its first save) JSON recording the same file and sha256 still is
    fresh = options.force or (bool(saved) and saved != settings)
    problems = {path: input_problem(path) for path in files}
    names = assign_names([p for p in files if problems[p] is None], manifest)
    outcomes: dict[Path, FileOutcome] = {}
    todo: list[Path] = []
    shas: dict[Path, str] = {}

    def settle(outcome: FileOutcome) -> None:
        outcomes[outcome.path] = outcome
        outcome.sha256 = shas.get(outcome.path)
        if on_outcome:
            on_outcome(outcome)
        report.count(outcome)

    for path in files:
        if problems[path]:  # never opened here: a FIFO or a device would block the run
            settle(FileOutcome(path, "", error=problems[path]))
            continue
        name = names[path]
        try:
            shas[path] = sha256_of(path)
        except OSError as exc:
            settle(FileOutcome(path, name, error=exc.strerror or str(exc)))
            continue
        earlier = None
        if keep_json and not fresh:
            earlier = _reuse(out, path, name, shas[path], manifest.get(_key(path)))
        if isinstance(earlier, Summary):
            manifest[_key(path)] = {"sha256": shas[path], "name": name}
            settle(_outcome(path, name, earlier, reused=True))
        elif isinstance(earlier, str):
            settle(FileOutcome(path, name, error=earlier, reused=True))
        else:
            todo.append(path)

    last_save = time.monotonic()
    ocr_dir = ocr_ahead(
        todo, options.ocr, jobs=options.jobs, timeout=options.timeout, on_page=on_ocr_page
    )
    kwargs = {
        "profile": options.profile,
        "engine": options.engine,
        "ocr": options.ocr,
        "ocr_dir": ocr_dir,
        "spool": str(spool),
    }
    done_iter = run_parallel(
        todo,
        extract_to_json,
        jobs=options.jobs,
        timeout=options.timeout,
        memory_mb=options.memory_mb,
        kwargs=kwargs,
    )
    for done in done_iter:
        path = done.item
        name = names[path]
        result = done.value or {}
        outcome = FileOutcome(path, name, error=done.error or result.get("error"))
        if "unwritten" in result:
            raise OSError(*result["unwritten"], str(spool / f"{name}.json"))
        if result.get("file"):
            os.replace(result["file"], spool / f"{name}.json")
            outcome = _outcome(path, name, result["summary"])
        outcome.notes = result.get("notes", [])
        outcome.seconds = done.seconds
        if keep_json and (outcome.summary or result.get("error")):
            entry: dict[str, Any] = {"sha256": shas[path], "name": name}
            if outcome.error:
                entry["error"] = outcome.error
            manifest[_key(path)] = entry
            if time.monotonic() - last_save > 1.0:  # a killed run still resumes
                save_manifest(out, manifest, settings)
                last_save = time.monotonic()
        settle(outcome)
    discard_pages_read_ahead(ocr_dir)

    report.outcomes = [outcomes[p] for p in files]
    if keep_json:
        save_manifest(out, manifest, settings)
    try:
        report.written = write_run_tables(report, spool, out, options)
        report.written += write_recommendations(_spooled_reports(report, spool), out, options)
    finally:
        if spool != out:
            shutil.rmtree(spool, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _outcome(path: Path, name: str, summary: Summary, reused: bool = False) -> FileOutcome:
    return FileOutcome(path, name, summary=summary, reused=reused, is_report=summary.is_report)


def _spooled_reports(report: BatchReport, spool: Path) -> list[tuple[str, Report]]:
    """The run's inspection reports, read back from their JSON (few per run, unlike plans)."""
    named = []
    for outcome in report.reports:
        doc = parse_document((spool / f"{outcome.name}.json").read_bytes())
        if isinstance(doc, Report):
            named.append((outcome.name, doc))
    return named


def write_run_tables(report: BatchReport, spool: Path, out: Path, options: Options) -> list[Path]:
    """Stream the tables from each good document's JSON in `spool`, plus the failures."""
    names = [o.name for o in report.ok]

    def documents() -> Iterator[Document]:
        for name in names:
            yield read_document(name, spool / f"{name}.json")

    failures = [Failure(shown(o.path), o.sha256, o.error or "") for o in report.failed]
    formats = TableFormats(
        csv="csv" in options.formats,
        jsonl="jsonl" in options.formats,
        db=options.db,
        excel=options.excel,
        raw_csv=options.raw_csv,
    )
    return write_tables(dataset_rows(documents, failures), out, formats)
