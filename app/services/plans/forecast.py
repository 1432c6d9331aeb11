"""The forecast of every part for a season: a dozen GROUP BY queries, then arithmetic per part.

What it reads (the method itself is described in app.services.plans.method):
- the season's consumption in each of up to three past years: stock movements of kind claim,
  paid_order and counter_sale inside the season's window that year (a year counts once the app's
  records reach back to that season's start and the season is over);
- warranty repairs: claims' part lines repaired inside those windows (not cancelled, not superseded by
  a reworked revision), by the machine's model and its age band at the season's start;
- the machines in the field, by model and age band at the season's start: for a past season, machine-
  seasons (one for a machine sold before it began, the share of the season it was in the field for one
  sold during it); for the coming season, the machines sold by the planning day and as many new ones as
  were sold from the same day last year to the end of last year's season;
- stock on hand on the planning day (today's level less what has moved since), on order, and the minimum
  the dealer keeps of the part (the plan never suggests less).

Nothing is read part by part: 5,000 parts cost the same dozen queries as 50.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, literal, literal_column, select
from sqlalchemy.orm import Session

from app.db.models import (
    ClaimPartLine,
    ModelPart,
    Part,
    ProductModel,
    Season,
    StockLevel,
    StockMovement,
    Unit,
    WarrantyClaim,
)
from app.domain.coverage import add_months
from app.domain.enums import ClaimStatus, PartClass, StockMovementKind, UnitStatus
from app.domain.reserve import AGE_BANDS, BAND_DAYS, FieldTerm, band_limits, season_window
from app.domain.stock import part_class
from app.services.plans.method import LineQuantities, Method, line_quantities

CONSUMPTION = (StockMovementKind.CLAIM, StockMovementKind.PAID_ORDER, StockMovementKind.COUNTER_SALE)
NOT_REPAIRS = (ClaimStatus.CANCELLED, ClaimStatus.REWORKED)
HISTORY_YEARS = 3
BANDS = range(len(AGE_BANDS))
ZERO = Decimal(0)

ModelBand = tuple[int, int]  # (model id, age band)
# Grouping movements of a few days by part: "part_id + 0" keeps SQLite from walking the whole part_id index
# in part order when the moved_on index finds the few rows at once (0.6 s against 1 ms on 460,000 movements).
PART_OF_MOVEMENT = (StockMovement.part_id + literal_column("0")).label("part_id")


@dataclass(frozen=True)
class PastSeason:
    year: int
    start: dt.date
    end: dt.date  # the day after its last day
    vantage: dt.date  # as far before its start as the planning day is before the coming season: new machines
    # sold from here to its end are the estimate of the new machines the coming season will have


@dataclass(frozen=True)
class PartForecast:
    part_id: int
    part_no: str
    part_name: str
    unit: str
    part_class: PartClass
    unit_price: Decimal
    quantities: LineQuantities


@dataclass(frozen=True)
class SeasonForecast:
    season_id: int
    year: int
    start: dt.date
    end: dt.date
    past: tuple[PastSeason, ...]
    parts: tuple[PartForecast, ...]  # every active part, by part number


def band_of(column: ColumnElement[dt.date], at: dt.date) -> ColumnElement[int]:
    limits = band_limits(at)
    return case(*((column > limit, literal(n)) for n, limit in enumerate(limits)), else_=literal(len(limits)))


def past_seasons(s: Session, season: Season, year: int, today: dt.date) -> tuple[PastSeason, ...]:
    """The same season in up to three past years that are over and that the records cover."""
    start, _end = season_window(season.start_month, season.start_day, season.length_days, year)
    lead = start - today
    first = _first_record_day(s)
    found: list[PastSeason] = []
    for back in range(1, HISTORY_YEARS + 1):
        w_start, w_end = season_window(season.start_month, season.start_day, season.length_days, year - back)
        if first is not None and first <= w_start and w_end <= today:
            found.append(PastSeason(year - back, w_start, w_end, w_start - lead))
    return tuple(found)


def _first_record_day(s: Session) -> dt.date | None:
    moved = s.scalar(select(func.min(StockMovement.moved_on)).where(StockMovement.kind.in_(CONSUMPTION)))
    repaired = s.scalar(select(func.min(WarrantyClaim.repair_date)))
    days = [d for d in (moved, repaired) if d is not None]
    return min(days) if days else None


def consumption(s: Session, start: dt.date, end: dt.date) -> dict[int, Decimal]:
    """Parts used from `start` up to (not including) `end`: repairs, paid service, counter sales."""
    rows = s.execute(select(PART_OF_MOVEMENT, func.sum(StockMovement.quantity))
                     .where(StockMovement.kind.in_(CONSUMPTION), StockMovement.moved_on >= start,
                            StockMovement.moved_on < end)
                     .group_by(PART_OF_MOVEMENT))
    return {part_id: -total for part_id, total in rows if total}


def _history(s: Session, past: tuple[PastSeason, ...]) -> tuple[dict[tuple[int, int], Decimal],
                                                                  dict[tuple[int, int], Decimal]]:
    """(all use, other use) by (part, year): other is paid service and counter sales."""
    total: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    other: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for p in past:
        is_other = case((StockMovement.kind == StockMovementKind.CLAIM, literal(0)), else_=literal(1))
        inner = (select(StockMovement.part_id, is_other.label("other"), StockMovement.quantity)
                 .where(StockMovement.kind.in_(CONSUMPTION), StockMovement.moved_on >= p.start,
                        StockMovement.moved_on < p.end).subquery())
        for part_id, flag, qty in s.execute(select(inner.c.part_id, inner.c.other, func.sum(inner.c.quantity))
                                            .group_by(inner.c.part_id, inner.c.other)):
            total[(part_id, p.year)] -= qty
            if flag:
                other[(part_id, p.year)] -= qty
    return total, other


def _machines(s: Session, sold_before: dt.date, band_at: dt.date, *, now: bool) -> dict[ModelBand, Decimal]:
    """Machines sold before `sold_before`, by model and their age band on `band_at`."""
    inner = (select(Unit.model_id, band_of(Unit.sale_date, band_at).label("band"))
             .where(Unit.sale_date < sold_before, Unit.status.in_(_statuses(now))).subquery())
    rows = s.execute(select(inner.c.model_id, inner.c.band, func.count()).group_by(inner.c.model_id, inner.c.band))
    return {(model_id, int(band)): Decimal(count) for model_id, band, count in rows}


def _arrivals(s: Session, since: dt.date, start: dt.date, end: dt.date, *, now: bool) -> dict[int, Decimal]:
    """Machine-seasons of the machines sold from `since` until the season's end, by model: one for a machine
    sold before the season, the share of the season it was in the field for one sold during it."""
    rows = s.execute(select(Unit.model_id, Unit.sale_date, func.count())
                     .where(Unit.sale_date >= since, Unit.sale_date < end, Unit.status.in_(_statuses(now)))
                     .group_by(Unit.model_id, Unit.sale_date))
    length = Decimal((end - start).days)
    found: dict[int, Decimal] = defaultdict(Decimal)
    for model_id, sold, count in rows:
        share = Decimal(1) if sold < start else Decimal((end - sold).days) / length
        found[model_id] += share * count
    return found


def _exposure(s: Session, p: PastSeason) -> dict[ModelBand, Decimal]:
    """Machine-seasons in the field during a past season, by model and age band at its start."""
    fleet = _machines(s, p.start, p.start, now=False)
    for model_id, share in _arrivals(s, p.start, p.start, p.end, now=False).items():
        fleet[(model_id, 0)] = fleet.get((model_id, 0), ZERO) + share
    return fleet


def _coming(s: Session, start: dt.date, today: dt.date, latest: PastSeason | None) -> dict[ModelBand, Decimal]:
    """Machines in the field for the coming season: those sold by today, and as many new ones as were sold
    in the same weeks of last year's season (from its planning day to its end)."""
    fleet = _machines(s, today, start, now=True)
    if latest is not None:
        for model_id, share in _arrivals(s, latest.vantage, latest.start, latest.end, now=False).items():
            fleet[(model_id, 0)] = fleet.get((model_id, 0), ZERO) + share
    return fleet


def _statuses(now: bool) -> list[UnitStatus]:
    """In the field now: in service; in a past season: any machine sold (exchanged or refunded later too)."""
    return [UnitStatus.IN_SERVICE] if now else [x for x in UnitStatus if x != UnitStatus.IN_STOCK]


def _repairs(s: Session, p: PastSeason) -> dict[tuple[int, int, int], Decimal]:
    """Parts used in warranty repairs in the season, by (part, model, age band at its start)."""
    inner = (select(ClaimPartLine.part_id, Unit.model_id, band_of(Unit.sale_date, p.start).label("band"),
                    ClaimPartLine.quantity)
             .join(WarrantyClaim, WarrantyClaim.id == ClaimPartLine.claim_id)
             .join(Unit, Unit.id == WarrantyClaim.unit_id)
             .where(WarrantyClaim.repair_date >= p.start, WarrantyClaim.repair_date < p.end,
                    WarrantyClaim.status.not_in(NOT_REPAIRS)).subquery())
    rows = s.execute(select(inner.c.part_id, inner.c.model_id, inner.c.band, func.sum(inner.c.quantity))
                     .group_by(inner.c.part_id, inner.c.model_id, inner.c.band))
    return {(part_id, model_id, int(band)): qty for part_id, model_id, band, qty in rows}


def _stock(s: Session, today: dt.date) -> dict[int, tuple[Decimal, Decimal, Decimal]]:
    """(on hand on `today`, on order, the dealer's minimum) per part: on hand is today's level less whatever
    has moved since."""
    levels = {part_id: (on_hand, on_order, minimum) for part_id, on_hand, on_order, minimum in
              s.execute(select(StockLevel.part_id, StockLevel.on_hand, StockLevel.on_order, StockLevel.minimum))}
    later = s.execute(select(PART_OF_MOVEMENT, func.sum(StockMovement.quantity))
                      .where(StockMovement.moved_on >= today).group_by(PART_OF_MOVEMENT))
    for part_id, moved in later:
        on_hand, on_order, minimum = levels.get(part_id, (ZERO, ZERO, ZERO))
        levels[part_id] = (max(on_hand - moved, ZERO), on_order, minimum)
    return levels


def forecast_season(s: Session, season: Season, year: int, today: dt.date, method: Method | None = None,
                    *, part_ids: set[int] | None = None) -> SeasonForecast:
    """Forecast every active part (or those of `part_ids`) for the season starting in `year`, planned on
    `today` from what was recorded before it."""
    method = method or Method()
    start, end = season_window(season.start_month, season.start_day, season.length_days, year)
    past = past_seasons(s, season, year, today)
    total, other = _history(s, past)
    exposure = {p.year: _exposure(s, p) for p in past}
    repairs = {p.year: _repairs(s, p) for p in past}
    now = _coming(s, start, today, past[0] if past else None)
    stock = _stock(s, today)
    models = {row.id: row for row in s.execute(select(ProductModel.id, ProductModel.code,
                                                      ProductModel.warranty_months,
                                                      ProductModel.main_component_months))}
    latest_sale = dict(s.execute(select(Unit.model_id, func.max(Unit.sale_date))
                                 .where(Unit.sale_date < today, Unit.status == UnitStatus.IN_SERVICE)
                                 .group_by(Unit.model_id)).all())
    under_warranty = {m for m, sold in latest_sale.items()
                      if m in models and add_months(sold, models[m].main_component_months) > start}
    parts = s.execute(select(Part.id, Part.part_no, Part.name, Part.unit, Part.unit_price, Part.pack_size,
                             Part.is_warranty_part, Part.is_wear_part)
                      .where(Part.active.is_(True))).all()
    parts.sort(key=lambda p: p.part_no)  # in Python: ordering by the part number index costs a lookup a row
    if part_ids is not None:
        parts = [p for p in parts if p.id in part_ids]
    classes = {p.id: part_class(p.is_warranty_part, p.is_wear_part) for p in parts}
    fits: dict[int, set[int]] = defaultdict(set)
    for part_id, model_id in s.execute(select(ModelPart.part_id, ModelPart.model_id)):
        if part_id in classes:
            fits[part_id].add(model_id)
    rates = _Rates(past, exposure, repairs, now, classes, fits,
                   {m: r.warranty_months for m, r in models.items()}, other, method.weights)
    years = [p.year for p in past]
    results: list[PartForecast] = []
    for p in parts:
        terms = [FieldTerm(models[m].code, band, units, rate, rate * units, borrowed)
                 for m, band, units, rate, borrowed in rates.terms(p.id) if m in models]
        other_use, units_now = rates.other_use(p.id)
        on_hand, on_order, kept = stock.get(p.id, (ZERO, ZERO, ZERO))
        minimum = max(kept, method.warranty_minimum if classes[p.id] == PartClass.WARRANTY
                      and fits[p.id] & under_warranty else ZERO)
        quantities = line_quantities(
            part_no=p.part_no, history=tuple((y, total.get((p.id, y), ZERO)) for y in years), terms=terms,
            other=other_use, other_units=units_now, minimum=minimum, on_hand=on_hand, on_order=on_order,
            pack_size=p.pack_size, method=method)
        results.append(PartForecast(p.id, p.part_no, p.name, p.unit, classes[p.id], p.unit_price, quantities))
    return SeasonForecast(season.id, year, start, end, past, tuple(results))


class _Rates:
    """Failure and use rates pooled over the past seasons, and the fallbacks for ages and models not seen."""

    def __init__(self, past: tuple[PastSeason, ...], exposure: dict[int, dict[ModelBand, Decimal]],
                 repairs: dict[int, dict[tuple[int, int, int], Decimal]], now: dict[ModelBand, Decimal],
                 classes: dict[int, PartClass], fits: dict[int, set[int]], warranty_months: dict[int, int],
                 other: dict[tuple[int, int], Decimal], weights: tuple[Decimal, ...]) -> None:
        self.now, self.classes, self.warranty_months = now, classes, warranty_months
        self.weight = weight = {p.year: weights[min(n, len(weights) - 1)] for n, p in enumerate(past)}
        self.exposed: dict[ModelBand, Decimal] = defaultdict(Decimal)  # machine-seasons, pooled over the years
        for year, fleet in exposure.items():
            for key, count in fleet.items():
                self.exposed[key] += count * weight[year]
        self.used: dict[tuple[int, int, int], Decimal] = defaultdict(Decimal)
        for year, by_year in repairs.items():
            for key, qty in by_year.items():
                self.used[key] += qty * weight[year]
        self.models_of: dict[int, set[int]] = defaultdict(set)  # fitted, or seen in its repairs
        for part_id, models in fits.items():
            self.models_of[part_id] |= models
        for part_id, model_id, _band in self.used:
            self.models_of[part_id].add(model_id)
        self.fits = fits
        self.seen_models = {m for (m, _b), count in self.exposed.items() if count}
        self.model_units: dict[int, Decimal] = defaultdict(Decimal)
        for (m, _b), count in self.exposed.items():
            self.model_units[m] += count
        self.prior = self._class_prior()
        self._sources: dict[ModelBand, tuple[int | None, bool]] = {}
        self.other_used: dict[int, Decimal] = defaultdict(Decimal)  # paid service and counter sales, pooled
        for (part_id, year), qty in other.items():
            self.other_used[part_id] += qty * weight[year]
        self.other_prior: dict[PartClass, Decimal] = {}

    def _class_prior(self) -> dict[tuple[PartClass, int], Decimal]:
        """Parts used per machine per part of a class, by age band, over the models with a history."""
        slots: dict[tuple[PartClass, int], Decimal] = defaultdict(Decimal)
        per_model: dict[tuple[PartClass, int], int] = defaultdict(int)  # parts of a class fitting a model
        for part_id, models in self.fits.items():
            for m in models:
                per_model[(self.classes[part_id], m)] += 1
        for (m, band), count in self.exposed.items():
            for c in PartClass:
                slots[(c, band)] += count * per_model.get((c, m), 0)
        used: dict[tuple[PartClass, int], Decimal] = defaultdict(Decimal)
        for (part_id, m, band), qty in self.used.items():
            if part_id in self.classes and m in self.seen_models:
                used[(self.classes[part_id], band)] += qty
        return {key: used[key] / n for key, n in slots.items() if n}

    def terms(self, part_id: int) -> list[tuple[int, int, Decimal, Decimal, bool]]:
        """(model, band, machines now, parts per machine, borrowed) for each age of each model it fits."""
        found = []
        for m in sorted(self.models_of.get(part_id, ())):
            for band in BANDS:
                units = self.now.get((m, band), ZERO)
                if not units:
                    continue
                rate, borrowed = self._rate(part_id, m, band)
                if rate:
                    found.append((m, band, units, rate, borrowed))
        return found

    def _rate(self, part_id: int, m: int, band: int) -> tuple[Decimal, bool]:
        source = self._sources.get((m, band))
        if source is None:
            source = self._sources[(m, band)] = self._source(m, band)
        b, borrowed = source
        if b is None:
            return ZERO, borrowed
        if borrowed:
            return self.prior.get((self.classes.get(part_id, PartClass.OTHER), b), ZERO), True
        return self.used.get((part_id, m, b), ZERO) / self.exposed[(m, b)], False

    def _source(self, m: int, band: int) -> tuple[int | None, bool]:
        """Whose rate machines of model `m` in age `band` take: (band, borrowed from the class average)."""
        if m not in self.seen_models:  # a new model: no machine of it was in the field in past seasons
            for b in range(band, -1, -1):
                if any((c, b) in self.prior for c in PartClass):
                    return b, True
            return None, True
        for b in range(band, -1, -1):
            # An age the model has not reached before fails like the oldest age seen, while in warranty.
            if b < band and band * BAND_DAYS >= self.warranty_months.get(m, 0) * 30.4:
                return None, False
            if self.exposed.get((m, b), ZERO):
                return b, False
        return None, False

    def other_use(self, part_id: int) -> tuple[Decimal, Decimal]:
        """(paid service and counter sales expected, machines now of the models it fits)."""
        models = self.fits.get(part_id, set())
        units_now = sum((self.now.get((m, b), ZERO) for m in models for b in BANDS), ZERO)
        used = self.other_used.get(part_id, ZERO)
        exposed = sum((self.model_units.get(m, ZERO) for m in models), ZERO)
        if exposed:
            return used / exposed * units_now, units_now
        if used:
            return used / sum(self.weight.values()), units_now
        if models and not models & self.seen_models:
            return self._other_prior(self.classes.get(part_id, PartClass.OTHER)) * units_now, units_now
        return ZERO, units_now

    def _other_prior(self, c: PartClass) -> Decimal:
        """Other use per machine per part of a class, over the parts of models with a history."""
        if c not in self.other_prior:
            used = sum((q for p, q in self.other_used.items() if self.classes.get(p) == c and self.fits.get(p)),
                       ZERO)
            exposed = sum((self.model_units.get(m, ZERO) for p, models in self.fits.items()
                           if self.classes.get(p) == c for m in models), ZERO)
            self.other_prior[c] = used / exposed if exposed else ZERO
        return self.other_prior[c]
