"""How well the forecast would have done: for a past season N, plan on its due date (30 days before it
starts) from the records before that day, then count what the season really used.

Two plans are compared, part by part, over the parts the season used:
- the forecast's target stock (forecast + safety, at least the warranty minimum), and the bare forecast;
- "last year's same season": the quantity used in season N−1, the plain rule many dealers follow, bare
  and with the same Poisson safety stock the forecast gets, so the safety stock alone is not what wins.
A part is covered when the season used no more than the plan held. The mean absolute error of the
point forecasts and the total quantity each plan would have stocked are reported beside the coverage,
so a plan that covers more by simply stocking more shows it.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.db.models import Season
from app.domain.reserve import plan_due_date, season_window
from app.services.database import Database
from app.services.plans.forecast import consumption, forecast_season, past_seasons
from app.services.plans.method import Method, poisson_quantile

ZERO = Decimal(0)


@dataclass(frozen=True)
class BacktestSeason:
    season_code: str
    year: int
    planned_on: dt.date
    parts_used: int  # parts the season used at all: the denominator of the coverage
    covered_target: int  # used no more than the forecast's target stock
    covered_forecast: int  # used no more than the bare forecast (rounded up to whole parts)
    covered_last_year: int  # used no more than in the same season last year
    covered_last_year_safety: int  # … than last year's quantity with the forecast's kind of safety stock
    stock_target: Decimal  # the quantity each plan would have held, over every part
    stock_last_year: Decimal
    stock_last_year_safety: Decimal
    used_qty: Decimal
    error_forecast: Decimal  # Σ |forecast − used| over every part
    error_last_year: Decimal  # Σ |last year − used|
    forecast_qty: Decimal  # Σ forecast over every part


@dataclass(frozen=True)
class BacktestResult:
    seasons: tuple[BacktestSeason, ...]

    def share(self, field: str) -> float:
        """Covered parts over used parts, pooled over every season tested."""
        used = sum(x.parts_used for x in self.seasons)
        return sum(getattr(x, field) for x in self.seasons) / used if used else 0.0

    def total(self, field: str) -> Decimal:
        return sum((getattr(x, field) for x in self.seasons), ZERO)


def backtest(db: Database, today: dt.date, method: Method | None = None,
             seasons: list[str] | None = None) -> BacktestResult:
    """Every season (or those whose codes are given) in every year that is over by `today` and whose
    same season a year before is covered by the records."""
    method = method or Method()
    found: list[BacktestSeason] = []
    with db.translated_errors(), db.sessions() as s:
        rows = s.scalars(select(Season).order_by(Season.start_month, Season.start_day)).all()
        for season in rows:
            if seasons is not None and season.code not in seasons:
                continue
            for year in range(today.year - 3, today.year + 1):
                start, end = season_window(season.start_month, season.start_day, season.length_days, year)
                planned_on = plan_due_date(start)
                if end > today:
                    continue
                past = past_seasons(s, season, year, planned_on)
                if not past or past[0].year != year - 1:
                    continue
                found.append(_one(s, season, year, planned_on, past[0].start, past[0].end, start, end, method))
    return BacktestResult(tuple(found))


def _one(s, season: Season, year: int, planned_on: dt.date, last_start: dt.date,  # type: ignore[no-untyped-def]
         last_end: dt.date, start: dt.date, end: dt.date, method: Method) -> BacktestSeason:
    forecast = forecast_season(s, season, year, planned_on, method)
    used = consumption(s, start, end)
    last = consumption(s, last_start, last_end)
    parts_used = covered_target = covered_forecast = covered_last = covered_last_safety = 0
    stock_target = stock_last = stock_last_safety = used_qty = error_forecast = error_last = forecast_qty = ZERO
    for part in forecast.parts:
        q = part.quantities
        actual = used.get(part.part_id, ZERO)
        before = last.get(part.part_id, ZERO)
        with_safety = Decimal(poisson_quantile(float(before), method.service_level))
        stock_target += q.target
        stock_last += before
        stock_last_safety += with_safety
        used_qty += actual
        error_forecast += abs(q.forecast - actual)
        forecast_qty += q.forecast
        error_last += abs(before - actual)
        if actual <= 0:
            continue
        parts_used += 1
        covered_target += actual <= q.target
        covered_forecast += actual <= math.ceil(q.forecast)
        covered_last += actual <= before
        covered_last_safety += actual <= with_safety
    return BacktestSeason(season.code, year, planned_on, parts_used, covered_target, covered_forecast, covered_last,
                          covered_last_safety, stock_target, stock_last, stock_last_safety, used_qty,
                          error_forecast, error_last, forecast_qty)
