"""Head office's settlement notice, imported as a clerk would: a notice with a claim cut and one rejected is
chosen in the dialog and imported; a wrong one is refused with every problem listed by row and changes
nothing; the rejected claim is reworked and offered to open. The translated reasons stay in step."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from app.domain.enums import BatchStatus, ClaimStatus
from app.reports.excel import Problem
from app.reports.excel.problems import ProblemCode, params
from app.reports.excel.settlement import REASONS as SETTLEMENT_ENGLISH
from app.reports.excel.settlement import SettlementCode, SettlementProblem
from app.services import batches
from app.services.inspection import InspectionCode
from app.ui.batches.page import BATCHES, SETTLEMENTS, BatchesPage
from app.ui.master_data import import_dialog
from app.ui.master_data.texts import SETTLEMENT_REASONS, reason
from tests.services.batches.batch_data import PUMP_TOTAL, claims_to_batch
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer
from tests.services.settlement_data import notice, snapshot

TIMEOUT = 60000
D = Decimal
CUT, REJECTED_BY = D("200.00"), D("1921.50")


def exported_batch(dealer, out: Path) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]  # noqa: F811
    """Four approved claims in one batch, exported; returns the batch number and the claim numbers."""
    made = claims_to_batch(dealer, photo=False)
    view = batches.create_batch(dealer.db, dealer.manager, today=TODAY)
    batches.export_batch(dealer.db, dealer.manager, view.batch_no, out, as_zip=True, today=TODAY)
    return view.batch_no, list(made.numbers)


def settlement_file(path: Path, batch_no: str, numbers: list[str], *, number: str = "HX2026-0007",
                    approved_total: Decimal | None = None) -> Path:
    """Head office's answer: the first and last paid in full, the second cut by 200.00, the third rejected."""
    a, b, c, d = numbers
    lines = [(a, 1, PUMP_TOTAL, PUMP_TOTAL, D(0), "", ""),
             (b, 1, PUMP_TOTAL, PUMP_TOTAL - CUT, CUT, "R04", "工时超出标准"),
             (c, 1, PUMP_TOTAL, D(0), PUMP_TOTAL, "R03", "人为损坏，不属三包范围"),
             (d, 1, PUMP_TOTAL, PUMP_TOTAL, D(0), "", "")]
    approved = sum((line[3] for line in lines), D(0)) if approved_total is None else approved_total
    deducted = sum((line[4] for line in lines), D(0))
    return notice(path, (number, TODAY, batch_no, approved, deducted), lines)


def _page(qtbot, dealer) -> BatchesPage:  # type: ignore[no-untyped-def]  # noqa: F811
    page = BatchesPage(dealer.db, actor=lambda: dealer.manager, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    return page


def _import(qtbot, page, monkeypatch, path: Path):  # type: ignore[no-untyped-def]
    view = page.show_tab(SETTLEMENTS)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.import_dialog
    assert dialog is not None and dialog.isVisible()
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda *args: str(path))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_field.text() == str(path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    return view, dialog


def test_every_settlement_reason_is_marked_for_translation_as_the_service_writes_it():
    assert SETTLEMENT_REASONS == SETTLEMENT_ENGLISH
    assert set(SETTLEMENT_REASONS) == set(SettlementCode)
    # reason() looks codes up by value: no two kinds of problem may share one
    kinds = [{code.value for code in kind} for kind in (SettlementCode, InspectionCode, ProblemCode)]
    assert not (kinds[0] & kinds[1]) and not (kinds[0] & kinds[2]) and not (kinds[1] & kinds[2])


def _catalogue(folder: Path, context: str, messages: dict[str, str]) -> QTranslator:
    """A translator for a few messages, built as `make i18n` builds the real one."""
    body = "".join(f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
                   for s, t in messages.items())
    ts = folder / "extra.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context>'
                  f"<name>{context}</name>{body}</context></TS>", encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    return translator


def test_a_translated_settlement_reason_shows_the_claims_status_in_the_clerks_words(qapp, chinese, tmp_path):
    # GIVEN the Chinese catalogue with the settlement reasons translated
    translator = _catalogue(tmp_path, "ImportProblem", {
        SETTLEMENT_REASONS[SettlementCode.ALREADY_SETTLED]: "该索赔已是“{status}”",
        SETTLEMENT_REASONS[SettlementCode.UNKNOWN_CLAIM]: "没有此编号的索赔{revision}",
        " (revision {number})": "（修订版 {number}）"})
    qapp.installTranslator(translator)
    try:
        settled = SettlementProblem(SettlementCode.ALREADY_SETTLED, 5, "A", "索赔单号",  # type: ignore[arg-type]
                                    params=params(status="settled (approved in full)"))
        unknown = SettlementProblem(SettlementCode.UNKNOWN_CLAIM, 6, "A", "索赔单号",  # type: ignore[arg-type]
                                    params=params(revision=" (revision 2)"))
        # THEN the service's English words among the values are shown translated too
        assert reason(settled) == "该索赔已是“全额核销”"
        assert reason(unknown) == "没有此编号的索赔（修订版 2）"
        assert reason(Problem(ProblemCode.NO_ROWS)) == "表头下面没有数据行"
    finally:
        qapp.removeTranslator(translator)
    # and the service's own English is unchanged
    assert settled.reason == "this claim is already settled (approved in full)"


def test_a_notice_with_a_cut_and_a_rejection_is_imported_and_the_rejected_claim_reworked(
        qtbot, english, dealer, tmp_path, monkeypatch, qtmodeltester):  # noqa: F811
    # GIVEN an exported batch of four claims and head office's notice: two paid, one cut, one rejected
    batch_no, numbers = exported_batch(dealer, tmp_path / "out")
    path = settlement_file(tmp_path / "核销通知 HX2026-0007.xlsx", batch_no, numbers)
    page = _page(qtbot, dealer)
    requested: list[int] = []
    page.claim_requested.connect(requested.append)

    # WHEN the clerk imports it through the dialog
    view, dialog = _import(qtbot, page, monkeypatch, path)

    # THEN the dialog sums it up and the notice is listed with its four lines, as head office decided
    summary = dialog.result_label.text()
    assert dialog.result_value is not None and not dialog.problem_table.isVisible()
    assert "settlement HX2026-0007" in summary and "2 claims approved in full, 1 in part, 1 rejected" in summary
    assert "approved 5,564.50" in summary and "deducted 2,121.50" in summary and "batch D3701-2026-001" in summary
    dialog.close()
    assert view.model.total() == 1 and view.view is not None
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.lines_model)
    assert view.model.index(0, 0).data() == "HX2026-0007" and view.model.index(0, 5).data() == "5,564.50"
    lines = {line.claim_no: line for line in view.view.lines}
    assert [lines[n].outcome for n in numbers] == [ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL,
                                                   ClaimStatus.REJECTED, ClaimStatus.SETTLED_APPROVED]
    assert (lines[numbers[1]].deducted_amount, lines[numbers[1]].reason_code) == (CUT, "R04")
    assert "approved 5,564.50, deducted 2,121.50" in view.title.text()
    # and the batch, all of whose claims head office answered, is settled
    batches_view = page.show_tab(BATCHES)
    assert batches_view.model.row_at(0).status == BatchStatus.SETTLED
    page.show_tab(SETTLEMENTS)

    # WHEN the clerk chooses the rejected line: it can be reworked (a paid one cannot)
    row = [line.claim_no for line in view.lines_model.rows()].index(numbers[0])
    view.lines.selectRow(row)
    assert not view.rework_button.isEnabled() and view.open_button.isEnabled()
    row = [line.claim_no for line in view.lines_model.rows()].index(numbers[2])
    view.lines.selectRow(row)
    assert view.rework_button.isEnabled()
    qtbot.mouseClick(view.rework_button, Qt.MouseButton.LeftButton)

    # THEN a new draft revision exists, the line shows the settled one superseded, and opening it is offered
    box = view.open_box
    assert box is not None and box.isVisible() and f"Claim {numbers[2]} is now revision 2" in box.text()
    assert view.reworked_id is not None and view.reworked_id != lines[numbers[2]].claim_id
    assert {line.claim_no: line.status for line in view.view.lines}[numbers[2]] == ClaimStatus.REWORKED
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Open), Qt.MouseButton.LeftButton)
    assert requested == [view.reworked_id]


def test_a_wrong_notice_is_refused_with_every_problem_by_row_and_changes_nothing(
        qtbot, english, dealer, tmp_path, monkeypatch):  # noqa: F811
    # GIVEN an exported batch and a notice whose total is wrong and which names a claim never sent
    batch_no, numbers = exported_batch(dealer, tmp_path / "out")
    path = settlement_file(tmp_path / "wrong.xlsx", batch_no, [*numbers[:3], "SB2026-999999"],
                           approved_total=D("1.00"))
    before = snapshot(dealer)
    page = _page(qtbot, dealer)

    # WHEN the clerk imports it
    view, dialog = _import(qtbot, page, monkeypatch, path)

    # THEN nothing is imported and the table lists each problem with its row, column and reason
    assert dialog.result_value is None and dialog.problem_table.isVisible()
    assert "wrong.xlsx was not imported" in dialog.result_label.text()
    found = {(p.row, p.code) for p in dialog.problems()}
    assert (5, SettlementCode.UNKNOWN_CLAIM) in found and (None, SettlementCode.TOTAL_MISMATCH) in found
    table = dialog.problems_as_text()
    assert "no claim has this number" in table and "the lines add up to" in table
    assert snapshot(dealer) == before and view.model.total() == 0

    # WHEN the right notice is imported and then the same file once more
    dialog.close()
    good = settlement_file(tmp_path / "right.xlsx", batch_no, numbers)
    _import(qtbot, page, monkeypatch, good)[1].close()
    _view, again = _import(qtbot, page, monkeypatch, good)
    # THEN the second time is refused: the file and the notice number were imported already
    codes = {p.code for p in again.problems()}
    assert again.result_value is None and SettlementCode.ALREADY_IMPORTED in codes
    assert "was not imported" in again.result_label.text() and view.model.total() == 1


def test_the_notice_can_be_json(qtbot, english, dealer, tmp_path, monkeypatch):  # noqa: F811
    batch_no, numbers = exported_batch(dealer, tmp_path / "out")
    path = settlement_file(tmp_path / "HX2026-0007.json", batch_no, numbers)
    page = _page(qtbot, dealer)
    view, dialog = _import(qtbot, page, monkeypatch, path)
    assert dialog.result_value is not None and dialog.result_value.approved_amount == D("5564.50")
    assert view.model.total() == 1 and dt.date.fromisoformat(view.model.index(0, 1).data()) == TODAY
