"""What the Dashboard shows: the dealer, the counts, and the lists of what needs action today.

Every count and list runs on indexed columns (card due dates, service-log status + received time,
follow-up due dates, unit sale dates), so a dealer with 20,000 units and 200,000 claims refreshes
in a blink. `action_rows` pages each action list in SQL for the Dashboard's table.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.models import (
    ClaimBatch,
    Customer,
    DealerProfile,
    OldPart,
    ProductModel,
    RegistrationCard,
    ServiceLogEntry,
    Unit,
    WarrantyClaim,
)
from app.domain.enums import ClaimStatus, OldPartStatus, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.services import clocks, follow_ups, maintenance
from app.services.business_time import business_date, utc_now
from app.services.database import Database
from app.services.paging import Page, PageRequest, count_of
from app.services.plans import plans_due
from app.services.service_log import Targets
from app.services.service_log_list import arrange_overdue_condition, close_overdue_condition
from app.services.statutory import model_checks

CARD_WARNING_DAYS = 5
OLD_PART_WARNING_DAYS = 14
MAINTENANCE_WITHIN_DAYS = maintenance.DEFAULT_WITHIN_DAYS

# The action lists, in the order the Dashboard shows them.
CARDS_DUE_SOON = "cards_due_soon"
CARDS_LATE = "cards_late"
ARRANGE_OVERDUE = "arrange_overdue"
CLOSE_OVERDUE = "close_overdue"
FOLLOW_UPS_DUE = "follow_ups_due"
MAINTENANCE_DUE = "maintenance_due"
_NOT_CLOSED = (ServiceEntryStatus.OPEN, ServiceEntryStatus.ARRANGED)  # IN uses the status index; <> does not
ACTION_LISTS = (CARDS_DUE_SOON, CARDS_LATE, ARRANGE_OVERDUE, CLOSE_OVERDUE, FOLLOW_UPS_DUE, MAINTENANCE_DUE)


@dataclass(frozen=True)
class Overview:
    dealer_name: str
    dealer_code: str
    units: int
    customers: int
    claims_by_status: dict[ClaimStatus, int] = field(default_factory=dict)
    open_service_entries: int = 0
    cards_due_soon: int = 0  # not sent, due within CARD_WARNING_DAYS
    cards_late: int = 0  # not sent, past due, no override
    old_parts_in_store: int = 0
    old_parts_overdue: int = 0
    old_parts_due_soon: int = 0  # still on the shelf, due within OLD_PART_WARNING_DAYS
    plans_due: int = 0  # seasons whose reserve plan is due within 45 days and not submitted
    open_batches: int = 0
    arrange_overdue: int = 0  # not arranged within the arrange target
    close_overdue: int = 0  # still open past the close target
    follow_ups_due: int = 0  # due today or earlier, not made
    maintenance_due: int = 0  # first services due within MAINTENANCE_WITHIN_DAYS
    arrange_target_hours: int = 2
    close_target_hours: int = 72
    # The 三包 clocks (app.services.clocks): requests (reply, busy-season fix) and repairs (40 days) whose
    # running clock turned amber, or red (missed and still not done). Their tiles open the filtered lists.
    clock_entries_amber: int = 0
    clock_entries_red: int = 0
    clock_claims_amber: int = 0
    clock_claims_red: int = 0
    # Active models without a product class, or with terms below the regulation's floor (app.services.statutory)
    models_to_check: int = 0

    @property
    def claims(self) -> int:
        return sum(self.claims_by_status.values())

    def action_count(self, key: str) -> int:
        return int(getattr(self, key))


@dataclass(frozen=True)
class ActionRow:
    """One line of an action list: a card, an entry, a follow-up or a maintenance due."""

    key: str  # which list
    row_id: int  # the card, entry, follow-up or unit id
    number: str  # entry number; empty for cards and maintenance
    due_date: dt.date  # business date it was or is due
    due_at: dt.datetime | None  # for service entries: the moment the target passed
    customer_name: str
    phone: str
    unit_id: int | None
    serial_no: str
    model_name: str
    detail: str  # the problem, the follow-up's repair, …
    kind: str = ""  # follow-up kind (call/visit), entry channel, maintenance kind
    entry_id: int | None = None
    follow_up_id: int | None = None
    by_hours: bool = False  # maintenance due by the hour meter rather than the date

    def days_late(self, today: dt.date) -> int:
        """Positive: days overdue; negative: days left."""
        return (today - self.due_date).days


def _card_terms(key: str, today: dt.date) -> list[ColumnElement[bool]]:
    unsent = RegistrationCard.sent_on.is_(None)
    if key == CARDS_DUE_SOON:
        return [unsent, RegistrationCard.due_date >= today,
                RegistrationCard.due_date <= today + dt.timedelta(days=CARD_WARNING_DAYS)]
    return [unsent, RegistrationCard.due_date < today, RegistrationCard.override_reason.is_(None)]


def overview(db: Database, today: dt.date, now: dt.datetime | None = None) -> Overview:
    now = now or utc_now()
    targets = Targets.of(db)
    due_maintenance = len(maintenance.due_maintenance(db, today, MAINTENANCE_WITHIN_DAYS))
    due_plans = len(plans_due(db, today))
    clock_counts = clocks.clock_counts(db, now=now)
    models_to_check = len(model_checks(db))
    with db.translated_errors(), db.sessions() as s:
        dealer = s.get(DealerProfile, 1)
        by_status = dict(
            s.execute(select(WarrantyClaim.status, func.count()).group_by(WarrantyClaim.status)).tuples().all()
        )

        def count(*terms: ColumnElement[bool], table: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(table).where(*terms)) or 0)

        in_store = OldPart.status.in_([OldPartStatus.RETAINED, OldPartStatus.PACKED])
        return Overview(
            dealer_name=dealer.name if dealer else "",
            dealer_code=dealer.dealer_code if dealer else "",
            units=count(table=Unit),
            customers=count(table=Customer),
            claims_by_status={status: int(by_status.get(status, 0)) for status in ClaimStatus},
            open_service_entries=count(ServiceLogEntry.status.in_(_NOT_CLOSED), table=ServiceLogEntry),
            cards_due_soon=count(*_card_terms(CARDS_DUE_SOON, today), table=RegistrationCard),
            cards_late=count(*_card_terms(CARDS_LATE, today), table=RegistrationCard),
            old_parts_in_store=count(in_store, table=OldPart),
            old_parts_overdue=count(in_store, OldPart.due_date < today, table=OldPart),
            old_parts_due_soon=count(in_store, OldPart.due_date >= today,
                                     OldPart.due_date <= today + dt.timedelta(days=OLD_PART_WARNING_DAYS),
                                     table=OldPart),
            open_batches=count(ClaimBatch.status == "open", table=ClaimBatch),
            arrange_overdue=count(arrange_overdue_condition(now, targets), table=ServiceLogEntry),
            close_overdue=count(close_overdue_condition(now, targets), table=ServiceLogEntry),
            follow_ups_due=follow_ups.count_due(s, today),
            maintenance_due=due_maintenance,
            plans_due=due_plans,
            arrange_target_hours=targets.arrange_hours,
            close_target_hours=targets.close_hours,
            clock_entries_amber=clock_counts.entries_amber,
            clock_entries_red=clock_counts.entries_red,
            clock_claims_amber=clock_counts.claims_amber,
            clock_claims_red=clock_counts.claims_red,
            models_to_check=models_to_check,
        )


def action_rows(db: Database, key: str, request: PageRequest, *, today: dt.date,
                now: dt.datetime | None = None) -> Page[ActionRow]:
    """One page of an action list (key: one of ACTION_LISTS), most pressing first."""
    now = now or utc_now()
    if key == MAINTENANCE_DUE:
        page = maintenance.page_due_maintenance(db, request, today, MAINTENANCE_WITHIN_DAYS)
        return Page([_maintenance_row(m) for m in page.rows], page.total)
    if key == FOLLOW_UPS_DUE:
        # The calls that fell due most recently first: the ones the customer still remembers.
        due = follow_ups.list_follow_ups(db, PageRequest(request.offset, request.limit, sort="due", descending=True,
                                                         filters={"state": "due"}), today)
        return Page([_follow_up_row(f) for f in due.rows], due.total)
    loaders: dict[str, Callable[[Session, PageRequest, dt.date, dt.datetime, Targets], Page[ActionRow]]] = {
        CARDS_DUE_SOON: _cards, CARDS_LATE: _cards, ARRANGE_OVERDUE: _entries, CLOSE_OVERDUE: _entries,
    }
    if key not in loaders:
        raise ValidationError(f"no action list {key!r}")
    targets = Targets.of(db)
    with db.translated_errors(), db.sessions() as s:
        return loaders[key](s, PageRequest(request.offset, request.limit, filters={"key": key}), today, now, targets)


def _cards(s: Session, request: PageRequest, today: dt.date, now: dt.datetime, targets: Targets) -> Page[ActionRow]:
    key = request.filters["key"]
    query = (select(RegistrationCard.id, RegistrationCard.due_date, Customer.name, Customer.phone, Unit.id,
                    Unit.serial_no, ProductModel.name, Unit.sale_date)
             .join(Unit, RegistrationCard.unit_id == Unit.id).join(Customer, Unit.customer_id == Customer.id)
             .join(ProductModel, Unit.model_id == ProductModel.id).where(*_card_terms(key, today)))
    total = count_of(s, select(RegistrationCard.id).where(*_card_terms(key, today)))
    # Due soon: the nearest deadline first. Late: the most recent first, the ones still worth chasing.
    order = (RegistrationCard.due_date.asc() if key == CARDS_DUE_SOON else RegistrationCard.due_date.desc(),
             RegistrationCard.id)
    rows = [ActionRow(key, card_id, "", due, None, name, phone or "", unit_id, serial, model, f"{sale:%Y-%m-%d}")
            for card_id, due, name, phone, unit_id, serial, model, sale
            in s.execute(query.order_by(*order).offset(request.offset).limit(request.limit))]
    return Page(rows, total)


def _entries(s: Session, request: PageRequest, today: dt.date, now: dt.datetime,
             targets: Targets) -> Page[ActionRow]:
    key = request.filters["key"]
    term = arrange_overdue_condition(now, targets) if key == ARRANGE_OVERDUE else close_overdue_condition(now, targets)
    e = ServiceLogEntry
    # Entries still open are a few hundred at most: take their ids from the (status, received_at) index and
    # page them here. Asking the database for "ordered by received, first 100" makes PostgreSQL walk the
    # whole received_at index past 90,000 closed entries instead.
    matching = sorted(s.execute(select(e.received_at, e.id).where(term)).tuples())
    page_ids = [entry_id for _received, entry_id in matching[request.offset:request.offset + request.limit]]
    query = (select(e.id, e.entry_no, e.received_at, e.channel, e.problem, e.caller_name, e.caller_phone, e.unit_id,
                    Customer.name, Customer.phone, Unit.serial_no, ProductModel.name)
             .outerjoin(Customer, e.customer_id == Customer.id).outerjoin(Unit, e.unit_id == Unit.id)
             .outerjoin(ProductModel, Unit.model_id == ProductModel.id).where(e.id.in_(page_ids)))
    rows = []
    for r in sorted(s.execute(query), key=lambda r: (r.received_at, r.id)):
        due_at = targets.arrange_due(r.received_at) if key == ARRANGE_OVERDUE else targets.close_due(r.received_at)
        rows.append(ActionRow(key, r.id, r.entry_no, business_date(due_at), due_at, r[8] or r.caller_name or "",
                              r.caller_phone or r[9] or "", r.unit_id, r.serial_no or "", r[11] or "", r.problem,
                              kind=r.channel, entry_id=r.id))
    return Page(rows, len(matching))


def _follow_up_row(f: follow_ups.FollowUpRow) -> ActionRow:
    return ActionRow(FOLLOW_UPS_DUE, f.id, f.entry_no or f.claim_no, f.due_date, None, f.customer_name,
                     f.customer_phone, f.unit_id, f.serial_no, "", f.remarks, kind=f.kind,
                     entry_id=f.service_entry_id, follow_up_id=f.id)


def _maintenance_row(m: maintenance.DueMaintenance) -> ActionRow:
    return ActionRow(MAINTENANCE_DUE, m.unit_id, "", m.due_date, None, m.customer_name, m.customer_phone, m.unit_id,
                     m.serial_no, m.model_name, f"{m.sale_date:%Y-%m-%d}", kind=m.kind, by_hours=m.by_hours)
