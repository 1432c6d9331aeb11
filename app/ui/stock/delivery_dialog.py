"""Receive a signed delivery list (销售发货清单) from its workbook: the import dialog of the master data, all
or nothing with every bad row listed, plus the day the goods arrived."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.actors import Actor
from app.reports.excel import ImportRefused
from app.services.database import Database
from app.services.stock import DeliveryResult, import_delivery, save_delivery_sheet
from app.services.stock.ledger import plain
from app.ui.master_data.import_dialog import ImportDialog, offer_template
from app.ui.stock.forms import date_edit, date_of
from app.ui.stock.texts import problem_reason

KIND = "stock"  # the import kind the dialog's machinery knows; the title is this dialog's own


class ReceiveDeliveryDialog(ImportDialog):
    def __init__(self, database: Database, *, actor: Actor, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        self._today = today
        super().__init__(database, KIND, actor=actor, parent=parent)
        self.setObjectName("receiveDeliveryDialog")
        self.date_label = QLabel()
        self.received_on = date_edit(today())
        self.received_on.setObjectName("receivedOn")
        self.date_label.setBuddy(self.received_on)
        row = QHBoxLayout()
        row.addWidget(self.date_label)
        row.addWidget(self.received_on)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(3, row)
        self.retranslate_ui()

    def importer(self, path: str) -> Callable[[Callable[[str, int, int], None]], Any]:
        database, actor, day = self._database, self._actor, date_of(self.received_on)
        return lambda report: import_delivery(database, actor, path, day, progress=report)

    def save_template(self) -> Path | None:
        return offer_template(self, "delivery", save_delivery_sheet)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "received_on"):
            self.received_on.setEnabled(not self.is_busy())

    def _summary(self, result: DeliveryResult) -> str:
        return self.tr("Delivery list {number} received on {day}: {lines} lines, {parts} parts, {quantity} pieces "
                       "into stock; {off} taken off what was on order.").format(
            number=result.delivery_no, day=result.received_on.isoformat(), lines=result.lines, parts=result.parts,
            quantity=plain(result.quantity), off=plain(result.off_order))

    def _show_problems(self, refused: ImportRefused) -> None:
        super()._show_problems(refused)
        for row, problem in enumerate(refused.problems):
            item = self.problem_table.item(row, 3)
            if item is not None:
                item.setText(problem_reason(problem))
                item.setToolTip(item.text())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Receive a delivery list (销售发货清单)"))
        self.title_label.setText(self.windowTitle())
        self.explanation_label.setText(self.tr(
            "Choose the workbook of the signed delivery list. The whole list is checked first: if any row is wrong "
            "(a part not in the catalogue, a wrong quantity, a list received before) nothing is received and every "
            "problem is listed. Received parts are added to stock and taken off what was on order."))
        self.path_field.setPlaceholderText(self.tr("An .xlsx workbook: delivery list no., part number, quantity"))
        self.import_button.setText(self.tr("&Receive"))
        if hasattr(self, "date_label"):
            self.date_label.setText(self.tr("Goods &arrived on:"))
        for row, problem in enumerate(self.problems()):
            item = self.problem_table.item(row, 3)
            if item is not None:
                item.setText(problem_reason(problem))
