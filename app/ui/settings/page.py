"""Settings: the interface language, the workstation's user and where the data lives; given the database
and the workstation settings, also the dealer profile, users and roles, warranty rules and return dates,
seasons (the reserve plan's editor), the batch template, backups and restore, moving the database, and data
retention (app/ui/settings/*_box.py).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.i18n import LANGUAGE_NAMES
from app.services.database import Database
from app.services.users import UserChoice, list_users
from app.settings import LANGUAGE, Settings
from app.ui.labels import label
from app.ui.settings.backup_box import BackupBox, MoveDatabaseButton
from app.ui.settings.dealer_box import DealerProfileBox
from app.ui.settings.retention_box import RetentionBox
from app.ui.settings.rules_box import RulesBox
from app.ui.settings.seasons_box import SeasonsBox
from app.ui.settings.template_box import TemplateBox
from app.ui.settings.users_box import UsersBox

# Language names are shown in their own language, so anyone can find theirs.


class SettingsPage(QWidget):
    """Emits `language_chosen` with "auto", "zh_CN" or "en"; the main window applies and stores it.
    `restore_requested` carries a backup file the clerk checked and confirmed: the main window closes the
    database, restores the file (app.services.backups.restore_database) and reopens it."""

    language_chosen = Signal(str)
    user_chosen = Signal(str)  # a user's login
    restore_requested = Signal(Path)
    database_moved = Signal(Path)  # the copy is in place; it is opened from the next start

    def __init__(self, *, language: str, database_location: str, backend_name: str,
                 users: Sequence[UserChoice] = (), user_login: str = "", database: Database | None = None,
                 settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)

        self.language_box = QGroupBox()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setMinimumWidth(240)
        self.language_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for choice in LANGUAGE.choices:
            self.language_combo.addItem(LANGUAGE_NAMES.get(choice, ""), choice)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        language_form = QFormLayout(self.language_box)
        language_form.addRow(self.language_label, self.language_combo)

        self.user_box = QGroupBox()
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userCombo")
        self.user_combo.setMinimumWidth(240)
        self.user_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._users = list(users)
        for user in self._users:
            self.user_combo.addItem("", user.login)
        self.user_label = QLabel()
        self.user_label.setBuddy(self.user_combo)
        self.user_hint = QLabel()
        self.user_hint.setWordWrap(True)
        user_form = QFormLayout(self.user_box)
        user_form.addRow(self.user_label, self.user_combo)
        user_form.addRow(self.user_hint)

        self.database_box = QGroupBox()
        self.location_label = QLabel()
        self.location_value = QLabel(database_location)
        self.location_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_value.setWordWrap(True)
        self.backend_label = QLabel()
        self.backend_value = QLabel(backend_name)
        database_form = QFormLayout(self.database_box)
        database_form.addRow(self.location_label, self.location_value)
        database_form.addRow(self.backend_label, self.backend_value)

        self.coming_label = QLabel()
        self.coming_label.setWordWrap(True)

        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(24, 20, 24, 20)
        self._layout.setSpacing(14)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.language_box)
        self._layout.addWidget(self.user_box)
        self._layout.addWidget(self.database_box)
        self._layout.addWidget(self.coming_label)
        self._layout.addStretch(1)
        scroll = QScrollArea()  # more groups join this page as the program grows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.show_language(language)
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_current_index_changed)
        index = self.user_combo.findData(user_login)
        self.user_combo.setCurrentIndex(index if index >= 0 else -1)
        self.user_combo.currentIndexChanged.connect(self.on_user_combo_current_index_changed)
        self.groups: list[QGroupBox] = []
        if database is not None and settings is not None:
            self._add_dealer_groups(database, settings, database_form)
        self.retranslate_ui()

    def _add_dealer_groups(self, database: Database, settings: Settings, database_form: QFormLayout) -> None:
        self.dealer_box = DealerProfileBox(database)
        self.users_box = UsersBox(database)
        self.users_box.changed.connect(self.reload_users)
        # With sign-in on, whoever signs in acts: the workstation's chosen user no longer counts.
        switch = self.users_box.sign_in_switch
        self.user_combo.setEnabled(not switch.check.isChecked())
        switch.changed.connect(lambda on: self.user_combo.setEnabled(not on))
        self.rules_box = RulesBox(database)
        self.seasons_box = SeasonsBox(database)
        self.template_box = TemplateBox(database)
        self.backup_box = BackupBox(database, settings)
        self.backup_box.restore_requested.connect(self.restore_requested)
        self.retention_box = RetentionBox(database)
        self.move_button = MoveDatabaseButton(database, settings)
        self.move_button.moved.connect(self.database_moved)
        database_form.addRow("", self.move_button)
        position = self._layout.indexOf(self.user_box) + 1
        for box in (self.dealer_box, self.users_box, self.rules_box, self.seasons_box, self.template_box):
            self._layout.insertWidget(position, box)
            position += 1
        for box in (self.backup_box, self.retention_box):
            self.add_group(box)
        self.groups = [self.dealer_box, self.users_box, self.rules_box, self.seasons_box, self.template_box,
                       self.backup_box, self.retention_box]
        # The main window stores the new user first (it is connected after this page), then they apply.
        self.user_chosen.connect(lambda _login: QTimer.singleShot(0, self.refresh_permissions))

    def refresh_permissions(self) -> None:
        """Show the dealer-wide groups editable or read-only for the user now working here."""
        if self._database is None or not self.groups:
            return
        self.dealer_box.load()
        self.users_box.load()
        self.rules_box.load()
        self.template_box.load()

    def reload_users(self) -> None:
        """The users changed: offer the new list for this workstation, keeping the one chosen."""
        if self._database is None:
            return
        try:
            users = list_users(self._database)
        except WarrantyDeskError:
            return
        login = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self._users = users
        for user in users:
            self.user_combo.addItem(f"{user.name} ({label(user.role)})", user.login)
        self.user_combo.setCurrentIndex(self.user_combo.findData(login))
        self.user_combo.blockSignals(False)
        self.refresh_permissions()

    def add_group(self, box: QGroupBox) -> None:
        """A further group of settings, placed above the note on what is still to come."""
        self._layout.insertWidget(self._layout.indexOf(self.coming_label), box)

    def show_language(self, choice: str) -> None:
        """Reflect a language chosen elsewhere (the menu) without emitting it again."""
        index = self.language_combo.findData(choice)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    def on_language_combo_current_index_changed(self, index: int) -> None:
        self.language_chosen.emit(str(self.language_combo.itemData(index)))

    def on_user_combo_current_index_changed(self, index: int) -> None:
        if index >= 0:
            self.user_chosen.emit(str(self.user_combo.itemData(index)))

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Interface and printed forms:"))
        self.language_combo.setItemText(self.language_combo.findData("auto"), self.tr("Automatic (as the system)"))
        self.user_box.setTitle(self.tr("User"))
        self.user_label.setText(self.tr("&Working at this workstation:"))
        for row, user in enumerate(self._users):
            self.user_combo.setItemText(row, f"{user.name} ({label(user.role)})")
        self.user_hint.setText(self.tr(
            "Changes, approvals and overrides are recorded under this name; approving claims and overriding "
            "late registration cards needs the service manager role."))
        self.database_box.setTitle(self.tr("Database"))
        self.location_label.setText(self.tr("Location:"))
        self.backend_label.setText(self.tr("Kind:"))
        self.coming_label.setText(self.tr(
            "The dealer profile, users and roles, warranty rules, return windows, seasons, templates and "
            "backups are set here too once those parts of the program arrive."))
        self.coming_label.setVisible(not self.groups)  # shown only where the page has no database to work on

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
