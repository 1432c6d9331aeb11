"""Help > About: version, database and folders on show, and Copy puts them on the clipboard for support."""
from __future__ import annotations

import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app import __version__, paths
from app.db import migrate
from app.services.about import system_info
from app.settings import BACKUP_FOLDER
from app.ui.about import AboutDialog


def _value(dialog: AboutDialog, key: str) -> str:
    return dialog.findChild(QLabel, f"about_{key}").text()


def test_system_info_describes_the_open_database(database):
    info = system_info(database)

    assert info.version == __version__
    assert info.database_backend == database.backend
    assert info.database_location == database.location
    assert info.schema_revision == migrate.head_revision()
    assert info.log_folder == paths.log_dir()
    assert info.default_backup_folder == paths.backup_dir()
    assert info.sqlalchemy_version == sqlalchemy.__version__
    assert info.python_version == platform.python_version()
    assert info.bundled is False  # the tests run from a checkout


def test_about_shows_version_database_folders_and_components(qtbot, english, database, settings):
    dialog = AboutDialog(database, settings)
    qtbot.addWidget(dialog)
    dialog.open()

    assert dialog.windowTitle() == "About WarrantyDesk"
    assert dialog.isVisible()
    assert _value(dialog, "version") == f"{__version__} (source checkout)"
    assert _value(dialog, "database") == database.location
    assert _value(dialog, "backend") == {"sqlite": "SQLite file on this workstation",
                                         "postgresql": "PostgreSQL server"}[database.backend]
    assert _value(dialog, "schema") == migrate.head_revision()
    components = _value(dialog, "components")
    for part in (f"Python {platform.python_version()}", f"PySide6 {PySide6.__version__}",
                 f"SQLAlchemy {sqlalchemy.__version__}"):
        assert part in components
    # Folders are links that open the file manager.
    logs = dialog.findChild(QLabel, "about_logs")
    assert QUrl.fromLocalFile(str(paths.log_dir())).toString() in logs.text()
    assert logs.openExternalLinks()
    assert "LGPL" in dialog.findChild(QLabel, "aboutLicence").text()


def test_backup_folder_follows_the_workstation_setting(qtbot, english, database, settings, tmp_path):
    # GIVEN a workstation that keeps its backups on a second disk
    chosen = tmp_path / "second-disk" / "backups"
    settings.set(BACKUP_FOLDER, str(chosen))
    # WHEN the About dialog opens
    dialog = AboutDialog(database, settings)
    qtbot.addWidget(dialog)
    # THEN it shows that folder, not the default one
    assert str(chosen) in _value(dialog, "backups")
    assert str(paths.backup_dir()) not in _value(dialog, "backups")


def test_copy_puts_the_details_on_the_clipboard(qtbot, english, database, settings):
    dialog = AboutDialog(database, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    copy = dialog.findChild(QPushButton, "aboutCopy")

    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)

    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == f"WarrantyDesk {__version__}"
    assert f"Database: {database.location}" in lines
    assert f"Log folder: {paths.log_dir()}" in lines
    assert any(line.startswith("Components: Python ") for line in lines)
    assert copy.text() == "Copied"
    qtbot.waitUntil(lambda: copy.text() == "&Copy", timeout=5000)



def test_the_help_menu_opens_about(qtbot, english, database, settings):  # type: ignore[no-untyped-def]
    from app import bootstrap

    window = bootstrap.create_main_window(database, settings)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert window.about_dialog is not None and window.about_dialog.isVisible()
    window.about_dialog.close()
