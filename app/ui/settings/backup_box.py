"""Settings → Backups (folder, how many to keep, back up now, restore) and moving the database file.

Backups and the copy for a move run off the GUI thread. A restore is only checked here: the page emits
`restore_requested(Path)` and the main window closes the database, restores and reopens it. On PostgreSQL
the server's own tools back up, and this group says how instead of offering buttons that cannot work.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.services.backups import BackupInfo, backup_database, inspect_backup, postgres_advice
from app.services.database import Database
from app.services.setup import move_database, sqlite_file
from app.settings import BACKUP_FOLDER, BACKUP_KEEP, DATABASE_LOCATION, Settings
from app.ui.settings import common
from app.ui.tasks import Task, run_task


class BackupBox(QGroupBox):
    restore_requested = Signal(Path)  # a checked backup file the clerk confirmed

    def __init__(self, database: Database, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupBox")
        self._database, self._settings = database, settings
        self.task: Task | None = None
        self.confirm: QMessageBox | None = None
        self.folder_edit = QLineEdit(settings.get(BACKUP_FOLDER))
        self.folder_edit.setObjectName("backupFolder")
        self.folder_edit.setPlaceholderText(str(paths.backup_dir()))
        self.folder_edit.setMinimumWidth(200)
        self.folder_edit.editingFinished.connect(self.on_folder_edit_editing_finished)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("backupKeep")
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setValue(max(1, settings.get(BACKUP_KEEP)))
        self.keep_spin.setMinimumWidth(100)
        self.keep_spin.setMaximumWidth(140)
        self.keep_spin.valueChanged.connect(self.on_keep_spin_value_changed)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.on_backup_button_clicked)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.status = common.status_label()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.folder_label, self.keep_label = QLabel(), QLabel()
        self.folder_label.setBuddy(self.folder_edit)
        self.keep_label.setBuddy(self.keep_spin)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.keep_label, self.keep_spin)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.advice)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._on_server = sqlite_file(database) is None
        for widget in (self.folder_edit, self.browse_button, self.keep_spin, self.backup_button, self.restore_button):
            widget.setEnabled(not self._on_server)
        self.retranslate_ui()

    def folder(self) -> Path:
        return Path(self._settings.get(BACKUP_FOLDER) or paths.backup_dir())

    def on_folder_edit_editing_finished(self) -> None:
        self._settings.set(BACKUP_FOLDER, self.folder_edit.text().strip())

    def on_browse_button_clicked(self) -> None:
        folder = common.ask_folder(self, self.tr("Folder for the backups"), str(self.folder()))
        if folder:
            self.folder_edit.setText(folder)
            self.on_folder_edit_editing_finished()

    def on_keep_spin_value_changed(self, value: int) -> None:
        self._settings.set(BACKUP_KEEP, int(value))

    def on_backup_button_clicked(self) -> None:
        database, folder = self._database, self.folder()
        self.backup_button.setEnabled(False)
        common.say(self.status, self.tr("Writing the backup…"))
        self.task = run_task(lambda _report: backup_database(database, folder), on_done=self._backed_up,
                             on_error=self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        common.say(self.status, self.tr("Backup written and checked: {file} ({units} units, {claims} claims).")
                   .format(file=info.path, units=f"{info.units:,}", claims=f"{info.claims:,}"))

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(not self._on_server)
        self.restore_button.setEnabled(not self._on_server)
        common.say(self.status, str(error), error=True)

    def on_restore_button_clicked(self) -> None:
        path = common.ask_open_path(self, self.tr("Backup to restore"), self.tr("WarrantyDesk backups (*.sqlite3)"))
        if path:
            self.check_backup(Path(path))

    def check_backup(self, path: Path) -> None:
        """Check the file off the GUI thread, then ask before anything is replaced."""
        self.restore_button.setEnabled(False)
        common.say(self.status, self.tr("Checking {file}…").format(file=path.name))
        self.task = run_task(lambda _report: inspect_backup(path), on_done=self._ask_restore, on_error=self._failed)

    def _ask_restore(self, info: BackupInfo) -> None:
        self.restore_button.setEnabled(True)
        self.status.clear()
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore the backup?"),
            self.tr("{file} is intact and holds {units} units and {claims} claims.\n\nRestoring closes the database, "
                    "sets the current one aside (nothing is deleted) and puts the backup in its place. Work entered "
                    "since the backup was written will not be in it. Close WarrantyDesk on the other workstations "
                    "first.").format(file=info.path.name, units=f"{info.units:,}", claims=f"{info.claims:,}"),
            QMessageBox.StandardButton.Cancel, self)
        restore = self.confirm.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        restore.clicked.connect(lambda: self.restore_requested.emit(info.path))
        self.confirm.open()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.keep_label.setText(self.tr("Automatic backups to &keep:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("Res&tore…"))
        if self._on_server:
            self.advice.setText(self.tr("The database is on a PostgreSQL server, which the program does not back "
                                        "up itself. Ask whoever runs the server to do it:") + "\n"
                                + postgres_advice(self._database.url))
        else:
            self.advice.setText(self.tr("A checked copy is written when the program starts and once a day while it "
                                        "runs; the oldest beyond the number kept are removed."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MoveDatabaseButton(QPushButton):
    """"Move database…": copy the file safely to a new place, remember it for this workstation, restart."""

    moved = Signal(Path)

    def __init__(self, database: Database, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveDatabase")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a button, not a bar in the form
        self._database, self._settings = database, settings
        self.task: Task | None = None
        self.message: QMessageBox | None = None
        self.clicked.connect(self.on_clicked)
        self.setEnabled(sqlite_file(database) is not None)
        self.retranslate_ui()

    def on_clicked(self) -> None:
        current = sqlite_file(self._database)
        assert current is not None
        path = common.ask_save_path(self, self.tr("Move the database to"), current.name,
                                    self.tr("WarrantyDesk database (*.sqlite3)"))
        if path:
            self.move_to(Path(path))

    def move_to(self, target: Path) -> None:
        self.setEnabled(False)
        database = self._database
        self.task = run_task(lambda _report: move_database(database, target), on_done=self._moved,
                             on_error=self._failed)

    def _moved(self, info: BackupInfo) -> None:
        self._settings.set(DATABASE_LOCATION, str(info.path))
        self._settings.sync()
        self.message = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Database copied"),
            self.tr("The database was copied to {file} and checked. WarrantyDesk opens it from the next start.\n\n"
                    "Close WarrantyDesk now: what you enter before restarting goes into the old file only. The old "
                    "file stays where it was; remove it once the new place works.").format(file=info.path),
            QMessageBox.StandardButton.NoButton, self)
        close = self.message.addButton(self.tr("&Close WarrantyDesk"), QMessageBox.ButtonRole.AcceptRole)
        close.clicked.connect(lambda: self.window().close())
        self.message.open()
        self.moved.emit(info.path)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.message = common.show_problem(self, self.tr("Database not moved"), error)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Move database…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
