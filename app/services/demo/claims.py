"""Service-log entries, warranty claims with their lines, and paid service orders."""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.enums import AttachmentKind, ClaimStatus, PaidOrderStatus, ServiceChannel, ServiceEntryStatus
from app.domain.money import line_amount, to_money
from app.domain.numbers import format_number
from app.services.demo import catalogue as cat
from app.services.demo import seasonal
from app.services.demo.people import PartInfo, UnitInfo
from app.services.demo.rows import DEMO_PHOTO, DEMO_PHOTO_SHA256, DemoRows, stamp

CHANNEL_WEIGHTS = [
    (ServiceChannel.PHONE, 60), (ServiceChannel.VISIT, 15), (ServiceChannel.HEAD_OFFICE, 12),
    (ServiceChannel.ONLINE, 8), (ServiceChannel.LETTER, 2), (ServiceChannel.COMPLAINT, 3),
]
TRAVEL_RATE = Decimal("1.50")


@dataclass
class ClaimInfo:
    id: int
    claim_no: str
    unit: UnitInfo
    status: ClaimStatus
    repair_date: dt.date
    approved_at: dt.datetime | None
    total: Decimal
    part_lines: list[tuple[int, PartInfo, Decimal]] = field(default_factory=list)  # (line id, part, qty)
    batch_key: tuple[int, int] | None = None  # (year, month) of approval, for batching


def _status_for(d: DemoRows, age_days: int) -> ClaimStatus:
    r = d.rng.random()
    if age_days > 120:
        table = [(0.84, ClaimStatus.SETTLED_APPROVED), (0.93, ClaimStatus.SETTLED_PARTIAL),
                 (0.97, ClaimStatus.REJECTED), (0.985, ClaimStatus.CANCELLED), (1.0, ClaimStatus.REWORKED)]
    elif age_days > 45:
        table = [(0.88, ClaimStatus.IN_BATCH), (0.96, ClaimStatus.APPROVED), (1.0, ClaimStatus.CANCELLED)]
    elif age_days > 14:
        table = [(0.55, ClaimStatus.APPROVED), (0.75, ClaimStatus.READY), (0.95, ClaimStatus.DRAFT),
                 (1.0, ClaimStatus.CANCELLED)]
    else:
        table = [(0.5, ClaimStatus.DRAFT), (0.8, ClaimStatus.READY), (1.0, ClaimStatus.APPROVED)]
    return next(status for limit, status in table if r < limit)


PASSED_CHECKS = {ClaimStatus.READY, ClaimStatus.APPROVED, ClaimStatus.IN_BATCH, ClaimStatus.SETTLED_APPROVED,
                 ClaimStatus.SETTLED_PARTIAL}


def _consistent(status: ClaimStatus, unit: UnitInfo, repair: dt.date, today: dt.date) -> ClaimStatus:
    """A claim outside warranty, or on a unit whose card came too late, never passed the checks: it is
    still a draft, or head office rejected it."""
    if status == ClaimStatus.REWORKED and not unit.covered(repair):
        return ClaimStatus.REJECTED  # nothing to rework: head office's rejection stands
    if status in PASSED_CHECKS and not unit.covered(repair):
        return ClaimStatus.DRAFT if (today - repair).days <= 45 else ClaimStatus.REJECTED
    return status


def _service_entry(d: DemoRows, unit: UnitInfo, received: dt.datetime, problem: str, closes: bool) -> int:
    channel = d.rng.choices([c for c, _ in CHANNEL_WEIGHTS], weights=[w for _, w in CHANNEL_WEIGHTS])[0]
    year = received.year
    arranged = received + dt.timedelta(minutes=d.rng.randint(5, 110) if d.chance(0.93) else d.rng.randint(121, 600))
    arranged = min(arranged, d.now)
    # Only recent calls are still open: a station does not leave old ones lying about.
    still_open = not closes and d.now - received < dt.timedelta(days=10) and d.chance(0.6)
    closed = None if still_open else min(arranged + dt.timedelta(hours=d.rng.randint(3, 72)), d.now)
    status = ServiceEntryStatus.CLOSED if closed else ServiceEntryStatus.ARRANGED
    return d.add("service_log", stamp({
        "entry_no": format_number("service", year, d.next_number("service", year)), "channel": channel,
        "status": status, "received_at": received, "customer_id": unit.customer_id, "unit_id": unit.id,
        "caller_name": "", "caller_phone": "", "problem": problem, "arranged_at": arranged,
        "arranged_for": arranged + dt.timedelta(hours=d.rng.randint(2, 20)),
        "technician": d.rng.choice(cat.TECHNICIANS),
        "customer_informed_at": arranged, "reported_at": min(arranged + dt.timedelta(minutes=30), d.now),
        "closed_at": closed, "result": "已修复，用户满意" if closed else "", "is_maintenance_reminder": False,
    }, received))


def _pick_parts(d: DemoRows, parts: list[PartInfo], causal_name: str) -> list[tuple[PartInfo, Decimal, bool]]:
    causal = next((p for p in parts if p.template.name in causal_name), None)
    if causal is None:
        causal = d.rng.choices(parts, weights=[p.template.failure_weight for p in parts])[0]
    chosen = [(causal, Decimal(1), True)]
    wear = [p for p in parts if p.template.wear and p is not causal]
    for extra in d.rng.sample(wear, k=min(len(wear), d.rng.choice((0, 0, 1, 2)))):
        qty = Decimal(d.rng.randint(1, 4)) if extra.template.unit != "升" else Decimal(d.rng.choice((4, 8, 18)))
        chosen.append((extra, qty, False))
    return chosen


def add_claims(d: DemoRows, units: list[UnitInfo], parts_by_family: dict[str, list[PartInfo]],
               count: int) -> list[ClaimInfo]:
    # A unit fails in proportion to the days it has spent in warranty so far, so claims spread over three
    # years as the machines in the field do; within that time, in the months it works hardest.
    spans = [min((d.today - u.sale_date).days, int(u.model.warranty_months * 30.4 * 1.05)) for u in units]
    cum = list(itertools.accumulate(max(span, 1) for span in spans))
    picks = sorted(d.rng.choices(range(len(units)), cum_weights=cum, k=count),
                   key=lambda i: units[i].sale_date)
    drafts: list[tuple[dt.date, UnitInfo]] = []
    for i in picks:
        unit = units[i]
        drafts.append((seasonal.repair_day(d, unit, spans[i]), unit))
    drafts.sort(key=lambda item: item[0])  # numbers follow the repair dates
    statuses = [_consistent(_status_for(d, (d.today - repair).days), unit, repair, d.today)
                for repair, unit in drafts]
    # A reworked claim brings a second revision; drop as many other claims so the total is `count`.
    reworked = sum(1 for s in statuses if s == ClaimStatus.REWORKED)
    others = [i for i, s in enumerate(statuses) if s != ClaimStatus.REWORKED]
    dropped = set(d.rng.sample(others, k=min(reworked, len(others))))
    claims: list[ClaimInfo] = []
    for i, (repair, unit) in enumerate(drafts):
        if i not in dropped:
            claims.append(_add_claim(d, unit, repair, parts_by_family[unit.model.family], statuses[i]))
    return claims


def _add_claim(d: DemoRows, unit: UnitInfo, repair: dt.date, parts: list[PartInfo],
               status: ClaimStatus) -> ClaimInfo:
    fitting = cat.FAMILY_FITS[unit.model.category]
    complaint, cause, correction, fault, _fits = d.rng.choice([c for c in cat.COMPLAINTS if c[4] in fitting])
    failure = max(unit.sale_date, repair - dt.timedelta(days=d.rng.randint(0, 3)))
    entry_id = None
    if d.chance(0.35):
        entry_id = _service_entry(d, unit, d.at(failure, d.rng.randint(7, 18), d.rng.randint(0, 59)), complaint,
                                  closes=status != ClaimStatus.DRAFT)
    year = repair.year
    claim_no = format_number("claim", year, d.next_number("claim", year))
    claim_id = len(d.tables["warranty_claims"]) + 1
    rate = Decimal(unit.model.labour_rate)
    labour_total = Decimal(0)
    over_flat_rate = False
    operations = [op for op in cat.LABOUR_OPERATIONS if op[3] in fitting]
    for line_no, (op, desc, flat, _fits) in enumerate(d.rng.sample(operations, k=d.rng.choice((1, 1, 2))), 1):
        flat_h = Decimal(flat)
        actual = to_money(flat_h * Decimal(d.rng.choice(("0.8", "0.9", "1.0", "1.0", "1.0", "1.1", "1.25"))))
        amount = line_amount(actual, rate)
        labour_total += amount
        over_flat_rate = over_flat_rate or actual > flat_h
        d.add("claim_labour_lines", {"claim_id": claim_id, "line_no": line_no, "operation_code": op,
                                     "description": desc, "flat_rate_hours": flat_h, "actual_hours": actual,
                                     "hourly_rate": rate, "amount": amount})
    info = ClaimInfo(claim_id, claim_no, unit, status, repair, None, Decimal(0))
    parts_total = Decimal(0)
    for line_no, (part, qty, causal) in enumerate(_pick_parts(d, parts, cause + correction), 1):
        price = part.price_on(repair)
        amount = line_amount(qty, price)
        parts_total += amount
        is_main = part.template.main_component
        line_id = d.add("claim_part_lines", {
            "claim_id": claim_id, "line_no": line_no, "part_id": part.id, "quantity": qty, "unit_price": price,
            "amount": amount, "is_causal": causal, "retain": part.template.must_return,
            "old_serial_no": f"OLD{d.rng.randint(100000, 999999)}" if is_main else "",
            "new_serial_no": f"NEW{d.rng.randint(100000, 999999)}" if is_main else "",
        })
        info.part_lines.append((line_id, part, qty))
    if status not in (ClaimStatus.DRAFT, ClaimStatus.CANCELLED) and any(
            part.template.photo for _line, part, _qty in info.part_lines):
        d.add("claim_attachments", {"claim_id": claim_id, "kind": AttachmentKind.PHOTO,
                                    "file_name": f"{claim_no}-1.png", "mime_type": "image/png",
                                    "sha256": DEMO_PHOTO_SHA256, "size_bytes": len(DEMO_PHOTO),
                                    "content": DEMO_PHOTO, "added_at": d.at(repair, 16)})
    km = Decimal(d.rng.randint(3, 60))
    travel = line_amount(km, TRAVEL_RATE)
    other = d.money("20", "120") if d.chance(0.05) else Decimal(0)
    total = labour_total + parts_total + travel + other
    approved_at = None
    if status not in (ClaimStatus.DRAFT, ClaimStatus.READY) and not (
        status == ClaimStatus.CANCELLED and d.chance(0.5)
    ):
        approved_at = d.at(min(repair + dt.timedelta(days=d.rng.randint(1, 6)), d.today), 16, d.rng.randint(0, 59))
    signed = status != ClaimStatus.DRAFT or d.chance(0.4)
    # What the two commonest checks would say; build_demo re-runs every check on open claims when few.
    level = "blocking" if not signed else ("warning" if over_flat_rate else "ok")
    d.add("warranty_claims", stamp({
        "id": claim_id, "claim_no": claim_no, "revision": 1, "previous_revision_id": None, "status": status,
        "unit_id": unit.id, "customer_id": unit.customer_id, "service_entry_id": entry_id,
        "failure_date": failure, "repair_date": repair,
        "hour_meter": to_money(Decimal((repair - unit.sale_date).days) * Decimal("1.2")), "area_worked": None,
        "complaint": complaint, "cause": cause, "correction": correction, "fault_code": fault,
        "exclusion": "misuse" if status == ClaimStatus.REJECTED and d.chance(0.3) else None,
        "technician": d.rng.choice(cat.TECHNICIANS), "travel_km": km, "travel_rate": TRAVEL_RATE,
        "labour_amount": labour_total, "parts_amount": parts_total, "travel_amount": travel,
        "other_amount": other, "other_note": "配件运费" if other else "", "total_amount": total,
        "parts_wait_days": d.rng.choice((0, 0, 0, 0, 1, 2, 5)), "customer_signed": signed,
        "signed_on": repair if signed else None, "check_level": level, "created_by_id": d.rng.choice((2, 3)),
        "approved_by_id": 1 if approved_at else None, "approved_at": approved_at, "batch_id": None, "version": 1,
    }, d.at(repair, 17)))
    info.approved_at = approved_at
    info.total = total
    return info


def add_extra_service_entries(d: DemoRows, units: list[UnitInfo], count: int) -> None:
    """Calls that did not become claims: advice by phone, complaints, maintenance questions."""
    problems = ["咨询保养周期", "询问配件价格", "反映服务人员到场慢", "咨询三包期限", "预约首保",
                "机器异响，电话指导排除"]
    for _ in range(count):
        unit = d.rng.choice(units)
        day = d.days_between(unit.sale_date, d.today)
        _service_entry(d, unit, d.at(day, d.rng.randint(7, 18), d.rng.randint(0, 59)), d.rng.choice(problems),
                       closes=day < d.today - dt.timedelta(days=7))


def add_paid_orders(d: DemoRows, units: list[UnitInfo], parts_by_family: dict[str, list[PartInfo]],
                    count: int) -> list[tuple[dt.date, str, PartInfo, Decimal]]:
    """Work outside warranty: wages plus travel, parts at catalogue price. Returns the parts used."""
    used: list[tuple[dt.date, str, PartInfo, Decimal]] = []
    for _ in range(count):
        unit = d.rng.choice(units)
        day = d.days_between(unit.sale_date, d.today)
        year = day.year
        order_no = format_number("paid_order", year, d.next_number("paid_order", year))
        order_id = len(d.tables["paid_service_orders"]) + 1
        hours = Decimal(d.rng.choice(("1", "1.5", "2", "3", "4")))
        rate = Decimal(unit.model.labour_rate)
        labour = line_amount(hours, rate)
        parts_amount = Decimal(0)
        wear = [p for p in parts_by_family[unit.model.family] if p.template.wear]
        for line_no, part in enumerate(d.rng.sample(wear, k=d.rng.choice((0, 1, 2))), 1):
            qty = Decimal(d.rng.randint(1, 3))
            price = part.price_on(day)
            amount = line_amount(qty, price)
            parts_amount += amount
            d.add("paid_service_lines", {"order_id": order_id, "line_no": line_no, "part_id": part.id,
                                         "quantity": qty, "unit_price": price, "amount": amount})
            used.append((day, order_no, part, qty))
        travel = line_amount(Decimal(d.rng.randint(3, 40)), TRAVEL_RATE)
        status = PaidOrderStatus.COMPLETED if day < d.today - dt.timedelta(days=2) else PaidOrderStatus.DRAFT
        d.add("paid_service_orders", stamp({
            "id": order_id, "order_no": order_no, "status": status, "unit_id": unit.id,
            "customer_id": unit.customer_id, "service_entry_id": None, "service_date": day,
            "technician": d.rng.choice(cat.TECHNICIANS), "description": "保养及易损件更换（三包期外）",
            "labour_hours": hours, "labour_rate": rate, "labour_amount": labour, "travel_amount": travel,
            "parts_amount": parts_amount, "total_amount": labour + parts_amount + travel,
        }, d.at(day, 15)))
    return used
