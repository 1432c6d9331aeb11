"""Minimal valid rows for constraint tests: one model, part, customer, unit and claim."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app.db.models import Customer, Part, ProductModel, Unit, WarrantyClaim
from app.domain.enums import MachineCategory, ProductClass


def model(s: Session, code: str = "LF-504") -> ProductModel:
    row = ProductModel(code=code, name="轮式拖拉机", category=MachineCategory.TRACTOR,
                       product_class=ProductClass.TRACTOR_OVER_18KW, warranty_months=12, main_component_months=24,
                       labour_rate=Decimal("60.00"))
    s.add(row)
    s.flush()
    return row


def part(s: Session, part_no: str = "T5-101-10", price: str = "28.50") -> Part:
    row = Part(part_no=part_no, name="机油滤清器", unit_price=Decimal(price))
    s.add(row)
    s.flush()
    return row


def customer(s: Session, code: str = "KH2026-000001") -> Customer:
    row = Customer(code=code, name="王建国", phone="13800000000")
    s.add(row)
    s.flush()
    return row


def unit(s: Session, serial: str = "LF50426000001") -> Unit:
    row = Unit(serial_no=serial, model_id=model(s, f"M-{serial}").id, customer_id=customer(s, f"C-{serial}").id,
               sale_date=dt.date(2026, 3, 1))
    s.add(row)
    s.flush()
    return row


def claim(s: Session, claim_no: str = "SB2026-000001") -> WarrantyClaim:
    u = unit(s, f"U-{claim_no}")
    row = WarrantyClaim(claim_no=claim_no, unit_id=u.id, customer_id=u.customer_id,
                        failure_date=dt.date(2026, 5, 1), repair_date=dt.date(2026, 5, 2),
                        labour_amount=Decimal("120.00"), parts_amount=Decimal("28.50"),
                        travel_amount=Decimal("15.00"), other_amount=Decimal("0"), total_amount=Decimal("163.50"))
    s.add(row)
    s.flush()
    return row
