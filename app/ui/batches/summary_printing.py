"""Preview, Print and Save as PDF for a claim batch's summary (索赔批次汇总表), the sheet that goes with it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.services.database import Database
from app.services.forms import write_batch_summary
from app.ui.printing.form_printing import FormPrinting, Writer


class BatchSummaryPrinting(FormPrinting):
    """The summary of the batch `batch_no()` names when an action starts."""

    def __init__(self, database: Database, batch_no: Callable[[], str], *, parent: QWidget) -> None:
        super().__init__(database, kind="batch-summary", parent=parent)
        self._batch_no = batch_no

    def job(self) -> Writer | None:
        number = self._batch_no()
        if not number:
            return None
        return lambda path, lang: write_batch_summary(self._database, [number], path, lang)

    def progress_label(self) -> str:
        return self.tr("Preparing the batch summary…")

    def name_hint(self) -> str:
        return self.tr("batch summary {number}.pdf").format(number=self._batch_no())

    def tooltip(self) -> str:
        return self.tr("Preview, print or save the summary of the batch, to send with it")
