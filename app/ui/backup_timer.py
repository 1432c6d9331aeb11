"""Automatic backups while the app runs: one at start when the last is a day old, then checked hourly.

The copy is written on a pool thread with its own SQLite connection (the online backup API), so the
clerk never waits for it; the outcome goes to the status bar and the log.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.backups import BackupInfo, automatic_backup
from app.services.database import Database
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class AutomaticBackups(QObject):
    written = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, database: Database, *, folder: Callable[[], Path], keep: Callable[[], int],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database, self._folder, self._keep = database, folder, keep
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        self.run()
        self.timer.start()

    def run(self) -> Task | None:
        """Back up now if a day has passed since the last automatic backup (and none is being written)."""
        if self.task is not None and self.task.is_running():
            return None
        database, folder, keep = self._database, self._folder(), self._keep()
        self.task = run_task(lambda _report: automatic_backup(database, folder, keep=keep),
                             on_done=self._done, on_error=self._failed)
        return self.task

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None:
            log.info("automatic backup written to %s (%d bytes)", info.path, info.size)
            self.written.emit(info)

    def _failed(self, error: BaseException) -> None:
        log.error("automatic backup failed: %s", error)
        self.failed.emit(str(error))
