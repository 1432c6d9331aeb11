"""What "consistent after a crash" means for a WarrantyDesk database, checked from outside the app.

Every check reads through the same models the app writes with, so a half-written claim, batch or
settlement shows up as a sum that does not add up, a number missing from its sequence or a claim in
a state its batch does not explain.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, make_url, select

from app.db.engine import sqlite_path
from app.db.models import (
    ClaimBatch,
    ClaimLabourLine,
    ClaimPartLine,
    LedgerEntry,
    NumberSequence,
    OldPart,
    ReturnShipment,
    Settlement,
    SettlementLine,
    WarrantyClaim,
)
from app.domain.enums import BatchStatus, ClaimStatus, LedgerKind
from app.services.database import Database
from tests.faults.children import Zygote

ZERO = Decimal(0)
SETTLED = {ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED, ClaimStatus.REWORKED}


def assert_cli_check_passes(zygote: Zygote, url: str) -> None:
    """`warrantydesk --db URL check` succeeds."""
    run = zygote.cli("--db", url, "check")
    assert run.finish() == 0, run.stderr
    assert "integrity: ok, foreign keys ok" in run.lines


def assert_consistent(url: str) -> None:
    """The database opens, passes its own check, and every claim, batch and settlement is whole."""
    path = sqlite_path(make_url(url))
    if path is not None:
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            raw.close()
    db = Database.open_read_only(url)
    try:
        assert db.check().integrity == "ok"
        with db.sessions() as s:
            _claims_whole(s)
            _numbers_unique_and_gapless(s)
            _batches_whole(s)
            _settlements_whole(s)
    finally:
        db.close()


def _sums(s, column, key):  # type: ignore[no-untyped-def]
    return {k: v or ZERO for k, v in s.execute(select(key, func.sum(column)).group_by(key)).tuples().all()}


def _claims_whole(s) -> None:  # type: ignore[no-untyped-def]
    labour = _sums(s, ClaimLabourLine.amount, ClaimLabourLine.claim_id)
    parts = _sums(s, ClaimPartLine.amount, ClaimPartLine.claim_id)
    claims = s.execute(select(WarrantyClaim.id, WarrantyClaim.claim_no, WarrantyClaim.labour_amount,
                              WarrantyClaim.parts_amount, WarrantyClaim.travel_amount, WarrantyClaim.other_amount,
                              WarrantyClaim.total_amount)).all()
    broken = []
    for c in claims:
        if c.id not in labour and c.id not in parts:
            broken.append(f"{c.claim_no}: no lines")
        elif (labour.get(c.id, ZERO), parts.get(c.id, ZERO)) != (c.labour_amount, c.parts_amount):
            broken.append(f"{c.claim_no}: lines {labour.get(c.id)} + {parts.get(c.id)}, "
                          f"claim {c.labour_amount} + {c.parts_amount}")
        elif c.labour_amount + c.parts_amount + c.travel_amount + c.other_amount != c.total_amount:
            broken.append(f"{c.claim_no}: total {c.total_amount}")
    assert not broken, broken[:10]


def _gapless(numbers: list[str], last: dict[int, int], what: str) -> None:
    """Numbers end in -<year><…>-<sequence>; each year's are 1 … its sequence's last value, once each."""
    assert len(numbers) == len(set(numbers)), f"duplicate {what} numbers"
    by_year: dict[int, list[int]] = defaultdict(list)
    for number in numbers:
        head, sequence = number.rsplit("-", 1)
        by_year[int(head[-4:])].append(int(sequence))
    for year, sequences in by_year.items():
        assert sorted(sequences) == list(range(1, last.get(year, 0) + 1)), f"{what} numbers of {year} have gaps"


def _numbers_unique_and_gapless(s) -> None:  # type: ignore[no-untyped-def]
    last: dict[str, dict[int, int]] = defaultdict(dict)
    for kind, year, value in s.execute(select(NumberSequence.kind, NumberSequence.year, NumberSequence.last_value)):
        last[kind][year] = value
    _gapless(list(s.scalars(select(WarrantyClaim.claim_no).distinct())), last["claim"], "claim")
    _gapless(list(s.scalars(select(ClaimBatch.batch_no))), last["batch"], "batch")
    _gapless(list(s.scalars(select(ReturnShipment.shipment_no))), last["shipment"], "shipment")
    tags = list(s.scalars(select(OldPart.tag_no)))  # an edited claim lets its tags go: unique, not gapless
    assert len(tags) == len(set(tags)), "duplicate tag numbers"


def _batches_whole(s) -> None:  # type: ignore[no-untyped-def]
    members = {row[0]: row[1:] for row in s.execute(
        select(WarrantyClaim.batch_id, func.count(), func.sum(WarrantyClaim.labour_amount),
               func.sum(WarrantyClaim.parts_amount), func.sum(WarrantyClaim.travel_amount),
               func.sum(WarrantyClaim.other_amount), func.sum(WarrantyClaim.total_amount))
        .where(WarrantyClaim.batch_id.is_not(None)).group_by(WarrantyClaim.batch_id))}
    for batch in s.scalars(select(ClaimBatch)):
        count, *amounts = members.get(batch.id, (0, ZERO, ZERO, ZERO, ZERO, ZERO))
        assert batch.claim_count == count and batch.claim_count > 0, f"batch {batch.batch_no} lost its claims"
        assert [batch.labour_amount, batch.parts_amount, batch.travel_amount, batch.other_amount,
                batch.total_amount] == amounts, f"batch {batch.batch_no}: totals differ from its claims"
        if batch.status != BatchStatus.OPEN:
            assert batch.exported_at, f"batch {batch.batch_no} is {batch.status.value} but was never exported"
    statuses = dict(s.execute(select(ClaimBatch.id, ClaimBatch.status)).tuples().all())
    for claim_no, status, batch_id in s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.status,
                                                       WarrantyClaim.batch_id)):
        if status in (ClaimStatus.DRAFT, ClaimStatus.READY, ClaimStatus.APPROVED):
            assert batch_id is None, f"claim {claim_no} is {status.value} but in a batch"
        elif status == ClaimStatus.IN_BATCH:
            assert statuses.get(batch_id) in (BatchStatus.OPEN, BatchStatus.EXPORTED), f"claim {claim_no}"


def _settlements_whole(s) -> None:  # type: ignore[no-untyped-def]
    lines = {row[0]: row[1:] for row in s.execute(
        select(SettlementLine.settlement_id, func.count(), func.sum(SettlementLine.approved_amount),
               func.sum(SettlementLine.deducted_amount)).group_by(SettlementLine.settlement_id))}
    credits = dict(s.execute(select(LedgerEntry.settlement_id, func.sum(LedgerEntry.amount))
                             .where(LedgerEntry.kind == LedgerKind.CREDIT).group_by(LedgerEntry.settlement_id))
                   .tuples().all())
    for settlement in s.scalars(select(Settlement)):
        count, approved, deducted = lines.get(settlement.id, (0, ZERO, ZERO))
        assert count > 0, f"settlement {settlement.settlement_no} has no lines"
        assert (settlement.approved_amount, settlement.deducted_amount) == (approved, deducted)
        assert credits.get(settlement.id, ZERO) == approved, f"settlement {settlement.settlement_no}: credit"
    unsettled = s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.status)
                          .join(SettlementLine, SettlementLine.claim_id == WarrantyClaim.id)
                          .where(WarrantyClaim.status.not_in(SETTLED))).all()
    assert not unsettled, f"claims on a settlement but not settled: {unsettled[:5]}"


def package_files(path: Path) -> dict[str, bytes]:
    """Every file of an export package (a folder or a .zip), by its path inside the package."""
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}


def assert_package_complete(path: Path) -> str:
    """The package holds exactly the files its manifest lists, each of its size and SHA-256; returns the
    manifest's SHA-256 (what the batch records)."""
    files = package_files(path)
    manifest_bytes = files.pop("manifest.json")
    manifest = json.loads(manifest_bytes)
    listed = {f["path"]: (f["size"], f["sha256"]) for f in manifest["files"]}
    found = {name: (len(data), hashlib.sha256(data).hexdigest()) for name, data in files.items()}
    assert found == listed, f"{path.name}: files differ from the manifest"
    return hashlib.sha256(manifest_bytes).hexdigest()
