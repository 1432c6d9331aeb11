"""A reserve plan from draft to submission on a dealer small enough to work out by hand, and every refusal
saving nothing."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app.db.models import AuditEntry, ReservePlan, ReservePlanLine
from app.domain.actors import PermissionDenied
from app.domain.enums import PartClass, PlanStatus
from app.domain.errors import TransitionRefused, ValidationError
from app.services import plans
from app.services.paging import PageRequest
from tests.services.plans.tiny import CLERK, TODAY, manager, tiny_dealer

D = Decimal


@pytest.fixture
def dealer(database):  # type: ignore[no-untyped-def]
    tiny_dealer(database)
    return database


def _lines(db, plan_id: int) -> dict[str, plans.PlanLineRow]:  # type: ignore[no-untyped-def]
    return {x.part_no: x for x in plans.plan_lines(db, plan_id, PageRequest()).rows}


def _plan_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(ReservePlan)) or 0)


def test_a_plan_worked_out_by_hand(dealer):  # type: ignore[no-untyped-def]
    plan = plans.create_plan(dealer, CLERK, "SPRING", None, TODAY)
    assert (plan.plan_no, plan.season_year, plan.due_date, plan.line_count) == ("CB2026-001", 2027,
                                                                                 dt.date(2027, 1, 30), 2)
    lines = _lines(dealer, plan.id)
    # The filter: 20 sold last spring over the 10 machines then = 2 a machine; 10 machines now → forecast 20.
    # 90% of Poisson(20) seasons need no more than 26; 26 − 4 on hand = 22 → three packs of ten.
    oil_filter = lines["T5-101"]
    assert (oil_filter.forecast_qty, oil_filter.suggested_qty, oil_filter.chosen_qty) == (20, 30, 30)
    assert oil_filter.part_class == PartClass.WEAR and oil_filter.amount == D("165.00")
    reason = oil_filter.reason_facts
    assert reason is not None and reason.history == ((2026, D(20)),) and reason.other == 20
    assert (reason.safety, reason.on_hand, reason.pack_size) == (6, 4, 10)
    # The pump: never used, but a warranty part (三包件) of a model under warranty keeps one in stock.
    pump = lines["T5-112"]
    assert (pump.forecast_qty, pump.suggested_qty, pump.part_class) == (0, 1, PartClass.WARRANTY)
    assert pump.reason_facts is not None and pump.reason_facts.minimum == 1
    assert plan.total_amount == D("485.00")


def test_bad_input_is_refused_and_saves_nothing(dealer):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=r"no season winter; the seasons are: SPRING \(春耕\)"):
        plans.create_plan(dealer, CLERK, "winter", None, TODAY)
    plan = plans.create_plan(dealer, CLERK, "SPRING", 2027, TODAY)
    with pytest.raises(ValidationError, match="there is already a reserve plan for 2027 春耕: CB2026-001"):
        plans.create_plan(dealer, CLERK, "SPRING", 2027, TODAY)
    assert _plan_count(dealer) == 1
    line = _lines(dealer, plan.id)["T5-101"]
    for value, message in ((D(25), "comes in packs of 10"), ("-10", "must not be negative"),
                           ("lots", "is not a number"), ("10.0001", "more than 3 decimals")):
        with pytest.raises(ValidationError, match=message):
            plans.update_line(dealer, CLERK, line.id, chosen_qty=value)
    with pytest.raises(ValidationError, match="must not be negative"):
        plans.update_line(dealer, CLERK, line.id, unit_price="-1")
    with pytest.raises(ValidationError, match="longer than 500"):
        plans.update_line(dealer, CLERK, line.id, note="多" * 501)
    assert _lines(dealer, plan.id)["T5-101"] == line


def test_edits_recompute_amounts_and_totals(dealer):  # type: ignore[no-untyped-def]
    plan = plans.create_plan(dealer, CLERK, "SPRING", None, TODAY)
    line = _lines(dealer, plan.id)["T5-101"]
    change = plans.update_line(dealer, CLERK, line.id, chosen_qty="40", unit_price="5.25", note=" 农忙多备 ")
    assert change.line is not None and not change.new_revision
    assert (change.line.chosen_qty, change.line.unit_price, change.line.amount, change.line.note) == (
        40, D("5.25"), D("210.00"), "农忙多备")
    assert change.line.changed and change.plan.total_amount == D("530.00")
    only_changed = plans.plan_lines(dealer, plan.id, PageRequest(filters={"changed": True})).rows
    assert [x.part_no for x in only_changed] == ["T5-101"]
    back = plans.accept_suggestions(dealer, CLERK, plan.id)  # quantities go back; the new price stays
    assert back.plan.total_amount == 30 * D("5.25") + 320


def test_approval_submission_and_the_next_revision(dealer):  # type: ignore[no-untyped-def]
    boss = manager(dealer)
    plan = plans.create_plan(dealer, CLERK, "SPRING", None, TODAY)
    with pytest.raises(TransitionRefused, match="must be approved by the service manager"):
        plans.record_submission(dealer, CLERK, plan.id, TODAY, TODAY)
    with pytest.raises(PermissionDenied, match="needs the service manager role"):
        plans.approve_plan(dealer, CLERK, plan.id)
    approved = plans.approve_plan(dealer, boss, plan.id, now=dt.datetime(2026, 11, 27, 2, tzinfo=dt.UTC))
    assert approved.status == PlanStatus.APPROVED and approved.approved_by == "孙伟"
    with pytest.raises(TransitionRefused):
        plans.approve_plan(dealer, boss, plan.id)
    with pytest.raises(ValidationError, match="in the future"):
        plans.record_submission(dealer, CLERK, plan.id, TODAY + dt.timedelta(days=1), TODAY)
    with pytest.raises(ValidationError, match="before the approval"):
        plans.record_submission(dealer, CLERK, plan.id, TODAY - dt.timedelta(days=2), TODAY)
    submitted = plans.record_submission(dealer, CLERK, plan.id, TODAY, TODAY)
    assert (submitted.status, submitted.submitted_on) == (PlanStatus.SUBMITTED, TODAY)
    with pytest.raises(TransitionRefused, match="was approved once"):
        plans.delete_plan(dealer, boss, plan.id)
    # WHEN the submitted plan changes THEN it is the draft of revision 2, to approve and submit again
    line = _lines(dealer, plan.id)["T5-112"]
    change = plans.update_line(dealer, CLERK, line.id, chosen_qty=2)
    assert change.new_revision
    assert (change.plan.revision, change.plan.status, change.plan.submitted_on, change.plan.approved_at) == (
        2, PlanStatus.DRAFT, None, None)
    with dealer.sessions() as s:
        steps = s.scalars(select(AuditEntry.new_value).where(AuditEntry.entity == "reserve_plan",
                                                             AuditEntry.action == "transition")).all()
    assert steps == ["approved", f"submitted {TODAY}", "draft (revision 2)"]
    assert plans.approve_plan(dealer, boss, plan.id).revision == 2


def test_list_plans_filters_and_sorts_in_sql(dealer):  # type: ignore[no-untyped-def]
    first = plans.create_plan(dealer, CLERK, "SPRING", 2027, TODAY)
    second = plans.create_plan(dealer, CLERK, "SPRING", 2028, TODAY)
    page = plans.list_plans(dealer, PageRequest(limit=1))
    assert page.total == 2 and [p.plan_no for p in page.rows] == [second.plan_no]  # the latest season first
    assert [p.season_year for p in plans.list_plans(dealer, PageRequest(sort="due_date")).rows] == [2027, 2028]
    assert plans.list_plans(dealer, PageRequest(filters={"status": "approved"})).total == 0
    assert plans.list_plans(dealer, PageRequest(text="春耕")).total == 2
    with pytest.raises(ValidationError):
        plans.list_plans(dealer, PageRequest(sort="colour"))
    plans.delete_plan(dealer, CLERK, first.id)
    assert [p.id for p in plans.list_plans(dealer, PageRequest()).rows] == [second.id]
    with dealer.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ReservePlanLine)) == second.line_count


def test_a_plan_for_nothing_is_refused(database):  # type: ignore[no-untyped-def]
    plans.create_season(database, CLERK, code="AUTUMN", name="三秋", start_month=9, start_day=15, length_days=50)
    with pytest.raises(ValidationError, match="nothing is expected to be used in 2027 三秋"):
        plans.create_plan(database, CLERK, "AUTUMN", 2027, TODAY)
    assert _plan_count(database) == 0


def test_pack_size_zero_in_the_catalogue_is_named_and_nothing_saved(sqlite_url):  # type: ignore[no-untyped-def]
    from app.services.database import Database

    db = Database.open(sqlite_url)
    try:
        tiny_dealer(db)
        with db.engine.begin() as conn:  # an old catalogue imported before pack sizes were checked
            conn.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
            conn.execute(text("UPDATE parts SET pack_size = 0 WHERE part_no = 'T5-101'"))
            conn.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
        with pytest.raises(ValidationError, match="part T5-101 has pack size 0 in the parts catalogue"):
            plans.create_plan(db, CLERK, "SPRING", None, TODAY)
        assert _plan_count(db) == 0
    finally:
        db.close()
