"""Restoring a backup from inside the app: the database is closed, the checked backup put in its place
(app.services.backups.restore_database keeps the replaced file aside), and the app closes, since every
open page shows what it loaded from the replaced database."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.errors import WarrantyDeskError
from app.services.backups import restore_database
from app.services.database import Database
from app.ui.backup_timer import AutomaticBackups
from app.ui.claims.common import show_message


def restore_and_close(parent: QWidget, database: Database, backups: AutomaticBackups,
                      path: Path) -> tuple[Path | None, QMessageBox]:
    """Returns where the replaced database was kept (None if nothing was restored) and the message shown;
    closing that message after a restore quits the app."""
    backups.timer.stop()
    if backups.task is not None:
        backups.task.wait(120000)  # an automatic backup being written finishes first
    target = Path(database.location)
    database.close()
    title = QCoreApplication.translate("Restoring", "Restore")
    try:
        aside = restore_database(target, path)
    except WarrantyDeskError as exc:
        refused = QCoreApplication.translate("Restoring", "Nothing was restored: {error}")
        return None, show_message(parent, title, refused.format(error=exc))
    text = QCoreApplication.translate(
        "Restoring", "{file} was restored. WarrantyDesk closes now; start it again to work on it.").format(
        file=path.name)
    if aside is not None:
        kept = QCoreApplication.translate("Restoring", "The database it replaced is kept as {file}.")
        text += "\n" + kept.format(file=aside)
    message = show_message(parent, title, text, warning=False)
    message.finished.connect(lambda _result: QApplication.quit())
    return aside, message
