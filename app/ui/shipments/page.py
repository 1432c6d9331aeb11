"""The Return shipments section (旧件返厂单): the shipments on the left, drafts first; the chosen one on the
right, where tags are scanned in, the shipment is shipped and head office's verdict recorded."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import shipments
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.shipments import ShipmentRow
from app.ui.claims.common import ActorSource, actor_source, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.shipments.panel import ShipmentPanel

_CONTEXT = "ShipmentsPage"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ShipmentsPage", "Shipment"), lambda r: r.shipment_no),
    Column(QT_TRANSLATE_NOOP("ShipmentsPage", "Status"), lambda r: label(r.status)),
    Column(QT_TRANSLATE_NOOP("ShipmentsPage", "Parts"), lambda r: str(r.parts), align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("ShipmentsPage", "Shipped"), lambda r: _date(r.shipped_on)),
    Column(QT_TRANSLATE_NOOP("ShipmentsPage", "Received"), lambda r: _date(r.received_on)),
]


class ShipmentsPage(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor_source(database, actor), today
        self.message: QMessageBox | None = None
        self._shown_once = False

        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = QTableView()
        self.table.setObjectName("shipmentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.on_selection_changed())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newShipment")
        self.new_button.clicked.connect(self.new_shipment)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_shipment)
        self.addAction(self.new_action)
        self.count_label = QLabel()

        self.panel = ShipmentPanel(database, actor=self._actor, today=today)
        self.panel.changed.connect(self.on_panel_changed)

        left = QWidget()
        self.list_pane = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self.model.reload()
        self._show_count()

    def _fetch(self, request: PageRequest) -> Page[ShipmentRow]:
        return shipments.list_shipments(self._database, request)

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} shipments").format(count=self.model.total()))
        # The list is narrow: wide enough for its columns in the current language, no wider.
        self.table.resizeColumnsToContents()
        width = self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
        width += self.table.verticalScrollBar().sizeHint().width()
        self.list_pane.setMinimumWidth(min(width, 600))

    def selected(self) -> ShipmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def on_selection_changed(self) -> None:
        row = self.selected()
        if row is None:
            self.panel.show_shipment(None)
        else:
            self.panel.load(row.id)

    def select(self, shipment_id: int) -> bool:
        for row in range(self.model.total()):
            found = self.model.row_at(row)
            if found is not None and found.id == shipment_id:
                self.table.selectRow(row)
                return True
        return False

    def new_shipment(self) -> int | None:
        try:
            view = shipments.create_shipment(self._database, self._actor(), self._today())
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("New shipment"), str(exc))
            return None
        self.model.reload()
        self._show_count()
        self.select(view.id)
        self.panel.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        return view.id

    def on_panel_changed(self) -> None:
        current = self.panel.view.id if self.panel.view else None
        self.model.reload()
        self._show_count()
        if current is not None:
            self.table.selectionModel().blockSignals(True)
            self.select(current)
            self.table.selectionModel().blockSignals(False)

    def refresh(self) -> None:
        current = self.panel.view.id if self.panel.view else None
        self.model.reload()
        self._show_count()
        if current is not None and not self.select(current):
            self.panel.show_shipment(None)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("&New shipment"))
        self.new_button.setToolTip(self.tr("Start a return shipment and scan its tags (Ctrl+N)"))
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
