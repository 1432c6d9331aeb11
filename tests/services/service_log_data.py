"""A small dealer for the service-log tests: one model with a first service at 50 h / 3 months, three
customers (one a key customer) and units whose cards were sent in time, plus one with a late card."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.db.models import Customer, ProductModel, RegistrationCard, Unit, User
from app.domain.actors import Actor
from app.domain.enums import MachineCategory, Role, ServiceChannel
from app.services.business_time import BUSINESS_TZ
from app.services.follow_ups import record_follow_up
from app.services.service_log import EntryInput, arrange_entry, close_entry, create_entry

CLERK = Actor(user_id=None, login="zhaomin", name="赵敏", role=Role.CLERK)
# 10:00 on 10 March 2026, Beijing time.
NOW = dt.datetime(2026, 3, 10, 10, 0, tzinfo=BUSINESS_TZ)
TODAY = dt.date(2026, 3, 10)


@dataclass(frozen=True)
class Dealer:
    model_id: int
    wang: int  # customer 王建国, key customer, phone 13800000001
    li: int  # customer 李秀英, phone 13900000002
    zhang: int  # customer 张伟, phone 13700000003
    unit_wang: int  # LX904-0001, sold 2025-06-01, card sent in time
    unit_li: int  # LX904-0002, sold 2025-09-15, card sent in time
    unit_late: int  # LX904-0003 of 张伟, sold 2025-10-01, card never sent: warranty not recognised


def build(db, *, first_service_months: int | None = 3, first_service_hours: int | None = 50) -> Dealer:  # type: ignore[no-untyped-def]
    with db.sessions.begin() as s:
        model = ProductModel(code="LX904", name="东方红 LX904", category=MachineCategory.TRACTOR, warranty_months=12,
                             main_component_months=24, labour_rate=Decimal("40.00"),
                             first_service_months=first_service_months, first_service_hours=first_service_hours)
        wang = Customer(code="KH2026-000001", name="王建国", phone="13800000001", key_customer=True)
        li = Customer(code="KH2026-000002", name="李秀英", phone="13900000002")
        zhang = Customer(code="KH2026-000003", name="张伟", phone="13700000003")
        s.add_all([model, wang, li, zhang])
        s.flush()
        units = []
        for serial, customer, sale, sent in (
            ("LX904-0001", wang, dt.date(2025, 6, 1), dt.date(2025, 6, 10)),
            ("LX904-0002", li, dt.date(2025, 9, 15), dt.date(2025, 9, 20)),
            ("LX904-0003", zhang, dt.date(2025, 10, 1), None),
        ):
            unit = Unit(serial_no=serial, engine_no=f"E{serial[-4:]}", model_id=model.id, customer_id=customer.id,
                        sale_date=sale, hour_meter=Decimal("420.00"))
            s.add(unit)
            s.flush()
            s.add(RegistrationCard(unit_id=unit.id, due_date=sale + dt.timedelta(days=20), sent_on=sent))
            units.append(unit.id)
        return Dealer(model.id, wang.id, li.id, zhang.id, *units)


def add_unit(db, dealer: Dealer, serial: str, customer_id: int, sale: dt.date, *,  # type: ignore[no-untyped-def]
             hours: str | None = None, card_sent: dt.date | None = None, card_due: dt.date | None = None,
             override: str | None = None) -> int:
    with db.sessions.begin() as s:
        unit = Unit(serial_no=serial, model_id=dealer.model_id, customer_id=customer_id, sale_date=sale,
                    hour_meter=Decimal(hours) if hours is not None else None)
        s.add(unit)
        s.flush()
        manager_id = None
        if override:
            manager = User(login=f"mgr-{serial}", display_name="孙经理", role=Role.MANAGER)
            s.add(manager)
            s.flush()
            manager_id = manager.id
        s.add(RegistrationCard(unit_id=unit.id, due_date=card_due or sale + dt.timedelta(days=20),
                               sent_on=card_sent, override_reason=override, override_by_id=manager_id))
        return unit.id


def at(hours_before_now: float) -> dt.datetime:
    return NOW - dt.timedelta(hours=hours_before_now)


def action_dealer(db):  # type: ignore[no-untyped-def]
    """Known figures at NOW for each Dashboard action list (cards due soon 2, late 2, arrange overdue 2,
    close overdue 2, follow-ups due 1, first services due 1). Returns the dealer and the entry ids a–g."""
    dealer = build(db)  # three units; LX904-0003's card is late (due 2025-10-21)
    day = dt.timedelta(days=1)
    for serial, due, sent, override in (
        ("C-SOON", TODAY + 3 * day, None, None),  # due soon
        ("C-TODAY", TODAY, None, None),  # due soon (today is the last day)
        ("C-SENT", TODAY + 2 * day, TODAY - day, None),  # sent: nothing to do
        ("C-OVR", TODAY - 5 * day, None, "厂家同意补办"),  # late, but a manager overrode it
        ("C-LATE2", TODAY - day, None, None),  # late since yesterday
        ("C-LATER", TODAY + 6 * day, None, None),  # due, but not within five days
    ):
        add_unit(db, dealer, serial, dealer.li, due - 20 * day, card_due=due, card_sent=sent, override=override)
    # First service due on 2026-03-14 (3 months after 2025-12-14), within the 7-day window
    add_unit(db, dealer, "M-SOON", dealer.li, dt.date(2025, 12, 14), hours="20", card_sent=dt.date(2025, 12, 20))

    def entry(hours, channel=ServiceChannel.PHONE, unit=dealer.unit_wang):  # type: ignore[no-untyped-def]
        return create_entry(db, CLERK, EntryInput(channel, at(hours), "故障", unit_id=unit), now=NOW).id

    ids = {"a": entry(0.5), "b": entry(3), "c": entry(80), "d": entry(100, ServiceChannel.COMPLAINT, dealer.unit_li)}
    arrange_entry(db, CLERK, ids["c"], technician="刘师傅", arranged_at=at(79), now=NOW)
    ids["e"] = entry(120)  # closed 100 h ago: its call was due on 2026-03-09
    close_entry(db, CLERK, ids["e"], result="已修复", closed_at=at(100), now=NOW)
    ids["f"] = entry(10)  # closed now: its call is due on 2026-03-13
    close_entry(db, CLERK, ids["f"], result="已修复", now=NOW)
    ids["g"] = entry(240)  # closed 200 h ago, call already made
    done = close_entry(db, CLERK, ids["g"], result="已修复", closed_at=at(200), now=NOW)
    record_follow_up(db, CLERK, done.follow_up_id, satisfaction=5, now=NOW)
    return dealer, ids
