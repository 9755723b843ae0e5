"""Run one function over many files in worker processes, with per-file limits.

Every item runs in a worker process, also with one job or one item: a timeout
is then the parent killing the worker, which nothing inside the work (a
library catching exceptions, a garbage-collector callback) can swallow. Each
worker has a pipe of its own, so a worker that dies (segfault, killed, out of
memory) at any moment, busy or idle, costs at most the file it held; no lock
is shared that a dying worker could leave held. concurrent.futures cannot
stop a hung call, and pools built on one shared channel (pebble) can stall
when a worker is killed inside its lock, hence this small pool.

Each worker also runs under an address-space limit (RLIMIT_AS), so a file
that would take the machine's memory fails alone, and it leaves when its
parent dies instead of writing tracebacks to a closed pipe.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

Work = Callable[..., Any]
"""A spawn-safe (module top-level) function called as work(item, **kwargs)."""


@dataclass
class Done:
    """One item's outcome: the work's return value, or why there is none.

    `limit` is set when a limit of the run (timeout, memory, a lost worker)
    stopped the item, not the item itself: such an outcome says nothing
    lasting about the file and is worth retrying.
    """

    index: int
    item: Any
    value: Any = None
    error: str | None = None
    seconds: float = 0.0
    limit: bool = False


@dataclass(frozen=True)
class Limits:
    """Per-item limits: seconds of wall time and megabytes of address space."""

    timeout: float | None = None
    memory_mb: int | None = None


class WorkerStartError(RuntimeError):
    """Workers die before they can take any work (e.g. the package cannot be imported)."""


def _serve(conn: Connection, work: Work, kwargs: dict[str, Any], limits: Limits) -> None:
    """Worker loop: announce readiness, then answer (index, item) until told to stop.

    A parent that has gone (killed, SIGTERM) ends the loop quietly.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a run stops
    _exit_with_parent(os.getppid())
    with suppress(OSError, EOFError):
        megabytes = _limit_memory(limits.memory_mb)
        conn.send(("ready",))
        while (message := conn.recv()) is not None:
            index, item = message
            conn.send(("start", index))
            reply: tuple[str, int, Any, str | None]
            try:
                reply = ("done", index, work(item, **kwargs), None)
            except MemoryError:  # the address space is spent: report, then make way
                conn.send(("limit", index, None, f"ran out of memory (limit {megabytes} MB)"))
                return
            except BaseException as exc:  # a bug costs one item, never the worker loop
                reply = ("done", index, None, f"internal error: {type(exc).__name__}: {exc}")
            conn.send(reply)


def _limit_memory(megabytes: int | None) -> int | None:
    """Cap this process's address space (never above a cap it inherited); the cap in MB."""
    try:
        import resource
    except ImportError:  # a platform without rlimits: no cap
        return None

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    inherited = [b for b in (soft, hard) if b != resource.RLIM_INFINITY]
    limit = min(([megabytes << 20] if megabytes else []) + inherited, default=None)
    if limit is None:
        return None
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return limit >> 20


def _exit_with_parent(parent: int) -> None:
    """A thread that ends this worker once its parent is gone (re-parented)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class _Worker:
    def __init__(self, ctx: Any, work: Work, kwargs: dict[str, Any], limits: Limits) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, work, kwargs, limits), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: tuple[int, Any] | None = None
        self.began = False  # the worker said it began the task (it may die before it reads)
        self.started = 0.0

    def give(self, index: int, item: Any) -> bool:
        """Hand over one item; False when the worker has died since it was last heard."""
        try:
            self.conn.send((index, item))
        except OSError:
            return False
        self.task = (index, item)
        self.began = False
        self.started = time.monotonic()
        return True

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


class _Pool:
    """The workers of one run and the bookkeeping of replacing them."""

    def __init__(self, size: int, work: Work, kwargs: dict[str, Any], limits: Limits) -> None:
        self._new = lambda: _Worker(multiprocessing.get_context("spawn"), work, kwargs, limits)
        self.workers = [self._new() for _ in range(size)]
        self.early_deaths = 0

    def replace(self, worker: _Worker) -> None:
        worker.kill()
        if not worker.ready:
            self.early_deaths += 1
            if self.early_deaths > 3:
                code = worker.process.exitcode
                raise WorkerStartError(f"workers exit before starting (code {code})")
        self.workers[self.workers.index(worker)] = self._new()

    def busy(self) -> bool:
        return any(w.task for w in self.workers)

    def owner(self, conn: object) -> _Worker:
        """The worker on the end of `conn` (as multiprocessing.connection.wait returns it)."""
        return next(w for w in self.workers if w.conn is conn)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


def run_parallel(
    items: Sequence[Any],
    work: Work,
    *,
    jobs: int,
    timeout: float | None,
    memory_mb: int | None = None,
    kwargs: dict[str, Any] | None = None,
) -> Iterator[Done]:
    """Yield a Done per item as each finishes (completion order)."""
    if not items:
        return
    limits = Limits(timeout, memory_mb)
    pool = _Pool(max(1, min(jobs, len(items))), work, kwargs or {}, limits)
    pending = deque(enumerate(items))
    try:
        while pending or pool.busy():
            _hand_out(pool, pending)
            for conn in wait([w.conn for w in pool.workers], _until_next_deadline(pool, timeout)):
                done = _receive(pool, pool.owner(conn), pending)
                if done is not None:
                    yield replace(done, item=items[done.index])
            yield from _expire(pool, timeout)
    finally:
        pool.stop()


def _receive(pool: _Pool, worker: _Worker, pending: deque[tuple[int, Any]]) -> Done | None:
    """Read one message from a worker: the outcome of its item, or None for news."""
    try:
        message = worker.conn.recv()
    except (EOFError, OSError):
        worker.kill()
        task, began = worker.task, worker.began
        pool.replace(worker)
        if task is None:
            return None
        if not began:
            pending.appendleft(task)  # it died before taking the item: not the item's doing
            return None
        code = worker.process.exitcode
        return Done(*task, error=f"worker stopped (exit code {code})", limit=True)
    kind = message[0]
    if kind == "ready":
        worker.ready = True
        return None
    if kind == "start":
        worker.began, worker.started = True, time.monotonic()
        return None
    _, index, value, error = message
    seconds = time.monotonic() - worker.started
    worker.task = None
    if kind == "limit":  # the worker leaves after a limit; no item may follow
        pool.replace(worker)
    return Done(index, None, value, error, seconds, limit=kind == "limit")


def _hand_out(pool: _Pool, pending: deque[tuple[int, Any]]) -> None:
    for worker in list(pool.workers):
        if worker.ready and worker.task is None and pending:
            if not worker.give(*pending[0]):
                pool.replace(worker)  # died idle: its replacement takes the item
                continue
            pending.popleft()


def _until_next_deadline(pool: _Pool, timeout: float | None) -> float | None:
    if not timeout:
        return None
    deadlines = [w.started + timeout for w in pool.workers if w.task]
    return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None


def _expire(pool: _Pool, timeout: float | None) -> Iterator[Done]:
    """Kill and replace every worker past its item's timeout."""
    if not timeout:
        return
    now = time.monotonic()
    for worker in list(pool.workers):
        if worker.task is not None and now - worker.started >= timeout:
            index, item = worker.task
            worker.task = None
            pool.replace(worker)
            yield Done(
                index, item, error=f"timed out after {timeout:g} s", seconds=timeout, limit=True
            )
