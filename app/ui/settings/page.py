"""Settings: the interface language and where the data lives. Dealer profile, users, rules, return
windows, seasons, templates and backups join this page with the issues that bring them."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
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

from app.services.users import UserChoice
from app.settings import LANGUAGE
from app.ui.labels import label

# Language names are shown in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsPage(QWidget):
    """Emits `language_chosen` with "auto", "zh_CN" or "en"; the main window applies and stores it."""

    language_chosen = Signal(str)
    user_chosen = Signal(str)  # a user's login

    def __init__(self, *, language: str, database_location: str, backend_name: str,
                 users: Sequence[UserChoice] = (), user_login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.retranslate_ui()

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
