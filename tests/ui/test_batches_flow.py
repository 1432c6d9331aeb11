"""A claim batch built and sent as a clerk would: a new batch for May through the dialog, a claim taken out
and put back, the package exported to a chosen folder (the batch then read-only), a failed export that
leaves the batch open, and an open batch deleted."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from app.domain.enums import BatchStatus, ClaimStatus
from app.services import batches
from app.ui.batches import export_dialog
from app.ui.batches.common import TupleTableModel, period
from app.ui.batches.page import BATCHES, BatchesPage
from app.ui.batches.pick_dialog import last_month
from tests.services.batches.batch_data import PUMP_TOTAL, claims_to_batch, states
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer

TIMEOUT = 60000


def _page(qtbot, dealer) -> BatchesPage:  # type: ignore[no-untyped-def]  # noqa: F811
    page = BatchesPage(dealer.db, actor=lambda: dealer.manager, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    return page


def _wait(qtbot, owner) -> None:  # type: ignore[no-untyped-def]
    """Until the work the widget started on a pool thread has come back."""
    qtbot.waitUntil(lambda: owner.task is None or not owner.task.is_running(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: owner.task is None, timeout=TIMEOUT)


def test_a_batch_for_may_is_made_reviewed_changed_and_exported(qtbot, english, dealer, tmp_path,  # noqa: F811
                                                                monkeypatch, qtmodeltester):
    # GIVEN four approved claims, two repaired in May and two in June
    made = claims_to_batch(dealer)
    page = _page(qtbot, dealer)
    view = page.show_tab(BATCHES)
    assert view.model.total() == 0 and view.panel.empty_label.isVisible()

    # WHEN the clerk opens "New batch…": the period is last month, May, and its two claims wait
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.period() == last_month(TODAY) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert dialog.model.total() == 2 and not dialog.chosen_button.isEnabled()
    qtmodeltester.check(dialog.model)
    # a wider period shows all four; back to May, and the batch is made with all of them
    dialog.set_period(dt.date(2026, 5, 1), dt.date(2026, 6, 30))
    assert dialog.model.total() == 4
    dialog.set_period(dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, view)

    # THEN the batch is listed, chosen and reviewed: numbered, its totals to the cent, its two claims
    assert not (isValid(dialog) and dialog.isVisible())
    assert view.model.total() == 1
    row = view.selected()
    assert row is not None and row.batch_no == "D3701-2026-001" and row.status == BatchStatus.OPEN
    assert view.model.index(0, 2).data() == "2026-05" == period(row.period_from, row.period_to, short=True)
    panel = view.panel
    assert panel.view is not None and [c.claim_id for c in panel.view.claims] == list(made.approved[:2])
    assert panel.amounts["total"].text() == "3,843.00" and panel.amounts["claims"].text() == "2"
    assert panel.amounts["labour"].text() == "300.00" and panel.amounts["parts"].text() == "3,474.00"
    assert panel.amounts["travel"].text() == "69.00" and panel.amounts["other"].text() == "0.00"
    assert not panel.banner.isVisible() and panel.add_button.isEnabled() and panel.delete_button.isEnabled()
    assert isinstance(panel.model, TupleTableModel)
    qtmodeltester.check(panel.model)

    # WHEN one claim is taken out again
    panel.table.selectRow(0)
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    # THEN the batch holds one claim and the other waits for a batch again
    assert panel.view is not None and panel.view.totals.claim_count == 1
    assert panel.amounts["total"].text() == "1,921.50" and view.model.row_at(0).totals.claim_count == 1
    assert states(dealer, made.approved[:2]) == [(ClaimStatus.APPROVED, None), (ClaimStatus.IN_BATCH, panel.view.id)]

    # WHEN it is put back through "Add claims…" (only May's waiting claim is offered: the batch is May's)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    adding = panel.pick_dialog
    assert adding is not None and not adding.all_button.isVisible() and not adding.from_edit.isEnabled()
    assert adding.model.total() == 1
    adding.table.selectRow(0)
    qtbot.mouseClick(adding.chosen_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    assert not (isValid(adding) and adding.isVisible())  # closed (and maybe deleted already)
    assert panel.view.totals.total_amount == 2 * PUMP_TOTAL

    # WHEN the clerk exports it as a zip into a chosen folder
    out = tmp_path / "to head office"
    out.mkdir()
    monkeypatch.setattr(export_dialog, "ask_folder", lambda *args: str(out))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    exporting = panel.export_dialog
    assert exporting is not None and exporting.isVisible()
    assert exporting.template_label.text() == batches.current_template(dealer.db).name
    qtbot.mouseClick(exporting.choose_button, Qt.MouseButton.LeftButton)
    assert exporting.zip_button.isChecked()
    assert exporting.target_label.text() == str(out / "D3701-2026-001.zip")
    assert export_dialog.stage_text("pdf", 1, 2) == "Drawing the repair records… 1 of 2"
    qtbot.mouseClick(exporting.export_button, Qt.MouseButton.LeftButton)
    assert exporting.is_busy() and not exporting.export_button.isEnabled()
    qtbot.waitUntil(lambda: not exporting.is_busy(), timeout=TIMEOUT)

    # THEN the package is there, the dialog says where and how big, and the batch is exported and read-only
    result = exporting.result_value
    assert result is not None and result.locked and result.path == out / "D3701-2026-001.zip"
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert {"D3701-2026-001.xlsx", "D3701-2026-001.json", "manifest.json"} <= set(names)
    assert result.files == len(names)
    text = exporting.result_label.text()
    assert str(result.path) in text and f"{result.files:,} files" in text and "now locked" in text
    assert exporting.open_button.isVisible() and not exporting.export_button.isEnabled()
    exporting.close()
    assert panel.view.status == BatchStatus.EXPORTED
    banner = panel.banner.text()
    assert panel.banner.isVisible() and "read only" in banner and "D3701-2026-001.zip" in banner
    for button in (panel.add_button, panel.remove_button, panel.delete_button):
        assert not button.isEnabled()
    assert panel.export_button.isEnabled()  # a copy can always be written again
    assert view.model.row_at(0).status == BatchStatus.EXPORTED and view.model.index(0, 5).data()


def test_the_batch_summary_prints_from_the_review(qtbot, english, dealer, tmp_path):  # noqa: F811
    claims_to_batch(dealer)
    batches.create_batch(dealer.db, dealer.manager, today=TODAY)
    page = _page(qtbot, dealer)
    page.batches.table.selectRow(0)
    printing = page.batches.panel.printing
    assert page.batches.panel.print_button.isEnabled() and printing.name_hint() == "batch summary D3701-2026-001.pdf"
    target = tmp_path / "summary.pdf"
    printing.save_to(target, "en")
    qtbot.waitUntil(lambda: printing.last_task is not None and not printing.last_task.is_running(), timeout=TIMEOUT)
    qtbot.waitUntil(target.is_file)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(target).pages)
    assert "D3701-2026-001" in text and "7,686.00" in text


def test_a_failed_export_says_so_and_the_batch_stays_open(qtbot, english, dealer, tmp_path):  # noqa: F811
    # GIVEN an open batch of May's claims
    claims_to_batch(dealer)
    batches.create_batch(dealer.db, dealer.manager, period_from=dt.date(2026, 5, 1),
                         period_to=dt.date(2026, 5, 31), today=TODAY)
    page = _page(qtbot, dealer)
    view = page.batches
    view.table.selectRow(0)
    panel = view.panel
    # WHEN the package is to go where no folder can be made (a file stands in the way)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not a folder"
    blocker.write_text("x")
    exporting = panel.open_export_dialog()
    assert exporting is not None
    exporting.set_folder(blocker / "sub")
    exporting.folder_button.setChecked(True)
    exporting.start_export()
    qtbot.waitUntil(lambda: not exporting.is_busy(), timeout=TIMEOUT)
    # THEN nothing was exported, the dialog says so in red, and the batch is still open and editable
    assert exporting.result_value is None
    assert exporting.error_text.startswith("Nothing was exported") and "stays open" in exporting.error_text
    assert exporting.result_label.isVisible() and exporting.result_label.objectName() == "errorText"
    assert exporting.export_button.isEnabled()  # another folder can be tried
    assert panel.view is not None and panel.view.is_open and panel.add_button.isEnabled()
    assert not panel.banner.isVisible() and list(out.iterdir()) == [blocker]


def test_an_open_batch_is_deleted_after_asking_and_its_claims_wait_again(qtbot, english, dealer):  # noqa: F811
    made = claims_to_batch(dealer)
    batches.create_batch(dealer.db, dealer.manager, claim_ids=made.approved[2:], today=TODAY)
    page = _page(qtbot, dealer)
    view = page.batches
    view.table.selectRow(0)
    panel = view.panel
    assert panel.facts.text().startswith("Claims picked one by one")
    # a batch of picked claims has no period: every waiting claim may be added
    adding = panel.open_add_dialog()
    assert adding is not None and adding.from_edit.isHidden() and adding.model.total() == 2
    adding.reject()
    # WHEN the clerk asks to delete it and says yes
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    assert box is not None and box.isVisible() and "2 claims" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    # THEN the batch is gone and its claims are approved and in no batch
    assert view.model.total() == 0 and panel.view is None and panel.empty_label.isVisible()
    assert states(dealer, made.approved[2:]) == [(ClaimStatus.APPROVED, None)] * 2


def test_a_refused_new_batch_is_said_in_the_dialog(qtbot, english, dealer):  # noqa: F811
    # GIVEN two workstations: this one offers May's claims, the other batches them first
    made = claims_to_batch(dealer)
    page = _page(qtbot, dealer)
    dialog = page.batches.open_new_dialog()
    dialog.table.selectAll()
    batches.create_batch(dealer.db, dealer.manager, claim_ids=made.approved[:1], today=TODAY)
    # WHEN this one creates a batch with both chosen claims
    qtbot.mouseClick(dialog.chosen_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page.batches)
    # THEN the dialog stays open, says why, and lists what still waits
    assert dialog.isVisible() and "already in batch D3701-2026-001" in dialog.error_label.text()
    assert dialog.model.total() == 1 and not dialog.busy
    assert batches.get_batch(dealer.db, "D3701-2026-001").totals.total_amount == Decimal("1921.50")
