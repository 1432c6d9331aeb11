"""Each import template filled with 5,000 rows, on SQLite and PostgreSQL: all of it imported, or — with
one bad row in the middle — none of it, and that row reported with its Excel row and column."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import (
    Customer,
    ImportRun,
    Part,
    PartPrice,
    ProductModel,
    RegistrationCard,
    StockLevel,
    StockMovement,
    Unit,
)
from app.domain.enums import MachineCategory, ProductClass, StockMovementKind
from app.reports.excel import KINDS, ProblemCode
from app.services.database import Database
from app.services.imports import ImportRefused, import_file
from tests.db import factories
from tests.reports import filling

ROWS = 5000
BAD_AT = 2500  # the 2,500th data row: Excel row 2,501
TODAY = dt.date(2026, 11, 27)
GENERATORS = {
    "models": filling.model_rows,
    "parts": filling.part_rows,
    "customers": filling.customer_rows,
    "units": lambda n: filling.unit_rows(n, model="LF-504", customer="KH2026-000001"),
    "stock": filling.stock_rows,
}
# kind → (column index to spoil, bad value, Excel column letter, expected code)
SPOILERS = {
    "models": (4, "twelve", "E", ProblemCode.NOT_A_NUMBER),
    "parts": (3, "-5.00", "D", ProblemCode.NEGATIVE),
    "customers": (1, "  ", "B", ProblemCode.REQUIRED),
    "units": (2, "NO-SUCH-MODEL", "C", ProblemCode.UNKNOWN_MODEL),
    "stock": (0, "P-99999", "A", ProblemCode.UNKNOWN_PART),
}
TABLES = {"models": ProductModel, "parts": Part, "customers": Customer, "units": Unit, "stock": StockLevel}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """kind → (the template with 5,000 good rows, the same with row BAD_AT spoiled); written once."""
    folder = tmp_path_factory.mktemp("filled")
    made: dict[str, tuple[Path, Path]] = {}
    for kind in KINDS:
        rows = GENERATORS[kind](ROWS)
        good = filling.filled(kind, folder / f"{kind}.xlsx", rows)
        index, value, _letter, _code = SPOILERS[kind]
        rows[BAD_AT - 1][index] = value
        bad = filling.filled(kind, folder / f"{kind}-bad.xlsx", rows)
        made[kind] = (good, bad)
    return made


def _prepare(db: Database, kind: str, files: dict[str, tuple[Path, Path]]) -> None:
    """What a kind refers to must be there first: a model and a customer for units, the parts for stock."""
    if kind == "units":
        with db.sessions.begin() as s:
            factories.model(s, "LF-504")
            factories.customer(s, "KH2026-000001")
    if kind == "stock":
        import_file(db, "parts", files["parts"][0], today=TODAY)


def _count(db: Database, table: type) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_filled_template_of_5000_rows_imports_completely(database, files, kind):
    # GIVEN what the rows refer to
    _prepare(database, kind, files)
    runs_before = _count(database, ImportRun)
    # WHEN the filled template is imported
    result = import_file(database, kind, files[kind][0], today=TODAY)
    # THEN every row is there, once, and the run is recorded
    assert (result.rows, result.created, result.updated) == (ROWS, ROWS, 0)
    assert _count(database, TABLES[kind]) == ROWS
    assert result.seconds < 30
    with database.sessions() as s:
        run = s.scalars(select(ImportRun).order_by(ImportRun.id.desc())).first()
        assert run is not None and (run.kind, run.row_count, run.file_name) == (kind, ROWS, f"{kind}.xlsx")
        assert len(run.sha256) == 64
        _check_values(s, kind)
    assert _count(database, ImportRun) == runs_before + 1


def _check_values(s, kind: str) -> None:  # type: ignore[no-untyped-def]
    if kind == "models":
        model = s.scalars(select(ProductModel).where(ProductModel.code == "M-00042")).one()
        assert (model.category, model.product_class) == (MachineCategory.TRACTOR, ProductClass.TRACTOR_OVER_18KW)
        assert (model.warranty_months, model.main_component_months) == (12, 24)
        assert model.warranty_hours == Decimal("1500") and model.labour_rate == Decimal("60.00")
        assert model.warranty_area is None and model.first_service_hours == 50
    elif kind == "parts":
        part = s.scalars(select(Part).where(Part.part_no == "P-00003")).one()
        assert part.unit_price == Decimal("11.50")  # exact, from the text "11.50"
        assert (part.is_warranty_part, part.is_wear_part, part.must_return, part.wear_life_months) == (
            True, True, False, 12)
        assert s.scalar(select(func.count()).select_from(PartPrice)) == ROWS
        assert s.scalar(select(func.sum(Part.unit_price))) == sum(
            Decimal(row[3]) for row in filling.part_rows(ROWS))
    elif kind == "customers":
        named = s.scalars(select(Customer).where(Customer.code == "C-00001")).one()
        assert (named.name, named.phone, named.key_customer) == ("用户1", "13900000001", False)
        numbered = s.scalars(select(Customer).where(Customer.name == "用户2")).one()
        assert numbered.code == "KH2026-000001"  # no code in the file: the next customer number
        codes = s.scalars(select(Customer.code)).all()
        assert len(set(codes)) == ROWS
    elif kind == "units":
        unit = s.scalars(select(Unit).where(Unit.serial_no == "LF50400000007")).one()
        assert (unit.sale_date, unit.invoice_date, unit.engine_no) == (
            filling.SALE_DAY, filling.SALE_DAY + dt.timedelta(days=1), "YN00000007")
        card = s.scalars(select(RegistrationCard).where(RegistrationCard.unit_id == unit.id)).one()
        assert card.due_date == filling.SALE_DAY + dt.timedelta(days=20) and card.sent_on is None
        assert s.scalar(select(func.count()).select_from(RegistrationCard)) == ROWS
    elif kind == "stock":
        level = s.get(StockLevel, s.scalar(select(Part.id).where(Part.part_no == "P-00020")))
        assert (level.on_hand, level.on_order, level.bin_location) == (Decimal(3), Decimal(2), "A-20")
        moved = s.scalar(select(func.sum(StockMovement.quantity)).where(StockMovement.kind == StockMovementKind.IMPORT))
        assert moved == sum(Decimal(row[1]) for row in filling.stock_rows(ROWS))
        assert s.scalar(select(func.count()).select_from(StockMovement).where(StockMovement.quantity == 0)) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_one_bad_row_in_the_middle_imports_nothing_and_names_that_row(database, files, kind):
    _prepare(database, kind, files)
    before = database.check().row_counts
    with pytest.raises(ImportRefused) as refused:
        import_file(database, kind, files[kind][1], today=TODAY)
    _index, value, letter, code = SPOILERS[kind]
    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.code) == (BAD_AT + 1, letter, code)
    assert problem.value == value.strip()
    assert f"{kind}-bad.xlsx" in str(refused.value) and "nothing was imported" in str(refused.value)
    assert f"row {BAD_AT + 1}, column {letter} (" in problem.line(refused.value.file_name)
    assert database.check().row_counts == before
