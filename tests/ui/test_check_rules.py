"""The claim checks table in Settings: a manager adjusts a check; a clerk's change is refused."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QMessageBox

from app.db.models import User
from app.domain.checks import RULES, Severity
from app.domain.enums import Role
from app.services.claims import list_rule_settings
from app.ui.settings.check_rules import CheckRulesBox


def _users(database) -> None:  # type: ignore[no-untyped-def]
    with database.sessions.begin() as s:
        s.add_all([User(login="liuyan", display_name="刘燕", role=Role.CLERK),
                   User(login="sunwei", display_name="孙伟", role=Role.MANAGER)])


def _row(code: str) -> int:
    return list(RULES).index(code)


def test_a_manager_adjusts_checks(qtbot, database, english):  # type: ignore[no-untyped-def]
    _users(database)
    database.user_login = "sunwei"
    box = CheckRulesBox(database)
    qtbot.addWidget(box)
    assert box.table.rowCount() == len(RULES)
    assert box.table.item(_row("DUPLICATE_CLAIM"), 0).text().startswith("Same unit and causal part")
    # WHEN the manager makes a missing signature a warning and widens the duplicate window to 45 days
    severity = box._severity(_row("SIGNATURE_MISSING"))
    severity.setCurrentIndex(severity.findData("warning"))
    box._threshold(_row("DUPLICATE_CLAIM")).setValue(45)
    box._checkbox(_row("EXCLUDED_CAUSE")).setChecked(False)
    assert set(box.edited()) == {"SIGNATURE_MISSING", "DUPLICATE_CLAIM", "EXCLUDED_CAUSE"}
    box.save_button.click()
    # THEN the checks run with those settings
    saved = list_rule_settings(database)
    assert saved["SIGNATURE_MISSING"].severity == Severity.WARNING
    assert saved["DUPLICATE_CLAIM"].threshold == Decimal(45)
    assert not saved["EXCLUDED_CAUSE"].enabled
    assert box.edited() == {}
    assert box._threshold(_row("SIGNATURE_MISSING")) is None  # a check without a threshold has no box


def test_a_clerks_change_is_refused(qtbot, database, english, monkeypatch):  # type: ignore[no-untyped-def]
    _users(database)
    database.user_login = "liuyan"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    box = CheckRulesBox(database)
    qtbot.addWidget(box)
    box._checkbox(_row("PHOTOS_MISSING")).setChecked(False)
    box.save_button.click()
    assert shown and "service manager" in shown[0]
    assert list_rule_settings(database)["PHOTOS_MISSING"].enabled
