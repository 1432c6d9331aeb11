"""One of the Dashboard's lists of what needs action today, shown under the tiles when one is clicked.

The list is paged in SQL like every big list. Double-clicking a row (or Enter, or "Open") opens what
the row is about: the unit's service file for cards and maintenance, the entry for service entries,
the follow-up's result dialog for calls and visits.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services import follow_ups, maintenance
from app.services import overview as ov
from app.services.database import Database
from app.services.overview import ActionRow
from app.services.paging import Page, PageRequest
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.service_log.actions import EntryActions
from app.ui.service_log.common import current_actor, show_error, show_info, show_time
from app.ui.service_log.entry_view import EntryWindow

_CONTEXT = "ActionListPanel"
RED = QColor("#b71c1c")
# Columns that say nothing for a list are hidden: cards and maintenance have no record number …
HIDDEN: dict[str, set[int]] = {ov.CARDS_DUE_SOON: {0}, ov.CARDS_LATE: {0}, ov.MAINTENANCE_DUE: {0},
                               ov.FOLLOW_UPS_DUE: {6}}
KIND_TEXTS = {"visit": QT_TRANSLATE_NOOP("ActionListPanel", "Visit"),
              "call": QT_TRANSLATE_NOOP("ActionListPanel", "Call")}


class ActionListPanel(QWidget):
    changed = Signal()  # something was done from the list: the figures are stale

    def __init__(self, database: Database, *, today: Callable[[], dt.date], now: Callable[[], dt.datetime],
                 actor: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._now = now
        self._actor = actor
        self._key: str | None = None
        self.entry_actions = EntryActions(database, self, actor=actor, clock=now)
        self.entry_actions.changed.connect(self._on_done)
        columns = [
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Due"), self._due_text),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Overdue"), self._late_text, align=ALIGN_RIGHT,
                   foreground=lambda r: RED if self._is_late(r) else None),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Customer"), lambda r: r.customer_name),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Phone"), lambda r: r.phone),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Serial no."), lambda r: r.serial_no),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Model"), lambda r: r.model_name),
            Column(QT_TRANSLATE_NOOP("ActionListPanel", "Details"), self._detail_text, tooltip=self._detail_text),
        ]
        self.model = PagedTableModel(self._fetch, columns, context=_CONTEXT, page_size=100, parent=self)
        self.caption = QLabel()
        self.caption.setObjectName("sectionCaption")
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.entry_button = QPushButton()  # maintenance: book the service in the log
        self.entry_button.clicked.connect(self.create_entry_for_current)
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self.hide)
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        for column, width in enumerate((130, 130, 90, 90, 110, 140, 150)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        for button in (self.open_button, self.entry_button, self.hide_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate_ui()

    # --- what the page calls ----------------------------------------------------------------------

    @property
    def key(self) -> str | None:
        return self._key

    def show_list(self, key: str, title: str) -> None:
        self._key = key
        self._title = title
        self.model.reload()
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in HIDDEN.get(key, set()))
        self.entry_button.setVisible(key == ov.MAINTENANCE_DUE)
        self._show_caption()
        self.show()
        if self.model.total():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def reload(self) -> None:
        if self._key is not None:
            self.model.reload()
            self._show_caption()

    def current_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_current(self) -> QWidget | None:
        row = self.current_row()
        if row is None:
            return None
        if row.follow_up_id is not None:
            try:
                follow_up = follow_ups.get_follow_up(self._database, row.follow_up_id)
            except WarrantyDeskError as exc:
                show_error(self, self.tr("Dashboard"), exc)
                return None
            return self.entry_actions.record_follow_up(follow_up)
        if row.entry_id is not None and row.key in (ov.ARRANGE_OVERDUE, ov.CLOSE_OVERDUE):
            window = EntryWindow(self._database, row.entry_id, actor=self._actor, clock=self._now, parent=self)
            window.actions.changed.connect(self._on_done)
            window.finished.connect(window.deleteLater)
            window.open()
            return window
        if row.unit_id is not None:
            return self._open_service_file(row.unit_id)
        return None

    def create_entry_for_current(self) -> None:
        row = self.current_row()
        if row is None or row.key != ov.MAINTENANCE_DUE or row.unit_id is None:
            return
        problem = self.tr("First service due on {date}: book the visit").format(date=f"{row.due_date:%Y-%m-%d}")
        try:
            made = maintenance.create_entry_from_reminder(self._database, current_actor(self._database, self._actor),
                                                          row.unit_id, due_date=row.due_date, problem=problem,
                                                          now=self._now())
        except WarrantyDeskError as exc:
            show_error(self, self.tr("Dashboard"), exc)
            return
        self._on_done()
        show_info(self, self.tr("Service log"), self.tr("Service-log entry {number} was made for {serial}.").format(
            number=made.entry.entry_no, serial=row.serial_no))

    # --- behaviour --------------------------------------------------------------------------------

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.open_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.open_current()
            return
        super().keyPressEvent(event)

    def _open_service_file(self, unit_id: int) -> QWidget | None:
        try:
            from app.ui.units.service_file import ServiceFileDialog
        except ImportError:  # the Units section not installed in this build
            show_info(self, self.tr("Dashboard"), self.tr("The unit's service file is not available."))
            return None
        dialog = ServiceFileDialog(self._database, unit_id, today=self._today,
                                   actor=lambda: current_actor(self._database, self._actor), parent=self)
        dialog.changed.connect(self._on_done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _on_done(self, *_args: Any) -> None:
        self.reload()
        self.changed.emit()

    def _fetch(self, request: PageRequest) -> Page[ActionRow]:
        if self._key is None:
            return Page([], 0)
        return ov.action_rows(self._database, self._key, request, today=self._today(), now=self._now())

    def _due_text(self, row: ActionRow) -> str:
        return show_time(row.due_at) if row.due_at is not None else f"{row.due_date:%Y-%m-%d}"

    def _is_late(self, row: ActionRow) -> bool:
        return (row.due_at is not None and row.due_at < self._now()) or row.days_late(self._today()) > 0

    def _late_text(self, row: ActionRow) -> str:
        if row.due_at is not None:
            seconds = (self._now() - row.due_at).total_seconds()
            if seconds < 3600:
                return self.tr("{minutes} min").format(minutes=max(int(seconds // 60), 0))
            hours = int(seconds // 3600)
            if hours < 48:
                return self.tr("{hours} h").format(hours=max(hours, 0))
            return self.tr("{days} d").format(days=hours // 24)
        days = row.days_late(self._today())
        if days > 0:
            return self.tr("{days} d").format(days=days)
        return self.tr("due today") if days == 0 else self.tr("in {days} days").format(days=-days)

    def _detail_text(self, row: ActionRow) -> str:
        if row.key in (ov.ARRANGE_OVERDUE, ov.CLOSE_OVERDUE):
            return f"{label(row.kind)} · {row.detail}" if row.kind else row.detail  # type: ignore[arg-type]
        if row.key == ov.FOLLOW_UPS_DUE:
            return QCoreApplication.translate(_CONTEXT, KIND_TEXTS.get(row.kind, KIND_TEXTS["call"]))
        text = self.tr("sold {date}").format(date=row.detail)
        if row.by_hours:
            text += " · " + self.tr("hour meter reached")
        return text

    def _show_caption(self) -> None:
        if self._key is not None:
            self.caption.setText(self.tr("{title}: {count}").format(title=self._title,
                                                                   count=f"{self.model.total():,}"))
        self.open_button.setEnabled(self.model.total() > 0)
        self.entry_button.setEnabled(self.model.total() > 0)

    def retranslate_ui(self, title: str | None = None) -> None:
        if title is not None:
            self._title = title
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected row (double-click or Enter)"))
        self.entry_button.setText(self.tr("Make service-log &entry"))
        self.hide_button.setText(self.tr("Hide list"))
        self._show_caption()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
