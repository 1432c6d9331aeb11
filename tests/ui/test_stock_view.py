"""The stock section driven as a clerk would: count a part, sell one over the counter, receive a delivery
list (a bad file refused row by row), return stock to the factory with its freight rule, and an emergency
order of a claim received from the list and from the claim's own dialog."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from app.domain.stock import ReturnReason
from app.reports.excel.delivery import write_delivery_sheet
from app.services import claims, stock
from app.services.paging import PageRequest
from app.services.stock import EmergencyOrderInput
from app.ui.stock import EmergencyOrderDialog, StockView
from app.ui.stock.page import EMERGENCY_TAB
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer

FILTER, PUMP = "T5-101-22", "T5-112-10"


def _view(qtbot, dealer) -> StockView:  # type: ignore[no-untyped-def]  # noqa: F811
    view = StockView(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def _count(dealer, part_no, quantity):  # type: ignore[no-untyped-def]  # noqa: F811
    stock.adjust_stock(dealer.db, dealer.clerk, part_no, counted=Decimal(quantity), reason="盘点", today=TODAY)


def test_the_lists_are_lazy_models_that_pass_the_model_tester(qtbot, qtmodeltester, dealer, english):  # noqa: F811
    _count(dealer, FILTER, 20)
    view = _view(qtbot, dealer)
    for model in (view.stock_panel.model, view.stock_panel.movements, view.returns_panel.model,
                  view.emergency_panel.model):
        qtmodeltester.check(model)
    assert view.stock_panel.model.total() == 1
    assert view.stock_panel.count_label.text() == "1 parts"


def test_adjust_in_the_dialog_with_a_refusal_shown_inline(qtbot, dealer, english):  # noqa: F811
    _count(dealer, FILTER, 5)
    view = _view(qtbot, dealer)
    view.stock_panel.table.selectRow(0)
    dialog = view.open_adjust()
    assert dialog.isVisible() and dialog.part.part_no() == FILTER and dialog.quantity.text() == "5"
    assert "5 on hand" in dialog.part.info.text()
    dialog.by_change.setChecked(True)
    dialog.quantity.setText("-6")
    dialog.reason.setText("受潮")
    dialog.accept()
    assert dialog.isVisible() and "stock cannot go below zero" in dialog.error_label.text()  # nothing typed is lost
    dialog.quantity.setText("－2")  # full-width minus and digit, as an IME types them
    dialog.accept()
    assert not dialog.isVisible()
    assert stock.stock_part(dealer.db, FILTER).on_hand == 3
    assert view.message.text() == "T5-101-22 机油滤清器: 3 on hand."
    assert view.stock_panel.movements.total() == 2  # the chosen part's movements follow


def test_a_counter_sale_and_a_return_with_its_freight_rule(qtbot, dealer, english):  # noqa: F811
    _count(dealer, PUMP, 3)
    view = _view(qtbot, dealer)
    sale = view.open_counter_sale()
    sale.part.set_part_no(PUMP)
    assert sale.price.placeholderText() == "Catalogue price: 1680.00"
    sale.customer.setText("李秀英")
    sale.accept()
    assert view.message.text() == "Counter sale LS2026-00001: T5-112-10 × 1, 1680.00 yuan."

    back = view.open_factory_return()
    back.part.set_part_no(PUMP)
    back.reason.setCurrentIndex(back.reason.findData(ReturnReason.QUALITY))
    assert back.rule.text() == "The factory pays the freight." and not back.labour.isEnabled()
    back.reason.setCurrentIndex(back.reason.findData(ReturnReason.DISMANTLED))
    assert "restore" in back.rule.text() and back.labour.isEnabled()
    back.reason.setCurrentIndex(back.reason.findData(ReturnReason.OTHER))
    back.accept()
    assert back.isVisible() and back.error_label.text() == "Say why the part cannot be sold."
    back.note.setText("型号淘汰")
    back.accept()
    assert "back to the factory. The dealer pays the freight. Freight paid by: Dealer." in view.message.text()
    assert stock.stock_part(dealer.db, PUMP).on_hand == 1
    assert view.returns_panel.model.total() == 1


def test_receiving_a_delivery_list_file(qtbot, dealer, english, tmp_path):  # noqa: F811
    view = _view(qtbot, dealer)
    bad = write_delivery_sheet(tmp_path / "bad.xlsx", [("XF-1", FILTER, "", 10), ("XF-2", "NO-SUCH", "", 1)])
    dialog = view.open_receive_delivery()
    dialog.set_path(bad)
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    reasons = [dialog.problem_table.item(r, 3).text() for r in range(dialog.problem_table.rowCount())]
    assert reasons == ["another delivery list than row 2 (XF-1); one list per file",
                       "no part with this part number; import or add the part first"]
    assert stock.list_stock(dealer.db, PageRequest()).total == 0
    good = write_delivery_sheet(tmp_path / "good.xlsx", [("XF-1", FILTER, "", 10)])
    dialog.set_path(good)
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert dialog.result_label.text().startswith("Delivery list XF-1 received on 2026-06-20: 1 lines")
    qtbot.waitUntil(lambda: view.stock_panel.model.total() == 1)


def test_an_emergency_order_from_the_claim_and_its_arrival_from_the_list(qtbot, dealer, english):  # noqa: F811
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    dialog = EmergencyOrderDialog(dealer.db, claim.id, dealer.clerk, lambda: TODAY)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.show()
    assert dialog.parts_table.rowCount() == 2 and dialog.new_box.isEnabled()
    dialog.parts_table.selectRow(0)  # the pump, none in stock
    assert dialog.part.part_no() == PUMP and dialog.quantity.text() == "1"
    dialog.ordered_on.setDate(dt.date(2026, 6, 10))
    assert dialog.place_order() and changed == [True]
    assert dialog.orders_table.rowCount() == 1 and dialog.orders_table.item(0, 5).text() == "Waiting"

    view = _view(qtbot, dealer)
    view.tabs.setCurrentIndex(EMERGENCY_TAB)
    assert view.arrived_button.isVisible() and not view.arrived_button.isEnabled()
    view.emergency_panel.table.selectRow(0)
    assert view.arrived_button.isEnabled()
    arrival = view.open_arrival()
    arrival.received_on.setDate(dt.date(2026, 6, 15))
    arrival.accept()
    assert view.message.text().endswith("Claim SB2026-000001 waited 5 days for parts.")
    assert claims.get_claim(dealer.db, claim.id, TODAY).input.parts_wait_days == 5
    assert view.emergency_panel.model.total() == 0  # open orders only


def test_the_claim_dialog_receives_too_and_closed_claims_order_nothing(qtbot, dealer, english):  # noqa: F811
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    stock.raise_emergency_order(dealer.db, dealer.clerk, EmergencyOrderInput(claim.id, PUMP, "1",
                                                                             dt.date(2026, 6, 18)), TODAY)
    dialog = EmergencyOrderDialog(dealer.db, claim.id, lambda: dealer.clerk, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.orders_table.selectRow(0)
    arrival = dialog.open_arrival()
    arrival.accept()
    assert "the claim waited 2 days for parts" in dialog.message.text()
    claims.cancel(dealer.db, dealer.clerk, [claim.id], "用户撤回", TODAY)
    dialog.reload()
    assert not dialog.new_box.isEnabled() and "no new orders" in dialog.claim_label.text()


def test_chinese_labels(qtbot, dealer, chinese):  # noqa: F811
    view = _view(qtbot, dealer)
    # the section's own strings come with the merged catalogue; the enum labels are there already
    assert view.stock_panel.class_filter.count() == 4
    header = view.stock_panel.model.headerData(0, Qt.Orientation.Horizontal)
    assert header in ("Part no.", "配件编号")
