"""A unit's warranty, worked out in one place: coverage from the model's terms (never below the statutory
floor of its product class), the invoice date (or the exchange date the periods restarted on), the days
spent in repair or waiting for parts, the holiday rule for the last day, and any recorded exclusion,
plus the registration card that decides whether the manufacturer recognises warranty service at all.
Every other part of the app asks `warranty_for_unit`; the units list and the service file use the same
helpers for whole pages.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    ClaimPartLine,
    ComponentChange,
    EmergencyOrder,
    ExchangeRefund,
    PaidServiceOrder,
    Part,
    ProductModel,
    RegistrationCard,
    ServiceLogEntry,
    SharedSetting,
    Unit,
    User,
    WarrantyClaim,
)
from app.domain.cards import CardFacts, CardState, card_due_date
from app.domain.coverage import Coverage, CoverageVerdict, RepairSpell, WarrantyTerms, coverage
from app.domain.enums import ClaimStatus, ProductClass, UnitStatus
from app.domain.errors import ValidationError
from app.domain.statutory import ModelTerms, PeriodWarning, StartBasis, model_terms, period_warnings
from app.services import shared_settings
from app.services.business_time import business_date
from app.services.database import Database
from app.services.statutory import DaysOff, statutory_table

# A cancelled claim was never a repair; a reworked one is an older revision of a claim still listed.
NOT_A_REPAIR = (ClaimStatus.CANCELLED, ClaimStatus.REWORKED)


@dataclass(frozen=True)
class UnitWarranty:
    """What the warranty of one unit is on a given day."""

    unit_id: int
    on_date: dt.date
    coverage: Coverage
    card: CardFacts
    card_recorded: bool  # False: no card row yet, which counts as a card not sent
    hours: Decimal | None  # the highest hour-meter reading known
    area: Decimal | None  # the largest area worked reported on a claim (mu)
    start_basis: StartBasis = StartBasis.INVOICE
    terms: ModelTerms | None = None  # the model's terms against the statutory floor
    guessed_years: tuple[int, ...] = ()  # years of the last days the holiday calendar did not know

    @property
    def warnings(self) -> tuple[PeriodWarning, ...]:
        """What the clerk should be told about how the periods were counted."""
        return period_warnings(self.start_basis, self.terms.issues if self.terms else (), self.guessed_years)

    @property
    def card_state(self) -> CardState:
        return self.card.state(self.on_date)

    @property
    def recognised(self) -> bool:
        """A late (or missing) card loses warranty service unless a manager recorded an override."""
        return self.card.warranty_recognised(self.on_date)

    @property
    def verdict(self) -> CoverageVerdict:
        return self.coverage.verdict(self.on_date, hours=self.hours, area=self.area)

    @property
    def covered(self) -> bool:
        """In warranty on `on_date` and recognised by the manufacturer."""
        return self.verdict == CoverageVerdict.IN_WARRANTY and self.recognised

    def verdict_for(self, on: dt.date, *, hours: Decimal | None = None, area: Decimal | None = None,
                    main_component: bool = False) -> CoverageVerdict:
        """The verdict for a failure on `on` at the given usage (a claim's own reading)."""
        return self.coverage.verdict(on, hours=hours, area=area, main_component=main_component)


@dataclass(frozen=True)
class WarrantyContext:
    """Dealer-wide settings a warranty computation needs, read once per request."""

    deadline_days: int
    extend_for_repairs: bool


def read_context(s: Session) -> WarrantyContext:
    raw = dict(s.execute(select(SharedSetting.key, SharedSetting.value).where(SharedSetting.key.in_(
        [shared_settings.CARD_DEADLINE_DAYS.key, shared_settings.EXTEND_FOR_REPAIRS.key]))).tuples().all())
    deadline = shared_settings.CARD_DEADLINE_DAYS
    extend = shared_settings.EXTEND_FOR_REPAIRS
    return WarrantyContext(
        deadline_days=deadline.parse(raw[deadline.key]) if deadline.key in raw else deadline.default,
        extend_for_repairs=extend.parse(raw[extend.key]) if extend.key in raw else extend.default,
    )


def terms_of(model: ProductModel) -> WarrantyTerms:
    return WarrantyTerms(months=model.warranty_months, main_component_months=model.main_component_months,
                         hours=model.warranty_hours, area=model.warranty_area)


def merged(spells: Iterable[RepairSpell]) -> list[RepairSpell]:
    """Overlapping repair spells (two claims for one breakdown) merged, so no day counts twice."""
    result: list[RepairSpell] = []
    for spell in sorted(spells, key=lambda sp: (sp.failed_on, sp.repaired_on)):
        if result and spell.failed_on <= result[-1].repaired_on:
            last = result[-1]
            result[-1] = RepairSpell(last.failed_on, max(last.repaired_on, spell.repaired_on))
        else:
            result.append(spell)
    return result


@dataclass(frozen=True)
class UnitFacts:
    """What the computation needs to know of a unit, as one row of a query gives it."""

    unit_id: int
    sale_date: dt.date
    invoice_date: dt.date | None
    void_reason: str | None
    hour_meter: Decimal | None
    terms: WarrantyTerms  # as entered on the model
    card: CardFacts | None  # None: no card row
    product_class: ProductClass | None = None  # None: the "other" floor, with a warning
    start: dt.date | None = None  # the periods restarted on this day (an exchange)


def out_of_service(failed: dt.date, repaired: dt.date, wait_days: int, part_received: dt.date | None) -> RepairSpell:
    """The days a claim kept the unit out of service: in repair and waiting for parts.

    The wait normally lies inside the failure-to-repair spell (the unit stood waiting for the part), so
    it is not added on top; a recorded wait longer than the spell, or a part received after the repair
    date (a temporary fix, then the part), lengthens the spell to it. No day counts twice.
    """
    end = max(repaired, failed + dt.timedelta(days=max(wait_days, 0)), part_received or repaired)
    return RepairSpell(failed, end)


def _usage(s: Session, ids: list[int]) -> tuple[dict[int, list[RepairSpell]], dict[int, tuple[Decimal | None, ...]]]:
    """Out-of-service spells and the highest readings reported on claims, for many units in three queries."""
    spells: dict[int, list[RepairSpell]] = {unit_id: [] for unit_id in ids}
    counted = WarrantyClaim.unit_id.in_(ids), WarrantyClaim.status.not_in(NOT_A_REPAIR)
    received = dict(s.execute(
        select(EmergencyOrder.claim_id, func.max(EmergencyOrder.received_on))
        .join(WarrantyClaim, WarrantyClaim.id == EmergencyOrder.claim_id)
        .where(*counted).group_by(EmergencyOrder.claim_id)).tuples().all())
    for claim_id, unit_id, failed, repaired, waited in s.execute(
            select(WarrantyClaim.id, WarrantyClaim.unit_id, WarrantyClaim.failure_date, WarrantyClaim.repair_date,
                   WarrantyClaim.parts_wait_days).where(*counted)):
        spells[unit_id].append(out_of_service(failed, repaired, waited or 0, received.get(claim_id)))
    readings = {unit_id: (hours, area) for unit_id, hours, area in s.execute(
        select(WarrantyClaim.unit_id, func.max(WarrantyClaim.hour_meter), func.max(WarrantyClaim.area_worked))
        .where(*counted).group_by(WarrantyClaim.unit_id))}
    return spells, readings


def warranties(s: Session, units: Iterable[UnitFacts], on_date: dt.date,
               context: WarrantyContext | None = None) -> dict[int, UnitWarranty]:
    """The warranty of each unit (a page of the units list, or one unit) on `on_date`."""
    facts = list(units)
    context = context or read_context(s)
    spells, readings = _usage(s, [f.unit_id for f in facts]) if facts else ({}, {})
    table = statutory_table()
    result: dict[int, UnitWarranty] = {}
    for f in facts:
        claim_hours, claim_area = readings.get(f.unit_id, (None, None))
        hours = [value for value in (f.hour_meter, claim_hours) if value is not None]
        start, basis = period_start(f.invoice_date, f.sale_date, f.start)
        terms = model_terms(f.terms, f.product_class, table)
        days_off = DaysOff()
        cover = coverage(terms.applied, start, repairs=merged(spells.get(f.unit_id, [])),
                         extend_for_repairs=context.extend_for_repairs, void_reason=f.void_reason, day_off=days_off)
        result[f.unit_id] = UnitWarranty(
            unit_id=f.unit_id, on_date=on_date, coverage=cover,
            card=f.card or CardFacts(card_due_date(f.sale_date, context.deadline_days), None, None, None),
            card_recorded=f.card is not None, hours=max(hours) if hours else None, area=claim_area,
            start_basis=basis, terms=terms, guessed_years=days_off.guessed,
        )
    return result


def period_start(invoice_date: dt.date | None, sale_date: dt.date,
                 restart: dt.date | None = None) -> tuple[dt.date, StartBasis]:
    """Where the 三包 periods start: the exchange date after an exchange, else the date on the sales
    invoice (as the regulation counts), else the sale date — with a warning, the invoice date is missing."""
    if restart is not None:
        return restart, StartBasis.EXCHANGE
    if invoice_date is not None:
        return invoice_date, StartBasis.INVOICE
    return sale_date, StartBasis.SALE_DATE


def exchanged_on(s: Session, unit_id: int) -> dt.date | None:
    """The day this unit was handed over in exchange for another: its periods start again on that day."""
    return s.scalar(select(ExchangeRefund.decided_on).where(ExchangeRefund.new_unit_id == unit_id))


def unit_facts(s: Session, unit: Unit, *, start: dt.date | None = None) -> UnitFacts:
    """One unit's facts; `start` overrides where the periods start (default: the exchange that brought
    this unit, else the invoice date)."""
    card = s.scalar(select(RegistrationCard).where(RegistrationCard.unit_id == unit.id))
    if start is None:
        start = exchanged_on(s, unit.id)
    return UnitFacts(
        unit_id=unit.id, sale_date=unit.sale_date, invoice_date=unit.invoice_date,
        void_reason=unit.warranty_void_reason, hour_meter=unit.hour_meter, terms=terms_of(unit.model),
        card=CardFacts(card.due_date, card.sent_on, card.acknowledged_on, card.override_reason) if card else None,
        product_class=unit.model.product_class, start=start,
    )


def warranty_in_session(s: Session, unit_id: int, on_date: dt.date, *, start: dt.date | None = None) -> UnitWarranty:
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise ValidationError(f"no unit with id {unit_id}")
    return warranties(s, [unit_facts(s, unit, start=start)], on_date)[unit_id]


def warranty_for_unit(db_or_session: Database | Session, unit_id: int, on_date: dt.date, *,
                      start: dt.date | None = None) -> UnitWarranty:
    """The one place warranty is decided: coverage, card facts and whether warranty is recognised.

    Pass the Database, or the Session of a transaction already open (a claim being saved). `start`
    restarts the periods on that day (the exchange date of an exchanged unit); by default they run
    from the sales invoice date, or the sale date with a warning when the invoice date is missing.
    """
    if isinstance(db_or_session, Session):
        return warranty_in_session(db_or_session, unit_id, on_date, start=start)
    with db_or_session.translated_errors(), db_or_session.sessions() as s:
        return warranty_in_session(s, unit_id, on_date, start=start)


# --- the unit's service file ----------------------------------------------------------------------


class TimelineKind(StrEnum):
    SERVICE = "service"  # a service-log entry (售后服务登记)
    CLAIM = "claim"  # a warranty repair record (三包维修记录)
    MAIN_PART = "main_part"  # a main component replaced
    PAID = "paid"  # a paid service order (有偿服务)


@dataclass(frozen=True)
class TimelineEntry:
    kind: TimelineKind
    on: dt.date
    at: dt.datetime | None  # the time, when the record has one (service-log entries)
    number: str  # entry, claim or order number; the part number of a replaced component
    title: str  # problem, complaint, description or part name
    status: StrEnum | None
    amount: Decimal | None
    detail: str  # technician; old → new serial number of a replaced component
    ref_id: int  # id of the entry, claim, order or component change


@dataclass(frozen=True)
class CardDetails:
    due_date: dt.date
    sent_on: dt.date | None
    acknowledged_on: dt.date | None
    override_reason: str | None
    override_by: str
    override_at: dt.datetime | None
    recorded: bool


@dataclass(frozen=True)
class ServiceFile:
    unit_id: int
    serial_no: str
    engine_no: str
    status: UnitStatus
    model_id: int
    model_code: str
    model_name: str
    customer_id: int
    customer_code: str
    customer_name: str
    customer_phone: str
    customer_address: str
    sale_date: dt.date
    invoice_date: dt.date | None
    invoice_no: str
    note: str
    warranty: UnitWarranty
    card: CardDetails
    timeline: tuple[TimelineEntry, ...]  # newest first

    @property
    def hour_meter(self) -> Decimal | None:
        return self.warranty.hours


def _timeline(s: Session, unit_id: int) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for e in s.scalars(select(ServiceLogEntry).where(ServiceLogEntry.unit_id == unit_id)):
        entries.append(TimelineEntry(TimelineKind.SERVICE, business_date(e.received_at), e.received_at, e.entry_no,
                                     e.problem, e.status, None, e.technician, e.id))
    claims = s.scalars(select(WarrantyClaim).where(WarrantyClaim.unit_id == unit_id,
                                                  WarrantyClaim.status != ClaimStatus.REWORKED)).all()
    for c in claims:
        entries.append(TimelineEntry(TimelineKind.CLAIM, c.repair_date, None, c.claim_no, c.complaint, c.status,
                                     c.total_amount, c.technician, c.id))
    shown: set[tuple[int, int]] = set()
    part_lines = s.execute(
        select(ClaimPartLine, Part.part_no, Part.name, WarrantyClaim.repair_date, WarrantyClaim.claim_no)
        .join(WarrantyClaim, WarrantyClaim.id == ClaimPartLine.claim_id)
        .join(Part, Part.id == ClaimPartLine.part_id)
        .where(WarrantyClaim.unit_id == unit_id, WarrantyClaim.status.not_in(NOT_A_REPAIR),
               or_(Part.is_main_component.is_(True), ClaimPartLine.old_serial_no != ""))
    ).tuples()
    for line, part_no, name, repaired, claim_no in part_lines:
        shown.add((line.claim_id, line.part_id))
        entries.append(TimelineEntry(TimelineKind.MAIN_PART, repaired, None, part_no, name, None, None,
                                     _serials(line.old_serial_no, line.new_serial_no, claim_no), line.id))
    changes = s.execute(
        select(ComponentChange, Part.part_no, Part.name).join(Part, Part.id == ComponentChange.part_id)
        .where(ComponentChange.unit_id == unit_id)
    ).tuples()
    for change, part_no, name in changes:
        if change.claim_id is not None and (change.claim_id, change.part_id) in shown:
            continue  # the claim's part line already shows this change
        entries.append(TimelineEntry(TimelineKind.MAIN_PART, change.changed_on, None, part_no, name, None, None,
                                     _serials(change.old_serial_no, change.new_serial_no, ""), change.id))
    for o in s.scalars(select(PaidServiceOrder).where(PaidServiceOrder.unit_id == unit_id)):
        entries.append(TimelineEntry(TimelineKind.PAID, o.service_date, None, o.order_no, o.description, o.status,
                                     o.total_amount, o.technician, o.id))
    order = {TimelineKind.SERVICE: 0, TimelineKind.CLAIM: 1, TimelineKind.MAIN_PART: 2, TimelineKind.PAID: 3}
    # Newest first; on one day the call comes before the repair it led to, so it sorts below it.
    entries.sort(key=lambda e: (e.on, order[e.kind], e.at or dt.datetime.min.replace(tzinfo=dt.UTC), e.ref_id),
                 reverse=True)
    return entries


def _serials(old: str, new: str, claim_no: str) -> str:
    text = f"{old or '—'} → {new or '—'}" if old or new else ""
    return f"{text} ({claim_no})" if text and claim_no else (text or claim_no)


def service_file(db: Database, unit_id: int, today: dt.date) -> ServiceFile:
    """Everything about one unit: sale, customer, card, coverage and its history, newest first."""
    with db.translated_errors(), db.sessions() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise ValidationError(f"no unit with id {unit_id}")
        warranty = warranty_in_session(s, unit_id, today)
        card = s.scalar(select(RegistrationCard).where(RegistrationCard.unit_id == unit_id))
        override_by = ""
        if card is not None and card.override_by_id is not None:
            override_by = s.scalar(select(User.display_name).where(User.id == card.override_by_id)) or ""
        model, customer = unit.model, unit.customer
        return ServiceFile(
            unit_id=unit.id, serial_no=unit.serial_no, engine_no=unit.engine_no, status=unit.status,
            model_id=model.id, model_code=model.code, model_name=model.name,
            customer_id=customer.id, customer_code=customer.code, customer_name=customer.name,
            customer_phone=customer.phone, customer_address=customer.address,
            sale_date=unit.sale_date, invoice_date=unit.invoice_date, invoice_no=unit.invoice_no, note=unit.note,
            warranty=warranty,
            card=CardDetails(
                due_date=warranty.card.due_date, sent_on=warranty.card.sent_on,
                acknowledged_on=warranty.card.acknowledged_on, override_reason=warranty.card.override_reason,
                override_by=override_by, override_at=card.override_at if card else None, recorded=card is not None,
            ),
            timeline=tuple(_timeline(s, unit_id)),
        )
