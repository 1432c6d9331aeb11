"""The Service log section: the log itself (售后服务登记表) and the follow-up calls, on two tabs."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.actors import Actor
from app.services.business_time import business_date, utc_now
from app.services.database import Database
from app.ui.service_log.entry_list import EntryListPanel
from app.ui.service_log.follow_up_panel import FollowUpPanel
from app.ui.service_log.report_printing import ReportRangeDialog, ServiceLogPrinting


class ServiceLogPage(QWidget):
    def __init__(self, database: Database, *, actor: Actor | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The lists load when the section is first shown, not while the main window is being built.
        self.entries = EntryListPanel(database, actor=actor, clock=clock, load=False)
        self.follow_ups = FollowUpPanel(database, actor=actor, clock=clock, load=False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.entries, "")
        self.tabs.addTab(self.follow_ups, "")
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)  # F5 while the page is shown
        self._clock = clock
        self.printing = ServiceLogPrinting(database, parent=self)
        self.report_dialog: ReportRangeDialog | None = None
        self.report_action = QAction(self)
        self.report_action.setObjectName("printServiceLog")
        self.report_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.report_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.report_action.triggered.connect(lambda: self.ask_report_range())
        self.entries.toolbar.addSeparator()
        self.entries.toolbar.addAction(self.report_action)
        self.addAction(self.report_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._loaded = False
        self.retranslate_ui()

    def refresh(self) -> None:
        """Load both lists again (entries change on other workstations too)."""
        if not self._loaded:
            self._loaded = True
            self.entries.apply_filters()
            self.follow_ups.load_first()
            return
        self.entries.refresh()
        self.follow_ups.refresh()

    def show_from_dashboard(self, tile_key: str) -> None:
        """A Dashboard clock tile was clicked: the entries whose 三包 clock is amber, or red."""
        self.tabs.setCurrentWidget(self.entries)
        self.entries.set_clock_filter({"clock_entries_amber": "amber", "clock_entries_red": "red"}.get(tile_key, ""))

    def ask_report_range(self) -> ReportRangeDialog:
        """The service-log report: the range (this month unless changed), then preview, print or save."""
        dialog = ReportRangeDialog(self.printing, business_date(self._clock()), parent=self)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()  # first time: load; coming back to the section: show what changed meanwhile
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Service log"))
        self.tabs.setTabText(1, self.tr("Follow-up calls and visits"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.report_action.setText(self.tr("Print report…"))
        self.report_action.setToolTip(self.printing.tooltip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
