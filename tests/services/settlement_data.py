"""Claims in exported batches for the settlement and ledger tests: claims made and approved through the
service, then put in a batch row directly (how a batch is built and exported is not what these tests are
about; the round trip through the batch service is in test_settlement_round_trip.py)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from app.db.models import (
    AuditEntry,
    ClaimBatch,
    ImportRun,
    LedgerEntry,
    Settlement,
    SettlementLine,
    WarrantyClaim,
)
from app.domain.enums import BatchStatus, ClaimStatus
from app.reports.excel.settlement import write_settlement_sheet
from app.reports.excel.settlement_json import write_settlement_json
from app.services.business_time import BUSINESS_TZ
from tests.services.claims.conftest import Dealer
from tests.services.old_parts_data import approved_claim

D = Decimal
EXPORTED_ON = dt.date(2026, 6, 25)


def claims_in_batch(dealer: Dealer, batch_no: str, count: int, *, exported_on: dt.date | None = EXPORTED_ON,
                    changes: Sequence[dict[str, object]] = ()) -> list[tuple[str, Decimal]]:
    """`count` approved claims put in a new batch (exported on `exported_on`, or open when None);
    returns (claim number, total) of each."""
    ids = [approved_claim(dealer, **(changes[i] if i < len(changes) else {})) for i in range(count)]
    return put_in_batch(dealer, batch_no, ids, exported_on=exported_on)


def put_in_batch(dealer: Dealer, batch_no: str, claim_ids: Iterable[int], *,
                 exported_on: dt.date | None = EXPORTED_ON) -> list[tuple[str, Decimal]]:
    with dealer.db.sessions.begin() as s:  # type: ignore[attr-defined]
        claims = [s.get(WarrantyClaim, claim_id) for claim_id in claim_ids]
        sums = {k: sum((getattr(c, f"{k}_amount") for c in claims), D(0)) for k in ("labour", "parts", "travel",
                                                                                      "other")}
        year, sequence = int(batch_no.split("-")[1]), int(batch_no.split("-")[2])
        batch = ClaimBatch(batch_no=batch_no, dealer_code="D3701", year=year, sequence=sequence,
                           status=BatchStatus.OPEN if exported_on is None else BatchStatus.EXPORTED,
                           claim_count=len(claims), **{f"{k}_amount": v for k, v in sums.items()},
                           total_amount=sum(sums.values(), D(0)),
                           exported_at=None if exported_on is None else dt.datetime.combine(
                               exported_on, dt.time(10), BUSINESS_TZ))
        s.add(batch)
        s.flush()
        for claim in claims:
            claim.status = ClaimStatus.IN_BATCH
            claim.batch_id = batch.id
        return [(c.claim_no, c.total_amount) for c in claims]


def notice(path: Path, header: Sequence[object], lines: Iterable[Sequence[object]]) -> Path:
    """A settlement file: .json as JSON, else a workbook. Header: number, date, batch, approved, deducted;
    lines: claim, revision, claimed, approved, deducted, reason code, reason text."""
    if path.suffix == ".json":
        return write_settlement_json(path, header, lines)
    return write_settlement_sheet(path, header, lines)


def snapshot(dealer: Dealer) -> dict[str, object]:
    """Everything a settlement import may change."""
    with dealer.db.sessions() as s:  # type: ignore[attr-defined]
        counts = {model.__tablename__: s.scalar(select(func.count()).select_from(model))
                  for model in (Settlement, SettlementLine, LedgerEntry, AuditEntry, ImportRun)}
        return {**counts,
                "claims": sorted(s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.revision, WarrantyClaim.status,
                                                  WarrantyClaim.version)).tuples().all()),
                "batches": sorted(s.execute(select(ClaimBatch.batch_no, ClaimBatch.status)).tuples().all())}


def statuses(dealer: Dealer) -> dict[tuple[str, int], ClaimStatus]:
    with dealer.db.sessions() as s:  # type: ignore[attr-defined]
        return {(no, rev): status for no, rev, status in
                s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.revision, WarrantyClaim.status))}


def batch_status(dealer: Dealer, batch_no: str) -> BatchStatus:
    with dealer.db.sessions() as s:  # type: ignore[attr-defined]
        return s.scalars(select(ClaimBatch.status).where(ClaimBatch.batch_no == batch_no)).one()
