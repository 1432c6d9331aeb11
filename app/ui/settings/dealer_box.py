"""Settings → Dealer profile: what every form prints at its head. A service manager changes it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.services.setup import dealer_profile, save_dealer_profile
from app.ui.settings import common
from app.ui.settings.dealer_form import DealerProfileForm


class DealerProfileBox(QGroupBox):
    saved = Signal()

    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealerProfileBox")
        self._database = database
        self.form = DealerProfileForm()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveDealer")
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
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.form.changed.connect(self.status.clear)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        try:
            self.form.set_profile(dealer_profile(self._database))
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        self.status.clear()
        allowed = common.allowed_to_change(self._database)
        self.form.set_editable(allowed)
        self.save_button.setEnabled(allowed)
        self.undo_button.setEnabled(allowed)
        self.hint.setVisible(not allowed)

    def on_save_button_clicked(self) -> None:
        actor = common.current_actor(self._database)
        try:
            if actor is None:
                raise WarrantyDeskError(self.tr("The database cannot be reached."))
            save_dealer_profile(self._database, actor, self.form.profile())
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        self.form.set_profile(dealer_profile(self._database))
        common.say(self.status, self.tr("Saved. Forms print the new profile from now on."))
        self.saved.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dealer profile"))
        self.save_button.setText(self.tr("&Save profile"))
        self.undo_button.setText(self.tr("Undo changes"))
        self.hint.setText(self.tr("Only a service manager can change the dealer profile."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
