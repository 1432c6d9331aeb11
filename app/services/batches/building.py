"""Building a claim batch: gathering approved claims, adding and removing them while the batch is open,
deleting an open batch. Totals on the batch are recomputed from its claims in the same transaction.

A claim is in at most one batch: claims hold a single batch_id, and the move approved → in batch is
one conditional UPDATE (…WHERE status = 'approved' AND batch_id IS NULL). Two workstations batching
the same claim at once cannot both succeed: the second finds fewer rows than it checked and its whole
transaction is rolled back.

Periods are repair-date periods: a batch "for October" holds the claims repaired in October, as
head office counts them, whenever they were approved.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from app.db.models import ClaimBatch, DealerProfile, ExchangeRefund, WarrantyClaim
from app.domain.actors import Actor
from app.domain.claim_lifecycle import require_move
from app.domain.enums import BatchStatus, ClaimStatus
from app.domain.errors import ConcurrentEdit, TransitionRefused, ValidationError
from app.domain.normalize import clean_code
from app.domain.numbers import batch_number
from app.services.audit_trail import write_audit
from app.services.batches.listing import batch_view, find_batch
from app.services.batches.views import BatchView
from app.services.database import Database
from app.services.numbers import next_sequence

CHUNK = 500  # ids per IN (...) list: well inside every backend's parameter limit
LISTED = 20  # refusals named one by one in a message; the rest are counted


def create_batch(db: Database, actor: Actor, *, period_from: dt.date | None = None, period_to: dt.date | None = None,
                 claim_ids: Iterable[int] | None = None, today: dt.date) -> BatchView:
    """A new open batch numbered <dealer code>-<year>-<sequence>, holding either the picked claims or, without
    picks, every approved claim not yet batched whose repair date lies in the period (either end may be open)."""
    if period_from and period_to and period_to < period_from:
        raise ValidationError(f"the period ends ({period_to}) before it starts ({period_from})")
    picked = None if claim_ids is None else list(dict.fromkeys(claim_ids))
    if picked is not None and not picked:
        raise ValidationError("pick at least one approved claim for the batch")
    with db.translated_errors(), db.sessions.begin() as s:
        dealer = s.get(DealerProfile, 1)
        code = clean_code(dealer.dealer_code) if dealer else ""
        if not code:
            raise ValidationError("the dealer profile has no dealer code; enter it before building a batch")
        ids = picked if picked is not None else _approved_in_period(s, period_from, period_to)
        if not ids:
            raise ValidationError(f"no approved claim waits for a batch{_period_text(period_from, period_to)}")
        sequence = next_sequence(s, "batch", today.year)
        batch = ClaimBatch(batch_no=batch_number(code, today.year, sequence), dealer_code=code, year=today.year,
                           sequence=sequence, status=BatchStatus.OPEN, period_from=period_from, period_to=period_to,
                           claim_count=0, labour_amount=Decimal(0), parts_amount=Decimal(0),
                           travel_amount=Decimal(0), other_amount=Decimal(0), total_amount=Decimal(0))
        s.add(batch)
        s.flush()
        write_audit(s, actor, "batch", batch.id, "create", "batch_no", None, batch.batch_no)
        _put_in(s, actor, batch, ids)
        _report_returns(s, batch, period_to)
        return batch_view(s, batch)


def add_claims(db: Database, actor: Actor, batch_no: str, claim_ids: Iterable[int]) -> BatchView:
    """More approved claims into an open batch; if any cannot go in, none does and every reason is listed."""
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        raise ValidationError("pick at least one approved claim to add")
    with db.translated_errors(), db.sessions.begin() as s:
        batch = _open_batch(s, batch_no, "claims can no longer be added")
        _put_in(s, actor, batch, ids)
        return batch_view(s, batch)


def remove_claims(db: Database, actor: Actor, batch_no: str, claim_ids: Iterable[int]) -> BatchView:
    """Claims out of an open batch, back to approved (they wait for the next batch)."""
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        raise ValidationError("pick at least one claim to remove")
    with db.translated_errors(), db.sessions.begin() as s:
        batch = _open_batch(s, batch_no, "its claims can no longer be removed")
        rows = _claim_rows(s, ids)
        strangers = [rows[i].claim_no if i in rows else str(i) for i in ids if i not in rows
                     or rows[i].batch_id != batch.id]
        if strangers:
            raise ValidationError(f"not in batch {batch.batch_no}: {_listed(strangers)}")
        _take_out(s, actor, batch, [rows[i] for i in ids])
        write_audit(s, actor, "batch", batch.id, "remove", "claims", _listed([rows[i].claim_no for i in ids], ", "),
                    None)
        _refresh_totals(s, batch)
        return batch_view(s, batch)


def delete_batch(db: Database, actor: Actor, batch_no: str) -> None:
    """An open batch is dropped and its claims go back to approved; an exported one stays as it went."""
    with db.translated_errors(), db.sessions.begin() as s:
        batch = _open_batch(s, batch_no, "it cannot be deleted")
        members = s.execute(_member_query().where(WarrantyClaim.batch_id == batch.id)).all()
        _take_out(s, actor, batch, members)
        s.execute(update(ExchangeRefund).where(ExchangeRefund.batch_id == batch.id).values(batch_id=None))
        write_audit(s, actor, "batch", batch.id, "delete", "batch_no", batch.batch_no, None)
        s.delete(batch)


# --- inside the transaction ------------------------------------------------------------------------------


def _report_returns(s: Session, batch: ClaimBatch, period_to: dt.date | None) -> None:
    """Exchanges and refunds not yet reported go with the next batch (decided by the end of its period)."""
    waiting = ExchangeRefund.batch_id.is_(None)
    if period_to is not None:
        waiting = waiting & (ExchangeRefund.decided_on <= period_to)
    s.execute(update(ExchangeRefund).where(waiting).values(batch_id=batch.id))


def _member_query():  # type: ignore[no-untyped-def]
    return select(WarrantyClaim.id, WarrantyClaim.claim_no, WarrantyClaim.revision, WarrantyClaim.status,
                  WarrantyClaim.batch_id, WarrantyClaim.repair_date)


def _claim_rows(s: Session, ids: Sequence[int]) -> dict[int, Row[Any]]:
    rows: dict[int, Row[Any]] = {}
    for start in range(0, len(ids), CHUNK):
        for row in s.execute(_member_query().where(WarrantyClaim.id.in_(ids[start:start + CHUNK]))):
            rows[row.id] = row
    return rows


def _open_batch(s: Session, batch_no: str, refused: str) -> ClaimBatch:
    """The batch, locked for this transaction (PostgreSQL: FOR UPDATE; SQLite holds the write lock already)."""
    batch = find_batch(s, batch_no, lock=True)
    if batch.status != BatchStatus.OPEN:
        raise TransitionRefused(f"batch {batch.batch_no} is {batch.status.value}; {refused}")
    return batch


def _approved_in_period(s: Session, start: dt.date | None, end: dt.date | None) -> list[int]:
    query = select(WarrantyClaim.id).where(WarrantyClaim.status == ClaimStatus.APPROVED,
                                           WarrantyClaim.batch_id.is_(None), ~_has_newer_revision())
    if start is not None:
        query = query.where(WarrantyClaim.repair_date >= start)
    if end is not None:
        query = query.where(WarrantyClaim.repair_date <= end)
    return list(s.scalars(query.order_by(WarrantyClaim.claim_no, WarrantyClaim.revision)))


def _has_newer_revision():  # type: ignore[no-untyped-def]
    newer = aliased(WarrantyClaim)
    return exists().where(newer.claim_no == WarrantyClaim.claim_no, newer.revision > WarrantyClaim.revision)


def _put_in(s: Session, actor: Actor, batch: ClaimBatch, ids: list[int]) -> None:
    rows = _claim_rows(s, ids)
    newest = _newest_revisions(s, {row.claim_no for row in rows.values()})
    elsewhere = {row.batch_id for row in rows.values() if row.batch_id is not None}
    batch_nos = dict(s.execute(select(ClaimBatch.id, ClaimBatch.batch_no)
                               .where(ClaimBatch.id.in_(elsewhere))).tuples().all()) if elsewhere else {}
    problems: list[str] = []
    for claim_id in ids:
        row = rows.get(claim_id)
        if row is None:
            problems.append(f"no claim with id {claim_id}")
            continue
        problem = _why_not(row, batch, newest, batch_nos)
        if problem:
            problems.append(problem)
    if problems:
        raise TransitionRefused(f"nothing was put in batch {batch.batch_no}: {_listed(problems)}")
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        moved = s.execute(update(WarrantyClaim)
                          .where(WarrantyClaim.id.in_(chunk), WarrantyClaim.status == ClaimStatus.APPROVED,
                                 WarrantyClaim.batch_id.is_(None))
                          .values(status=ClaimStatus.IN_BATCH, batch_id=batch.id, version=WarrantyClaim.version + 1)
                          .execution_options(synchronize_session=False)).rowcount
        if moved != len(chunk):
            raise ConcurrentEdit("some of these claims were batched or changed on another workstation just now; "
                                 "nothing was changed; look at the list again and retry")
    for claim_id in ids:
        write_audit(s, actor, "claim", claim_id, "transition", "status", ClaimStatus.APPROVED.value,
                    f"{ClaimStatus.IN_BATCH.value}: {batch.batch_no}")
    write_audit(s, actor, "batch", batch.id, "add", "claims", None, _listed([rows[i].claim_no for i in ids], ", "))
    _refresh_totals(s, batch)


def _why_not(row: Row[Any], batch: ClaimBatch, newest: dict[str, int], batch_nos: dict[int, str]) -> str:
    label = row.claim_no if row.revision == 1 else f"{row.claim_no} (revision {row.revision})"
    if row.batch_id is not None:
        where = "this batch" if row.batch_id == batch.id else f"batch {batch_nos.get(row.batch_id, row.batch_id)}"
        return f"claim {label} is already in {where}"
    if row.revision < newest.get(row.claim_no, row.revision):
        return f"claim {label} was reworked into revision {newest[row.claim_no]}"
    try:
        require_move(label, row.status, ClaimStatus.IN_BATCH)
    except TransitionRefused as exc:
        return str(exc)
    if row.status != ClaimStatus.APPROVED:  # pragma: no cover - the life cycle allows in_batch only from approved
        return f"claim {label} is not approved"
    early = batch.period_from is not None and row.repair_date < batch.period_from
    late = batch.period_to is not None and row.repair_date > batch.period_to
    if early or late:
        return f"claim {label} was repaired on {row.repair_date}, outside the batch's period"
    return ""


def _newest_revisions(s: Session, numbers: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    ordered = sorted(numbers)
    for start in range(0, len(ordered), CHUNK):
        found.update(s.execute(select(WarrantyClaim.claim_no, func.max(WarrantyClaim.revision))
                               .where(WarrantyClaim.claim_no.in_(ordered[start:start + CHUNK]))
                               .group_by(WarrantyClaim.claim_no)).tuples().all())
    return found


def _take_out(s: Session, actor: Actor, batch: ClaimBatch, rows: Sequence[Row[Any]]) -> None:
    for row in rows:
        require_move(row.claim_no, row.status, ClaimStatus.APPROVED)
    ids = [row.id for row in rows]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        moved = s.execute(update(WarrantyClaim)
                          .where(WarrantyClaim.id.in_(chunk), WarrantyClaim.batch_id == batch.id,
                                 WarrantyClaim.status == ClaimStatus.IN_BATCH)
                          .values(status=ClaimStatus.APPROVED, batch_id=None, version=WarrantyClaim.version + 1)
                          .execution_options(synchronize_session=False)).rowcount
        if moved != len(chunk):  # pragma: no cover - the batch row is locked, so nobody else moves its claims
            raise ConcurrentEdit(f"batch {batch.batch_no} changed on another workstation; look at it again")
    for row in rows:
        write_audit(s, actor, "claim", row.id, "transition", "status", ClaimStatus.IN_BATCH.value,
                    f"{ClaimStatus.APPROVED.value}: out of {batch.batch_no}")


def _refresh_totals(s: Session, batch: ClaimBatch) -> None:
    """The batch's totals from its claims' own (exact, Decimal) amounts; the total is the sum of the four
    parts, as the table's CHECK requires."""
    count, labour, parts, travel, other = s.execute(
        select(func.count(), func.sum(WarrantyClaim.labour_amount), func.sum(WarrantyClaim.parts_amount),
               func.sum(WarrantyClaim.travel_amount), func.sum(WarrantyClaim.other_amount))
        .where(WarrantyClaim.batch_id == batch.id)).one()
    amounts = [value or Decimal(0) for value in (labour, parts, travel, other)]
    batch.claim_count = int(count)
    batch.labour_amount, batch.parts_amount, batch.travel_amount, batch.other_amount = amounts
    batch.total_amount = sum(amounts, Decimal(0))
    s.flush()


def _listed(items: Sequence[str], separator: str = "; ") -> str:
    if len(items) <= LISTED:
        return separator.join(items)
    return separator.join(items[:LISTED]) + f"{separator}and {len(items) - LISTED} more"


def _period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f" with a repair date from {start} to {end}"
    if start:
        return f" with a repair date from {start} on"
    if end:
        return f" with a repair date up to {end}"
    return ""
