"""Every check of a settlement file against the claims and batches on record.

Nothing is raised here: each problem is added to the file's list, so the clerk sees all of them at
once (row, column, reason) and the caller refuses the file as a whole.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ClaimBatch, Settlement, WarrantyClaim
from app.domain.enums import BatchStatus, ClaimStatus
from app.domain.money import format_money
from app.reports.excel import ProblemCode, Row, SheetData
from app.reports.excel.columns import cell_text
from app.reports.excel.problems import params, shown
from app.reports.excel.settlement import SettlementCode, SettlementFile, SettlementProblem
from app.services.business_time import business_date
from app.services.imports.common import chunks

SETTLED = frozenset({ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED,
                     ClaimStatus.REWORKED})
Code = SettlementCode | ProblemCode
SAID = {ClaimStatus.SETTLED_APPROVED: "settled (approved in full)", ClaimStatus.SETTLED_PARTIAL: "settled (partly "
        "approved)", ClaimStatus.REWORKED: "reworked into a newer revision"}


@dataclass
class Plan:
    """What a clean file will change: the claim of each line and the batches they are in."""

    batch: ClaimBatch | None  # the batch the notice names, or the one batch all its claims are in
    lines: list[tuple[Row, WarrantyClaim]] = field(default_factory=list)
    batches: dict[int, ClaimBatch] = field(default_factory=dict)


def check(s: Session, data: SettlementFile, sha256: str, today: dt.date) -> Plan:
    """Adds every problem to data.problems and returns what a clean file would settle."""
    header = data.header.rows[0]
    _check_file(s, data, sha256)
    named = _check_notice(s, data, header, today)
    claims = _claims(s, [row.values["claim_no"] for row in data.lines.rows if row.usable("claim_no")])
    batches = _batches(s, {c.batch_id for revisions in claims.values() for c in revisions if c.batch_id})
    plan = Plan(named, batches=batches)
    for row in data.lines.rows:
        claim = _claim_of(data, row, claims)
        if claim is not None and _settleable(data, row, claim, batches, named, header):
            plan.lines.append((row, claim))
        _check_amounts(data, row, claim)
    _check_totals(data, header)
    if plan.batch is None:
        found = {claim.batch_id for _, claim in plan.lines}
        if len(found) == 1:
            plan.batch = batches[found.pop()]  # type: ignore[index]
    return plan


def problem(data: SettlementFile, part: SheetData, row: Row | None, key: str, code: Code, **values: object) -> None:
    """A problem of one cell; on the notice (the header part) it has no row."""
    column = part.spec.column(key)
    on_notice = part is data.header
    if row is not None:
        row.bad.add(key)
    data.problems.append(SettlementProblem(
        code, None if on_notice or row is None else row.number, part.letters.get(key, ""),  # type: ignore[arg-type]
        column.header, shown(cell_text(row.raw.get(key))) if row is not None else "", params(**values)))


def _check_file(s: Session, data: SettlementFile, sha256: str) -> None:
    earlier = s.execute(select(Settlement.settlement_no, Settlement.imported_at)
                        .where(Settlement.source_sha256 == sha256).limit(1)).first()
    if earlier is not None:
        data.problems.append(SettlementProblem(SettlementCode.FILE_ALREADY_IMPORTED,  # type: ignore[arg-type]
                                               params=params(day=business_date(earlier[1]), settlement=earlier[0])))


def _check_notice(s: Session, data: SettlementFile, header: Row, today: dt.date) -> ClaimBatch | None:
    part = data.header
    if header.usable("settlement_no"):
        earlier = s.execute(select(Settlement.imported_at)
                            .where(Settlement.settlement_no == header.values["settlement_no"])).first()
        if earlier is not None:
            problem(data, part, header, "settlement_no", SettlementCode.ALREADY_IMPORTED,
                    settlement=header.values["settlement_no"], day=business_date(earlier[0]))
    if header.usable("notice_date") and header.values["notice_date"] > today:
        problem(data, part, header, "notice_date", ProblemCode.FUTURE_DATE, today=today.isoformat())
    if not header.usable("batch_no"):
        return None
    number = header.values["batch_no"]
    batch = s.scalar(select(ClaimBatch).where(ClaimBatch.batch_no == number))
    if batch is None:
        problem(data, part, header, "batch_no", SettlementCode.UNKNOWN_BATCH)
    elif batch.status == BatchStatus.OPEN:
        problem(data, part, header, "batch_no", SettlementCode.BATCH_NOT_EXPORTED, batch=number)
    elif batch.status == BatchStatus.SETTLED:
        problem(data, part, header, "batch_no", SettlementCode.BATCH_SETTLED, batch=number)
    return batch


def _claims(s: Session, numbers: list[str]) -> dict[str, list[WarrantyClaim]]:
    """Every revision of each claim number, oldest first; locked, so two imports cannot settle one claim."""
    found: dict[str, list[WarrantyClaim]] = defaultdict(list)
    for part in chunks(list(dict.fromkeys(numbers))):
        query = (select(WarrantyClaim).where(WarrantyClaim.claim_no.in_(part))
                 .order_by(WarrantyClaim.claim_no, WarrantyClaim.revision).with_for_update())
        for claim in s.scalars(query):
            found[claim.claim_no].append(claim)
    return found


def _batches(s: Session, ids: set[int | None]) -> dict[int, ClaimBatch]:
    wanted = sorted(i for i in ids if i is not None)
    found: dict[int, ClaimBatch] = {}
    for part in chunks(wanted):
        found.update({b.id: b for b in s.scalars(select(ClaimBatch).where(ClaimBatch.id.in_(part)))})
    return found


def _claim_of(data: SettlementFile, row: Row, claims: dict[str, list[WarrantyClaim]]) -> WarrantyClaim | None:
    """The revision a line settles: the one it names, else the one in a batch, else the latest (so that
    the problem says what became of it)."""
    if not row.usable("claim_no") or "revision" in row.bad:
        return None
    revisions = claims.get(row.values["claim_no"], [])
    wanted = row.values.get("revision")
    if wanted is not None:
        claim = next((c for c in revisions if c.revision == wanted), None)
    else:
        claim = next((c for c in revisions if c.status == ClaimStatus.IN_BATCH), revisions[-1] if revisions else None)
    if claim is None:
        problem(data, data.lines, row, "claim_no", SettlementCode.UNKNOWN_CLAIM,
                revision=f" (revision {wanted})" if wanted is not None else "")
    return claim


def _settleable(data: SettlementFile, row: Row, claim: WarrantyClaim, batches: dict[int, ClaimBatch],
                named: ClaimBatch | None, header: Row) -> bool:
    said = SAID.get(claim.status, claim.status.value.replace("_", " "))
    if claim.status in SETTLED:
        problem(data, data.lines, row, "claim_no", SettlementCode.ALREADY_SETTLED, status=said)
        return False
    batch = batches.get(claim.batch_id) if claim.batch_id is not None else None
    if claim.status != ClaimStatus.IN_BATCH or batch is None:
        problem(data, data.lines, row, "claim_no", SettlementCode.NOT_IN_BATCH, status=said)
        return False
    if batch.status == BatchStatus.OPEN:
        problem(data, data.lines, row, "claim_no", SettlementCode.BATCH_NOT_EXPORTED, batch=batch.batch_no)
        return False
    if header.usable("batch_no") and named is not None and batch.id != named.id:
        problem(data, data.lines, row, "claim_no", SettlementCode.OTHER_BATCH, batch=batch.batch_no,
                main=named.batch_no)
        return False
    return True


def _check_amounts(data: SettlementFile, row: Row, claim: WarrantyClaim | None) -> None:
    values = row.values
    if claim is not None and row.usable("claimed_amount") and values["claimed_amount"] != claim.total_amount:
        problem(data, data.lines, row, "claimed_amount", SettlementCode.CLAIMED_MISMATCH,
                total=format_money(claim.total_amount), claimed=format_money(values["claimed_amount"]))
    if row.usable("claimed_amount", "approved_amount", "deducted_amount"):
        approved, deducted, claimed = values["approved_amount"], values["deducted_amount"], values["claimed_amount"]
        if approved + deducted != claimed:
            problem(data, data.lines, row, "approved_amount", SettlementCode.DOES_NOT_ADD_UP,
                    approved=format_money(approved), deducted=format_money(deducted), claimed=format_money(claimed))
    if row.usable("deducted_amount") and values["deducted_amount"] > 0 and not (
            values.get("reason_code") or values.get("reason_text")) and not {"reason_code", "reason_text"} & row.bad:
        problem(data, data.lines, row, "reason_code", SettlementCode.REASON_REQUIRED)


def _check_totals(data: SettlementFile, header: Row) -> None:
    """The notice's totals against its lines, once every line's amount could be read (a line with other
    problems still counts: its amount is what head office wrote)."""
    for total_key, line_key in (("total_approved", "approved_amount"), ("total_deducted", "deducted_amount")):
        if not header.usable(total_key) or any(row.values.get(line_key) is None for row in data.lines.rows):
            continue
        lines = sum((row.values[line_key] for row in data.lines.rows), Decimal(0))
        if lines != header.values[total_key]:
            problem(data, data.header, header, total_key, SettlementCode.TOTAL_MISMATCH, lines=format_money(lines),
                    total=format_money(header.values[total_key]))
