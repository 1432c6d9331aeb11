"""The Units section: every unit sold, searched and sorted in SQL; a unit's service file opens on
Enter or a double-click; a sale is recorded from here."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services import units as unit_service
from app.services.business_time import business_today
from app.services.cards import acting_user
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.units import UnitRow, UnitSort
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.units import texts
from app.ui.units.sale_dialog import RecordSaleDialog
from app.ui.units.service_file import ServiceFileDialog

_CONTEXT = "UnitsPage"
SEARCH_DELAY_MS = 300  # typing pauses this long before the list asks the database again


def _late_red(row: UnitRow) -> object:
    return texts.RED if not row.warranty.recognised else None


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Serial number"), lambda r: r.serial_no, UnitSort.SERIAL,
           foreground=_late_red),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Engine number"), lambda r: r.engine_no, UnitSort.ENGINE,
           foreground=_late_red),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Model"), lambda r: r.model_code, UnitSort.MODEL, foreground=_late_red,
           tooltip=lambda r: r.model_name),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Customer"), lambda r: r.customer_name, UnitSort.CUSTOMER,
           foreground=_late_red),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Phone"), lambda r: r.customer_phone, foreground=_late_red),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Sale date"), lambda r: r.sale_date.isoformat(), UnitSort.SALE_DATE,
           foreground=_late_red),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Registration card"), lambda r: texts.card_short(r.warranty),
           UnitSort.CARD_DUE, foreground=lambda r: texts.card_colour(r.warranty)),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Warranty"), lambda r: texts.verdict_short(r.warranty),
           foreground=lambda r: texts.verdict_colour(r.warranty, covered=None),
           tooltip=lambda r: texts.verdict(r.warranty)),
    Column(QT_TRANSLATE_NOOP("UnitsPage", "Claims"), lambda r: str(r.claim_count), align=ALIGN_RIGHT),
]
CARD_FILTERS = [  # filter value, label source text
    ("", QT_TRANSLATE_NOOP("UnitsPage", "All cards")),
    ("due", QT_TRANSLATE_NOOP("UnitsPage", "Card due")),
    ("due_soon", QT_TRANSLATE_NOOP("UnitsPage", "Card due within 5 days")),
    ("late", QT_TRANSLATE_NOOP("UnitsPage", "Card late")),
    ("not_recognised", QT_TRANSLATE_NOOP("UnitsPage", "Warranty not recognised")),
    ("sent", QT_TRANSLATE_NOOP("UnitsPage", "Card sent")),
    ("acknowledged", QT_TRANSLATE_NOOP("UnitsPage", "Card acknowledged")),
]


class UnitsPage(QWidget):
    def __init__(self, database: Database, *, today: Callable[[], dt.date] = business_today,
                 actor: Callable[[], Actor] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._actor = actor or (lambda: acting_user(database))
        self.service_files: dict[int, ServiceFileDialog] = {}
        self.sale_dialog: RecordSaleDialog | None = None

        self.search_field = QLineEdit()
        self.search_field.setObjectName("unitSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(280)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_field)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("unitModelFilter")
        self.model_combo.setMinimumContentsLength(14)
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.card_combo = QComboBox()
        self.card_combo.setObjectName("unitCardFilter")
        for value, _source in CARD_FILTERS:
            self.card_combo.addItem("", value)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordSale")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openServiceFile")

        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = QTableView()
        self.table.setObjectName("unitsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Newest sales first, as the service orders by default; enabling sorting loads the first page.
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index(_column(UnitSort.SALE_DATE)),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.installEventFilter(self)
        self.status_label = QLabel()
        self.status_label.setObjectName("unitsStatus")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search_field.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.on_search_field_return_pressed)
        self.model_combo.currentIndexChanged.connect(lambda _index: self.apply_query())
        self.card_combo.currentIndexChanged.connect(lambda _index: self.apply_query())
        self.record_button.clicked.connect(self.record_sale)
        self.open_button.clicked.connect(self.open_current)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.record_sale)
        self.addAction(self.new_action)

        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search_field, 2)
        bar.addWidget(self.model_combo, 1)
        bar.addWidget(self.card_combo, 1)
        bar.addStretch(0)
        bar.addWidget(self.record_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for first, second in ((self.search_field, self.model_combo), (self.model_combo, self.card_combo),
                              (self.card_combo, self.record_button), (self.record_button, self.table),
                              (self.table, self.open_button)):
            QWidget.setTabOrder(first, second)

        self._load_models()
        self.retranslate_ui()

    # --- public API -------------------------------------------------------------------------------

    def search(self, text: str) -> int:
        """Show the units matching `text` at once; returns how many match."""
        self.search_field.setText(text)
        self.apply_query()
        return self.model.total()

    def find(self, text: str) -> bool:
        """The global search: a serial (or unique engine) number opens that unit's service file, anything
        else becomes this list's search. True when something was found."""
        try:
            unit_id = unit_service.find_unit(self._database, text)
        except WarrantyDeskError as exc:
            self.status_label.setText(str(exc))
            return False
        if unit_id is not None:
            self.open_service_file(unit_id)
            return True
        return self.search(text) > 0

    def open_service_file(self, unit_id: int) -> ServiceFileDialog:
        dialog = self.service_files.get(unit_id)
        if dialog is None:
            dialog = ServiceFileDialog(self._database, unit_id, today=self._today, actor=self._actor, parent=self)
            dialog.changed.connect(self.refresh)
            dialog.finished.connect(lambda _result, uid=unit_id: self.service_files.pop(uid, None))
            self.service_files[unit_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_service_file(row.id)

    def current_row(self) -> UnitRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def record_sale(self) -> RecordSaleDialog | None:
        try:
            models = unit_service.model_choices(self._database)
        except WarrantyDeskError as exc:
            self.status_label.setText(str(exc))
            return None
        dialog = RecordSaleDialog(models, lambda text: unit_service.find_customers(self._database, text),
                                  self._submit_sale, today=self._today(), parent=self)
        dialog.sale_recorded.connect(self.on_sale_recorded)
        self.sale_dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.model.reload()
        self._show_status()

    def apply_query(self) -> None:
        self._search_timer.stop()
        filters = {"model_id": self.model_combo.currentData(), "card": self.card_combo.currentData()}
        self.model.set_query(text=self.search_field.text(), filters={k: v for k, v in filters.items() if v})
        self._show_status()
        if self.model.total():
            self.table.selectRow(0)

    # --- behaviour --------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[UnitRow]:
        return unit_service.search_units(self._database, request, today=self._today())

    def _submit_sale(self, sale: unit_service.SaleInput) -> int:
        return unit_service.record_sale(self._database, self._actor(), sale, today=self._today())

    def on_sale_recorded(self, unit_id: int, serial: str) -> None:
        self._load_models()
        self.search(serial)
        self.open_service_file(unit_id)

    def on_search_field_return_pressed(self) -> None:
        self.apply_query()
        if self.model.total() == 1:  # a scanned serial number: straight to the unit
            self.open_current()

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_service_file(row.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _load_models(self) -> None:
        current = self.model_combo.currentData()
        try:
            models = unit_service.model_choices(self._database)
        except WarrantyDeskError:
            models = []
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItem(self.tr("All models"), None)
        for choice in models:
            self.model_combo.addItem(texts.model_text(choice.code, choice.name), choice.id)
        index = self.model_combo.findData(current)
        self.model_combo.setCurrentIndex(max(index, 0))
        self.model_combo.blockSignals(False)

    def _fit_columns(self) -> None:
        # Widths for a 1280-pixel window; the warranty column takes what is left.
        font = self.table.fontMetrics()
        samples: list[list[str] | None] = [["LF100426001966"], ["YC2668738686"], ["LF-1004"], ["王振建国"],
                                           ["13805310001"], ["2026-11-27"], texts.card_samples(), None, ["9999"]]
        for column, sample in enumerate(samples):
            if sample is None:
                self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            title = QCoreApplication.translate(_CONTEXT, COLUMNS[column].title)
            header = self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 24  # + sort arrow
            widest = max(font.horizontalAdvance(text) for text in sample) + 16
            self.table.setColumnWidth(column, max(widest, header))

    def _show_status(self) -> None:
        if self.model.error:
            self.status_label.setText(self.tr("The list could not be loaded: {error}").format(error=self.model.error))
            return
        self.status_label.setText(self.tr("{count} units").format(count=f"{self.model.total():,}"))

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(self.tr("Serial or engine number, customer, phone or model…"))
        self.model_combo.setItemText(0, self.tr("All models"))
        for index, (_value, source) in enumerate(CARD_FILTERS):
            self.card_combo.setItemText(index, QCoreApplication.translate(_CONTEXT, source))
        self.record_button.setText(self.tr("Record sale…"))
        self.record_button.setToolTip(self.tr("Register a machine sold and its warranty registration card (Ctrl+N)"))
        self.open_button.setText(self.tr("Open service file"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._fit_columns()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _column(sort: UnitSort) -> Column:
    return next(column for column in COLUMNS if column.sort_key == sort)
