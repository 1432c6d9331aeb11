"""The forecast worked out by hand for one part: plain loops over every row, the method as written in
app/services/plans/method.py and forecast.py, none of their code (only the domain's date rules and the
Poisson quantile, tested on their own). The service's GROUP BY queries must agree with it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from sqlalchemy import select

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
from app.domain.enums import ClaimStatus, StockMovementKind, UnitStatus
from app.domain.reserve import age_band
from app.services.database import Database
from app.services.plans.method import poisson_quantile

USE = {StockMovementKind.CLAIM, StockMovementKind.PAID_ORDER, StockMovementKind.COUNTER_SALE}
ZERO = Decimal(0)


@dataclass(frozen=True)
class ByHand:
    history: list[tuple[int, Decimal]]
    repairs: Decimal
    other: Decimal
    forecast: Decimal
    minimum: Decimal
    target: Decimal
    suggested: Decimal


def _class(part: Part) -> str:
    return "wear" if part.is_wear_part else ("warranty" if part.is_warranty_part else "other")


def by_hand(db: Database, part_no: str, season_code: str, year: int, today: dt.date) -> ByHand:
    with db.sessions() as s:
        season = s.scalar(select(Season).where(Season.code == season_code))
        part = s.scalar(select(Part).where(Part.part_no == part_no))
        assert season is not None and part is not None
        parts = {p.id: p for p in s.scalars(select(Part).where(Part.active.is_(True)))}
        fits: dict[int, set[int]] = {}
        for mp in s.scalars(select(ModelPart)):
            fits.setdefault(mp.part_id, set()).add(mp.model_id)
        models = {m.id: m for m in s.scalars(select(ProductModel))}
        units = list(s.scalars(select(Unit)))
        moves = list(s.scalars(select(StockMovement)))
        claims = {c.id: c for c in s.scalars(select(WarrantyClaim))}
        lines = list(s.scalars(select(ClaimPartLine)))
        level = s.get(StockLevel, part.id)

        def window(y: int) -> tuple[dt.date, dt.date]:
            start = dt.date(y, season.start_month, season.start_day)
            return start, start + dt.timedelta(days=season.length_days)

        first = min([m.moved_on for m in moves if m.kind in USE] + [c.repair_date for c in claims.values()])
        start, _end = window(year)
        lead = start - today
        past = [y for y in (year - 1, year - 2, year - 3) if first <= window(y)[0] and window(y)[1] <= today]
        unit_of = {u.id: u for u in units}

        def exposure(y: int) -> dict[tuple[int, int], Decimal]:
            w_start, w_end = window(y)
            found: dict[tuple[int, int], Decimal] = {}
            for u in units:
                if u.status == UnitStatus.IN_STOCK or u.sale_date >= w_end:
                    continue
                if u.sale_date < w_start:
                    key, share = (u.model_id, age_band(u.sale_date, w_start)), Decimal(1)
                else:
                    key, share = (u.model_id, 0), Decimal((w_end - u.sale_date).days) / Decimal((w_end - w_start).days)
                found[key] = found.get(key, ZERO) + share
            return found

        exposed: dict[tuple[int, int], Decimal] = {}
        for y in past:
            for key, share in exposure(y).items():
                exposed[key] = exposed.get(key, ZERO) + share
        now: dict[tuple[int, int], Decimal] = {}
        for u in units:
            if u.status == UnitStatus.IN_SERVICE and u.sale_date < today:
                key = (u.model_id, age_band(u.sale_date, start))
                now[key] = now.get(key, ZERO) + 1
        if past:  # new machines expected: as many as from last year's planning day to its season's end
            w_start, w_end = window(past[0])
            for u in units:
                if u.status != UnitStatus.IN_STOCK and w_start - lead <= u.sale_date < w_end:
                    share = Decimal(1) if u.sale_date < w_start else \
                        Decimal((w_end - u.sale_date).days) / Decimal((w_end - w_start).days)
                    now[(u.model_id, 0)] = now.get((u.model_id, 0), ZERO) + share

        used: dict[tuple[int, int, int], Decimal] = {}
        for line in lines:
            claim = claims[line.claim_id]
            if claim.status in (ClaimStatus.CANCELLED, ClaimStatus.REWORKED):
                continue
            for y in past:
                w_start, w_end = window(y)
                if w_start <= claim.repair_date < w_end:
                    unit = unit_of[claim.unit_id]
                    key = (line.part_id, unit.model_id, age_band(unit.sale_date, w_start))
                    used[key] = used.get(key, ZERO) + line.quantity
        seen = {m for (m, _b), n in exposed.items() if n}

        def prior(c: str, band: int) -> Decimal | None:
            slots = ZERO
            for (m, b), n in exposed.items():
                if b == band:
                    slots += n * sum(1 for p, ms in fits.items() if p in parts and m in ms and _class(parts[p]) == c)
            if not slots:
                return None
            total = sum((q for (p, m, b), q in used.items()
                         if b == band and m in seen and p in parts and _class(parts[p]) == c), ZERO)
            return total / slots

        repairs = ZERO
        for m in sorted(fits.get(part.id, set()) | {m for (p, m, _b) in used if p == part.id}):
            for band in range(4):
                units_now = now.get((m, band), ZERO)
                if not units_now:
                    continue
                rate = ZERO
                if m not in seen:
                    for b in range(band, -1, -1):
                        value = prior(_class(part), b)
                        if value is not None:
                            rate = value
                            break
                else:
                    for b in range(band, -1, -1):
                        if b < band and band * 365 >= models[m].warranty_months * 30.4:
                            break
                        if exposed.get((m, b)):
                            rate = used.get((part.id, m, b), ZERO) / exposed[(m, b)]
                            break
                repairs += rate * units_now

        history = []
        other_used = ZERO
        for y in past:
            w_start, w_end = window(y)
            total = other = ZERO
            for m in moves:
                if m.part_id == part.id and m.kind in USE and w_start <= m.moved_on < w_end:
                    total -= m.quantity
                    if m.kind != StockMovementKind.CLAIM:
                        other -= m.quantity
            history.append((y, total))
            other_used += other
        fitted = fits.get(part.id, set())
        units_fitted = sum((now.get((m, b), ZERO) for m in fitted for b in range(4)), ZERO)
        exposed_fitted = sum((n for (m, _b), n in exposed.items() if m in fitted), ZERO)
        if exposed_fitted:
            other_use = other_used / exposed_fitted * units_fitted
        elif other_used:
            other_use = other_used / len(past)
        elif fitted and not fitted & seen:  # a new model: other use like other models' parts of its class
            same = [p for p in fits if p in parts and _class(parts[p]) == _class(part)]
            use = ZERO
            for p in same:
                for y in past:
                    w_start, w_end = window(y)
                    use -= sum((m.quantity for m in moves if m.part_id == p and m.kind in USE - {
                        StockMovementKind.CLAIM} and w_start <= m.moved_on < w_end), ZERO)
            slots = sum((n for p in same for (m, _b), n in exposed.items() if m in fits[p]), ZERO)
            other_use = use / slots * units_fitted if slots else ZERO
        else:
            other_use = ZERO

        forecast = (repairs + other_use).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        latest = {}
        for u in units:
            if u.status == UnitStatus.IN_SERVICE and u.sale_date < today:
                latest[u.model_id] = max(latest.get(u.model_id, u.sale_date), u.sale_date)
        under_warranty = any(add_months(latest[m], models[m].main_component_months) > start
                             for m in fitted if m in latest)
        minimum = max(level.minimum if level else ZERO,
                      Decimal(1) if _class(part) == "warranty" and under_warranty else ZERO)
        target = max(Decimal(poisson_quantile(float(forecast), 0.9)), minimum)
        on_hand = (level.on_hand if level else ZERO) - sum((m.quantity for m in moves
                                                            if m.part_id == part.id and m.moved_on >= today), ZERO)
        need = target - max(on_hand, ZERO) - (level.on_order if level else ZERO)
        suggested = (need / part.pack_size).to_integral_value(ROUND_CEILING) * part.pack_size if need > 0 else ZERO
        return ByHand(history, repairs, other_use, forecast, minimum, target, suggested)
