"""Exported workbooks never turn text a person typed into a formula: customer names, complaints, part names
and remarks that begin with = + - @ go into every kind of workbook, and each comes out as text, unchanged."""
from __future__ import annotations

import datetime as dt
from itertools import cycle
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.db.models import (
    Customer,
    DealerProfile,
    LedgerEntry,
    OldPart,
    Part,
    ProductModel,
    ReservePlan,
    ReservePlanLine,
    ReturnShipment,
    ServiceLogEntry,
    SettlementLine,
    WarrantyClaim,
)
from app.services import batches, demo
from app.services.cards import acting_user
from app.services.imports import KINDS, save_template
from app.services.inspection import write_inspection_sheet
from app.services.ledger.export import export_ledger
from app.services.plans.export import export_plan, shipped_plan_templates
from app.services.reports import export_reports
from app.services.reports.period import Period
from app.services.settlements import write_settlement_sheet
from app.services.stock.deliveries import save_delivery_sheet

TODAY = dt.date(2026, 11, 27)
PAYLOADS = ('=HYPERLINK("http://example.com/x","点这里")', "+1", "-2+3", "@SUM(A1)", "=1+1", "\t=CMD()",
            "=王小二")
# Free text people type (or import), by table: every one of them may end up in some workbook.
TYPED = {
    Customer: ("name", "address", "note"),
    WarrantyClaim: ("complaint", "cause", "correction", "technician", "other_note"),
    Part: ("name",),
    ProductModel: ("name",),
    OldPart: ("condition_notes", "inspection_remark", "storage_place"),
    ReturnShipment: ("carrier", "note"),
    SettlementLine: ("reason_text",),
    LedgerEntry: ("note",),
    ReservePlan: ("note",),
    ReservePlanLine: ("note",),
    ServiceLogEntry: ("caller_name", "problem", "result", "technician"),
    DealerProfile: ("name", "address"),
}


def _poison(database) -> None:  # type: ignore[no-untyped-def]
    """Every typed text of the demo dealer becomes one of the payloads (row by row, so each shows up)."""
    payloads = cycle(PAYLOADS)
    with database.sessions.begin() as s:
        for model, columns in TYPED.items():
            ids = s.scalars(select(model.id).order_by(model.id)).all()
            for row_id in ids:
                s.execute(update(model).where(model.id == row_id).values({c: next(payloads) for c in columns}))


def _cells(path: Path) -> list:  # type: ignore[type-arg]
    workbook = load_workbook(path)
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]


def _assert_safe(path: Path, *, expect_payloads: bool) -> None:
    cells = _cells(path)
    formulas = [f"{c.parent.title}!{c.coordinate}: {c.value!r}" for c in cells if c.data_type == "f"]
    assert formulas == [], f"{path.name} holds formulas"
    texts = [c for c in cells if isinstance(c.value, str) and c.value in PAYLOADS]
    if expect_payloads:
        assert texts, f"{path.name}: no typed text came through unchanged"
    assert all(c.data_type == "s" and c.quotePrefix for c in texts), path.name


@pytest.fixture
def poisoned(database):  # type: ignore[no-untyped-def]
    demo.build_demo(database, units=30, claims=150, seed=5, today=TODAY)
    _poison(database)
    return database


def test_every_exported_workbook_keeps_typed_text_as_text(poisoned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    written: list[tuple[Path, bool]] = []
    manager = acting_user(poisoned)
    # Claim batches, in every shipped layout (the last exported batch, exported again).
    batch_no = batches.list_batches(poisoned, _first_page()).rows[0].batch_no
    for name in batches.shipped_templates():
        out = tmp_path / f"batch-{name}"
        out.mkdir()
        batches.export_batch(poisoned, manager, batch_no, out, as_zip=False, template=name, today=TODAY)
        written += [(path, True) for path in out.rglob("*.xlsx")]
    # Reserve plans, in every shipped layout.
    from app.services.plans import list_plans

    plan_no = list_plans(poisoned, _first_page()).rows[0].plan_no
    for name in shipped_plan_templates():
        written.append((export_plan(poisoned, plan_no, tmp_path / f"plan-{name}.xlsx", template=name).path, True))
    # The settlement ledger and the management reports.
    written.append((export_ledger(poisoned, tmp_path / "ledger.xlsx", TODAY), True))
    reports = export_reports(poisoned, tmp_path / "reports.xlsx", Period.last_months(TODAY, 24), lang="zh_CN",
                             today=TODAY)
    written.append((Path(reports), True))
    for path, expect in written:
        _assert_safe(path, expect_payloads=expect)
    assert len(written) >= 6


def test_templates_and_sheets_written_with_rows_keep_text_as_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for kind in KINDS:
        _assert_safe(save_template(kind, tmp_path / f"{kind}.xlsx"), expect_payloads=False)
    _assert_safe(save_delivery_sheet(tmp_path / "delivery.xlsx"), expect_payloads=False)
    rows = [("JJ2026-000001", "是", "废件", payload) for payload in PAYLOADS]
    _assert_safe(write_inspection_sheet(tmp_path / "inspection.xlsx", rows), expect_payloads=True)
    lines = [("SB2026-000001", 1, "100.00", payload) for payload in PAYLOADS]
    _assert_safe(write_settlement_sheet(tmp_path / "settlement.xlsx", ("JS-1", "2026-11-01", PAYLOADS[0]), lines),
                 expect_payloads=True)


def _first_page():  # type: ignore[no-untyped-def]
    from app.services.paging import PageRequest

    return PageRequest(limit=5)
