"""Reading batches: the paged batch list, one batch with its claims, and the approved claims waiting for one."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models import ClaimBatch, Customer, ProductModel, Unit, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus
from app.domain.errors import ValidationError, WarrantyDeskError
from app.domain.normalize import clean_code
from app.services.batches.views import BatchClaimRow, BatchRow, BatchView, Totals
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of, like_pattern


class BatchNotFound(WarrantyDeskError):
    """No batch has the number asked for."""


BATCH_SORTS: dict[str, Any] = {
    "batch_no": (ClaimBatch.year, ClaimBatch.sequence),
    "status": (ClaimBatch.status,),
    "period_from": (ClaimBatch.period_from,),
    "period_to": (ClaimBatch.period_to,),
    "claim_count": (ClaimBatch.claim_count,),
    "total_amount": (ClaimBatch.total_amount,),
    "created_at": (ClaimBatch.created_at,),
    "exported_at": (ClaimBatch.exported_at,),
}
CLAIM_SORTS: dict[str, Any] = {
    "claim_no": (WarrantyClaim.claim_no,),
    "repair_date": (WarrantyClaim.repair_date,),
    "serial_no": (Unit.serial_no,),
    "model_code": (ProductModel.code,),
    "customer_name": (Customer.name,),
    "total_amount": (WarrantyClaim.total_amount,),
}


def find_batch(s: Session, batch_no_or_id: str | int, *, lock: bool = False) -> ClaimBatch:
    query = select(ClaimBatch)
    if isinstance(batch_no_or_id, int):
        query = query.where(ClaimBatch.id == batch_no_or_id)
    else:
        code = clean_code(batch_no_or_id)
        if not code:
            raise ValidationError("give a batch number")
        query = query.where(ClaimBatch.batch_no == code)
    if lock:
        query = query.with_for_update()
    batch = s.scalar(query)
    if batch is None:
        raise BatchNotFound(f"no claim batch numbered {batch_no_or_id}")
    return batch


def get_batch(db: Database, batch_no_or_id: str | int) -> BatchView:
    with db.translated_errors(), db.sessions() as s:
        return batch_view(s, find_batch(s, batch_no_or_id))


def batch_view(s: Session, batch: ClaimBatch) -> BatchView:
    rows = s.execute(_claim_rows_query().where(WarrantyClaim.batch_id == batch.id)
                     .order_by(WarrantyClaim.claim_no, WarrantyClaim.revision)).all()
    return BatchView(
        id=batch.id, batch_no=batch.batch_no, dealer_code=batch.dealer_code, year=batch.year,
        sequence=batch.sequence, status=batch.status, period_from=batch.period_from, period_to=batch.period_to,
        totals=_totals(batch), created_at=batch.created_at, exported_at=batch.exported_at,
        package_name=batch.package_name, package_sha256=batch.package_sha256,
        claims=tuple(BatchClaimRow(*row) for row in rows))


def list_batches(db: Database, request: PageRequest) -> Page[BatchRow]:
    """Batches, newest first unless sorted otherwise; filters: "status" (one BatchStatus or several)."""
    query = select(ClaimBatch)
    statuses = _statuses(request.filters.get("status"))
    if statuses:
        query = query.where(ClaimBatch.status.in_(statuses))
    if request.text.strip():
        query = query.where(ClaimBatch.batch_no.ilike(like_pattern(clean_code(request.text)), escape="\\"))
    keys = BATCH_SORTS.get(request.sort or "", None)
    if request.sort and keys is None:
        raise ValidationError(f"batches cannot be sorted by {request.sort}")
    descending = request.descending if request.sort else True
    order = [*(keys or BATCH_SORTS["batch_no"]), ClaimBatch.id]
    query = query.order_by(*(k.desc() if descending else k.asc() for k in order))
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        batches = s.scalars(query.offset(request.offset).limit(request.limit)).all()
        rows = [BatchRow(b.id, b.batch_no, b.status, b.period_from, b.period_to, _totals(b), b.created_at,
                         b.exported_at, b.package_name) for b in batches]
    return Page(rows, total)


def waiting_claims(db: Database, request: PageRequest, *, period_from: dt.date | None = None,
                   period_to: dt.date | None = None) -> Page[BatchClaimRow]:
    """Approved claims in no batch (latest revisions), for picking; text searches claim number, serial number
    and customer name; the period is the repair-date period."""
    newer = aliased(WarrantyClaim)
    query = _claim_rows_query().where(
        WarrantyClaim.status == ClaimStatus.APPROVED, WarrantyClaim.batch_id.is_(None),
        ~exists().where(newer.claim_no == WarrantyClaim.claim_no, newer.revision > WarrantyClaim.revision))
    if period_from is not None:
        query = query.where(WarrantyClaim.repair_date >= period_from)
    if period_to is not None:
        query = query.where(WarrantyClaim.repair_date <= period_to)
    text = request.text.strip()
    if text:
        pattern = like_pattern(text)
        query = query.where(or_(WarrantyClaim.claim_no.ilike(like_pattern(clean_code(text)), escape="\\"),
                                Unit.serial_no.ilike(like_pattern(clean_code(text)), escape="\\"),
                                Customer.name.ilike(pattern, escape="\\")))
    keys = CLAIM_SORTS.get(request.sort or "claim_no")
    if keys is None:
        raise ValidationError(f"claims cannot be sorted by {request.sort}")
    query = query.order_by(*(k.desc() if request.descending else k.asc() for k in (*keys, WarrantyClaim.id)))
    with db.translated_errors(), db.sessions() as s:
        total = count_of(s, query)
        rows = s.execute(query.offset(request.offset).limit(request.limit)).all()
    return Page([BatchClaimRow(*row) for row in rows], total)


def latest_claim_ids(db: Database, claim_numbers: Iterable[str]) -> list[int]:
    """The ids of the latest revisions of claims given by number as printed; every unknown number is named."""
    codes = [clean_code(n) for n in claim_numbers]
    with db.translated_errors(), db.sessions() as s:
        found: dict[str, int] = {}
        for claim_no, claim_id in s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.id)
                                            .where(WarrantyClaim.claim_no.in_(set(codes)))
                                            .order_by(WarrantyClaim.claim_no, WarrantyClaim.revision)):
            found[claim_no] = claim_id  # the last one seen is the newest revision
    missing = [code for code in codes if code not in found]
    if missing:
        raise ValidationError(f"no warranty claim numbered {', '.join(missing)}")
    return [found[code] for code in codes]


def _claim_rows_query() -> Select[Any]:
    return (select(WarrantyClaim.id, WarrantyClaim.claim_no, WarrantyClaim.revision, WarrantyClaim.status,
                   WarrantyClaim.repair_date, Unit.serial_no, ProductModel.code, Customer.name,
                   WarrantyClaim.labour_amount, WarrantyClaim.parts_amount, WarrantyClaim.travel_amount,
                   WarrantyClaim.other_amount, WarrantyClaim.total_amount)
            .join(Unit, Unit.id == WarrantyClaim.unit_id)
            .join(ProductModel, ProductModel.id == Unit.model_id)
            .join(Customer, Customer.id == WarrantyClaim.customer_id))


def _totals(batch: ClaimBatch) -> Totals:
    return Totals(batch.claim_count, batch.labour_amount, batch.parts_amount, batch.travel_amount,
                  batch.other_amount, batch.total_amount)


def _statuses(value: object) -> list[BatchStatus]:
    if value is None or value == "":
        return []
    values = [value] if isinstance(value, str | BatchStatus) else list(value)  # type: ignore[call-overload]
    try:
        return [BatchStatus(v) for v in values]
    except ValueError:
        raise ValidationError(f"unknown batch status in {values}") from None
