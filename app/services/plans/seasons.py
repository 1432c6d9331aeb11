"""The dealer's sales and working seasons (spring ploughing, summer harvest …), and which plans are due.

A season starts on the same day each year; its reserve plan is due 30 days before, and the Dashboard
lists it from 45 days before the due date until a plan for it has been submitted or the season starts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ReservePlan, Season
from app.domain.actors import Actor
from app.domain.enums import PlanStatus
from app.domain.errors import ValidationError
from app.domain.normalize import clean_code, clean_text
from app.domain.reserve import (
    DUE_NOTICE_DAYS,
    check_season_dates,
    next_season_year,
    plan_due_date,
    season_window,
)
from app.services.audit_trail import write_audit
from app.services.database import Database


@dataclass(frozen=True)
class SeasonView:
    id: int
    code: str
    name: str
    start_month: int
    start_day: int
    length_days: int

    def window(self, year: int) -> tuple[dt.date, dt.date]:
        """First day and the day after the last day of the season starting in `year`."""
        return season_window(self.start_month, self.start_day, self.length_days, year)

    def next_year(self, today: dt.date) -> int:
        return next_season_year(self.start_month, self.start_day, today)

    def next_start(self, today: dt.date) -> dt.date:
        return self.window(self.next_year(today))[0]

    def due_date(self, year: int) -> dt.date:
        return plan_due_date(self.window(year)[0])

    def label(self, year: int) -> str:
        return f"{year} {self.name}"


@dataclass(frozen=True)
class PlanDue:
    """A season whose plan is due soon (or overdue) and not yet submitted."""

    season: SeasonView
    season_year: int
    start: dt.date
    due_date: dt.date
    days_left: int  # negative: overdue
    plan_no: str | None  # a plan already begun, or None
    status: PlanStatus | None


def view_of(season: Season) -> SeasonView:
    return SeasonView(season.id, season.code, season.name, season.start_month, season.start_day, season.length_days)


def list_seasons(db: Database) -> list[SeasonView]:
    """Every season, in the order of its start in the year."""
    with db.translated_errors(), db.sessions() as s:
        rows = s.scalars(select(Season).order_by(Season.start_month, Season.start_day, Season.code)).all()
        return [view_of(row) for row in rows]


def find_season(s: Session, code_or_id: str | int) -> Season:
    """A season by its id or code (as typed: case and full-width letters do not matter)."""
    if isinstance(code_or_id, int):
        season = s.get(Season, code_or_id)
    else:
        code = clean_code(code_or_id)
        season = s.scalar(select(Season).where(Season.code == code)) if code else None
    if season is None:
        known = ", ".join(f"{x.code} ({x.name})" for x in s.scalars(select(Season).order_by(Season.code)))
        raise ValidationError(f"no season {code_or_id!s}; the seasons are: {known or 'none yet — add one first'}")
    return season


def create_season(db: Database, actor: Actor, *, code: str, name: str, start_month: object, start_day: object,
                  length_days: object) -> SeasonView:
    values = _checked(code, name, start_month, start_day, length_days)
    with db.translated_errors(), db.sessions.begin() as s:
        _unique(s, values["code"], None)
        season = Season(**values)
        s.add(season)
        s.flush()
        write_audit(s, actor, "season", season.id, "create", "", None, f"{season.code} {season.name}")
        return view_of(season)


def update_season(db: Database, actor: Actor, season_id: int, *, code: str, name: str, start_month: object,
                  start_day: object, length_days: object) -> SeasonView:
    values = _checked(code, name, start_month, start_day, length_days)
    with db.translated_errors(), db.sessions.begin() as s:
        season = s.get(Season, season_id)
        if season is None:
            raise ValidationError("the season was deleted on another workstation")
        _unique(s, values["code"], season_id)
        for key, value in values.items():
            old = getattr(season, key)
            if old != value:
                write_audit(s, actor, "season", season.id, "update", key, old, value)
                setattr(season, key, value)
        return view_of(season)


def delete_season(db: Database, actor: Actor, season_id: int) -> None:
    """A season without plans may go; one with plans keeps them readable, so it stays."""
    with db.translated_errors(), db.sessions.begin() as s:
        season = s.get(Season, season_id)
        if season is None:
            return
        if s.scalar(select(ReservePlan.plan_no).where(ReservePlan.season_id == season_id).limit(1)):
            raise ValidationError(f"season {season.code} has reserve plans; it cannot be deleted")
        write_audit(s, actor, "season", season.id, "delete", "", f"{season.code} {season.name}", None)
        s.delete(season)


def _checked(code: str, name: str, start_month: object, start_day: object, length_days: object) -> dict[str, object]:
    problems: list[str] = []
    clean = clean_code(code or "")
    title = clean_text(name or "")
    if not clean:
        problems.append("the season needs a code (e.g. SPRING)")
    elif len(clean) > 40:
        problems.append("the code is longer than 40 characters")
    if not title:
        problems.append("the season needs a name (e.g. 春耕)")
    elif len(title) > 200:
        problems.append("the name is longer than 200 characters")
    try:
        month, day, length = check_season_dates(start_month, start_day, length_days)
    except ValidationError as exc:
        problems.append(str(exc))
        month = day = length = 0
    if problems:
        raise ValidationError("; ".join(problems))
    return {"code": clean, "name": title, "start_month": month, "start_day": day, "length_days": length}


def _unique(s: Session, code: str, season_id: int | None) -> None:
    other = s.scalar(select(Season).where(Season.code == code))
    if other is not None and other.id != season_id:
        raise ValidationError(f"the code {code} is already used by the season {other.name}")


def plans_due(db: Database, today: dt.date, within_days: int = DUE_NOTICE_DAYS) -> list[PlanDue]:
    """Seasons whose plan is due within `within_days` (or overdue before the season starts) and not yet
    submitted, soonest first. The Dashboard calls this."""
    with db.translated_errors(), db.sessions() as s:
        seasons = [view_of(x) for x in s.scalars(select(Season))]
        plans = {(p.season_id, p.season_year): p for p in s.scalars(
            select(ReservePlan).where(ReservePlan.season_year >= today.year).order_by(ReservePlan.revision))}
    found: list[PlanDue] = []
    for season in seasons:
        year = season.next_year(today)
        start = season.window(year)[0]
        due = season.due_date(year)
        days_left = (due - today).days
        plan = plans.get((season.id, year))
        if days_left > within_days or (plan is not None and plan.status == PlanStatus.SUBMITTED):
            continue
        found.append(PlanDue(season, year, start, due, days_left, plan.plan_no if plan else None,
                             plan.status if plan else None))
    return sorted(found, key=lambda x: (x.due_date, x.season.code))
