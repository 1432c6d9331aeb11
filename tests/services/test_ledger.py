"""The account with head office: offsets against credit, the paged ledger with its running balance, what is
owed per batch, ageing at the bucket boundaries and the Excel export; on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.models import ClaimBatch, LedgerEntry
from app.domain.enums import LedgerKind
from app.domain.errors import ValidationError
from app.services import ledger
from app.services.ledger import Lot, bucket_of, open_lots
from app.services.paging import PageRequest
from app.services.settlements import import_settlement
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)
from tests.services.settlement_data import D, claims_in_batch, notice

TODAY = dt.date(2026, 9, 30)


def _two_settled_batches(dealer, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    """B1 credited 1,921.50 on 15 July (one claim cut to nothing), B2 credited 3,843.00 on 15 August."""
    (a, total), (b, _) = claims_in_batch(dealer, "D3701-2026-001", 2)
    (c, _), (d, _) = claims_in_batch(dealer, "D3701-2026-002", 2, exported_on=dt.date(2026, 7, 25))
    import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "1.xlsx", (
        "HX2026-0007", dt.date(2026, 7, 15), "D3701-2026-001", total, total), [
        (a, None, total, total, D(0), "", ""), (b, None, total, D(0), total, "R01", "超出三包期")]), TODAY)
    import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "2.xlsx", (
        "HX2026-0008", dt.date(2026, 8, 15), "D3701-2026-002", total * 2, D(0)), [
        (c, None, total, total, D(0), "", ""), (d, None, total, total, D(0), "", "")]), TODAY)
    return total


def test_open_lots_use_the_named_batch_first_then_the_oldest_credit():
    day = dt.date(2026, 7, 1)
    credits = [Lot(2, day + dt.timedelta(days=5), D("50.00")), Lot(1, day, D("100.00"))]
    offsets = [Lot(1, day, D("30.00")), Lot(None, day, D("80.00"))]
    assert open_lots(credits, offsets) == [Lot(2, day + dt.timedelta(days=5), D("40.00"))]
    assert open_lots(credits, [Lot(2, day, D("60.00"))]) == [Lot(1, day, D("90.00"))]  # beyond B2: the oldest
    assert open_lots(credits, []) == [Lot(1, day, D("100.00")), Lot(2, day + dt.timedelta(days=5), D("50.00"))]


@pytest.mark.parametrize("days, bucket", [(0, 0), (30, 0), (31, 1), (60, 1), (61, 2), (90, 2), (91, 3), (400, 3)])
def test_bucket_boundaries(days, bucket):
    assert bucket_of(days) == bucket


def test_an_offset_uses_the_oldest_credit_first_and_never_more_than_is_open(dealer, tmp_path):  # noqa: F811
    total = _two_settled_batches(dealer, tmp_path)
    assert ledger.ledger_balance(dealer.db).open_credit == total * 3

    # WHEN 2,500.00 is offset without naming a batch THEN B1's 1,921.50 goes first, the rest against B2
    result = ledger.record_offset(dealer.db, dealer.clerk, entry_date=dt.date(2026, 9, 1), amount=D("2500.00"),
                                  reference=" DK-2026-09 ", note="冲抵9月货款", today=TODAY)
    assert [(e.batch_no, e.amount, e.kind, e.reference) for e in result.entries] == [
        ("D3701-2026-001", total, LedgerKind.OFFSET, "DK-2026-09"),
        ("D3701-2026-002", D("578.50"), LedgerKind.OFFSET, "DK-2026-09")]
    assert result.balance.open_credit == total * 3 - D("2500.00") == D("3264.50")
    # AND an offset beyond what is open is refused, for the whole account and for one batch
    with pytest.raises(ValidationError, match="only 3,264.50 of credit is not yet offset; 3,264.51 cannot"):
        ledger.record_offset(dealer.db, dealer.clerk, entry_date=TODAY, amount=D("3264.51"), reference="X",
                             today=TODAY)
    with pytest.raises(ValidationError, match="only 0.00 of credit of batch D3701-2026-001 is not yet offset"):
        ledger.record_offset(dealer.db, dealer.clerk, entry_date=TODAY, amount=D("1"), reference="X",
                             batch_no="d3701-2026-001", today=TODAY)
    named = ledger.record_offset(dealer.db, dealer.clerk, entry_date=TODAY, amount=D("264.50"), reference="DK-10",
                                 batch_no="D3701-2026-002", today=TODAY)
    assert [(e.batch_no, e.amount) for e in named.entries] == [("D3701-2026-002", D("264.50"))]

    books = ledger.accounts(dealer.db)
    assert [(b.batch_no, b.credited, b.offset, b.open_credit, b.unexplained) for b in books.batches] == [
        ("D3701-2026-001", total, total, 0, 0), ("D3701-2026-002", total * 2, D("843.00"), D("3000.00"), 0)]
    assert (books.total.credited, books.total.offset, books.total.open_credit, books.total.owed) == (
        total * 3, D("2764.50"), D("3000.00"), D("3000.00"))
    assert [(x.reason_code, x.reason_text, x.claims, x.amount) for x in books.total.deductions] == [
        ("R01", "超出三包期", 1, total)]


@pytest.mark.parametrize("changes, message", [
    ({"amount": D("0")}, "greater than zero"),
    ({"amount": D("1.005")}, "more than two decimals"),
    ({"entry_date": TODAY + dt.timedelta(days=1)}, "in the future"),
    ({"reference": "  "}, "give the reference"),
    ({"reference": "R" * 61}, "longer than 60"),
    ({"batch_no": "D3701-2099-001"}, "no claim batch D3701-2099-001"),
])
def test_a_bad_offset_is_refused(dealer, tmp_path, changes, message):  # noqa: F811
    _two_settled_batches(dealer, tmp_path)
    values = {"entry_date": TODAY, "amount": D("10.00"), "reference": "DK-1", "today": TODAY, **changes}
    with pytest.raises(ValidationError, match=message):
        ledger.record_offset(dealer.db, dealer.clerk, **values)
    assert ledger.ledger_balance(dealer.db).offset == 0


def test_the_ledger_pages_with_a_running_balance_filters_and_sorts(dealer, tmp_path):  # noqa: F811
    total = _two_settled_batches(dealer, tmp_path)
    ledger.record_offset(dealer.db, dealer.clerk, entry_date=dt.date(2026, 9, 1), amount=D("2500.00"),
                         reference="DK-2026-09", today=TODAY)
    page = ledger.ledger_page(dealer.db, PageRequest(limit=10))
    assert page.total == 4
    assert [(r.entry_date, r.kind, r.signed, r.balance, r.settlement_no) for r in page.rows] == [
        (dt.date(2026, 7, 15), LedgerKind.CREDIT, total, total, "HX2026-0007"),
        (dt.date(2026, 8, 15), LedgerKind.CREDIT, total * 2, total * 3, "HX2026-0008"),
        (dt.date(2026, 9, 1), LedgerKind.OFFSET, -total, total * 2, ""),
        (dt.date(2026, 9, 1), LedgerKind.OFFSET, D("-578.50"), D("3264.50"), ""),
    ]
    newest = ledger.ledger_page(dealer.db, PageRequest(limit=1, descending=True))
    assert newest.total == 4 and newest.rows[0].balance == D("3264.50")
    offsets = ledger.ledger_page(dealer.db, PageRequest(filters={"kind": LedgerKind.OFFSET}, sort="amount"))
    assert [r.amount for r in offsets.rows] == [D("578.50"), total]
    assert [r.balance for r in offsets.rows] == [D("3264.50"), total * 2]  # the balance of the whole ledger
    by_batch = ledger.ledger_page(dealer.db, PageRequest(filters={"batch_no": "d3701-2026-001"}))
    assert [r.kind for r in by_batch.rows] == [LedgerKind.CREDIT, LedgerKind.OFFSET]
    assert ledger.ledger_page(dealer.db, PageRequest(text="hx2026-0008")).total == 1
    assert ledger.ledger_page(dealer.db, PageRequest(filters={"date_from": dt.date(2026, 8, 1),
                                                              "date_to": dt.date(2026, 8, 31)})).total == 1
    with pytest.raises(ValueError, match="unknown sort"):
        ledger.ledger_page(dealer.db, PageRequest(sort="colour"))


def test_ageing_counts_days_since_export_and_since_credit_at_the_boundaries(dealer):  # noqa: F811
    today = dt.date(2026, 12, 31)
    ages = (30, 31, 60, 61, 90, 91)
    for number, days in enumerate(ages, start=1):
        claims_in_batch(dealer, f"D3701-2026-{number:03d}", 1, exported_on=today - dt.timedelta(days=days))
    with dealer.db.sessions.begin() as s:  # credits as a settlement of each batch would write them
        for number, days in enumerate(ages, start=1):
            batch_id = s.scalars(select(ClaimBatch.id).where(ClaimBatch.batch_no == f"D3701-2026-{number:03d}")).one()
            s.add(LedgerEntry(entry_date=today - dt.timedelta(days=days), kind=LedgerKind.CREDIT,
                              amount=D(number * 100), batch_id=batch_id, reference=f"HX{number}"))
        s.add(LedgerEntry(entry_date=today, kind=LedgerKind.OFFSET, amount=D("50.00"), reference="DK"))

    aged = ledger.ageing(dealer.db, today)

    total = D("1921.50")
    assert aged.awaiting == (total, total * 2, total * 2, total)
    assert [(i.batch_no, i.days, i.bucket) for i in aged.awaiting_items] == [
        ("D3701-2026-006", 91, 3), ("D3701-2026-005", 90, 2), ("D3701-2026-004", 61, 2),
        ("D3701-2026-003", 60, 1), ("D3701-2026-002", 31, 1), ("D3701-2026-001", 30, 0)]
    # the 50.00 offset without a batch uses the oldest credit (600.00, 91 days) first
    assert aged.open_credit == (D("100.00"), D("500.00"), D("900.00"), D("550.00"))
    assert aged.open_credit_items[0] == ledger.AgeingItem("D3701-2026-006", today - dt.timedelta(days=91), 91, 3,
                                                          D("550.00"))


def test_the_export_is_typed_frozen_filtered_and_safe_from_formulas(dealer, tmp_path):  # noqa: F811
    total = _two_settled_batches(dealer, tmp_path)
    ledger.record_offset(dealer.db, dealer.clerk, entry_date=dt.date(2026, 9, 1), amount=D("100.00"),
                         reference="=HYPERLINK(\"http://x\")", note="@SUM(A1:A9) -2+3", today=TODAY)
    out = tmp_path / "台账.xlsx"
    out.write_bytes(b"an older export")

    assert ledger.export_ledger(dealer.db, out, TODAY) == out

    workbook = load_workbook(out)
    assert workbook.sheetnames == ["台账 Ledger", "批次往来 Batches", "扣款原因 Deductions", "账龄 Ageing",
                                   "账龄明细 Ageing detail"]
    sheet = workbook["台账 Ledger"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:I{sheet.max_row}"
    assert [c.value for c in sheet[1]][:3] == ["日期 Date", "类型 Kind", "批次号 Batch no."]
    first = sheet[2]
    assert first[0].value == dt.datetime(2026, 7, 15) and first[0].number_format == "yyyy-mm-dd"
    assert first[6].value == float(total) and first[6].data_type == "n" and first[6].number_format == "0.00"
    offset = sheet[4]
    assert offset[4].value == "=HYPERLINK(\"http://x\")" and offset[4].data_type == "s" and offset[4].quotePrefix
    assert offset[5].value == "@SUM(A1:A9) -2+3" and offset[5].data_type == "s"
    assert offset[7].value == 100 and offset[8].value == float(total * 3 - 100)
    assert sheet.column_dimensions["D"].width >= 24  # "核销通知号 Settlement no." fits
    batches = workbook["批次往来 Batches"]
    row = [c.value for c in batches[2]]
    assert row[0] == "D3701-2026-001" and row[4] == float(total * 2) and row[-1] == 0
    assert [c.value for c in batches[batches.max_row]][0] == "合计 Total"
    assert not list(tmp_path.glob(".*.part"))
