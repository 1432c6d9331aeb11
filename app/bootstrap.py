"""Wiring for the desktop app: QApplication, fonts, translators, the database, the main window."""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORG_NAME, __version__, i18n, paths
from app.domain.errors import WarrantyDeskError
from app.services.archive import database_archive_info, open_database
from app.services.database import Database
from app.services.setup import database_for_start
from app.settings import DATABASE_LOCATION, LANGUAGE, Settings
from app.ui import first_run
from app.ui.crash import CrashReporter
from app.ui.main_window import MainWindow
from app.ui.sign_in.session import SignInSession

EXIT_DATABASE_ERROR = 2
CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
CJK_FALLBACK_FAMILY = "WenQuanYi Micro Hei"
_ICON_NAMES = ("warrantydesk.svg", "warrantydesk.png")
_FONTS_PROPERTY = "warrantydesk_fonts"
_CANNOT_OPEN_TITLE = QT_TRANSLATE_NOOP("Bootstrap", "Cannot open the database")
# Milliseconds after the main window is shown to quit with exit code 0: a smoke test of a built bundle
# (tests/packaging) proves the window opens without anyone to close it. Unset in normal use.
QUIT_AFTER_ENV = "WARRANTYDESK_QUIT_AFTER_MS"

log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    """The one QApplication (reused when it already exists), with names, icon and a CJK-capable font.

    `argv` is the command line as QApplication takes it, program name first; it may be empty.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) or [APP_NAME])
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
    families: list[str] = app.property(_FONTS_PROPERTY) or []
    font_path = paths.resource(*CJK_FONT_FILE)
    if not families and font_path.is_file():
        font_id = QFontDatabase.addApplicationFont(str(font_path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            app.setProperty(_FONTS_PROPERTY, families)  # register once per application
    fallback = CJK_FALLBACK_FAMILY if CJK_FALLBACK_FAMILY in families else (families[0] if families else None)
    if fallback is None:
        return families
    # A generic alias such as "Sans Serif" would not match as a family in a list (the fallback
    # would then draw Latin text too), so put the real family it resolves to first.
    font = app.font()
    system_family = QFontInfo(font).family()
    if system_family != fallback and font.families() != [system_family, fallback]:
        font.setFamilies([system_family, fallback])
        app.setFont(font)
    # Widgets that name the system or fixed-pitch family themselves fall back to it as well.
    fixed_family = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()
    for family in (system_family, fixed_family):
        if family != fallback and fallback not in QFont.substitutes(family):
            QFont.insertSubstitution(family, fallback)
    return families


def create_main_window(database: Database, settings: Settings) -> MainWindow:
    """The main window on an open database, not yet shown; the caller runs the event loop."""
    return MainWindow(database, settings)


def run_gui(db: str | None, argv: list[str]) -> int:
    """Open the desktop app on `db` (None: the default database) and return the exit code.

    `argv` is the command line, program name first (see create_application). A database that
    cannot be opened is reported in a message box and gives exit code 2.
    """
    app = create_application(argv)
    reporter = CrashReporter(paths.log_dir).install()  # an unexpected error shows a message, not a dead window
    settings = Settings()
    i18n.install(app, i18n.choose_language(settings.get(LANGUAGE)))
    try:
        try:
            # The file chosen in Settings after a move, unless --db or $WARRANTYDESK_DB say otherwise; an
            # archive (app.services.archive) opens read-only.
            database = open_database(database_for_start(db, settings.get(DATABASE_LOCATION)))
        except WarrantyDeskError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("Bootstrap", _CANNOT_OPEN_TITLE), str(exc))
            return EXIT_DATABASE_ERROR
        try:
            windows: list[MainWindow] = []

            def show_main_window() -> MainWindow:
                window = create_main_window(database, settings)
                app.aboutToQuit.connect(window.save_settings)  # also when quitting does not close the window
                window.show()
                window.change_follow.start()  # other workstations' changes, and a server that goes away
                if database_archive_info(database) is None:  # an archive is read-only: nothing to back up
                    window.backups.start()  # at start when the last backup is a day old, then checked hourly
                windows.append(window)
                return window

            # A new database (no dealer, no users) gets the first-run wizard, then the main window; once a
            # manager has turned sign-in on, the sign-in dialog comes first.
            session = SignInSession(database, settings, show_main_window, on_cancel=app.quit)
            wizard = first_run.start(database, settings, session.start, on_cancel=app.quit)  # noqa: F841
            _quit_after_from_environment(app)
            return app.exec()
        finally:
            database.close()
    finally:
        reporter.uninstall()
        i18n.remove(app)  # leave a reused application as it was found


def _quit_after_from_environment(app: QApplication) -> None:
    """Quit (exit code 0) $WARRANTYDESK_QUIT_AFTER_MS milliseconds after the window is shown, when it is set."""
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not value:
        return
    try:
        delay = max(0, int(value))
    except ValueError:
        log.warning("ignoring %s=%r: not a number of milliseconds", QUIT_AFTER_ENV, value)
        return
    log.info("quitting %d ms after the window was shown (%s)", delay, QUIT_AFTER_ENV)
    QTimer.singleShot(delay, app.quit)
