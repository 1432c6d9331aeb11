"""Column types that keep money exact and time stamps timezone-aware on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Enum, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of 10**-scale units (money: fen).

    SQLite has no decimal type and hands floats back from raw SQL; an integer column sums exactly on
    both databases. A value with more decimals than the scale is refused rather than rounded
    silently: rounding is the caller's decision (see app.domain.money.to_money).
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("a float is not an exact amount; pass a Decimal")
        number = Decimal(value)
        scaled = number.scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{number} has more than {self.scale} decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)

    @property
    def python_type(self) -> type:
        return Decimal


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in model declarations
    """Yuan with two decimals, stored as integer fen."""
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:  # noqa: N802
    """Part quantities (litres of oil, metres of hose…) to three decimals."""
    return ScaledDecimal(3)


def Hours() -> ScaledDecimal:  # noqa: N802
    """Labour hours, hour-meter readings and areas, to two decimals."""
    return ScaledDecimal(2)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware time stamp, stored in UTC. Naive datetimes are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("time stamps must be timezone-aware datetimes")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def enum_column(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A string column holding an enum's values, with a CHECK constraint on both databases."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(str(m.value)) for m in enum_cls) + 4,
        values_callable=lambda cls: [str(m.value) for m in cls],
        validate_strings=True,
    )


Code = String(40)  # serial numbers, part numbers, record numbers
Name = String(200)
