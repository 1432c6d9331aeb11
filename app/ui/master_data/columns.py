"""The columns of the master data lists (titles in the "MasterDataPage" context)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.domain.money import format_money
from app.ui.labels import label
from app.ui.master_data import statutory_columns as statutory
from app.ui.models.paged import ALIGN_LEFT, ALIGN_RIGHT, Column

CHECK = "\u2713"
CENTER = Qt.AlignmentFlag.AlignCenter


def _yes(value: bool) -> str:
    return CHECK if value else ""


def _number(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():,f}"  # 1500.00 → 1,500; 3.500 → 3.5
    return f"{value:,}"


MODEL_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Model code"), lambda r: r.code, "code"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Category"), lambda r: label(r.category)),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Product class"), statutory.class_text, None, ALIGN_LEFT,
           statutory.floor_colour, statutory.floor_tooltip),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Warranty (months)"), lambda r: _number(r.warranty_months),
           "warranty_months", ALIGN_RIGHT, statutory.floor_colour, statutory.floor_tooltip),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Main components (months)"),
           lambda r: _number(r.main_component_months), None, ALIGN_RIGHT, statutory.floor_colour,
           statutory.floor_tooltip),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Statutory floor (months)"), statutory.floor_text, None, ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Warranty hours"), lambda r: _number(r.warranty_hours), None,
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Warranty area (mu)"), lambda r: _number(r.warranty_area), None,
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Labour rate (yuan/h)"), lambda r: format_money(r.labour_rate),
           "labour_rate", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "First service (h)"), lambda r: _number(r.first_service_hours), None,
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "First service (months)"), lambda r: _number(r.first_service_months),
           None, ALIGN_RIGHT),
]

PART_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Part number"), lambda r: r.part_no, "part_no"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Unit"), lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Unit price (yuan)"), lambda r: format_money(r.unit_price),
           "unit_price", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Warranty part"), lambda r: _yes(r.is_warranty_part), None, CENTER),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Wear part"), lambda r: _yes(r.is_wear_part), None, CENTER),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Must return"), lambda r: _yes(r.must_return), None, CENTER),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Photo required"), lambda r: _yes(r.photo_required), None, CENTER),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Main component"), lambda r: _yes(r.is_main_component), None, CENTER),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Wear life (months)"), lambda r: _number(r.wear_life_months), None,
           ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Pack size"), lambda r: _number(r.pack_size), None, ALIGN_RIGHT),
]

CUSTOMER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Customer code"), lambda r: r.code, "code"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Phone"), lambda r: r.phone, "phone"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Region"), lambda r: r.region, "region"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Address"), lambda r: r.address),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Key customer"), lambda r: _yes(r.key_customer), None, CENTER),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Units"), lambda r: _number(r.units), None, ALIGN_RIGHT),
]

STOCK_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Part number"), lambda r: r.part_no, "part_no"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "On hand"), lambda r: _number(r.on_hand), "on_hand", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "On order"), lambda r: _number(r.on_order), None, ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Unit"), lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Bin location"), lambda r: r.bin_location, "bin_location"),
    Column(QT_TRANSLATE_NOOP("MasterDataPage", "Unit price (yuan)"), lambda r: format_money(r.unit_price), None,
           ALIGN_RIGHT),
]
