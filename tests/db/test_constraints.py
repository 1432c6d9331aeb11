"""The database enforces its own rules, on SQLite and on PostgreSQL alike."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from app.db.models import ClaimPartLine, DealerProfile, OldPart, StockLevel, Unit, WarrantyClaim
from app.domain.enums import ClaimStatus
from tests.db import factories


def _refused(database, build) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((IntegrityError, StatementError)):
        with database.sessions.begin() as s:
            build(s)


def test_unique_serial_numbers(database):
    with database.sessions.begin() as s:
        factories.unit(s, "LF50426000001")

    def duplicate(s):  # type: ignore[no-untyped-def]
        first = s.query(Unit).one()
        s.add(Unit(serial_no="LF50426000001", model_id=first.model_id, customer_id=first.customer_id,
                   sale_date=dt.date(2026, 4, 1)))

    _refused(database, duplicate)


def test_foreign_keys_are_enforced(database):
    def orphan(s):  # type: ignore[no-untyped-def]
        s.add(Unit(serial_no="X1", model_id=999, customer_id=999, sale_date=dt.date(2026, 4, 1)))

    _refused(database, orphan)


def test_claim_total_must_add_up(database):
    def wrong_total(s):  # type: ignore[no-untyped-def]
        c = factories.claim(s)
        c.total_amount = Decimal("999.99")

    _refused(database, wrong_total)


@pytest.mark.parametrize("quantity", ["0", "-1"])
def test_part_quantity_must_be_positive(database, quantity):
    def bad_line(s):  # type: ignore[no-untyped-def]
        c = factories.claim(s)
        p = factories.part(s)
        s.add(ClaimPartLine(claim_id=c.id, line_no=1, part_id=p.id, quantity=Decimal(quantity),
                            unit_price=Decimal("1.00"), amount=Decimal("0")))

    _refused(database, bad_line)


def test_negative_prices_and_stock_are_refused(database):
    _refused(database, lambda s: factories.part(s, price="-1.00"))

    def negative_stock(s):  # type: ignore[no-untyped-def]
        p = factories.part(s, "P-2")
        s.add(StockLevel(part_id=p.id, on_hand=Decimal("-1")))

    _refused(database, negative_stock)


def test_unknown_status_is_refused_by_the_database_itself(database):
    with database.sessions.begin() as s:
        claim_id = factories.claim(s).id
    with pytest.raises(IntegrityError):
        with database.sessions.begin() as s:
            s.execute(text("UPDATE warranty_claims SET status = 'paid' WHERE id = :id"), {"id": claim_id})


def test_approved_claim_needs_its_approval_and_batched_claim_its_batch(database):
    def approved_without_time(s):  # type: ignore[no-untyped-def]
        factories.claim(s).status = ClaimStatus.APPROVED

    _refused(database, approved_without_time)

    def batched_without_batch(s):  # type: ignore[no-untyped-def]
        c = factories.claim(s, "SB2026-000002")
        c.status = ClaimStatus.IN_BATCH
        c.approved_at = dt.datetime(2026, 5, 3, tzinfo=dt.UTC)

    _refused(database, batched_without_batch)


def test_one_dealer_profile_only(database):
    with database.sessions.begin() as s:
        s.add(DealerProfile(id=1, dealer_code="D1", name="甲"))
    _refused(database, lambda s: s.add(DealerProfile(id=2, dealer_code="D2", name="乙")))


def test_written_off_old_part_needs_a_reason(database):
    def no_reason(s):  # type: ignore[no-untyped-def]
        c = factories.claim(s)
        p = factories.part(s)
        line = ClaimPartLine(claim_id=c.id, line_no=1, part_id=p.id, quantity=Decimal(1),
                             unit_price=Decimal("28.50"), amount=Decimal("28.50"), retain=True)
        s.add(line)
        s.flush()
        s.add(OldPart(tag_no="JJ2026-000001", claim_id=c.id, part_line_id=line.id, part_id=p.id,
                      quantity=Decimal(1), status="written_off", due_date=dt.date(2026, 6, 30)))

    _refused(database, no_reason)


def test_second_save_of_the_same_claim_is_refused(database):
    # GIVEN two workstations that loaded the same claim
    with database.sessions.begin() as s:
        claim_id = factories.claim(s).id
    first, second = database.sessions(), database.sessions()
    try:
        a = first.get(WarrantyClaim, claim_id)
        b = second.get(WarrantyClaim, claim_id)
        first.commit()  # loading is one unit of work, saving another: no transaction is held open
        second.commit()
        # WHEN both change it and save, one after the other
        a.complaint = "发动机异响"
        first.commit()
        b.complaint = "液压无力"
        # THEN the second save fails and the first one is kept
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with database.sessions() as s:
        kept = s.get(WarrantyClaim, claim_id)
        assert kept.complaint == "发动机异响"
        assert kept.version == 2
