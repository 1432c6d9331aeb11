"""The demo dealer plans next spring: the forecast of three parts checked against the hand calculation
(a warranty part with history, a new model's part with none, a wear part), the plan's totals, last year's
plan beside what spring used, and the backtest against last year's same-season quantity."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import func, select

from app.db.models import Part, StockLevel, StockMovement
from app.domain.actors import Actor
from app.domain.enums import PartClass, PlanStatus, Role, StockMovementKind
from app.domain.reserve import season_window
from app.services import plans
from app.services.paging import PageRequest
from app.services.plans.backtest import backtest
from app.services.plans.compare import compare_lines, comparison
from tests.services.plans.conftest import NEW_WARRANTY_PART, TODAY
from tests.services.plans.hand import by_hand

MANAGER = Actor(user_id=1, login="admin", name="王建国", role=Role.MANAGER)
SPRINGS = [season_window(3, 1, 61, y) for y in (2024, 2025, 2026)]


@pytest.fixture(scope="module")
def plan(demo):  # type: ignore[no-untyped-def]
    return plans.create_plan(demo, MANAGER, "spring", None, TODAY)


def _busiest(db, kinds: set[StockMovementKind], wear: bool) -> str:  # type: ignore[no-untyped-def]
    """The part of the class most used in past springs through movements of `kinds`."""
    used = func.sum(-StockMovement.quantity)
    in_spring = [StockMovement.moved_on.between(a, b - dt.timedelta(days=1)) for a, b in SPRINGS]
    with db.sessions() as s:
        return s.execute(select(Part.part_no, used).join(Part, Part.id == StockMovement.part_id)
                         .where(StockMovement.kind.in_(kinds), Part.is_wear_part.is_(wear),
                                in_spring[0] | in_spring[1] | in_spring[2])
                         .group_by(Part.part_no).order_by(used.desc(), Part.part_no).limit(1)).one()[0]


def _line(db, plan_id: int, part_no: str):  # type: ignore[no-untyped-def]
    rows = plans.plan_lines(db, plan_id, PageRequest(text=part_no)).rows
    return next(row for row in rows if row.part_no == part_no)


def test_the_plan_is_next_springs_draft(demo, plan):  # type: ignore[no-untyped-def]
    assert (plan.season_code, plan.season_year, plan.status, plan.revision) == ("SPRING", 2027, PlanStatus.DRAFT, 1)
    assert plan.due_date == dt.date(2027, 1, 30) and plan.plan_no.startswith("CB2026-")
    lines = plans.plan_lines(demo, plan.id, PageRequest(limit=10_000)).rows
    assert len(lines) == plan.line_count > 50
    assert all(x.forecast_qty > 0 or x.suggested_qty > 0 for x in lines)
    assert all(x.suggested_qty % x.pack_size == 0 and x.chosen_qty == x.suggested_qty for x in lines)
    assert all(x.amount == (x.chosen_qty * x.unit_price).quantize(Decimal("0.01")) for x in lines)
    assert plan.total_amount == sum((x.amount for x in lines), Decimal(0))
    # warranty parts (三包件) first, then wear parts (易损件)
    classes = [x.part_class for x in lines]
    assert classes.index(PartClass.WEAR) > max(i for i, c in enumerate(classes) if c == PartClass.WARRANTY)


@pytest.mark.parametrize("which", ["warranty part with history", "new model, no history", "wear part"])
def test_forecast_matches_the_hand_calculation(demo, plan, which):  # type: ignore[no-untyped-def]
    if which == "warranty part with history":
        part_no = _busiest(demo, {StockMovementKind.CLAIM}, wear=False)
    elif which == "wear part":
        part_no = _busiest(demo, {StockMovementKind.COUNTER_SALE}, wear=True)
    else:
        part_no = NEW_WARRANTY_PART
    hand = by_hand(demo, part_no, "SPRING", 2027, TODAY)
    line = _line(demo, plan.id, part_no)
    reason = line.reason_facts
    assert reason is not None
    assert (line.forecast_qty, line.suggested_qty) == (hand.forecast, hand.suggested), which
    assert reason.forecast == hand.forecast and reason.minimum == hand.minimum
    assert max(reason.forecast + reason.safety, reason.minimum) == hand.target
    assert reason.history == tuple(hand.history)
    assert reason.repairs == hand.repairs.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert line.on_hand_qty == reason.on_hand
    if which == "warranty part with history":
        assert len(hand.history) == 3 and all(qty > 0 for _y, qty in hand.history[:2])
        assert hand.repairs > 0 and line.part_class == PartClass.WARRANTY
    elif which == "new model, no history":
        assert hand.history == [(2026, 0), (2025, 0), (2024, 0)]
        assert hand.repairs > 0 and reason.new_model and all(t.model == "LF-2204" for t in reason.field)
        assert hand.minimum == 1 and line.suggested_qty >= 1  # a warranty part of a model under warranty
    else:
        assert line.part_class == PartClass.WEAR and hand.other > 0 and reason.other > 0


def test_last_years_spring_plan_beside_what_spring_used(demo):  # type: ignore[no-untyped-def]
    start, end = SPRINGS[2]
    c = comparison(demo, "SPRING", 2026, TODAY)
    assert c.plan is not None and c.plan.status == PlanStatus.SUBMITTED and c.plan.submitted_on
    with demo.sessions() as s:
        used = dict(s.execute(select(StockMovement.part_id, func.sum(-StockMovement.quantity))
                              .where(StockMovement.kind.in_([StockMovementKind.CLAIM, StockMovementKind.PAID_ORDER,
                                                             StockMovementKind.COUNTER_SALE]),
                                     StockMovement.moved_on >= start, StockMovement.moved_on < end)
                              .group_by(StockMovement.part_id)).all())
    used = {k: v for k, v in used.items() if v}
    assert c.parts_used == len(used) and c.used_qty == sum(used.values())
    rows = compare_lines(demo, "SPRING", 2026, TODAY, PageRequest(limit=10_000)).rows
    assert {r.part_id for r in rows if r.actual} == set(used)
    assert sum(1 for r in rows if r.in_plan) == c.parts_planned == c.plan.line_count
    assert c.parts_covered == sum(1 for r in rows if r.actual > 0 and r.covered)
    lines = {x.part_id: x for x in plans.plan_lines(demo, c.plan.id, PageRequest(limit=10_000)).rows}
    for r in rows:
        if r.in_plan:
            x = lines[r.part_id]
            assert r.planned == x.on_hand_qty + x.on_order_qty + x.chosen_qty and r.ordered == x.chosen_qty
    short = compare_lines(demo, "SPRING", 2026, TODAY, PageRequest(limit=10_000, filters={"short": True})).rows
    assert [r.part_id for r in short] == [r.part_id for r in rows if r.actual > r.planned]
    by_use = compare_lines(demo, "SPRING", 2026, TODAY, PageRequest(limit=5, sort="actual", descending=True)).rows
    assert [r.actual for r in by_use] == sorted((r.actual for r in rows), reverse=True)[:5]


def test_the_forecast_backtests_at_least_as_well_as_last_years_quantity(demo):  # type: ignore[no-untyped-def]
    result = backtest(demo, TODAY)
    assert {(x.season_code, x.year) for x in result.seasons} >= {("SPRING", 2026), ("SUMMER", 2026),
                                                                  ("AUTUMN", 2026)}
    assert result.share("covered_target") >= result.share("covered_last_year")
    assert result.share("covered_target") >= result.share("covered_last_year_safety")


def test_stock_as_of_a_past_planning_day(demo):  # type: ignore[no-untyped-def]
    # The demo's spring plan was made on 2026-01-25 from the stock of that day, not today's.
    with demo.sessions() as s:
        part_id, on_hand = s.execute(select(StockLevel.part_id, StockLevel.on_hand).limit(1)).one()
        since = s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                         .where(StockMovement.part_id == part_id, StockMovement.moved_on >= dt.date(2026, 1, 25)))
    with demo.sessions() as s:
        season = plans.seasons.find_season(s, "SPRING")
        forecast = plans.forecast_season(s, season, 2026, dt.date(2026, 1, 25), part_ids={part_id})
    assert forecast.parts[0].quantities.reason.on_hand == max(on_hand - Decimal(since), Decimal(0))


def test_the_demo_has_seasons_seasonal_use_and_last_years_submitted_plans(demo):  # type: ignore[no-untyped-def]
    assert [(x.code, x.start_month, x.start_day) for x in plans.list_seasons(demo)] == [
        ("SPRING", 3, 1), ("SUMMER", 5, 25), ("AUTUMN", 9, 15)]
    submitted = plans.list_plans(demo, PageRequest(filters={"status": "submitted"})).rows
    assert sorted((p.season_code, p.season_year) for p in submitted) == [("AUTUMN", 2026), ("SPRING", 2026),
                                                                          ("SUMMER", 2026)]
    assert all(p.submitted_on and p.submitted_on <= p.due_date for p in submitted)
    with demo.sessions() as s:
        # combine harvester parts sell over the counter in the harvests, hardly at all in winter
        by_month = dict(s.execute(
            select(func.extract("month", StockMovement.moved_on), func.sum(-StockMovement.quantity))
            .join(Part, Part.id == StockMovement.part_id)
            .where(StockMovement.kind == StockMovementKind.COUNTER_SALE, Part.part_no.like("H6-%"))
            .group_by(func.extract("month", StockMovement.moved_on))).all())
        assert by_month.get(6, 0) > 3 * by_month.get(1, 0) and by_month.get(10, 0) > 3 * by_month.get(12, 0)
        # and the movements of every part still add up to its stock on hand
        moved = dict(s.execute(select(StockMovement.part_id, func.sum(StockMovement.quantity))
                               .group_by(StockMovement.part_id)).all())
        levels = dict(s.execute(select(StockLevel.part_id, StockLevel.on_hand)).all())
    assert {k: v for k, v in moved.items() if v} == {k: v for k, v in levels.items() if v}
