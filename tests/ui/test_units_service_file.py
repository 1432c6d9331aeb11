"""A unit's service file on screen: a card going late, the manager's override, the card actions, the
printed card and the history newest first."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.actors import Actor
from app.ui.units import texts
from app.ui.units.page import UnitsPage
from app.ui.units.service_file import ServiceFileDialog
from tests.services.test_units import TODAY, clerk_of, manager_of, seed_units
from tests.services.test_warranty import seed_history


class Clock:
    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


@pytest.fixture
def seeded(database):  # type: ignore[no-untyped-def]
    return database, seed_units(database)


def _dialog(qtbot, database, unit_id: int, clock: Clock, actor: Actor) -> ServiceFileDialog:  # type: ignore[no-untyped-def]
    dialog = ServiceFileDialog(database, unit_id, today=clock, actor=lambda: actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_card_going_late_and_the_manager_override(qtbot, seeded, english) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    clock = Clock(TODAY)
    # GIVEN unit u2, sold 30 May, its card due 19 June and not sent, seen on 15 June
    dialog = _dialog(qtbot, database, ids["u2"], clock, manager_of(ids))
    assert dialog.card_state_label.text() == "Due"
    # 29 May 2027, the period's last day, is a Saturday: it ends on Monday 31 May (the holiday rule)
    assert dialog.verdict_label.text() == "In warranty until 2027-05-31 or 1,500 h"
    assert not dialog.override_button.isEnabled()  # nothing to override yet
    # WHEN the due date passes
    clock.today = dt.date(2026, 6, 20)
    dialog.reload()
    # THEN the card is late and warranty service is not recognised, in red
    assert dialog.card_state_label.text() == "Late  ·  warranty not recognised"
    assert dialog.verdict_label.text().startswith("Warranty not recognised: the registration card is late.")
    assert texts.RED.name() in dialog.verdict_label.styleSheet()
    # AND the units list shows it in red
    page = UnitsPage(database, today=clock, actor=lambda: manager_of(ids))
    qtbot.addWidget(page)
    page.search("LF50426000002")
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == texts.RED
    assert page.model.index(0, 7).data() == "Not recognised (card late)"
    # WHEN the service manager records an override with a reason
    assert dialog.override_button.isEnabled()
    qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)
    reasons = dialog.override_dialog
    assert reasons is not None and reasons.isVisible()
    ok = reasons.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no override
    reasons.reason_field.setPlainText("厂家区域经理电话同意")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # THEN warranty service is recognised again and the override is on the file
    assert dialog.card_state_label.text() == "Late  ·  warranty recognised by override"
    assert dialog.verdict_label.text() == "In warranty until 2027-05-31 or 1,500 h"
    assert dialog.override_value.text().startswith("厂家区域经理电话同意 — 孙伟, ")
    assert dialog.message_label.text() == "Override recorded: warranty service is recognised again."
    assert not dialog.override_button.isEnabled()


def test_a_clerk_cannot_override(qtbot, seeded, english) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    dialog = _dialog(qtbot, database, ids["u3"], Clock(TODAY), clerk_of(ids))
    assert dialog.card_state_label.text() == "Late  ·  warranty not recognised"
    assert not dialog.override_button.isEnabled()
    assert dialog.override_button.toolTip() == "Only a service manager can do this"
    # the service refuses too, should the button be reached some other way
    assert not dialog.record_override("无理由")
    assert "needs the service manager role" in dialog.message_label.text()


def test_marking_the_card_sent_and_acknowledged(qtbot, seeded, english) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    dialog = _dialog(qtbot, database, ids["u2"], Clock(TODAY), clerk_of(ids))
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    assert dialog.sent_button.isEnabled() and not dialog.ack_button.isEnabled()
    dialog.action_date.setDate(dialog.action_date.date().addDays(-1))
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert dialog.card_state_label.text() == "Sent"
    assert dialog.sent_value.text() == "2026-06-14"
    assert not dialog.sent_button.isEnabled() and dialog.ack_button.isEnabled()
    qtbot.mouseClick(dialog.ack_button, Qt.MouseButton.LeftButton)
    assert dialog.card_state_label.text() == "Acknowledged by head office"
    assert dialog.ack_value.text() == "2026-06-15"
    assert changed == [True, True]


def test_printing_the_card(qtbot, seeded, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    dialog = _dialog(qtbot, database, ids["u1"], Clock(TODAY), clerk_of(ids))
    path = dialog.print_card(tmp_path / "card.pdf")
    assert path is not None and path.is_file()
    assert dialog.message_label.text() == f"Registration card saved to {tmp_path / 'card.pdf'}."
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "三包回执卡" in text and "LF50426000001" in text and "王建国" in text
    # a folder that cannot be written is a message, not a crash
    assert dialog.print_card(tmp_path / "missing" / "card.pdf") is None
    assert "cannot write" in dialog.message_label.text()


def test_the_history_newest_first_in_chinese(qtbot, seeded, chinese) -> None:  # type: ignore[no-untyped-def]
    database, ids = seeded
    seed_history(database, ids)
    dialog = _dialog(qtbot, database, ids["u1"], Clock(TODAY), clerk_of(ids))
    table = dialog.timeline
    assert table.rowCount() == 7
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        "2026-06-12", "2026-06-10", "2026-06-05", "2026-05-27", "2026-05-27", "2026-05-25", "2026-05-20"]
    assert table.item(0, 5).text() == "150.00"
    assert table.item(3, 3).text() == "喷油泵"
    assert table.item(3, 6).text() == "BP1234 → BP5678 (SB2026-000002)"
    assert table.item(1, 4).text() == "已作废"  # the cancelled claim, labelled in Chinese
    assert dialog.extension_value.text() != ""
