"""Every report and the scorecard on 200,000 claims, beside the same SQL run on the bare driver (the floor).

The floor runs the very statements the reports run (compiled with their values inlined) through
sqlite3 and fetches the rows: no ORM, no sessions, no settings read, no dataclasses. The export
is measured beside that floor plus openpyxl writing the same rows in write-only mode, without
styles, widths or filters. App and floor run turn about and the best time of each counts, so a
busy machine slows both alike instead of whichever ran during the busy spell.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.business_time import BUSINESS_TZ
from app.services.reports import Period, claims, export_reports, load_reports, outcomes, scorecard, targets_of
from app.services.reports.export import tables
from tests.benchmarks.conftest import BENCH_TODAY, report

pytestmark = pytest.mark.benchmark

NOW = dt.datetime.combine(BENCH_TODAY, dt.time(10), BUSINESS_TZ)
PERIODS = {
    "reports, last 12 months": (Period.last_months(BENCH_TODAY), 1500),
    "reports, three years": (Period(dt.date(2023, 11, 1), BENCH_TODAY), 4000),
}
REPEAT = 7


def best_ms(app: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    """The best of REPEAT runs of each, taken turn about after one warm-up run of each."""
    app(), floor()
    times: dict[int, list[float]] = {0: [], 1: []}
    for _ in range(REPEAT):
        for index, fn in enumerate((app, floor)):
            started = time.perf_counter()
            fn()
            times[index].append((time.perf_counter() - started) * 1000)
    return min(times[0]), min(times[1])


def _statements(db, period: Period) -> list[str]:  # type: ignore[no-untyped-def]
    queries = [claims.month_statement(period), outcomes.outcome_statement(period), outcomes.reason_statement(period),
               claims.causal_part_statement(period), claims.model_statement(period),
               *scorecard.statements(period, BENCH_TODAY, NOW, targets_of(db)).values()]
    return [str(q.compile(db.engine, compile_kwargs={"literal_binds": True})) for q in queries]


def _floor(db, period: Period):  # type: ignore[no-untyped-def]
    statements = _statements(db, period)
    raw = sqlite3.connect(db.location)

    def run() -> list[list[tuple]]:
        return [raw.execute(sql).fetchall() for sql in statements]

    return raw, run


@pytest.mark.parametrize("name", list(PERIODS))
def test_all_reports_speed(big_db, name):
    period, target = PERIODS[name]
    raw, floor = _floor(big_db, period)
    app_ms, floor_ms = best_ms(lambda: load_reports(big_db, period, today=BENCH_TODAY, now=NOW), floor)
    raw.close()
    reports = load_reports(big_db, period, today=BENCH_TODAY, now=NOW)
    report(name, app_ms, floor_ms, target)
    print(f"  {reports.claims:,} claims, {sum(m.decided for m in reports.outcomes_by_month):,} decisions, "
          f"{len(reports.causal_parts)} causal parts, {len(reports.models)} models")
    assert reports.claims > 0 and reports.causal_parts and reports.models


def test_export_speed(big_db, tmp_path: Path):
    period = Period.last_months(BENCH_TODAY)
    raw, floor = _floor(big_db, period)
    sheets = tables(load_reports(big_db, period, today=BENCH_TODAY, now=NOW), "zh_CN")

    def floor_export() -> None:
        floor()
        book = Workbook(write_only=True)
        for table in sheets:
            sheet = book.create_sheet(table.name)
            sheet.append([c.title for c in table.columns])
            for row in table.rows:
                sheet.append([float(v) if hasattr(v, "as_tuple") else v for v in row])
        book.save(tmp_path / "floor.xlsx")

    app_ms, floor_ms = best_ms(lambda: export_reports(big_db, str(tmp_path / "app.xlsx"), period, lang="zh_CN",
                                                      today=BENCH_TODAY, now=NOW), floor_export)
    raw.close()
    report("reports export to Excel", app_ms, floor_ms, 2000)
    assert (tmp_path / "app.xlsx").stat().st_size > 0
