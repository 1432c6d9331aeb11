"""Wiring for the desktop app: QApplication, fonts, translators, the database, the main window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORG_NAME, __version__, i18n, paths
from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.settings import LANGUAGE, Settings
from app.ui.main_window import MainWindow

EXIT_DATABASE_ERROR = 2
CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
CJK_FALLBACK_FAMILY = "WenQuanYi Micro Hei"
_ICON_NAMES = ("warrantydesk.svg", "warrantydesk.png")
_CANNOT_OPEN_TITLE = QT_TRANSLATE_NOOP("Bootstrap", "Cannot open the database")


def create_application(argv: list[str]) -> QApplication:
    """The one QApplication (reused when it already exists), with names, icon and a CJK-capable font."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    for name in _ICON_NAMES:
        icon_path = paths.resource("icons", name)
        if icon_path.is_file():
            app.setWindowIcon(QIcon(str(icon_path)))
            break
    register_fonts(app)
    return app


def register_fonts(app: QApplication) -> list[str]:
    """Register the shipped CJK font and put it behind the system font, so Chinese never shows as boxes.

    The system font keeps drawing Latin text; characters it lacks fall back to the shipped font.
    Returns the families the shipped font added (empty when the file is missing or unreadable).
    """
    font_path = paths.resource(*CJK_FONT_FILE)
    families: list[str] = []
    if font_path.is_file():
        font_id = QFontDatabase.addApplicationFont(str(font_path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
    fallback = CJK_FALLBACK_FAMILY if CJK_FALLBACK_FAMILY in families else (families[0] if families else None)
    if fallback is None:
        return families
    font = app.font()
    current = font.families() or [font.family()]
    if fallback not in current:
        font.setFamilies([*current, fallback])
        app.setFont(font)
    # Widgets that ask for a family by name (or the generic ones) fall back to it as well.
    for family in {*current, "Sans Serif", "SansSerif", "Helvetica", "Arial"}:
        if fallback not in QFont.substitutes(family):
            QFont.insertSubstitution(family, fallback)
    return families


def create_main_window(database: Database, settings: Settings) -> MainWindow:
    """The main window on an open database, not yet shown; the caller runs the event loop."""
    return MainWindow(database, settings)


def run_gui(db: str | None, argv: list[str]) -> int:
    """Open the desktop app on `db` (None: the default database) and return the exit code."""
    app = create_application(argv)
    settings = Settings()
    i18n.install(app, i18n.choose_language(settings.get(LANGUAGE)))
    try:
        try:
            database = Database.open(db)
        except WarrantyDeskError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("Bootstrap", _CANNOT_OPEN_TITLE), str(exc))
            return EXIT_DATABASE_ERROR
        try:
            window = create_main_window(database, settings)
            window.show()
            return app.exec()
        finally:
            database.close()
    finally:
        i18n.remove(app)  # leave a reused application as it was found
