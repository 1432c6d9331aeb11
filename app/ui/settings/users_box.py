"""Settings → Users and roles: who works here and what they may do. Service managers change users; the
last active service manager cannot be removed or demoted (the service refuses, the message says why)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.services.passwords import set_password
from app.services.setup import NewUser, UserRecord, all_users, check_new_user, create_user, update_user
from app.ui.labels import label
from app.ui.settings import common
from app.ui.sign_in.password_dialog import PasswordDialog
from app.ui.sign_in.switch import SignInSwitch

COL_NAME, COL_LOGIN, COL_ROLE, COL_ACTIVE, COL_PASSWORD = range(5)


class UserDialog(QDialog):
    """A new user (login, name, role) or an existing one's name and role. Shown with open(); `chosen`
    carries the entries, the caller saves them."""

    chosen = Signal(object)  # NewUser

    def __init__(self, user: UserRecord | None = None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.user = user
        self.login_edit = QLineEdit(user.login if user else "")
        self.login_edit.setObjectName("userLogin")
        self.login_edit.setReadOnly(user is not None)  # the audit trail knows people by their login
        self.name_edit = QLineEdit(user.name if user else "")
        self.name_edit.setObjectName("userName")
        self.name_edit.setMinimumWidth(260)
        self.role_combo = role_combo(user.role if user else Role.CLERK)
        self.problem = common.status_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.login_label, self.name_label, self.role_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.login_label.setBuddy(self.login_edit)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.retranslate_ui()

    def entries(self) -> NewUser:
        return NewUser(login=self.login_edit.text(), name=self.name_edit.text(),
                       role=Role(self.role_combo.currentData()))

    def on_buttons_accepted(self) -> None:
        try:
            checked = check_new_user(self.entries())
        except WarrantyDeskError as exc:
            common.say(self.problem, str(exc), error=True)
            return
        self.chosen.emit(checked)

    def show_problem(self, text: str) -> None:
        common.say(self.problem, text, error=True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New user") if self.user is None else self.tr("Change user"))
        self.login_label.setText(self.tr("&Login:"))
        self.name_label.setText(self.tr("&Name:"))
        self.role_label.setText(self.tr("&Role:"))
        self.login_edit.setPlaceholderText(self.tr("letters and digits, e.g. wang.li"))
        retranslate_roles(self.role_combo)


def role_combo(current: Role) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("roleCombo")
    for role in Role:
        combo.addItem(label(role), role.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


def retranslate_roles(combo: QComboBox) -> None:
    for row in range(combo.count()):
        combo.setItemText(row, label(Role(combo.itemData(row))))


class UsersBox(QGroupBox):
    changed = Signal()  # the list of users changed: the page offers the new list for this workstation

    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersBox")
        self._database = database
        self._users: list[UserRecord] = []
        self.dialog: UserDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("usersTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.table.doubleClicked.connect(self.on_edit_button_clicked)
        self.add_button, self.edit_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addUser")
        self.edit_button.setObjectName("editUser")
        self.active_button.setObjectName("toggleUser")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.active_button.clicked.connect(self.on_active_button_clicked)
        self.password_button = QPushButton()
        self.password_button.setObjectName("setPassword")
        self.password_button.clicked.connect(self.on_password_button_clicked)
        self.sign_in_switch = SignInSwitch(database)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = common.status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addStretch(0)  # keeps the buttons at their size while the hint is hidden
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.sign_in_switch)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        try:
            self._users = all_users(self._database)
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            texts = (user.name, user.login, label(user.role), self.tr("Active") if user.active else self.tr("Left"),
                     self.tr("Set") if user.has_password else self.tr("None"))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._enable_buttons()

    def selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def select_login(self, login: str) -> None:
        for row, user in enumerate(self._users):
            if user.login == login:
                self.table.selectRow(row)

    def _enable_buttons(self) -> None:
        allowed = common.allowed_to_change(self._database)
        user = self.selected()
        self.add_button.setEnabled(allowed)
        self.edit_button.setEnabled(allowed and user is not None)
        self.active_button.setEnabled(allowed and user is not None)
        self.active_button.setText(self.tr("&Reactivate") if user is not None and not user.active
                                   else self.tr("&Deactivate"))
        self.hint.setVisible(not allowed)
        actor = common.current_actor(self._database)
        own = user is not None and actor is not None and actor.user_id == user.id
        self.password_button.setEnabled(user is not None and user.active and (allowed or own))
        self.sign_in_switch.load(actor)

    def on_password_button_clicked(self) -> None:
        """One's own password (the old one first, once set), or anyone's for a service manager."""
        user, actor = self.selected(), common.current_actor(self._database)
        if user is None or actor is None:
            return
        self.password_dialog = PasswordDialog(user.name, ask_old=actor.user_id == user.id and user.has_password,
                                              parent=self)
        self.password_dialog.chosen.connect(lambda old, new: self._save_password(user, old, new))
        self.password_dialog.open()

    def _save_password(self, user: UserRecord, old: str, new: str) -> None:
        dialog, actor = self.password_dialog, common.current_actor(self._database)
        assert dialog is not None
        try:
            if actor is None:
                raise WarrantyDeskError(self.tr("The database cannot be reached."))
            set_password(self._database, actor, user.id, new, old_password=old or None)
        except WarrantyDeskError as exc:
            dialog.show_problem(str(exc))
            return
        dialog.accept()
        self._after_change(user, self.tr("The password of {name} is saved.").format(name=user.name))

    def on_add_button_clicked(self) -> None:
        self._open_dialog(None)

    def on_edit_button_clicked(self) -> None:
        user = self.selected()
        if user is not None and self.edit_button.isEnabled():
            self._open_dialog(user)

    def _open_dialog(self, user: UserRecord | None) -> None:
        self.dialog = UserDialog(user, parent=self)
        self.dialog.chosen.connect(self._save)
        self.dialog.open()

    def _save(self, entries: NewUser) -> None:
        dialog = self.dialog
        actor = common.current_actor(self._database)
        assert dialog is not None
        try:
            if actor is None:
                raise WarrantyDeskError(self.tr("The database cannot be reached."))
            if dialog.user is None:
                saved = create_user(self._database, actor, entries)
            else:
                saved = update_user(self._database, actor, dialog.user.id, name=entries.name, role=entries.role)
        except WarrantyDeskError as exc:
            dialog.show_problem(str(exc))
            return
        dialog.accept()
        self._after_change(saved, self.tr("Saved {name}.").format(name=saved.name))

    def on_active_button_clicked(self) -> None:
        user = self.selected()
        actor = common.current_actor(self._database)
        if user is None or actor is None:
            return
        try:
            saved = update_user(self._database, actor, user.id, active=not user.active)
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        text = (self.tr("{name} can work again.") if saved.active
                else self.tr("{name} no longer works here; their records keep their name."))
        self._after_change(saved, text.format(name=saved.name))

    def _after_change(self, saved: UserRecord, text: str) -> None:
        self.load()
        self.select_login(saved.login)
        common.say(self.status, text)
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Users and roles"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Status"),
                                              self.tr("Password")])
        self.add_button.setText(self.tr("&Add user…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.password_button.setText(self.tr("Set &password…"))
        self.hint.setText(self.tr("Only a service manager can change users and roles."))
        if self._users:
            self.load()  # the roles and states in the table are translated too
        self._enable_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
