"""The demo's settlements and ledger follow the same rules as an imported settlement notice."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import ClaimBatch, LedgerEntry, Settlement, SettlementLine, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus, LedgerKind
from app.services import ledger
from app.services.demo import build_demo
from app.services.settlements import outcome

TODAY = dt.date(2026, 11, 27)
SETTLED = {ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED, ClaimStatus.REWORKED}


@pytest.fixture
def demo_db(database):  # type: ignore[no-untyped-def]
    build_demo(database, units=120, claims=1500, seed=7, today=TODAY)
    return database


def test_settlements_batches_and_ledger_follow_the_import_rules(demo_db):
    # Every settled claim has one settlement line, and the line's outcome is the claim's status.
    with demo_db.sessions() as s:
        rows = s.execute(select(WarrantyClaim.status, WarrantyClaim.total_amount, WarrantyClaim.batch_id,
                                SettlementLine.claimed_amount, SettlementLine.approved_amount,
                                SettlementLine.deducted_amount, SettlementLine.reason_code)
                         .outerjoin(SettlementLine, SettlementLine.claim_id == WarrantyClaim.id)
                         .where(WarrantyClaim.status.in_(SETTLED))).all()
        lines_per_claim = Counter(s.scalars(select(SettlementLine.claim_id)))
    assert rows and max(lines_per_claim.values()) == 1
    for status, total, batch_id, claimed, approved, deducted, code in rows:
        assert claimed == total and batch_id is not None
        assert approved + deducted == claimed and approved >= 0 and deducted >= 0
        assert deducted == 0 or code
        made = outcome(approved, deducted)
        if status == ClaimStatus.REWORKED:
            assert made in (ClaimStatus.REJECTED, ClaimStatus.SETTLED_PARTIAL)
        else:
            assert made == status
    # Batches, settlements and the ledger agree to the cent.
    with demo_db.sessions() as s:
        for batch in s.scalars(select(ClaimBatch)):
            waiting = s.scalar(select(func.count()).where(WarrantyClaim.batch_id == batch.id,
                                                          WarrantyClaim.status == ClaimStatus.IN_BATCH))
            assert (batch.status == BatchStatus.SETTLED) == (waiting == 0)
        for settlement in s.scalars(select(Settlement)):
            credit = s.scalar(select(func.sum(LedgerEntry.amount)).where(
                LedgerEntry.settlement_id == settlement.id, LedgerEntry.kind == LedgerKind.CREDIT))
            assert (credit or Decimal(0)) == settlement.approved_amount
            assert settlement.notice_date <= TODAY
    books = ledger.accounts(demo_db)
    assert books.batches and all(b.unexplained == 0 and b.credited == b.approved for b in books.batches)
    assert all(b.open_credit >= 0 for b in books.batches)
    balance = ledger.ledger_balance(demo_db)
    assert balance.open_credit == books.total.open_credit >= 0
    aged = ledger.ageing(demo_db, TODAY)
    assert sum(aged.awaiting) == books.total.awaiting and sum(aged.open_credit) == balance.open_credit
    statuses = {b.status for b in books.batches}
    assert statuses == {BatchStatus.EXPORTED, BatchStatus.SETTLED}
