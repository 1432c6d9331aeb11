"""Long work off the GUI thread: imports of thousands of rows, big queries, exports.

    task = run_task(lambda report: import_file(db, "parts", path, progress=report),
                    on_done=self.show_result, on_error=self.show_error, on_progress=self.show_progress)

The function runs on a pool thread and gets a `report(*values)` callable for progress; every
callback runs on the GUI thread, in order: any number of on_progress, then on_done or on_error.
The function must open its own Session (services do) and return plain data, never ORM objects.
A task keeps itself alive until it has finished, so a caller need not hold on to it. Tests wait
with qtbot.waitUntil(lambda: not task.is_running()): a waitSignal set up after start() can miss a
fast task.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Report = Callable[..., None]

_RUNNING: set[Task] = set()


class Task(QObject):
    """One piece of work on a pool thread; its signals arrive on the thread that created it."""

    progressed = Signal(tuple)  # the values the work passed to report()
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after succeeded or failed

    def __init__(self, work: Callable[[Report], Any], *, pool: QThreadPool | None = None) -> None:
        # No parent on purpose: a window closed while the work runs must not delete the object the
        # worker still signals through. Callbacks bound to a deleted widget are disconnected by Qt.
        super().__init__()
        self._work = work
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished.connect(self._forget, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Task:
        if self._running:
            raise RuntimeError("the task is already running")
        self._running = True
        _RUNNING.add(self)
        self._pool.start(_Runner(self))
        return self

    def is_running(self) -> bool:
        return self._running

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the pool is idle (for tests and shutdown); signals still need the event loop."""
        return self._pool.waitForDone(QDeadlineTimer(timeout_ms))

    def _forget(self) -> None:
        self._running = False
        _RUNNING.discard(self)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self._task
        try:
            result = task._work(lambda *values: task.progressed.emit(tuple(values)))
        except BaseException as exc:  # handed to the GUI thread, which decides what the clerk sees
            task.error = exc
            task.failed.emit(exc)
        else:
            task.result = result
            task.succeeded.emit(result)
        task.finished.emit()


def run_task(work: Callable[[Report], Any], *, on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[..., None] | None = None) -> Task:
    """Start `work(report)` on a pool thread; callbacks run on the GUI thread."""
    task = Task(work)
    task.succeeded.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        # Through a relay owned by the receiver, so progress stops reaching a widget once it is gone.
        owner = getattr(on_progress, "__self__", None)
        relay = _Relay(on_progress, parent=owner if isinstance(owner, QObject) else task)
        task.progressed.connect(relay.relay)
    return task.start()


class _Relay(QObject):
    def __init__(self, target: Callable[..., None], *, parent: QObject) -> None:
        super().__init__(parent)
        self._target = target

    def relay(self, values: tuple[Any, ...]) -> None:
        self._target(*values)


def with_progress_dialog(task: Task, label: str, *, parent: QWidget | None = None,
                         describe: Callable[..., tuple[str, int, int]] | None = None) -> QProgressDialog:
    """Show a window-modal progress dialog while `task` runs; closed when it finishes.

    `describe(*reported)` turns what the work reports into (text, done, total); total 0 shows a
    busy bar. Without it the dialog stays busy with `label`.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # work in a database transaction is not interrupted halfway
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes before any dialog flickers up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(values: tuple[Any, ...]) -> None:
        if describe is None:
            return
        text, done, total = describe(*values)
        dialog.setLabelText(text)
        dialog.setMaximum(max(total, 0))
        if total:
            dialog.setValue(min(done, total))

    task.progressed.connect(progressed)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    return dialog
