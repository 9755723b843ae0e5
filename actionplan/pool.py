"""Run one function over many files in worker processes, with a per-file timeout.

concurrent.futures cannot stop a call that hangs: its worker stays busy and the
pool waits for it forever. Here every worker is a process of our own on a pipe,
so a file that runs past its timeout costs that worker (killed and replaced)
and nothing else. A worker that dies (segfault, out of memory, killed) costs
only the file it held.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

Work = Callable[..., Any]
"""A spawn-safe (module top-level) function called as work(item, **kwargs)."""


@dataclass
class Done:
    """One item's outcome: the work's return value, or why there is none."""

    index: int
    item: Any
    value: Any = None
    error: str | None = None
    seconds: float = 0.0


class _Timeout(Exception):
    pass


class WorkerStartError(RuntimeError):
    """Workers die before they can take any work (e.g. the package cannot be imported)."""


def _serve(conn: Connection, work: Work, kwargs: dict[str, Any]) -> None:
    """Worker loop: announce readiness, then answer (index, item) until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a run stops
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, item = message
        try:
            conn.send(("done", index, work(item, **kwargs), None))
        except BaseException as exc:  # a bug costs one item, never the worker loop
            conn.send(("done", index, None, f"internal error: {type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, ctx: Any, work: Work, kwargs: dict[str, Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, work, kwargs), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: tuple[int, Any] | None = None
        self.started = 0.0

    def give(self, index: int, item: Any) -> None:
        self.task = (index, item)
        self.started = time.monotonic()
        self.conn.send((index, item))

    def kill(self) -> None:
        """Stop at once: a hung worker is killed, never awaited."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with suppress(OSError):
            self.conn.send(None)
        self.process.join(1)
        self.kill()


def run_parallel(
    items: Sequence[Any],
    work: Work,
    *,
    jobs: int,
    timeout: float | None,
    kwargs: dict[str, Any] | None = None,
    start_method: str = "spawn",
) -> Iterator[Done]:
    """Yield a Done per item as each finishes (completion order).

    jobs <= 1 runs in this process, so a debugger or profiler sees the work;
    the timeout then uses SIGALRM where the platform has it.
    """
    kwargs = kwargs or {}
    if jobs <= 1 or len(items) <= 1:
        yield from _run_inline(items, work, timeout, kwargs)
        return
    ctx = multiprocessing.get_context(start_method)
    workers = [_Worker(ctx, work, kwargs) for _ in range(min(jobs, len(items)))]
    pending = deque(enumerate(items))
    early_deaths = 0
    try:
        while pending or any(w.task for w in workers):
            for worker in workers:
                if worker.ready and worker.task is None and pending:
                    worker.give(*pending.popleft())
            now = time.monotonic()
            deadlines = [w.started + timeout for w in workers if w.task and timeout]
            wait_for = max(0.0, min(deadlines) - now) if deadlines else None
            for conn in wait([w.conn for w in workers], wait_for):
                slot = next(i for i, w in enumerate(workers) if w.conn is conn)
                worker = workers[slot]
                try:
                    message = conn.recv()
                except (EOFError, OSError) as exc:
                    worker.kill()
                    code = worker.process.exitcode
                    if worker.task is not None:
                        index, item = worker.task
                        yield Done(index, item, error=f"worker stopped (exit code {code})")
                    elif not worker.ready:
                        early_deaths += 1
                        if early_deaths > 3:
                            raise WorkerStartError(
                                f"workers exit before starting (code {code})"
                            ) from exc
                    workers[slot] = _Worker(ctx, work, kwargs)
                    continue
                if message[0] == "ready":
                    worker.ready = True
                    continue
                _, index, value, error = message
                seconds = time.monotonic() - worker.started
                worker.task = None
                yield Done(index, items[index], value, error, seconds)
            now = time.monotonic()
            for slot, worker in enumerate(workers):
                if worker.task is not None and timeout and now - worker.started >= timeout:
                    index, item = worker.task
                    worker.kill()
                    workers[slot] = _Worker(ctx, work, kwargs)
                    yield Done(index, item, error=f"timed out after {timeout:g} s", seconds=timeout)
    finally:
        for worker in workers:
            worker.stop()


def _run_inline(
    items: Sequence[Any], work: Work, timeout: float | None, kwargs: dict[str, Any]
) -> Iterator[Done]:
    for index, item in enumerate(items):
        started = time.monotonic()
        try:
            with _alarm(timeout):
                value = work(item, **kwargs)
        except _Timeout:
            yield Done(index, item, error=f"timed out after {timeout:g} s", seconds=timeout or 0)
            continue
        except Exception as exc:
            error = f"internal error: {type(exc).__name__}: {exc}"
            yield Done(index, item, error=error, seconds=time.monotonic() - started)
            continue
        yield Done(index, item, value, seconds=time.monotonic() - started)


@contextmanager
def _alarm(timeout: float | None) -> Iterator[None]:
    usable = (
        timeout
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _raise(_signum: int, _frame: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
