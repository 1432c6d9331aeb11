"""Import head office's settlement notice (三包费用核销通知), a workbook or its JSON form: the import dialog of
the master data, reading the settlement instead (all or nothing, every problem listed by row)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.actors import Actor
from app.domain.money import format_money
from app.services.database import Database
from app.services.settlements import SettlementResult, import_settlement, write_settlement_sheet
from app.ui.master_data import import_dialog
from app.ui.master_data.import_dialog import ImportDialog, offer_template

SETTLEMENT = "settlement"  # the import kind (its title in app.ui.master_data.texts)


class SettlementImportDialog(ImportDialog):
    def __init__(self, database: Database, *, actor: Actor, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        self._today = today
        super().__init__(database, SETTLEMENT, actor=actor, parent=parent)
        self.setObjectName("settlementImportDialog")

    def importer(self, path: str) -> Callable[[Callable[[str, int, int], None]], Any]:
        database, actor, today = self._database, self._actor, self._today()
        return lambda report: import_settlement(database, actor, path, today, progress=report)

    def on_choose_button_clicked(self) -> None:
        path = import_dialog.ask_open_path(self, self.tr("Choose head office's settlement notice"),
                                           self.tr("Settlement notices (*.xlsx *.json);;Excel workbook (*.xlsx);;"
                                                   "JSON (*.json);;All files (*)"))
        if path:
            self.set_path(path)

    def save_template(self) -> Path | None:
        return offer_template(self, SETTLEMENT, write_settlement_sheet)

    def _summary(self, result: SettlementResult) -> str:
        text = self.tr("{file}: settlement {number} of {date}: {approved:,} claims approved in full, {partial:,} "
                       "in part, {rejected:,} rejected. Claimed {claimed}, approved {credited} (credited to the "
                       "account with head office), deducted {deducted}.").format(
            file=result.file_name, number=result.settlement_no, date=result.notice_date.isoformat(),
            approved=len(result.approved), partial=len(result.partial), rejected=len(result.rejected),
            claimed=format_money(result.claimed_amount), credited=format_money(result.approved_amount),
            deducted=format_money(result.deducted_amount))
        if result.batches_settled:
            text += "\n" + self.tr("Settled in full: batch {batches}.").format(
                batches=", ".join(result.batches_settled))
        if result.still_in_batch:
            text += "\n" + self.tr("{count:,} claims of these batches still wait for head office.").format(
                count=result.still_in_batch)
        return text

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import head office's settlement notice"))
        self.title_label.setText(self.windowTitle())
        self.explanation_label.setText(self.tr(
            "Head office's settlement notice as a workbook (.xlsx) or JSON file. The whole notice is checked "
            "first: claims not in an exported batch, amounts that do not add up to the notice's totals, a notice "
            "imported before — if anything is wrong nothing is imported and every problem is listed."))
        self.path_field.setPlaceholderText(self.tr("The settlement notice: an .xlsx workbook or a .json file"))
