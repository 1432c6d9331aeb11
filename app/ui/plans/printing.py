"""Preview, Print and Save as PDF of a reserve plan on the printed reserve-plan form (配件储备计划)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.services.database import Database
from app.services.forms import write_reserve_plan_form
from app.ui.printing.form_printing import FormPrinting, Writer


class PlanPrinting(FormPrinting):
    """The print actions for the plan whose number `plan_no()` gives when an action starts."""

    def __init__(self, database: Database, plan_no: Callable[[], str | None], *, parent: QWidget) -> None:
        super().__init__(database, kind="reserve-plan", parent=parent)
        self._plan_no = plan_no

    def job(self) -> Writer | None:
        number = self._plan_no()  # read on the GUI thread; the pool thread gets the plain number
        if not number:
            return None
        database = self._database
        return lambda path, lang: write_reserve_plan_form(database, number, path, lang)

    def progress_label(self) -> str:
        return self.tr("Preparing the reserve plan…")

    def name_hint(self) -> str:
        return self.tr("reserve plan {number}.pdf").format(number=self._plan_no() or "")

    def tooltip(self) -> str:
        return self.tr("Preview, print or save the reserve plan")
