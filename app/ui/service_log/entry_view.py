"""One service-log entry shown whole: who, what, each step with its time, targets, what it became.

EntryDetails is the panel under the list; EntryWindow shows it with the entry's actions, for when an
entry is opened from elsewhere (the Dashboard's lists).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.actors import Actor
from app.services.business_time import utc_now
from app.services.database import Database
from app.services.service_log import Entry
from app.ui.labels import label
from app.ui.service_log.actions import EntryActions
from app.ui.service_log.common import show_time
from app.ui.service_log.entry_clocks import EntryClockPanel

RED = "#b71c1c"
AMBER = "#e65100"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class EntryDetails(QLabel):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDetails")
        self.setMargin(8)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._entry: Entry | None = None
        self.show_entry(None)

    @property
    def entry(self) -> Entry | None:
        return self._entry

    def show_entry(self, entry: Entry | None) -> None:
        self._entry = entry
        if entry is None:
            self.setText(self.tr("Select an entry to see its details."))
            return
        who = _escape(entry.customer_name or entry.caller_name or "—")
        phone = entry.caller_phone or entry.customer_phone or "—"
        lines = [
            f"<b>{entry.entry_no}</b> · {label(entry.channel)} · {label(entry.status)}",
            self.tr("Received {time} from {who} ({phone})").format(time=show_time(entry.received_at), who=who,
                                                                  phone=phone),
        ]
        if entry.unit_id is not None:
            lines.append(self.tr("Machine {serial} · {model}").format(serial=entry.serial_no,
                                                                       model=_escape(entry.model_name)))
        lines.append(self.tr("Problem: {problem}").format(problem=_escape(entry.problem)))
        lines.append(self._step(self.tr("Arranged"), entry.arranged_at, entry.arrange_due,
                                late=entry.arranged_late, overdue=entry.arrange_overdue))
        if entry.technician or entry.arranged_for:
            lines.append(self.tr("Technician {name}, visit agreed for {time}").format(
                name=_escape(entry.technician or "—"), time=show_time(entry.arranged_for) or "—"))
        lines.append(self._step(self.tr("Customer informed"), entry.customer_informed_at))
        lines.append(self._step(self.tr("Reported to head office"), entry.reported_at))
        lines.append(self._step(self.tr("Closed"), entry.closed_at, entry.close_due, overdue=entry.close_overdue))
        if entry.result:
            caption = self.tr("Answer") if entry.is_complaint else self.tr("Result")
            lines.append(self._pair(caption, _escape(entry.result)))
        if entry.claim_no:
            lines.append(self.tr("Became warranty claim {number}").format(number=entry.claim_no))
        if entry.paid_order_no:
            lines.append(self.tr("Became paid service order {number}").format(number=entry.paid_order_no))
        self.setText("<br>".join(lines))

    def _step(self, caption: str, done: dt.datetime | None, due: dt.datetime | None = None, *,
              late: bool = False, overdue: bool = False) -> str:
        if done is not None:
            text = self._pair(caption, show_time(done))
            if late:
                text += " " + f'<span style="color:{AMBER}">' + self.tr("(after the target {time})").format(
                    time=show_time(due)) + "</span>"
            return text
        if due is None:
            return self._pair(caption, "—")
        target = self.tr("not yet; due by {time}").format(time=show_time(due))
        if overdue:
            overdue_text = self.tr("OVERDUE")
            return self._pair(caption, f'<span style="color:{RED}"><b>{overdue_text}</b> — {target}</span>')
        return self._pair(caption, target)

    def _pair(self, caption: str, value: str) -> str:
        return self.tr("{caption}: {value}").format(caption=caption, value=value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.show_entry(self._entry)
        super().changeEvent(event)


class EntryWindow(QDialog):
    """An entry with its action buttons; changes go through EntryActions like in the list."""

    def __init__(self, database: Database, entry_id: int, *, actor: Actor | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceEntryWindow")
        self._entry_id = entry_id
        self.actions = EntryActions(database, self, actor=actor, clock=clock)
        self.actions.changed.connect(lambda _id: self.reload())
        self.details = EntryDetails()
        self.details.setMinimumWidth(520)
        self.clock_panel = EntryClockPanel(database, actor=actor, clock=clock)
        self.clock_panel.changed.connect(self.actions.changed)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (("arrange", self.actions.arrange), ("informed", self.actions.mark_informed),
                             ("reported", self.actions.mark_reported), ("close", self.actions.close_entry),
                             ("claim", self.actions.to_claim), ("paid", self.actions.to_paid_order)):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, h=handler: h(self._entry_id))
            row.addWidget(button)
            self.buttons[key] = button
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.clock_panel)
        layout.addLayout(row)
        layout.addWidget(close_box)
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        entry = self.actions.load(self._entry_id)
        self.details.show_entry(entry)
        self.clock_panel.show_entry(entry.id if entry is not None else None)
        closed = entry is None or entry.is_closed
        self.setWindowTitle(entry.entry_no if entry else self.tr("Service-log entry"))
        self.buttons["arrange"].setEnabled(not closed)
        self.buttons["close"].setEnabled(not closed)
        self.buttons["informed"].setEnabled(entry is not None and entry.customer_informed_at is None)
        self.buttons["reported"].setEnabled(entry is not None and entry.reported_at is None)
        self.buttons["claim"].setEnabled(entry is not None and entry.unit_id is not None and not entry.claim_no)
        self.buttons["paid"].setEnabled(entry is not None and not entry.paid_order_no)

    def retranslate_ui(self) -> None:
        for key, text in (("arrange", self.tr("Arrange…")), ("informed", self.tr("Customer informed")),
                          ("reported", self.tr("Reported to head office")), ("close", self.tr("Close…")),
                          ("claim", self.tr("Turn into claim")), ("paid", self.tr("Turn into paid service"))):
            self.buttons[key].setText(text)
