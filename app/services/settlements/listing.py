"""Settlement notices on record: the paged list and one notice with its lines, for the screens."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select

from app.db.models import ClaimBatch, Settlement, SettlementLine, WarrantyClaim
from app.domain.enums import ClaimStatus
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern
from app.services.settlements.importing import outcome


@dataclass(frozen=True)
class SettlementRow:
    id: int
    settlement_no: str
    notice_date: dt.date
    batch_no: str  # "" when the notice spans several batches
    claims: int
    claimed_amount: Decimal
    approved_amount: Decimal
    deducted_amount: Decimal
    imported_at: dt.datetime


@dataclass(frozen=True)
class SettlementLineView:
    claim_id: int
    claim_no: str
    revision: int
    batch_no: str
    claimed_amount: Decimal
    approved_amount: Decimal
    deducted_amount: Decimal
    reason_code: str
    reason_text: str
    outcome: ClaimStatus  # settled in full, in part, or rejected
    status: ClaimStatus  # the claim's status now (reworked since, for instance)


@dataclass(frozen=True)
class SettlementView:
    row: SettlementRow
    lines: tuple[SettlementLineView, ...]


def _rows_query():  # type: ignore[no-untyped-def]
    lines = (select(SettlementLine.settlement_id, func.count().label("claims"),
                    func.sum(SettlementLine.claimed_amount).label("claimed"))
             .group_by(SettlementLine.settlement_id).subquery())
    return (select(Settlement.id, Settlement.settlement_no, Settlement.notice_date,
                   func.coalesce(ClaimBatch.batch_no, "").label("batch_no"), func.coalesce(lines.c.claims, 0),
                   func.coalesce(lines.c.claimed, Settlement.approved_amount + Settlement.deducted_amount),
                   Settlement.approved_amount, Settlement.deducted_amount, Settlement.imported_at)
            .outerjoin(ClaimBatch, ClaimBatch.id == Settlement.batch_id)
            .outerjoin(lines, lines.c.settlement_id == Settlement.id))


SORTS = ("notice_date", "settlement_no", "batch", "approved", "deducted", "imported")


def settlements_page(db: Database, request: PageRequest) -> Page[SettlementRow]:
    """Sorts: notice_date (default), settlement_no, batch, approved, deducted, imported. Filter: batch_no.
    Text searches the settlement and batch numbers."""
    query = _rows_query()
    if request.filters.get("batch_no"):
        query = query.where(ClaimBatch.batch_no == clean_code(request.filters["batch_no"]))
    text = clean_code(clean_text(request.text))
    if text:
        pattern = like_pattern(text)
        query = query.where(or_(Settlement.settlement_no.ilike(pattern, escape="\\"),
                                ClaimBatch.batch_no.ilike(pattern, escape="\\")))
    keys = {"notice_date": Settlement.notice_date, "settlement_no": Settlement.settlement_no,
            "batch": ClaimBatch.batch_no, "approved": Settlement.approved_amount,
            "deducted": Settlement.deducted_amount, "imported": Settlement.imported_at}
    if request.sort is not None and request.sort not in keys:
        raise ValueError(f"unknown sort {request.sort!r}; one of {', '.join(SORTS)}")
    key = keys[request.sort or "notice_date"]
    tie = Settlement.id.desc() if request.descending else Settlement.id
    query = query.order_by(key.desc() if request.descending else key.asc(), tie)
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.offset(request.offset).limit(request.limit)).all()
    return Page(tuple(SettlementRow(*row) for row in rows), total)


def get_settlement(db: Database, settlement_no: str) -> SettlementView:
    """One notice and its lines, in claim-number order."""
    number = clean_code(settlement_no)
    with db.translated_errors(), db.sessions() as s:
        row = s.execute(_rows_query().where(Settlement.settlement_no == number)).first()
        if row is None:
            raise ValidationError(f"no settlement notice {number}")
        lines = s.execute(select(WarrantyClaim.id, WarrantyClaim.claim_no, WarrantyClaim.revision,
                                 func.coalesce(ClaimBatch.batch_no, ""), SettlementLine.claimed_amount,
                                 SettlementLine.approved_amount, SettlementLine.deducted_amount,
                                 SettlementLine.reason_code, SettlementLine.reason_text, WarrantyClaim.status)
                          .join(WarrantyClaim, WarrantyClaim.id == SettlementLine.claim_id)
                          .outerjoin(ClaimBatch, ClaimBatch.id == WarrantyClaim.batch_id)
                          .where(SettlementLine.settlement_id == row[0])
                          .order_by(WarrantyClaim.claim_no, WarrantyClaim.revision)).all()
    views = tuple(SettlementLineView(*line[:9], outcome(line[5], line[6]), line[9]) for line in lines)
    return SettlementView(SettlementRow(*row), views)
