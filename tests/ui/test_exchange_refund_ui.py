"""Exchange and refund from a unit's service file: the 15-day offer shown, the dialog refusing bad input in
place, the exchange moving the customer to a new unit, the refund closing it, and the record printed for the
customer to sign (read back from the PDF)."""
from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.actors import Actor
from app.domain.enums import Role
from app.services.exchanges import records_of_unit
from app.ui.units.service_file import ServiceFileDialog
from tests.services.exchanges_data import seed_sold_unit

MANAGER = Actor(user_id=None, login="sunwei", name="孙伟", role=Role.MANAGER)


def _file(qtbot, database, unit_id: int, today: dt.date) -> ServiceFileDialog:  # type: ignore[no-untyped-def]
    dialog = ServiceFileDialog(database, unit_id, today=lambda: today, actor=lambda: MANAGER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _print(qtbot, box, target) -> str:  # type: ignore[no-untyped-def]
    box.printing.save_to(target, "zh_CN")
    qtbot.waitUntil(target.is_file, timeout=20000)
    return " ".join("".join(page.extract_text() for page in PdfReader(target).pages).split())


def test_exchange_then_refund_from_the_service_file(qtbot, database, english, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unit_id = seed_sold_unit(database)
    today = dt.date(2026, 5, 12)
    file = _file(qtbot, database, unit_id, today)
    box = file.returns_box
    assert box.offer_label.text().startswith("Exchange or repair: for a safety or performance fault up to 2026-05-15")
    assert box.exchange_button.isEnabled() and not box.refund_button.isEnabled()
    assert not box.table.isVisibleTo(file) and not box.print_button.isEnabled()

    dialog = box.open_dialog(refund=False)
    dialog.fault_date.setDate(dt.date(2026, 5, 10))
    dialog.description.setPlainText("转向失灵，行驶中方向盘卡滞")
    dialog.reason.setText("用户选择换货；旧机退回库存")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "serial number of the new unit" in dialog.error_label.text()  # stays open
    assert records_of_unit(database, unit_id) == []  # nothing half-saved
    dialog.new_serial.setText("LF50426000099")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()

    assert box.table.rowCount() == 1 and box.table.item(0, 0).text() == "HH2026-0001"
    assert box.table.item(0, 4).text() == "new unit LF50426000099"
    assert "Exchanged" in file.sale_label.text()
    assert box.offer_label.text() == "No exchange or refund: the unit was exchanged and is back in the dealer's " \
                                     "stock."
    assert not box.exchange_button.isEnabled() and box.print_button.isEnabled()
    text = _print(qtbot, box, tmp_path / "hh.pdf")
    assert "三包换货记录" in text and "LF50426000099" in text and "用户签字" in text

    new_id = records_of_unit(database, unit_id)[0].new_unit_id
    replacement = _file(qtbot, database, new_id, dt.date(2026, 5, 20))
    rbox = replacement.returns_box
    assert rbox.offer_label.text().startswith("Refund or repair: for a safety or performance fault up to 2026-05-26")
    assert rbox.refund_button.isEnabled() and not rbox.exchange_button.isEnabled()
    assert rbox.table.item(0, 3).text() == "LF50426000001 (this unit replaced it)"
    refund = rbox.open_dialog(refund=True)
    refund.fault_kind.setCurrentIndex(1)
    refund.description.setPlainText("换货后发动机仍无法启动")
    refund.reason.setText("按发票金额退款")
    refund.amount.setText("８６５００")  # full-width digits, as an IME left on types them
    refund.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not refund.isVisible(), refund.error_label.text()
    assert rbox.table.rowCount() == 2 and rbox.table.item(1, 4).text() == "refunded ¥86,500.00"
    assert "Refunded" in replacement.sale_label.text()
    text = _print(qtbot, rbox, tmp_path / "tk.pdf")
    assert "三包退货记录" in text and "86,500.00" in text and "三包责任终止" in text


def test_a_claim_this_soon_after_the_sale_says_the_customer_may_choose_an_exchange(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    from app.ui.claims.editor import ClaimEditor

    seed_sold_unit(database)
    editor = ClaimEditor(database, actor=lambda: MANAGER, today=lambda: dt.date(2026, 5, 25))
    qtbot.addWidget(editor)
    editor.show()
    choice = editor.periods.choice_label
    editor.form.failure_date.setDate(dt.date(2026, 5, 10))
    editor.form.serial.setText("LF50426000001")
    qtbot.waitUntil(lambda: choice.isVisibleTo(editor), timeout=3000)
    assert "may choose an exchange instead of this repair" in choice.text() and "up to 2026-05-15" in choice.text()
    editor.form.failure_date.setDate(dt.date(2026, 5, 16))  # 15 days after the sale: a repair, nothing to choose
    qtbot.waitUntil(lambda: not choice.isVisibleTo(editor), timeout=3000)
