"""What head office still owes, per batch and in total, and how old it is.

For every exported batch: what was claimed, what head office approved (credited to the dealer),
what it deducted (by reason) and what it has not settled yet. Those three add up to the claim total
to the cent; `unexplained` shows any difference, and is zero when the books are right. Credits are
then used up by offsets against the dealer's payable, oldest credit first (see open_lots).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import ClaimBatch, LedgerEntry, SettlementLine, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus, LedgerKind
from app.services.business_time import business_date
from app.services.database import Database

ZERO = Decimal("0.00")
BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 30), (31, 60), (61, 90), (91, None))  # days, inclusive


@dataclass(frozen=True)
class Lot:
    """A credit, or what is left of it once offsets have used part of it."""

    batch_id: int | None
    entry_date: dt.date
    amount: Decimal


@dataclass(frozen=True)
class Deduction:
    reason_code: str
    reason_text: str
    claims: int
    amount: Decimal


@dataclass(frozen=True)
class BatchAccount:
    batch_no: str
    status: BatchStatus
    exported_on: dt.date | None
    claims: int
    claimed: Decimal  # the batch total as exported
    approved: Decimal  # by head office, on its settlement notices
    deducted: Decimal
    awaiting: Decimal  # claims head office has not settled yet
    awaiting_claims: int
    credited: Decimal  # ledger credits (equal to approved)
    offset: Decimal  # used against the dealer's payable
    deductions: tuple[Deduction, ...]

    @property
    def open_credit(self) -> Decimal:
        """Credited but not yet offset against the payable."""
        return self.credited - self.offset

    @property
    def owed(self) -> Decimal:
        """What head office still owes on this batch: unsettled claims plus credit not yet used."""
        return self.awaiting + self.open_credit

    @property
    def unexplained(self) -> Decimal:
        """Claimed minus approved, deducted and awaiting: zero to the cent when the books are right."""
        return self.claimed - self.approved - self.deducted - self.awaiting


@dataclass(frozen=True)
class Accounts:
    batches: tuple[BatchAccount, ...]  # exported and settled batches, oldest first
    total: BatchAccount  # the sums (batch_no "", deductions by reason over all batches)


@dataclass(frozen=True)
class AgeingItem:
    batch_no: str
    since: dt.date  # export day (awaiting) or credit day (open credit)
    days: int
    bucket: int  # index into BUCKETS
    amount: Decimal


@dataclass(frozen=True)
class Ageing:
    today: dt.date
    awaiting: tuple[Decimal, ...]  # per bucket: exported claims head office has not settled
    open_credit: tuple[Decimal, ...]  # per bucket: credits not yet offset
    awaiting_items: tuple[AgeingItem, ...]
    open_credit_items: tuple[AgeingItem, ...]


def bucket_of(days: int) -> int:
    """0-30 → 0, 31-60 → 1, 61-90 → 2, more → 3 (a day in the future counts as 0)."""
    for index, (_low, high) in enumerate(BUCKETS):
        if high is None or days <= high:
            return index
    raise AssertionError("the last bucket is open-ended")


def open_lots(credits: Iterable[Lot], offsets: Iterable[Lot]) -> list[Lot]:
    """What is left of each credit after the offsets: an offset naming a batch uses that batch's credits,
    one without a batch (or beyond its batch's credits) the oldest credits of any batch; oldest first."""
    lots: dict[int | None, list[Lot]] = defaultdict(list)
    for credit in sorted(credits, key=lambda lot: lot.entry_date):
        lots[credit.batch_id].append(credit)
    spill = ZERO
    for offset in sorted(offsets, key=lambda lot: lot.entry_date):
        if offset.batch_id is None:
            spill += offset.amount
        else:
            spill += _use(lots[offset.batch_id], offset.amount)
    pool = sorted((lot for group in lots.values() for lot in group),
                  key=lambda lot: (lot.entry_date, lot.batch_id or 0))
    _use(pool, spill)
    return pool


def _use(lots: list[Lot], amount: Decimal) -> Decimal:
    """Take `amount` from the oldest lots in place; returns what they could not cover."""
    while amount > 0 and lots:
        first = lots[0]
        if first.amount <= amount:
            amount -= first.amount
            lots.pop(0)
        else:
            lots[0] = Lot(first.batch_id, first.entry_date, first.amount - amount)
            amount = ZERO
    return amount


def ledger_lots(s: Session) -> list[Lot]:
    """The open credit lots of the whole ledger."""
    rows = s.execute(select(LedgerEntry.kind, LedgerEntry.batch_id, LedgerEntry.entry_date, LedgerEntry.amount)
                     .order_by(LedgerEntry.entry_date, LedgerEntry.id)).all()
    credits = [Lot(b, d, a) for k, b, d, a in rows if k == LedgerKind.CREDIT]
    offsets = [Lot(b, d, a) for k, b, d, a in rows if k == LedgerKind.OFFSET]
    return open_lots(credits, offsets)


def accounts(db: Database) -> Accounts:
    with db.translated_errors(), db.sessions() as s:
        return batch_accounts(s)


def batch_accounts(s: Session) -> Accounts:
    batches = s.scalars(select(ClaimBatch).where(ClaimBatch.status != BatchStatus.OPEN)
                        .order_by(ClaimBatch.exported_at, ClaimBatch.batch_no)).all()
    settled = {batch_id: (approved, deducted) for batch_id, approved, deducted in s.execute(
        select(WarrantyClaim.batch_id, func.sum(SettlementLine.approved_amount),
               func.sum(SettlementLine.deducted_amount))
        .join(WarrantyClaim, WarrantyClaim.id == SettlementLine.claim_id).group_by(WarrantyClaim.batch_id))}
    waiting = {batch_id: (amount, count) for batch_id, amount, count in s.execute(
        select(WarrantyClaim.batch_id, func.sum(WarrantyClaim.total_amount), func.count())
        .where(WarrantyClaim.status == ClaimStatus.IN_BATCH).group_by(WarrantyClaim.batch_id))}
    booked = {(batch_id, kind): amount for batch_id, kind, amount in s.execute(
        select(LedgerEntry.batch_id, LedgerEntry.kind, func.sum(LedgerEntry.amount))
        .group_by(LedgerEntry.batch_id, LedgerEntry.kind))}
    reasons = _deductions(s)
    rows = []
    for batch in batches:
        approved, deducted = settled.get(batch.id, (ZERO, ZERO))
        awaiting, count = waiting.get(batch.id, (ZERO, 0))
        rows.append(BatchAccount(
            batch.batch_no, batch.status, business_date(batch.exported_at) if batch.exported_at else None,
            batch.claim_count, batch.total_amount, approved, deducted, awaiting, int(count),
            booked.get((batch.id, LedgerKind.CREDIT), ZERO), booked.get((batch.id, LedgerKind.OFFSET), ZERO),
            _by_reason(reasons.get(batch.id, []))))

    def total(name: str) -> Decimal:
        return sum((getattr(row, name) for row in rows), ZERO)

    # Entries without a batch (none are written by WarrantyDesk itself) still count in the totals.
    loose_credit = booked.get((None, LedgerKind.CREDIT), ZERO)
    loose_offset = booked.get((None, LedgerKind.OFFSET), ZERO)
    everything = BatchAccount("", BatchStatus.EXPORTED, None, sum(row.claims for row in rows), total("claimed"),
                              total("approved"), total("deducted"), total("awaiting"),
                              sum(row.awaiting_claims for row in rows), total("credited") + loose_credit,
                              total("offset") + loose_offset, _by_reason(d for row in rows for d in row.deductions))
    return Accounts(tuple(rows), everything)


def _deductions(s: Session) -> dict[int | None, list[Deduction]]:
    query = (select(WarrantyClaim.batch_id, SettlementLine.reason_code, SettlementLine.reason_text, func.count(),
                    func.sum(SettlementLine.deducted_amount))
             .join(WarrantyClaim, WarrantyClaim.id == SettlementLine.claim_id)
             .where(SettlementLine.deducted_amount > 0)
             .group_by(WarrantyClaim.batch_id, SettlementLine.reason_code, SettlementLine.reason_text))
    found: dict[int | None, list[Deduction]] = defaultdict(list)
    for batch_id, code, text, count, amount in s.execute(query):
        found[batch_id].append(Deduction(code, text, int(count), amount))
    return found


def _by_reason(deductions: Iterable[Deduction]) -> tuple[Deduction, ...]:
    """One line per reason code (or per text when head office gave no code), biggest amount first; the
    text shown is the first one met for the code."""
    merged: dict[str, Deduction] = {}
    for item in sorted(deductions, key=lambda d: (d.reason_code, d.reason_text)):
        key = item.reason_code or f"\0{item.reason_text}"
        known = merged.get(key)
        merged[key] = item if known is None else Deduction(known.reason_code, known.reason_text,
                                                           known.claims + item.claims, known.amount + item.amount)
    return tuple(sorted(merged.values(), key=lambda d: (-d.amount, d.reason_code, d.reason_text)))


def ageing(db: Database, today: dt.date) -> Ageing:
    """Exported claims head office has not settled, by days since the batch was exported; and credits
    the dealer has not yet offset, by days since the credit. Buckets: 0-30, 31-60, 61-90, over 90 days."""
    with db.translated_errors(), db.sessions() as s:
        waiting = s.execute(select(ClaimBatch.batch_no, ClaimBatch.exported_at, func.sum(WarrantyClaim.total_amount))
                            .join(WarrantyClaim, WarrantyClaim.batch_id == ClaimBatch.id)
                            .where(WarrantyClaim.status == ClaimStatus.IN_BATCH, ClaimBatch.status != BatchStatus.OPEN)
                            .group_by(ClaimBatch.id, ClaimBatch.batch_no, ClaimBatch.exported_at)
                            .order_by(ClaimBatch.exported_at, ClaimBatch.batch_no)).all()
        lots = ledger_lots(s)
        numbers = dict(s.execute(select(ClaimBatch.id, ClaimBatch.batch_no)).tuples().all())
    awaiting = [_item(number, business_date(exported), amount, today) for number, exported, amount in waiting]
    credits = [_item(numbers.get(lot.batch_id, "") if lot.batch_id else "", lot.entry_date, lot.amount, today)
               for lot in lots]
    return Ageing(today, _per_bucket(awaiting), _per_bucket(credits), tuple(awaiting), tuple(credits))


def _item(batch_no: str, since: dt.date, amount: Decimal, today: dt.date) -> AgeingItem:
    days = (today - since).days
    return AgeingItem(batch_no, since, days, bucket_of(max(days, 0)), amount)


def _per_bucket(items: list[AgeingItem]) -> tuple[Decimal, ...]:
    sums = [ZERO] * len(BUCKETS)
    for item in items:
        sums[item.bucket] += item.amount
    return tuple(sums)
