"""What the Dashboard shows: the dealer and the counts of what needs action."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.db.models import (
    ClaimBatch,
    Customer,
    DealerProfile,
    OldPart,
    RegistrationCard,
    ServiceLogEntry,
    Unit,
    WarrantyClaim,
)
from app.domain.enums import ClaimStatus, OldPartStatus, ServiceEntryStatus
from app.services.database import Database

CARD_WARNING_DAYS = 5
OLD_PART_WARNING_DAYS = 14


@dataclass(frozen=True)
class Overview:
    dealer_name: str
    dealer_code: str
    units: int
    customers: int
    claims_by_status: dict[ClaimStatus, int] = field(default_factory=dict)
    open_service_entries: int = 0
    cards_due_soon: int = 0  # not sent, due within CARD_WARNING_DAYS
    cards_late: int = 0  # not sent, past due
    old_parts_in_store: int = 0
    old_parts_overdue: int = 0
    open_batches: int = 0

    @property
    def claims(self) -> int:
        return sum(self.claims_by_status.values())


def overview(db: Database, today: dt.date) -> Overview:
    with db.translated_errors(), db.sessions() as s:
        dealer = s.get(DealerProfile, 1)
        by_status = dict(
            s.execute(select(WarrantyClaim.status, func.count()).group_by(WarrantyClaim.status)).tuples().all()
        )
        unsent = RegistrationCard.sent_on.is_(None)
        return Overview(
            dealer_name=dealer.name if dealer else "",
            dealer_code=dealer.dealer_code if dealer else "",
            units=s.scalar(select(func.count()).select_from(Unit)) or 0,
            customers=s.scalar(select(func.count()).select_from(Customer)) or 0,
            claims_by_status={status: int(by_status.get(status, 0)) for status in ClaimStatus},
            open_service_entries=s.scalar(
                select(func.count()).where(ServiceLogEntry.status != ServiceEntryStatus.CLOSED)
            ) or 0,
            cards_due_soon=s.scalar(
                select(func.count()).where(
                    unsent,
                    RegistrationCard.due_date >= today,
                    RegistrationCard.due_date <= today + dt.timedelta(days=CARD_WARNING_DAYS),
                )
            ) or 0,
            cards_late=s.scalar(
                select(func.count()).where(
                    unsent, RegistrationCard.due_date < today, RegistrationCard.override_reason.is_(None)
                )
            ) or 0,
            old_parts_in_store=s.scalar(
                select(func.count()).where(OldPart.status.in_([OldPartStatus.RETAINED, OldPartStatus.PACKED]))
            ) or 0,
            old_parts_overdue=s.scalar(
                select(func.count()).where(
                    OldPart.status.in_([OldPartStatus.RETAINED, OldPartStatus.PACKED]), OldPart.due_date < today
                )
            ) or 0,
            open_batches=s.scalar(select(func.count()).where(ClaimBatch.status == "open")) or 0,
        )
