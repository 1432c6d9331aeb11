"""An old part's whole return, driven as a clerk would: approve a claim (its part is retained with a tag),
print the tag, scan tags into a shipment (a double scan refused), ship it, import head office's inspection
with usable, scrap and missing parts, and see the claim, the Old parts list and the Dashboard follow."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app import bootstrap
from app.domain.enums import OldPartStatus as S
from app.domain.enums import ShipmentStatus
from app.domain.old_parts import NOT_RECEIVED_REMARK, DueState
from app.reports.excel.inspection import write_inspection_sheet
from app.services import claims, shipments
from app.ui.claims.editor import ClaimEditor
from app.ui.dashboard.page import DashboardPage
from app.ui.old_parts.page import OldPartsPage
from app.ui.printing.form_printing import FormPrinting
from app.ui.shipments.page import ShipmentsPage
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer
from tests.services.old_parts_data import approved_claim, tag_of

AFTER_DUE = dt.date(2026, 7, 2)  # the 30 June return date has passed


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _save(qtbot, printing: FormPrinting, target: Path) -> str:  # type: ignore[no-untyped-def]
    printing.save_to(target, "en")
    qtbot.waitUntil(lambda: printing.last_task is not None and not printing.last_task.is_running(), timeout=20000)
    qtbot.waitUntil(target.is_file)
    return _text(target)


def _old_parts_page(qtbot, dealer, today=TODAY) -> OldPartsPage:  # type: ignore[no-untyped-def]  # noqa: F811
    page = OldPartsPage(dealer.db, actor=lambda: dealer.manager, today=lambda: today)
    qtbot.addWidget(page)
    page.show()
    return page


def _dashboard(qtbot, dealer, today) -> DashboardPage:  # type: ignore[no-untyped-def]  # noqa: F811
    page = DashboardPage(dealer.db, today=lambda: today)
    qtbot.addWidget(page)
    return page


def _scan(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """A keyboard-wedge scanner: the characters, then Enter."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_approved_claim_retains_its_part_with_a_printable_tag(qtbot, english, dealer, tmp_path):  # noqa: F811
    # GIVEN a ready claim with a must-return pump
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    view = claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    # WHEN the service manager approves it in the editor
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.manager, today=lambda: TODAY, claim_id=view.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.status == "approved")
    # THEN the pump is retained with a tag, due back on the 30 June return date, and the claim says so
    tag = tag_of(dealer, view.id)
    assert tag == "JJ2026-000001"
    assert editor.old_parts_banner.isVisible() and not editor.old_parts_banner.overdue.isVisible()
    banner = editor.old_parts_banner.info.text()
    assert banner == "Old parts: JJ2026-000001 T5-112-10: Kept in store, due back 2026-06-30"
    # AND the Old parts list shows it on the shelf, due soon, with its history
    page = _old_parts_page(qtbot, dealer)
    assert page.model.total() == 1 and page.model.row_at(0).due_state == DueState.DUE_SOON
    page.table.selectRow(0)
    assert page.panel.detail is not None and page.panel.detail.row.tag_no == tag
    assert page.panel.history.rowCount() == 1 and page.panel.history.item(0, 2).text() == "孙伟"
    # AND its storage place is saved from the panel and suggested next time
    page.panel.place.setCurrentText("A-03 货架")
    qtbot.mouseClick(page.panel.save_button, Qt.MouseButton.LeftButton)
    assert page.model.row_at(0).storage_place == "A-03 货架"
    assert page.panel._places.stringList() == ["A-03 货架"]
    # AND its tag prints as a label with the tag number and the claim
    text = _save(qtbot, page.printing, tmp_path / "tag.pdf")
    assert tag in text and view.claim_no in text
    # AND the Dashboard counts it as due within 14 days; after 30 June it is overdue, on the claim too
    assert _dashboard(qtbot, dealer, TODAY).tile_value("old_parts_due_soon") == 1
    late = _dashboard(qtbot, dealer, AFTER_DUE)
    assert late.tile_value("old_parts_overdue") == 1 and late.tile_alert("old_parts_overdue")
    overdue = ClaimEditor(dealer.db, actor=lambda: dealer.manager, today=lambda: AFTER_DUE, claim_id=view.id)
    qtbot.addWidget(overdue)
    overdue.show()
    assert overdue.old_parts_banner.overdue.isVisible()
    assert "JJ2026-000001 overdue for return since 2026-06-30" in overdue.old_parts_banner.overdue.text()


def test_a_shipment_is_built_by_scans_shipped_and_inspected(qtbot, english, dealer, tmp_path):  # noqa: F811
    # GIVEN three approved claims, each with a retained pump on the shelf
    claim_ids = [approved_claim(dealer) for _ in range(3)]
    tags = [tag_of(dealer, claim_id) for claim_id in claim_ids]
    page = ShipmentsPage(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    panel = page.panel
    # WHEN the clerk starts a shipment and scans the first tag, then the same tag again
    shipment_id = page.new_shipment()
    assert shipment_id is not None and panel.view is not None and panel.scan.isEnabled()
    _scan(qtbot, panel.scan, tags[0])
    assert [line.tag_no for line in panel.view.lines] == [tags[0]]
    assert panel.scan_message.property("ok") is True and panel.scan.text() == ""
    _scan(qtbot, panel.scan, tags[0])
    # THEN the double scan is refused with a clear message and nothing is added twice
    assert panel.scan_message.property("ok") is False
    assert "already in this shipment (scanned twice)" in panel.scan_message.text()
    assert len(panel.view.lines) == 1
    # WHEN the second tag is scanned in lower case and the third picked from the shelf
    _scan(qtbot, panel.scan, tags[1].lower())
    dialog = panel.open_pick_dialog()
    assert dialog.model.total() == 1  # only the part still on the shelf and in no shipment
    dialog.table.selectAll()
    dialog.accept()
    assert [line.tag_no for line in panel.view.lines] == tags
    assert page.model.row_at(0).parts == 3
    # AND the packing list prints every tag
    packing = _save(qtbot, panel.packing_printing, tmp_path / "packing.pdf")
    assert all(tag in packing for tag in tags)
    # WHEN it is shipped without a waybill, it is refused; with one it ships and becomes read-only
    qtbot.mouseClick(panel.form.ship_button, Qt.MouseButton.LeftButton)
    assert panel.message is not None and "waybill" in panel.message.text()
    panel.message.close()
    panel.form.carrier.setText("德邦物流")
    qtbot.keyClicks(panel.form.waybill, "DB123456789")
    panel.form.packages.setValue(2)
    panel.form.weight.setText("18.5")
    qtbot.mouseClick(panel.form.ship_button, Qt.MouseButton.LeftButton)
    assert panel.view.status == ShipmentStatus.SHIPPED and panel.view.waybill_no == "DB123456789"
    assert not panel.scan.isEnabled() and not panel.form.ship_button.isEnabled()
    assert {line.status for line in panel.view.lines} == {S.SHIPPED}
    assert panel.import_button.isEnabled()
    # WHEN head office's inspection comes back: the first usable, the second scrap, the third not in the file
    path = write_inspection_sheet(tmp_path / "鉴定结果.xlsx", [(tags[0], "是", "可利用", "柱塞磨损"),
                                                               (tags[1], "是", "废件", "人为损坏")])
    importer = panel.open_import_dialog()
    importer.set_path(path)
    importer.start_import()
    qtbot.waitUntil(lambda: not importer.is_busy(), timeout=20000)
    assert importer.result_value is not None, importer.result_label.text()
    assert "2 received (1 usable, 1 scrap)" in importer.result_label.text()
    assert tags[2] in importer.result_label.text()  # flagged: not received by head office
    # THEN the shipment, each claim and the lists show each part's state
    assert panel.view.status == ShipmentStatus.RECEIVED
    assert [line.status for line in panel.view.lines] == [S.USABLE, S.SCRAP, S.SHIPPED]
    assert panel.lines.item(2, 6).text() == "Not received by head office"
    states = [claims.get_claim(dealer.db, claim_id, TODAY).old_parts[0] for claim_id in claim_ids]
    assert [(p.status, p.remark) for p in states] == [(S.USABLE, "柱塞磨损"), (S.SCRAP, "人为损坏"),
                                                      (S.SHIPPED, NOT_RECEIVED_REMARK)]
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: AFTER_DUE, claim_id=claim_ids[2])
    qtbot.addWidget(editor)
    assert "Shipped to head office (Not received by head office)" in editor.old_parts_banner.info.text()
    old_parts = _old_parts_page(qtbot, dealer)
    old_parts.due_filter.setCurrentIndex(old_parts.due_filter.findData("not_received"))
    assert old_parts.model.total() == 1 and old_parts.model.row_at(0).tag_no == tags[2]
    board = _dashboard(qtbot, dealer, AFTER_DUE)
    assert board.tile_value("old_parts_in_store") == 0 and board.tile_value("old_parts_overdue") == 0


def test_a_bad_inspection_file_is_refused_whole_and_listed_by_row(qtbot, english, dealer, tmp_path):  # noqa: F811
    # GIVEN a shipped shipment of one part, and a file naming an unknown tag and that part twice
    tag = tag_of(dealer, approved_claim(dealer))
    view = shipments.create_shipment(dealer.db, dealer.clerk, TODAY)
    shipments.add_tag(dealer.db, dealer.clerk, view.id, tag)
    shipments.ship(dealer.db, dealer.clerk, view.id, "", "", True, TODAY)
    page = ShipmentsPage(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select(view.id)
    path = write_inspection_sheet(tmp_path / "bad.xlsx", [(tag, "是", "可利用", ""), ("JJ2026-999999", "是", "", ""),
                                                          (tag, "是", "废件", "")])
    importer = page.panel.open_import_dialog()
    importer.set_path(path)
    importer.start_import()
    qtbot.waitUntil(lambda: not importer.is_busy(), timeout=20000)
    # THEN nothing changed and every bad row is listed with its reason in the clerk's language
    assert importer.result_value is None
    rows = {importer.problem_table.item(r, 0).text(): importer.problem_table.item(r, 3).text()
            for r in range(importer.problem_table.rowCount())}
    assert rows["3"] == "no old part has this tag number"
    assert "also on row 2" in rows["4"]
    assert shipments.get_shipment(dealer.db, view.id).lines[0].status == S.SHIPPED


def test_verdicts_by_hand_and_a_part_left_at_the_dealer(qtbot, english, dealer):  # noqa: F811
    # GIVEN two parts shipped with the delivery truck and one still on the shelf
    tags = [tag_of(dealer, approved_claim(dealer)) for _ in range(3)]
    view = shipments.create_shipment(dealer.db, dealer.clerk, TODAY)
    for tag in tags[:2]:
        shipments.add_tag(dealer.db, dealer.clerk, view.id, tag)
    shipments.ship(dealer.db, dealer.clerk, view.id, "", "", True, TODAY)
    page = ShipmentsPage(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select(view.id)
    # WHEN the clerk types head office's word: the first received and usable, the second not received
    dialog = page.panel.open_verdicts_dialog()
    assert dialog is not None and len(dialog.lines) == 2
    dialog.set_row(tags[0], True, S.USABLE, "可再制造")
    dialog.set_row(tags[1], False)
    dialog.accept()
    # THEN both are recorded and the shipment counts as received
    assert [line.status for line in page.panel.view.lines] == [S.USABLE, S.SHIPPED]
    assert page.panel.view.status == ShipmentStatus.RECEIVED
    # WHEN head office judges the third part at the dealer and leaves it there to be disposed of
    old_parts = _old_parts_page(qtbot, dealer)
    assert old_parts.find(tags[2]) and old_parts.leave_button.isEnabled()
    old_parts.ask_leave_at_dealer()
    leave = old_parts.leave_dialog
    assert leave is not None and not leave.buttons.button(leave.buttons.StandardButton.Ok).isEnabled()
    leave.dispose.setChecked(True)
    leave.instruction.setText("总部鉴定员张工 7月1日现场鉴定，就地报废")
    leave.accept()
    # THEN it is scrap, left at the dealer, and no longer waits for a return
    row = old_parts.model.row_at(0)
    assert row.status == S.SCRAP and row.left_at_dealer and row.due_state == DueState.DONE
    assert old_parts.panel.values["status"].text() == "Scrap, left at the dealer"
    assert _dashboard(qtbot, dealer, AFTER_DUE).tile_value("old_parts_in_store") == 0


def test_a_tag_scanned_into_the_global_search_opens_the_old_part(qtbot, english, dealer, settings):  # noqa: F811
    tag = tag_of(dealer, approved_claim(dealer))
    window = bootstrap.create_main_window(dealer.db, settings)
    qtbot.addWidget(window)
    window.show()
    window.search_field.setFocus()
    _scan(qtbot, window.search_field, tag.lower())
    assert window.current_section() == "old_parts"
    page = window.page("old_parts")
    assert isinstance(page, OldPartsPage)
    assert page.panel.detail is not None and page.panel.detail.row.tag_no == tag
    # AND the Dashboard's overdue tile opens the list filtered to overdue parts
    window.on_dashboard_section_requested("old_parts", "old_parts_overdue")
    assert page.due_filter.currentData() == "overdue"
    # AND the clock tiles open the claims and the service log filtered to the missed clocks
    window.on_dashboard_section_requested("claims", "clock_claims_red")
    assert window.current_section() == "claims" and window.page("claims").claims.filter_bar.clock.currentData() == "red"
    window.on_dashboard_section_requested("service_log", "clock_entries_amber")
    assert window.current_section() == "service_log"
    assert window.page("service_log").entries.filters()["clock"] == "amber"

