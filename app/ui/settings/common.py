"""What the Settings groups share: file choosers tests can replace, error boxes that do not block, titles."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services.cards import acting_user
from app.services.database import Database

ERROR_STYLE = "color: #b71c1c;"
DONE_STYLE = "color: #1b5e20;"


def ask_open_path(parent: QWidget, caption: str, file_filter: str) -> str:
    """A file to read, or "" (tests replace this function)."""
    path, _chosen = QFileDialog.getOpenFileName(parent, caption, "", file_filter)
    return path


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    """A new file to write, or "" (tests replace this function)."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def ask_folder(parent: QWidget, caption: str, start: str) -> str:
    """A folder, or "" (tests replace this function)."""
    return QFileDialog.getExistingDirectory(parent, caption, start)


def show_problem(parent: QWidget, title: str, error: BaseException | str) -> QMessageBox:
    """A warning that does not block the event loop (open(), not exec())."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def show_done(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def current_actor(database: Database) -> Actor | None:
    try:
        return acting_user(database)
    except WarrantyDeskError:
        return None


def status_label() -> QLabel:
    """A line under a group's buttons saying what happened (saved, or what is wrong)."""
    label = QLabel()
    label.setWordWrap(True)
    return label


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
    label.setText(text)


def allowed_to_change(database: Database) -> bool:
    """Only a service manager changes dealer-wide settings; for anyone else the groups are read-only (the
    services refuse them anyway)."""
    actor = current_actor(database)
    return actor is not None and actor.is_manager
