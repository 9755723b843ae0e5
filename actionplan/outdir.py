"""The output folder of a run: checked before any work, held by one run at a time.

A run that would fail to write its results should fail before it spends an
hour extracting, with one line; and two runs writing into one folder would
silently replace each other's tables, so the second refuses. The hold is an
flock, which the kernel drops when its holder dies: a killed run leaves at
most an unlocked lock file behind, never a folder locked.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK = ".actionplan-lock"


class OutputError(Exception):
    """An output folder or database a run cannot use; str() is one line."""


def check_output(out: Path, db: Path | None = None) -> None:
    """Create `out` if needed and make sure files can be written there (and beside `db`)."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: not a folder (the output folder must be one)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder: {_why(exc)}") from exc
    _probe(out)
    if db is not None:
        if db.is_dir():
            raise OutputError(f"{db}: --db names a folder, not a database file")
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{db}: cannot create its folder: {_why(exc)}") from exc
        _probe(db.parent)


def _probe(folder: Path) -> None:
    """Write and remove a hidden file: the one test that holds for root and read-only mounts."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".actionplan-probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write here: {_why(exc)}") from exc


@contextmanager
def hold(out: Path) -> Iterator[None]:
    """Keep other runs out of `out` until the block ends (or this process dies).

    The lock file is removed at the end, so a finished run leaves only its
    outputs; a run that locked a file just removed (its inode no longer at
    the path) tries again on the new one.
    """
    path = out / LOCK
    for _ in range(3):
        lock = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held across the yield
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "unknown"
            lock.close()
            raise OutputError(f"{out}: in use by another run (process {holder})") from None
        if _same_file(path, lock.fileno()):
            break
        lock.close()
    else:
        raise OutputError(f"{out}: in use by another run")
    try:
        lock.seek(0)
        lock.truncate()
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        yield
    finally:
        path.unlink(missing_ok=True)
        lock.close()


def _same_file(path: Path, fd: int) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
