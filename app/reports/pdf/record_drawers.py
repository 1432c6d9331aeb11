"""Drawing many repair records, one PDF each, on several processor cores.

Laying out and drawing a record is pure-Python CPU work (reportlab), so threads would queue behind one
another; a few worker processes draw side by side instead, while the caller gathers the next records
from the database. The workers are started with "spawn" (never "fork": the desktop app has Qt and
database threads running) and see only plain RepairRecordData, never a database connection.

Results come back in the order the work was handed out, so whoever packs the files packs them in the
same order every time. A record that cannot be drawn raises in the caller; the work not yet started is
cancelled and the caller's clean-up (e.g. an export package being discarded) runs after the workers
have stopped writing.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType

from app.reports.pdf.repair_record import RepairRecordData, write_repair_records

MAX_WORKERS = 4  # beyond this the database reads in the caller, not the drawing, set the pace
CHUNK = 20  # records a worker draws per errand: few enough to keep progress smooth, enough to amortise pickling
MIN_RECORDS = 60  # below this, starting worker processes costs more than it saves


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


Draw = Callable[[list[RepairRecordData], str, str], object]  # (records, path, lang), as write_repair_records


def draw_one_each(jobs: Sequence[tuple[RepairRecordData, str]], lang: str,
                  draw: Draw = write_repair_records) -> list[str]:
    """Each record to its own PDF; returns the paths, in order. Runs in a worker (or in the caller)."""
    for record, path in jobs:
        draw([record], path, lang)
    return [path for _record, path in jobs]


class RecordDrawers:
    """`with RecordDrawers(count, lang) as drawers:` then add() (record, path) pairs, each returning the paths
    finished meanwhile, and end with rest(). With one core or few records it draws in the caller.
    `draw` writes the PDF; for workers it must be a module-level function (they import it by name)."""

    def __init__(self, count: int, lang: str, *, workers: int | None = None, draw: Draw = write_repair_records) -> None:
        self.lang = lang
        self.draw = draw
        # One core stays with the caller, which reads the next records meanwhile (about a third of the work):
        # on a two-core machine a worker beside it only adds hand-over costs, so the caller draws alone.
        wanted = workers if workers is not None else min(MAX_WORKERS, usable_cores() - 1)
        self.workers = wanted if count >= MIN_RECORDS and wanted > 1 else 1
        self._pool: ProcessPoolExecutor | None = None
        self._batch: list[tuple[RepairRecordData, str]] = []
        self._pending: deque[Future[list[str]]] = deque()

    def __enter__(self) -> RecordDrawers:
        if self.workers > 1:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._pool is not None:  # after a failure: drop the waiting work, let the running work end
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def add(self, record: RepairRecordData, path: str) -> list[str]:
        """Queue one record; returns the paths of the records finished meanwhile (in the order they were added)."""
        if self._pool is None:
            return draw_one_each([(record, path)], self.lang, self.draw)
        self._batch.append((record, path))
        if len(self._batch) >= CHUNK:
            self._pending.append(self._pool.submit(draw_one_each, self._batch, self.lang, self.draw))
            self._batch = []
        finished: list[str] = []
        while len(self._pending) > 2 * self.workers:  # bounded: the caller waits rather than piling up records
            finished += self._pending.popleft().result()
        while self._pending and self._pending[0].done():
            finished += self._pending.popleft().result()
        return finished

    def rest(self) -> list[str]:
        """Wait for every record still being drawn; their paths, in order."""
        if self._pool is None:
            return []
        if self._batch:
            self._pending.append(self._pool.submit(draw_one_each, self._batch, self.lang, self.draw))
            self._batch = []
        finished: list[str] = []
        while self._pending:
            finished += self._pending.popleft().result()
        return finished
