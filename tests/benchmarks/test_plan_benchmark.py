"""A reserve plan for 5,000 parts on the big demo dealer (20,000 units, 200,000 claims), beside the raw SQL floor.

The demo's catalogue has a few hundred parts; a dealer's real one has thousands. The fixture adds catalogue
parts until 5,000 are active, each fitting a model, with its stock, three years of counter sales and a share
of the demo's repairs, so every query of the forecast has its full work to do. It is built once, from a copy
of the big database, and kept (WARRANTYDESK_BENCH_PLANS_DB chooses the file; default: beside the big one).

The floor runs the very statements one forecast runs (captured as they went to the driver) through sqlite3
and fetches their rows: no ORM, no dataclasses, no arithmetic per part.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.db.bulk import bulk_insert
from app.db.models import ClaimPartLine, ModelPart, Part, ProductModel, StockLevel, StockMovement, WarrantyClaim
from app.domain.actors import SYSTEM
from app.domain.enums import StockMovementKind
from app.services import plans
from app.services.database import Database
from app.services.demo import build_demo, is_empty
from app.services.plans.seasons import find_season
from tests.benchmarks.conftest import BENCH_TODAY, CLAIMS, UNITS, big_db_path, median_ms, report

pytestmark = pytest.mark.benchmark

PARTS = 5000
TARGET_MS = 2000


def _add_parts(db: Database) -> None:
    rng = random.Random(8)
    with db.sessions() as s:
        have = int(s.scalar(select(func.count()).select_from(Part).where(Part.active.is_(True))) or 0)
        models = s.scalars(select(ProductModel.id)).all()
        claims = dict(s.execute(select(WarrantyClaim.id, WarrantyClaim.repair_date)).all())
        start = int(s.scalar(select(func.max(Part.id))) or 0) + 1
    claim_ids = list(claims)
    moment = dt.datetime.combine(BENCH_TODAY, dt.time(9), dt.UTC)
    parts, fits, levels, moves, lines = [], [], [], [], []
    first = BENCH_TODAY - dt.timedelta(days=3 * 365)
    for n in range(PARTS - have):
        part_id, wear = start + n, n % 3 == 0
        parts.append({"id": part_id, "part_no": f"BX-{n:05d}", "name": f"配件 {n}", "unit": "件",
                      "unit_price": Decimal(rng.randint(500, 200000)) / 100, "is_warranty_part": not wear,
                      "is_wear_part": wear, "is_main_component": False, "must_return": not wear and n % 5 == 0,
                      "photo_required": False, "wear_life_months": 6 if wear else None,
                      "pack_size": 10 if wear else 1, "active": True, "created_at": moment, "updated_at": moment})
        fits.append({"model_id": models[n % len(models)], "part_id": part_id, "main_component": False})
        levels.append({"part_id": part_id, "on_hand": Decimal(rng.randint(0, 30)), "on_order": Decimal(0),
                       "bin_location": "", "minimum": Decimal(0)})
        for _ in range(rng.randint(5, 40) if wear else rng.randint(0, 6)):  # counter sales over three years
            day = first + dt.timedelta(days=rng.randint(0, 3 * 365 - 1))
            moves.append({"part_id": part_id, "moved_on": day, "kind": StockMovementKind.COUNTER_SALE,
                          "quantity": Decimal(-rng.randint(1, 4)), "reference": f"LS-B{n}", "reason": "",
                          "claim_id": None, "recorded_by": "bench"})
        for k in range(rng.randint(0, 25)):  # a share of the demo's repairs used it too
            claim_id = rng.choice(claim_ids)
            lines.append({"claim_id": claim_id, "line_no": 100 + k + 30 * (n % 7), "part_id": part_id,
                          "quantity": Decimal(1), "unit_price": Decimal("10.00"), "amount": Decimal("10.00"),
                          "is_causal": False, "retain": False, "old_serial_no": "", "new_serial_no": ""})
            moves.append({"part_id": part_id, "moved_on": claims[claim_id], "kind": StockMovementKind.CLAIM,
                          "quantity": Decimal(-1), "reference": "bench", "reason": "", "claim_id": claim_id,
                          "recorded_by": "bench"})
    seen: set[tuple[int, int]] = set()
    lines = [x for x in lines if (x["claim_id"], x["line_no"]) not in seen and not seen.add((x["claim_id"],
                                                                                                x["line_no"]))]
    with db.engine.begin() as conn:
        for table, rows in ((Part.__table__, parts), (ModelPart.__table__, fits), (StockLevel.__table__, levels),
                            (StockMovement.__table__, moves), (ClaimPartLine.__table__, lines)):
            bulk_insert(conn, table, rows)
        conn.exec_driver_sql("ANALYZE")


@pytest.fixture(scope="session")
def plan_db(big_db) -> Database:  # type: ignore[no-untyped-def]
    beside = big_db_path().with_name(big_db_path().stem + "-plans.sqlite3")
    path = Path(os.environ.get("WARRANTYDESK_BENCH_PLANS_DB", beside))
    if not path.exists():  # a copy of the big dealer (far quicker than building it again), then the parts
        started = time.perf_counter()
        source, copy = sqlite3.connect(big_db.location), sqlite3.connect(path)
        with copy:
            source.backup(copy)
        source.close()
        copy.close()
        made = Database.open(f"sqlite:///{path}")
        _add_parts(made)
        made.close()
        print(f"\nbuilt the plan benchmark database {path} in {time.perf_counter() - started:.1f} s")
    db = Database.open(f"sqlite:///{path}")
    if is_empty(db):
        build_demo(db, units=UNITS, claims=CLAIMS, seed=1, today=BENCH_TODAY)
        _add_parts(db)
    yield db
    db.close()


def test_a_plan_for_5000_parts(plan_db, tmp_path):  # type: ignore[no-untyped-def]
    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):  # not the engine's own BEGIN
            statements.append((statement, parameters))

    def forecast() -> int:
        with plan_db.sessions() as s:
            season = find_season(s, "SPRING")
            return len(plans.forecast_season(s, season, 2027, BENCH_TODAY).parts)

    event.listen(plan_db.engine, "before_cursor_execute", capture)
    try:
        assert forecast() >= PARTS
    finally:
        event.remove(plan_db.engine, "before_cursor_execute", capture)
    raw = sqlite3.connect(plan_db.location)

    def floor() -> None:
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()  # type: ignore[arg-type]

    app_ms = median_ms(forecast, repeat=5)
    floor_ms = median_ms(floor, repeat=5)
    raw.close()
    report(f"forecast, {PARTS:,} parts", app_ms, floor_ms, TARGET_MS)

    def create_and_drop() -> None:
        made = plans.create_plan(plan_db, SYSTEM, "SPRING", 2027, BENCH_TODAY)
        plans.delete_plan(plan_db, SYSTEM, made.id)

    saved_ms = median_ms(create_and_drop, repeat=3)
    report("plan made and saved (and deleted)", saved_ms, floor_ms)
    print(f"  {len(statements)} statements")
    assert app_ms < TARGET_MS
