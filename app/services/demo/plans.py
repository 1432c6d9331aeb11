"""The demo dealer's reserve plans of the past year: each season's plan made on its due date from the
records of that day, the manager's changes to a few lines, approved and submitted to the manufacturer.
They go through the plan services once the demo's records are written, as a dealer would have made them.
"""
from __future__ import annotations

import datetime as dt

from app.domain.actors import Actor
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.services import plans
from app.services.business_time import BUSINESS_TZ
from app.services.database import Database
from app.services.demo import catalogue as cat
from app.services.paging import PageRequest

MANAGER = Actor(user_id=1, login="admin", name="王建国", role=Role.MANAGER)  # the demo's first user


def add_submitted_plans(db: Database, today: dt.date) -> list[str]:
    """A submitted plan for every season whose plan fell due in the year before `today` (its numbers)."""
    made: list[str] = []
    for season in plans.list_seasons(db):
        for year in (today.year - 1, today.year):
            due = season.due_date(year)
            if not today - dt.timedelta(days=365) < due < today - dt.timedelta(days=3):
                continue
            try:
                plan = plans.create_plan(db, MANAGER, season.id, year, due - dt.timedelta(days=5))
            except ValidationError:
                continue  # nothing to plan: too early in the demo's history
            _adjust(db, plan.id)
            approved = dt.datetime.combine(due - dt.timedelta(days=3), dt.time(16), BUSINESS_TZ)
            plans.approve_plan(db, MANAGER, plan.id, now=approved)
            plans.record_submission(db, MANAGER, plan.id, due - dt.timedelta(days=2), today)
            made.append(plan.plan_no)
    return made


def _adjust(db: Database, plan_id: int) -> None:
    """The manager rounds a few wear parts up by a pack ahead of a busy season and notes why."""
    page = plans.plan_lines(db, plan_id, PageRequest(limit=400, filters={"class": "wear"}, sort="forecast",
                                                     descending=True))
    for line in page.rows[:3]:
        plans.update_line(db, MANAGER, line.id, chosen_qty=line.suggested_qty + line.pack_size,
                          note="预计作业面积增加，多备一包")
    note = f"{cat.DEALER['name']}：按三包件与易损件分别储备"
    plans.set_note(db, MANAGER, plan_id, note)
