"""Import head office's inspection result (旧件鉴定结果): the import dialog of the master data, reading the
inspection file instead (all or nothing, every problem listed by row)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.actors import Actor
from app.services.database import Database
from app.services.inspection import InspectionResult, import_inspection, save_inspection_sheet
from app.ui.master_data.import_dialog import ImportDialog, offer_template

INSPECTION = "inspection"  # the import kind (its title in app.ui.master_data.texts)


class InspectionImportDialog(ImportDialog):
    def __init__(self, database: Database, *, actor: Actor, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        self._today = today
        super().__init__(database, INSPECTION, actor=actor, parent=parent)
        self.setObjectName("inspectionImportDialog")

    def importer(self, path: str) -> Callable[[Callable[[str, int, int], None]], Any]:
        database, actor, today = self._database, self._actor, self._today()
        return lambda _report: import_inspection(database, actor, path, today)

    def save_template(self) -> Path | None:
        return offer_template(self, INSPECTION, save_inspection_sheet)

    def _summary(self, result: InspectionResult) -> str:
        text = self.tr("{file}: shipment {shipment}: {received} received ({usable} usable, {scrap} scrap).").format(
            file=result.file_name, shipment=", ".join(result.shipment_nos), received=len(result.received),
            usable=len(result.usable), scrap=len(result.scrap))
        if result.not_received:
            text += " " + self.tr("{count} not received by head office: {tags}").format(
                count=len(result.not_received), tags=", ".join(result.not_received))
        return text
