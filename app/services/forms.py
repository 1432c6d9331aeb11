"""Printed forms: gathering a record's facts into the plain data a form builder draws."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import func, select

from app.db.models import (
    ClaimBatch,
    Customer,
    DealerProfile,
    OldPart,
    PaidServiceOrder,
    Part,
    ProductModel,
    ReservePlan,
    ReservePlanLine,
    ReturnShipment,
    Season,
    ServiceLogEntry,
    Unit,
    WarrantyClaim,
)
from app.domain.errors import ValidationError, WarrantyDeskError
from app.domain.exchanges import ReturnKind
from app.domain.normalize import clean_code
from app.reports.pdf.batch_summary import BatchClaimLine, BatchSummaryData, write_batch_summaries
from app.reports.pdf.card import write_cards
from app.reports.pdf.exchange_record import ExchangeRecordData, write_exchange_records
from app.reports.pdf.framework import DealerHeader
from app.reports.pdf.packing_list import PackedPart, PackingListData, write_packing_lists
from app.reports.pdf.paid_order import PaidOrderDocument, PaidOrderLine, write_paid_orders
from app.reports.pdf.repair_record import RecordLabourLine, RecordPartLine, RepairRecordData
from app.reports.pdf.repair_record import write_repair_records as write_records_pdf
from app.reports.pdf.reserve_plan import PlanLine, ReservePlanData, write_reserve_plan
from app.reports.pdf.service_log_report import ServiceLogLine, ServiceLogReportData, write_service_log_report
from app.reports.pdf.tags import SHEET, SINGLE, LabelLayout, TagData
from app.reports.pdf.tags import write_tags as write_tags_pdf
from app.services.business_time import BUSINESS_TZ, business_day_start, business_today
from app.services.claims.lifecycle import get_claim
from app.services.database import Database
from app.services.signatures import latest_signature
from app.services.warranty import warranty_for_unit


class RecordNotFound(WarrantyDeskError):
    """No record has the number asked for: nothing is printed."""


def dealer_header(db: Database) -> DealerHeader:
    with db.translated_errors(), db.sessions() as s:
        dealer = s.get(DealerProfile, 1)
        if dealer is None:
            return DealerHeader(name="")
        return DealerHeader(name=dealer.name, address=dealer.address, phone=dealer.phone,
                            hotline=dealer.service_hotline, logo=dealer.logo_png)


def _claim_id(db: Database, claim_no_or_id: str | int) -> tuple[int, str]:
    """The claim's id (its latest revision, for a number) and its customer's address."""
    with db.translated_errors(), db.sessions() as s:
        query = select(WarrantyClaim.id, Customer.address).join(Customer, Customer.id == WarrantyClaim.customer_id)
        if isinstance(claim_no_or_id, int):
            row = s.execute(query.where(WarrantyClaim.id == claim_no_or_id)).first()
        else:
            number = claim_no_or_id.strip().upper()
            row = s.execute(query.where(WarrantyClaim.claim_no == number)
                            .order_by(WarrantyClaim.revision.desc()).limit(1)).first()
    if row is None:
        raise RecordNotFound(f"no warranty claim numbered {claim_no_or_id}")
    return row[0], row[1]


def repair_record_data(db: Database, claim_no_or_id: str | int, today: dt.date, *,
                       dealer: DealerHeader | None = None) -> RepairRecordData:
    """The repair record of a claim, given its number as printed (latest revision) or its id."""
    claim_id, address = _claim_id(db, claim_no_or_id)
    claim = get_claim(db, claim_id, today)
    cover = warranty_for_unit(db, claim.unit_id, claim.input.repair_date).coverage
    data = claim.input
    return RepairRecordData(
        dealer=dealer or dealer_header(db), claim_no=claim.claim_no, revision=claim.revision,
        model_code=claim.model_code, model_name=claim.model_name, serial_no=claim.unit_serial,
        sale_date=claim.sale_date, cover_ends_on=cover.ends_on, main_components_end_on=cover.main_components_end_on,
        hours_limit=cover.hours_limit, area_limit=cover.area_limit, customer_name=claim.customer_name,
        customer_phone=claim.customer_phone, customer_address=address, failure_date=data.failure_date,
        repair_date=data.repair_date, hour_meter=data.hour_meter, fault_code=data.fault_code,
        technician=data.technician, complaint=data.complaint, cause=data.cause, correction=data.correction,
        labour=tuple(RecordLabourLine(x.operation_code, x.description, x.flat_rate_hours, x.actual_hours,
                                      x.hourly_rate, x.amount) for x in claim.labour),
        parts=tuple(RecordPartLine(x.part_no, x.part_name, x.quantity, x.unit_price, x.amount, x.is_causal, x.retain)
                    for x in claim.parts),
        travel_km=data.travel_km, travel_rate=data.travel_rate, travel_amount=claim.travel_amount,
        other_amount=claim.other_amount, other_note=data.other_note, labour_amount=claim.labour_amount,
        parts_amount=claim.parts_amount, total_amount=claim.total_amount, printed_on=today,
        customer_signature_png=latest_signature(db, claim.id),
    )


def write_repair_records(db: Database, claim_numbers: Iterable[str | int], path: Path | str, lang: str, *,
                         today: dt.date | None = None) -> Path:
    """One PDF of the claims' repair records, each from a new page. Every number is looked up before
    anything is written: an unknown number leaves no file (and an existing file untouched)."""
    today = today or business_today()
    dealer = dealer_header(db)
    records = [repair_record_data(db, number, today, dealer=dealer) for number in claim_numbers]
    return write_records_pdf(records, path, lang)


# --- old-part tags, packing lists, batch summaries, the service-log report ------------------------------


def _model_text(code: str, name: str) -> str:
    return name if code and code in name else f"{code}  {name}".strip()


def _numbers(numbers: Iterable[str], kind: str) -> list[str]:
    codes = [clean_code(n) for n in numbers]
    if not codes or not all(codes):
        raise ValidationError(f"give at least one {kind} number")
    return codes


def _in_order(codes: Sequence[str], found: dict[str, object], kind: str) -> None:
    for code in codes:
        if code not in found:
            raise RecordNotFound(f"no {kind} numbered {code}")


def tag_data(db: Database, tag_numbers: Iterable[str]) -> list[TagData]:
    """The tags in the order asked for; an unknown tag number raises RecordNotFound before anything is drawn."""
    codes = _numbers(tag_numbers, "old-part tag")
    dealer = dealer_header(db)
    query = (select(OldPart.tag_no, WarrantyClaim.claim_no, Part.part_no, Part.name, OldPart.quantity,
                    WarrantyClaim.repair_date, Unit.serial_no)
             .join(WarrantyClaim, WarrantyClaim.id == OldPart.claim_id).join(Part, Part.id == OldPart.part_id)
             .join(Unit, Unit.id == WarrantyClaim.unit_id).where(OldPart.tag_no.in_(set(codes))))
    with db.translated_errors(), db.sessions() as s:
        found = {row[0]: row for row in s.execute(query)}
    _in_order(codes, found, "old-part tag")  # type: ignore[arg-type]
    return [TagData(*found[code], dealer_name=dealer.name) for code in codes]


def write_tags(db: Database, tag_numbers: Iterable[str], path: Path | str, lang: str, *,
               sheet: bool = False, layout: LabelLayout | None = None) -> Path:
    """The tags as one PDF: one 100 × 60 mm label a page, or (`sheet`) 2 × 5 labels on A4."""
    return write_tags_pdf(tag_data(db, tag_numbers), path, lang, layout=layout or (SHEET if sheet else SINGLE))


def packing_list_data(db: Database, shipment_no: str) -> PackingListData:
    code = _numbers([shipment_no], "shipment")[0]
    dealer = dealer_header(db)
    with db.translated_errors(), db.sessions() as s:
        shipment = s.scalar(select(ReturnShipment).where(ReturnShipment.shipment_no == code))
        if shipment is None:
            raise RecordNotFound(f"no return shipment numbered {code}")
        rows = s.execute(select(OldPart.tag_no, WarrantyClaim.claim_no, Part.part_no, Part.name, OldPart.quantity,
                                OldPart.status, OldPart.condition_notes)
                         .join(WarrantyClaim, WarrantyClaim.id == OldPart.claim_id)
                         .join(Part, Part.id == OldPart.part_id)
                         .where(OldPart.shipment_id == shipment.id).order_by(OldPart.tag_no)).all()
        return PackingListData(
            dealer=dealer, shipment_no=shipment.shipment_no, status=str(shipment.status), carrier=shipment.carrier,
            waybill_no=shipment.waybill_no, by_delivery_truck=shipment.by_delivery_truck,
            shipped_on=shipment.shipped_on, received_on=shipment.received_on, packages=shipment.packages,
            weight_kg=shipment.weight_kg, note=shipment.note,
            parts=tuple(PackedPart(r[0], r[1], r[2], r[3], r[4], str(r[5]), r[6]) for r in rows))


def write_packing_list(db: Database, shipment_numbers: Iterable[str], path: Path | str, lang: str) -> Path:
    return write_packing_lists([packing_list_data(db, n) for n in shipment_numbers], path, lang)


def batch_summary_data(db: Database, batch_no: str) -> BatchSummaryData:
    code = _numbers([batch_no], "batch")[0]
    dealer = dealer_header(db)
    with db.translated_errors(), db.sessions() as s:
        batch = s.scalar(select(ClaimBatch).where(ClaimBatch.batch_no == code))
        if batch is None:
            raise RecordNotFound(f"no claim batch numbered {code}")
        rows = s.execute(select(WarrantyClaim.claim_no, Unit.serial_no, ProductModel.code, ProductModel.name,
                                WarrantyClaim.repair_date, WarrantyClaim.labour_amount, WarrantyClaim.parts_amount,
                                WarrantyClaim.travel_amount, WarrantyClaim.other_amount, WarrantyClaim.total_amount)
                         .join(Unit, Unit.id == WarrantyClaim.unit_id)
                         .join(ProductModel, ProductModel.id == Unit.model_id)
                         .where(WarrantyClaim.batch_id == batch.id)
                         .order_by(WarrantyClaim.claim_no, WarrantyClaim.revision)).all()
        return BatchSummaryData(
            dealer=dealer, dealer_code=batch.dealer_code, batch_no=batch.batch_no, status=str(batch.status),
            period_from=batch.period_from, period_to=batch.period_to, claim_count=batch.claim_count,
            labour_amount=batch.labour_amount, parts_amount=batch.parts_amount, travel_amount=batch.travel_amount,
            other_amount=batch.other_amount, total_amount=batch.total_amount,
            claims=tuple(BatchClaimLine(r[0], r[1], _model_text(r[2], r[3]), *r[4:]) for r in rows))


def write_batch_summary(db: Database, batch_numbers: Iterable[str], path: Path | str, lang: str) -> Path:
    return write_batch_summaries([batch_summary_data(db, n) for n in batch_numbers], path, lang)


def service_log_report_data(db: Database, start: dt.date, end: dt.date) -> ServiceLogReportData:
    """Entries received from `start` to `end` inclusive (Beijing days), oldest first."""
    if end < start:
        raise ValidationError(f"the range ends ({end}) before it starts ({start})")
    query = (select(ServiceLogEntry.entry_no, ServiceLogEntry.channel, ServiceLogEntry.received_at,
                    func.coalesce(Customer.name, ServiceLogEntry.caller_name), func.coalesce(Unit.serial_no, ""),
                    ServiceLogEntry.problem, ServiceLogEntry.status, ServiceLogEntry.arranged_at,
                    ServiceLogEntry.closed_at)
             .outerjoin(Customer, Customer.id == ServiceLogEntry.customer_id)
             .outerjoin(Unit, Unit.id == ServiceLogEntry.unit_id)
             .where(ServiceLogEntry.received_at >= business_day_start(start),
                    ServiceLogEntry.received_at < business_day_start(end + dt.timedelta(days=1)))
             .order_by(ServiceLogEntry.received_at, ServiceLogEntry.id))

    def local(moment: dt.datetime | None) -> dt.datetime | None:
        return moment.astimezone(BUSINESS_TZ) if moment else None

    with db.translated_errors(), db.sessions() as s:
        rows = s.execute(query).all()
    lines = tuple(ServiceLogLine(r[0], str(r[1]), local(r[2]), r[3] or "", r[4], r[5], str(r[6]), local(r[7]),
                                 local(r[8])) for r in rows)
    return ServiceLogReportData(dealer=dealer_header(db), start=start, end=end, entries=lines)  # type: ignore[arg-type]


def write_service_log(db: Database, start: dt.date, end: dt.date, path: Path | str, lang: str) -> Path:
    return write_service_log_report(service_log_report_data(db, start, end), path, lang)


# --- registration cards and paid service orders ---------------------------------------------------------


def write_card_forms(db: Database, serial_numbers: Iterable[str], path: Path | str, lang: str, *,
                     today: dt.date | None = None) -> Path:
    """The registration cards of the units with these serial numbers, one a page."""
    from app.services.cards import card_document

    codes = _numbers(serial_numbers, "serial")
    with db.translated_errors(), db.sessions() as s:
        found = dict(s.execute(select(Unit.serial_no, Unit.id).where(Unit.serial_no.in_(set(codes)))).tuples().all())
    _in_order(codes, found, "unit with serial")  # type: ignore[arg-type]
    dealer = dealer_header(db)
    documents = [dataclasses.replace(card_document(db, found[code], today=today), dealer=dealer) for code in codes]
    return write_cards(documents, path, lang)


def paid_order_document(db: Database, order_no: str, today: dt.date, *,
                        dealer: DealerHeader | None = None) -> PaidOrderDocument:
    from app.services.paid_orders import get_paid_order

    code = _numbers([order_no], "paid service order")[0]
    with db.translated_errors(), db.sessions() as s:
        order_id = s.scalar(select(PaidServiceOrder.id).where(PaidServiceOrder.order_no == code))
    if order_id is None:
        raise RecordNotFound(f"no paid service order numbered {code}")
    view = get_paid_order(db, order_id)
    dealer = dealer or dealer_header(db)
    return PaidOrderDocument(
        dealer_name=dealer.name, dealer_phone=dealer.hotline or dealer.phone, order_no=view.order_no,
        status_text=view.status.value, service_date=view.service_date, customer_name=view.customer_name,
        customer_phone=view.customer_phone, model=view.model_name or view.model_code, serial_no=view.unit_serial,
        technician=view.technician, description=view.description, labour_hours=view.labour_hours,
        labour_rate=view.labour_rate, labour_amount=view.labour_amount, travel_amount=view.travel_amount,
        parts_amount=view.parts_amount, total_amount=view.total_amount, markup_percent=view.markup_percent,
        printed_on=today, dealer=dealer,
        lines=tuple(PaidOrderLine(x.part_no, x.part_name, x.quantity, x.catalogue_price, x.unit_price, x.amount)
                    for x in view.parts))


def write_paid_order_forms(db: Database, order_numbers: Iterable[str], path: Path | str, lang: str, *,
                           today: dt.date | None = None) -> Path:
    today = today or business_today()
    dealer = dealer_header(db)
    return write_paid_orders([paid_order_document(db, n, today, dealer=dealer) for n in order_numbers], path, lang)


def reserve_plan_data(db: Database, plan_no: str) -> ReservePlanData:
    """The plan by its number as printed (its latest revision when the number is shared)."""
    code = _numbers([plan_no], "reserve plan")[0]
    dealer = dealer_header(db)
    with db.translated_errors(), db.sessions() as s:
        plan = s.scalar(select(ReservePlan).where(ReservePlan.plan_no == code))
        if plan is None:
            raise RecordNotFound(f"no reserve plan numbered {code}")
        season = s.get(Season, plan.season_id)
        rows = s.execute(select(Part.part_no, Part.name, ReservePlanLine.part_class, ReservePlanLine.forecast_qty,
                                ReservePlanLine.suggested_qty, ReservePlanLine.chosen_qty, ReservePlanLine.unit_price,
                                ReservePlanLine.amount, ReservePlanLine.reason)
                         .join(Part, Part.id == ReservePlanLine.part_id).where(ReservePlanLine.plan_id == plan.id)
                         .order_by(ReservePlanLine.part_class, Part.part_no)).all()
        return ReservePlanData(
            dealer=dealer, plan_no=plan.plan_no, revision=plan.revision, season=season.name if season else "",
            season_year=plan.season_year, status=str(plan.status), due_date=plan.due_date,
            submitted_on=plan.submitted_on, total_amount=plan.total_amount, note=plan.note,
            lines=tuple(PlanLine(r[0], r[1], str(r[2]), *r[3:]) for r in rows))


def write_reserve_plan_form(db: Database, plan_no: str, path: Path | str, lang: str) -> Path:
    return write_reserve_plan(reserve_plan_data(db, plan_no), path, lang)


# --- exchange and refund records ------------------------------------------------------------------------


def exchange_record_data(db: Database, record_no: str, *, dealer: DealerHeader | None = None) -> ExchangeRecordData:
    from app.services.exchanges import ExchangeNotFound, get_record

    try:
        r = get_record(db, record_no)
    except ExchangeNotFound as exc:
        raise RecordNotFound(str(exc)) from exc
    refund = r.kind is ReturnKind.REFUND
    return ExchangeRecordData(
        dealer=dealer or dealer_header(db), record_no=r.record_no, refund=refund, customer_name=r.customer_name,
        customer_phone=r.customer_phone, customer_address=r.customer_address,
        model=f"{r.model_code} {r.model_name}".strip(), serial_no=r.serial_no, engine_no=r.engine_no,
        window_start=r.sold_on, after_exchange=r.from_exchange,
        fault_date=r.fault_date, fault_kind=r.fault_kind.value, fault_description=r.fault_description,
        decided_on=r.decided_on, agreement=r.reason, new_model=f"{r.new_model_code} {r.new_model_name}".strip(),
        new_serial_no=r.new_serial_no, new_engine_no=r.new_engine_no, refund_amount=r.refund_amount)


def write_exchange_record_forms(db: Database, record_numbers: Iterable[str], path: Path | str, lang: str) -> Path:
    dealer = dealer_header(db)
    codes = _numbers(record_numbers, "exchange or refund record")
    return write_exchange_records([exchange_record_data(db, code, dealer=dealer) for code in codes], path, lang)
