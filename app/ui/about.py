"""Help > About: the version, which database is open and where, the folders that hold data, logs and
backups, the components' versions and the licence — and a Copy button that puts all of it on the
clipboard for a support call."""
from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.services.about import SystemInfo, system_info
from app.services.database import Database
from app.settings import BACKUP_FOLDER, Settings

ICON_SIZE = 64
COPIED_FEEDBACK_MS = 2000
_ROWS = ("version", "database", "backend", "schema", "data", "logs", "backups", "components", "system")
_FOLDER_ROWS = ("data", "logs", "backups")


class AboutDialog(QDialog):
    """Non-modal by habit: the caller shows it with open() (or show()); nothing is returned."""

    def __init__(self, database: Database, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.info: SystemInfo = system_info(database)
        self.backup_folder = Path(settings.get(BACKUP_FOLDER) or self.info.default_backup_folder)

        self.icon_label = QLabel()
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.tagline_label = QLabel()
        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.tagline_label)
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in _ROWS:
            caption, value = QLabel(), QLabel()
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setOpenExternalLinks(key in _FOLDER_ROWS)  # a click opens the folder in the file manager
            self.captions[key], self.values[key] = caption, value
            self.form.addRow(caption, value)

        self.licence_label = QLabel()
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.setIcon(QIcon.fromTheme("edit-copy"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_FEEDBACK_MS)
        self._copied_timer.timeout.connect(self._retranslate_copy_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.licence_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    # -- what is shown ---------------------------------------------------------------------------------

    def _plain_values(self) -> dict[str, str]:
        info = self.info
        kind = self.tr("installed program") if info.bundled else self.tr("source checkout")
        backend = {"sqlite": self.tr("SQLite file on this workstation"),
                   "postgresql": self.tr("PostgreSQL server")}.get(info.database_backend, info.database_backend)
        return {
            "version": f"{info.version} ({kind})",
            "database": info.database_location,
            "backend": backend,
            "schema": info.schema_revision,
            "data": str(info.data_folder),
            "logs": str(info.log_folder),
            "backups": str(self.backup_folder),
            "components": f"Python {info.python_version}, Qt {qVersion()}, PySide6 {PySide6.__version__}, "
                          f"SQLAlchemy {info.sqlalchemy_version}",
            "system": info.operating_system,
        }

    def support_text(self) -> str:
        """What Copy puts on the clipboard: one "caption: value" line per row, then the licence."""
        values = self._plain_values()
        lines = [f"{APP_NAME} {self.info.version}"]
        lines += [f"{self.captions[key].text().rstrip(':：')}: {values[key]}" for key in _ROWS]
        return "\n".join(lines)

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.support_text())
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()

    def _retranslate_copy_button(self) -> None:
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy these details to the clipboard, to paste into a message to "
                                            "your support"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About WarrantyDesk"))
        self.title_label.setText(self.tr("WarrantyDesk 三包服务站"))
        self.tagline_label.setText(self.tr("Warranty service desk for farm-machinery dealers"))
        captions = {
            "version": self.tr("Version:"),
            "database": self.tr("Database:"),
            "backend": self.tr("Database type:"),
            "schema": self.tr("Schema version:"),
            "data": self.tr("Data folder:"),
            "logs": self.tr("Log folder:"),
            "backups": self.tr("Backup folder:"),
            "components": self.tr("Components:"),
            "system": self.tr("Operating system:"),
        }
        values = self._plain_values()
        for key in _ROWS:
            self.captions[key].setText(captions[key])
            if key in _FOLDER_ROWS:
                url = QUrl.fromLocalFile(values[key]).toString()
                self.values[key].setText(f'<a href="{html.escape(url)}">{html.escape(values[key])}</a>')
            else:
                self.values[key].setTextFormat(Qt.TextFormat.PlainText)
                self.values[key].setText(values[key])
        self.licence_label.setText(self.tr(
            "WarrantyDesk is proprietary software, licensed to the dealer who installed it. It includes Qt for "
            "Python (LGPL-3.0), the WenQuanYi Micro Hei font (Apache-2.0) and other open-source components under "
            "their own licences."))
        if not self._copied_timer.isActive():
            self._retranslate_copy_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
