"""A small dealer built by hand, so every amount in the claim tests can be worked out on paper."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from app.db.models import (
    Customer,
    LabourOperation,
    Part,
    PartPrice,
    ProductModel,
    RegistrationCard,
    Unit,
    User,
)
from app.domain.actors import Actor
from app.domain.enums import MachineCategory, ProductClass, Role
from app.services.claims import ClaimInput, LabourLineInput, PartLineInput

TODAY = dt.date(2026, 6, 20)


@dataclass(frozen=True)
class Dealer:
    db: object
    clerk: Actor
    manager: Actor
    unit_id: int
    late_unit_id: int


@pytest.fixture
def dealer(database) -> Dealer:  # type: ignore[no-untyped-def]
    with database.sessions.begin() as s:
        clerk = User(login="liuyan", display_name="刘燕", role=Role.CLERK)
        manager = User(login="sunwei", display_name="孙伟", role=Role.MANAGER)
        model = ProductModel(code="LF-504", name="LF-504 轮式拖拉机", category=MachineCategory.TRACTOR,
                             product_class=ProductClass.TRACTOR_OVER_18KW, warranty_months=12,
                             main_component_months=24, warranty_hours=Decimal(1500), labour_rate=Decimal("60.00"))
        customer = Customer(code="KH2026-000001", name="王建国", phone="13805310001")
        s.add_all([clerk, manager, model, customer])
        s.flush()
        pump = Part(part_no="T5-112-10", name="喷油泵", unit_price=Decimal("1680.00"), must_return=True,
                    is_main_component=True)
        oil_filter = Part(part_no="T5-101-22", name="机油滤清器", unit_price=Decimal("28.50"), is_wear_part=True,
                          pack_size=10)
        s.add_all([pump, oil_filter])
        s.flush()
        s.add_all([PartPrice(part_id=pump.id, valid_from=dt.date(2025, 1, 1), unit_price=Decimal("1550.00")),
                   PartPrice(part_id=pump.id, valid_from=dt.date(2026, 5, 1), unit_price=Decimal("1680.00")),
                   LabourOperation(code="L-E01", description="发动机供油系统检修", flat_rate_hours=Decimal("2.0")),
                   LabourOperation(code="L-E01", description="发动机供油系统检修（LF-504）",
                                   flat_rate_hours=Decimal("2.5"), model_id=model.id)])
        unit = Unit(serial_no="LF50426000001", engine_no="YC2600001", model_id=model.id, customer_id=customer.id,
                    sale_date=dt.date(2026, 3, 1), invoice_date=dt.date(2026, 3, 1))
        late = Unit(serial_no="LF50426000002", engine_no="YC2600002", model_id=model.id, customer_id=customer.id,
                    sale_date=dt.date(2026, 3, 1))
        s.add_all([unit, late])
        s.flush()
        s.add_all([RegistrationCard(unit_id=unit.id, due_date=dt.date(2026, 3, 21), sent_on=dt.date(2026, 3, 5)),
                   RegistrationCard(unit_id=late.id, due_date=dt.date(2026, 3, 21))])  # never sent: late
        ids = (clerk.id, manager.id, unit.id, late.id)
    return Dealer(database, Actor(ids[0], "liuyan", "刘燕", Role.CLERK), Actor(ids[1], "sunwei", "孙伟", Role.MANAGER),
                  ids[2], ids[3])


def pump_claim(**changes) -> ClaimInput:  # type: ignore[no-untyped-def]
    base = ClaimInput(
        unit_serial="lf50426000001", failure_date=dt.date(2026, 6, 10), repair_date=dt.date(2026, 6, 12),
        complaint="发动机启动困难，冒黑烟", cause="喷油泵柱塞磨损", correction="更换喷油泵，调整供油提前角",
        fault_code="e101", technician="张海涛", hour_meter=Decimal("210.5"),
        travel_km=Decimal("23"), travel_rate=Decimal("1.50"), customer_signed=True,
        labour=(LabourLineInput("L-E01", Decimal("2.5")),),
        parts=(PartLineInput("T5-112-10", Decimal(1), is_causal=True, old_serial_no="bp-0001",
                             new_serial_no="bp-0002"),
               PartLineInput("ｔ５-101-22", Decimal(2))),
    )
    return base if not changes else ClaimInput(**{**base.__dict__, **changes})
