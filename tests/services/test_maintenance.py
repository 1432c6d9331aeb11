"""Maintenance reminders: which units' first service is due, and the service-log entry that books it."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import MaintenanceReminder, ServiceLogEntry
from app.domain.enums import ServiceChannel, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.services.maintenance import (
    FIRST_SERVICE,
    create_entry_from_reminder,
    due_maintenance,
    mark_maintenance_done,
    page_due_maintenance,
)
from app.services.paging import PageRequest
from tests.services.service_log_data import CLERK, NOW, TODAY, add_unit, build


def _units(db):  # type: ignore[no-untyped-def]
    """First service at 3 months or 50 h; TODAY is 2026-03-10, the window runs to 2026-03-17."""
    dealer = build(db)
    return dealer, {
        "soon": add_unit(db, dealer, "M-SOON", dealer.li, dt.date(2025, 12, 14), hours="20"),  # due 03-14
        "hours": add_unit(db, dealer, "M-HOURS", dealer.li, dt.date(2026, 1, 20), hours="60"),  # 60 h ≥ 50 h
        "young": add_unit(db, dealer, "M-YOUNG", dealer.li, dt.date(2026, 1, 20), hours="10"),  # due 04-20
        "missed": add_unit(db, dealer, "M-MISSED", dealer.zhang, dt.date(2025, 11, 15)),  # due 02-15: overdue
        "gone": add_unit(db, dealer, "M-GONE", dealer.zhang, dt.date(2025, 10, 1), hours="300"),  # due 01-01: past
    }


def test_units_whose_first_service_is_due_are_listed_soonest_first(database) -> None:  # type: ignore[no-untyped-def]
    _dealer, units = _units(database)
    due = due_maintenance(database, TODAY, within_days=7)
    assert [(d.serial_no, d.due_date, d.by_hours) for d in due] == [
        ("M-MISSED", dt.date(2026, 2, 15), False),
        ("M-SOON", dt.date(2026, 3, 14), False),
        ("M-HOURS", dt.date(2026, 4, 20), True),
    ]
    soon = due[1]
    assert (soon.unit_id, soon.kind, soon.customer_name, soon.model_code, soon.due_hours) == (
        units["soon"], FIRST_SERVICE, "李秀英", "LX904", 50)
    assert soon.hour_meter == Decimal("20.00") and soon.days_left(TODAY) == 4
    # A narrower window leaves out the one due in four days
    assert [d.serial_no for d in due_maintenance(database, TODAY, within_days=3)] == ["M-MISSED", "M-HOURS"]
    page = page_due_maintenance(database, PageRequest(offset=1, limit=1), TODAY)
    assert (page.total, [d.serial_no for d in page.rows]) == (3, ["M-SOON"])


def test_models_without_a_first_service_remind_nothing(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database, first_service_months=None, first_service_hours=None)
    add_unit(database, dealer, "M-SOON", dealer.li, dt.date(2025, 12, 14), hours="80")
    assert due_maintenance(database, TODAY) == []


def test_an_entry_made_from_a_reminder_books_it_once(database) -> None:  # type: ignore[no-untyped-def]
    dealer, units = _units(database)
    # WHEN the clerk makes a service-log entry from the reminder of M-SOON
    made = create_entry_from_reminder(database, CLERK, units["soon"], due_date=dt.date(2026, 3, 14),
                                      problem="首次保养到期（50小时或3个月）", now=NOW)
    # THEN it is an open maintenance entry for the unit's owner, and the reminder points at it
    entry = made.entry
    assert made.created
    assert (entry.is_maintenance_reminder, entry.status, entry.channel) == (
        True, ServiceEntryStatus.OPEN, ServiceChannel.PHONE)
    assert (entry.unit_id, entry.customer_id) == (units["soon"], dealer.li)
    assert entry.problem == "首次保养到期（50小时或3个月）"
    # AND asking again returns the same entry, without a second one
    again = create_entry_from_reminder(database, CLERK, units["soon"], due_date=dt.date(2026, 3, 14),
                                       problem="首次保养", now=NOW)
    assert (again.created, again.entry.id) == (False, entry.id)
    with database.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ServiceLogEntry)) == 1
        reminder = s.scalars(select(MaintenanceReminder)).one()
        assert (reminder.unit_id, reminder.kind, reminder.due_date, reminder.service_entry_id, reminder.due_hours) == (
            units["soon"], FIRST_SERVICE, dt.date(2026, 3, 14), entry.id, Decimal("50.00"))
    assert [d.serial_no for d in due_maintenance(database, TODAY)] == ["M-MISSED", "M-HOURS"]


def test_a_service_done_without_an_entry_is_recorded(database) -> None:  # type: ignore[no-untyped-def]
    _dealer, units = _units(database)
    mark_maintenance_done(database, CLERK, units["missed"], due_date=dt.date(2026, 2, 15), done_on=dt.date(2026, 3, 1),
                          now=NOW)
    assert [d.serial_no for d in due_maintenance(database, TODAY)] == ["M-SOON", "M-HOURS"]
    with pytest.raises(ValidationError, match="already recorded as done on 2026-03-01"):
        mark_maintenance_done(database, CLERK, units["missed"], due_date=dt.date(2026, 2, 15),
                              done_on=dt.date(2026, 3, 2), now=NOW)
    with pytest.raises(ValidationError, match="already done on 2026-03-01"):
        create_entry_from_reminder(database, CLERK, units["missed"], due_date=dt.date(2026, 2, 15),
                                   problem="首次保养", now=NOW)
    with pytest.raises(ValidationError, match="future"):
        mark_maintenance_done(database, CLERK, units["soon"], due_date=dt.date(2026, 3, 14),
                              done_on=dt.date(2026, 3, 20), now=NOW)
