"""The demo dealer is deterministic and consistent with the rules the app enforces later."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app.db.models import (
    ClaimBatch,
    OldPart,
    Settlement,
    SettlementLine,
    StockLevel,
    StockMovement,
    Unit,
    WarrantyClaim,
)
from app.domain.enums import BatchStatus, ClaimStatus, OldPartStatus, ShipmentStatus
from app.domain.errors import ValidationError
from app.services.database import Database
from app.services.demo import build_demo

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def demo_db(database):  # type: ignore[no-untyped-def]
    build_demo(database, units=120, claims=1500, seed=7, today=TODAY)
    return database


def _fingerprint(db: Database) -> str:
    digest = hashlib.sha256()
    with db.sessions() as s:
        for row in s.execute(select(WarrantyClaim.claim_no, WarrantyClaim.status, WarrantyClaim.total_amount,
                                    Unit.serial_no).join(Unit).order_by(WarrantyClaim.id)):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_counts_are_what_was_asked(demo_db):
    report = demo_db.check()
    assert report.row_counts["units"] == 120
    assert report.row_counts["warranty_claims"] == 1500


def test_same_seed_gives_the_same_dealer(demo_db, tmp_path):
    other = Database.open(f"sqlite:///{tmp_path / 'again.sqlite3'}")
    try:
        build_demo(other, units=120, claims=1500, seed=7, today=TODAY)
        assert _fingerprint(other) == _fingerprint(demo_db)
    finally:
        other.close()


def test_claims_cover_every_status(demo_db):
    with demo_db.sessions() as s:
        present = set(s.scalars(select(WarrantyClaim.status).distinct()))
    assert present == set(ClaimStatus)


def test_batches_and_settlements_add_up_to_the_cent(demo_db):
    with demo_db.sessions() as s:
        for batch in s.scalars(select(ClaimBatch)):
            members = s.scalars(select(WarrantyClaim).where(WarrantyClaim.batch_id == batch.id)).all()
            assert batch.claim_count == len(members)
            assert batch.total_amount == sum((c.total_amount for c in members), Decimal(0))
            in_batch = [c for c in members if c.status == ClaimStatus.IN_BATCH]
            assert (batch.status == BatchStatus.EXPORTED) == bool(in_batch)
        for settlement in s.scalars(select(Settlement)):
            lines = s.scalars(select(SettlementLine).where(SettlementLine.settlement_id == settlement.id)).all()
            assert settlement.approved_amount == sum((x.approved_amount for x in lines), Decimal(0))
            assert settlement.deducted_amount == sum((x.deducted_amount for x in lines), Decimal(0))
        unbatched = s.scalar(select(func.count()).where(
            WarrantyClaim.status.in_([ClaimStatus.IN_BATCH, ClaimStatus.SETTLED_APPROVED]),
            WarrantyClaim.batch_id.is_(None)))
        assert unbatched == 0


def test_old_parts_follow_their_claims_and_shipments(demo_db):
    with demo_db.sessions() as s:
        statuses = set(s.scalars(select(OldPart.status).distinct()))
        assert {OldPartStatus.RETAINED, OldPartStatus.SHIPPED, OldPartStatus.USABLE, OldPartStatus.SCRAP} <= statuses
        rows = s.execute(text(
            "SELECT o.status, r.status FROM old_parts o JOIN return_shipments r ON r.id = o.shipment_id")).all()
        for part_status, shipment_status in rows:
            if part_status in ("usable", "scrap", "received"):
                assert shipment_status == ShipmentStatus.RECEIVED
        cancelled = s.scalar(select(func.count()).select_from(OldPart).join(WarrantyClaim).where(
            WarrantyClaim.status.in_([ClaimStatus.CANCELLED, ClaimStatus.DRAFT])))
        assert cancelled == 0


def test_stock_on_hand_is_the_sum_of_its_movements(demo_db):
    with demo_db.sessions() as s:
        moved = dict(s.execute(select(StockMovement.part_id, func.sum(StockMovement.quantity))
                               .group_by(StockMovement.part_id)).tuples().all())
        for level in s.scalars(select(StockLevel)):
            # SUM() keeps the column's type, so it comes back as an exact Decimal
            assert moved.get(level.part_id, Decimal(0)) == level.on_hand


def test_registration_cards_include_late_and_due(demo_db):
    with demo_db.sessions() as s:
        late = s.scalar(text("SELECT count(*) FROM registration_cards WHERE sent_on IS NULL AND due_date < :d"),
                        {"d": TODAY})
        sent_late = s.scalar(text("SELECT count(*) FROM registration_cards WHERE sent_on > due_date"))
    assert late > 0 and sent_late > 0


def test_demo_refuses_a_database_with_data(demo_db):
    with pytest.raises(ValidationError, match="already holds data"):
        build_demo(demo_db, units=5, claims=5)
