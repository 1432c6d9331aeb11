"""Exchange and refund (换货 / 退货) under the farm-machinery 三包 regulation, decided in one place.

Within 15 days of the sale a safety or performance fault lets the farmer choose an exchange or a
repair. Within 15 days of an exchange such a fault on the replacement lets the farmer choose a refund.
"Within 15 days" means the fault came less than 15 days after the sale (or the exchange): a fault on the
sale day itself is 0 days after it, so the last day the offer holds is the 14th day after the sale.

A unit is exchanged or refunded at most once: an exchanged unit is back in the dealer's stock, a refunded
one has no warranty left; a replacement starts a new life (its periods restart on the exchange date).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.enums import UnitStatus
from app.domain.errors import ValidationError

WINDOW_DAYS = 15  # the regulation's 15 days, for an exchange after a sale and a refund after an exchange


class ReturnKind(StrEnum):
    EXCHANGE = "exchange"  # 换货
    REFUND = "refund"  # 退货


class FaultKind(StrEnum):
    """The faults the regulation lists as grounds for an exchange or a refund."""

    SAFETY = "safety"  # 安全性能故障
    PERFORMANCE = "performance"  # 使用性能故障


@dataclass(frozen=True)
class ReturnWindow:
    """What a unit's owner may choose for a fault on `fault_date`."""

    kind: ReturnKind | None  # None: neither exchange nor refund, only repair
    applies: ReturnKind | None  # which choice the unit's history makes the question (None: given back already)
    start: dt.date | None  # the sale (invoice) or the exchange the 15 days run from
    last_day: dt.date | None  # the last fault date the offer holds for
    reason: str  # why not, when kind is None; empty otherwise
    status: UnitStatus = UnitStatus.IN_SERVICE  # the unit's status (not in service: nothing can be chosen)

    @property
    def offered(self) -> bool:
        return self.kind is not None


def last_day(start: dt.date) -> dt.date:
    return start + dt.timedelta(days=WINDOW_DAYS - 1)


def return_window(*, status: UnitStatus, sold_on: dt.date, came_from_exchange_on: dt.date | None,
                  fault_date: dt.date) -> ReturnWindow:
    """The farmer's choice for a fault on `fault_date` on a unit in `status`.

    `sold_on` is the date the periods count from (invoice date, else sale date); `came_from_exchange_on` is
    the exchange date when the unit is itself a replacement: then a refund, not another exchange, is offered.
    """
    if status is UnitStatus.EXCHANGED:
        return ReturnWindow(None, None, None, None, "the unit was already exchanged; it is back in the dealer's stock",
                            status)
    if status is UnitStatus.REFUNDED:
        return ReturnWindow(None, None, None, None, "the unit was already refunded; its warranty is closed", status)
    if status is UnitStatus.IN_STOCK:
        return ReturnWindow(None, None, None, None, "the unit is in the dealer's stock, not with a customer", status)
    if came_from_exchange_on is not None:
        kind, start, what = ReturnKind.REFUND, came_from_exchange_on, "exchange"
    else:
        kind, start, what = ReturnKind.EXCHANGE, sold_on, "sale"
    if fault_date < start:
        return ReturnWindow(None, kind, start, last_day(start),
                            f"the fault date {fault_date.isoformat()} is before the {what} ({start.isoformat()})")
    if fault_date > last_day(start):
        days = (fault_date - start).days
        return ReturnWindow(None, kind, start, last_day(start),
                            f"the fault came {days} days after the {what} ({start.isoformat()}); "
                            f"{'a refund' if kind is ReturnKind.REFUND else 'an exchange'} is offered only for a "
                            f"fault within {WINDOW_DAYS} days (until {last_day(start).isoformat()}): repair it")
    return ReturnWindow(kind, kind, start, last_day(start), "")


def require_offer(window: ReturnWindow, wanted: ReturnKind) -> None:
    """Refuse an exchange or refund the window does not offer, saying why in the clerk's words."""
    if window.kind is wanted:
        return
    if window.applies in (None, wanted):
        raise ValidationError(f"no {wanted.value} is possible: {window.reason}")
    if wanted is ReturnKind.EXCHANGE:
        raise ValidationError("the unit is itself a replacement from an exchange: a fault within 15 days of the "
                              "exchange offers a refund, not another exchange")
    raise ValidationError(f"a refund is offered only within {WINDOW_DAYS} days of an exchange; this unit was not "
                          "exchanged for another: within 15 days of the sale the farmer may choose an exchange")
