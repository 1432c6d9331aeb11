"""The claim checks a dealer adjusts for its manufacturer: on or off, blocking or warning, threshold.
Saving needs the service manager role (the service refuses anyone else)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.checks import RULES, RuleSetting, Severity
from app.domain.errors import WarrantyDeskError
from app.services.cards import acting_user
from app.services.claims import list_rule_settings, put_rule_setting
from app.services.database import Database

_CONTEXT = "CheckRulesBox"
TITLES = {
    "CARD_NOT_RECOGNISED": QT_TRANSLATE_NOOP("CheckRulesBox", "Registration card late or missing"),
    "OUT_OF_WARRANTY_DATE": QT_TRANSLATE_NOOP("CheckRulesBox", "Outside warranty by date"),
    "OUT_OF_WARRANTY_USAGE": QT_TRANSLATE_NOOP("CheckRulesBox", "Outside warranty by hours or area"),
    "FAILURE_AFTER_REPAIR": QT_TRANSLATE_NOOP("CheckRulesBox", "Failure date after repair date"),
    "DATE_IN_FUTURE": QT_TRANSLATE_NOOP("CheckRulesBox", "Date in the future"),
    "REPAIR_BEFORE_SALE": QT_TRANSLATE_NOOP("CheckRulesBox", "Repair before the sale"),
    "DUPLICATE_CLAIM": QT_TRANSLATE_NOOP("CheckRulesBox", "Same unit and causal part claimed again within (days)"),
    "PART_REPAIRED_OFTEN": QT_TRANSLATE_NOOP("CheckRulesBox", "Same part repaired more than (times)"),
    "UNIT_REPAIRED_OFTEN": QT_TRANSLATE_NOOP("CheckRulesBox", "Unit repaired more than (times)"),
    "LABOUR_ABOVE_FLAT_RATE": QT_TRANSLATE_NOOP("CheckRulesBox", "Labour above the flat rate by more than (%)"),
    "HOUR_METER_BACKWARDS": QT_TRANSLATE_NOOP("CheckRulesBox", "Hour meter lower than an earlier reading"),
    "OLD_PART_NOT_RETAINED": QT_TRANSLATE_NOOP("CheckRulesBox", "Must-return part not retained"),
    "SIGNATURE_MISSING": QT_TRANSLATE_NOOP("CheckRulesBox", "Customer signature not recorded"),
    "PHOTOS_MISSING": QT_TRANSLATE_NOOP("CheckRulesBox", "Photos missing where required"),
    "EXCLUDED_CAUSE": QT_TRANSLATE_NOOP("CheckRulesBox", "Cause is a warranty exclusion"),
}
COL_RULE, COL_ON, COL_SEVERITY, COL_THRESHOLD = range(4)


class CheckRulesBox(QWidget):
    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._loaded: dict[str, RuleSetting] = {}
        self.table = QTableWidget(len(RULES), 4)
        self.table.setObjectName("checkRules")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.load)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for row, code in enumerate(RULES):
            self.table.setCellWidget(row, COL_ON, _centred(QCheckBox()))
            severity = QComboBox()
            severity.addItem("", Severity.BLOCKING.value)
            severity.addItem("", Severity.WARNING.value)
            self.table.setCellWidget(row, COL_SEVERITY, severity)
            if RULES[code][1].threshold is not None:
                spin = QDoubleSpinBox()
                spin.setDecimals(0)
                spin.setRange(0, 9999)
                self.table.setCellWidget(row, COL_THRESHOLD, spin)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        try:
            self._loaded = list_rule_settings(self._database)
        except WarrantyDeskError as exc:
            self.hint.setText(str(exc))
            return
        for row, code in enumerate(RULES):
            setting = self._loaded[code]
            self._checkbox(row).setChecked(setting.enabled)
            combo = self._severity(row)
            combo.setCurrentIndex(combo.findData(setting.severity.value))
            spin = self._threshold(row)
            if spin is not None and setting.threshold is not None:
                spin.setValue(float(setting.threshold))

    def edited(self) -> dict[str, RuleSetting]:
        """The rows whose setting differs from what was loaded."""
        changed: dict[str, RuleSetting] = {}
        for row, code in enumerate(RULES):
            spin = self._threshold(row)
            setting = RuleSetting(enabled=self._checkbox(row).isChecked(),
                                  severity=Severity(self._severity(row).currentData()),
                                  threshold=Decimal(int(spin.value())) if spin is not None else None)
            if setting != self._loaded.get(code):
                changed[code] = setting
        return changed

    def on_save_button_clicked(self) -> None:
        try:
            actor = acting_user(self._database)
            for code, setting in self.edited().items():
                put_rule_setting(self._database, actor, code, setting)
        except WarrantyDeskError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Claim checks not saved"), str(exc),
                              QMessageBox.StandardButton.Ok, self)
            box.open()
            return
        self.load()
        self.hint.setText(self.tr("Saved. Checks run with these settings from now on."))

    def _checkbox(self, row: int) -> QCheckBox:
        return self.table.cellWidget(row, COL_ON).findChild(QCheckBox)  # type: ignore[union-attr, return-value]

    def _severity(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, COL_SEVERITY)  # type: ignore[return-value]

    def _threshold(self, row: int) -> QDoubleSpinBox | None:
        return self.table.cellWidget(row, COL_THRESHOLD)  # type: ignore[return-value]

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Check"), self.tr("On"), self.tr("Severity"),
                                              self.tr("Threshold")])
        for row, code in enumerate(RULES):
            item = self.table.item(row, COL_RULE)
            text = QCoreApplication.translate(_CONTEXT, TITLES[code])
            if item is None:
                self.table.setItem(row, COL_RULE, _read_only(text, code))
            else:
                item.setText(text)
            self._severity(row).setItemText(0, self.tr("Blocking"))
            self._severity(row).setItemText(1, self.tr("Warning"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Stretch)
        # Cell widgets do not size their columns: give the combo and spin boxes room for their text.
        for column, width in ((COL_ON, 64), (COL_SEVERITY, 120), (COL_THRESHOLD, 100)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, max(width, self.fontMetrics().horizontalAdvance("W" * 6) + 40))
        self.save_button.setText(self.tr("&Save checks"))
        self.reset_button.setText(self.tr("&Undo changes"))
        self.hint.setText(self.tr("Only a service manager can save changes to the checks."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _centred(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(widget)
    return holder


def _read_only(text: str, code: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(code)
    return item
