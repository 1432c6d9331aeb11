"""Paid service orders (有偿服务) in the UI: live totals, no mark-up unless a manager sets one, final once completed."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.enums import PaidOrderStatus
from app.services import paid_orders
from app.ui.paid_orders.editor import PaidOrderEditor
from app.ui.paid_orders.page import PaidOrdersView
from app.ui.paid_orders.parts_table import AMOUNT, CATALOGUE, NAME, PRICE
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer


def _settle(qtbot, editor: PaidOrderEditor) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not editor.preview_timer.isActive(), timeout=3000)


def _fill(qtbot, editor: PaidOrderEditor) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor.serial, "LF50426000001")
    qtbot.keyClick(editor.serial, Qt.Key.Key_Return)
    editor.description.setPlainText("更换机油滤清器（超出三包期）")
    qtbot.keyClicks(editor.hours, "1.5")
    qtbot.keyClicks(editor.travel, "30")
    editor.add_part_line("T5-101-22", "2")
    _settle(qtbot, editor)


def test_an_order_from_typing_to_completed_and_printed(qtbot, english, dealer, tmp_path):  # noqa: F811
    editor = PaidOrderEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.show()
    _fill(qtbot, editor)
    assert editor.unit_info.text() == "LF-504 轮式拖拉机 · 王建国 13805310001"
    assert [editor.totals[k].text() for k in ("labour", "parts", "travel", "total")] == [
        "90.00", "57.00", "30.00", "177.00"]
    assert editor.rate.placeholderText() == "60.00"  # the model's labour rate
    assert [editor.parts.item(0, c).text() for c in (NAME, CATALOGUE, PRICE, AMOUNT)] == [
        "机油滤清器", "28.50", "28.50", "57.00"]
    assert editor.markup_note.text() == "Parts at catalogue price, no mark-up"
    assert editor.save() and editor.view is not None and editor.view.order_no == "YC2026-00001"
    assert editor.windowTitle() == "Paid service order YC2026-00001 — Draft"
    editor.complete_button.click()
    assert editor.view.status == PaidOrderStatus.COMPLETED and editor.read_only
    assert editor.banner.isVisible() and editor.banner.text() == "Completed — read only"
    assert editor.hours.isReadOnly() and not editor.add_part_button.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.cancel_button.isEnabled()
    pdf = editor.print_to(tmp_path / "order.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_a_managers_mark_up_is_applied_and_a_clerk_cannot_change_it(qtbot, english, dealer):  # noqa: F811
    clerk_view = PaidOrdersView(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(clerk_view)
    assert not clerk_view.markup.isEnabled() and clerk_view.markup.value() == 0
    view = PaidOrdersView(dealer.db, actor=lambda: dealer.manager, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.markup.setValue(10)
    view.markup.editingFinished.emit()
    assert paid_orders.markup_percent(dealer.db) == 10
    editor = view.new_order()
    _fill(qtbot, editor)
    assert editor.parts.item(0, PRICE).text() == "31.35"  # 28.50 + 10 %, rounded half-up to the fen
    assert editor.totals["total"].text() == "182.70"
    assert editor.markup_note.text() == "Parts at catalogue price plus 10 %"
    assert editor.save()
    assert view.model.total() == 1 and view.model.index(0, 0).data() == "YC2026-00001"
    assert view.model.index(0, 7).data() == "182.70"
    view.status.setCurrentIndex(view.status.findData("cancelled"))
    assert view.model.total() == 0


def test_bad_input_is_shown_and_not_saved(qtbot, english, dealer):  # noqa: F811
    editor = PaidOrderEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.serial.setText("LF50426000001")
    editor.hours.setText("两小时")
    editor.add_part_line("NO-SUCH", "1")
    _settle(qtbot, editor)
    assert "Labour hours: “两小时” is not a number." in editor.problems.text()
    assert "part number NO-SUCH is not in the catalogue" in editor.problems.text()
    assert not editor.save() and editor.view is None
