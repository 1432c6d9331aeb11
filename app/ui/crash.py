"""An unexpected error in the GUI: a message that says what happened, that nothing was half-saved, and
where the log is — and the window stays open.

Every change is one database transaction (`with sessions.begin()`), so an exception while saving rolls
that change back whole; the traceback goes to the rotating log, not to the clerk's screen.
"""
from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import WarrantyDeskError

log = logging.getLogger(__name__)
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashReporter:
    """sys.excepthook for the GUI; `install()` returns it, `uninstall()` puts the previous hook back."""

    def __init__(self, log_folder: Callable[[], Path]) -> None:
        self._log_folder = log_folder
        self._previous: Hook | None = None
        self.box: QMessageBox | None = None
        self.count = 0

    def install(self) -> CrashReporter:
        self._previous = sys.excepthook
        sys.excepthook = self.hook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def hook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, tb)
            return
        log.critical("unexpected error", exc_info=(kind, error, tb))
        self.count += 1
        if QApplication.instance() is None:
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        if self.box is not None and self.box.isVisible():  # one message at a time; later ones add their details
            self.box.setDetailedText(f"{self.box.detailedText()}\n{details}")
            return
        translate = QCoreApplication.translate
        if issubclass(kind, WarrantyDeskError):  # a refusal in the clerk's words (a server out of reach …)
            box = QMessageBox(QMessageBox.Icon.Warning, translate("CrashReporter", "Not done"), str(error),
                              QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        else:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("CrashReporter", "Something went wrong"),
                              translate("CrashReporter", "WarrantyDesk met an unexpected error: {error}").format(
                                  error=f"{kind.__name__}: {error}"),
                              QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setInformativeText(translate(
            "CrashReporter", "Nothing was half-saved: a change that was being saved when it happened was not "
                             "written at all. You can carry on working; if it happens again, send the log to "
                             "your support: {folder}").format(folder=self._log_folder()))
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self, _result: int) -> None:
        self.box = None
