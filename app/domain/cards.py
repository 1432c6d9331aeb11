"""The warranty registration card (三包回执卡): due within N days of the sale (20 by default).

A card not sent by its due date, or sent after it, is late; a unit whose card is late is "warranty
not recognised" by the manufacturer unless a manager recorded an override with a reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_DEADLINE_DAYS = 20
DUE_SOON_DAYS = 5


class CardState(StrEnum):
    DUE = "due"  # not sent yet, deadline not passed
    SENT = "sent"  # sent in time, head office has not acknowledged
    ACKNOWLEDGED = "acknowledged"
    LATE = "late"  # not sent by the deadline, or sent after it


def card_due_date(sale_date: dt.date, deadline_days: int = DEFAULT_DEADLINE_DAYS) -> dt.date:
    if deadline_days <= 0:
        raise ValueError("the card deadline must be at least one day")
    return sale_date + dt.timedelta(days=deadline_days)


@dataclass(frozen=True)
class CardFacts:
    due_date: dt.date
    sent_on: dt.date | None
    acknowledged_on: dt.date | None
    override_reason: str | None

    def state(self, today: dt.date) -> CardState:
        if self.sent_on is None:
            return CardState.LATE if today > self.due_date else CardState.DUE
        if self.sent_on > self.due_date:
            return CardState.LATE
        return CardState.ACKNOWLEDGED if self.acknowledged_on else CardState.SENT

    def days_left(self, today: dt.date) -> int:
        return (self.due_date - today).days

    def due_soon(self, today: dt.date, within: int = DUE_SOON_DAYS) -> bool:
        return self.sent_on is None and 0 <= self.days_left(today) <= within

    def warranty_recognised(self, today: dt.date) -> bool:
        """Late cards lose warranty service unless a manager recorded an override."""
        return self.state(today) != CardState.LATE or bool(self.override_reason)
