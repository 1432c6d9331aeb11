"""The Service log section driven like a clerk would: a new entry through the dialog (a scanned serial,
Chinese text), its steps, turning it into a claim, overdue rows standing out, follow-up calls."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import FollowUp, ServiceLogEntry, WarrantyClaim
from app.domain.enums import ClaimStatus, ServiceChannel, ServiceEntryStatus
from app.services.service_log import EntryInput, create_entry
from app.ui.service_log import actions
from app.ui.service_log.entry_dialog import NewEntryDialog
from app.ui.service_log.entry_list import RED_ROW
from app.ui.service_log.page import ServiceLogPage
from app.ui.service_log.step_dialogs import ArrangeDialog, CloseDialog, FollowUpDialog
from tests.services.service_log_data import CLERK, NOW, at, build


@pytest.fixture
def dealer(database):  # type: ignore[no-untyped-def]
    return build(database)


@pytest.fixture
def page(qtbot, database, dealer, english):  # type: ignore[no-untyped-def]
    widget = ServiceLogPage(database, actor=CLERK, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def told(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Messages the actions would show, captured instead of opening a message box."""
    shown: list[str] = []
    monkeypatch.setattr(actions, "show_info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(actions, "show_error", lambda parent, title, error: shown.append(str(error)))
    return shown


def _entry(db, dealer, hours_ago: float = 0.5, unit: bool = True) -> int:  # type: ignore[no-untyped-def]
    return create_entry(db, CLERK, EntryInput(ServiceChannel.PHONE, at(hours_ago), "发动机冒黑烟",
                                              unit_id=dealer.unit_wang if unit else None,
                                              customer_id=None if unit else dealer.li), now=NOW).id


def _select_first(page) -> None:  # type: ignore[no-untyped-def]
    page.entries.refresh()
    page.entries.table.setCurrentIndex(page.entries.model.index(0, 0))


def test_a_new_entry_is_logged_through_the_dialog(qtbot, page, database, dealer) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the Service log section; WHEN the clerk presses Ctrl+N
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.entries.entry_actions.dialog
    assert isinstance(dialog, NewEntryDialog) and dialog.isVisible()
    assert dialog.received_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-10 10:00"
    # AND scans a serial (a wedge scanner types it, full-width from the IME, and presses Enter)
    dialog.set_channel(ServiceChannel.HEAD_OFFICE)
    dialog.find_edit.setText("ｌｘ９０４－０００２")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the search box searched; it did not save
    assert dialog.chosen_unit is not None and dialog.chosen_unit.serial_no == "LX904-0002"
    assert "李秀英" in dialog.chosen_label.text()
    assert dialog.focusWidget() is dialog.problem_edit  # on to the problem
    # Saving without a problem is refused in the dialog, which stays open
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "describe the problem" in dialog.error_label.text()
    dialog.problem_edit.setPlainText("厂家转来：收割机割台不转，有异响")
    dialog.caller_name_edit.setText("李秀英")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    # THEN the entry is saved, listed first and selected
    assert not dialog.isVisible()
    with database.sessions() as s:
        entry = s.scalars(select(ServiceLogEntry)).one()
        assert (entry.channel, entry.unit_id, entry.customer_id, entry.caller_name) == (
            ServiceChannel.HEAD_OFFICE, dealer.unit_li, dealer.li, "李秀英")
        assert entry.problem == "厂家转来：收割机割台不转，有异响"
    assert page.entries.model.total() == 1
    assert page.entries.selected_id() == entry.id
    assert "FW2026-000001" in page.entries.details.text()


def test_the_dialog_finds_a_customer_by_phone_or_name(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = page.entries.entry_actions.new_entry()
    dialog.find_edit.setText("13800000001")
    found = dialog.run_lookup()
    assert found is not None and [c.name for c in found.customers] == ["王建国"]
    texts = [dialog.results_list.item(i).text() for i in range(dialog.results_list.count())]
    assert texts[0].startswith("Machine LX904-0001") and texts[1].startswith("Customer 王建国")
    dialog.results_list.setCurrentRow(1)  # the customer, without a machine
    assert dialog.chosen_customer is not None and dialog.chosen_unit is None
    dialog.find_edit.setText("无此人")
    dialog.run_lookup()
    assert dialog.results_list.item(0).text().startswith("Nobody found")
    dialog.reject()


def test_an_entry_is_turned_into_a_claim_from_the_list(qtbot, page, database, dealer, told) -> None:  # type: ignore[no-untyped-def]
    # GIVEN an entry about 王建国's tractor, selected in the list
    entry_id = _entry(database, dealer)
    _select_first(page)
    claim_action = page.entries.actions_by_key["claim"]
    assert claim_action.isEnabled()
    # WHEN the clerk turns it into a claim (Ctrl+Shift+C)
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # THEN a draft claim exists with the entry's data, and its number is shown
    with database.sessions() as s:
        claim = s.scalars(select(WarrantyClaim)).one()
        assert (claim.claim_no, claim.status, claim.service_entry_id) == ("SB2026-000001", ClaimStatus.DRAFT, entry_id)
        assert (claim.unit_id, claim.customer_id, claim.complaint) == (dealer.unit_wang, dealer.wang, "发动机冒黑烟")
    assert told == ["FW2026-000001 became warranty claim SB2026-000001, a draft. "
                    "Complete it in the Warranty claims section."]
    assert page.entries.selected_id() == entry_id
    assert "Became warranty claim SB2026-000001" in page.entries.details.text()
    assert not claim_action.isEnabled()  # one claim per entry
    # AND the paid-service action makes a paid order the same way
    page.entries.actions_by_key["paid"].trigger()
    assert told[-1] == "FW2026-000001 became paid service order YC2026-00001, a draft."


def test_an_entry_without_a_unit_cannot_become_a_claim(qtbot, page, database, dealer, told) -> None:  # type: ignore[no-untyped-def]
    entry_id = _entry(database, dealer, unit=False)
    _select_first(page)
    assert not page.entries.actions_by_key["claim"].isEnabled()
    assert page.entries.entry_actions.to_claim(entry_id) is None
    assert "names no unit" in told[-1]


def test_steps_through_their_dialogs_then_the_follow_up(qtbot, page, database, dealer, told) -> None:  # type: ignore[no-untyped-def]
    entry_id = _entry(database, dealer, hours_ago=1)
    _select_first(page)
    page.entries.actions_by_key["arrange"].trigger()
    arrange = page.entries.entry_actions.dialog
    assert isinstance(arrange, ArrangeDialog)
    arrange.technician_edit.setText("刘师傅")
    arrange.visit_check.setChecked(True)
    arrange.buttons.button(arrange.buttons.StandardButton.Ok).click()
    assert page.entries.details.entry.status == ServiceEntryStatus.ARRANGED
    assert page.entries.details.entry.technician == "刘师傅"
    page.entries.actions_by_key["informed"].trigger()
    page.entries.actions_by_key["reported"].trigger()
    assert not page.entries.actions_by_key["informed"].isEnabled()
    page.entries.actions_by_key["close"].trigger()
    close = page.entries.entry_actions.dialog
    assert isinstance(close, CloseDialog)
    close.result_edit.setPlainText("更换喷油嘴，试车正常")
    close.buttons.button(close.buttons.StandardButton.Ok).click()
    entry = page.entries.details.entry
    assert entry.status == ServiceEntryStatus.CLOSED and entry.result == "更换喷油嘴，试车正常"
    assert not page.entries.actions_by_key["close"].isEnabled()
    assert told == []
    # The follow-up call is listed under "Not made yet" and recorded from there
    panel = page.follow_ups
    page.tabs.setCurrentWidget(panel)
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("pending"))
    assert panel.model.total() == 1
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.record_action.trigger()
    dialog = panel.entry_actions.dialog
    assert isinstance(dialog, FollowUpDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "Choose how satisfied" in dialog.error_label.text()
    dialog.satisfaction_buttons[5].setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with database.sessions() as s:
        follow_up = s.scalars(select(FollowUp).where(FollowUp.service_entry_id == entry_id)).one()
        assert (follow_up.satisfaction, follow_up.done_by) == (5, "赵敏")
    assert panel.model.total() == 0


def test_overdue_entries_stand_out_and_can_be_filtered(qtbot, page, database, dealer, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _entry(database, dealer, hours_ago=3)  # not arranged within 2 h
    _entry(database, dealer, hours_ago=0.5)
    page.entries.refresh()
    model = page.entries.model
    overdue_row = next(r for r in range(model.total()) if model.row_at(r).arrange_overdue)
    assert model.index(overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole) == RED_ROW
    assert model.index(1 - overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    page.entries.set_overdue_filter("arrange")
    assert model.total() == 1 and model.row_at(0).arrange_overdue
    page.entries.search_edit.setText("王建国")
    page.entries.apply_filters()
    assert model.total() == 1
    page.entries.set_overdue_filter("")
    assert model.total() == 2
    assert page.entries.count_label.text() == "2 entries"
    qtmodeltester.check(model)


def test_plan_key_customer_visits(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.service_log import follow_up_panel

    shown: list[str] = []
    monkeypatch.setattr(follow_up_panel, "show_info", lambda parent, title, text: shown.append(text))
    assert page.follow_ups.plan_visits() == 1
    assert shown == ["1 visits planned; every key customer now has one pending."]
    assert page.follow_ups.plan_visits() == 0
