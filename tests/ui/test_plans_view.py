"""The reserve plan section driven as a clerk and the service manager would: make next spring's plan, change a
quantity, approve it, record its submission, revise it, print and export it; edit the seasons; and see last
year's plan beside what the season used."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.domain.enums import PlanStatus
from app.services import plans
from app.ui.plans import PlansView
from app.ui.plans import export_dialog as export_module
from app.ui.plans.lines_model import COL_CHOSEN, COL_NOTE
from tests.services.plans.tiny import CLERK, TODAY, manager, tiny_dealer


@pytest.fixture
def database(database):  # type: ignore[no-untyped-def]
    tiny_dealer(database)
    return database


@pytest.fixture
def acting(database):  # type: ignore[no-untyped-def]
    """Who acts: a clerk until the test hands over to the manager."""
    return {"who": CLERK, "manager": manager(database)}


def _view(qtbot, database, acting) -> PlansView:  # type: ignore[no-untyped-def]
    view = PlansView(database, actor=lambda: acting["who"], today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def _new_plan(qtbot, view: PlansView) -> None:  # type: ignore[no-untyped-def]
    view.ask_new_plan()
    dialog = view.dialog
    assert dialog.year.value() == 2027 and dialog.due_label.text().startswith("2027-01-30")
    dialog.accept()
    qtbot.waitUntil(lambda: view.task is None, timeout=20000)
    qtbot.waitUntil(lambda: view.editor.plan is not None)


def test_make_change_approve_submit_and_revise(qtbot, database, acting, qtmodeltester):  # type: ignore[no-untyped-def]
    view = _view(qtbot, database, acting)
    assert view.model.total() == 0 and "No reserve plan is due" in view.banner.text()
    _new_plan(qtbot, view)
    editor = view.editor
    assert editor.plan.plan_no == "CB2026-001" and editor.model.total() == 2 and view.model.total() == 1
    qtmodeltester.check(editor.model)
    assert editor.model.index(0, 1).data() == "水泵"  # warranty parts first
    tip = editor.model.index(1, 9).data(Qt.ItemDataRole.ToolTipRole)
    assert "same season 2026: 20" in tip and "in whole packs of 10 = 30" in tip
    # a quantity that is not whole packs is refused in a message; whole packs are saved and the total follows
    chosen = editor.model.index(1, COL_CHOSEN)
    assert not editor.model.setData(chosen, "25")
    assert "comes in packs of 10" in editor.message.text()
    assert editor.model.setData(chosen, "４０")  # typed with the IME on
    assert editor.model.index(1, COL_CHOSEN).data() == "40" and editor.plan.total_amount == Decimal("540.00")
    assert editor.model.setData(editor.model.index(1, COL_NOTE), "农忙多备")
    # the clerk may not approve; the manager does, and the lines lock
    editor.approve()
    assert "needs the service manager role" in editor.message.text() and editor.plan.status == PlanStatus.DRAFT
    acting["who"] = acting["manager"]
    assert editor.approve() and editor.plan.status == PlanStatus.APPROVED
    assert not editor.model.flags(chosen) & Qt.ItemFlag.ItemIsEditable and editor.revise_button.isVisible()
    editor.ask_submission()
    editor.dialog.date_edit.setDate(QDate(2026, 11, 27))
    editor.dialog.accept()
    assert editor.plan.status == PlanStatus.SUBMITTED and editor.plan.submitted_on == TODAY
    assert view.model.index(0, 4).data() == "2026-11-27"
    # revising: confirmed, then the first change makes it revision 2's draft
    editor.ask_revise()
    editor.confirm.accept()
    assert editor.model.setData(editor.model.index(0, COL_CHOSEN), "2")
    assert (editor.plan.revision, editor.plan.status) == (2, PlanStatus.DRAFT)
    assert "(revision 2)" in editor.title.text()


def test_print_and_export(qtbot, database, acting, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    view = _view(qtbot, database, acting)
    _new_plan(qtbot, view)
    editor = view.editor
    editor.printing.save_to(tmp_path / "plan.pdf", "zh_CN")
    qtbot.waitUntil(lambda: (tmp_path / "plan.pdf").is_file(), timeout=20000)
    editor.ask_export()
    dialog = editor.dialog
    dialog.template.setCurrentIndex(dialog.template.findData("manufacturer-order"))
    monkeypatch.setattr(export_module, "ask_save_file", lambda *_a: str(tmp_path / "order"))
    dialog.on_choose_clicked()
    assert dialog.path_field.text().endswith("order.xlsx")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=20000)
    assert load_workbook(tmp_path / "order.xlsx").sheetnames == ["配件订货单"]
    assert "2 lines" in dialog.status.text()


def test_seasons_are_edited_in_a_dialog_with_the_reason_shown(qtbot, database, acting):  # type: ignore[no-untyped-def]
    view = _view(qtbot, database, acting)
    dialog = view.open_seasons()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "春耕"
    dialog.start_new()
    dialog.code.setText("spring")
    dialog.name.setText("三夏麦收")
    dialog.start.setDate(QDate(2001, 5, 25))
    dialog.length.setValue(40)
    assert not dialog.save()
    assert "the code SPRING is already used" in dialog.error.text() and len(plans.list_seasons(database)) == 1
    dialog.code.setText("SUMMER")
    assert dialog.save() and dialog.table.rowCount() == 2
    assert dialog.table.item(1, 2).text() == "05-25"
    assert view.compare.season.count() == 2


def test_last_years_plan_beside_what_the_season_used(qtbot, database, acting, qtmodeltester):  # type: ignore[no-untyped-def]
    boss = acting["manager"]
    made = plans.create_plan(database, boss, "SPRING", 2026, dt.date(2026, 1, 25))
    plans.approve_plan(database, boss, made.id, now=dt.datetime(2026, 1, 26, 2, tzinfo=dt.UTC))
    plans.record_submission(database, boss, made.id, dt.date(2026, 1, 27), TODAY)
    view = _view(qtbot, database, acting)
    view.tabs.setCurrentWidget(view.compare)
    compare = view.compare
    assert compare.year.value() == 2026  # next season is spring 2027: last year's is 2026
    qtmodeltester.check(compare.model)
    assert "Plan CB2026-001 (Submitted)" in compare.summary.text()
    assert compare.model.total() == 2
    # the records began in December: the plan had no past spring, so it held only the pump's minimum
    rows = {compare.model.row_at(r).part_no: compare.model.row_at(r) for r in range(2)}
    assert rows["T5-101"].actual == 20 and not rows["T5-101"].in_plan and not rows["T5-101"].covered
    assert rows["T5-112"].in_plan and rows["T5-112"].planned == 1 and rows["T5-112"].actual == 0
    assert compare.model.index(0, 1).data() == "机油滤清器"  # the biggest shortfall first
    assert compare.model.index(0, 7).data() == "+20"
