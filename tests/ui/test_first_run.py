"""The first-run wizard: a new database is set up (language, dealer profile, template, first user) or filled
with the demo dealer, and the main window then opens on the Dashboard."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app import bootstrap, i18n
from app.domain.enums import Role
from app.services import demo
from app.services.batches import current_template
from app.services.setup import all_users, dealer_profile, is_first_run
from app.settings import LANGUAGE, USER_LOGIN, WINDOW_SECTION
from app.ui import first_run
from app.ui.first_run.pages import PAGE_DEMO, PAGE_PROFILE, PAGE_TEMPLATE, PAGE_USER, PAGE_WELCOME
from app.ui.first_run.wizard import FirstRunWizard
from app.ui.main_window import MainWindow
from app.ui.settings import common


@pytest.fixture
def started(qtbot, database, settings, english):  # type: ignore[no-untyped-def]
    """The wizard as run_gui starts it, with the main windows it opens collected."""
    windows: list[MainWindow] = []
    cancelled: list[bool] = []

    def show_main() -> None:
        window = bootstrap.create_main_window(database, settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)

    wizard = first_run.start(database, settings, show_main, on_cancel=lambda: cancelled.append(True))
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    return wizard, windows, cancelled


def test_the_wizard_sets_up_the_dealer_and_opens_the_dashboard(qtbot, started, database, settings,
                                                               monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    wizard, windows, _cancelled = started
    settings.set(WINDOW_SECTION, "claims")  # what an earlier database left: the first run still opens the Dashboard
    # GIVEN the welcome page: the language is chosen first
    assert wizard.currentId() == PAGE_WELCOME
    wizard.welcome_page.language_combo.setCurrentIndex(wizard.welcome_page.language_combo.findData("en"))
    assert settings.get(LANGUAGE) == "en"
    wizard.next()
    # WHEN the profile is left empty, the page says what is missing and stays
    assert wizard.currentId() == PAGE_PROFILE
    wizard.next()
    assert wizard.currentId() == PAGE_PROFILE
    assert "dealer code is required" in wizard.profile_page.problem.text()
    form = wizard.profile_page.form
    qtbot.keyClicks(form.code_edit, "d3701")
    form.name_edit.setText("济南鲁丰农机销售服务有限公司")  # CJK through setText
    form.address_edit.setText("山东省济南市历城区工业北路 188 号")
    qtbot.keyClicks(form.phone_edit, "0531-8860 2218")
    qtbot.keyClicks(form.hotline_edit, "400-660-3701")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 90, 160)).save(logo)
    monkeypatch.setattr(common, "ask_open_path", lambda *args: str(logo))
    qtbot.mouseClick(form.logo_button, Qt.MouseButton.LeftButton)
    assert form.logo_preview.pixmap() is not None and not form.logo_preview.pixmap().isNull()
    wizard.next()
    # the manufacturer's template
    assert wizard.currentId() == PAGE_TEMPLATE
    chooser = wizard.template_page.chooser
    chooser.select("compact-en")
    wizard.next()
    # the first user, a service manager
    assert wizard.currentId() == PAGE_USER
    wizard.user_page.name_edit.setText("王力")
    qtbot.keyClicks(wizard.user_page.login_edit, "Wang.Li")
    assert wizard.user_page.role_combo.currentData() == Role.MANAGER.value
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # THEN everything is saved and the main window is on the Dashboard
    qtbot.waitUntil(lambda: bool(windows))
    assert not wizard.isVisible()
    profile = dealer_profile(database)
    assert profile is not None
    assert (profile.dealer_code, profile.name) == ("D3701", "济南鲁丰农机销售服务有限公司")
    assert profile.hotline == "400-660-3701"
    assert profile.logo_png and profile.logo_png.startswith(b"\x89PNG")
    users = all_users(database)
    assert [(u.login, u.name, u.role) for u in users] == [("wang.li", "王力", Role.MANAGER)]
    assert settings.get(USER_LOGIN) == "wang.li"
    assert current_template(database).name.startswith("Example: a manufacturer's compact")
    window = windows[0]
    assert window.isVisible() and window.current_section() == "dashboard"
    assert not is_first_run(database)


def test_the_language_switches_the_wizard_at_once(qtbot, started, qapp, settings):  # type: ignore[no-untyped-def]
    wizard, _windows, _cancelled = started
    combo = wizard.welcome_page.language_combo
    combo.setCurrentIndex(combo.findData("zh_CN"))
    try:
        assert i18n.current_language(qapp) == "zh_CN"
        assert settings.get(LANGUAGE) == "zh_CN"
        # every page re-translates on LanguageChange, the pages not shown yet too
        qtbot.waitUntil(lambda: wizard.user_page.role_combo.itemText(0) == "服务经理")
    finally:
        combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: wizard.user_page.role_combo.itemText(0) == "Service manager")


def test_the_wrong_login_keeps_the_wizard_open(qtbot, started, database):  # type: ignore[no-untyped-def]
    wizard, windows, _cancelled = started
    wizard.next()
    wizard.profile_page.form.code_edit.setText("D1")
    wizard.profile_page.form.name_edit.setText("丰收农机")
    wizard.next()
    wizard.next()
    wizard.user_page.name_edit.setText("王力")
    wizard.user_page.login_edit.setText("王力")  # not a login
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == PAGE_USER
    assert "may hold only" in wizard.user_page.problem.text()
    assert not windows and is_first_run(database)


def test_the_demo_dealer_instead(qtbot, started, database):  # type: ignore[no-untyped-def]
    wizard, windows, _cancelled = started
    wizard.demo_size = (20, 60)
    wizard.welcome_page.demo_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DEMO
    assert wizard.building and wizard.task is not None
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # closing while the demo is written is ignored
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.building, timeout=60000)
    assert wizard.demo_page.done and finish.isEnabled(), wizard.demo_page.problem.text()
    finish.click()
    qtbot.waitUntil(lambda: bool(windows))
    assert windows[0].current_section() == "dashboard"
    assert not demo.is_empty(database) and not is_first_run(database)


def test_cancelling_saves_nothing(qtbot, started, database):  # type: ignore[no-untyped-def]
    wizard, windows, cancelled = started
    wizard.reject()
    assert cancelled == [True] and not windows
    assert is_first_run(database)


def test_a_database_in_use_opens_the_main_window_at_once(qtbot, database, settings, english):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import seed

    seed(database, dt.date.today())
    shown: list[bool] = []
    assert first_run.start(database, settings, lambda: shown.append(True)) is None
    assert shown == [True]


def test_run_gui_shows_the_wizard_on_a_new_database(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    seen: list[list[str]] = []

    def fake_exec() -> int:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.append([type(w).__name__ for w in visible])
        for widget in visible:
            widget.hide()
            widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert bootstrap.run_gui(f"sqlite:///{tmp_path / 'new.sqlite3'}", []) == 0
    assert seen == [["FirstRunWizard"]]


def test_run_gui_opens_an_archive_read_only(qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from app.domain.actors import SYSTEM
    from app.services import archive
    from app.services.database import Database

    working = Database.open(f"sqlite:///{tmp_path / 'dealer.sqlite3'}")
    try:
        demo.build_demo(working, units=20, claims=80, seed=2, today=dt.date(2019, 6, 30))
        result = archive.archive_claims(working, SYSTEM, dt.date(2019, 3, 1), tmp_path / "archive.sqlite3")
    finally:
        working.close()
    before = Path(result.path).read_bytes()
    seen: list[tuple[str, bool]] = []

    def fake_exec() -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append((widget.current_section(), widget.backups.timer.isActive()))
                widget.hide()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert bootstrap.run_gui(f"sqlite:///{result.path}", []) == 0
    assert len(seen) == 1 and seen[0][1] is False  # the main window, and no backups of an archive
    assert Path(result.path).read_bytes() == before  # opened without a single change
