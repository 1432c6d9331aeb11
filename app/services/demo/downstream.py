"""What follows the claims: batches, settlements and the ledger; old parts and their shipments;
stock and its movements; follow-up calls."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from app.domain.enums import (
    BatchStatus,
    ClaimStatus,
    LedgerKind,
    OldPartStatus,
    ShipmentStatus,
    StockMovementKind,
)
from app.domain.money import FEN, to_money
from app.domain.numbers import batch_number, format_number
from app.domain.old_parts import NOT_RECEIVED_REMARK, due_date, parse_return_windows
from app.services import shared_settings
from app.services.demo import catalogue as cat
from app.services.demo.claims import ClaimInfo
from app.services.demo.people import PartInfo
from app.services.demo.rows import DemoRows, stamp

BATCHED = {ClaimStatus.IN_BATCH, ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL,
           ClaimStatus.REJECTED, ClaimStatus.REWORKED}
SETTLED = {ClaimStatus.SETTLED_APPROVED, ClaimStatus.SETTLED_PARTIAL, ClaimStatus.REJECTED, ClaimStatus.REWORKED}
RETURN_WINDOWS = parse_return_windows(shared_settings.RETURN_WINDOWS.default)


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def add_batches(d: DemoRows, claims: list[ClaimInfo]) -> None:
    """One batch per month of approval. Head office's notice settles the claims it has decided on (a batch
    becomes settled once all of them are), and credits what it approved to the ledger."""
    by_month: dict[tuple[int, int], list[ClaimInfo]] = defaultdict(list)
    for claim in claims:
        if claim.status in BATCHED and claim.approved_at is not None:
            by_month[(claim.approved_at.year, claim.approved_at.month)].append(claim)
    rows = d.tables["warranty_claims"]
    code = cat.DEALER["dealer_code"]
    for (year, month), members in sorted(by_month.items()):
        seq = d.next_number("batch", year)
        settled = all(c.status in SETTLED for c in members)
        exported_at = d.at(_month_end(year, month) + dt.timedelta(days=3), 11)
        sums = {k: sum((rows[c.id - 1][f"{k}_amount"] for c in members), Decimal(0))
                for k in ("labour", "parts", "travel", "other")}
        batch_id = d.add("claim_batches", stamp({
            "batch_no": batch_number(code, year, seq), "dealer_code": code, "year": year, "sequence": seq,
            "status": BatchStatus.SETTLED if settled else BatchStatus.EXPORTED,
            # The batch's period is the repair dates it covers (a month's approvals include late repairs).
            "period_from": min(c.repair_date for c in members), "period_to": max(c.repair_date for c in members),
            "claim_count": len(members), **{f"{k}_amount": v for k, v in sums.items()},
            "total_amount": sum(sums.values(), Decimal(0)), "exported_at": exported_at,
            "package_name": f"{batch_number(code, year, seq)}.zip", "package_sha256": "",
        }, exported_at))
        for claim in members:
            rows[claim.id - 1]["batch_id"] = batch_id
        decided = [c for c in members if c.status in SETTLED]
        if decided:  # every settled claim has its settlement line, in a settled batch or not
            _add_settlement(d, batch_id, exported_at.date(), decided)


def _add_settlement(d: DemoRows, batch_id: int, exported: dt.date, members: list[ClaimInfo]) -> None:
    notice = min(exported + dt.timedelta(days=d.rng.randint(30, 50)), d.today)
    year = notice.year
    settlement_no = format_number("settlement", year, d.next_number("settlement", year))
    settlement_id = len(d.tables["settlements"]) + 1
    approved_total = deducted_total = Decimal(0)
    for claim in members:
        if claim.status == ClaimStatus.SETTLED_APPROVED:
            approved, code, text = claim.total, "", ""
        elif claim.status == ClaimStatus.SETTLED_PARTIAL:
            approved = to_money(claim.total * Decimal(d.rng.randint(60, 90)) / 100)
            approved = min(max(approved, FEN), claim.total - FEN)  # partly: something paid, something cut
            code, text = cat.REJECTION_REASONS[3]
        else:  # rejected, or rejected and since reworked into a new revision
            approved = Decimal(0)
            code, text = d.rng.choice(cat.REJECTION_REASONS)
        deducted = claim.total - approved
        approved_total += approved
        deducted_total += deducted
        d.add("settlement_lines", {"settlement_id": settlement_id, "claim_id": claim.id,
                                   "claimed_amount": claim.total, "approved_amount": approved,
                                   "deducted_amount": deducted, "reason_code": code, "reason_text": text})
    imported = d.at(notice + dt.timedelta(days=1), 10)
    d.add("settlements", stamp({
        "id": settlement_id, "settlement_no": settlement_no, "batch_id": batch_id, "notice_date": notice,
        "approved_amount": approved_total, "deducted_amount": deducted_total, "imported_at": imported,
        "confirmed_on": notice + dt.timedelta(days=2) if notice + dt.timedelta(days=2) <= d.today else None,
        "source_sha256": "",
    }, imported))
    if approved_total > 0:
        d.add("ledger_entries", {"entry_date": notice, "kind": LedgerKind.CREDIT, "amount": approved_total,
                                 "batch_id": batch_id, "settlement_id": settlement_id,
                                 "reference": settlement_no, "note": "三包费用核销"})
        offset_day = notice + dt.timedelta(days=d.rng.randint(15, 40))
        if offset_day <= d.today - dt.timedelta(days=30):
            d.add("ledger_entries", {"entry_date": offset_day, "kind": LedgerKind.OFFSET, "amount": approved_total,
                                     "batch_id": batch_id, "settlement_id": settlement_id,
                                     "reference": f"DK{offset_day:%Y%m%d}", "note": "冲抵应付货款"})


def add_reworked_revisions(d: DemoRows, claims: list[ClaimInfo]) -> None:
    """A REWORKED claim was rejected and resubmitted: its newer revision waits for the next batch."""
    rows = d.tables["warranty_claims"]
    reworked = {c.id for c in claims if c.status == ClaimStatus.REWORKED}
    lines: dict[tuple[str, int], list[dict[str, object]]] = defaultdict(list)
    for table in ("claim_labour_lines", "claim_part_lines", "claim_attachments"):
        for line in d.tables[table]:
            if line["claim_id"] in reworked:
                lines[(table, line["claim_id"])].append(line)
    for claim in claims:
        if claim.id not in reworked:
            continue
        old = rows[claim.id - 1]
        new_id = len(rows) + 1
        approved_at = d.at(min(claim.repair_date + dt.timedelta(days=150), d.today), 9)
        d.add("warranty_claims", {**old, "id": new_id, "revision": 2, "previous_revision_id": claim.id,
                                  "status": ClaimStatus.APPROVED, "batch_id": None, "approved_at": approved_at,
                                  "customer_signed": True, "check_level": "ok"})
        for table in ("claim_labour_lines", "claim_part_lines", "claim_attachments"):
            for line in lines[(table, claim.id)]:
                d.add(table, {**line, "id": len(d.tables[table]) + 1, "claim_id": new_id})


def add_old_parts(d: DemoRows, claims: list[ClaimInfo]) -> None:
    """Retained parts, the half-yearly shipments that took them back and head office's verdicts."""
    shipments: dict[tuple[dt.date, bool], int] = {}
    keep = {ClaimStatus.READY, ClaimStatus.APPROVED} | BATCHED
    for claim in claims:
        if claim.status not in keep:
            continue
        for line_id, part, qty in claim.part_lines:
            if not part.template.must_return:
                continue
            due = due_date(claim.repair_date, RETURN_WINDOWS)
            shipment_id, status = _old_part_fate(d, due, claim, shipments)
            year = claim.repair_date.year
            tag = format_number("tag", year, d.next_number("tag", year))
            reason = "运输途中丢失" if status == OldPartStatus.WRITTEN_OFF else ""
            left = shipment_id is None and status in (OldPartStatus.USABLE, OldPartStatus.SCRAP)
            remark = "总部鉴定员现场鉴定，留站处理" if left else ""
            if status == OldPartStatus.SHIPPED and _received(d, shipment_id):
                remark = NOT_RECEIVED_REMARK  # head office's inspection did not find it in the box
            part_row_id = d.add("old_parts", stamp({
                "tag_no": tag, "claim_id": claim.id, "part_line_id": line_id, "part_id": part.id,
                "quantity": qty, "status": status, "storage_place": f"{d.rng.choice('ABC')}-{d.rng.randint(1, 12):02d}",
                "condition_notes": "", "due_date": due, "shipment_id": shipment_id,
                "inspection_remark": remark, "write_off_reason": reason, "left_at_dealer": left,
            }, d.at(claim.repair_date, 17)))
            _add_events(d, part_row_id, status, claim.repair_date, due, left)


def _old_part_fate(d: DemoRows, due: dt.date, claim: ClaimInfo,
                   shipments: dict[tuple[dt.date, bool], int]) -> tuple[int | None, OldPartStatus]:
    if due >= d.today:
        if due - d.today < dt.timedelta(days=40) and d.chance(0.4):  # packing starts weeks ahead
            return _shipment(d, due, shipments, shipped=False), OldPartStatus.PACKED
        return None, OldPartStatus.RETAINED
    if d.chance(0.01):
        return None, OldPartStatus.RETAINED  # missed the return date: overdue
    if d.chance(0.01):  # head office judged it at the dealer and left it there
        return None, OldPartStatus.USABLE if d.chance(0.5) else OldPartStatus.SCRAP
    # Of the last window's parts, some went with the delivery truck and head office has not confirmed them.
    by_truck = d.today - due < dt.timedelta(days=200) and d.chance(0.25)
    shipment_id = _shipment(d, due, shipments, shipped=True, unconfirmed=by_truck)
    shipment = d.tables["return_shipments"][shipment_id - 1]
    if d.chance(0.005):
        return shipment_id, OldPartStatus.WRITTEN_OFF
    if shipment["received_on"] is None:
        return shipment_id, OldPartStatus.SHIPPED
    if d.chance(0.004):
        return shipment_id, OldPartStatus.SHIPPED  # head office did not find it in the box: flagged
    if claim.status in SETTLED and not (d.today - due < dt.timedelta(days=200) and d.chance(0.05)):
        return shipment_id, OldPartStatus.USABLE if d.chance(0.55) else OldPartStatus.SCRAP
    return shipment_id, OldPartStatus.RECEIVED


def _received(d: DemoRows, shipment_id: int | None) -> bool:
    return shipment_id is not None and d.tables["return_shipments"][shipment_id - 1]["received_on"] is not None


def _shipment(d: DemoRows, due: dt.date, shipments: dict[tuple[dt.date, bool], int], *, shipped: bool,
              unconfirmed: bool = False) -> int:
    key = (due, unconfirmed)
    if key in shipments:
        return shipments[key]
    year = due.year
    number = format_number("shipment", year, d.next_number("shipment", year))
    shipped_on = due - dt.timedelta(days=5) if shipped else None
    received_on = shipped_on + dt.timedelta(days=12) if shipped_on and not unconfirmed else None
    if received_on is not None and received_on > d.today:
        received_on = None
    status = ShipmentStatus.DRAFT if not shipped else (
        ShipmentStatus.RECEIVED if received_on else ShipmentStatus.SHIPPED)
    truck = unconfirmed or d.chance(0.3)
    shipments[key] = d.add("return_shipments", stamp({
        "shipment_no": number, "status": status, "carrier": "" if truck else "德邦物流",
        "waybill_no": "" if truck or not shipped else f"DB{d.rng.randint(10**9, 10**10 - 1)}",
        "by_delivery_truck": truck, "shipped_on": shipped_on, "received_on": received_on,
        "packages": d.rng.randint(3, 30) if shipped else None,
        "weight_kg": Decimal(d.rng.randint(50, 900)) if shipped else None, "note": "",
    }, d.at(due - dt.timedelta(days=7), 10)))
    return shipments[key]


def _add_events(d: DemoRows, old_part_id: int, status: OldPartStatus, repaired: dt.date, due: dt.date,
                left_at_dealer: bool = False) -> None:
    steps = [(OldPartStatus.RETAINED, repaired)]
    if left_at_dealer:
        steps.append((status, due - dt.timedelta(days=10)))
    elif status != OldPartStatus.RETAINED:
        steps.append((OldPartStatus.PACKED, due - dt.timedelta(days=7)))
    if not left_at_dealer:
        if status in (OldPartStatus.SHIPPED, OldPartStatus.RECEIVED, OldPartStatus.USABLE, OldPartStatus.SCRAP,
                      OldPartStatus.WRITTEN_OFF):
            steps.append((OldPartStatus.SHIPPED, due - dt.timedelta(days=5)))
        if status in (OldPartStatus.RECEIVED, OldPartStatus.USABLE, OldPartStatus.SCRAP):
            steps.append((OldPartStatus.RECEIVED, due + dt.timedelta(days=7)))
        if status in (OldPartStatus.USABLE, OldPartStatus.SCRAP, OldPartStatus.WRITTEN_OFF):
            steps.append((status, due + dt.timedelta(days=25)))
    for step, day in steps:
        d.add("old_part_events", {"old_part_id": old_part_id, "status": step, "at": d.at(min(day, d.today), 11),
                                  "by": "liuyan", "note": ""})


def add_stock(d: DemoRows, parts: list[PartInfo], claims: list[ClaimInfo],
              paid_parts: list[tuple[dt.date, str, PartInfo, Decimal]]) -> None:
    """Stock on hand now, and movements whose sum is that: an opening balance, then consumption."""
    consumed: dict[int, Decimal] = defaultdict(Decimal)
    opening_day = d.today - dt.timedelta(days=3 * 365 + 10)
    used = {ClaimStatus.DRAFT, ClaimStatus.CANCELLED}
    movements: list[dict[str, object]] = []
    for claim in claims:
        if claim.status in used:
            continue
        for _, part, qty in claim.part_lines:
            consumed[part.id] += qty
            movements.append({"part_id": part.id, "moved_on": claim.repair_date, "kind": StockMovementKind.CLAIM,
                              "quantity": -qty, "reference": claim.claim_no, "reason": "",
                              "claim_id": claim.id, "recorded_by": "liuyan"})
    for day, order_no, part, qty in paid_parts:
        consumed[part.id] += qty
        movements.append({"part_id": part.id, "moved_on": day, "kind": StockMovementKind.PAID_ORDER,
                          "quantity": -qty, "reference": order_no, "reason": "", "claim_id": None,
                          "recorded_by": "zhaomin"})
    for part in parts:
        on_hand = Decimal(d.rng.randint(0, 12) * part.template.pack_size if part.template.wear
                          else d.rng.randint(0, 4))
        d.add("stock_levels", {"part_id": part.id, "on_hand": on_hand,
                               "on_order": Decimal(part.template.pack_size) if d.chance(0.1) else Decimal(0),
                               "bin_location": f"{d.rng.choice('ABCD')}-{d.rng.randint(1, 20):02d}"})
        opening = on_hand + consumed[part.id]
        if opening:
            d.add("stock_movements", {"part_id": part.id, "moved_on": opening_day, "kind": StockMovementKind.IMPORT,
                                      "quantity": opening, "reference": "期初库存", "reason": "",
                                      "claim_id": None, "recorded_by": "admin"})
    movements.sort(key=lambda m: m["moved_on"])  # type: ignore[arg-type, return-value]
    for movement in movements:
        d.add("stock_movements", movement)


def add_follow_ups(d: DemoRows) -> None:
    for entry in d.tables["service_log"]:
        closed = entry["closed_at"]
        if closed is None or not d.chance(0.8):
            continue
        due = closed.date() + dt.timedelta(days=3)
        done = due < d.today and (due < d.today - dt.timedelta(days=10) or d.chance(0.5))
        d.add("follow_ups", stamp({
            "customer_id": entry["customer_id"], "unit_id": entry["unit_id"], "service_entry_id": entry["id"],
            "claim_id": None, "kind": "call", "due_date": due,
            "done_at": d.at(due, 10) if done else None, "done_by": "赵敏" if done else "",
            "satisfaction": d.rng.choice((3, 4, 4, 5, 5, 5)) if done else None,
            "remarks": "用户对维修结果满意" if done else "",
        }, closed))
