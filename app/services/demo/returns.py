"""The demo dealer's exchanges and refunds (换货 / 退货): two tractors sold in the last days came back with a
fault within the regulation's 15 days; one was exchanged, the other exchanged and its replacement then
refunded. They go through the exchange services once the demo's records are written, as a dealer would
record them, so the units, the new serial numbers and the records are consistent."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import exists, select

from app.db.models import Unit, WarrantyClaim
from app.domain.enums import UnitStatus
from app.domain.exchanges import FaultKind
from app.services import exchanges
from app.services.database import Database
from app.services.demo.plans import MANAGER


def add_exchanges(db: Database, today: dt.date) -> list[str]:
    """The record numbers made; none when no unit was sold in the last 12 days (a very small demo)."""
    with db.sessions() as s:
        recent = s.execute(
            select(Unit.id, Unit.serial_no, Unit.sale_date)
            .where(Unit.status == UnitStatus.IN_SERVICE, Unit.sale_date >= today - dt.timedelta(days=12),
                   Unit.sale_date <= today - dt.timedelta(days=3),
                   ~exists().where(WarrantyClaim.unit_id == Unit.id))
            .order_by(Unit.sale_date, Unit.id).limit(2)).all()
    made: list[str] = []
    for n, (unit_id, serial, sold) in enumerate(recent):
        fault = sold + dt.timedelta(days=2)
        record = exchanges.record_exchange(db, MANAGER, exchanges.ReturnInput(
            unit_id=unit_id, fault_date=fault, decided_on=fault + dt.timedelta(days=1),
            fault_kind=(FaultKind.SAFETY, FaultKind.PERFORMANCE)[n],
            fault_description=("行驶中转向突然失灵，方向盘卡滞", "发动机功率明显不足，无法正常作业")[n],
            reason="用户选择换货；旧机退回服务站库存，待厂家检验", new_serial_no=f"{serial}H"), today=today)
        made.append(record.record_no)
        if n == 1 and record.decided_on + dt.timedelta(days=1) <= today:
            refund = exchanges.record_refund(db, MANAGER, exchanges.ReturnInput(
                unit_id=record.new_unit_id or 0, fault_date=record.decided_on + dt.timedelta(days=1),
                decided_on=record.decided_on + dt.timedelta(days=1), fault_kind=FaultKind.PERFORMANCE,
                fault_description="换货后发动机仍功率不足", reason="用户选择退货，按购机发票金额退款",
                refund_amount=Decimal("86500.00")), today=today)
            made.append(refund.record_no)
    return made
