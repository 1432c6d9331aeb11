"""The claims list's filter bar: status, check result, model, technician, part, repair dates and free
text. Text fields wait until the clerk stops typing; every filter runs in SQL (app.services.claims.listing)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClaimStatus
from app.ui.claims.findings import check_level_label
from app.ui.labels import label

TEXT_DELAY_MS = 300
OPEN = "open"  # draft or awaiting approval: what still needs work
CURRENT = ""  # every status but superseded revisions
EVERYTHING = "everything"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setObjectName("claimSearch")
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(240)
        self.status = QComboBox()
        self.status.setObjectName("claimStatusFilter")
        for value in (CURRENT, OPEN, *[s.value for s in ClaimStatus], EVERYTHING):
            self.status.addItem("", value)
        self.check = QComboBox()
        self.check.setObjectName("claimCheckFilter")
        for value in ("", "blocking", "warning", "ok"):
            self.check.addItem("", value)
        self.model = QComboBox()
        self.model.setObjectName("claimModelFilter")
        self.model.addItem("", None)
        self.model.setMinimumContentsLength(12)
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clock = QComboBox()  # the 40-day repair clock of repairs not finished: amber, or red
        self.clock.setObjectName("claimClockFilter")
        for value in ("", "amber", "red"):
            self.clock.addItem("", value)
        self.technician = QComboBox()
        self.technician.setObjectName("claimTechnicianFilter")
        self.technician.addItem("", "")
        self.part = QLineEdit()
        self.part.setObjectName("claimPartFilter")
        self.part.setClearButtonEnabled(True)
        self.part.setMinimumWidth(self.part.fontMetrics().averageCharWidth() * 12 + 30)
        self.dated = QCheckBox()
        self.dated.setObjectName("claimDateFilter")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        today = dt.date.today()
        self.date_from.setDate(QDate(today.replace(day=1)))
        self.date_to.setDate(QDate(today))
        self.captions = {key: QLabel() for key in ("text", "status", "check", "clock", "model", "technician", "part",
                                                   "to")}
        for key, buddy in (("text", self.text), ("status", self.status), ("check", self.check), ("clock", self.clock),
                           ("model", self.model),
                           ("technician", self.technician), ("part", self.part)):
            self.captions[key].setBuddy(buddy)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.part.textChanged.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self.apply_now)
        self.part.returnPressed.connect(self.apply_now)
        for combo in (self.status, self.check, self.clock, self.model, self.technician):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.dated.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.dated.isChecked() and self.changed.emit())
        self.date_to.dateChanged.connect(lambda _d: self.dated.isChecked() and self.changed.emit())

        first = QHBoxLayout()
        for widget, stretch in ((self.captions["text"], 0), (self.text, 3), (self.captions["status"], 0),
                                (self.status, 1), (self.captions["check"], 0), (self.check, 1),
                                (self.captions["clock"], 0), (self.clock, 1)):
            first.addWidget(widget, stretch)
        second = QHBoxLayout()
        for widget, stretch in ((self.captions["model"], 0), (self.model, 1), (self.captions["technician"], 0),
                                (self.technician, 1), (self.captions["part"], 0), (self.part, 1), (self.dated, 0),
                                (self.date_from, 0), (self.captions["to"], 0), (self.date_to, 0)):
            second.addWidget(widget, stretch)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(first)
        rows.addLayout(second)
        self.retranslate_ui()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def set_models(self, models: list[tuple[int, str]]) -> None:
        current = self.model.currentData()
        self.model.blockSignals(True)
        while self.model.count() > 1:
            self.model.removeItem(1)
        for model_id, text in models:
            self.model.addItem(text, model_id)
        self.model.setCurrentIndex(max(0, self.model.findData(current)))
        self.model.blockSignals(False)

    def set_technicians(self, names: list[str]) -> None:
        current = self.technician.currentData()
        self.technician.blockSignals(True)
        while self.technician.count() > 1:
            self.technician.removeItem(1)
        for name in names:
            self.technician.addItem(name, name)
        self.technician.setCurrentIndex(max(0, self.technician.findData(current)))
        self.technician.blockSignals(False)

    def set_clock(self, value: str) -> None:
        """Show the claims whose repair clock is amber or red ("" for all), as a Dashboard tile asks."""
        self.clock.setCurrentIndex(max(0, self.clock.findData(value)))

    def search_text(self) -> str:
        return self.text.text()

    def filters(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        status = self.status.currentData()
        if status == OPEN:
            result["statuses"] = [ClaimStatus.DRAFT.value, ClaimStatus.READY.value]
        elif status == EVERYTHING:
            result["include_superseded"] = True
        elif status:
            result["statuses"] = [status]
        if self.check.currentData():
            result["check_level"] = self.check.currentData()
        if self.clock.currentData():
            result["clock"] = self.clock.currentData()
        if self.model.currentData() is not None:
            result["model_id"] = self.model.currentData()
        if self.technician.currentData():
            result["technician"] = self.technician.currentData()
        if self.part.text().strip():
            result["part_no"] = self.part.text().strip()
        if self.dated.isChecked():
            result["date_from"] = self.date_from.date().toPython()
            result["date_to"] = self.date_to.date().toPython()
        return result

    def retranslate_ui(self) -> None:
        texts = {"text": self.tr("F&ind:"), "status": self.tr("&Status:"), "check": self.tr("C&hecks:"),
                 "clock": self.tr("Repair c&lock:"),
                 "model": self.tr("&Model:"), "technician": self.tr("&Technician:"), "part": self.tr("&Part no.:"),
                 "to": self.tr("to")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.text.setPlaceholderText(self.tr("Claim or serial number, customer, phone, complaint…"))
        self.part.setPlaceholderText(self.tr("Part number"))
        self.dated.setText(self.tr("&Repaired from"))
        for i in range(self.status.count()):
            value = self.status.itemData(i)
            text = {CURRENT: self.tr("All current"), OPEN: self.tr("Draft or awaiting approval"),
                    EVERYTHING: self.tr("All, with superseded revisions")}.get(value)
            self.status.setItemText(i, text if text is not None else label(ClaimStatus(value)))
        for i in range(self.check.count()):
            value = self.check.itemData(i)
            self.check.setItemText(i, check_level_label(value) if value else self.tr("Any result"))
        for i, text in enumerate((self.tr("Any"), self.tr("Amber: running out"), self.tr("Red: over 40 days"))):
            self.clock.setItemText(i, text)
        self.model.setItemText(0, self.tr("All models"))
        self.technician.setItemText(0, self.tr("All technicians"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
