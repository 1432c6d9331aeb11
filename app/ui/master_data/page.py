"""The Master data section: models, parts and prices, customers, units sold and stock, each with its
Excel import and template. Lists are paged and searched in SQL (thousands of parts and customers)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import SYSTEM, Actor
from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.services.imports import ImportResult
from app.services.imports import catalogue as cat
from app.services.paging import Page, PageRequest
from app.ui.master_data.columns import CUSTOMER_COLUMNS, MODEL_COLUMNS, PART_COLUMNS, STOCK_COLUMNS
from app.ui.master_data.import_dialog import ImportDialog, offer_template
from app.ui.master_data.price_dialog import PartPriceDialog
from app.ui.master_data.texts import kind_title
from app.ui.models.paged import Column, PagedTableModel

_CONTEXT = "MasterDataPage"
SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class TabSpec:
    kind: str
    fetch: Callable[[Database, PageRequest], Page[Any]] | None
    columns: list[Column]
    hint: str  # search placeholder or, for a tab without a list, its note (source text in _CONTEXT)


TABS: tuple[TabSpec, ...] = (
    TabSpec("models", cat.list_models, MODEL_COLUMNS, QT_TRANSLATE_NOOP("MasterDataPage", "Model code or name")),
    TabSpec("parts", cat.list_parts, PART_COLUMNS, QT_TRANSLATE_NOOP("MasterDataPage", "Part number or name")),
    TabSpec("customers", cat.list_customers, CUSTOMER_COLUMNS,
            QT_TRANSLATE_NOOP("MasterDataPage", "Code, name, phone or address")),
    TabSpec("units", None, [], QT_TRANSLATE_NOOP(
        "MasterDataPage", "Import the units sold from the manufacturer's or your sales list. Each new unit gets its "
                          "warranty registration card with its deadline. The units themselves are listed in the "
                          "Units section.")),
    TabSpec("stock", cat.list_stock, STOCK_COLUMNS,
            QT_TRANSLATE_NOOP("MasterDataPage", "Part number, name or bin location")),
)


class ListTab(QWidget):
    """One kind of master data: search box, counts, import and template buttons, the paged list."""

    def __init__(self, database: Database, spec: TabSpec, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.model: PagedTableModel | None = None
        self._loaded = False
        self.search_field = QLineEdit()
        self.search_field.setObjectName(f"search_{spec.kind}")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(360)
        self.count_label = QLabel()
        self.import_button = QPushButton()
        self.import_button.setObjectName(f"import_{spec.kind}")
        self.template_button = QPushButton()
        self.template_button.setObjectName(f"template_{spec.kind}")
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search_field, 1)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.template_button)
        self.toolbar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName(f"list_{spec.kind}")
        if spec.fetch is None:
            self.search_field.hide()
            self.view.hide()
            layout.addWidget(self.note_label)
            layout.addStretch(1)
            return
        self.note_label.hide()
        fetch = spec.fetch
        self.model = PagedTableModel(lambda request: fetch(database, request), spec.columns, context=_CONTEXT,
                                     parent=self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_field.textChanged.connect(lambda _text: self._timer.start())
        self.search_field.returnPressed.connect(self.search_now)

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        if self.model is None:
            return
        self._loaded = True
        self.model.reload()
        self._show_count()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 16, 320))

    def search_now(self) -> None:
        if self.model is None:
            return
        self._timer.stop()
        self._loaded = True
        self.model.set_query(text=self.search_field.text())
        self._show_count()

    def selected_row(self) -> Any:
        if self.model is None:
            return None
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.model is not None and self.model.sortable(column):
            self.model.sort(column, order)
            self._show_count()

    def _show_count(self) -> None:
        if self.model is None:
            return
        if self.model.error:
            text = QCoreApplication.translate("MasterDataPage", "The list could not be loaded: {error}")
            self.error_label.setText(text.format(error=self.model.error))
            self.error_label.show()
        else:
            self.error_label.hide()
        self.count_label.setText(QCoreApplication.translate("MasterDataPage", "{count:,} shown").format(
            count=self.model.total()))

    def retranslate_ui(self) -> None:
        hint = QCoreApplication.translate(_CONTEXT, self.spec.hint)
        self.search_field.setPlaceholderText(hint)
        self.note_label.setText(hint)
        self.import_button.setText(QCoreApplication.translate("MasterDataPage", "Import from Excel…"))
        self.template_button.setText(QCoreApplication.translate("MasterDataPage", "Save template…"))
        if self.model is not None and self.model.columnCount():
            # The model translates its titles when asked; tell the header to ask again.
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_count()


class MasterDataPage(QWidget):
    def __init__(self, database: Database, *, actor: Actor = SYSTEM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.dialog: ImportDialog | None = None
        self.price_dialog: PartPriceDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("masterDataTabs")
        self._tabs: dict[str, ListTab] = {}
        for spec in TABS:
            tab = ListTab(database, spec)
            tab.import_button.clicked.connect(lambda _checked=False, kind=spec.kind: self.open_import(kind))
            tab.template_button.clicked.connect(lambda _checked=False, kind=spec.kind: self.save_template(kind))
            self._tabs[spec.kind] = tab
            self.tabs.addTab(tab, "")
        self.price_button = QPushButton()
        self.price_button.setObjectName("changePrice")
        self.price_button.clicked.connect(self.change_price)
        parts = self._tabs["parts"]
        parts.toolbar.insertWidget(parts.toolbar.count() - 2, self.price_button)
        parts.view.doubleClicked.connect(lambda _index: self.change_price())
        self.tabs.currentChanged.connect(lambda _index: self.current_tab().ensure_loaded())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    # --- public API -------------------------------------------------------------------------------

    def tab(self, kind: str) -> ListTab:
        return self._tabs[kind]

    def current_tab(self) -> ListTab:
        return self._tabs[TABS[self.tabs.currentIndex()].kind]

    def show_from_dashboard(self, _tile_key: str) -> None:
        """The Dashboard's models tile: the models list, where a missing product class or terms below the
        regulation's floor are marked."""
        self.show_tab("models")

    def show_tab(self, kind: str) -> ListTab:
        self.tabs.setCurrentIndex([spec.kind for spec in TABS].index(kind))
        tab = self.current_tab()
        tab.ensure_loaded()
        return tab

    def refresh(self) -> None:
        """Reload the list on show (imports elsewhere, the command line, other workstations)."""
        self.current_tab().reload()

    def open_import(self, kind: str, path: str | None = None) -> ImportDialog:
        """Open the import dialog for `kind` (window-modal, not blocking); a path may be filled in."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ImportDialog(self._database, kind, actor=self._actor, parent=self)
        self.dialog.imported.connect(self._on_imported)
        if path:
            self.dialog.set_path(path)
        self.dialog.open()
        return self.dialog

    def save_template(self, kind: str) -> None:
        offer_template(self, kind)

    def change_price(self) -> PartPriceDialog | None:
        part = self._tabs["parts"].selected_row()
        if part is None:
            self._message(self.tr("Choose a part in the list first."))
            return None
        try:
            history = cat.price_history(self._database, part.id)
        except WarrantyDeskError as exc:
            self._message(str(exc))
            return None
        self.price_dialog = PartPriceDialog(part, history, parent=self)
        self.price_dialog.accepted.connect(self._on_price_accepted)
        self.price_dialog.open()
        return self.price_dialog

    # --- slots --------------------------------------------------------------------------------------

    def _on_imported(self, result: ImportResult) -> None:
        affected = {"units": ("customers",), "parts": ("parts", "stock"), "stock": ("stock",)}
        for kind in affected.get(result.kind, (result.kind,)):
            if self._tabs[kind].is_loaded:
                self._tabs[kind].reload()

    def _on_price_accepted(self) -> None:
        dialog = self.price_dialog
        if dialog is None:
            return
        price: Decimal | None = dialog.price()
        if price is None:
            return
        try:
            cat.change_part_price(self._database, dialog.part.id, price, actor=self._actor)
        except WarrantyDeskError as exc:
            self._message(str(exc))
            return
        for kind in ("parts", "stock"):
            if self._tabs[kind].is_loaded:
                self._tabs[kind].reload()

    def _message(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Master data"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("masterDataMessage")
        box.open()

    # --- language ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, kind_title(spec.kind))
            self._tabs[spec.kind].retranslate_ui()
        self.price_button.setText(self.tr("Change price…"))
        self.price_button.setToolTip(self.tr("Change the selected part's price; the old price is kept as history"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.current_tab().ensure_loaded()
        super().showEvent(event)
