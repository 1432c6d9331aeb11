"""Choose approved claims for a batch: a new batch for a repair-date period (all its waiting claims, or
only those chosen), or more claims for an open batch. The dialog returns the choice; the caller calls
the service and reports back with show_error() or done_ok()."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.batches import BatchClaimRow, BatchView, waiting_claims
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.ui.batches.common import BANNER_STYLE, list_table, restyle, selected_rows, set_widths, sort_by
from app.ui.claims.common import money
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel

_CONTEXT = "ClaimPickDialog"
SEARCH_DELAY_MS = 300


def _number(row: BatchClaimRow) -> str:
    return row.claim_no if row.revision == 1 else f"{row.claim_no} r{row.revision}"


WAITING_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ClaimPickDialog", "Claim no."), _number, "claim_no"),
    Column(QT_TRANSLATE_NOOP("ClaimPickDialog", "Repair date"), lambda r: r.repair_date.isoformat(), "repair_date"),
    Column(QT_TRANSLATE_NOOP("ClaimPickDialog", "Serial no."), lambda r: r.serial_no, "serial_no"),
    Column(QT_TRANSLATE_NOOP("ClaimPickDialog", "Model"), lambda r: r.model_code, "model_code"),
    Column(QT_TRANSLATE_NOOP("ClaimPickDialog", "Customer"), lambda r: r.customer_name, "customer_name"),
    Column(QT_TRANSLATE_NOOP("ClaimPickDialog", "Total"), lambda r: money(r.total_amount), "total_amount",
           ALIGN_RIGHT),
]


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar month before `today`'s: batches usually go out for the month just ended."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


class ClaimPickDialog(QDialog):
    # (period from, period to, claim ids or None for every waiting claim of the period)
    chosen = Signal(object, object, object)

    def __init__(self, database: Database, *, today: Callable[[], dt.date], batch: BatchView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimPickDialog")
        self.setStyleSheet(BANNER_STYLE)
        self._database = database
        self.batch = batch
        self.busy = False
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        start, end = last_month(today())
        if batch is not None and batch.period_from:
            start = batch.period_from
        if batch is not None and batch.period_to:
            end = batch.period_to
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_edit, self.to_edit = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        self.from_edit.setObjectName("periodFrom")
        self.to_edit.setObjectName("periodTo")
        for caption, edit in ((self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            caption.setBuddy(edit)
            edit.dateChanged.connect(lambda _d: self.reload())
            # An open batch's period is fixed: the service refuses claims repaired outside it.
            edit.setEnabled(batch is None)
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("pickSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self.search_timer.start())

        self.model = PagedTableModel(self._fetch, WAITING_COLUMNS, context=_CONTEXT, parent=self)
        self.table = list_table("waitingClaims", self.model, multi=True)
        sort_by(self.table, 0)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.count_label = QLabel()
        self.count_label.setObjectName("pickCount")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_button = QPushButton()
        self.all_button.setObjectName("takeAll")
        self.all_button.clicked.connect(self.take_all)
        self.chosen_button = QPushButton()
        self.chosen_button.setObjectName("takeChosen")
        self.chosen_button.clicked.connect(self.take_chosen)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.all_button.setVisible(batch is None)

        period = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            period.addWidget(widget)
            # A batch of picked claims has no period: any waiting claim fits it.
            widget.setVisible(batch is None or bool(batch.period_from or batch.period_to))
        period.addSpacing(16)
        period.addWidget(self.search_label)
        period.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.all_button, self.chosen_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(1000, 620)
        self.retranslate_ui()
        self.reload()

    # --- the list ---------------------------------------------------------------------------------------

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        if self.batch is not None:
            return self.batch.period_from, self.batch.period_to
        return _date(self.from_edit.date()), _date(self.to_edit.date())

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))

    def _fetch(self, request: PageRequest) -> Page[BatchClaimRow]:
        start, end = self.period()
        return waiting_claims(self._database, request, period_from=start, period_to=end)

    def reload(self) -> None:
        self.search_timer.stop()
        self.error_label.clear()
        self.model.set_query(text=self.search.text())
        self._enable()

    def chosen_ids(self) -> list[int]:
        return [row.claim_id for row in (self.model.row_at(r) for r in selected_rows(self.table)) if row is not None]

    # --- the choice -------------------------------------------------------------------------------------

    def take_all(self) -> None:
        """Every waiting claim of the period (also those beyond the rows loaded so far)."""
        if self.batch is None and self.model.total() and not self.busy:
            start, end = self.period()
            self.chosen.emit(start, end, None)

    def take_chosen(self) -> None:
        ids = self.chosen_ids()
        if ids and not self.busy:
            start, end = self.period()
            self.chosen.emit(start, end, ids)

    def reject(self) -> None:
        if not self.busy:  # the batch is being made: its answer comes back to this dialog
            super().reject()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._enable()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        restyle(self.error_label)
        self.model.reload()  # the list may have changed meanwhile (another workstation batched some)
        self._enable()

    def done_ok(self) -> None:
        self.set_busy(False)
        super().accept()

    def _enable(self) -> None:
        total, count = self.model.total(), len(self.table.selectionModel().selectedRows())
        start, end = self.period()
        bad_period = start is not None and end is not None and end < start
        self.all_button.setEnabled(bool(total) and not self.busy and not bad_period)
        self.chosen_button.setEnabled(bool(count) and not self.busy)
        self.all_button.setText(self.tr("Create with all of them ({count:,})").format(count=total))
        self.chosen_button.setText((self.tr("Add the chosen ({count:,})") if self.batch is not None
                                    else self.tr("Create with the chosen ({count:,})")).format(count=count))
        if self.model.error:
            self.count_label.setText(self.model.error)
        elif bad_period:
            self.count_label.setText(self.tr("The period ends before it starts."))
        else:
            self.count_label.setText(self.tr("{total:,} approved claims wait for a batch; {count:,} chosen").format(
                total=total, count=count))

    def retranslate_ui(self) -> None:
        if self.batch is None:
            self.setWindowTitle(self.tr("New claim batch"))
            self.explanation.setText(self.tr(
                "Approved claims not yet in a batch, repaired in the period. Create the batch with all of them, "
                "or choose some (Ctrl or Shift) and create it with those."))
        else:
            self.setWindowTitle(self.tr("Add claims to batch {number}").format(number=self.batch.batch_no))
            self.explanation.setText(self.tr(
                "Approved claims not yet in a batch that fit the batch's period. Choose them (Ctrl or Shift) "
                "and add them."))
        self.from_label.setText(self.tr("Repaired &from:"))
        self.to_label.setText(self.tr("&to:"))
        self.search_label.setText(self.tr("F&ind:"))
        self.search.setPlaceholderText(self.tr("Claim number, serial number or customer"))
        self.cancel_button.setText(self.tr("Cancel"))
        set_widths(self.table, (16, 11, 16, 10, 14, 12), stretch=4)
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
