"""The amounts of a warranty claim, computed one way for the editor's live totals and for saving."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.domain.money import ZERO, line_amount, to_money


@dataclass(frozen=True)
class Travel:
    """Distance × rate, or a fixed amount (when no distance is given)."""

    km: Decimal | None = None
    rate: Decimal | None = None
    fixed: Decimal | None = None

    def amount(self) -> Decimal:
        if self.km is not None and self.rate is not None:
            return line_amount(self.km, self.rate)
        return to_money(self.fixed) if self.fixed is not None else ZERO


@dataclass(frozen=True)
class Totals:
    labour: Decimal
    parts: Decimal
    travel: Decimal
    other: Decimal

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.travel + self.other


def labour_amount(hours: Decimal, hourly_rate: Decimal) -> Decimal:
    return line_amount(hours, hourly_rate)


def part_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    return line_amount(quantity, unit_price)


def claim_totals(labour: Iterable[tuple[Decimal, Decimal]], parts: Iterable[tuple[Decimal, Decimal]],
                 travel: Travel, other: Decimal = ZERO) -> Totals:
    """`labour`: (actual hours, hourly rate) per line; `parts`: (quantity, unit price) per line.

    Each line is rounded half-up to the fen, then lines are added: the total is the sum of what the
    printed lines show, so paper and database always agree.
    """
    return Totals(
        labour=sum((labour_amount(h, r) for h, r in labour), ZERO),
        parts=sum((part_amount(q, p) for q, p in parts), ZERO),
        travel=travel.amount(),
        other=to_money(other),
    )
