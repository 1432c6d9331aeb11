"""Benchmarks run on the 20,000-unit / 200,000-claim demo dealer, built once and kept.

Run with `make benchmark`; they are not part of the default test run. Set WARRANTYDESK_BENCH_DB to a
SQLite path to choose where the big database lives (default: the system's temporary folder).
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.database import Database
from app.services.demo import build_demo, is_empty

BENCH_TODAY = dt.date(2026, 11, 27)
UNITS, CLAIMS = 20_000, 200_000


@pytest.fixture(scope="session")
def big_db() -> Database:
    path = Path(os.environ.get("WARRANTYDESK_BENCH_DB", Path(tempfile.gettempdir()) / "warrantydesk-bench.sqlite3"))
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


def report(name: str, app_ms: float, floor_ms: float, target_ms: float | None = None) -> str:
    ratio = app_ms / floor_ms if floor_ms else float("inf")
    target = f"  target < {target_ms:.0f} ms {'ok' if app_ms < target_ms else 'MISSED'}" if target_ms else ""
    line = f"{name:<34} app {app_ms:8.1f} ms   floor {floor_ms:8.1f} ms   ratio {ratio:5.2f}{target}"
    print(line)
    return line
