"""The service-log list: filters and a search box over a lazy table (paged in SQL), overdue entries in
red (not arranged in time) or amber (past the close target), the selected entry's details and actions."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.enums import ServiceChannel, ServiceEntryStatus
from app.services.business_time import utc_now
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.service_log_list import EntryRow, list_entries
from app.ui.labels import choices, label
from app.ui.models.paged import Column, Index, PagedTableModel
from app.ui.service_log.actions import EntryActions
from app.ui.service_log.common import show_time
from app.ui.service_log.entry_clocks import EntryClockPanel
from app.ui.service_log.entry_view import EntryDetails, EntryWindow
from app.ui.widgets.clocks import clock_colour, clock_text, clock_tooltip

_CONTEXT = "EntryListPanel"
SEARCH_DELAY_MS = 300
RED, AMBER = QColor("#b71c1c"), QColor("#e65100")
RED_ROW, AMBER_ROW = QBrush(QColor("#fdecea")), QBrush(QColor("#fff3e0"))


def _target(row: EntryRow) -> str:
    if row.closed_at is not None:
        return show_time(row.closed_at)
    return show_time(row.arrange_due if row.arranged_at is None else row.close_due)


def _target_tip(row: EntryRow) -> str:
    if row.closed_at is not None:
        return QCoreApplication.translate("EntryListPanel", "Closed at {time}").format(
            time=show_time(row.closed_at))
    if row.arranged_at is None:
        return QCoreApplication.translate("EntryListPanel", "To be arranged by {time}").format(
            time=show_time(row.arrange_due))
    return QCoreApplication.translate("EntryListPanel", "To be closed by {time}").format(
        time=show_time(row.close_due))


def _alert(row: EntryRow) -> QColor | None:
    return RED if row.arrange_overdue else AMBER if row.close_overdue else None


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Number"), lambda r: r.entry_no, "number"),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Channel"), lambda r: label(r.channel), "channel"),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Received"), lambda r: show_time(r.received_at), "received"),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Customer"), lambda r: r.customer_name, "customer"),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Phone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Serial no."), lambda r: r.serial_no, "serial"),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Problem"), lambda r: r.problem.replace("\n", " "),
           tooltip=lambda r: r.problem),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Status"), lambda r: label(r.status), "status", foreground=_alert),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Due by / closed"), _target, foreground=_alert, tooltip=_target_tip),
    Column(QT_TRANSLATE_NOOP("EntryListPanel", "Warranty clock"), lambda r: clock_text(r.clock),
           foreground=lambda r: clock_colour(r.clock), tooltip=lambda r: clock_tooltip(r.clock)),
]
COL_PROBLEM = 6


class EntryTableModel(PagedTableModel):
    """The paged model, with overdue rows tinted so they stand out."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None:
                return RED_ROW if row.arrange_overdue else AMBER_ROW if row.close_overdue else None
        return super().data(index, role)


class EntryListPanel(QWidget):
    def __init__(self, database: Database, *, actor: Actor | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, load: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self._actor = actor
        self.entry_actions = EntryActions(database, self, actor=actor, clock=clock)
        self.entry_actions.changed.connect(self.on_entry_changed)
        self.entry_actions.created.connect(self.on_entry_changed)
        self.model = EntryTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_key: dict[str, QAction] = {}
        for key, shortcut, handler in (
            ("new", "Ctrl+N", lambda: self.entry_actions.new_entry()),
            ("arrange", "Ctrl+R", lambda: self._on_selected(self.entry_actions.arrange)),
            ("informed", "Ctrl+I", lambda: self._on_selected(self.entry_actions.mark_informed)),
            ("reported", "Ctrl+H", lambda: self._on_selected(self.entry_actions.mark_reported)),
            ("close", "Ctrl+D", lambda: self._on_selected(self.entry_actions.close_entry)),
            ("claim", "Ctrl+Shift+C", lambda: self._on_selected(self.entry_actions.to_claim)),
            ("paid", "Ctrl+Shift+P", lambda: self._on_selected(self.entry_actions.to_paid_order)),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            self.toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_key[key] = action
        self.toolbar.insertSeparator(self.actions_by_key["arrange"])
        self.toolbar.insertSeparator(self.actions_by_key["claim"])

        self.status_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.overdue_combo = QComboBox()
        self.clock_combo = QComboBox()  # the 三包 clocks: amber, or red (missed and not done)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.count_label = QLabel()
        self.filter_labels = [QLabel() for _ in range(4)]
        filters = QHBoxLayout()
        for caption, combo in zip(self.filter_labels, (self.status_combo, self.channel_combo, self.overdue_combo,
                                                       self.clock_combo), strict=True):
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("serviceLogTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # sorting is asked of the service through the header
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self.on_header_section_clicked)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        for column, width in enumerate((130, 110, 130, 90, 110, 140, 200, 70, 130, 110)):
            self.table.setColumnWidth(column, width)

        self.details = EntryDetails()
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        self.clock_panel = EntryClockPanel(database, actor=actor, clock=clock)
        self.clock_panel.changed.connect(self.on_entry_changed)
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.clock_panel)
        details_layout.addWidget(details_scroll, 1)
        splitter.addWidget(details_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 200])  # room for the whole of an entry's details
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        for first, second in ((self.status_combo, self.channel_combo), (self.channel_combo, self.overdue_combo),
                              (self.overdue_combo, self.clock_combo), (self.clock_combo, self.search_edit),
                              (self.search_edit, self.table)):
            QWidget.setTabOrder(first, second)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.retranslate_ui()
        for combo in (self.status_combo, self.channel_combo, self.overdue_combo, self.clock_combo):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        if load:
            self.apply_filters()

    # --- data -------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[EntryRow]:
        return list_entries(self._database, request, self._clock())

    def filters(self) -> dict[str, Any]:
        chosen = {"status": self.status_combo.currentData(), "channel": self.channel_combo.currentData(),
                  "overdue": self.overdue_combo.currentData(), "clock": self.clock_combo.currentData()}
        return {key: value for key, value in chosen.items() if value}

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(text=self.search_edit.text(), filters=self.filters())
        self._after_reload()

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        self._after_reload(selected)

    def set_overdue_filter(self, value: str) -> None:
        self.overdue_combo.setCurrentIndex(max(self.overdue_combo.findData(value), 0))

    def set_clock_filter(self, value: str) -> None:
        """Show the entries whose 三包 clock is amber or red ("" for all), as a Dashboard tile asks."""
        self.clock_combo.setCurrentIndex(max(self.clock_combo.findData(value), 0))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def select_entry(self, entry_id: int) -> bool:
        """Select the entry if it is on the first loaded page (where new and changed entries usually are)."""
        for row_number in range(min(self.model.total(), 200)):
            row = self.model.row_at(row_number)
            if row is not None and row.id == entry_id:
                self.table.setCurrentIndex(self.model.index(row_number, 0))
                self.table.scrollTo(self.model.index(row_number, 0))
                return True
        return False

    def _after_reload(self, keep: int | None = None) -> None:
        total = self.model.total()
        self.count_label.setText(self.model.error or self.tr("{count} entries").format(count=f"{total:,}"))
        if keep is None or not self.select_entry(keep):
            self.details.show_entry(None)
            self.clock_panel.show_entry(None)
            self._update_actions()

    # --- behaviour --------------------------------------------------------------------------------

    def on_entry_changed(self, entry_id: int) -> None:
        self.model.reload()
        self._after_reload(entry_id)

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.details.show_entry(self.entry_actions.load(row.id) if row is not None else None)
        self.clock_panel.show_entry(row.id if row is not None else None)
        self._update_actions()

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            window = EntryWindow(self._database, row.id, actor=self._actor, clock=self._clock, parent=self)
            window.actions.changed.connect(self.on_entry_changed)
            window.finished.connect(window.deleteLater)
            window.open()

    def on_header_section_clicked(self, column: int) -> None:
        if not self.model.sortable(column):
            return
        header = self.table.horizontalHeader()
        same = self.model.request.sort == COLUMNS[column].sort_key
        order = Qt.SortOrder.AscendingOrder if same and self.model.request.descending else Qt.SortOrder.DescendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.model.sort(column, order)
        self._after_reload()

    def _on_selected(self, handler: Callable[[int], object]) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            handler(entry_id)

    def _update_actions(self) -> None:
        entry = self.details.entry
        closed = entry is None or entry.is_closed
        states = {
            "arrange": not closed, "close": not closed,
            "informed": entry is not None and entry.customer_informed_at is None,
            "reported": entry is not None and entry.reported_at is None,
            "claim": entry is not None and entry.unit_id is not None and not entry.claim_no,
            "paid": entry is not None and not entry.paid_order_no,
        }
        for key, enabled in states.items():
            self.actions_by_key[key].setEnabled(enabled)

    def retranslate_ui(self) -> None:
        texts = {"new": self.tr("New entry…"), "arrange": self.tr("Arrange…"),
                 "informed": self.tr("Customer informed"), "reported": self.tr("Reported to head office"),
                 "close": self.tr("Close…"), "claim": self.tr("Turn into claim"),
                 "paid": self.tr("Turn into paid service")}
        for key, text in texts.items():
            action = self.actions_by_key[key]
            action.setText(text)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        for caption, text in zip(self.filter_labels, (self.tr("&Status:"), self.tr("C&hannel:"),
                                                      self.tr("&Overdue:"), self.tr("Warranty c&lock:")), strict=True):
            caption.setText(text)
        self._fill(self.status_combo, [("", self.tr("All")), ("not_closed", self.tr("Not closed"))]
                   + [(s.value, text) for s, text in choices(ServiceEntryStatus)])
        self._fill(self.channel_combo,
                   [("", self.tr("All"))] + [(c.value, text) for c, text in choices(ServiceChannel)])
        self._fill(self.overdue_combo, [("", self.tr("Any")), ("arrange", self.tr("Not arranged in time")),
                                        ("close", self.tr("Past the close target")), ("any", self.tr("Either"))])
        self._fill(self.clock_combo, [("", self.tr("Any")), ("amber", self.tr("Amber: running out")),
                                      ("red", self.tr("Red: missed, not done"))])
        self.search_edit.setPlaceholderText(self.tr("Search number, customer, phone, serial or problem…"))
        self.count_label.setText(self.model.error or self.tr("{count} entries").format(
            count=f"{self.model.total():,}"))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """(Re)fill a filter combo keeping its choice, without firing a reload per item."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        super().changeEvent(event)
