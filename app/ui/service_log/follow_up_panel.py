"""Follow-up calls (回访) and key-customer visits: what is due, recording the result, planning visits."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services import follow_ups
from app.services.business_time import business_date, utc_now
from app.services.database import Database
from app.services.follow_ups import VISIT, FollowUpRow
from app.services.paging import Page, PageRequest
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.service_log.actions import EntryActions
from app.ui.service_log.common import show_error, show_info, show_time

_CONTEXT = "FollowUpPanel"
RED = QColor("#b71c1c")


KIND_TEXTS = {VISIT: QT_TRANSLATE_NOOP("FollowUpPanel", "Visit"), "call": QT_TRANSLATE_NOOP("FollowUpPanel", "Call")}


def _kind(row: FollowUpRow) -> str:
    return QCoreApplication.translate(_CONTEXT, KIND_TEXTS.get(row.kind, KIND_TEXTS["call"]))


def _late(row: FollowUpRow) -> QColor | None:
    return RED if row.done_at is None and row.due_date < business_date(utc_now()) else None

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Due"), lambda r: f"{r.due_date:%Y-%m-%d}", "due", foreground=_late),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Kind"), _kind, "kind"),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Customer"), lambda r: r.customer_name, "customer"),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Phone"), lambda r: r.customer_phone),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Serial no."), lambda r: r.serial_no),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "About"), lambda r: r.entry_no or r.claim_no),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Done"), lambda r: show_time(r.done_at), "done"),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "By"), lambda r: r.done_by),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Satisfaction"), lambda r: str(r.satisfaction or ""), "satisfaction",
           align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("FollowUpPanel", "Remarks"), lambda r: r.remarks, tooltip=lambda r: r.remarks),
]


class FollowUpPanel(QWidget):
    def __init__(self, database: Database, *, actor: Actor | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, load: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self.entry_actions = EntryActions(database, self, actor=actor, clock=clock)
        self.entry_actions.changed.connect(lambda _id: self.refresh())
        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.record_action = QAction(self)
        self.record_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.record_action.triggered.connect(self.record_selected)
        self.plan_action = QAction(self)
        self.plan_action.triggered.connect(self.plan_visits)
        for action in (self.record_action, self.plan_action):
            self.toolbar.addAction(action)
            self.addAction(action)

        self.state_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.state_label, self.kind_label = QLabel(), QLabel()
        self.state_label.setBuddy(self.state_combo)
        self.kind_label.setBuddy(self.kind_combo)
        filters = QHBoxLayout()
        for widget in (self.state_label, self.state_combo, self.kind_label, self.kind_combo):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_actions())
        for column, width in enumerate((90, 60, 90, 110, 140, 130, 130, 70, 90)):
            self.table.setColumnWidth(column, width)
        # The calls that fell due most recently first: the ones the customer still remembers.
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self.on_header_section_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.state_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filters)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.retranslate_ui()
        for combo in (self.state_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        if load:
            self.load_first()

    def load_first(self) -> None:
        self.model.sort(0, Qt.SortOrder.DescendingOrder)  # loads the first page: due now, newest first
        self._show_count()

    def _fetch(self, request: PageRequest) -> Page[FollowUpRow]:
        return follow_ups.list_follow_ups(self._database, request, business_date(self._clock()))

    def apply_filters(self) -> None:
        self._timer.stop()
        filters: dict[str, Any] = {"state": self.state_combo.currentData() or "due"}
        if self.kind_combo.currentData():
            filters["kind"] = self.kind_combo.currentData()
        self.model.set_query(text=self.search_edit.text(), filters=filters)
        self._show_count()

    def refresh(self) -> None:
        self.model.reload()
        self._show_count()

    def selected(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def record_selected(self) -> None:
        row = self.selected()
        if row is not None and row.done_at is None:
            self.entry_actions.record_follow_up(row)

    def on_header_section_clicked(self, column: int) -> None:
        if not self.model.sortable(column):
            return
        same = self.model.request.sort == COLUMNS[column].sort_key
        order = Qt.SortOrder.AscendingOrder if same and self.model.request.descending else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)
        self._show_count()

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.record_selected()

    def plan_visits(self) -> int:
        try:
            count = follow_ups.schedule_key_customer_visits(self._database, self.entry_actions.actor,
                                                            business_date(self._clock()), now=self._clock())
        except WarrantyDeskError as exc:
            show_error(self, self.tr("Follow-ups"), exc)
            return 0
        self.refresh()
        show_info(self, self.tr("Key-customer visits"),
                  self.tr("{count} visits planned; every key customer now has one pending.").format(count=count))
        return count

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} follow-ups").format(
            count=f"{self.model.total():,}"))
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected()
        self.record_action.setEnabled(row is not None and row.done_at is None)

    def retranslate_ui(self) -> None:
        self.record_action.setText(self.tr("Record result…"))
        self.record_action.setToolTip(self.tr("Record the result of the selected call or visit (Ctrl+Shift+R)"))
        self.plan_action.setText(self.tr("Plan key-customer visits"))
        self.plan_action.setToolTip(self.tr("Give every key customer without a pending visit their next one"))
        self.state_label.setText(self.tr("&Show:"))
        self.kind_label.setText(self.tr("&Kind:"))
        for combo, items in (
            (self.state_combo, [("due", self.tr("Due now")), ("pending", self.tr("Not made yet")),
                                ("done", self.tr("Made")), ("all", self.tr("All"))]),
            (self.kind_combo, [("", self.tr("Calls and visits")), ("call", self.tr("Calls")),
                               ("visit", self.tr("Visits"))]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        self.search_edit.setPlaceholderText(self.tr("Search customer, phone, serial or entry number…"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        super().changeEvent(event)
