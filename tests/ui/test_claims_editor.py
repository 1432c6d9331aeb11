"""The claim editor with real widgets on a real database (SQLite and PostgreSQL): a repair record from the first
keystroke to approval, live totals and checks, read-only once batched, and a refused second save."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db.models import ClaimBatch, WarrantyClaim
from app.domain.enums import ClaimStatus
from app.services import claims
from app.ui.claims.editor import ClaimEditor
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


def _editor(qtbot, dealer, actor, claim_id=None) -> ClaimEditor:  # type: ignore[no-untyped-def]  # noqa: F811
    editor = ClaimEditor(dealer.db, actor=lambda: actor, today=lambda: TODAY, claim_id=claim_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _settle(qtbot, editor: ClaimEditor) -> None:  # type: ignore[no-untyped-def]
    """Wait for the debounced preview to run."""
    qtbot.waitUntil(lambda: not editor.preview_timer.isActive(), timeout=3000)


def _set(model, row: int, key: str, value, role=Qt.ItemDataRole.EditRole) -> None:  # type: ignore[no-untyped-def]
    assert model.setData(model.index(row, model.column_of(key)), value, role)


def _cell(model, row: int, key: str) -> str:  # type: ignore[no-untyped-def]
    return model.index(row, model.column_of(key)).data()


def test_a_claim_from_the_first_keystroke_to_approval(qtbot, english, dealer):  # noqa: F811
    editor = _editor(qtbot, dealer, dealer.manager)
    assert editor.windowTitle() == "New warranty claim" and not editor.save_button.isDefault()
    # GIVEN a scanned serial number (a keyboard wedge types it and presses Enter)
    qtbot.keyClicks(editor.form.serial, "LF50426000001")
    qtbot.keyClick(editor.form.serial, Qt.Key.Key_Return)
    assert "LF-504 轮式拖拉机" in editor.form.unit_info.text() and "王建国" in editor.form.unit_info.text()
    assert "sold 2026-03-01" in editor.form.unit_info.text()
    assert editor.isVisible()  # Enter did not press a button
    # checks run before any line is typed
    assert "SIGNATURE_MISSING" in editor.findings.codes()
    editor.form.failure_date.setDate(dt.date(2026, 6, 10))
    editor.form.repair_date.setDate(dt.date(2026, 6, 12))
    qtbot.keyClicks(editor.form.hour_meter, "210.5")
    editor.form.technician.setEditText("张海涛")
    editor.form.complaint.setPlainText("发动机启动困难，冒黑烟")
    editor.form.cause.setPlainText("喷油泵柱塞磨损")
    editor.form.correction.setPlainText("更换喷油泵")
    # WHEN a labour line and a part line are added
    editor.tabs.setCurrentIndex(1)
    editor.labour_table.add_button.click()
    _set(editor.labour, 0, "code", "L-E01")
    _set(editor.labour, 0, "actual", "2.5")
    editor.parts_table.add_line()
    _set(editor.parts, 0, "part_no", "T5-112-10")
    _set(editor.parts, 0, "causal", Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.keyClicks(editor.costs.km, "23")
    qtbot.keyClicks(editor.costs.rate, "1.5")
    _settle(qtbot, editor)
    # THEN the preview fills in flat rate, rate, name, price and retain, and the totals add up
    assert _cell(editor.labour, 0, "flat") == "2.5" and _cell(editor.labour, 0, "rate") == "60.00"
    assert _cell(editor.labour, 0, "amount") == "150.00"
    assert _cell(editor.parts, 0, "name") == "喷油泵" and _cell(editor.parts, 0, "price") == "1,680.00"
    retain = editor.parts.index(0, editor.parts.column_of("retain")).data(Qt.ItemDataRole.CheckStateRole)
    assert retain == Qt.CheckState.Checked  # a must-return part is kept by itself
    assert editor.findings.amounts["labour"].text() == "150.00"
    assert editor.findings.amounts["parts"].text() == "1,680.00"
    assert editor.findings.amounts["travel"].text() == "34.50"
    assert editor.findings.total_text() == "1,864.50"
    # the signature check fires, in words, and clears when the box is ticked
    assert editor.findings.codes() == ["SIGNATURE_MISSING"]
    assert "The customer's signature is not recorded." in editor.findings.texts()
    assert not editor.ready_button.isEnabled()
    editor.form.signed.setChecked(True)
    _settle(qtbot, editor)
    assert editor.findings.codes() == [] and editor.findings.texts() == ["All checks passed."]
    # save, mark ready, approve
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.view is not None and editor.view.claim_no == "SB2026-000001" and not editor.dirty
    assert editor.windowTitle() == "Warranty claim SB2026-000001 (revision 1) — Draft"
    editor.ready_button.click()
    assert editor.view.status == ClaimStatus.READY and editor.approve_button.isEnabled()
    editor.approve_button.click()
    assert editor.view.status == ClaimStatus.APPROVED
    saved = claims.get_claim(dealer.db, editor.view.id, TODAY)
    assert saved.total_amount == Decimal("1864.50") and saved.approved_by == "孙伟"
    assert saved.input.complaint == "发动机启动困难，冒黑烟"
    fields = {row: editor.audit.table.item(row, 1).text() for row in range(editor.audit.table.rowCount())}
    assert "孙伟" in fields.values()


def _batched(db, claim_id: int) -> None:  # type: ignore[no-untyped-def]
    """Stands in for the batch export of a later issue."""
    with db.sessions.begin() as s:
        batch = ClaimBatch(batch_no="D3701-2026-001", dealer_code="D3701", year=2026, sequence=1, status="exported",
                           exported_at=dt.datetime.now(dt.UTC))
        s.add(batch)
        s.flush()
        claim = s.get(WarrantyClaim, claim_id)
        claim.status, claim.batch_id, claim.approved_at = ClaimStatus.IN_BATCH, batch.id, dt.datetime.now(dt.UTC)


def test_a_batched_claim_opens_read_only(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    _batched(dealer.db, view.id)
    editor = _editor(qtbot, dealer, dealer.manager, view.id)
    assert editor.read_only_banner.isVisible()
    assert editor.read_only_banner.text() == "In batch D3701-2026-001 — read only"
    assert editor.windowTitle() == "Warranty claim SB2026-000001 (revision 1) — In a batch"
    for widget in (editor.form.serial, editor.form.failure_date, editor.form.technician, editor.form.signed,
                   editor.form.exclusion, editor.costs.km, editor.costs.other, editor.save_button, editor.ready_button,
                   editor.approve_button, editor.labour_table.add_button, editor.parts_table.remove_button,
                   editor.attachments.add_photos_button):
        assert not widget.isEnabled(), widget.objectName()
    assert editor.form.cause.isReadOnly() and editor.form.cause.toPlainText() == "喷油泵柱塞磨损"
    index = editor.parts.index(0, editor.parts.column_of("quantity"))
    assert not editor.parts.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not editor.parts.setData(index, "5")
    assert not editor.dirty and not editor.rework_button.isVisible()


def test_a_rejected_claim_is_reworked_into_a_new_editable_revision(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    _batched(dealer.db, view.id)
    with dealer.db.sessions.begin() as s:
        s.get(WarrantyClaim, view.id).status = ClaimStatus.REJECTED
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    assert editor.read_only_banner.text() == "Rejected, batch D3701-2026-001 — read only"
    assert editor.rework_button.isVisible()
    editor.rework_button.click()
    assert editor.view is not None and editor.view.revision == 2 and editor.view.status == ClaimStatus.DRAFT
    assert not editor.read_only_banner.isVisible() and editor.form.serial.isEnabled()


def test_a_clerk_cannot_approve(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    view = claims.mark_ready(dealer.db, dealer.clerk, view.id, view.version, TODAY)
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    assert not editor.approve_button.isEnabled()
    assert editor.approve_button.toolTip() == "Approval needs the service manager role"
    editor.approve()  # even past the button, the service refuses
    assert editor.message is not None and "needs the service manager role" in editor.message.text()
    assert claims.get_claim(dealer.db, view.id, TODAY).status == ClaimStatus.READY


def test_a_second_save_is_refused_and_the_clerks_text_kept(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    # GIVEN another workstation saves the claim after this editor opened it
    claims.update_claim(dealer.db, dealer.manager, view.id, view.version, pump_claim(cause="出油阀卡滞"), TODAY)
    # WHEN the clerk saves her own change
    editor.form.cause.setPlainText("柱塞磨损严重，𠀀 需更换 🚜")
    assert not editor.save()
    # THEN the save is refused with a clear message, and nothing she typed is lost
    assert editor.conflict_banner.isVisible()
    assert "your changes were NOT saved" in editor.conflict_banner.text()
    assert editor.message is not None and editor.message.windowTitle() == "Changed on another workstation"
    assert editor.form.cause.toPlainText() == "柱塞磨损严重，𠀀 需更换 🚜" and editor.dirty
    assert claims.get_claim(dealer.db, view.id, TODAY).input.cause == "出油阀卡滞"
    # and reloading shows the other workstation's text
    editor.reload_button.click()
    assert editor.form.cause.toPlainText() == "出油阀卡滞" and not editor.conflict_banner.isVisible()
    assert not editor.dirty


def test_what_cannot_be_read_is_shown_and_not_saved(qtbot, english, dealer):  # noqa: F811
    editor = _editor(qtbot, dealer, dealer.clerk)
    editor.form.serial.setText("LF50426000001")
    editor.form.hour_meter.setText("abc")
    editor.labour_table.add_line()
    _set(editor.labour, 0, "code", "L-E01")
    _set(editor.labour, 0, "actual", "0")
    editor.parts_table.add_line()
    _set(editor.parts, 0, "part_no", "NO-SUCH")
    _settle(qtbot, editor)
    texts = editor.findings.texts()
    assert "Hour meter: “abc” is not a number." in texts
    assert "Labour line 1: the hours must be more than zero." in texts
    assert any("part number NO-SUCH is not in the catalogue" in t for t in texts)
    assert "LF-504" in editor.form.unit_info.text()  # the unit is still found
    assert "SIGNATURE_MISSING" in editor.findings.codes()  # and the header's checks still run
    assert not editor.save()
    assert editor.message is not None and "Hour meter" in editor.message.text()
    editor.form.serial.setText("NOPE")
    editor.run_preview()
    assert "no unit with serial number NOPE" in editor.form.unit_info.text()


def test_exclusion_and_flat_rate_findings_read_as_sentences(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    editor.form.exclusion.setCurrentIndex(editor.form.exclusion.findData("misuse"))
    _set(editor.labour, 0, "actual", "3")
    _settle(qtbot, editor)
    assert editor.findings.texts() == [
        "Operation L-E01: 3.00 h worked is more than the flat rate of 2.50 h.",
        "The cause is recorded as an exclusion (Misuse or improper maintenance): not a warranty case.",
    ]
    assert editor.findings.list.item(1).foreground().color().name() == "#c62828"  # blocking: red
    assert editor.findings.list.item(0).foreground().color().name() == "#a15c00"  # warning: amber
    assert not editor.ready_button.isEnabled()


def test_escape_with_unsaved_changes_asks_first(qtbot, english, dealer):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert not editor.isVisible()
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    editor.form.fault_code.setText("E202")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.close_box is not None and editor.close_box.isVisible()
    editor.close_box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.form.fault_code.text() == "E202"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    editor.close_box.button(QMessageBox.StandardButton.Save).click()
    assert not editor.isVisible()
    assert claims.get_claim(dealer.db, view.id, TODAY).input.fault_code == "E202"


def _signature(editor: ClaimEditor, on: bool) -> None:
    editor.form.signed.setChecked(on)


def _failure(editor: ClaimEditor, day: dt.date) -> None:
    editor.form.failure_date.setDate(day)


def _repair(editor: ClaimEditor, day: dt.date) -> None:
    editor.form.repair_date.setDate(day)


def _hours(editor: ClaimEditor, text: str) -> None:
    editor.form.hour_meter.setText(text)


def _exclusion(editor: ClaimEditor, code: str) -> None:
    editor.form.exclusion.setCurrentIndex(editor.form.exclusion.findData(code))


def _serial(editor: ClaimEditor, serial: str) -> None:
    editor.form.serial.setText(serial)
    editor.form.serial.editingFinished.emit()


def _labour_hours(editor: ClaimEditor, text: str) -> None:
    _set(editor.labour, 0, "actual", text)


def _retain(editor: ClaimEditor, on: bool) -> None:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    _set(editor.parts, 0, "retain", state.value, Qt.ItemDataRole.CheckStateRole)


# rule → (make it fire, make it clear again), each through the editor's own widgets
FIRE_AND_CLEAR = {
    "SIGNATURE_MISSING": (lambda e: _signature(e, False), lambda e: _signature(e, True)),
    "FAILURE_AFTER_REPAIR": (lambda e: _failure(e, dt.date(2026, 6, 13)), lambda e: _failure(e, dt.date(2026, 6, 10))),
    "DATE_IN_FUTURE": (lambda e: _repair(e, dt.date(2026, 6, 25)), lambda e: _repair(e, dt.date(2026, 6, 12))),
    "REPAIR_BEFORE_SALE": (lambda e: _failure(e, dt.date(2026, 2, 20)), lambda e: _failure(e, dt.date(2026, 6, 10))),
    "OUT_OF_WARRANTY_USAGE": (lambda e: _hours(e, "1600"), lambda e: _hours(e, "210.5")),
    "CARD_NOT_RECOGNISED": (lambda e: _serial(e, "LF50426000002"), lambda e: _serial(e, "LF50426000001")),
    "LABOUR_ABOVE_FLAT_RATE": (lambda e: _labour_hours(e, "3"), lambda e: _labour_hours(e, "2.5")),
    "OLD_PART_NOT_RETAINED": (lambda e: _retain(e, False), lambda e: _retain(e, True)),
    "EXCLUDED_CAUSE": (lambda e: _exclusion(e, "misuse"), lambda e: _exclusion(e, "")),
}


@pytest.mark.parametrize("code", list(FIRE_AND_CLEAR))
def test_each_check_fires_and_clears_in_the_editor(qtbot, english, dealer, code):  # noqa: F811
    # GIVEN a clean claim open in the editor
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    assert view.findings == ()
    editor = _editor(qtbot, dealer, dealer.clerk, view.id)
    _settle(qtbot, editor)
    assert code not in editor.findings.codes()
    fire, clear = FIRE_AND_CLEAR[code]
    # WHEN the clerk changes the field the check reads, the finding appears …
    fire(editor)
    qtbot.waitUntil(lambda: code in editor.findings.codes(), timeout=3000)
    # … and when the clerk puts it right, it goes again
    clear(editor)
    qtbot.waitUntil(lambda: code not in editor.findings.codes(), timeout=3000)
