"""A unit's service file: the sale and customer, the warranty today, the registration card with its
actions, and every service-log entry, claim, replaced main part and paid service, newest first."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.cards import CardState
from app.domain.errors import WarrantyDeskError
from app.domain.money import format_money
from app.services import cards, forms
from app.services.business_time import BUSINESS_TZ
from app.services.database import Database
from app.services.warranty import ServiceFile, TimelineEntry, TimelineKind, service_file
from app.services.warranty_periods import UnitPeriods, unit_periods
from app.ui.labels import label
from app.ui.printing.form_printing import FormPrinting, PrintButton
from app.ui.units import texts
from app.ui.units.override_dialog import OverrideDialog
from app.ui.units.returns_box import ReturnsBox
from app.ui.units.sale_dialog import to_date, to_qdate
from app.ui.widgets.periods import PeriodsPanel

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


class ServiceFileDialog(QDialog):
    """Non-modal: several units can be open side by side. Emits `changed` after a card action."""

    changed = Signal()

    def __init__(self, database: Database, unit_id: int, *, today: Callable[[], dt.date],
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceFileDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._database = database
        self.unit_id = unit_id
        self._today = today
        self._actor = actor
        self.file: ServiceFile | None = None
        self.periods: UnitPeriods | None = None
        self.periods_panel = PeriodsPanel()  # the regulation's three answers
        self.returns_box = ReturnsBox(database, unit_id, model_id=lambda: self.file.model_id if self.file else 0,
                                      today=today, actor=actor)  # exchange and refund within the 15 days
        self.returns_box.changed.connect(self._returned)
        self.override_dialog: OverrideDialog | None = None

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(_SELECTABLE)
        self.customer_label = QLabel()
        self.customer_label.setTextInteractionFlags(_SELECTABLE)
        self.customer_label.setWordWrap(True)
        self.sale_label = QLabel()
        self.sale_label.setTextInteractionFlags(_SELECTABLE)
        self.sale_label.setWordWrap(True)

        self.warranty_box = QGroupBox()
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("coverageVerdict")
        self.verdict_label.setWordWrap(True)
        verdict_font = self.verdict_label.font()
        verdict_font.setBold(True)
        self.verdict_label.setFont(verdict_font)
        self.whole_value, self.main_value, self.extension_value, self.usage_value = (QLabel() for _ in range(4))
        self.whole_caption, self.main_caption, self.extension_caption, self.usage_caption = (
            QLabel() for _ in range(4))
        warranty_form = QFormLayout()
        for caption, value in ((self.whole_caption, self.whole_value), (self.main_caption, self.main_value),
                               (self.extension_caption, self.extension_value),
                               (self.usage_caption, self.usage_value)):
            value.setWordWrap(True)
            warranty_form.addRow(caption, value)
        for value in (self.main_value, self.extension_value):  # the periods box below shows them in full
            warranty_form.setRowVisible(value, False)
        warranty_layout = QVBoxLayout(self.warranty_box)
        warranty_layout.addWidget(self.verdict_label)
        warranty_layout.addLayout(warranty_form)
        warranty_layout.addWidget(self.periods_panel)
        warranty_layout.addStretch(1)

        self.card_box = QGroupBox()
        self.card_state_label = QLabel()
        self.card_state_label.setObjectName("cardState")
        self.card_state_label.setFont(verdict_font)
        self.card_state_label.setWordWrap(True)
        self.due_value, self.sent_value, self.ack_value, self.override_value = (QLabel() for _ in range(4))
        self.due_caption, self.sent_caption, self.ack_caption, self.override_caption = (QLabel() for _ in range(4))
        card_form = QFormLayout()
        for caption, value in ((self.due_caption, self.due_value), (self.sent_caption, self.sent_value),
                               (self.ack_caption, self.ack_value), (self.override_caption, self.override_value)):
            value.setWordWrap(True)
            card_form.addRow(caption, value)
        self.action_date = QDateEdit()
        self.action_date.setObjectName("cardActionDate")
        self.action_date.setCalendarPopup(True)
        self.action_date.setDisplayFormat("yyyy-MM-dd")
        self.date_caption = QLabel()
        self.date_caption.setBuddy(self.action_date)
        self.sent_button = QPushButton()
        self.sent_button.setObjectName("markCardSent")
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("markCardAcknowledged")
        self.override_button = QPushButton()
        self.override_button.setObjectName("cardOverride")
        # The card as printed from the database (what the customer signs), in the form language chosen.
        self.printing = FormPrinting(
            database, lambda path, lang: forms.write_card_forms(database, [self._serial()], path, lang,
                                                                today=self._today()),
            kind="registration-card", ready=lambda: self.file is not None, parent=self,
            name_hint=lambda: self.tr("registration-card-{serial}.pdf").format(serial=self._serial()),
            tooltip=lambda: self.tr("Preview, print or save the warranty registration card"))
        self.print_button = PrintButton(self.printing, text=lambda: self.tr("&Print card"))
        self.print_button.setObjectName("printCard")
        actions = QHBoxLayout()
        actions.addWidget(self.date_caption)
        actions.addWidget(self.action_date)
        actions.addWidget(self.sent_button)
        actions.addWidget(self.ack_button)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.override_button)
        more.addWidget(self.print_button)
        more.addStretch(1)
        card_layout = QVBoxLayout(self.card_box)
        card_layout.addWidget(self.card_state_label)
        card_layout.addLayout(card_form)
        card_layout.addLayout(actions)
        card_layout.addLayout(more)
        card_layout.addStretch(1)  # beside the taller warranty box: keep the card's rows together
        self.sent_button.clicked.connect(self.mark_sent)
        self.ack_button.clicked.connect(self.mark_acknowledged)
        self.override_button.clicked.connect(self.ask_override)

        self.history_caption = QLabel()
        self.history_caption.setFont(verdict_font)
        self.timeline = QTableWidget(0, 7)
        self.timeline.setObjectName("timeline")
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(False)
        header = self.timeline.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)

        self.message_label = QLabel()
        self.message_label.setObjectName("serviceFileMessage")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        boxes = QHBoxLayout()
        boxes.addWidget(self.warranty_box, 3)
        boxes.addWidget(self.card_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.customer_label)
        layout.addWidget(self.sale_label)
        layout.addLayout(boxes)
        layout.addWidget(self.returns_box)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.message_label.hide()
        self.resize(1100, 800)
        self.retranslate_ui()
        self.reload()
        self.timeline.setFocus()  # reading comes first; the card actions are a Tab away

    # --- data -------------------------------------------------------------------------------------

    def reload(self) -> ServiceFile | None:
        today = self._today()
        try:
            self.file = service_file(self._database, self.unit_id, today)
            self.periods = unit_periods(self._database, self.unit_id, today)
        except WarrantyDeskError as exc:
            self.file = self.periods = None
            self.show_message(self.tr("The service file could not be loaded: {error}").format(error=exc), error=True)
        self.action_date.setMaximumDate(to_qdate(today))
        self.action_date.setDate(to_qdate(today))
        self._show()
        self.returns_box.reload()
        return self.file

    def _returned(self) -> None:
        """An exchange or refund changed the unit's status and periods: show them, and tell the list."""
        self.reload()
        self.changed.emit()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b71c1c;" if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- card actions -----------------------------------------------------------------------------

    def _run(self, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except WarrantyDeskError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.reload()
        self.show_message(done)
        self.changed.emit()
        return True

    def mark_sent(self) -> bool:
        on = to_date(self.action_date.date())
        return self._run(lambda: cards.mark_card_sent(self._database, self._actor(), self.unit_id, on,
                                                      today=self._today()),
                         self.tr("Card marked as sent on {date}.").format(date=on.isoformat()))

    def mark_acknowledged(self) -> bool:
        on = to_date(self.action_date.date())
        return self._run(lambda: cards.mark_card_acknowledged(self._database, self._actor(), self.unit_id, on,
                                                              today=self._today()),
                         self.tr("Head office's acknowledgement recorded for {date}.").format(date=on.isoformat()))

    def ask_override(self) -> OverrideDialog:
        dialog = OverrideDialog(self.file.serial_no if self.file else "", parent=self)
        dialog.reason_given.connect(self.record_override)
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def record_override(self, reason: str) -> bool:
        return self._run(lambda: cards.record_card_override(self._database, self._actor(), self.unit_id, reason,
                                                            today=self._today()),
                         self.tr("Override recorded: warranty service is recognised again."))

    def _serial(self) -> str:
        return self.file.serial_no if self.file else str(self.unit_id)

    def print_card(self, path: str | Path) -> Path | None:
        """Write the card's PDF to `path` at once (the Print button's Save as PDF writes off the GUI thread)."""
        written: list[Path] = []
        ok = self._run(lambda: written.append(cards.print_card(self._database, self.unit_id, str(path),
                                                               today=self._today())),
                       self.tr("Registration card saved to {path}.").format(path=path))
        return written[0] if ok else None

    # --- presentation ------------------------------------------------------------------------------

    def _show(self) -> None:
        f = self.file
        for widget in (self.sent_button, self.ack_button, self.override_button, self.print_button):
            widget.setEnabled(f is not None)
        if f is None:
            return
        w = f.warranty
        self.setWindowTitle(self.tr("Service file — {serial}").format(serial=f.serial_no))
        self.title_label.setText(f"{f.serial_no}  ·  {f.model_name}")
        self.customer_label.setText(self.tr("Customer: {name}  ·  {phone}  ·  {address}  ({code})").format(
            name=f.customer_name, phone=f.customer_phone or "—", address=f.customer_address or "—",
            code=f.customer_code))
        self.sale_label.setText(self.tr(
            "Sold {sale}  ·  invoice {invoice} of {invoice_date}  ·  engine number {engine}  ·  model {model}  ·  "
            "{status}").format(sale=texts.day(f.sale_date), invoice=f.invoice_no or "—",
                               invoice_date=texts.day(f.invoice_date), engine=f.engine_no or "—",
                               model=f.model_code, status=label(f.status)))
        self.periods_panel.show_periods(self.periods)
        self.verdict_label.setText(texts.verdict(w))
        self.verdict_label.setStyleSheet(f"color: {texts.verdict_colour(w).name()};")
        cover = w.coverage
        self.whole_value.setText(texts.limits(cover))
        self.main_value.setText(texts.day(cover.main_components_end_on))
        self.extension_value.setText(self.tr("{days} days in repair added").format(days=cover.extension_days)
                                     if cover.extension_days else self.tr("none"))
        self.usage_value.setText(texts.hours(w.hours))
        card = f.card
        state = w.card_state
        state_text = texts.card_state(state)
        if not card.recorded:
            state_text = self.tr("{state} (no card recorded yet)").format(state=state_text)
        if state == CardState.LATE:
            state_text += "  ·  " + (self.tr("warranty recognised by override") if w.recognised
                                     else self.tr("warranty not recognised"))
        self.card_state_label.setText(state_text)
        colour = texts.card_colour(w) or texts.GREEN
        self.card_state_label.setStyleSheet(f"color: {colour.name()};")
        self.due_value.setText(texts.day(card.due_date))
        self.sent_value.setText(texts.day(card.sent_on))
        self.ack_value.setText(texts.day(card.acknowledged_on))
        if card.override_reason:
            self.override_value.setText(self.tr("{reason} — {manager}, {when}").format(
                reason=card.override_reason, manager=card.override_by or "—",
                when=card.override_at.astimezone(BUSINESS_TZ).strftime("%Y-%m-%d %H:%M") if card.override_at else "—"))
        else:
            self.override_value.setText("—")
        self.sent_button.setEnabled(card.sent_on is None)
        self.ack_button.setEnabled(card.sent_on is not None and card.acknowledged_on is None)
        actor = self._actor()
        may_override = actor.is_manager and actor.user_id is not None
        self.override_button.setEnabled(state == CardState.LATE and not w.recognised and may_override)
        self.override_button.setToolTip("" if may_override else self.tr("Only a service manager can do this"))
        self.action_date.setEnabled(self.sent_button.isEnabled() or self.ack_button.isEnabled())
        self.action_date.setMinimumDate(to_qdate(card.sent_on or f.sale_date))
        self._fill_timeline(f.timeline)

    def _fill_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [
                entry.on.isoformat(),
                self._kind(entry.kind),
                entry.number,
                entry.title,
                label(entry.status) if entry.status is not None else "",
                format_money(entry.amount) if entry.amount is not None else "",
                entry.detail,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3:
                    item.setToolTip(text)
                self.timeline.setItem(row, column, item)

    def _kind(self, kind: TimelineKind) -> str:
        return {
            TimelineKind.SERVICE: self.tr("Service log"),
            TimelineKind.CLAIM: self.tr("Warranty repair"),
            TimelineKind.MAIN_PART: self.tr("Main part replaced"),
            TimelineKind.PAID: self.tr("Paid service"),
        }[kind]

    def retranslate_ui(self) -> None:
        self.warranty_box.setTitle(self.tr("Warranty"))
        self.whole_caption.setText(self.tr("Whole machine:"))
        self.main_caption.setText(self.tr("Main components until:"))
        self.extension_caption.setText(self.tr("Extension:"))
        self.usage_caption.setText(self.tr("Hour meter:"))
        self.card_box.setTitle(self.tr("Warranty registration card"))
        self.due_caption.setText(self.tr("Due by:"))
        self.sent_caption.setText(self.tr("Sent on:"))
        self.ack_caption.setText(self.tr("Acknowledged on:"))
        self.override_caption.setText(self.tr("Override:"))
        self.date_caption.setText(self.tr("&Date:"))
        self.sent_button.setText(self.tr("Mark &sent"))
        self.ack_button.setText(self.tr("&Acknowledged"))
        self.override_button.setText(self.tr("Manager &override…"))
        self.print_button.retranslate_ui()
        self.history_caption.setText(self.tr("History (newest first)"))
        self.timeline.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("Number"), self.tr("Description"), self.tr("Status"),
            self.tr("Amount"), self.tr("Technician / details")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
