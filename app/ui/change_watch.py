"""Watching the shared database for other workstations' changes, and for the server going away.

Every few seconds a worker thread asks app.services.changes for the change stamps (one cheap query) and
the watcher, back on the GUI thread, says which areas changed. The same look notices a server that no
longer answers (`unreachable`) and one that answers again (`reachable`, then every area `changed`, since
anything may have happened meanwhile). Nothing here touches widgets: app.ui.change_follow does.

A look that finds nothing emits nothing: the answer is collected by a GUI-thread timer and the per-look
hook is a plain callable. PySide 6.12 on Python 3.11 drops a reference to True at every Python-side
emit() (and to None at every call of a Python slot); CPython aborts once one reaches zero. A window
left open for days must not spend them every few seconds.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.errors import DatabaseError
from app.services.changes import AREAS, ChangeStamps, change_stamps, changed_areas
from app.services.database import Database

log = logging.getLogger(__name__)
DEFAULT_INTERVAL_MS = 5000
_COLLECT_MS = 25  # how often a running look is checked for its answer


class ChangeWatch(QObject):
    changed = Signal(object)  # frozenset of area names (app.services.changes.AREAS)
    unreachable = Signal(str)  # the database stopped answering: the error's message
    reachable = Signal()  # it answers again (after `unreachable`)

    def __init__(self, database: Database, *, interval_ms: int = DEFAULT_INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._last: ChangeStamps | None = None
        self._look: Future[ChangeStamps] | None = None
        self._lost: str | None = None
        self._worker: ThreadPoolExecutor | None = None
        self.after_look: list[Callable[[], None]] = []  # called after every answered look, changed or not
        self.timer = QTimer(self)
        self.timer.setInterval(max(50, interval_ms))
        self.timer.timeout.connect(self.poll)
        self._collector = QTimer(self)
        self._collector.setInterval(_COLLECT_MS)
        self._collector.timeout.connect(self._collect)

    # --- public API -------------------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        return self.timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(max(50, interval_ms))

    def start(self) -> None:
        """Take the first look now (the baseline) and then one every interval."""
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        self._collector.stop()
        if self._worker is not None:
            self._worker.shutdown(wait=False)  # a look still running finishes on its own
            self._worker = None

    def has_baseline(self) -> bool:
        """True once a look has answered: changes from then on are reported."""
        return self._last is not None

    def is_reachable(self) -> bool:
        return self._lost is None

    def lost_reason(self) -> str | None:
        return self._lost

    def is_polling(self) -> bool:
        return self._look is not None

    def poll(self) -> bool:
        """Start a look, unless one is still running (a slow server must not pile looks up)."""
        if self._look is not None:
            return False
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="change-watch")
        last, database = self._last, self._database
        self._look = self._worker.submit(change_stamps, database, last)
        self._collector.start()
        return True

    def wait(self, timeout_s: float = 10.0) -> bool:
        """Block until a running look has finished (tests, shutdown); its answer is handled on the next tick."""
        look = self._look
        if look is None:
            return True
        try:
            look.exception(timeout=timeout_s)
        except TimeoutError:
            return False
        return True

    # --- answers ----------------------------------------------------------------------------------

    def _collect(self) -> None:
        look = self._look
        if look is None:
            self._collector.stop()
            return
        if not look.done():
            return
        self._look = None
        self._collector.stop()
        error = look.exception()
        if error is not None:
            self._on_failure(error)
            return
        self._on_answer(look.result())

    def _on_answer(self, stamps: ChangeStamps) -> None:
        before, self._last = self._last, stamps
        if self._lost is not None:
            self._lost = None
            log.info("the database answers again")
            self.reachable.emit()
            self.changed.emit(frozenset(AREAS))  # whatever happened while it was away
        elif stamps is not before:
            areas = changed_areas(before, stamps)
            if areas:
                self.changed.emit(areas)
        for hook in list(self.after_look):
            hook()

    def _on_failure(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseError):
            # Not the database's state (a bug in the look itself): logged; the next look tries again.
            log.error("looking for changes failed", exc_info=(type(error), error, error.__traceback__))
            return
        first = self._lost is None
        self._lost = str(error) or type(error).__name__
        if first:
            log.warning("the database cannot be reached: %s", self._lost)
            self.unreachable.emit(self._lost)
