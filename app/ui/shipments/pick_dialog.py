"""Pick old parts on the shelf for a shipment, instead of scanning their tags one by one."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldPartStatus
from app.services.database import Database
from app.services.old_parts import OldPartRow, list_old_parts
from app.services.paging import Page, PageRequest
from app.ui.models.paged import PagedTableModel
from app.ui.old_parts.page import COLUMNS

MAX_PICK = 500


class PickPartsDialog(QDialog):
    picked = Signal(list)  # the tags chosen

    def __init__(self, database: Database, *, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickPartsDialog")
        self._database, self._today = database, today
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.due_only = QCheckBox()
        self.due_only.setObjectName("dueOnly")
        self.due_only.toggled.connect(lambda _on: self.reload())
        self.model = PagedTableModel(self._fetch, COLUMNS[:8], context="OldPartsPage", parent=self)
        self.table = QTableView()
        self.table.setObjectName("pickTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.count_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.table.activated.connect(lambda _index: self.accept())
        top = QHBoxLayout()
        top.addWidget(self.explanation, 1)
        top.addWidget(self.due_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(980, 560)
        self.retranslate_ui()
        self.reload()

    def _fetch(self, request: PageRequest) -> Page[OldPartRow]:
        return list_old_parts(self._database, request, self._today())

    def reload(self) -> None:
        filters: dict[str, object] = {"status": OldPartStatus.RETAINED.value}
        if self.due_only.isChecked():
            filters = {"due": "due_soon"}  # due soon covers retained and packed; packed ones are refused on add
        self.model.set_query(filters=filters)
        self._enable()

    def selected_tags(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})[:MAX_PICK]
        return [row.tag_no for row in (self.model.row_at(r) for r in rows) if row is not None]

    def accept(self) -> None:
        tags = self.selected_tags()
        if tags:
            self.picked.emit(tags)
            super().accept()

    def _enable(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(0 < count <= MAX_PICK)
        self.count_label.setText(self.tr("{count} of {total} chosen").format(count=count, total=self.model.total()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pick old parts for the shipment"))
        self.explanation.setText(self.tr("Old parts on the shelf and in no shipment, the earliest due first. "
                                         "Choose with Ctrl or Shift, then OK."))
        self.due_only.setText(self.tr("Only those due within 14 days"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the shipment"))
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
