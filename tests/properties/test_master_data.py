"""The master-data imports (models, parts, customers, units, stock) fed random and malformed workbooks."""
from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.models import Customer, ImportRun, Part, ProductModel, RegistrationCard, StockLevel, Unit
from app.reports.excel import KINDS, read_sheet, spec_for
from app.services.imports import import_file
from tests.properties.strategies import Sheet, raw_files, sheets, write_workbook
from tests.properties.support import outcome
from tests.services.claims.conftest import TODAY

# Codes already on record in the dealer fixture, so that many rows name something that exists.
POOLS = {
    "code": ["LF-504", "KH2026-000001"],
    "model_code": ["LF-504"],
    "customer": ["KH2026-000001", "13805310001"],
    "part_no": ["T5-112-10", "T5-101-22"],
    "serial_no": ["LF50426000001"],
}
TABLES = {"models": ProductModel, "parts": Part, "customers": Customer, "units": Unit, "stock": StockLevel}


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@functools.cache
def _example_file(kind: str) -> bytes:
    """The template with its example row filled in: a file the import accepts or refuses cleanly. Made once,
    so that every example damages the same bytes (a workbook saved again differs in its time stamps)."""
    spec = spec_for(kind)
    sheet = Sheet(spec.zh, [c.template_header for c in spec.columns], [[c.example or None for c in spec.columns]])
    with tempfile.TemporaryDirectory() as folder:
        return write_workbook(Path(folder) / f"{kind}-example.xlsx", sheet).read_bytes()


def _check_import(db, kind: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    before = _count(db, TABLES[kind])
    runs = _count(db, ImportRun)
    result, refused = outcome(db, lambda: import_file(db, kind, path, today=TODAY))
    if result is None:
        assert refused is not None
        return
    # A correct import: every row accounted for, the new ones in the table, the run recorded.
    assert result.rows > 0
    if kind == "units":
        assert result.created == result.rows
        assert _count(db, RegistrationCard) == _count(db, Unit)
    else:
        assert result.created + result.updated + result.unchanged == result.rows
    assert _count(db, TABLES[kind]) == before + result.created
    assert _count(db, ImportRun) == runs + 1
    _round_trip(db, kind, path)


# The key each kind is found by, and the columns stored as read (others are derived or looked up).
KEYS = {"models": ("code", ProductModel.code), "parts": ("part_no", Part.part_no),
        "units": ("serial_no", Unit.serial_no)}
STORED = {
    "models": ("name", "category", "product_class", "warranty_months", "warranty_hours", "warranty_area",
               "labour_rate", "first_service_hours", "first_service_months"),
    "parts": ("name", "unit", "unit_price", "is_warranty_part", "is_wear_part", "must_return", "photo_required",
              "is_main_component", "wear_life_months", "pack_size"),
    "units": ("engine_no", "sale_date", "invoice_date", "invoice_no"),
}


def _round_trip(db, kind: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Read back: each row of the file, as the reader parses it, is now what the database holds."""
    sheet = read_sheet(path, spec_for(kind))
    if kind == "stock":
        with db.sessions() as s:
            held = dict(s.execute(select(Part.part_no, StockLevel.on_hand).join(StockLevel,
                                                                                 StockLevel.part_id == Part.id)).all())
        assert all(held[row.values["part_no"]] == row.values["on_hand"] for row in sheet.rows)
        return
    if kind == "customers":
        with db.sessions() as s:
            names = set(s.scalars(select(Customer.name)))
        assert {row.values["name"] for row in sheet.rows} <= names
        return
    key, column = KEYS[kind]
    model = TABLES[kind]
    with db.sessions() as s:
        stored = {getattr(record, key): record for record in s.scalars(select(model).where(
            column.in_([row.values[key] for row in sheet.rows])))}
        for row in sheet.rows:
            record = stored[row.values[key]]
            for field in STORED[kind]:
                if sheet.has(field):
                    assert getattr(record, field) == row.values.get(field), (row.number, field)


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_random_workbooks_are_imported_or_refused_cleanly(dealer, kind, data):
    # GIVEN a workbook shaped like the template, its cells anything Excel can hold
    sheet = data.draw(sheets(spec_for(kind), POOLS), label="sheet")
    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(Path(folder) / f"{kind}.xlsx", sheet)
        # WHEN it is imported THEN it goes in whole, or is refused naming the rows and changing nothing
        _check_import(dealer.db, kind, path)


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_random_and_damaged_files_are_refused_cleanly(dealer, kind, data):
    content = data.draw(raw_files(_example_file(kind)), label="content")
    suffix = data.draw(st.sampled_from([".xlsx", ".xls", ".csv", ".pdf", ""]), label="suffix")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(content)
        _check_import(dealer.db, kind, path)

