"""The main window's side of the change watch: reload what another workstation changed, and show when the
database cannot be reached.

* The section on screen reloads its lists at once, keeping selection, sort, filter and scroll position
  (app.ui.keep_view); hidden sections reload when next shown.
* A section holding unsaved edits (an open claim editor with changes, a form being filled in, a cell
  being edited) is not reloaded under the clerk: a small notice says so instead, and the reload happens
  by itself once the edits are saved (or at once with the notice's button). Saving over someone else's
  change is refused by the claims' version column, not by this.
* A database that stops answering shows a banner and a status-bar mark; writing actions then fail with
  DatabaseUnreachable's clear message (app.services.database). When it answers again the banner goes
  and every list reloads.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import changes as c
from app.services.database import Database
from app.ui.change_watch import DEFAULT_INTERVAL_MS, ChangeWatch
from app.ui.keep_view import reload_keeping_view

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# Which changed areas make a section's lists stale.
SECTION_AREAS: dict[str, frozenset[str]] = {
    "dashboard": frozenset(c.AREAS),
    "units": frozenset({c.UNITS, c.CLAIMS, c.SERVICE_LOG}),
    "service_log": frozenset({c.SERVICE_LOG, c.CLAIMS}),
    "claims": frozenset({c.CLAIMS, c.UNITS}),
    "old_parts": frozenset({c.OLD_PARTS, c.CLAIMS, c.SHIPMENTS}),
    "shipments": frozenset({c.SHIPMENTS, c.OLD_PARTS}),
    "batches": frozenset({c.BATCHES, c.CLAIMS}),
    "reserve_plan": frozenset({c.PLANS, c.STOCK, c.MASTER_DATA}),
    "master_data": frozenset({c.MASTER_DATA}),
    # Settings is a form: never reloaded under the clerk.
}
# These sections reload themselves whenever they are shown (their showEvent, the reserve plan's views
# theirs, the window the dashboard): reloading them again on showing would only load twice.
_RELOADED_WHEN_SHOWN = frozenset({"dashboard", "claims", "old_parts", "shipments", "batches", "service_log",
                                  "reserve_plan"})
# The dashboard counts across every table: on a busy dealer's database it is not recounted at every poll.
_SECONDS_BETWEEN_RELOADS = {"dashboard": 30.0}


class ChangedNotice(QFrame):
    """"Changed on another workstation — reload when you have saved", with a button to reload now."""

    reload_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedNotice")
        self.setStyleSheet("QFrame#changedNotice { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadChanged")
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.text.setText(self.tr("Changed on another workstation — reload when you have saved."))
        self.reload_button.setText(self.tr("Reload now"))
        self.reload_button.setToolTip(self.tr("Reload the list; open editors keep what you typed"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class UnreachableBanner(QFrame):
    """"Database server unreachable — retrying every N s; nothing you typed is lost"."""

    def __init__(self, *, server: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreachableBanner")
        self.setStyleSheet("QFrame#unreachableBanner { background: #c62828; }"
                           "QFrame#unreachableBanner QLabel { color: white; font-weight: bold; }")
        self._server = server
        self._seconds = 0
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_unreachable(self, seconds: int, reason: str) -> None:
        self._seconds = seconds
        self.setToolTip(reason)
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        if self._server:
            text = self.tr("Database server unreachable — retrying every {seconds} s; nothing you typed is lost.")
        else:
            text = self.tr("The database cannot be reached — retrying every {seconds} s; nothing you typed is lost.")
        self.text.setText(text.format(seconds=self._seconds))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class UnreachableMark(QLabel):
    """The status bar's red mark while the database cannot be reached."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreachableIndicator")
        self.setStyleSheet("QLabel#unreachableIndicator { color: #c62828; font-weight: bold; }")
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("● Database unreachable"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ChangeFollower(QObject):
    """Installed by the main window; `start()` begins watching (bootstrap calls it, tests when they want)."""

    def __init__(self, window: MainWindow, database: Database, *, interval_ms: int = DEFAULT_INTERVAL_MS) -> None:
        super().__init__(window)
        self._window = window
        self.watch = ChangeWatch(database, interval_ms=interval_ms, parent=self)
        self.stale: set[str] = set()
        self._reloaded_at: dict[str, float] = {}
        self.notice = ChangedNotice()
        self.notice.reload_requested.connect(self.reload_current)
        self.banner = UnreachableBanner(server=database.backend != "sqlite")
        self.indicator = UnreachableMark()
        window.statusBar().addPermanentWidget(self.indicator)
        # The banner and the notice sit above the sections, below the toolbar.
        central = window.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(central, 1)
        window.setCentralWidget(holder)
        window.stack.currentChanged.connect(self._on_section_shown)
        self.watch.changed.connect(self.on_changed)
        self.watch.after_look.append(self._retry_waiting)
        self.watch.unreachable.connect(self.on_unreachable)
        self.watch.reachable.connect(self.on_reachable)

    # --- public API -------------------------------------------------------------------------------

    def start(self) -> None:
        self.watch.start()

    def stop(self) -> None:
        self.watch.stop()

    def reload_current(self) -> None:
        """Reload the section on screen now, unsaved edits or not (open editors keep their text)."""
        self._reload(self._window.current_section(), force=True)

    # --- changes ----------------------------------------------------------------------------------

    def on_changed(self, areas: frozenset[str]) -> None:
        self.stale.update(section for section, watched in SECTION_AREAS.items() if watched & areas)
        current = self._window.current_section()
        if current in self.stale:
            self._reload(current)

    def _on_section_shown(self, index: int) -> None:
        section = self._window.section_ids()[index]
        if self.notice.isVisible():
            self.notice.hide()  # it spoke of the section left
        if section not in self.stale:
            return
        if section in _RELOADED_WHEN_SHOWN:
            self.stale.discard(section)
        else:
            QTimer.singleShot(0, lambda: self._reload(section) if self._window.current_section() == section
                              else None)

    def _retry_waiting(self) -> None:
        current = self._window.current_section()
        if current in self.stale:
            self._reload(current)  # once the edits are saved, or the dashboard's pause is over

    def _reload(self, section: str, *, force: bool = False) -> bool:
        page = self._window.page(section)
        if not force and has_unsaved_edits(page):
            self.notice.show()
            return False
        pause = _SECONDS_BETWEEN_RELOADS.get(section, 0.0)
        if not force and pause and time.monotonic() - self._reloaded_at.get(section, -pause) < pause:
            return False
        self._reloaded_at[section] = time.monotonic()
        refresh = _refresh_of(page)
        if refresh is not None:
            try:
                reload_keeping_view(page, refresh)
            except WarrantyDeskError as exc:  # the lists show their own errors; this is for anything else
                self._window.statusBar().showMessage(str(exc), 10000)
                return False
        self.stale.discard(section)
        self.notice.hide()
        return True

    # --- the database going away and coming back --------------------------------------------------

    def on_unreachable(self, reason: str) -> None:
        seconds = max(1, round(self.watch.interval_ms / 1000))
        self.banner.show_unreachable(seconds, reason)
        self.indicator.setToolTip(reason)
        self.indicator.show()

    def on_reachable(self) -> None:
        self.banner.hide()
        self.indicator.hide()
        self._window.statusBar().showMessage(self.tr("The database answers again; the lists were reloaded."), 8000)


def _refresh_of(page: QWidget):  # type: ignore[no-untyped-def]
    """The page's own refresh(); a page without one refreshes the views on its tabs (the Reserve plan)."""
    refresh = getattr(page, "refresh", None)
    if callable(refresh):
        return refresh
    parts = [getattr(page, name) for name in ("plans", "stock") if callable(getattr(getattr(page, name, None),
                                                                                      "refresh", None))]
    if not parts:
        return None
    return lambda: [part.refresh() for part in parts]


def has_unsaved_edits(page: QWidget) -> bool:
    """True while something shown in `page` (or in a window it opened) holds edits not yet saved."""
    check = getattr(page, "has_unsaved_edits", None)
    if callable(check):
        return bool(check())
    return _unsaved_below(page, in_dialog=False)


def _unsaved_below(widget: QWidget, *, in_dialog: bool) -> bool:
    for child in widget.children():
        if not isinstance(child, QWidget) or not child.isVisible():
            continue
        dirty = getattr(child, "dirty", None)
        if isinstance(dirty, bool):  # the claim and paid-order editors know their own state
            if dirty and not getattr(child, "read_only", False):
                return True
            continue
        if child.isWindowModified():
            return True
        if isinstance(child, QAbstractItemView) and child.state() == QAbstractItemView.State.EditingState:
            return True  # a cell being typed into
        if isinstance(child, (QTextEdit, QPlainTextEdit)) and not child.isReadOnly() \
                and child.document().isModified():
            return True
        if in_dialog and isinstance(child, QLineEdit) and child.isModified():
            return True  # typed into a form; outside forms a line edit is a search field
        if _unsaved_below(child, in_dialog=in_dialog or isinstance(child, QDialog)):
            return True
    return False
