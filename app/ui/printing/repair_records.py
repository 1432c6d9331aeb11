"""Preview, Print and Save as PDF for warranty repair records: one from the claim editor, or a
selection from the claims list as one document (app.services.forms.write_repair_records)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.services.database import Database
from app.ui.printing.form_printing import FormPrinting, PrintButton, Writer

__all__ = ["PrintButton", "RepairRecordPrinting"]

ClaimIds = Callable[[], list[int]]


class RepairRecordPrinting(FormPrinting):
    """The print actions for the claims `claim_ids()` returns when an action starts."""

    def __init__(self, database: Database, claim_ids: ClaimIds, *, today: Callable[[], dt.date],
                 parent: QWidget) -> None:
        super().__init__(database, kind="repair-record", parent=parent)
        self._claim_ids, self._today = claim_ids, today
        self._count = 0

    def job(self) -> Writer | None:
        # The ids and the date are read here, on the GUI thread; the pool thread only gets plain values.
        ids = self._claim_ids()
        if not ids:
            return None
        self._count = len(ids)
        today = self._today()
        from app.services.forms import write_repair_records  # the PDF code, loaded when a record is printed

        return lambda path, lang: write_repair_records(self._database, ids, path, lang, today=today)

    def progress_label(self) -> str:
        if self._count > 1:
            return self.tr("Preparing {count} repair records…").format(count=self._count)
        return self.tr("Preparing the repair record…")

    def name_hint(self) -> str:
        return self.tr("repair records.pdf") if len(self._claim_ids()) > 1 else self.tr("repair record.pdf")

    def tooltip(self) -> str:
        return self.tr("Preview, print or save the warranty repair record")
