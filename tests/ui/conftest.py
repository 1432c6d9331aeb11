"""GUI test set-up: built translation catalogues, throwaway window settings, a seeded database (the `database`
fixture of tests/conftest.py: every GUI test runs on SQLite and on PostgreSQL)."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from app import i18n, paths
from app.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def translations() -> None:
    """Build the .qm catalogues when missing or older than their .ts (what `make i18n` does)."""
    folder = paths.resource("i18n")
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def _no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """Delete the windows a test leaves behind (dialogs the app opened itself, not given to qtbot): alive, a
    later test's language switch or a timer would make them query a database that is gone by then."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.remove(qapp)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.remove(qapp)


@pytest.fixture
def sqlite_database(sqlite_url: str, _migrated_sqlite: Path):  # type: ignore[no-untyped-def]
    """For tests whose subject is the SQLite file itself (backups, restoring one); others use `database`,
    which runs them on SQLite and on PostgreSQL."""
    from app.services.database import Database

    shutil.copyfile(_migrated_sqlite, sqlite_url.removeprefix("sqlite:///"))  # cheaper than every migration
    db = Database.open(sqlite_url)
    yield db
    db.close()


def seed(db, today: dt.date) -> None:  # type: ignore[no-untyped-def]
    """A dealer, two customers, three units (one card late, one due soon, one sent) and four claims."""
    from app.db.models import Customer, DealerProfile, ProductModel, RegistrationCard, Unit, WarrantyClaim
    from app.domain.enums import ClaimStatus, MachineCategory

    now = dt.datetime.now(dt.UTC)
    with db.sessions.begin() as s:
        s.add(DealerProfile(id=1, dealer_code="D-0371", name="郑州丰收农机服务站"))
        model = ProductModel(
            code="LX904", name="东方红 LX904", category=MachineCategory.TRACTOR, warranty_months=12,
            main_component_months=24, labour_rate=Decimal("40.00"),
        )
        customers = [Customer(code="C001", name="王建国"), Customer(code="C002", name="李秀英")]
        s.add_all([model, *customers])
        s.flush()
        sale = today - dt.timedelta(days=30)
        dues = [(today - dt.timedelta(days=3), None), (today + dt.timedelta(days=2), None), (today, today)]
        units = []
        for n, (due, sent) in enumerate(dues, start=1):
            unit = Unit(serial_no=f"SN{n:04d}", model_id=model.id, customer_id=customers[n % 2].id, sale_date=sale)
            s.add(unit)
            s.flush()
            s.add(RegistrationCard(unit_id=unit.id, due_date=due, sent_on=sent))
            units.append(unit)
        statuses = [ClaimStatus.DRAFT, ClaimStatus.READY, ClaimStatus.READY, ClaimStatus.APPROVED]
        for n, status in enumerate(statuses, start=1):
            s.add(
                WarrantyClaim(
                    claim_no=f"WC{n:05d}", status=status, unit_id=units[0].id, customer_id=units[0].customer_id,
                    failure_date=today, repair_date=today,
                    approved_at=now if status == ClaimStatus.APPROVED else None,
                )
            )
