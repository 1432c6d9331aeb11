"""Printed forms: gathering a record's facts into the plain data a form builder draws."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from app.db.models import Customer, DealerProfile, WarrantyClaim
from app.domain.errors import WarrantyDeskError
from app.reports.pdf.framework import DealerHeader
from app.reports.pdf.repair_record import RecordLabourLine, RecordPartLine, RepairRecordData
from app.reports.pdf.repair_record import write_repair_records as write_records_pdf
from app.services.business_time import business_today
from app.services.claims.lifecycle import get_claim
from app.services.database import Database
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
    )


def write_repair_records(db: Database, claim_numbers: Iterable[str | int], path: Path | str, lang: str, *,
                         today: dt.date | None = None) -> Path:
    """One PDF of the claims' repair records, each from a new page. Every number is looked up before
    anything is written: an unknown number leaves no file (and an existing file untouched)."""
    today = today or business_today()
    dealer = dealer_header(db)
    records = [repair_record_data(db, number, today, dealer=dealer) for number in claim_numbers]
    return write_records_pdf(records, path, lang)
