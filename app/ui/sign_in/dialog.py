"""The sign-in dialog shown at start (and for "Switch user…") once a service manager has turned sign-in on.

The dialog is given the attempt to make (login, password → Actor, raising SignInFailed) so it can stay open
and say what was wrong; `signed_in` carries the Actor. Shown with open(), never exec().
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services.passwords import SignInFailed

Attempt = Callable[[str, str], Actor]
# After a refusal the button rests a moment: typing faster than that only fills the lock-out sooner.
PAUSE_AFTER_FAILURE_MS = 1000
ERROR_STYLE = "color: #b71c1c;"


class SignInDialog(QDialog):
    signed_in = Signal(object)  # Actor

    def __init__(self, attempt: Attempt, *, login: str = "", dealer: str = "", switching: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._attempt = attempt
        self._switching = switching
        self.dealer = dealer
        self.heading = QLabel()
        self.heading.setObjectName("signInHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("signInLogin")
        self.login_edit.setMinimumWidth(260)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("signInPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label, self.password_label = QLabel(), QLabel()
        self.login_label.setBuddy(self.login_edit)
        self.password_label.setBuddy(self.password_edit)
        self.problem = QLabel()
        self.problem.setObjectName("signInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setObjectName("signInButton")
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.retranslate_ui()
        (self.password_edit if login else self.login_edit).setFocus()

    def on_buttons_accepted(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.show_problem(self.tr("Type your login and your password."))
            return
        try:
            actor = self._attempt(login, password)
        except WarrantyDeskError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.show_problem(self._reason(exc))
            self.sign_in_button.setEnabled(False)
            QTimer.singleShot(PAUSE_AFTER_FAILURE_MS, lambda: self.sign_in_button.setEnabled(True))
            return
        self.password_edit.clear()
        self.signed_in.emit(actor)
        self.accept()

    def _reason(self, error: WarrantyDeskError) -> str:
        if not isinstance(error, SignInFailed):
            return str(error)
        if error.reason == "wrong":
            return self.tr("Wrong login or password.")
        if error.reason == "locked":
            return self.tr("Too many wrong passwords: try again in {seconds} seconds.").format(seconds=error.seconds)
        if error.reason == "no_password":
            return self.tr("{name} has no password yet: a service manager sets one in Settings › Users and "
                           "roles.").format(name=error.name)
        return str(error)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in — WarrantyDesk"))
        self.heading.setText(self.dealer or self.tr("WarrantyDesk"))
        self.note.setText(self.tr("Sign in with your login and password. A service manager sets passwords in "
                                  "Settings › Users and roles."))
        self.login_label.setText(self.tr("&Login:"))
        self.password_label.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel") if self._switching else self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
