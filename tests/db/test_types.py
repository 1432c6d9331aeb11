"""Money stays exact and time stamps stay timezone-aware on both databases."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.db.models import LedgerEntry
from app.db.types import ScaledDecimal, UTCDateTime
from app.domain.enums import LedgerKind
from app.domain.money import line_amount, to_money


def test_to_money_rounds_half_up_and_refuses_floats():
    assert to_money("2.345") == Decimal("2.35")
    assert to_money(Decimal("-2.345")) == Decimal("-2.35")
    assert line_amount(Decimal("3"), Decimal("0.335")) == Decimal("1.01")
    with pytest.raises(TypeError):
        to_money(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        to_money("abc")


def test_scaled_decimal_refuses_floats_and_extra_decimals():
    money = ScaledDecimal(2)
    assert money.process_bind_param(Decimal("12.34"), None) == 1234  # type: ignore[arg-type]
    assert money.process_result_value(1234, None) == Decimal("12.34")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        money.process_bind_param(12.34, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        money.process_bind_param(Decimal("0.005"), None)  # type: ignore[arg-type]


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        UTCDateTime().process_bind_param(dt.datetime(2026, 1, 1, 12, 0), None)  # type: ignore[arg-type]


def test_sums_are_exact_to_the_cent(database):
    # GIVEN amounts whose float sum drifts (0.1 + 0.2 …)
    amounts = [Decimal("0.10"), Decimal("0.20"), Decimal("1234567.89"), Decimal("0.01")] * 250
    with database.sessions.begin() as s:
        for amount in amounts:
            s.add(LedgerEntry(entry_date=dt.date(2026, 1, 1), kind=LedgerKind.CREDIT, amount=amount))
    # WHEN the database sums them, in raw SQL and through the ORM
    with database.sessions() as s:
        raw = s.execute(text("SELECT SUM(amount) FROM ledger_entries")).scalar_one()
        loaded = s.scalars(select(LedgerEntry.amount)).all()
    # THEN both agree with Decimal arithmetic to the cent
    expected = sum(amounts, Decimal(0))
    assert Decimal(int(raw)).scaleb(-2) == expected == Decimal("308642050.00")
    assert sum(loaded, Decimal(0)) == expected
    assert all(isinstance(a, Decimal) for a in loaded)


def test_time_stamps_round_trip_as_aware_utc(database):
    beijing = dt.timezone(dt.timedelta(hours=8))
    moment = dt.datetime(2026, 3, 1, 9, 30, tzinfo=beijing)
    with database.sessions.begin() as s:
        from app.db.models import AuditEntry

        s.add(AuditEntry(at=moment, entity="claim", entity_id=1, action="create"))
    with database.sessions() as s:
        from app.db.models import AuditEntry

        loaded = s.scalars(select(AuditEntry.at)).one()
    assert loaded.tzinfo is not None
    assert loaded == moment
    assert loaded.utcoffset() == dt.timedelta(0)
