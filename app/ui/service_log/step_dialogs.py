"""Dialogs for the steps of an entry (arrange, close) and for recording a follow-up call.

Each hands what was entered to the `save` callable its owner gives it, and stays open with the
reason shown when the service refuses.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services.follow_ups import VISIT, FollowUpRow
from app.services.service_log import Entry
from app.ui.service_log.common import TIME_FORMAT, from_qdatetime, show_time, to_qdatetime
from app.ui.widgets.dialog_parts import error_label, ok_cancel


class _StepDialog(QDialog):
    """Layout shared by the step dialogs: a summary line, a form, an error line, OK/Cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = error_label("dialogError")
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _time_edit(self, moment: dt.datetime, now: dt.datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qdatetime(moment))
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _try(self, action: Callable[[], object]) -> None:
        try:
            action()
        except WarrantyDeskError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()

    def _summary(self, entry: Entry) -> str:
        who = entry.customer_name or entry.caller_name or "—"
        return f"<b>{entry.entry_no}</b> · {who} · {entry.serial_no or '—'}<br>{_escape(entry.problem)}"


class ArrangeDialog(_StepDialog):
    """Who will handle the task, and when the visit was agreed with the customer."""

    def __init__(self, entry: Entry, save: Callable[[str, dt.datetime, dt.datetime | None], object], *,
                 now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrangeDialog")
        self._entry = entry
        self._save = save
        self.technician_edit = QLineEdit(entry.technician)
        self.arranged_edit = self._time_edit(entry.arranged_at or now, now)
        self.arranged_edit.setEnabled(entry.arranged_at is None)  # the first arrangement is what the target measures
        self.visit_check = QCheckBox()
        self.visit_edit = self._time_edit(entry.arranged_for or now + dt.timedelta(hours=2), now)
        self.visit_check.setChecked(entry.arranged_for is not None)
        self.visit_edit.setEnabled(self.visit_check.isChecked())
        self.visit_check.toggled.connect(self.visit_edit.setEnabled)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.visit_check)
        visit_row.addWidget(self.visit_edit, 1)
        self.technician_label, self.arranged_label = QLabel(), QLabel()
        self.technician_label.setBuddy(self.technician_edit)
        self.arranged_label.setBuddy(self.arranged_edit)
        self.form.addRow(self.technician_label, self.technician_edit)
        self.form.addRow(self.arranged_label, self.arranged_edit)
        self.form.addRow("", visit_row)
        self.setWindowTitle(self.tr("Arrange {number}").format(number=entry.entry_no))
        self.summary_label.setText(self._summary(entry) + "<br>" + self.tr("Arrange by {time}").format(
            time=show_time(entry.arrange_due)))
        self.technician_label.setText(self.tr("&Technician:"))
        self.arranged_label.setText(self.tr("&Arranged at:"))
        self.visit_check.setText(self.tr("&Visit agreed for:"))
        self.technician_edit.setFocus()

    def accept(self) -> None:
        visit = from_qdatetime(self.visit_edit.dateTime()) if self.visit_check.isChecked() else None
        self._try(lambda: self._save(self.technician_edit.text(), from_qdatetime(self.arranged_edit.dateTime()),
                                     visit))


class CloseDialog(_StepDialog):
    """Close with the result; a complaint is closed with the answer given."""

    def __init__(self, entry: Entry, save: Callable[[str, dt.datetime], object], *, now: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self._save = save
        self.result_edit = QPlainTextEdit(entry.result)
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.closed_edit = self._time_edit(now, now)
        self.result_label, self.closed_label = QLabel(), QLabel()
        self.result_label.setBuddy(self.result_edit)
        self.closed_label.setBuddy(self.closed_edit)
        self.form.addRow(self.result_label, self.result_edit)
        self.form.addRow(self.closed_label, self.closed_edit)
        self.setWindowTitle(self.tr("Close {number}").format(number=entry.entry_no))
        self.summary_label.setText(self._summary(entry))
        self.result_label.setText(self.tr("&Answer given:") if entry.is_complaint else self.tr("&Result:"))
        self.closed_label.setText(self.tr("&Closed at:"))
        self.result_edit.setFocus()

    def accept(self) -> None:
        self._try(lambda: self._save(self.result_edit.toPlainText(), from_qdatetime(self.closed_edit.dateTime())))


class FollowUpDialog(_StepDialog):
    """The result of a follow-up call or visit: the customer's satisfaction 1–5 and remarks."""

    def __init__(self, row: FollowUpRow, save: Callable[[int | None, str], object], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self._save = save
        self.satisfaction_group = QButtonGroup(self)
        marks = QHBoxLayout()
        self.satisfaction_buttons: dict[int, QRadioButton] = {}
        texts = {1: self.tr("1 very dissatisfied"), 2: self.tr("2 dissatisfied"), 3: self.tr("3 acceptable"),
                 4: self.tr("4 satisfied"), 5: self.tr("5 very satisfied")}
        for mark, text in texts.items():
            button = QRadioButton(text)
            self.satisfaction_group.addButton(button, mark)
            self.satisfaction_buttons[mark] = button
            marks.addWidget(button)
        self.remarks_edit = QPlainTextEdit()
        self.remarks_edit.setTabChangesFocus(True)
        self.remarks_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.satisfaction_label, self.remarks_label = QLabel(self.tr("Satisfaction:")), QLabel(self.tr("&Remarks:"))
        self.remarks_label.setBuddy(self.remarks_edit)
        self.form.addRow(self.satisfaction_label, marks)
        self.form.addRow(self.remarks_label, self.remarks_edit)
        kind = self.tr("Visit") if row.kind == VISIT else self.tr("Follow-up call")
        self.setWindowTitle(self.tr("{kind} to {customer}").format(kind=kind, customer=row.customer_name))
        about = row.entry_no or row.claim_no or "—"
        self.summary_label.setText(self.tr("<b>{customer}</b> · {phone} · machine {serial} · about {record}, due {due}")
                                   .format(customer=_escape(row.customer_name), phone=row.customer_phone or "—",
                                           serial=row.serial_no or "—", record=about, due=f"{row.due_date:%Y-%m-%d}"))
        self.satisfaction_buttons[5].setFocus()

    def satisfaction(self) -> int | None:
        mark = self.satisfaction_group.checkedId()
        return mark if mark > 0 else None

    def accept(self) -> None:
        if self.satisfaction() is None:
            self.error_label.setText(self.tr("Choose how satisfied the customer is (1 to 5)."))
            self.error_label.show()
            return
        self._try(lambda: self._save(self.satisfaction(), self.remarks_edit.toPlainText()))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
