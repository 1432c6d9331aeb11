"""The round trip of issue 7: demo data → batch → export → a settlement notice built from the exported
workbook with some claims cut and some rejected → import → ledger and claim states match to the cent."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from app.domain.actors import Actor
from app.domain.enums import BatchStatus, Role
from app.domain.enums import ClaimStatus as S
from app.domain.money import to_money
from app.reports.excel.settlement import write_settlement_sheet
from app.services import batches, ledger
from app.services.demo import build_demo
from app.services.paging import PageRequest
from app.services.settlements import import_settlement, rework_claim

TODAY = dt.date(2026, 11, 27)
MANAGER = Actor(user_id=None, login="sunwei", name="孙伟", role=Role.MANAGER)
CLERK = Actor(user_id=None, login="liuyan", name="刘燕", role=Role.CLERK)


def _exported_claims(package: Path, batch_no: str) -> list[tuple[str, int, Decimal]]:
    """(claim number, revision, claimed amount) of each claim, as head office reads the exported workbook."""
    workbook = load_workbook(package / f"{batch_no}.xlsx", read_only=True)
    sheet = next(ws for ws in workbook.worksheets if ws.title.startswith("索赔单"))
    rows = sheet.iter_rows(values_only=True)
    header = list(next(rows))
    number, revision, total = header.index("索赔单号"), header.index("版本"), header.index("索赔金额")
    claims = [(row[number], int(row[revision]), to_money(Decimal(str(row[total])))) for row in rows if row[number]]
    workbook.close()
    return claims


def _states(db, numbers):  # type: ignore[no-untyped-def]
    view = batches.get_batch(db, numbers)
    return {(c.claim_no, c.revision): c.status for c in view.claims}


def test_demo_batch_exported_settled_from_its_workbook_and_booked_to_the_cent(database, tmp_path):
    # GIVEN a demo dealer and a batch of twelve claims waiting for one, exported as a package
    build_demo(database, units=80, claims=800, seed=3, today=TODAY)
    waiting = batches.waiting_claims(database, PageRequest(limit=12))
    assert len(waiting.rows) == 12
    batch = batches.create_batch(database, MANAGER, claim_ids=[c.claim_id for c in waiting.rows], today=TODAY)
    exported = batches.export_batch(database, MANAGER, batch.batch_no, tmp_path, as_zip=False, today=TODAY)
    before = ledger.accounts(database)
    balance_before = ledger.ledger_balance(database)

    # WHEN head office answers with a notice built from the exported workbook: eight paid in full, two cut
    # by a fifth for labour time, two rejected for a missing signature
    claims = _exported_claims(exported.path, batch.batch_no)
    assert len(claims) == 12 and sum(t for _, _, t in claims) == batch.totals.total_amount
    lines, approved_total, deducted_total = [], Decimal(0), Decimal(0)
    for index, (number, revision, claimed) in enumerate(claims):
        if index < 8:
            approved, code, text = claimed, "", ""
        elif index < 10:
            approved, code, text = to_money(claimed * Decimal("0.8")), "R04", "工时超出标准"
        else:
            approved, code, text = Decimal("0.00"), "R05", "单据不全，缺用户签字"
        lines.append((number, revision, claimed, approved, claimed - approved, code, text))
        approved_total += approved
        deducted_total += claimed - approved
    path = write_settlement_sheet(tmp_path / "核销通知.xlsx", ("HX2026-0099", TODAY, batch.batch_no, approved_total,
                                                              deducted_total), lines)
    result = import_settlement(database, CLERK, path, TODAY)

    # THEN every claim is in the state its line says, and the batch is settled
    numbers = [n for n, _, _ in claims]
    assert (len(result.approved), len(result.partial), len(result.rejected)) == (8, 2, 2)
    assert result.batches_settled == (batch.batch_no,)
    states = _states(database, batch.batch_no)
    assert [states[(n, r)] for n, r, _ in claims] == [S.SETTLED_APPROVED] * 8 + [S.SETTLED_PARTIAL] * 2 + [
        S.REJECTED] * 2
    assert batches.get_batch(database, batch.batch_no).status == BatchStatus.SETTLED
    # AND the ledger gained exactly the approved amount; the batch explains every cent of its claim total
    balance = ledger.ledger_balance(database)
    assert balance.credited - balance_before.credited == approved_total == result.approved_amount
    assert balance.offset == balance_before.offset
    account = next(a for a in ledger.accounts(database).batches if a.batch_no == batch.batch_no)
    assert (account.claimed, account.approved, account.deducted, account.awaiting, account.unexplained) == (
        batch.totals.total_amount, approved_total, deducted_total, 0, 0)
    assert account.credited == approved_total and account.open_credit == approved_total
    cut = sum((c - to_money(c * Decimal("0.8")) for _, _, c in claims[8:10]), Decimal(0))
    assert {(d.reason_code, d.claims, d.amount) for d in account.deductions} == {
        ("R04", 2, cut), ("R05", 2, claims[10][2] + claims[11][2])}
    total = ledger.accounts(database).total
    assert total.deducted - before.total.deducted == deducted_total
    assert before.total.awaiting - total.awaiting == batch.totals.total_amount  # exported, now settled
    assert total.claimed == before.total.claimed and total.unexplained == 0

    # AND a rejected claim can be reworked into a revision that waits for the next batch
    again = rework_claim(database, CLERK, numbers[10], TODAY)
    assert (again.revision, again.status) == (claims[10][1] + 1, S.DRAFT)
