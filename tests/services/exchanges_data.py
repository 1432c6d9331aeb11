"""A dealer with one tractor sold on 2026-05-01 (invoice the same day), for the exchange and refund tests."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.db.models import Customer, DealerProfile, ProductModel, RegistrationCard, Unit, User
from app.domain.enums import MachineCategory, ProductClass, Role

SOLD = dt.date(2026, 5, 1)
SERIAL = "LF50426000001"


def seed_sold_unit(db) -> int:  # type: ignore[no-untyped-def]
    """The unit's id; the dealer's one user is the service manager 孙伟."""
    with db.sessions.begin() as s:
        s.add(DealerProfile(id=1, dealer_code="D3701", name="济南鲁丰农机销售服务有限公司", phone="0531-88602218"))
        s.add(User(login="sunwei", display_name="孙伟", role=Role.MANAGER))
        model = ProductModel(code="LF-504", name="东方红 LF504 轮式拖拉机", category=MachineCategory.TRACTOR,
                             product_class=ProductClass.TRACTOR_OVER_18KW, warranty_months=12,
                             main_component_months=24, labour_rate=Decimal("60.00"))
        customer = Customer(code="KH2026-000001", name="王建国", phone="13805310001", address="历城区唐王镇王家村")
        s.add_all([model, customer])
        s.flush()
        unit = Unit(serial_no=SERIAL, engine_no="YC26000001", model_id=model.id, customer_id=customer.id,
                    sale_date=SOLD, invoice_date=SOLD, invoice_no="FP-0001")
        s.add(unit)
        s.flush()
        s.add(RegistrationCard(unit_id=unit.id, due_date=SOLD + dt.timedelta(days=20)))
        return unit.id
