"""What can be done to a service-log entry, shared by the list and the entry window.

Each action opens its dialog with open() (never a blocking exec()), calls the service when the dialog
is accepted, and announces the entry that changed; views refresh themselves on `changed`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services import follow_ups, service_conversions, service_log
from app.services.business_time import utc_now
from app.services.database import Database
from app.services.service_log import Entry, EntryInput
from app.services.service_lookup import find_customers_and_units
from app.ui.service_log.common import current_actor, show_error, show_info
from app.ui.service_log.entry_dialog import NewEntryDialog
from app.ui.service_log.step_dialogs import ArrangeDialog, CloseDialog, FollowUpDialog

D = TypeVar("D", bound=QDialog)


class EntryActions(QObject):
    changed = Signal(int)  # the entry (or follow-up) id that changed
    created = Signal(int)  # a new entry

    def __init__(self, database: Database, parent_widget: QWidget, *, actor: Actor | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(parent_widget)
        self._database = database
        self._widget = parent_widget
        self._actor = actor
        self._clock = clock
        self.dialog: QDialog | None = None  # the dialog last opened (tests reach it here)
        self.message: QWidget | None = None  # the message box last shown

    @property
    def actor(self) -> Actor:
        return current_actor(self._database, self._actor)

    def load(self, entry_id: int) -> Entry | None:
        try:
            return service_log.get_entry(self._database, entry_id, now=self._clock())
        except WarrantyDeskError as exc:
            self._error(exc)
            return None

    # --- the actions ------------------------------------------------------------------------------

    def new_entry(self) -> NewEntryDialog:
        def save(data: EntryInput) -> Entry:
            return service_log.create_entry(self._database, self.actor, data, now=self._clock())

        dialog = NewEntryDialog(lambda text: find_customers_and_units(self._database, text), save,
                                now=self._clock(), parent=self._widget)
        dialog.accepted.connect(lambda: self.created.emit(dialog.saved.id) if dialog.saved else None)
        return self._open(dialog)

    def arrange(self, entry_id: int) -> ArrangeDialog | None:
        entry = self.load(entry_id)
        if entry is None:
            return None

        def save(technician: str, arranged_at: dt.datetime, visit: dt.datetime | None) -> Entry:
            return service_log.arrange_entry(self._database, self.actor, entry_id, technician=technician,
                                             arranged_at=arranged_at, arranged_for=visit, now=self._clock())

        dialog = ArrangeDialog(entry, save, now=self._clock(), parent=self._widget)
        dialog.accepted.connect(lambda: self.changed.emit(entry_id))
        return self._open(dialog)

    def close_entry(self, entry_id: int) -> CloseDialog | None:
        entry = self.load(entry_id)
        if entry is None:
            return None

        def save(result: str, closed_at: dt.datetime) -> object:
            return service_log.close_entry(self._database, self.actor, entry_id, result=result, closed_at=closed_at,
                                           now=self._clock())

        dialog = CloseDialog(entry, save, now=self._clock(), parent=self._widget)
        dialog.accepted.connect(lambda: self.changed.emit(entry_id))
        return self._open(dialog)

    def mark_informed(self, entry_id: int) -> bool:
        return self._step(lambda: service_log.mark_customer_informed(self._database, self.actor, entry_id,
                                                                     now=self._clock()), entry_id)

    def mark_reported(self, entry_id: int) -> bool:
        return self._step(lambda: service_log.mark_reported(self._database, self.actor, entry_id, now=self._clock()),
                          entry_id)

    def to_claim(self, entry_id: int) -> service_conversions.Conversion | None:
        try:
            made = service_conversions.create_claim_from_entry(self._database, self.actor, entry_id, now=self._clock())
        except WarrantyDeskError as exc:
            self._error(exc)
            return None
        self.changed.emit(entry_id)
        self.message = show_info(self._widget, self.tr("Warranty claim created"), self.tr(
            "{entry} became warranty claim {claim}, a draft. Complete it in the Warranty claims section."
        ).format(entry=made.entry_no, claim=made.number))
        return made

    def to_paid_order(self, entry_id: int) -> service_conversions.Conversion | None:
        try:
            made = service_conversions.create_paid_order_from_entry(self._database, self.actor, entry_id,
                                                                    now=self._clock())
        except WarrantyDeskError as exc:
            self._error(exc)
            return None
        self.changed.emit(entry_id)
        self.message = show_info(self._widget, self.tr("Paid service order created"), self.tr(
            "{entry} became paid service order {order}, a draft."
        ).format(entry=made.entry_no, order=made.number))
        return made

    def record_follow_up(self, row: follow_ups.FollowUpRow) -> FollowUpDialog:
        def save(satisfaction: int | None, remarks: str) -> object:
            return follow_ups.record_follow_up(self._database, self.actor, row.id, satisfaction=satisfaction or 0,
                                               remarks=remarks, now=self._clock())

        dialog = FollowUpDialog(row, save, parent=self._widget)
        dialog.accepted.connect(lambda: self.changed.emit(row.id))
        return self._open(dialog)

    # --- plumbing ---------------------------------------------------------------------------------

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)  # one dialog per action; none pile up
        self.dialog = dialog
        dialog.open()
        return dialog

    def _step(self, action: Callable[[], object], entry_id: int) -> bool:
        try:
            action()
        except WarrantyDeskError as exc:
            self._error(exc)
            return False
        self.changed.emit(entry_id)
        return True

    def _error(self, exc: Exception) -> None:
        self.message = show_error(self._widget, self.tr("Service log"), exc)
