"""Settings → Warranty rules and thresholds, and the yearly dates old parts go back to the factory.
Dealer-wide (kept in the database, the same on every workstation); a service manager changes them."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import clocks
from app.services import shared_settings as keys
from app.services.database import Database
from app.services.setup import current_rules, format_return_windows, save_rules
from app.services.setup.rules import MAXIMUM
from app.services.shared_settings import SharedKey
from app.ui.settings import common

SPIN_KEYS: tuple[SharedKey[Any], ...] = (
    keys.CARD_DEADLINE_DAYS, keys.ARRANGE_TARGET_HOURS, keys.CLOSE_TARGET_HOURS, keys.FOLLOW_UP_AFTER_DAYS,
    keys.KEY_CUSTOMER_VISIT_MONTHS, keys.PAID_SERVICE_MARKUP_PERCENT,
)


class RulesBox(QGroupBox):
    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesBox")
        self._database = database
        self._loaded: dict[str, Any] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in SPIN_KEYS:
            spin = QSpinBox()
            spin.setObjectName(key.key.replace("/", "_"))
            spin.setRange(key.minimum or 0, MAXIMUM.get(key.key, 9999))
            spin.setMinimumWidth(120)
            spin.setMaximumWidth(160)
            self.spins[key.key] = spin
            self.labels[key.key] = QLabel()
            self.labels[key.key].setBuddy(spin)
            form.addRow(self.labels[key.key], spin)
            if key is keys.CARD_DEADLINE_DAYS:
                self.extend_check = QCheckBox()
                self.extend_check.setObjectName("extendForRepairs")
                form.addRow(self.extend_check)  # a row of its own: its text is longer than any label
        self.windows_edit = QLineEdit()
        self.windows_edit.setObjectName("returnWindows")
        self.windows_edit.setMaximumWidth(260)
        self.windows_label = QLabel()
        self.windows_label.setBuddy(self.windows_edit)
        form.addRow(self.windows_label, self.windows_edit)
        self.windows_hint = QLabel()
        self.windows_hint.setWordWrap(True)
        form.addRow("", self.windows_hint)
        self.markup_hint = QLabel()
        self.markup_hint.setWordWrap(True)
        form.insertRow(form.rowCount() - 2, "", self.markup_hint)
        self.amber_spin = QSpinBox()  # the 三包 clocks turn amber with this share of them left
        self.amber_spin.setObjectName("clockAmberPercent")
        self.amber_spin.setRange(1, 99)
        self.amber_spin.setMinimumWidth(120)
        self.amber_spin.setMaximumWidth(160)
        self.amber_label = QLabel()
        self.amber_label.setBuddy(self.amber_spin)
        form.insertRow(form.rowCount() - 2, self.amber_label, self.amber_spin)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRules")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.load)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = common.status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addStretch(0)  # keeps the buttons at their size while the hint is hidden
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        try:
            self._loaded = current_rules(self._database)
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        for name, spin in self.spins.items():
            spin.setValue(int(self._loaded[name]))
        self.extend_check.setChecked(bool(self._loaded[keys.EXTEND_FOR_REPAIRS.key]))
        self.windows_edit.setText(str(self._loaded[keys.RETURN_WINDOWS.key]))
        try:
            self.amber_spin.setValue(keys.get(self._database, keys.CLOCK_AMBER_PERCENT))
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        self.status.clear()
        allowed = common.allowed_to_change(self._database)
        for widget in (*self.spins.values(), self.amber_spin, self.extend_check, self.windows_edit, self.save_button,
                       self.undo_button):
            widget.setEnabled(allowed)
        self.hint.setVisible(not allowed)

    def edited(self) -> dict[SharedKey[Any], Any]:
        """The values that differ from what was loaded (the return dates checked and written the usual way)."""
        values: dict[SharedKey[Any], Any] = {key: self.spins[key.key].value() for key in SPIN_KEYS}
        values[keys.EXTEND_FOR_REPAIRS] = self.extend_check.isChecked()
        values[keys.RETURN_WINDOWS] = format_return_windows(self.windows_edit.text())
        return {key: value for key, value in values.items() if self._loaded.get(key.key) != value}

    def on_save_button_clicked(self) -> None:
        actor = common.current_actor(self._database)
        try:
            if actor is None:
                raise WarrantyDeskError(self.tr("The database cannot be reached."))
            changed = self.edited()
            if changed:
                save_rules(self._database, actor, changed)
            clocks.save_amber_percent(self._database, actor, self.amber_spin.value())
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        self.load()
        common.say(self.status, self.tr("Saved. Every workstation works with these rules from now on."))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Warranty rules and thresholds"))
        texts = {
            keys.CARD_DEADLINE_DAYS.key: self.tr("Registration card due within (days of the sale):"),
            keys.ARRANGE_TARGET_HOURS.key: self.tr("Arrange a service request within (hours):"),
            keys.CLOSE_TARGET_HOURS.key: self.tr("Close a service request within (hours):"),
            keys.FOLLOW_UP_AFTER_DAYS.key: self.tr("Follow-up call after a repair (days):"),
            keys.KEY_CUSTOMER_VISIT_MONTHS.key: self.tr("Visit key customers every (months):"),
            keys.PAID_SERVICE_MARKUP_PERCENT.key: self.tr("Mark-up on parts in paid service (%):"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.amber_label.setText(self.tr("Warranty clocks turn amber with this share left (%):"))
        self.extend_check.setText(self.tr("Time in repair and waiting for parts extends the warranty"))
        self.windows_label.setText(self.tr("Old parts go back before:"))
        self.windows_edit.setPlaceholderText("06-30,12-31")
        self.windows_hint.setText(self.tr("Month and day (MM-DD) of each yearly return date, separated by commas."))
        self.markup_hint.setText(self.tr("The warranty rules ask for travel cost and wages only, no mark-up: "
                                         "leave 0 unless the manufacturer allows one."))
        self.save_button.setText(self.tr("&Save rules"))
        self.undo_button.setText(self.tr("Undo changes"))
        self.hint.setText(self.tr("Only a service manager can change the rules."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
