"""The demo dealer's year follows Shandong's farming seasons: machines fail when they work, and farmers
buy wear parts over the counter before and during the season, more of them as more machines are sold.
The dealer restocks from the factory shortly before each season (a delivery list, 销售发货清单).

Everything here draws from the demo's one seeded generator, so the same seed gives the same dealer.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from decimal import Decimal
from typing import Any

from app.domain.enums import MachineCategory, StockMovementKind
from app.domain.numbers import format_number
from app.services.demo import catalogue as cat
from app.services.demo.people import PartInfo, UnitInfo
from app.services.demo.rows import DemoRows

# How hard each kind of machine works, month by month (10 = the busiest month). Spring ploughing and
# sowing in March–April, the wheat harvest (三夏) from late May, rice transplanting in May–June, the
# maize harvest and wheat sowing (三秋) from mid-September.
WORK_MONTHS: dict[MachineCategory, tuple[int, ...]] = {  # January … December
    MachineCategory.TRACTOR: (3, 4, 10, 9, 6, 6, 4, 4, 6, 10, 5, 3),
    MachineCategory.COMBINE_HARVESTER: (1, 1, 2, 3, 7, 10, 3, 3, 9, 10, 3, 1),
    MachineCategory.RICE_TRANSPLANTER: (1, 1, 2, 4, 10, 10, 3, 1, 1, 1, 1, 1),
    MachineCategory.ENGINE: (4, 4, 7, 7, 7, 7, 5, 5, 7, 7, 5, 4),
    MachineCategory.OTHER: (5,) * 12,
}

# Parts farmers buy over the counter: parts per machine of the model per week in the busiest month,
# and the quantity one sale is counted in (litres of oil come by the 4-litre can).
COUNTER_PARTS: dict[str, tuple[float, int]] = {
    "机油滤清器": (0.010, 1), "燃油滤清器": (0.009, 1), "空气滤芯": (0.005, 1), "V 带": (0.004, 1),
    "油封": (0.006, 1), "密封垫": (0.005, 1), "离合器片": (0.002, 1), "制动蹄片": (0.003, 1),
    "割刀组件": (0.002, 1), "动刀片": (0.040, 5), "脱粒滚筒纹杆": (0.003, 1), "输送链条": (0.002, 1),
    "秧针": (0.030, 5), "送秧皮带": (0.004, 1), "蓄电池": (0.002, 1), "前照灯": (0.002, 1),
    "柴油机油 15W-40": (0.030, 4),
}


def repair_day(d: DemoRows, unit: UnitInfo, span_days: int) -> dt.date:
    """A day within `span_days` of the sale on which the machine broke down: likelier when it works hard."""
    weights = WORK_MONTHS[unit.model.category]
    top = max(weights)
    day = unit.sale_date
    for _attempt in range(60):
        day = unit.sale_date + dt.timedelta(days=d.rng.randint(0, max(span_days, 0)))
        if d.rng.random() * top < weights[day.month - 1]:
            return day
    return day


def _poisson(d: DemoRows, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:  # a normal approximation is close enough, and quick
        return max(0, round(d.rng.gauss(mean, math.sqrt(mean))))
    limit, k, product = math.exp(-mean), 0, d.rng.random()
    while product > limit:
        k += 1
        product *= d.rng.random()
    return k


def add_counter_sales(d: DemoRows, units: list[UnitInfo], parts_by_family: dict[str, list[PartInfo]]) -> None:
    """Counter sales week by week, as many as the machines of each model in the field and the season call for,
    and the deliveries that restock them before each season. Stock on hand grows by what whole packs left
    over, so the movements still add up to it."""
    sold: dict[str, list[dt.date]] = defaultdict(list)
    for unit in units:
        sold[unit.model.code].append(unit.sale_date)
    first = d.today - dt.timedelta(days=3 * 365)
    weeks = [first + dt.timedelta(days=7 * n) for n in range((d.today - first).days // 7)]
    sales: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    infos: dict[int, PartInfo] = {}
    for model in cat.MODELS:
        dates = sorted(sold.get(model.code, []))
        work = WORK_MONTHS[model.category]
        for part in parts_by_family.get(model.family, []):
            rate, lot = COUNTER_PARTS.get(part.template.name, (0.0, 1))
            if not rate:
                continue
            infos[part.id] = part
            for week in weeks:
                machines = bisect.bisect_left(dates, week)
                count = _poisson(d, rate * machines * work[week.month - 1] / 10 / lot)
                if count:
                    day = week + dt.timedelta(days=d.rng.randint(0, 6))
                    sales[part.id].append((min(day, d.today - dt.timedelta(days=1)), Decimal(count * lot)))
    _book(d, sales, infos, first)


def _restock_days(first: dt.date, last: dt.date) -> list[dt.date]:
    """The day stock first came in, then ten days before each season starts."""
    days = {first}
    for year in range(first.year, last.year + 1):
        for _code, _name, month, day, _length in cat.SEASONS:
            restock = dt.date(year, month, day) - dt.timedelta(days=10)
            if first < restock <= last:
                days.add(restock)
    return sorted(days)


def _book(d: DemoRows, sales: dict[int, list[tuple[dt.date, Decimal]]], infos: dict[int, PartInfo],
          first: dt.date) -> None:
    restocks = _restock_days(first - dt.timedelta(days=1), d.today)
    levels: dict[int, dict[str, Any]] = {row["part_id"]: row for row in d.tables["stock_levels"]}
    movements: list[dict[str, Any]] = []
    delivered: dict[dt.date, str] = {}
    everything = sorted((day, part_id, qty) for part_id, lines in sales.items() for day, qty in lines)
    for day, part_id, qty in everything:  # numbered in the order they were sold
        sale_no = format_number("counter_sale", day.year, d.next_number("counter_sale", day.year))
        movements.append({"part_id": part_id, "moved_on": day, "kind": StockMovementKind.COUNTER_SALE,
                          "quantity": -qty, "reference": sale_no, "reason": "", "claim_id": None,
                          "recorded_by": "赵敏"})
    for part_id, lines in sorted(sales.items()):
        pack = infos[part_id].template.pack_size
        due: dict[dt.date, Decimal] = defaultdict(Decimal)
        for day, qty in lines:
            due[restocks[bisect.bisect_right(restocks, day) - 1]] += qty
        received = Decimal(0)
        for day, qty in sorted(due.items()):
            packs = math.ceil(qty / pack) * pack  # the factory ships whole packs
            received += packs - qty
            number = delivered.setdefault(day, f"FH{day:%Y%m%d}{len(delivered) + 1:02d}")
            movements.append({"part_id": part_id, "moved_on": day, "kind": StockMovementKind.RECEIPT,
                              "quantity": Decimal(packs), "reference": number, "reason": "",
                              "claim_id": None, "recorded_by": "刘燕"})
        level = levels.get(part_id)
        if level is not None:
            level["on_hand"] += received
    movements.sort(key=lambda m: (m["moved_on"], m["kind"] != StockMovementKind.RECEIPT))
    for movement in movements:
        d.add("stock_movements", movement)
