"""The reserve plan's workbook fields: typed as the template mechanism expects, every shipped template valid."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.paths import resource
from app.reports.batch.fields import FieldType
from app.reports.plan_workbook import PLAN_FIELDS, PlanData, PlanHeader, PlanLineData, PlanRowKind, parse_plan_template

HEADER = PlanHeader(plan_no="CB2026-001", revision=1, dealer_code="D3701", dealer_name="济南鲁丰", manufacturer="华北",
                    season_code="SPRING", season_name="春耕", season_year=2027, season_start=dt.date(2027, 3, 1),
                    season_last_day=dt.date(2027, 4, 30), due_date=dt.date(2027, 1, 30), status="approved",
                    approved_by="王建国", approval_date=dt.date(2027, 1, 20), submitted_on=None,
                    total_amount=Decimal("320.00"), note="", created_on=dt.date(2027, 1, 5))
LINE = PlanLineData(line_no=1, part_no="T5-112", part_name="水泵", unit="件", part_class="warranty", models="LF-504",
                    pack_size=1, forecast=Decimal("0.4"), safety=Decimal("1.6"), minimum=Decimal(1),
                    on_hand=Decimal(0), on_order=Decimal(0), last_year=Decimal(1), suggested=Decimal(2),
                    chosen=Decimal(2), unit_price=Decimal("160.00"), amount=Decimal("320.00"), reason_zh="依据：…",
                    reason_en="because: …", note="")
EXPECTED = {FieldType.TEXT: str, FieldType.CODE: str, FieldType.DATE: dt.date, FieldType.MONEY: Decimal,
            FieldType.DECIMAL: Decimal, FieldType.INT: int}


def test_field_types_match_what_the_values_are():
    data = PlanData(HEADER, (LINE,))
    rows = {PlanRowKind.SUMMARY: data, PlanRowKind.LINES: (data, LINE), PlanRowKind.ORDERED_LINES: (data, LINE)}
    for kind, fields in PLAN_FIELDS.items():
        for field in fields.values():
            value = field.get(rows[kind])  # type: ignore[index]
            assert value is None or isinstance(value, EXPECTED[field.type]), (kind, field.name, value)


@pytest.mark.parametrize("name", ["default", "manufacturer-order"])
def test_shipped_templates_are_valid(name):
    path = resource("templates", "plan", f"{name}.json")
    template = parse_plan_template(path.read_bytes(), path.name)
    assert template.sheets and all(sheet.columns for sheet in template.sheets)


def test_a_batch_row_kind_is_not_a_plan_row_kind():
    with pytest.raises(ValidationError, match="rows 'claims' is not one of summary, lines, orderedLines"):
        parse_plan_template('{"sheets": [{"title": "A", "rows": "claims", "columns": [{"field": "claimNumber"}]}]}')
