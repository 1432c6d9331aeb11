"""The paid service orders (有偿服务) list, a tab of the claims page: newest first, searchable, and the
dealer's parts mark-up (none unless a service manager sets one)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PaidOrderStatus
from app.domain.errors import WarrantyDeskError
from app.services import paid_orders
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.paid_orders import PaidOrderRow
from app.ui.claims.common import ActorSource, money, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.paid_orders.editor import PaidOrderEditor

_CONTEXT = "PaidOrdersView"
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Order no."), lambda r: r.order_no, "order_no"),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Status"), lambda r: label(r.status), "status"),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Service date"), lambda r: r.service_date.isoformat(), "service_date"),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Serial no."), lambda r: r.serial_no),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Model"), lambda r: r.model_code),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Customer"), lambda r: r.customer_name),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("PaidOrdersView", "Total"), lambda r: money(r.total_amount), "total", ALIGN_RIGHT),
]


class PaidOrdersView(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.editors: list[PaidOrderEditor] = []
        self.message: QMessageBox | None = None
        self.search = QLineEdit()
        self.search.setObjectName("paidSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.status = QComboBox()
        self.status.setObjectName("paidStatusFilter")
        self.status.addItem("", "")
        for status in PaidOrderStatus:
            self.status.addItem("", status.value)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPaidOrder")
        self.markup_label = QLabel()
        self.markup = QSpinBox()
        self.markup.setObjectName("paidMarkup")
        self.markup.setRange(0, 100)
        self.markup.setSuffix(" %")
        self.markup_label.setBuddy(self.markup)
        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = QTableView()
        self.table.setObjectName("paidOrdersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self.on_table_activated)
        self.count_label = QLabel()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.new_button.clicked.connect(self.new_order)
        self.markup.editingFinished.connect(self.on_markup_editing_finished)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_order)
        self.addAction(self.new_action)

        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status, 1)
        bar.addStretch(1)
        bar.addWidget(self.markup_label)
        bar.addWidget(self.markup)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._load_markup()
        self.retranslate_ui()

    def _set_widths(self) -> None:
        """Widths in characters, never narrower than the translated header; the customer takes the rest."""
        header = self.table.horizontalHeader()
        unit = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((15, 10, 11, 16, 10, 12, 10, 12)):
            self.table.setColumnWidth(column, max(chars * unit + 20, header.sectionSizeHint(column)))
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def _fetch(self, request: PageRequest) -> Page[PaidOrderRow]:
        return paid_orders.list_paid_orders(self._database, request)

    def _load_markup(self) -> None:
        self.markup.blockSignals(True)
        try:
            self.markup.setValue(paid_orders.markup_percent(self._database))
        except WarrantyDeskError:
            pass
        self.markup.blockSignals(False)
        self.markup.setEnabled(self._actor().is_manager)  # what customers are charged is the manager's call

    def on_markup_editing_finished(self) -> None:
        try:
            paid_orders.set_markup_percent(self._database, self._actor(), self.markup.value())
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Parts mark-up"), str(exc))
            self._load_markup()

    def apply_filters(self) -> None:
        self.model.set_query(text=self.search.text(), filters={"status": self.status.currentData()})
        self._show_count()

    def refresh(self) -> None:
        self._load_markup()
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} paid service orders").format(
            count=f"{self.model.total():,}"))

    def new_order(self) -> PaidOrderEditor:
        return self._show(PaidOrderEditor(self._database, actor=self._actor, today=self._today, parent=self))

    def open_order(self, order_id: int) -> PaidOrderEditor | None:
        for editor in self.editors:
            if editor.order_id == order_id:
                return self._show(editor)
        try:
            editor = PaidOrderEditor(self._database, actor=self._actor, today=self._today, order_id=order_id,
                                     parent=self)
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Paid service order"), str(exc))
            return None
        return self._show(editor)

    def _show(self, editor: PaidOrderEditor) -> PaidOrderEditor:
        if editor not in self.editors:
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.saved.connect(lambda _id: self.refresh())
            editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
            self.editors.append(editor)
        editor.show()
        editor.raise_()
        return editor

    def on_table_activated(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_order(row.id)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("F&ind:"))
        self.search.setPlaceholderText(self.tr("Order or serial number, customer, phone…"))
        self.status.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, label(PaidOrderStatus(self.status.itemData(i))))
        self.markup_label.setText(self.tr("Parts &mark-up:"))
        self.markup.setToolTip(self.tr("0 %: parts at catalogue price, no mark-up. Set by a service manager."))
        self.new_button.setText(self.tr("&New paid service order…"))
        self._set_widths()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
