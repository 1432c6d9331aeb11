"""The demo dealer's stock beyond claims and paid orders: recent counter sales with their customers,
delivery lists received, returns to the factory of each reason, and emergency orders of claims that waited
for parts; and the records behind the counter sales and deliveries earlier steps wrote only as movements.

Runs after downstream.add_stock and seasonal.add_counter_sales and keeps their promise that a part's
movements add up to its on hand: what goes out here is added to the part's opening balance (so the
running balance never dips below zero) and what comes in is added to on hand.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from app.domain.enums import ClaimStatus, StockMovementKind
from app.domain.money import to_money
from app.domain.numbers import format_number
from app.domain.stock import ReturnReason, freight_rule
from app.services.demo import catalogue as cat
from app.services.demo.claims import ClaimInfo
from app.services.demo.people import PartInfo
from app.services.demo.rows import DemoRows, stamp

OPENING = "期初库存"  # the reference downstream.add_stock gives the opening balance
RETURNS = (  # days ago, reason, note, restoration labour
    (210, ReturnReason.QUALITY, "批次质量问题，厂家通知退回", "0"),
    (130, ReturnReason.DISMANTLED, "拆件用于应急维修，已恢复包装", "80.00"),
    (45, ReturnReason.OTHER, "机型停产，两个作业期未售出", "0"),
    (6, ReturnReason.QUALITY, "开箱发现裂纹", "0"),
)
DELIVERIES = (78, 41, 9)  # days ago a signed delivery list was received
RECENT_SALES = 24  # over the last two months; the seasonal history is seasonal.add_counter_sales's


def add_stock_flow(d: DemoRows, parts: list[PartInfo], claims: list[ClaimInfo]) -> None:
    """Counter sales, deliveries, factory returns and emergency orders, after add_stock."""
    out: dict[int, Decimal] = defaultdict(Decimal)  # taken off stock here, per part
    came_in: dict[int, Decimal] = defaultdict(Decimal)  # added to stock here, per part
    wear = [p for p in parts if p.template.wear]
    _counter_sales(d, wear, RECENT_SALES, out)
    _deliveries(d, wear, came_in)
    _factory_returns(d, parts, out)
    _emergency_orders(d, claims, came_in)
    _balance(d, out, came_in)
    _records_of_movements(d, {p.id: p for p in parts})


def _movement(d: DemoRows, part_id: int, day: dt.date, kind: StockMovementKind, quantity: Decimal, reference: str,
              reason: str = "", by: str = "刘燕", claim_id: int | None = None) -> None:
    d.add("stock_movements", {"part_id": part_id, "moved_on": day, "kind": kind, "quantity": quantity,
                              "reference": reference, "reason": reason, "claim_id": claim_id, "recorded_by": by})


def _counter_sales(d: DemoRows, wear: list[PartInfo], count: int, out: dict[int, Decimal]) -> None:
    start = d.today - dt.timedelta(days=60)
    for _ in range(count):
        part = d.rng.choice(wear)
        day = d.days_between(start, d.today)
        quantity = Decimal(d.rng.randint(1, 3))
        price = part.price_on(day)
        number = format_number("counter_sale", day.year, d.next_number("counter_sale", day.year))
        customer = (d.rng.choice(cat.SURNAMES) + d.rng.choice(cat.GIVEN_CHARS)) if d.chance(0.6) else ""
        d.add("counter_sales", stamp({"sale_no": number, "part_id": part.id, "quantity": quantity,
                                      "unit_price": price, "amount": to_money(price * quantity), "customer": customer,
                                      "sold_on": day, "recorded_by": "赵敏"}, d.at(day, 10)))
        _movement(d, part.id, day, StockMovementKind.COUNTER_SALE, -quantity, number, customer, by="赵敏")
        out[part.id] += quantity


def _deliveries(d: DemoRows, wear: list[PartInfo], came_in: dict[int, Decimal]) -> None:
    for n, days_ago in enumerate(DELIVERIES, start=1):
        day = d.today - dt.timedelta(days=days_ago)
        number = f"XF{day.year}-{300 + n * 17:04d}"  # the factory's numbers, not the dealer's sequence
        lines = d.rng.sample(wear, min(len(wear), d.rng.randint(4, 8)))
        d.add("stock_deliveries", stamp({"delivery_no": number, "received_on": day, "line_count": len(lines),
                                         "file_name": f"{number}.xlsx", "recorded_by": "刘燕"}, d.at(day, 15)))
        for part in lines:
            quantity = Decimal(part.template.pack_size * d.rng.randint(1, 3))
            _movement(d, part.id, day, StockMovementKind.RECEIPT, quantity, number)
            came_in[part.id] += quantity


def _factory_returns(d: DemoRows, parts: list[PartInfo], out: dict[int, Decimal]) -> None:
    for days_ago, reason, note, labour in RETURNS:
        day = d.today - dt.timedelta(days=days_ago)
        part = d.rng.choice(parts)
        quantity = Decimal(d.rng.randint(1, 2))
        rule = freight_rule(reason)
        number = format_number("factory_return", day.year, d.next_number("factory_return", day.year))
        d.add("factory_returns", stamp({"return_no": number, "part_id": part.id, "quantity": quantity,
                                        "reason": reason.value, "freight_payer": rule.freight_payer.value,
                                        "restoration_labour": Decimal(labour), "returned_on": day, "note": note},
                                       d.at(day, 14)))
        _movement(d, part.id, day, StockMovementKind.FACTORY_RETURN, -quantity, number, f"{reason.value}: {note}")
        out[part.id] += quantity


def _emergency_orders(d: DemoRows, claims: list[ClaimInfo], came_in: dict[int, Decimal]) -> None:
    """Claims that waited two days or more got their causal part by emergency order, received on the repair
    day; a few recent drafts still wait for a part the dealer has none of."""
    rows = {row["id"]: row for row in d.tables["warranty_claims"]}
    levels = {row["part_id"]: row for row in d.tables["stock_levels"]}
    waited = [c for c in claims if c.part_lines and rows[c.id]["parts_wait_days"] >= 2
              and c.status not in (ClaimStatus.DRAFT, ClaimStatus.CANCELLED)]
    for claim in sorted(waited, key=lambda c: c.repair_date)[-8:]:
        _, part, quantity = claim.part_lines[0]
        days = rows[claim.id]["parts_wait_days"]
        ordered, received = claim.repair_date - dt.timedelta(days=days), claim.repair_date
        number = _emergency(d, claim, part, quantity, ordered, received)
        _movement(d, part.id, received, StockMovementKind.RECEIPT, quantity, number, f"emergency order {number}")
        came_in[part.id] += quantity
    recent = d.today - dt.timedelta(days=14)
    waiting = [c for c in claims if c.status == ClaimStatus.DRAFT and c.repair_date >= recent and c.part_lines
               and not c.part_lines[0][1].template.wear  # wear parts come with the season's deliveries
               and levels[c.part_lines[0][1].id]["on_hand"] < c.part_lines[0][2]]
    for claim in waiting[:3]:
        _, part, quantity = claim.part_lines[0]
        ordered = max(claim.repair_date - dt.timedelta(days=1), recent)
        _emergency(d, claim, part, quantity, ordered, None)
        levels[part.id]["on_order"] += quantity


def _emergency(d: DemoRows, claim: ClaimInfo, part: PartInfo, quantity: Decimal, ordered: dt.date,
               received: dt.date | None) -> str:
    number = format_number("emergency_order", ordered.year, d.next_number("emergency_order", ordered.year))
    d.add("emergency_orders", stamp({"order_no": number, "claim_id": claim.id, "part_id": part.id,
                                     "quantity": quantity, "ordered_on": ordered, "received_on": received,
                                     "reference": "", "note": "", "recorded_by": "刘燕"}, d.at(ordered, 11)))
    return number


def _balance(d: DemoRows, out: dict[int, Decimal], came_in: dict[int, Decimal]) -> None:
    levels = {row["part_id"]: row for row in d.tables["stock_levels"]}
    openings: dict[int, dict[str, Any]] = {
        m["part_id"]: m for m in d.tables["stock_movements"]
        if m["kind"] == StockMovementKind.IMPORT and m["reference"] == OPENING}
    opening_day = min((m["moved_on"] for m in openings.values()), default=d.today - dt.timedelta(days=3 * 365 + 10))
    for part_id, quantity in out.items():
        if part_id in openings:
            openings[part_id]["quantity"] += quantity
        else:
            _movement(d, part_id, opening_day, StockMovementKind.IMPORT, quantity, OPENING, by="王建国")
    for part_id, quantity in came_in.items():
        levels[part_id]["on_hand"] += quantity


def _records_of_movements(d: DemoRows, parts: dict[int, PartInfo]) -> None:
    """A counter sale or a delivery list that is only a movement gets its record (sale, delivery), so lists
    and the duplicate-delivery check see the whole history."""
    sales = {row["sale_no"] for row in d.tables["counter_sales"]}
    delivered = {row["delivery_no"] for row in d.tables["stock_deliveries"]}
    emergency = {row["order_no"] for row in d.tables["emergency_orders"]}
    lists: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in d.tables["stock_movements"]:
        if m["kind"] == StockMovementKind.COUNTER_SALE and m["reference"] not in sales:
            day, quantity, part = m["moved_on"], -m["quantity"], parts.get(m["part_id"])
            price = part.price_on(day) if part is not None else Decimal(0)
            d.add("counter_sales", stamp({"sale_no": m["reference"], "part_id": m["part_id"], "quantity": quantity,
                                          "unit_price": price, "amount": to_money(price * quantity),
                                          "customer": m["reason"], "sold_on": day, "recorded_by": m["recorded_by"]},
                                         d.at(day, 10)))
            sales.add(m["reference"])
        elif (m["kind"] == StockMovementKind.RECEIPT and m["reference"] not in delivered
              and m["reference"] not in emergency):
            lists[m["reference"]].append(m)
    for number, lines in lists.items():
        day = min(m["moved_on"] for m in lines)
        d.add("stock_deliveries", stamp({"delivery_no": number, "received_on": day, "line_count": len(lines),
                                         "file_name": "", "recorded_by": lines[0]["recorded_by"]}, d.at(day, 15)))
