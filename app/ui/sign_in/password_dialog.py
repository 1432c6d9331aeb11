"""Set or change a password: one's own (with the old one, once there is one) or, for a service manager,
anyone's. The dialog returns the entries through `chosen`; the caller saves them and reports problems back."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.domain.passwords import check_strength

ERROR_STYLE = "color: #b71c1c;"


class PasswordDialog(QDialog):
    chosen = Signal(str, str)  # the old password ("" when not asked), the new one

    def __init__(self, name: str, *, ask_old: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.name = name
        self.ask_old = ask_old
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old_edit, self.new_edit, self.repeat_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name_ in ((self.old_edit, "oldPassword"), (self.new_edit, "newPassword"),
                            (self.repeat_edit, "repeatPassword")):
            edit.setObjectName(name_)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMinimumWidth(240)
        self.old_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if ask_old:
            form.addRow(self.old_label, self.old_edit)
        form.addRow(self.new_label, self.new_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        for label, edit in ((self.old_label, self.old_edit), (self.new_label, self.new_edit),
                            (self.repeat_label, self.repeat_edit)):
            label.setBuddy(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def on_buttons_accepted(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self.show_problem(self.tr("The two new passwords differ; type the same one twice."))
            return
        try:
            check_strength(new)
        except WarrantyDeskError as exc:
            self.show_problem(str(exc))
            return
        self.chosen.emit(self.old_edit.text() if self.ask_old else "", new)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Password of {name}").format(name=self.name))
        self.intro.setText(self.tr("At least 6 characters. Passwords are stored only as a salted scrypt hash: "
                                   "nobody can read them back, a forgotten one is reset by a service manager."))
        self.old_label.setText(self.tr("&Old password:"))
        self.new_label.setText(self.tr("&New password:"))
        self.repeat_label.setText(self.tr("&Repeat:"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
