"""The 三包 clocks of the selected service-log entry, and how hard its fault is (the busy-season clock's
2 or 5 days), which the clerk sets here."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.domain.actors import Actor
from app.domain.clocks import FaultDifficulty
from app.domain.errors import WarrantyDeskError
from app.services import clocks
from app.services.business_time import utc_now
from app.services.database import Database
from app.ui.service_log.common import current_actor, show_error
from app.ui.widgets.clocks import ClockStrip


class EntryClockPanel(QWidget):
    changed = Signal(int)  # the entry whose fault difficulty was changed

    def __init__(self, database: Database, *, actor: Actor | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryClockPanel")
        self._database, self._actor, self._clock = database, actor, clock
        self._entry_id: int | None = None
        self.strip = ClockStrip()
        self.difficulty_label = QLabel()
        self.difficulty_combo = QComboBox()
        self.difficulty_combo.setObjectName("faultDifficulty")
        for value in FaultDifficulty:
            self.difficulty_combo.addItem("", value.value)
        self.difficulty_label.setBuddy(self.difficulty_combo)
        self.difficulty_combo.currentIndexChanged.connect(self.on_difficulty_combo_current_index_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.difficulty_label)
        layout.addWidget(self.difficulty_combo)
        self.retranslate_ui()
        self.show_entry(None)

    def show_entry(self, entry_id: int | None) -> None:
        self._entry_id = entry_id
        self.difficulty_combo.setEnabled(entry_id is not None)
        if entry_id is None:
            self.strip.show_clocks(())
            return
        try:
            views = clocks.entry_clock_views(self._database, entry_id, now=self._clock())
            difficulty = clocks.fault_difficulty(self._database, entry_id)
        except WarrantyDeskError:
            self.strip.show_clocks(())  # deleted meanwhile: the list's reload says so
            return
        self.strip.show_clocks(views)
        self.difficulty_combo.blockSignals(True)
        self.difficulty_combo.setCurrentIndex(self.difficulty_combo.findData(difficulty.value))
        self.difficulty_combo.blockSignals(False)

    def on_difficulty_combo_current_index_changed(self, _index: int) -> None:
        if self._entry_id is None:
            return
        entry_id = self._entry_id
        try:
            clocks.set_fault_difficulty(self._database, current_actor(self._database, self._actor), entry_id,
                                        self.difficulty_combo.currentData(), now=self._clock())
        except WarrantyDeskError as exc:
            show_error(self, self.tr("Fault difficulty"), exc)
        self.show_entry(entry_id)
        self.changed.emit(entry_id)

    def retranslate_ui(self) -> None:
        self.difficulty_label.setText(self.tr("&Fault:"))
        texts = {FaultDifficulty.EASY.value: self.tr("Easy (fixed within 2 days in the busy season)"),
                 FaultDifficulty.HARD.value: self.tr("Hard (fixed within 5 days in the busy season)")}
        for i in range(self.difficulty_combo.count()):
            self.difficulty_combo.setItemText(i, texts[self.difficulty_combo.itemData(i)])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
