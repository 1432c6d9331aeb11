"""A demo dealer per database backend, built once for the module that asks for it, with a model launched
this autumn that has machines in the field but no history yet."""
from __future__ import annotations

import datetime as dt
import itertools
import os
from decimal import Decimal

import pytest

from app.db.models import Customer, ModelPart, Part, ProductModel, StockLevel, Unit
from app.domain.enums import MachineCategory, ProductClass, UnitStatus
from app.services.database import Database
from app.services.demo import build_demo

TODAY = dt.date(2026, 11, 27)
NEW_MODEL = "LF-2204"
NEW_WARRANTY_PART = "N22-110-01"
NEW_WEAR_PART = "N22-101-01"
_count = itertools.count(1)


def add_new_model(db: Database) -> None:
    """LF-2204, first sold on 1 September 2026: 25 machines, an injector (warranty part) and an oil filter."""
    with db.sessions.begin() as s:
        model = ProductModel(code=NEW_MODEL, name="LF-2204 四驱拖拉机", category=MachineCategory.TRACTOR,
                             product_class=ProductClass.TRACTOR_OVER_18KW, power_kw=Decimal("162"),
                             warranty_months=12, main_component_months=24, labour_rate=Decimal("80.00"))
        s.add(model)
        injector = Part(part_no=NEW_WARRANTY_PART, name="喷油器", unit_price=Decimal("420.00"), is_warranty_part=True,
                        must_return=True, pack_size=1)
        filter_ = Part(part_no=NEW_WEAR_PART, name="机油滤清器", unit_price=Decimal("32.00"), is_warranty_part=False,
                       is_wear_part=True, wear_life_months=3, pack_size=10)
        s.add_all([injector, filter_])
        s.flush()
        s.add_all([ModelPart(model_id=model.id, part_id=p.id) for p in (injector, filter_)])
        s.add_all([StockLevel(part_id=p.id, on_hand=Decimal(0), on_order=Decimal(0)) for p in (injector, filter_)])
        customer = s.query(Customer).order_by(Customer.id).first()
        assert customer is not None
        for n in range(25):
            sold = dt.date(2026, 9, 1) + dt.timedelta(days=3 * n)
            s.add(Unit(serial_no=f"LF220426{n:05d}", model_id=model.id, customer_id=customer.id, sale_date=sold,
                       invoice_date=sold, status=UnitStatus.IN_SERVICE))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('plans') / 'demo.sqlite3'}"
    else:
        server = request.getfixturevalue("pg_server")
        url = server.create_database(f"wd_plans_{os.getpid()}_{next(_count)}")
    db = Database.open(url)
    build_demo(db, units=300, claims=3000, seed=5, today=TODAY)
    add_new_model(db)
    yield db
    db.close()
