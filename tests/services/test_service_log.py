"""The service log on SQLite and PostgreSQL: entries from received to closed, the 2-hour arrange target
and the close target, complaints, the rules of closing, and the audit trail."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, FollowUp
from app.domain.enums import ServiceChannel, ServiceEntryStatus
from app.domain.errors import ValidationError
from app.services import shared_settings
from app.services.business_time import BUSINESS_TZ, business_date
from app.services.service_log import (
    EntryInput,
    arrange_entry,
    close_entry,
    create_entry,
    get_entry,
    mark_customer_informed,
    mark_reported,
)
from tests.services.service_log_data import CLERK, NOW, at, build


def _entry(db, dealer, *, hours_ago: float = 0.5, channel=ServiceChannel.PHONE, unit=True):  # type: ignore[no-untyped-def]
    return create_entry(db, CLERK, EntryInput(channel=channel, received_at=at(hours_ago), problem="发动机冒黑烟",
                                              unit_id=dealer.unit_wang if unit else None,
                                              customer_id=None if unit else dealer.li), now=NOW)


def _audit(db, entry_id: int) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.entity == "service_log", AuditEntry.entity_id == entry_id).order_by(AuditEntry.id))]


def test_an_entry_is_numbered_by_its_business_day_and_carries_the_units_customer(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # GIVEN a call at 01:00 on New Year's Day, Beijing time (still 31 December in UTC)
    received = dt.datetime(2026, 12, 31, 17, 0, tzinfo=dt.UTC)
    entry = create_entry(database, CLERK, EntryInput(channel=ServiceChannel.HEAD_OFFICE, received_at=received,
                                                     problem="  厂家转来：收割机割台不转  ", unit_id=dealer.unit_li),
                         now=received + dt.timedelta(minutes=5))
    # THEN it belongs to 2027 and to the unit's owner; the problem keeps its Chinese punctuation
    assert business_date(received) == dt.date(2027, 1, 1)
    assert entry.entry_no == "FW2027-000001"
    assert (entry.status, entry.channel) == (ServiceEntryStatus.OPEN, ServiceChannel.HEAD_OFFICE)
    assert (entry.customer_id, entry.customer_name, entry.serial_no) == (dealer.li, "李秀英", "LX904-0002")
    assert entry.problem == "厂家转来：收割机割台不转"
    assert entry.received_at == received
    assert entry.arrange_due == received + dt.timedelta(hours=2)
    assert entry.close_due == received + dt.timedelta(hours=72)
    assert _audit(database, entry.id) == [("create", "entry_no", None, "FW2027-000001")]


def test_the_arrange_target_is_two_hours_and_tracked_per_entry(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    fresh = _entry(database, dealer, hours_ago=1.5)
    stale = _entry(database, dealer, hours_ago=2.5)
    assert not fresh.arrange_overdue
    assert stale.arrange_overdue and not stale.arranged_late
    # An hour later the fresh one is overdue too
    assert get_entry(database, fresh.id, now=NOW + dt.timedelta(hours=1)).arrange_overdue
    # WHEN the stale one is arranged now, 2.5 h after it came in
    arranged = arrange_entry(database, CLERK, stale.id, technician="刘师傅", arranged_for=NOW + dt.timedelta(hours=4),
                             now=NOW)
    # THEN it is no longer waiting, but it is marked as arranged late
    assert arranged.status == ServiceEntryStatus.ARRANGED
    assert (arranged.arrange_overdue, arranged.arranged_late) == (False, True)
    assert arranged.technician == "刘师傅"
    # AND a configured target of 3 hours changes the verdict
    shared_settings.put(database, shared_settings.ARRANGE_TARGET_HOURS, 3)
    assert not get_entry(database, stale.id, now=NOW).arranged_late


def test_the_close_target_is_configurable(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = _entry(database, dealer, hours_ago=50)
    arrange_entry(database, CLERK, entry.id, technician="刘师傅", arranged_at=at(49), now=NOW)
    assert not get_entry(database, entry.id, now=NOW).close_overdue
    shared_settings.put(database, shared_settings.CLOSE_TARGET_HOURS, 48)
    late = get_entry(database, entry.id, now=NOW)
    assert late.close_overdue and late.close_due == at(2)
    closed = close_entry(database, CLERK, entry.id, result="更换喷油嘴，试车正常", now=NOW).entry
    assert not closed.close_overdue and not closed.arrange_overdue


def test_the_whole_flow_writes_the_audit_trail(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = _entry(database, dealer, hours_ago=1)
    arrange_entry(database, CLERK, entry.id, technician="刘师傅", arranged_at=at(0.75),
                  arranged_for=NOW + dt.timedelta(hours=3), now=NOW)
    mark_customer_informed(database, CLERK, entry.id, at=at(0.5), now=NOW)
    reported = mark_reported(database, CLERK, entry.id, now=NOW)
    assert reported.customer_informed_at == at(0.5)
    assert reported.reported_at == NOW
    result = close_entry(database, CLERK, entry.id, result="更换喷油嘴，试车正常", now=NOW)
    assert result.entry.status == ServiceEntryStatus.CLOSED
    assert result.entry.closed_at == NOW and result.entry.result == "更换喷油嘴，试车正常"
    trail = _audit(database, entry.id)
    assert [(action, field) for action, field, _old, _new in trail] == [
        ("create", "entry_no"),
        ("update", "technician"), ("update", "arranged_for"), ("update", "arranged_at"),
        ("transition", "status"),
        ("update", "customer_informed_at"),
        ("update", "reported_at"),
        ("update", "closed_at"), ("update", "result"), ("transition", "status"),
    ]
    assert trail[4][2:] == ("open", "arranged")
    assert trail[-1][2:] == ("arranged", "closed")
    with database.sessions() as s:
        users = set(s.scalars(select(AuditEntry.user_name).where(AuditEntry.entity_id == entry.id)))
    assert users == {"赵敏"}
    # Steps are recorded once
    with pytest.raises(ValidationError, match="already recorded"):
        mark_customer_informed(database, CLERK, entry.id, now=NOW)


def test_re_arranging_keeps_the_first_arrange_time(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = _entry(database, dealer, hours_ago=1)
    first = arrange_entry(database, CLERK, entry.id, technician="刘师傅", arranged_at=at(0.9), now=NOW)
    again = arrange_entry(database, CLERK, entry.id, technician="王师傅", now=NOW)
    assert again.arranged_at == first.arranged_at == at(0.9)
    assert again.technician == "王师傅"


def test_a_complaint_stays_open_until_answered(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    complaint = _entry(database, dealer, channel=ServiceChannel.COMPLAINT, hours_ago=5)
    assert complaint.is_complaint
    with pytest.raises(ValidationError, match="stays open until it is answered"):
        close_entry(database, CLERK, complaint.id, result="   ", now=NOW)
    assert get_entry(database, complaint.id, now=NOW).status == ServiceEntryStatus.OPEN
    answered = close_entry(database, CLERK, complaint.id, result="已致电道歉，明日上门", now=NOW).entry
    assert answered.status == ServiceEntryStatus.CLOSED and answered.result == "已致电道歉，明日上门"


def test_closing_rules(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = _entry(database, dealer, hours_ago=3)
    with pytest.raises(ValidationError, match="before it was received"):
        close_entry(database, CLERK, entry.id, result="已处理", closed_at=at(4), now=NOW)
    with pytest.raises(ValidationError, match="write the result"):
        close_entry(database, CLERK, entry.id, result="", now=NOW)
    with pytest.raises(ValidationError, match="in the future"):
        close_entry(database, CLERK, entry.id, result="已处理", closed_at=NOW + dt.timedelta(hours=2), now=NOW)
    close_entry(database, CLERK, entry.id, result="电话指导排除", now=NOW)
    with pytest.raises(ValidationError, match="already closed on 2026-03-10 10:00"):
        close_entry(database, CLERK, entry.id, result="再次关闭", now=NOW)
    with pytest.raises(ValidationError, match="closed; it cannot be arranged"):
        arrange_entry(database, CLERK, entry.id, technician="刘师傅", now=NOW)
    # The refused attempts changed nothing: one follow-up call, one close in the audit trail
    with database.sessions() as s:
        assert len(s.scalars(select(FollowUp.id).where(FollowUp.service_entry_id == entry.id)).all()) == 1
    assert [row for row in _audit(database, entry.id) if row[0] == "transition"] == [
        ("transition", "status", "open", "closed")]


def test_entries_refuse_what_cannot_be(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    with pytest.raises(ValidationError, match="describe the problem"):
        create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, at(1), "  ", unit_id=dealer.unit_li), now=NOW)
    with pytest.raises(ValidationError, match="in the future"):
        create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, NOW + dt.timedelta(hours=1), "异响",
                                                 unit_id=dealer.unit_li), now=NOW)
    with pytest.raises(ValidationError, match="time zone"):
        create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, dt.datetime(2026, 3, 10, 9), "异响",
                                                 unit_id=dealer.unit_li), now=NOW)
    with pytest.raises(ValidationError, match="name the customer"):
        create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, at(1), "异响"), now=NOW)
    with pytest.raises(ValidationError, match="does not exist"):
        create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, at(1), "异响", unit_id=999999), now=NOW)
    entry = _entry(database, dealer, hours_ago=1)
    with pytest.raises(ValidationError, match="technician"):
        arrange_entry(database, CLERK, entry.id, technician=" ", now=NOW)
    with pytest.raises(ValidationError, match="before it was received"):
        arrange_entry(database, CLERK, entry.id, technician="刘师傅", arranged_at=at(2), now=NOW)
    # A caller who is not a customer yet is logged by name and phone
    full_width_phone = "１３６００００００００"
    walk_in = create_entry(database, CLERK, EntryInput(ServiceChannel.VISIT, at(1), "咨询三包期限",
                                                       caller_name="路人甲", caller_phone=full_width_phone), now=NOW)
    assert (walk_in.customer_id, walk_in.caller_name, walk_in.caller_phone) == (None, "路人甲", "13600000000")


def test_times_are_shown_in_beijing_time_in_messages(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry = _entry(database, dealer, hours_ago=1)
    mark_reported(database, CLERK, entry.id, at=dt.datetime(2026, 3, 10, 9, 30, tzinfo=BUSINESS_TZ), now=NOW)
    with pytest.raises(ValidationError, match="2026-03-10 09:30"):
        mark_reported(database, CLERK, entry.id, now=NOW)
