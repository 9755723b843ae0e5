"""What an input path is before anything opens it, and how to show its name safely.

Opening a FIFO or a device blocks or never ends, and it would happen in the
main process (hashing) before any timeout applies; so only regular files are
read. A name is shown with control characters and undecodable bytes escaped,
so a file called "x\\n\\x1b[2J" cannot forge error lines or clear a terminal.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import unicodedata
from pathlib import Path

_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def input_problem(path: Path) -> str | None:
    """Why `path` cannot be read as a plan file, or None when it is a regular file."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8"
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if exc.errno == errno.ENOENT:
            return "no such file or directory"  # the one wording of every command
        return exc.strerror or str(exc)
    if not stat.S_ISREG(mode):
        return f"{_KINDS.get(stat.S_IFMT(mode), 'a special file')}, not a regular file"
    return None


def shown(path: Path | str) -> str:
    """`path` fit for one line of a terminal: control characters and stray bytes escaped."""
    return "".join(_escape(char) for char in str(path))


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
        return char.encode("unicode_escape").decode("ascii")
    return char


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
