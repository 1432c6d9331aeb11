"""Settings → Seasons: a link to the seasons editor of the spare-part reserve plan (app/ui/plans), where
each season's start and length are set; its plan is due 30 days before it starts."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.cards import acting_user
from app.services.database import Database
from app.ui.plans.seasons_dialog import SeasonsDialog


class SeasonsBox(QGroupBox):
    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seasonsBox")
        self._database = database
        self.dialog: SeasonsDialog | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editSeasons")
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.explanation, 1)
        layout.addWidget(self.edit_button)
        self.retranslate_ui()

    def on_edit_button_clicked(self) -> SeasonsDialog:
        database = self._database
        self.dialog = SeasonsDialog(database, actor=lambda: acting_user(database), today=dt.date.today, parent=self)
        self.dialog.open()
        return self.dialog

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Seasons"))
        self.explanation.setText(self.tr("The sales seasons the spare-part reserve plan is made for: each plan is "
                                         "due at head office 30 days before its season starts."))
        self.edit_button.setText(self.tr("&Edit seasons…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
