"""What every command shares: inputs checked the same way, optional extras, plain help."""

from __future__ import annotations

import errno
import importlib.util
import os
from pathlib import Path
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from actionplan.inputs import input_problem as file_problem

CAMELOT_MISSING = "--engine camelot needs camelot-py: pip install 'actionplan[camelot]'"


def input_problem(path: Path) -> str | None:
    """Why a command-line input cannot be read ("no such file or directory"), or None.

    A folder is walked for files; anything else must be a regular file, judged
    as the batch judges it, so every command says the same of one input.
    """
    if path.is_dir():
        readable = os.access(path, os.R_OK | os.X_OK)
    else:
        problem = file_problem(path)
        if problem is not None:
            return problem
        readable = os.access(path, os.R_OK)
    return None if readable else os_reason(PermissionError(errno.EACCES, os.strerror(errno.EACCES)))


def os_reason(exc: OSError) -> str:
    """An OS error as a reason in the one style of every command: "no such file or directory"."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def camelot_installed() -> bool:
    return importlib.util.find_spec("camelot") is not None


class _PlainHelp:
    """Help that shows metavars (FILE, N) but never Python type names (<bool>, <list[Path]>)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if isinstance(param, TyperOption) and param.is_flag:
                param.metavar = ""
            elif isinstance(param, TyperArgument):
                param.display_type_rich = _no_type  # type: ignore[method-assign]
        return params


def _no_type(ctx: Any) -> None:
    return None


class PlainHelpCommand(_PlainHelp, TyperCommand):
    pass


class PlainHelpGroup(_PlainHelp, TyperGroup):
    pass
