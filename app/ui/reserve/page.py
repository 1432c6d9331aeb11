"""The Spare-part reserve plan section (配件储备计划): the season plans on one tab, the stock — on hand,
deliveries, counter sales, returns to the factory, emergency orders — on the other."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.database import Database
from app.ui.claims.common import ActorSource, actor_source
from app.ui.plans.view import PlansView
from app.ui.stock.page import StockView

PLANS, STOCK = 0, 1


class ReservePage(QWidget):
    claim_requested = Signal(int)  # an emergency order's claim

    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        acting = actor_source(database, actor)
        self.plans = PlansView(database, actor=acting, today=today)
        self.stock = StockView(database, actor=acting, today=today)
        self.stock.claim_requested.connect(self.claim_requested)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reserveTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.plans, "")
        self.tabs.addTab(self.stock, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(PLANS, self.tr("Reserve plans"))
        self.tabs.setTabText(STOCK, self.tr("Stock"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
