"""Settings groups on a real database: dealer profile, users and roles, rules and return dates, template,
backups and restore, moving the database, data retention; a clerk sees them read-only."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.actors import SYSTEM
from app.domain.enums import Role
from app.services import shared_settings as keys
from app.services.batches import current_template
from app.services.demo import build_demo
from app.services.setup import DealerProfileData, NewUser, all_users, complete_first_run, create_user, dealer_profile
from app.services.users import list_users
from app.settings import BACKUP_FOLDER, BACKUP_KEEP, DATABASE_LOCATION
from app.ui.settings import common
from app.ui.settings.page import SettingsPage
from app.ui.settings.retention_box import RetentionBox
from tests.backends import sqlite_only


@pytest.fixture
def dealer(database):  # type: ignore[no-untyped-def]
    manager = complete_first_run(database, DealerProfileData("D3701", "丰收农机服务站", phone="0371-1"),
                                 NewUser("wang", "王力", Role.MANAGER))
    create_user(database, manager, NewUser("zhang", "张三", Role.CLERK))
    database.user_login = "wang"
    return database


_BACKENDS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def _page(qtbot, db, settings) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(language="en", database_location=db.location, backend_name=_BACKENDS[db.backend],
                        users=list_users(db),
                        user_login=db.user_login or "", database=db, settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def test_the_dealer_profile_is_changed_and_saved(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    box = page.dealer_box
    assert box.form.code_edit.text() == "D3701"
    box.form.phone_edit.setText("0371-6666 8888")
    box.save_button.click()
    saved = dealer_profile(dealer)
    assert saved is not None and saved.phone == "0371-6666 8888"
    assert "Saved" in box.status.text()
    box.form.code_edit.setText("")
    box.save_button.click()
    assert "dealer code is required" in box.status.text()
    box.undo_button.click()
    assert box.form.code_edit.text() == "D3701"


def test_users_are_added_and_offered_for_the_workstation(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    users = page.users_box
    assert users.table.rowCount() == 2
    users.add_button.click()
    dialog = users.dialog
    assert dialog is not None and dialog.isVisible()  # open(), never exec()
    dialog.login_edit.setText("li.si")
    dialog.name_edit.setText("李四")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.MANAGER.value))
    dialog.buttons.accepted.emit()
    assert sorted(u.login for u in all_users(dealer)) == ["li.si", "wang", "zhang"]
    assert users.table.rowCount() == 3 and "李四" in users.status.text()
    assert page.user_combo.findData("li.si") >= 0  # the workstation may now work as the new user


def test_the_last_manager_cannot_be_deactivated(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    users = page.users_box
    users.select_login("wang")
    assert users.active_button.isEnabled()
    users.active_button.click()
    assert "last active service manager" in users.status.text()
    assert all(u.active for u in all_users(dealer))
    # a clerk who left can be deactivated
    users.select_login("zhang")
    users.active_button.click()
    assert [u.active for u in all_users(dealer) if u.login == "zhang"] == [False]
    assert page.user_combo.findData("zhang") < 0


def test_rules_and_return_dates_are_checked_then_saved(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    rules = page.rules_box
    rules.spins[keys.CARD_DEADLINE_DAYS.key].setValue(25)
    rules.windows_edit.setText("06-31")
    rules.save_button.click()
    assert "not a return date" in rules.status.text()
    assert keys.get(dealer, keys.CARD_DEADLINE_DAYS) == 20  # nothing saved
    rules.windows_edit.setText("12-31, 6-30")
    rules.extend_check.setChecked(False)
    rules.save_button.click()
    assert keys.get(dealer, keys.CARD_DEADLINE_DAYS) == 25
    assert keys.get(dealer, keys.RETURN_WINDOWS) == "06-30,12-31"
    assert keys.get(dealer, keys.EXTEND_FOR_REPAIRS) is False
    assert rules.windows_edit.text() == "06-30,12-31"


def test_the_batch_template_is_chosen(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    box = page.template_box
    box.chooser.select("compact-en")
    box.use_button.click()
    assert current_template(dealer).name == box.current_label.text()
    assert "compact" in box.current_label.text()


def test_a_clerk_sees_the_dealer_wide_groups_read_only(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    dealer.user_login = "zhang"
    page = _page(qtbot, dealer, settings)
    assert not page.dealer_box.save_button.isEnabled() and page.dealer_box.form.code_edit.isReadOnly()
    assert not page.users_box.add_button.isEnabled()
    assert not page.rules_box.save_button.isEnabled()
    assert not page.template_box.use_button.isEnabled()
    # a workstation's backups are anyone's (a server's are its administrator's, not the app's)
    assert page.backup_box.backup_button.isEnabled() == (dealer.backend == "sqlite")
    # the manager sits down: the groups open up once the main window has stored the choice
    dealer.user_login = "wang"
    page.refresh_permissions()
    assert page.rules_box.save_button.isEnabled() and page.users_box.add_button.isEnabled()


@sqlite_only  # backups and moving are of the SQLite file; a server keeps its own
def test_backup_now_and_restore_request(qtbot, dealer, settings, english, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    box = page.backup_box
    folder = tmp_path / "backups"
    monkeypatch.setattr(common, "ask_folder", lambda *args: str(folder))
    box.browse_button.click()
    assert settings.get(BACKUP_FOLDER) == str(folder)
    box.keep_spin.setValue(7)
    assert settings.get(BACKUP_KEEP) == 7
    box.backup_button.click()
    qtbot.waitUntil(lambda: box.task is not None and not box.task.is_running())
    written = sorted(folder.glob("warrantydesk-*.sqlite3"))
    assert len(written) == 1 and "Backup written and checked" in box.status.text()
    # Restore…: the file is checked, the clerk confirms, the page asks the main window to restore
    monkeypatch.setattr(common, "ask_open_path", lambda *args: str(written[0]))
    box.restore_button.click()
    qtbot.waitUntil(lambda: box.confirm is not None and box.confirm.isVisible())
    restore = next(b for b in box.confirm.buttons()
                   if box.confirm.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(page.restore_requested) as requested:
        restore.click()
    assert requested.args == [written[0]]


@sqlite_only  # backups and moving are of the SQLite file; a server keeps its own
def test_a_damaged_backup_is_refused_before_asking(qtbot, dealer, settings, english, tmp_path):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    page.backup_box.check_backup(bad)
    qtbot.waitUntil(lambda: not page.backup_box.task.is_running())
    assert page.backup_box.confirm is None
    assert page.backup_box.status.text()


@sqlite_only  # backups and moving are of the SQLite file; a server keeps its own
def test_move_database_copies_and_remembers_the_new_place(qtbot, dealer, settings, english, tmp_path):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    target = tmp_path / "new-place" / "dealer.sqlite3"
    target.parent.mkdir()
    with qtbot.waitSignal(page.database_moved, timeout=10000) as moved:
        page.move_button.move_to(target)
    assert moved.args == [target.resolve()]
    assert settings.get(DATABASE_LOCATION) == str(target.resolve()) and target.is_file()
    assert page.move_button.message is not None and page.move_button.message.isVisible()
    page.move_button.message.close()


def test_data_retention_writes_an_archive(qtbot, database, english, tmp_path):  # type: ignore[no-untyped-def]
    build_demo(database, units=20, claims=80, seed=2, today=dt.date(2019, 6, 30))
    box = RetentionBox(database, today=dt.date(2026, 11, 27))
    qtbot.addWidget(box)
    assert box.before() == dt.date(2021, 11, 27)  # never younger than five years
    assert box.count() > 0 and box.archive_button.isEnabled()
    task = box.write_archive(Path(tmp_path / "archive.sqlite3"))
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30000)
    assert "Archive written" in box.status.text(), box.status.text()
    assert (tmp_path / "archive.sqlite3").is_file()


def test_without_a_database_the_page_is_as_before(qtbot, english):  # type: ignore[no-untyped-def]
    page = SettingsPage(language="en", database_location="x", backend_name="SQLite")
    qtbot.addWidget(page)
    assert page.groups == [] and not page.coming_label.isHidden()
    assert SYSTEM.is_manager


def test_seasons_open_the_reserve_plan_editor(qtbot, dealer, settings, english):  # type: ignore[no-untyped-def]
    page = _page(qtbot, dealer, settings)
    dialog = page.seasons_box.on_edit_button_clicked()
    assert dialog.isVisible()  # open(): the page stays usable behind it
    dialog.close()
