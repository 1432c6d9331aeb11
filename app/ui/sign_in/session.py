"""Who works in the open window once sign-in is on: the dialog at start, "Switch user…" and "Sign out".

A new user gets a new main window: the pages read the acting user's role as they are built (buttons a clerk
may not use are disabled), so rebuilding is simpler and safer than updating every page in place. With
sign-in off, `start` shows the window at once and the menu entries stay hidden: behaviour as before.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.domain.errors import WarrantyDeskError
from app.services import passwords
from app.services.database import Database
from app.services.setup import dealer_profile
from app.settings import USER_LOGIN, Settings
from app.ui.sign_in.dialog import SignInDialog

_CONTEXT = "SignIn"


class SessionMenu(QObject):
    """The File menu's "Switch user…" and "Sign out", shown only while sign-in is on."""

    switch_user_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, database: Database, menu: QMenu, *, before: QAction | None = None) -> None:
        super().__init__(menu)
        self._database = database
        self.switch_action, self.sign_out_action = QAction(menu), QAction(menu)
        self.switch_action.setObjectName("switchUser")
        self.sign_out_action.setObjectName("signOut")
        self.separator = QAction(menu)
        self.separator.setSeparator(True)
        menu.insertActions(before, [self.switch_action, self.sign_out_action, self.separator])
        self.switch_action.triggered.connect(self.switch_user_requested)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        menu.aboutToShow.connect(self.refresh)  # a manager may have turned sign-in on or off meanwhile
        self.retranslate()

    def retranslate(self) -> None:
        self.switch_action.setText(QCoreApplication.translate(_CONTEXT, "S&witch user…"))
        self.sign_out_action.setText(QCoreApplication.translate(_CONTEXT, "Sign &out"))
        self.refresh()

    def refresh(self) -> None:
        try:
            visible = passwords.sign_in_required(self._database)
        except WarrantyDeskError:
            visible = False
        for action in (self.switch_action, self.sign_out_action, self.separator):
            action.setVisible(visible)


class SignInSession(QObject):
    """Starts the app behind the sign-in dialog when sign-in is on, and replaces the window on a new sign-in.

    `make_window` builds and shows a main window (the caller's wiring: settings saved at quit, backups);
    `on_cancel` runs when nobody signs in (the app quits)."""

    def __init__(self, database: Database, settings: Settings, make_window: Callable[[], QMainWindow], *,
                 on_cancel: Callable[[], object]) -> None:
        super().__init__()
        self._database, self._settings = database, settings
        self._make_window, self._on_cancel = make_window, on_cancel
        self.window: QMainWindow | None = None
        self.dialog: SignInDialog | None = None

    def start(self) -> None:
        if passwords.sign_in_required(self._database):
            self.ask(switching=False)
        else:
            self._show_window()

    def ask(self, *, switching: bool) -> SignInDialog:
        """The sign-in dialog; on success the window (re)opens for the signed-in user."""
        try:
            profile = dealer_profile(self._database)
        except WarrantyDeskError:
            profile = None
        parent: QWidget | None = self.window if switching else None
        dialog = SignInDialog(self._sign_in, login="" if switching else self._settings.get(USER_LOGIN),
                              dealer=profile.name if profile else "", switching=switching, parent=parent)
        dialog.signed_in.connect(lambda _actor: self._show_window())
        if not switching:
            dialog.rejected.connect(self._on_cancel)
        self.dialog = dialog
        dialog.open()
        return dialog

    def switch_user(self) -> SignInDialog:
        return self.ask(switching=True)

    def sign_out(self) -> SignInDialog:
        """Nobody acts from now on; the window closes behind the dialog (which comes first, so the app
        does not quit with its last window)."""
        passwords.sign_out(self._database)
        dialog = self.ask(switching=False)
        self._close_window()
        return dialog

    def _sign_in(self, login: str, password: str):  # type: ignore[no-untyped-def]
        actor = passwords.sign_in(self._database, login, password)
        self._settings.set(USER_LOGIN, actor.login)  # offered at the next start
        self._database.user_login = actor.login
        return actor

    def _show_window(self) -> None:
        old = self.window
        self.window = self._make_window()
        menu = getattr(self.window, "session_menu", None)
        if isinstance(menu, SessionMenu):
            menu.switch_user_requested.connect(self.switch_user)
            menu.sign_out_requested.connect(self.sign_out)
        if old is not None and old is not self.window:
            self.window.restoreGeometry(old.saveGeometry())
            self._close(old)

    def _close_window(self) -> None:
        if self.window is not None:
            self._close(self.window)
            self.window = None

    @staticmethod
    def _close(window: QMainWindow) -> None:
        window.close()
        window.deleteLater()  # its timers (automatic backups) stop with it
