"""The account with head office as a clerk sees it: the credit of a settled batch in its balances and
ageing, an offset recorded through the dialog (a refused one said inline), the figures, ageing and ledger
following, and the whole account exported to Excel."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import isValid

from app import i18n
from app.domain.enums import LedgerKind
from app.services import ledger
from app.services.settlements import import_settlement
from app.ui.batches.account_tables import AgeingTable
from app.ui.batches.page import ACCOUNT, REPORTS, BatchesPage
from app.ui.reports.page import ReportsPage
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer
from tests.ui.test_batches_settlement import exported_batch, settlement_file

TIMEOUT = 60000
D = Decimal
LATER = dt.date(2026, 8, 5)  # 46 days after the notice: its credit is 31-60 days old
APPROVED = D("5564.50")  # of the notice settlement_file() writes: 7,686.00 claimed, 2,121.50 deducted


@pytest.fixture
def page(qtbot, english, dealer, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    """A settled batch (two claims paid, one cut, one rejected), looked at on 5 August."""
    batch_no, numbers = exported_batch(dealer, tmp_path / "out")
    import_settlement(dealer.db, dealer.manager, settlement_file(tmp_path / "notice.xlsx", batch_no, numbers), TODAY)
    page = BatchesPage(dealer.db, actor=lambda: dealer.manager, today=lambda: LATER)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    return page


def _account(qtbot, page):  # type: ignore[no-untyped-def]
    view = page.show_tab(ACCOUNT)
    qtbot.waitUntil(lambda: view.load_task is not None and not view.load_task.is_running(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.accounts is not None, timeout=TIMEOUT)
    return view


def test_the_settled_batch_shows_in_the_balances_the_ageing_and_the_ledger(qtbot, page, qtmodeltester):
    view = _account(qtbot, page)
    figures = {key: label.text() for key, label in view.figures.items()}
    assert figures == {"claimed": "7,686.00", "approved": "5,564.50", "deducted": "2,121.50", "awaiting": "0.00",
                       "credited": "5,564.50", "offset": "0.00", "open_credit": "5,564.50", "owed": "5,564.50"}
    account = view.accounts_model.row_at(0)
    assert (account.batch_no, account.claimed, account.unexplained) == ("D3701-2026-001", D("7686.00"), 0)
    # the credit has waited 46 days: it is in the 31-60 column of "not offset"
    ageing = view.ageing_table
    assert isinstance(ageing, AgeingTable)
    assert ageing.amounts(1) == ["0.00", "5,564.50", "0.00", "0.00", "5,564.50"]
    assert ageing.amounts(0) == ["0.00"] * 5
    # deductions by reason over all batches, and of the batch when it is chosen
    reasons = {d.reason_code: d.amount for d in view.deductions_model.rows()}
    assert reasons == {"R03": D("1921.50"), "R04": D("200.00")}
    view.accounts_table.selectRow(0)
    assert view.deductions_caption.text() == "Deductions by reason: batch D3701-2026-001"
    assert view.ledger_model.total() == 1 and view.ledger_model.row_at(0).kind == LedgerKind.CREDIT
    for model in (view.accounts_model, view.deductions_model, view.ledger_model):
        qtmodeltester.check(model)


def test_an_offset_is_recorded_and_the_account_follows(qtbot, page, dealer):  # noqa: F811
    view = _account(qtbot, page)
    # WHEN the clerk records more than the open credit
    qtbot.mouseClick(view.offset_button, Qt.MouseButton.LeftButton)
    dialog = view.offset_dialog
    assert dialog is not None and dialog.isVisible() and "5,564.50" in dialog.explanation.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.amount_field.setText("６０００")  # full-width digits: an IME left on
    dialog.reference_field.setText("对账单 DZ-2026-08")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # THEN it is refused inline and the dialog stays open with what was typed
    assert dialog.isVisible() and "only 5,564.50 of credit is not yet offset" in dialog.error_label.text()
    dialog.amount_field.setText("abc")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text() == "The amount is not a number: abc"
    assert ledger.ledger_balance(dealer.db).offset == 0

    # WHEN a right amount is recorded against the batch
    dialog.amount_field.setText("3,000.50")
    dialog.note_field.setText("冲抵 7 月货款")
    dialog.batch_combo.setCurrentIndex(dialog.batch_combo.findData("D3701-2026-001"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not (isValid(dialog) and dialog.isVisible()))
    qtbot.waitUntil(lambda: view.balance is not None and view.balance.offset == D("3000.50"), timeout=TIMEOUT)

    # THEN the balances, the ageing and the ledger show it
    assert view.figures["offset"].text() == "3,000.50" and view.figures["open_credit"].text() == "2,564.00"
    assert view.figures["owed"].text() == "2,564.00"
    assert view.ageing_table.amounts(1) == ["0.00", "2,564.00", "0.00", "0.00", "2,564.00"]
    assert view.ledger_model.total() == 2
    newest = view.ledger_model.row_at(0)
    assert (newest.kind, newest.amount, newest.entry_date, newest.batch_no) == (
        LedgerKind.OFFSET, D("3000.50"), LATER, "D3701-2026-001")
    assert (newest.reference, newest.note, newest.balance) == ("对账单 DZ-2026-08", "冲抵 7 月货款", D("2564.00"))
    assert view.ledger_model.index(0, 7).data() == "3,000.50" and view.ledger_model.index(0, 6).data() == ""


def test_the_account_exports_to_a_workbook_excel_opens(qtbot, page, tmp_path):
    view = _account(qtbot, page)
    target = tmp_path / "往来台账.xlsx"
    task = view.export_to(target)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=TIMEOUT)
    assert view.message is not None and "Saved" in view.message.text()
    workbook = load_workbook(target)
    assert len(workbook.sheetnames) == 5 and workbook.sheetnames[0].startswith("台账")
    values = [cell for row in workbook.worksheets[0].iter_rows(values_only=True) for cell in row]
    assert float(APPROVED) in values


def test_the_reports_are_the_fourth_tab_and_every_tab_follows_the_language(qtbot, qapp, page):
    _account(qtbot, page)
    reports = page.show_tab(REPORTS)
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.load_task is not None and not reports.load_task.is_running(), timeout=TIMEOUT)
    assert [page.tabs.tabText(i) for i in range(4)] == ["Batches", "Settlements", "Account with head office",
                                                        "Reports"]
    # a switch of language while the section is open re-labels it without losing what it shows
    i18n.install(qapp, "zh_CN")
    i18n.install(qapp, "en")
    assert page.tabs.tabText(ACCOUNT) == "Account with head office"
    assert page.batches.model.total() == 1 and page.account.accounts is not None
