"""Settings › Users and roles: the switch that makes every workstation ask for a login and password, and a
line naming the users who could not sign in yet. A service manager's switch (the service refuses others)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services import passwords
from app.services.cards import acting_user
from app.services.database import Database

ERROR_STYLE = "color: #b71c1c;"
NOTE_STYLE = "color: #8a5a00;"


class SignInSwitch(QWidget):
    changed = Signal(bool)  # sign-in is now required (True) or not

    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInSwitch")
        self._database = database
        self.state: passwords.SignInState | None = None
        self.check = QCheckBox()
        self.check.setObjectName("signInRequired")
        self.check.toggled.connect(self.on_check_toggled)
        self.note = QLabel()
        self.note.setObjectName("signInNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def load(self, actor: Actor | None) -> None:
        """Show the stored switch; only a service manager may move it."""
        try:
            self.state = passwords.sign_in_state(self._database)
        except WarrantyDeskError as exc:
            self._say(str(exc), error=True)
            return
        self.check.blockSignals(True)
        self.check.setChecked(self.state.required)
        self.check.blockSignals(False)
        self.check.setEnabled(actor is not None and actor.is_manager and actor.user_id is not None)
        self._show_note()

    def on_check_toggled(self, on: bool) -> None:
        try:
            self.state = passwords.set_sign_in_required(self._database, acting_user(self._database), on)
        except WarrantyDeskError as exc:
            self.check.blockSignals(True)
            self.check.setChecked(not on)
            self.check.blockSignals(False)
            self._say(str(exc), error=True)
            return
        self._show_note()
        self.changed.emit(on)

    def _show_note(self) -> None:
        state = self.state
        if state is None:
            return
        if state.users_without_password and state.required:
            self._say(self.tr("Cannot sign in until a password is set: {names}").format(
                names="、".join(state.users_without_password)), error=False, warn=True)
        elif state.required:
            self._say(self.tr("Every workstation asks for a login and password at start."))
        else:
            self._say(self.tr("Off: each workstation works as the user chosen for it in Settings. Set your own "
                              "password (Set password…) before turning sign-in on."))

    def _say(self, text: str, *, error: bool = False, warn: bool = False) -> None:
        self.note.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE if warn else "")
        self.note.setText(text)

    def retranslate_ui(self) -> None:
        self.check.setText(self.tr("Users sign in with a password (on every workstation)"))
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
