"""A module that cannot be imported once BREAK_WORKERS is set: set it after importing it
here, and workers started afterwards (which import it afresh) can never start."""

import os

if os.environ.get("BREAK_WORKERS"):
    raise ImportError("this module cannot be imported in a worker")


def work(item: str) -> str:
    return item
