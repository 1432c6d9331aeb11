"""Seasons: kept with their start day and length, checked as a whole, and the plans they make due."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import Season
from app.domain.errors import ValidationError
from app.services import plans
from tests.services.plans.tiny import CLERK, TODAY, manager, tiny_dealer


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Season)) or 0)


def test_seasons_are_listed_in_the_order_of_the_year(database):  # type: ignore[no-untyped-def]
    plans.create_season(database, CLERK, code="ａｕｔｕｍｎ ", name=" 三秋 ", start_month="9", start_day="15",
                        length_days="50")
    spring = plans.create_season(database, CLERK, code="SPRING", name="春耕", start_month=3, start_day=1,
                                 length_days=61)
    listed = plans.list_seasons(database)
    assert [(x.code, x.name) for x in listed] == [("SPRING", "春耕"), ("AUTUMN", "三秋")]
    assert spring.next_start(TODAY) == dt.date(2027, 3, 1) and spring.due_date(2027) == dt.date(2027, 1, 30)
    assert spring.window(2027) == (dt.date(2027, 3, 1), dt.date(2027, 5, 1))


@pytest.mark.parametrize(("values", "message"), [
    ({"start_month": None, "start_day": None}, "the start month is missing; the start day is missing"),
    ({"start_day": 30, "start_month": 2}, "2-30 is not a day of the year"),
    ({"length_days": 0}, "the length must be 1 to 366 days"),
    ({"code": " "}, "the season needs a code"),
    ({"name": ""}, "the season needs a name"),
    ({"code": "spring"}, "the code SPRING is already used by the season 春耕"),
])
def test_a_bad_season_is_refused_and_nothing_saved(database, values, message):  # type: ignore[no-untyped-def]
    plans.create_season(database, CLERK, code="SPRING", name="春耕", start_month=3, start_day=1, length_days=61)
    season = {"code": "SUMMER", "name": "三夏", "start_month": 5, "start_day": 25, "length_days": 40, **values}
    with pytest.raises(ValidationError, match=message):
        plans.create_season(database, CLERK, **season)  # type: ignore[arg-type]
    assert _count(database) == 1


def test_editing_a_season_checks_it_again(database):  # type: ignore[no-untyped-def]
    spring = plans.create_season(database, CLERK, code="SPRING", name="春耕", start_month=3, start_day=1,
                                 length_days=61)
    summer = plans.create_season(database, CLERK, code="SUMMER", name="三夏", start_month=5, start_day=25,
                                 length_days=40)
    with pytest.raises(ValidationError, match="already used"):
        plans.update_season(database, CLERK, summer.id, code="SPRING", name="三夏", start_month=5, start_day=25,
                            length_days=40)
    changed = plans.update_season(database, CLERK, spring.id, code="SPRING", name="春耕春播", start_month=3,
                                  start_day=5, length_days=56)
    assert (changed.name, changed.start_day, changed.length_days) == ("春耕春播", 5, 56)
    plans.delete_season(database, CLERK, summer.id)
    assert [x.code for x in plans.list_seasons(database)] == ["SPRING"]


def test_a_season_with_plans_is_kept(database):  # type: ignore[no-untyped-def]
    tiny_dealer(database)
    plans.create_plan(database, CLERK, "SPRING", None, TODAY)
    spring = plans.list_seasons(database)[0]
    with pytest.raises(ValidationError, match="has reserve plans"):
        plans.delete_season(database, CLERK, spring.id)


def test_plans_due_within_45_days_until_submitted(database):  # type: ignore[no-untyped-def]
    tiny_dealer(database)
    assert plans.plans_due(database, TODAY) == []  # spring 2027's plan is due 2027-01-30: 64 days away
    due = plans.plans_due(database, dt.date(2026, 12, 20))  # 41 days before it is due
    assert [(d.season.code, d.season_year, d.due_date, d.days_left, d.plan_no) for d in due] == [
        ("SPRING", 2027, dt.date(2027, 1, 30), 41, None)]
    plan = plans.create_plan(database, CLERK, "SPRING", None, dt.date(2026, 12, 20))
    assert plans.plans_due(database, dt.date(2027, 2, 10))[0].days_left == -11  # overdue, still listed
    assert plans.plans_due(database, dt.date(2027, 2, 10))[0].plan_no == plan.plan_no
    boss = manager(database)
    plans.approve_plan(database, boss, plan.id, now=dt.datetime(2027, 1, 5, 2, tzinfo=dt.UTC))
    plans.record_submission(database, boss, plan.id, dt.date(2027, 1, 6), dt.date(2027, 1, 6))
    assert plans.plans_due(database, dt.date(2027, 1, 10)) == []
    assert plans.plans_due(database, dt.date(2027, 3, 2)) == []  # the next spring's plan is due in 2028
