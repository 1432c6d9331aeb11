"""The Warranty claims section: the claims list and, on a second tab, paid service orders (有偿服务),
the work outside warranty scope."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services.database import Database
from app.ui.claims.claims_list import ClaimsListView
from app.ui.claims.common import ActorSource, actor_source
from app.ui.paid_orders.page import PaidOrdersView
from app.ui.scans.dialog import ScansDialog


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
        self._database, self._actor, self._today = database, acting, today
        self.scans_dialog: ScansDialog | None = None
        self.scans_button = QPushButton()
        self.scans_button.setObjectName("importSignedScans")
        self.scans_button.clicked.connect(self.on_scans_button_clicked)
        self.tabs.setCornerWidget(self.scans_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.tabs)
        self._shown_once = False
        self.retranslate_ui()

    def refresh(self) -> None:
        self.claims.refresh()
        self.paid_orders.refresh()

    def show_from_dashboard(self, tile_key: str) -> None:
        """A Dashboard clock tile was clicked: the repairs whose 40-day clock is amber, or red."""
        self.tabs.setCurrentWidget(self.claims)
        self.claims.filter_bar.set_clock({"clock_claims_amber": "amber", "clock_claims_red": "red"}.get(tile_key, ""))

    def on_scans_button_clicked(self) -> None:
        """Non-modal: the clerk can look a claim up while scans are resolved."""
        if self.scans_dialog is None:
            self.scans_dialog = ScansDialog(self._database, self._actor, self._today, parent=self)
            self.scans_dialog.imported.connect(self.claims.refresh)
        self.scans_dialog.show()
        self.scans_dialog.raise_()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Claims change in other sections (a service-log entry turned into a claim): show them again.
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Warranty claims"))
        self.tabs.setTabText(1, self.tr("Paid service"))
        self.scans_button.setText(self.tr("Import signed scans…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
