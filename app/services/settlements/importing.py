"""Importing head office's settlement notice (三包费用核销通知), as a workbook or as JSON.

All or nothing: the file is read, then checked against the claims and batches on record, and every
problem is listed (row, column, reason). Only a clean file changes anything, in one transaction:
the settlement and its lines; each claim settled (approved in full, partly approved or rejected);
each batch whose claims are all settled becomes settled; the approved amount is credited to the
dealer's account with head office (one ledger credit per batch); and all of it goes to the audit trail.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import ImportRun, LedgerEntry, Settlement, SettlementLine, WarrantyClaim
from app.domain.actors import Actor
from app.domain.claim_lifecycle import require_move
from app.domain.enums import BatchStatus, ClaimStatus, LedgerKind
from app.domain.money import format_money
from app.reports.excel.reader import Progress
from app.reports.excel.settlement import SettlementFile, read_settlement_workbook
from app.reports.excel.settlement_json import read_settlement_json
from app.services.audit_trail import write_audit
from app.services.database import Database
from app.services.settlements.checking import Plan, check

IMPORT_KIND = "settlement"


@dataclass(frozen=True)
class SettlementResult:
    file_name: str
    settlement_no: str
    notice_date: dt.date
    batch_nos: tuple[str, ...]  # the batches its claims are in
    approved: tuple[str, ...]  # claim numbers paid in full
    partial: tuple[str, ...]  # paid in part
    rejected: tuple[str, ...]
    claimed_amount: Decimal
    approved_amount: Decimal  # credited to the account with head office
    deducted_amount: Decimal
    batches_settled: tuple[str, ...]  # batches all of whose claims are now settled
    still_in_batch: int  # claims of those batches head office has not settled yet

    def summary(self) -> str:
        """One line, for the command line and the log."""
        return (f"{self.file_name}: settlement {self.settlement_no} of {self.notice_date.isoformat()}: "
                f"{len(self.approved)} approved, {len(self.partial)} partly approved, {len(self.rejected)} rejected; "
                f"claimed {format_money(self.claimed_amount)}, approved {format_money(self.approved_amount)}, "
                f"deducted {format_money(self.deducted_amount)}")


def outcome(approved: Decimal, deducted: Decimal) -> ClaimStatus:
    """What a line does to its claim: nothing deducted is approved, nothing approved is rejected."""
    if deducted == 0:
        return ClaimStatus.SETTLED_APPROVED
    if approved == 0:
        return ClaimStatus.REJECTED
    return ClaimStatus.SETTLED_PARTIAL


def read_settlement(path: str | Path, progress: Progress | None = None) -> SettlementFile:
    """The file parsed (a .json file as JSON, anything else as a workbook); cell problems in `.problems`."""
    source = Path(path)
    if source.suffix.lower() == ".json":
        return read_settlement_json(source)
    return read_settlement_workbook(source, progress)


def import_settlement(db: Database, actor: Actor, path: str | Path, today: dt.date, *,
                      progress: Progress | None = None) -> SettlementResult:
    """Record head office's settlement notice from `path`, or raise ImportRefused listing every problem.
    Importing the notice is the dealer's confirmation of it (rule 5): it is recorded as confirmed today.
    `progress` hears the stages: reading (rows), checking, writing."""
    report = progress or (lambda _stage, _done, _total: None)
    source = Path(path)
    data = read_settlement(source, report)
    sha256 = _sha256(source)
    now = dt.datetime.now(dt.UTC)
    with db.translated_errors(), db.sessions.begin() as s:
        report("checking", 0, 0)
        plan = check(s, data, sha256, today)
        data.refuse_if_problems()
        report("writing", 0, 0)
        return _write(s, data, plan, actor, now, sha256, today)


def _write(s: Session, data: SettlementFile, plan: Plan, actor: Actor, now: dt.datetime, sha256: str,
           today: dt.date) -> SettlementResult:
    notice = data.header.rows[0].values
    number: str = notice["settlement_no"]
    amounts = [(row.values["claimed_amount"], row.values["approved_amount"], row.values["deducted_amount"])
               for row, _ in plan.lines]
    claimed, approved, deducted = (sum((a[i] for a in amounts), Decimal(0)) for i in range(3))
    settlement = Settlement(settlement_no=number, batch_id=plan.batch.id if plan.batch else None,
                            notice_date=notice["notice_date"], approved_amount=approved, deducted_amount=deducted,
                            imported_at=now, confirmed_on=today, source_sha256=sha256)
    s.add(settlement)
    s.flush()
    write_audit(s, actor, "settlement", settlement.id, "create", "settlement_no", None, number, at=now)
    outcomes: dict[ClaimStatus, list[str]] = defaultdict(list)
    credit: dict[int, Decimal] = defaultdict(Decimal)
    for row, claim in plan.lines:
        values = row.values
        s.add(SettlementLine(settlement_id=settlement.id, claim_id=claim.id, claimed_amount=values["claimed_amount"],
                             approved_amount=values["approved_amount"], deducted_amount=values["deducted_amount"],
                             reason_code=values.get("reason_code") or "", reason_text=values.get("reason_text") or ""))
        target = outcome(values["approved_amount"], values["deducted_amount"])
        require_move(claim.claim_no, claim.status, target)
        write_audit(s, actor, "claim", claim.id, "transition", "status", claim.status.value,
                    f"{target.value}: settlement {number}", at=now)
        claim.status = target
        outcomes[target].append(claim.claim_no)
        credit[claim.batch_id] += values["approved_amount"]  # type: ignore[index]
    s.flush()
    settled, waiting = _settle_batches(s, plan, set(credit), actor, now)
    for batch_id, amount in sorted(credit.items()):
        if amount > 0:  # a notice that rejects everything credits nothing (ledger amounts are positive)
            entry = LedgerEntry(entry_date=notice["notice_date"], kind=LedgerKind.CREDIT, amount=amount,
                                batch_id=batch_id, settlement_id=settlement.id, reference=number)
            s.add(entry)
            s.flush()
            write_audit(s, actor, "ledger_entry", entry.id, "create", "amount", None, amount, at=now)
    s.add(ImportRun(kind=IMPORT_KIND, file_name=data.file_name, sha256=sha256, row_count=len(plan.lines),
                    imported_at=now, user_name=actor.name))
    return SettlementResult(
        data.file_name, number, notice["notice_date"], tuple(sorted(plan.batches[i].batch_no for i in credit)),
        tuple(outcomes[ClaimStatus.SETTLED_APPROVED]), tuple(outcomes[ClaimStatus.SETTLED_PARTIAL]),
        tuple(outcomes[ClaimStatus.REJECTED]), claimed, approved, deducted, settled, waiting)


def _settle_batches(s: Session, plan: Plan, batch_ids: set[int], actor: Actor,
                    now: dt.datetime) -> tuple[tuple[str, ...], int]:
    """Batches with no claim left in batch become settled; returns them and the claims still waiting."""
    waiting = dict(s.execute(select(WarrantyClaim.batch_id, func.count())
                             .where(WarrantyClaim.batch_id.in_(batch_ids), WarrantyClaim.status == ClaimStatus.IN_BATCH)
                             .group_by(WarrantyClaim.batch_id)).tuples().all())
    settled: list[str] = []
    for batch_id in sorted(batch_ids):
        batch = plan.batches[batch_id]
        if waiting.get(batch_id) or batch.status != BatchStatus.EXPORTED:
            continue
        write_audit(s, actor, "batch", batch.id, "transition", "status", batch.status.value,
                    BatchStatus.SETTLED.value, at=now)
        batch.status = BatchStatus.SETTLED
        settled.append(batch.batch_no)
    return tuple(settled), sum(waiting.values())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
