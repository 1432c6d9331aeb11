"""The Claim batches section (索赔批次): batches of approved claims to head office, head office's settlement
notices, the account with head office that they make, and the reports, each on its own tab."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.database import Database
from app.ui.batches.account_view import AccountView
from app.ui.batches.batches_view import BatchesView
from app.ui.batches.settlements_view import SettlementsView
from app.ui.claims.common import ActorSource, actor_source
from app.ui.reports.page import ReportsPage

BATCHES, SETTLEMENTS, ACCOUNT, REPORTS = range(4)


class BatchesPage(QWidget):
    claim_requested = Signal(int)  # open this claim (a reworked revision, a settled line)

    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchesPage")
        acting = actor_source(database, actor)
        self.batches = BatchesView(database, actor=acting, today=today)
        self.settlements = SettlementsView(database, actor=acting, today=today)
        self.account = AccountView(database, actor=acting, today=today)
        self.reports = ReportsPage(database, today=today)
        # Inside a tab the page's own title repeats the tab's, and its margins would double the section's.
        self.reports.title_label.hide()
        self.reports.layout().setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("batchesTabs")
        self.tabs.setDocumentMode(True)
        for view in (self.batches, self.settlements, self.account, self.reports):
            self.tabs.addTab(view, "")
        self.settlements.claim_requested.connect(self.claim_requested)
        self.settlements.changed.connect(self.batches.refresh)  # a settled batch changes its status
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.tabs)
        self._shown_once = False
        self.retranslate_ui()

    def show_tab(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        return self.tabs.widget(index)

    def on_tabs_current_changed(self, index: int) -> None:
        # Exports, settlements and offsets change the account: it is summed again whenever it is looked at.
        if index == ACCOUNT:
            self.account.refresh()
        elif index == SETTLEMENTS:
            self.settlements.refresh()
        elif index == BATCHES:
            self.batches.refresh()

    def refresh(self) -> None:
        self.batches.refresh()
        self.settlements.refresh()
        if self.tabs.currentIndex() == ACCOUNT:
            self.account.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Claims are approved in other sections: the waiting claims and the batches are shown again.
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(BATCHES, self.tr("Batches"))
        self.tabs.setTabText(SETTLEMENTS, self.tr("Settlements"))
        self.tabs.setTabText(ACCOUNT, self.tr("Account with head office"))
        self.tabs.setTabText(REPORTS, self.tr("Reports"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
