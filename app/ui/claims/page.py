"""The Warranty claims section: the claims list and, on a second tab, paid service orders (有偿服务),
the work outside warranty scope."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.database import Database
from app.ui.claims.claims_list import ClaimsListView
from app.ui.claims.common import ActorSource, actor_source
from app.ui.paid_orders.page import PaidOrdersView


class ClaimsPage(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        acting = actor_source(database, actor)
        self.claims = ClaimsListView(database, actor=acting, today=today)
        self.paid_orders = PaidOrdersView(database, actor=acting, today=today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("claimsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.claims, "")
        self.tabs.addTab(self.paid_orders, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.tabs)
        self._shown_once = False
        self.retranslate_ui()

    def refresh(self) -> None:
        self.claims.refresh()
        self.paid_orders.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Claims change in other sections (a service-log entry turned into a claim): show them again.
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Warranty claims"))
        self.tabs.setTabText(1, self.tr("Paid service"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
