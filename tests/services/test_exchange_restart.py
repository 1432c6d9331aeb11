"""After an exchange the periods start again: the customer's new unit is covered from the exchange date, as
the regulation says, with dates worked out by hand."""
from __future__ import annotations

import datetime as dt

from app.domain.actors import Actor
from app.domain.enums import Role
from app.domain.exchanges import FaultKind
from app.services import exchanges
from app.services.exchanges import ReturnInput
from app.services.warranty_periods import unit_periods
from tests.services.exchanges_data import seed_sold_unit

MANAGER = Actor(user_id=None, login="sunwei", name="孙伟", role=Role.MANAGER)


def test_the_new_units_periods_run_from_the_exchange_date(database):
    unit_id = seed_sold_unit(database)  # a tractor > 18 kW sold (invoiced) on 2026-05-01: 12 and 24 months
    before = unit_periods(database, unit_id, dt.date(2026, 5, 12))
    # 2026-05-01 + 12 months, inclusive: 2027-04-30 (a Friday); main components 2028-04-30 is a Sunday, so the
    # period runs to the Monday 2028-05-01 (2028's holidays are not published: weekends stand in for them)
    assert (before.starts_on, before.whole_machine_ends_on, before.main_components_end_on) == (
        dt.date(2026, 5, 1), dt.date(2027, 4, 30), dt.date(2028, 5, 1))

    record = exchanges.record_exchange(database, MANAGER, ReturnInput(
        unit_id=unit_id, fault_date=dt.date(2026, 5, 10), decided_on=dt.date(2026, 5, 12),
        fault_kind=FaultKind.SAFETY, fault_description="转向失灵", reason="用户选择换货",
        new_serial_no="LF50426000099"), today=dt.date(2026, 5, 12))

    after = unit_periods(database, record.new_unit_id, dt.date(2026, 5, 12))
    # from the exchange day 2026-05-12: 12 months inclusive end on 2027-05-11 (a Tuesday), 24 months on
    # 2028-05-11 (a Thursday) — neither on a weekend, so neither moves
    assert after.starts_on == dt.date(2026, 5, 12)
    assert after.whole_machine_ends_on == dt.date(2027, 5, 11)
    assert after.main_components_end_on == dt.date(2028, 5, 11)
