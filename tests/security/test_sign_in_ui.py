"""The sign-in dialog, the session that opens and replaces the main window, and the Settings switch."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from app.domain import passwords as hashing
from app.services import passwords
from app.services.cards import acting_user
from app.settings import USER_LOGIN, Settings
from app.ui.settings.users_box import COL_PASSWORD, UsersBox
from app.ui.sign_in.dialog import SignInDialog
from app.ui.sign_in.session import SessionMenu, SignInSession


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def signing_in(database, staff, monkeypatch):  # type: ignore[no-untyped-def]
    """Sign-in turned on, both users with a password (cheap scrypt parameters: the UI is what is tested)."""
    monkeypatch.setattr(hashing, "N", 2**10)
    passwords.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    passwords.set_password(database, staff.manager, staff.clerk.user_id, "clerk-pass")
    passwords.set_sign_in_required(database, staff.manager, True)
    passwords.sign_out(database)
    return database


def test_the_dialog_says_what_is_wrong_and_signs_in(qtbot, signing_in) -> None:  # type: ignore[no-untyped-def]
    signed = []
    dialog = SignInDialog(lambda login, pw: passwords.sign_in(signing_in, login, pw), login="li.na")
    qtbot.addWidget(dialog)
    dialog.signed_in.connect(signed.append)
    dialog.open()
    dialog.password_edit.setText("wrong-pass")
    dialog.sign_in_button.click()
    assert dialog.problem.text() == "Wrong login or password."
    assert dialog.password_edit.text() == "" and not dialog.sign_in_button.isEnabled()  # a short pause
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=3000)
    dialog.password_edit.setText("clerk-pass")
    dialog.sign_in_button.click()
    assert [a.login for a in signed] == ["li.na"] and not dialog.isVisible()
    assert acting_user(signing_in).login == "li.na"


def test_an_empty_field_is_asked_for(qtbot, signing_in) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(lambda login, pw: pytest.fail("not attempted"))
    qtbot.addWidget(dialog)
    dialog.sign_in_button.click()
    assert "login and your password" in dialog.problem.text()


def test_the_session_opens_the_window_only_after_sign_in(qtbot, signing_in, settings) -> None:  # type: ignore[no-untyped-def]
    windows: list[QMainWindow] = []
    quit_calls: list[bool] = []

    def make_window() -> QMainWindow:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    session = SignInSession(signing_in, settings, make_window, on_cancel=lambda: quit_calls.append(True))
    session.start()
    assert windows == [] and session.dialog is not None and session.dialog.isVisible()
    session.dialog.login_edit.setText("zhang.wei")
    session.dialog.password_edit.setText("manager-pass")
    session.dialog.sign_in_button.click()
    assert len(windows) == 1 and settings.get(USER_LOGIN) == "zhang.wei"
    # Switch user: the clerk signs in, a new window replaces the manager's.
    dialog = session.switch_user()
    dialog.login_edit.setText("li.na")
    dialog.password_edit.setText("clerk-pass")
    dialog.sign_in_button.click()
    assert len(windows) == 2 and session.window is windows[1] and acting_user(signing_in).login == "li.na"
    # Sign out: nobody acts, the window goes, the dialog asks again; cancelling it quits.
    dialog = session.sign_out()
    assert session.window is None and passwords.signed_in_login(signing_in) is None
    assert dialog.login_edit.text() == "li.na"  # remembered for this workstation
    dialog.reject()
    assert quit_calls == [True]


def test_with_sign_in_off_the_window_opens_at_once(qtbot, database, staff, settings) -> None:  # type: ignore[no-untyped-def]
    made: list[QMainWindow] = []
    session = SignInSession(database, settings, lambda: made.append(QMainWindow()) or made[-1],
                            on_cancel=lambda: pytest.fail("no dialog"))
    session.start()
    assert len(made) == 1 and session.dialog is None


def test_the_menu_entries_show_only_with_sign_in_on(qtbot, database, staff, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("File")
    session_menu = SessionMenu(database, menu)
    assert not session_menu.switch_action.isVisible() and not session_menu.sign_out_action.isVisible()
    monkeypatch.setattr(hashing, "N", 2**10)
    passwords.set_password(database, staff.manager, staff.manager.user_id, "manager-pass")
    passwords.set_sign_in_required(database, staff.manager, True)
    session_menu.refresh()
    assert session_menu.switch_action.isVisible() and session_menu.sign_out_action.isVisible()


def test_users_box_sets_passwords_and_turns_sign_in_on(qtbot, database, staff, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(hashing, "N", 2**10)
    database.user_login = "zhang.wei"  # the manager works at this workstation
    box = UsersBox(database)
    qtbot.addWidget(box)
    assert box.table.item(0, COL_PASSWORD).text() == "None"
    # Turning sign-in on before having a password is refused and the switch springs back.
    box.sign_in_switch.check.setChecked(True)
    assert not box.sign_in_switch.check.isChecked() and "own password first" in box.sign_in_switch.note.text()
    box.select_login("zhang.wei")
    box.password_button.click()
    dialog = box.password_dialog
    assert dialog is not None and not dialog.ask_old  # no password yet: nothing old to give
    dialog.new_edit.setText("manager-pass")
    dialog.repeat_edit.setText("manager-pas")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.problem.text()
    dialog.repeat_edit.setText("manager-pass")
    dialog.buttons.accepted.emit()
    assert "is saved" in box.status.text()
    box.sign_in_switch.check.setChecked(True)
    assert passwords.sign_in_required(database)
    assert "李娜" in box.sign_in_switch.note.text()  # who cannot sign in yet
    box.select_login("zhang.wei")
    box.password_button.click()
    assert box.password_dialog is not None and box.password_dialog.ask_old  # now the old one is needed


def test_the_main_window_acts_as_the_signed_in_user(qtbot, signing_in, settings) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    settings.set(USER_LOGIN, "zhang.wei")  # what the workstation chose before sign-in was turned on
    passwords.sign_in(signing_in, "li.na", "clerk-pass")
    window = MainWindow(signing_in, settings)
    qtbot.addWidget(window)
    assert "李娜" in window.user_label.text()
    assert window.session_menu.switch_action.isVisible() and window.session_menu.sign_out_action.isVisible()
    assert not window.page("settings").user_combo.isEnabled()  # the signed-in user acts, not the chosen one
