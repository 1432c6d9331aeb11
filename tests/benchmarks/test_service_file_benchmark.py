"""A unit's service file on the big demo dealer: what the Units section shows when a clerk opens a unit
(app.services.warranty.service_file, and the ServiceFileDialog built on it), for a typical unit and for
the unit with the most claims. The floor: the very statements service_file sent, on the bare sqlite3
driver."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import WarrantyClaim
from app.domain.actors import SYSTEM
from app.services.warranty import service_file
from app.ui.units.service_file import ServiceFileDialog
from tests.benchmarks.capture import raw_runner, statements_of
from tests.benchmarks.conftest import BENCH_TODAY, medians_ms, report_both

pytestmark = pytest.mark.benchmark

TARGET_MS = 100


def _units(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        counts = s.execute(select(WarrantyClaim.unit_id, func.count()).group_by(WarrantyClaim.unit_id)
                           .order_by(func.count().desc(), WarrantyClaim.unit_id)).all()
    busiest = counts[0]
    typical = counts[len(counts) // 2]
    return {f"typical unit ({typical[1]} claims)": typical[0], f"busiest unit ({busiest[1]} claims)": busiest[0]}


def test_service_file_speed(big_db, qapp):  # type: ignore[no-untyped-def]
    for label, unit_id in _units(big_db).items():
        raw, floor = raw_runner(big_db, statements_of(big_db, lambda u=unit_id: service_file(big_db, u, BENCH_TODAY)))

        def dialog(u: int = unit_id) -> None:
            window = ServiceFileDialog(big_db, u, today=lambda: BENCH_TODAY, actor=lambda: SYSTEM)
            window.show()
            qapp.processEvents()
            window.close()
            window.deleteLater()

        try:
            service = medians_ms(lambda u=unit_id: service_file(big_db, u, BENCH_TODAY), floor)
            shown = medians_ms(dialog, floor, repeat=5)
        finally:
            raw.close()
        report_both(f"service file, {label}", service, TARGET_MS)
        report_both(f"service file dialog shown, {label}", shown, TARGET_MS)
        assert service_file(big_db, unit_id, BENCH_TODAY).timeline
