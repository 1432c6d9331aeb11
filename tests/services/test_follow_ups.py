"""Follow-up calls after closed repairs, their results, and the visits key customers get."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db.models import Customer, FollowUp
from app.domain.enums import ServiceChannel
from app.domain.errors import ValidationError
from app.services import shared_settings
from app.services.business_time import BUSINESS_TZ
from app.services.follow_ups import (
    list_follow_ups,
    record_follow_up,
    schedule_after_claim,
    schedule_key_customer_visits,
)
from app.services.paging import PageRequest
from app.services.service_conversions import create_claim_from_entry
from app.services.service_log import EntryInput, close_entry, create_entry
from tests.services.service_log_data import CLERK, NOW, TODAY, at, build


def _closed_entry(db, unit_id, *, closed_at=NOW):  # type: ignore[no-untyped-def]
    entry = create_entry(db, CLERK, EntryInput(ServiceChannel.PHONE, at(30), "液压提升无力", unit_id=unit_id), now=NOW)
    return close_entry(db, CLERK, entry.id, result="更换液压泵密封圈", closed_at=closed_at, now=NOW)


def test_closing_an_entry_schedules_a_follow_up_call(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # GIVEN an entry closed at 23:30 Beijing time (15:30 UTC) on 9 March
    closed = _closed_entry(database, dealer.unit_li, closed_at=dt.datetime(2026, 3, 9, 23, 30, tzinfo=BUSINESS_TZ))
    assert closed.follow_up_id is not None
    # THEN the call is due three days after the Beijing date it closed on
    due = list_follow_ups(database, PageRequest(filters={"state": "pending"}), TODAY).rows
    assert [(f.id, f.kind, f.due_date, f.customer_name, f.serial_no, f.entry_no) for f in due] == [
        (closed.follow_up_id, "call", dt.date(2026, 3, 12), "李秀英", "LX904-0002", closed.entry.entry_no)]
    assert list_follow_ups(database, PageRequest(), TODAY).total == 0  # not due yet on the 10th
    assert list_follow_ups(database, PageRequest(), dt.date(2026, 3, 12)).total == 1
    # AND the number of days is a shared setting
    shared_settings.put(database, shared_settings.FOLLOW_UP_AFTER_DAYS, 7)
    other = _closed_entry(database, dealer.unit_wang)
    with database.sessions() as s:
        assert s.scalar(select(FollowUp.due_date).where(FollowUp.id == other.follow_up_id)) == dt.date(2026, 3, 17)


def test_a_follow_up_is_recorded_once_with_a_satisfaction_from_1_to_5(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    follow_up_id = _closed_entry(database, dealer.unit_li).follow_up_id
    for bad in (0, 6, -1, True, "5", None):
        with pytest.raises(ValidationError, match="1 to 5"):
            record_follow_up(database, CLERK, follow_up_id, satisfaction=bad, now=NOW)  # type: ignore[arg-type]
    done = record_follow_up(database, CLERK, follow_up_id, satisfaction=4, remarks=" 用户满意，配件要快 ", now=NOW)
    assert (done.done_by, done.satisfaction, done.remarks, done.done_at) == ("赵敏", 4, "用户满意，配件要快", NOW)
    assert done.is_done and done.days_overdue(TODAY + dt.timedelta(days=30)) == 0
    with pytest.raises(ValidationError, match="already recorded by 赵敏 on 2026-03-10"):
        record_follow_up(database, CLERK, follow_up_id, satisfaction=5, now=NOW)
    made = list_follow_ups(database, PageRequest(filters={"state": "done"}), TODAY).rows
    assert [f.id for f in made] == [follow_up_id]
    assert list_follow_ups(database, PageRequest(filters={"state": "pending"}), TODAY).total == 0
    with pytest.raises(ValidationError, match="does not exist"):
        record_follow_up(database, CLERK, 999999, satisfaction=3, now=NOW)


def test_a_claim_gets_one_follow_up_per_repair(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, at(30), "异响", unit_id=dealer.unit_wang),
                         now=NOW)
    claim = create_claim_from_entry(database, CLERK, entry.id, now=NOW)
    # The claim's repair finished before the entry was closed: one call, and closing the entry adds none
    first = schedule_after_claim(database, CLERK, claim.id, repaired_on=TODAY, now=NOW)
    assert schedule_after_claim(database, CLERK, claim.id, repaired_on=TODAY, now=NOW) == first
    closed = close_entry(database, CLERK, entry.id, result="已修复", now=NOW)
    with database.sessions() as s:
        calls = s.scalars(select(FollowUp.id).where(FollowUp.customer_id == dealer.wang)).all()
    assert len(calls) == 2  # the claim's call, and the entry's own (it follows the entry, not the claim)
    assert closed.follow_up_id in calls and first in calls


def test_key_customers_get_their_visits_scheduled_once(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # GIVEN 王建国, a key customer who bought on 2025-06-01 and was never visited
    assert schedule_key_customer_visits(database, CLERK, TODAY, now=NOW) == 1
    assert schedule_key_customer_visits(database, CLERK, TODAY, now=NOW) == 0  # idempotent
    visits = list_follow_ups(database, PageRequest(filters={"state": "pending", "kind": "visit"}), TODAY).rows
    # THEN the visit six months after the purchase is overdue, so it is due today
    assert [(v.customer_id, v.kind, v.due_date) for v in visits] == [(dealer.wang, "visit", TODAY)]
    assert list_follow_ups(database, PageRequest(), TODAY).total == 1
    # WHEN the visit is made, the next one is scheduled six months on, and nothing more is added
    record_follow_up(database, CLERK, visits[0].id, satisfaction=5, remarks="机器状态良好", now=NOW)
    pending = list_follow_ups(database, PageRequest(filters={"state": "pending", "kind": "visit"}), TODAY).rows
    assert [(v.customer_id, v.due_date) for v in pending] == [(dealer.wang, dt.date(2026, 9, 10))]
    assert schedule_key_customer_visits(database, CLERK, TODAY, now=NOW) == 0
    # AND a customer who becomes a key customer gets a visit, a yearly one if so configured
    shared_settings.put(database, shared_settings.KEY_CUSTOMER_VISIT_MONTHS, 12)
    with database.sessions.begin() as s:
        s.get(Customer, dealer.li).key_customer = True
    assert schedule_key_customer_visits(database, CLERK, TODAY, now=NOW) == 1
    li_visit = list_follow_ups(database, PageRequest(filters={"state": "pending", "kind": "visit"}, text="李秀英"),
                               TODAY).rows
    assert [v.due_date for v in li_visit] == [dt.date(2026, 9, 15)]  # a year after the sale on 2025-09-15
