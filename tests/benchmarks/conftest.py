"""Benchmarks run on the 20,000-unit / 200,000-claim demo dealer, built once and kept.

Run with `make benchmark`; they are not part of the default test run. Set WARRANTYDESK_BENCH_DB to a
SQLite path to choose where the big database lives (default: the system's temporary folder).

Each benchmark prints one table line (figure, floor measured in the same run, ratio, target, PASS/MISS)
through report(); the session ends with all the lines again as one summary table. Nothing is written
to the repository: the table is printed only.
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.database import Database
from app.services.demo import build_demo, is_empty

BENCH_TODAY = dt.date(2026, 11, 27)
UNITS, CLAIMS = 20_000, 200_000
HEADER = f"{'benchmark':<58} {'figure':>12} {'floor':>12} {'ratio':>7}  {'target':<12} verdict"
_LINES: list[str] = []  # every report() of the session, for the summary at the end


def big_db_path() -> Path:
    return Path(os.environ.get("WARRANTYDESK_BENCH_DB", Path(tempfile.gettempdir()) / "warrantydesk-bench.sqlite3"))


@pytest.fixture(scope="session")
def big_db() -> Database:
    path = big_db_path()
    db = Database.open(f"sqlite:///{path}")
    if is_empty(db):
        result = build_demo(db, units=UNITS, claims=CLAIMS, seed=1, today=BENCH_TODAY)
        print(f"\nbuilt the benchmark database {path} in {result.seconds:.1f} s")
    yield db
    db.close()


def median_ms(fn: Callable[[], object], repeat: int = 9) -> float:
    fn()  # warm the caches once, as a clerk's second click would find them
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@dataclass(frozen=True)
class Medians:
    app_ms: float  # wall clock
    floor_ms: float
    app_cpu_ms: float  # this process's CPU time: what a busy shared machine disturbs least
    floor_cpu_ms: float


def medians_ms(app: Callable[[], object], floor: Callable[[], object], repeat: int = 9) -> Medians:
    """Medians of `repeat` runs of each (wall clock and CPU time), taken turn about after one warm-up run of
    each, so a busy spell on a shared machine slows both alike. For work done in this process only."""
    app(), floor()
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, fn in enumerate((app, floor)):
            started, cpu_started = time.perf_counter(), time.process_time()
            fn()
            wall[index].append((time.perf_counter() - started) * 1000)
            cpu[index].append((time.process_time() - cpu_started) * 1000)
    return Medians(statistics.median(wall[0]), statistics.median(wall[1]), statistics.median(cpu[0]),
                   statistics.median(cpu[1]))


def report_both(name: str, medians: Medians, target_ms: float | None = None) -> None:
    """The wall-clock line and the CPU-time line of one benchmark."""
    report(name, medians.app_ms, medians.floor_ms, target_ms)
    report(f"{name}, CPU", medians.app_cpu_ms, medians.floor_cpu_ms, target_ms)


def _amount(value: float, unit: str) -> str:
    return f"{value:,.1f} {unit}" if value < 10_000 else f"{value:,.0f} {unit}"


def report(name: str, app_ms: float, floor_ms: float | None, target_ms: float | None = None, *, unit: str = "ms",
           lower_is_better: bool = True) -> str:
    """Print (and keep for the summary) one table line: the figure, its floor, their ratio and the target.
    The figures are in `unit` (ms unless said); the target applies to the figure itself. No floor: "—"."""
    ratio = f"{app_ms / floor_ms:7.2f}" if floor_ms else f"{'—':>7}"
    floor = _amount(floor_ms, unit) if floor_ms is not None else "—"
    if target_ms is None:
        target, verdict = "—", ""
    else:
        met = app_ms < target_ms if lower_is_better else app_ms >= target_ms
        target, verdict = f"{'<' if lower_is_better else '≥'} {target_ms:,.0f} {unit}", "PASS" if met else "MISS"
    line = f"{name:<58} {_amount(app_ms, unit):>12} {floor:>12} {ratio}  {target:<12} {verdict}"
    print(f"\n{HEADER}\n{line}" if not _LINES else f"\n{line}")
    _LINES.append(line)
    return line


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if _LINES:
        terminalreporter.section("benchmarks: figure beside its floor (medians; ratio = figure / floor)")
        terminalreporter.write_line(HEADER)
        for line in _LINES:
            terminalreporter.write_line(line)
