"""The dealer's account with head office: credits from settlement notices, offsets against the payable.

A credit is written by the settlement import (one per batch of a notice). An offset records that the
dealer used credit against what it owes head office for machines and parts (rule 5: the settled
amount is "offset against the dealer's payable"). An offset can never exceed the credit not yet
offset: WarrantyDesk cannot know the payable itself, only what head office has credited, so an
offset beyond that would be money the dealer has not been granted. Each offset is booked against
batches, oldest open credit first (or against the one batch the clerk names), so that what is still
owed per batch stays exact; an offset spread over several batches is one entry per batch, all with
the same reference.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import ClaimBatch, LedgerEntry, Settlement
from app.domain.actors import Actor
from app.domain.enums import LedgerKind
from app.domain.errors import ValidationError
from app.domain.money import format_money, to_money
from app.domain.normalize import clean_code, clean_text
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.ledger.accounts import ZERO, ledger_lots
from app.services.paging import Page, PageRequest, count_of, like_pattern

REFERENCE_LENGTH = 60  # LedgerEntry.reference
NOTE_LENGTH = 500


@dataclass(frozen=True)
class LedgerRow:
    id: int
    entry_date: dt.date
    kind: LedgerKind
    amount: Decimal  # always positive; `signed` is + for a credit, - for an offset
    balance: Decimal  # credit not yet offset after this entry, in date order
    batch_no: str
    settlement_no: str
    reference: str
    note: str

    @property
    def signed(self) -> Decimal:
        return self.amount if self.kind == LedgerKind.CREDIT else -self.amount


@dataclass(frozen=True)
class LedgerBalance:
    credited: Decimal
    offset: Decimal

    @property
    def open_credit(self) -> Decimal:
        """Credited by head office and not yet offset against the payable."""
        return self.credited - self.offset


@dataclass(frozen=True)
class OffsetResult:
    entries: tuple[LedgerRow, ...]  # one per batch the offset was booked against
    balance: LedgerBalance  # after the offset


def _signed():  # type: ignore[no-untyped-def]
    return case((LedgerEntry.kind == LedgerKind.CREDIT, LedgerEntry.amount), else_=-LedgerEntry.amount)


def _rows_query() -> Select:  # type: ignore[type-arg]
    """Every entry with its running balance (computed over the whole ledger, before any filter)."""
    running = func.sum(_signed()).over(order_by=(LedgerEntry.entry_date, LedgerEntry.id))
    inner = (select(LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.kind, LedgerEntry.amount,
                    running.label("balance"), func.coalesce(ClaimBatch.batch_no, "").label("batch_no"),
                    func.coalesce(Settlement.settlement_no, "").label("settlement_no"), LedgerEntry.reference,
                    LedgerEntry.note)
             .outerjoin(ClaimBatch, ClaimBatch.id == LedgerEntry.batch_id)
             .outerjoin(Settlement, Settlement.id == LedgerEntry.settlement_id)).subquery()
    return select(inner)


SORTS = ("date", "kind", "amount", "balance", "batch", "settlement", "reference")


def ledger_page(db: Database, request: PageRequest) -> Page[LedgerRow]:
    """One page of the ledger. Sorts: date (default), kind, amount, balance, batch, settlement, reference.
    Filters: kind (LedgerKind), batch_no, date_from, date_to (inclusive). Text searches the batch and
    settlement numbers, the reference and the note."""
    query = _rows_query()
    c = query.selected_columns
    filters = request.filters
    if filters.get("kind"):
        query = query.where(c.kind == LedgerKind(filters["kind"]))
    if filters.get("batch_no"):
        query = query.where(c.batch_no == clean_code(filters["batch_no"]))
    if filters.get("date_from"):
        query = query.where(c.entry_date >= filters["date_from"])
    if filters.get("date_to"):
        query = query.where(c.entry_date <= filters["date_to"])
    text = clean_text(request.text)
    if text:
        pattern = like_pattern(text)
        query = query.where(or_(*(column.ilike(pattern, escape="\\") for column in
                                  (c.batch_no, c.settlement_no, c.reference, c.note))))
    keys = {"date": c.entry_date, "kind": c.kind, "amount": c.amount, "balance": c.balance, "batch": c.batch_no,
            "settlement": c.settlement_no, "reference": c.reference}
    if request.sort is not None and request.sort not in keys:
        raise ValueError(f"unknown sort {request.sort!r}; one of {', '.join(SORTS)}")
    key = keys[request.sort or "date"]
    order = [key.desc() if request.descending else key.asc()]
    order += [c.entry_date.desc(), c.id.desc()] if request.descending else [c.entry_date, c.id]
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.order_by(*order).offset(request.offset).limit(request.limit)).all()
    return Page(tuple(LedgerRow(*row) for row in rows), total)


def all_entries(s: Session) -> list[LedgerRow]:
    """The whole ledger in date order (for the export)."""
    query = _rows_query()
    c = query.selected_columns
    return [LedgerRow(*row) for row in s.execute(query.order_by(c.entry_date, c.id))]


def balance_in(s: Session) -> LedgerBalance:
    sums = dict(s.execute(select(LedgerEntry.kind, func.sum(LedgerEntry.amount)).group_by(LedgerEntry.kind))
                .tuples().all())
    return LedgerBalance(sums.get(LedgerKind.CREDIT) or ZERO, sums.get(LedgerKind.OFFSET) or ZERO)


def ledger_balance(db: Database) -> LedgerBalance:
    with db.translated_errors(), db.sessions() as s:
        return balance_in(s)


def record_offset(db: Database, actor: Actor, *, entry_date: dt.date, amount: Decimal, reference: str,
                  today: dt.date, note: str = "", batch_no: str | None = None) -> OffsetResult:
    """Record that `amount` of credit was offset against the dealer's payable on `entry_date`.
    `reference` is head office's voucher or statement number. Without `batch_no` the offset uses the
    oldest open credits first; with it, only that batch's."""
    amount, reference, note = _checked(entry_date, amount, reference, note, today)
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        # Lock the batches holding credit, so two workstations cannot both use the same credit.
        s.execute(select(ClaimBatch.id).where(ClaimBatch.id.in_(
            select(LedgerEntry.batch_id).where(LedgerEntry.kind == LedgerKind.CREDIT))).with_for_update()).all()
        shares = _shares(s, amount, batch_no)
        ids = []
        for batch_id, share in shares:
            entry = LedgerEntry(entry_date=entry_date, kind=LedgerKind.OFFSET, amount=share, batch_id=batch_id,
                                reference=reference, note=note)
            s.add(entry)
            s.flush()
            write_audit(s, actor, "ledger_entry", entry.id, "create", "amount", None, share, at=now)
            ids.append(entry.id)
        query = _rows_query()
        written = {row.id: LedgerRow(*row) for row in s.execute(query.where(query.selected_columns.id.in_(ids)))}
        return OffsetResult(tuple(written[i] for i in ids), balance_in(s))


def _checked(entry_date: dt.date, amount: Decimal, reference: str, note: str,
             today: dt.date) -> tuple[Decimal, str, str]:
    if isinstance(amount, float):
        raise ValidationError("the amount must be exact (a decimal number, not a float)")
    value = Decimal(amount)
    if not value.is_finite() or value <= 0:
        raise ValidationError("the amount offset must be greater than zero")
    if to_money(value) != value:
        raise ValidationError(f"{value} has more than two decimals")
    if entry_date > today:
        raise ValidationError(f"the offset date {entry_date.isoformat()} is in the future (today is {today})")
    reference = clean_text(reference)
    if not reference:
        raise ValidationError("give the reference of the offset (head office's voucher or statement number)")
    if len(reference) > REFERENCE_LENGTH:
        raise ValidationError(f"the reference is longer than {REFERENCE_LENGTH} characters")
    note = clean_text(note)
    if len(note) > NOTE_LENGTH:
        raise ValidationError(f"the note is longer than {NOTE_LENGTH} characters")
    return to_money(value), reference, note


def _shares(s: Session, amount: Decimal, batch_no: str | None) -> list[tuple[int | None, Decimal]]:
    """The batches the offset is booked against, and how much against each."""
    lots = ledger_lots(s)
    if batch_no:
        number = clean_code(batch_no)
        batch_id = s.scalar(select(ClaimBatch.id).where(ClaimBatch.batch_no == number))
        if batch_id is None:
            raise ValidationError(f"no claim batch {number}")
        lots = [lot for lot in lots if lot.batch_id == batch_id]
        where = f" of batch {number}"
    else:
        where = ""
    available = sum((lot.amount for lot in lots), ZERO)
    if amount > available:
        raise ValidationError(f"only {format_money(available)} of credit{where} is not yet offset; "
                              f"{format_money(amount)} cannot be offset")
    shares: dict[int | None, Decimal] = defaultdict(Decimal)
    left = amount
    for lot in lots:  # oldest first
        take = min(lot.amount, left)
        shares[lot.batch_id] += take
        left -= take
        if left == 0:
            break
    return list(shares.items())
