"""A dealer small enough to plan by hand: one model, ten machines sold on 1 June 2025, a warranty part and an
oil filter sold by tens; last spring the filter sold 20 over the counter."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.db.models import Customer, ModelPart, Part, ProductModel, StockLevel, StockMovement, Unit, User
from app.domain.actors import Actor
from app.domain.enums import MachineCategory, ProductClass, Role, StockMovementKind, UnitStatus
from app.services import plans
from app.services.database import Database

TODAY = dt.date(2026, 11, 27)
CLERK = Actor(user_id=None, login="liuyan", name="刘燕", role=Role.CLERK)


def manager(db: Database) -> Actor:
    with db.sessions.begin() as s:
        user = User(login="sunwei", display_name="孙伟", role=Role.MANAGER)
        s.add(user)
        s.flush()
        return Actor(user_id=user.id, login=user.login, name=user.display_name, role=Role.MANAGER)


def tiny_dealer(db: Database) -> None:
    plans.create_season(db, CLERK, code="spring", name="春耕", start_month=3, start_day=1, length_days=61)
    with db.sessions.begin() as s:
        model = ProductModel(code="LF-504", name="LF-504 轮式拖拉机", category=MachineCategory.TRACTOR,
                             product_class=ProductClass.TRACTOR_OVER_18KW, warranty_months=12,
                             main_component_months=24, labour_rate=Decimal("60.00"))
        pump = Part(part_no="T5-112", name="水泵", unit_price=Decimal("320.00"), is_warranty_part=True,
                    must_return=True, pack_size=1)
        oil_filter = Part(part_no="T5-101", name="机油滤清器", unit_price=Decimal("5.50"), is_warranty_part=False,
                          is_wear_part=True, pack_size=10)
        customer = Customer(code="KH2024-000001", name="王建国")
        s.add_all([model, pump, oil_filter, customer])
        s.flush()
        s.add_all([ModelPart(model_id=model.id, part_id=p.id) for p in (pump, oil_filter)])
        s.add_all([StockLevel(part_id=pump.id, on_hand=Decimal(0)),
                   StockLevel(part_id=oil_filter.id, on_hand=Decimal(4))])
        for n in range(10):
            s.add(Unit(serial_no=f"LF50425{n:05d}", model_id=model.id, customer_id=customer.id,
                       sale_date=dt.date(2025, 6, 1), status=UnitStatus.IN_SERVICE))
        # a paid order in December (the records begin there), then 20 filters over the counter in spring
        s.add(StockMovement(part_id=oil_filter.id, moved_on=dt.date(2025, 12, 1), kind=StockMovementKind.PAID_ORDER,
                            quantity=Decimal(-1), reference="YC2025-00001"))
        for day, qty in ((dt.date(2026, 3, 10), 12), (dt.date(2026, 4, 20), 8)):
            s.add(StockMovement(part_id=oil_filter.id, moved_on=day, kind=StockMovementKind.COUNTER_SALE,
                                quantity=Decimal(-qty), reference=f"LS{day:%Y%m%d}"))
