"""The 三包 clocks on real service-log entries and claims, on both databases: the lists' clock column and
amber / red filters, the clock strips, the Dashboard counts and the scorecard. Times are Beijing time;
amber at the default 25 % of a clock's length."""
from __future__ import annotations

import datetime as dt

import pytest

from app.db.models import Season, WarrantyClaim
from app.domain.actors import Actor, PermissionDenied
from app.domain.clocks import ClockKind, ClockState, FaultDifficulty
from app.domain.enums import ClaimStatus, Role, ServiceChannel
from app.domain.errors import ValidationError
from app.services import clocks, shared_settings
from app.services.business_time import BUSINESS_TZ
from app.services.claims.listing import list_claims
from app.services.overview import overview
from app.services.paging import PageRequest
from app.services.reports import load_reports
from app.services.reports.period import Period
from app.services.reports.scorecard import FIX_CLOCK, REPAIR_CLOCK, REPLY_CLOCK
from app.services.service_log import (
    EntryInput,
    close_entry,
    create_claim_from_entry,
    create_entry,
    get_entry,
    list_entries,
    mark_customer_informed,
)
from tests.services.service_log_data import CLERK, build

MANAGER = Actor(user_id=None, login="sun", name="孙经理", role=Role.MANAGER)


def at(month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=BUSINESS_TZ)


def _spring(db) -> None:  # type: ignore[no-untyped-def]
    # The dealer's spring ploughing season: 1 March for 60 days, the busy farming season.
    with db.sessions.begin() as s:
        s.add(Season(code="SPRING", name="春耕", start_month=3, start_day=1, length_days=60))


def _entry(db, received: dt.datetime, customer_id: int, unit_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    return create_entry(db, CLERK, EntryInput(ServiceChannel.PHONE, received, "拖拉机启动困难", customer_id=customer_id,
                                              unit_id=unit_id), now=received).id


def _entries(db, clock: str, now: dt.datetime) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in list_entries(db, PageRequest(0, 100, filters={"clock": clock}), now).rows]


def _claims(db, clock: str, now: dt.datetime) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in list_claims(db, PageRequest(0, 100, filters={"clock": clock}), now=now).rows]


def _row_clock(db, entry_id: int, now: dt.datetime) -> clocks.ClockView | None:  # type: ignore[no-untyped-def]
    return next(r.clock for r in list_entries(db, PageRequest(0, 100), now).rows if r.id == entry_id)


def test_reply_clock_of_an_entry_from_start_to_amber_to_red_then_met(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # GIVEN a call received on 1 February at 10:00 (no busy season): a reply is due 8 February 10:00,
    # amber from 6 February 16:00 (42 h before)
    entry_id = _entry(database, at(2, 1, 10), dealer.li)
    # THEN the list shows it running, then amber, then red, and the filters follow
    clock = _row_clock(database, entry_id, at(2, 2, 10))
    assert clock is not None and clock.kind == ClockKind.REPLY and clock.state == ClockState.RUNNING
    assert clock.time_left == dt.timedelta(days=6)
    assert _entries(database, "amber", at(2, 6, 15, 59)) == []
    assert _entries(database, "amber", at(2, 6, 16)) == [entry_id]
    assert _row_clock(database, entry_id, at(2, 6, 16)).state == ClockState.AMBER  # type: ignore[union-attr]
    assert _entries(database, "red", at(2, 8, 10)) == []
    assert _entries(database, "red", at(2, 8, 10, 1)) == [entry_id]
    assert _entries(database, "amber", at(2, 8, 10, 1)) == []
    # WHEN the farmer is told who comes and when, on 7 February: the reply was given in time
    mark_customer_informed(database, CLERK, entry_id, at=at(2, 7, 9), now=at(2, 7, 9))
    views = clocks.entry_clock_views(database, entry_id, now=at(3, 1))
    assert [(v.kind, v.state) for v in views] == [(ClockKind.REPLY, ClockState.MET)]
    assert _entries(database, "red", at(3, 1)) == []
    assert _row_clock(database, entry_id, at(3, 1)).state == ClockState.MET  # type: ignore[union-attr]


def test_busy_season_fix_clock_easy_then_hard_to_red_and_closed_late(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    _spring(database)
    # GIVEN a call on 9 March 08:00, in spring ploughing: an easy fault is fixed by 11 March 08:00
    entry_id = _entry(database, at(3, 9, 8), dealer.wang)
    views = {v.kind: v for v in clocks.entry_clock_views(database, entry_id, now=at(3, 9, 9))}
    assert set(views) == {ClockKind.REPLY, ClockKind.BUSY_FIX}
    assert views[ClockKind.BUSY_FIX].due == at(3, 11, 8)
    assert views[ClockKind.BUSY_FIX].difficulty == FaultDifficulty.EASY
    # amber 12 h before (25 % of 2 days); the list shows the fix clock, the more pressing one
    assert _entries(database, "amber", at(3, 10, 19, 59)) == []
    assert _entries(database, "amber", at(3, 10, 20)) == [entry_id]
    assert _row_clock(database, entry_id, at(3, 10, 20)).kind == ClockKind.BUSY_FIX  # type: ignore[union-attr]
    # WHEN the clerk judges it a hard fault: 5 days, due 14 March 08:00, amber from 13 March 02:00
    clocks.set_fault_difficulty(database, CLERK, entry_id, "hard", now=at(3, 10, 20))
    assert _entries(database, "amber", at(3, 10, 20)) == []
    assert _entries(database, "amber", at(3, 13, 2)) == [entry_id]
    assert _entries(database, "red", at(3, 14, 8, 1)) == [entry_id]
    # WHEN it is closed on 15 March, late: the fix clock is missed for good, the reply met (closing answers)
    close_entry(database, CLERK, entry_id, result="更换喷油嘴，已修复", closed_at=at(3, 15, 9), now=at(3, 15, 9))
    views = {v.kind: v for v in clocks.entry_clock_views(database, entry_id, now=at(4, 1))}
    assert views[ClockKind.BUSY_FIX].state == ClockState.MISSED
    assert views[ClockKind.REPLY].state == ClockState.MET
    # AND a hard fault closed on the fifth day is in time: the scorecard has one of each
    in_time = _entry(database, at(3, 20, 8), dealer.li)
    clocks.set_fault_difficulty(database, CLERK, in_time, FaultDifficulty.HARD, now=at(3, 20, 9))
    close_entry(database, CLERK, in_time, result="更换离合器片", closed_at=at(3, 25, 8), now=at(3, 25, 8))
    card = load_reports(database, Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31)), today=dt.date(2026, 4, 1),
                        now=at(4, 1)).scorecard
    fix = card.item(FIX_CLOCK)
    assert (fix.met, fix.missed, fix.pending, fix.not_done) == (1, 1, 0, 0)
    with pytest.raises(ValidationError):
        clocks.set_fault_difficulty(database, CLERK, entry_id, "medium")


def test_a_call_outside_the_seasons_has_no_fix_clock(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    _spring(database)
    entry_id = _entry(database, at(2, 27, 8), dealer.wang)  # two days before spring ploughing
    assert [v.kind for v in clocks.entry_clock_views(database, entry_id, now=at(2, 28))] == [ClockKind.REPLY]


def test_repair_clock_of_a_claim_from_start_to_amber_to_red_then_met(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # GIVEN a call on 5 January 09:00 turned into a draft claim: the repair is due 14 February 09:00,
    # amber from 4 February 09:00 (10 days before)
    entry_id = _entry(database, at(1, 5, 9), dealer.wang, dealer.unit_wang)
    claim_id = create_claim_from_entry(database, CLERK, entry_id, now=at(1, 6, 9)).id
    row = next(r for r in list_claims(database, PageRequest(0, 10), now=at(1, 6, 9)).rows if r.id == claim_id)
    assert row.clock is not None and row.clock.kind == ClockKind.REPAIR and row.clock.state == ClockState.RUNNING
    assert row.clock.due == at(2, 14, 9)
    assert _claims(database, "amber", at(2, 4, 8, 59)) == []
    assert _claims(database, "amber", at(2, 4, 9)) == [claim_id]
    assert _claims(database, "red", at(2, 14, 9)) == []
    assert _claims(database, "red", at(2, 14, 9, 1)) == [claim_id]
    # WHEN the task is closed on 10 February (the repair done): the claim's clock stops there, met
    close_entry(database, CLERK, entry_id, result="已修复", closed_at=at(2, 10, 17), now=at(2, 10, 17))
    views = clocks.claim_clock_views(database, claim_id, now=at(3, 1))
    assert [(v.kind, v.state) for v in views] == [(ClockKind.REPAIR, ClockState.MET)]
    assert _claims(database, "red", at(3, 1)) == []


def test_a_finished_claim_counts_whole_days_from_its_failure(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    # Failed on 1 January; repaired on 10 February is the 40th day (met), on 11 February the 41st (missed).
    ids = []
    with database.sessions.begin() as s:
        for number, repaired in (("SB-1", dt.date(2026, 2, 10)), ("SB-2", dt.date(2026, 2, 11))):
            claim = WarrantyClaim(claim_no=number, unit_id=dealer.unit_wang, customer_id=dealer.wang,
                                  status=ClaimStatus.READY, failure_date=dt.date(2026, 1, 1), repair_date=repaired)
            s.add(claim)
            s.flush()
            ids.append(claim.id)
    states = [clocks.claim_clock_views(database, i, now=at(3, 1))[0].state for i in ids]
    assert states == [ClockState.MET, ClockState.MISSED]


def test_dashboard_counts_and_scorecard_count_the_missed_clocks(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    _spring(database)
    now = at(3, 10, 20)
    late_reply = _entry(database, at(3, 1, 8), dealer.li)  # reply red since 8 March; busy fix red too
    amber_fix = _entry(database, at(3, 9, 8), dealer.wang)  # easy fix amber (12 h left)
    _entry(database, at(3, 10, 19), dealer.zhang)  # just in: running
    replied = _entry(database, at(1, 10, 8), dealer.wang, dealer.unit_wang)
    mark_customer_informed(database, CLERK, replied, at=at(1, 20, 8), now=at(1, 20, 8))  # 10 days: missed
    claim_id = create_claim_from_entry(database, CLERK, replied, now=at(1, 20, 9)).id  # due 19 Feb: red
    figures = overview(database, now.date(), now)
    # the January entry's reply was missed but has stopped: no running clock left on it, so not red
    assert (figures.clock_entries_amber, figures.clock_entries_red) == (1, 1)
    assert (figures.clock_claims_amber, figures.clock_claims_red) == (0, 1)
    assert _entries(database, "red", now) == [late_reply]
    assert _entries(database, "amber", now) == [amber_fix]
    assert _claims(database, "red", now) == [claim_id]
    period = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    period = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    card = load_reports(database, period, today=now.date(), now=now).scorecard
    reply, fix, repair = card.item(REPLY_CLOCK), card.item(FIX_CLOCK), card.item(REPAIR_CLOCK)
    assert (reply.met, reply.missed, reply.pending, reply.not_done) == (0, 2, 2, 1)
    assert (fix.met, fix.missed, fix.pending, fix.not_done) == (0, 1, 2, 1)
    assert (repair.met, repair.missed, repair.pending, repair.not_done) == (0, 1, 0, 1)
    assert get_entry(database, replied, now=now).customer_informed_at == at(1, 20, 8)


def test_amber_threshold_is_a_shared_setting(database) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry_id = _entry(database, at(2, 1, 10), dealer.li)
    assert _entries(database, "amber", at(2, 4, 22)) == []
    with pytest.raises(PermissionDenied):
        clocks.save_amber_percent(database, CLERK, 50)
    clocks.save_amber_percent(database, MANAGER, 50)  # half of 7 days left: amber from 4 February 22:00
    assert shared_settings.get(database, shared_settings.CLOCK_AMBER_PERCENT) == 50
    assert _entries(database, "amber", at(2, 4, 22)) == [entry_id]
    with pytest.raises(ValidationError):
        clocks.save_amber_percent(database, MANAGER, 100)
    with pytest.raises(ValidationError):
        list_entries(database, PageRequest(0, 10, filters={"clock": "green"}), at(2, 4))
