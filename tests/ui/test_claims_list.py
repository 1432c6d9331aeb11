"""The claims list on a real (SQLite) database: paging model, filters, sorting, bulk actions, editors."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.domain.enums import ClaimStatus
from app.services import claims
from app.services.claims import PartLineInput
from app.ui.claims.claims_list import ClaimsListView
from app.ui.claims.page import ClaimsPage
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer

TOTAL, CHECKS = 7, 8


@pytest.fixture
def numbers(dealer):  # type: ignore[no-untyped-def]  # noqa: F811
    """Five claims: a draft, an unsigned draft (blocking), two ready, and one on a late-card unit."""
    made = {}
    made["draft"] = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    made["unsigned"] = claims.create_claim(dealer.db, dealer.clerk, pump_claim(
        customer_signed=False, repair_date=dt.date(2026, 6, 13)), TODAY)
    for name, day in (("ready1", 14), ("ready2", 15)):
        view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(
            repair_date=dt.date(2026, 6, day), technician="李志强", travel_km=Decimal(day)), TODAY)
        made[name] = claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    made["late"] = claims.create_claim(dealer.db, dealer.clerk, pump_claim(
        unit_serial="LF50426000002", repair_date=dt.date(2026, 5, 20), failure_date=dt.date(2026, 5, 19),
        parts=(PartLineInput("T5-101-22", Decimal(4)),), complaint="机油滤清器堵塞"), TODAY)
    return {name: view.claim_no for name, view in made.items()}


def _view(qtbot, dealer, actor) -> ClaimsListView:  # type: ignore[no-untyped-def]  # noqa: F811
    view = ClaimsListView(dealer.db, actor=lambda: actor, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    return view


def _numbers(view: ClaimsListView) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def _select(view: ClaimsListView, *claim_nos: str) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in range(view.model.rowCount()):
        if view.model.row_at(row).claim_no in claim_nos:
            selection.select(view.model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_the_list_model_passes_the_qt_model_tester(qtbot, qtmodeltester, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.manager)
    qtmodeltester.check(view.model)


def test_columns_newest_first_and_coloured_check_results(qtbot, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.manager)
    assert view.count_label.text() == "5 claims"
    assert _numbers(view) == [numbers[n] for n in ("ready2", "ready1", "unsigned", "draft", "late")]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Claim no.", "Status", "Repair date", "Serial no.", "Model", "Customer", "Technician", "Total",
                       "Checks", "Repair clock"]
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount() - 1)]  # the clock: test_clocks_ui
    assert row == [numbers["ready2"], "Awaiting approval", "2026-06-15", "LF50426000001", "LF-504", "王建国", "李志强",
                   "1,909.50", "Warning"]  # the same causal pump claimed again within 30 days
    assert view.model.index(0, CHECKS).data(Qt.ItemDataRole.ForegroundRole).name() == "#a15c00"
    assert view.model.index(0, TOTAL).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    unsigned = _numbers(view).index(numbers["unsigned"])
    assert view.model.index(unsigned, CHECKS).data() == "Blocking"
    assert view.model.index(unsigned, CHECKS).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"


def test_filters_and_sorting_run_in_the_service(qtbot, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.manager)
    bar = view.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("ready"))
    assert sorted(_numbers(view)) == sorted([numbers["ready1"], numbers["ready2"]])
    bar.status.setCurrentIndex(bar.status.findData("open"))
    assert len(_numbers(view)) == 5
    bar.status.setCurrentIndex(0)
    bar.check.setCurrentIndex(bar.check.findData("blocking"))
    assert sorted(_numbers(view)) == sorted([numbers["unsigned"], numbers["late"]])
    bar.check.setCurrentIndex(0)
    bar.technician.setCurrentIndex(bar.technician.findData("李志强"))
    assert view.count_label.text() == "2 claims"
    bar.technician.setCurrentIndex(0)
    bar.model.setCurrentIndex(1)
    assert view.model.total() == 5
    bar.part.setText("t5-101-22")
    bar.apply_now()
    assert view.model.total() == 5  # every claim has the oil filter
    bar.part.setText("T5-112-10")
    bar.apply_now()
    assert numbers["late"] not in _numbers(view) and view.model.total() == 4
    bar.part.clear()
    qtbot.keyClicks(bar.text, "LF50426000002")  # typed or scanned: searched once typing stops
    qtbot.waitUntil(lambda: view.model.total() == 1, timeout=2000)
    assert _numbers(view) == [numbers["late"]]
    bar.text.clear()
    bar.apply_now()
    bar.date_from.setDate(dt.date(2026, 6, 13))
    bar.date_to.setDate(dt.date(2026, 6, 14))
    bar.dated.setChecked(True)
    assert sorted(_numbers(view)) == sorted([numbers["unsigned"], numbers["ready1"]])
    bar.dated.setChecked(False)
    view.table.sortByColumn(TOTAL, Qt.SortOrder.AscendingOrder)
    assert _numbers(view)[0] == numbers["late"] and view.model.request.sort == "total"
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _numbers(view) == sorted(numbers.values())


def test_bulk_approve_lists_the_refusals(qtbot, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.manager)
    _select(view, numbers["ready1"], numbers["ready2"], numbers["draft"])
    assert view.approve_button.isEnabled()
    view.approve_button.click()
    result = view.last_result
    assert result is not None and sorted(result.done) == sorted([numbers["ready1"], numbers["ready2"]])
    assert [no for no, _why in result.refused] == [numbers["draft"]]
    text = view.result_box.text()
    assert text.startswith("2 approved, 1 refused.")
    assert f"{numbers['draft']}: claim {numbers['draft']} is draft and cannot become approved" in text
    statuses = {view.model.row_at(r).claim_no: view.model.row_at(r).status for r in range(view.model.rowCount())}
    assert statuses[numbers["ready1"]] == ClaimStatus.APPROVED and statuses[numbers["draft"]] == ClaimStatus.DRAFT


def test_a_clerk_cannot_approve_from_the_list(qtbot, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.clerk)
    _select(view, numbers["ready1"])
    assert not view.approve_button.isEnabled()
    assert view.approve_selected() is None
    assert "needs the service manager role" in view.result_box.text()
    assert claims.get_claim(dealer.db, _id(dealer, numbers["ready1"]), TODAY).status == ClaimStatus.READY


def _id(dealer, claim_no: str) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    from app.services.claims.listing import list_claims
    from app.services.paging import PageRequest

    return next(r.id for r in list_claims(dealer.db, PageRequest(text=claim_no)).rows)


def test_bulk_cancel_asks_why_and_run_checks_counts(qtbot, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.clerk)
    _select(view, numbers["draft"], numbers["unsigned"])
    view.cancel_button.click()
    dialog = view.reason_dialog
    assert dialog is not None and dialog.isVisible() and dialog.labelText() == "Why are these 2 claims cancelled?"
    dialog.setTextValue("用户撤回")
    dialog.accept()
    assert view.last_result is not None and len(view.last_result.done) == 2
    assert view.result_box.text() == "2 cancelled, 0 refused."
    assert view.model.total() == 5  # cancelled claims stay in the list, shown as cancelled
    _select(view, numbers["late"], numbers["ready1"])
    levels = view.run_checks()
    assert levels == {numbers["late"]: "blocking", numbers["ready1"]: "warning"}
    assert view.result_box.text() == "2 claims checked: 1 blocking, 1 with warnings, 0 OK."


def test_enter_and_double_click_open_editors_and_a_save_refreshes_the_list(qtbot, english, dealer, numbers):  # noqa: F811
    view = _view(qtbot, dealer, dealer.manager)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(view.editors) == 1 and view.editors[0].view is None
    view.table.setCurrentIndex(view.model.index(1, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(view.editors) == 2 and view.editors[1].view.claim_no == numbers["ready1"]
    rect = view.table.visualRect(view.model.index(1, 2))
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(view.editors) == 2  # the same claim: the open editor comes forward
    editor = view.editors[1]
    editor.form.fault_code.setText("E909")
    assert editor.save()
    assert view.model.row_at(1).status == ClaimStatus.DRAFT  # edited after ready: back to draft, shown at once
    editor.close()
    assert len(view.editors) == 1 and view.editors[0].view is None


def test_the_claims_page_has_a_paid_service_tab(qtbot, english, dealer, numbers):  # noqa: F811
    page = ClaimsPage(dealer.db, actor=lambda: dealer.manager, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Warranty claims", "Paid service"]
    assert page.claims.model.total() == 5
