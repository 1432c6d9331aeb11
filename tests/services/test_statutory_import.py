"""Importing models against the statutory floor: a model without a product class or with terms below its
class's floor is imported (the floor applies) with a warning naming the row; the models list marks it."""
from __future__ import annotations

import datetime as dt

from app.domain.enums import ProductClass
from app.domain.statutory import TermsIssue
from app.services.imports import import_file
from app.services.statutory import model_checks
from tests.reports import filling

TODAY = dt.date(2026, 11, 27)


def test_models_below_the_floor_or_without_a_class_import_with_a_warning(database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [
        ["M-1", "大拖", "拖拉机", "拖拉机（大于18kW）", 12, 24, 1500, None, "60.00", 50, 3],  # in order
        ["M-2", "小拖", "拖拉机", "拖拉机（不大于18kW）", 6, 12, None, None, "40.00", None, None],  # floor 9 / 18
        ["M-3", "播种机", "拖拉机", None, 12, None, None, None, "40.00", None, None],  # no class
    ]
    path = filling.filled("models", tmp_path / "models.xlsx", rows)
    result = import_file(database, "models", path, today=TODAY)
    assert result.created == 3
    warned = {w.code: w for w in result.warnings}
    assert set(warned) == {"M-2", "M-3"}
    assert warned["M-2"].row == 3 and warned["M-2"].product_class == ProductClass.TRACTOR_UP_TO_18KW
    assert warned["M-2"].issues == (TermsIssue.WHOLE_BELOW_FLOOR, TermsIssue.MAIN_BELOW_FLOOR)
    assert (warned["M-2"].floor_months, warned["M-2"].floor_main_months) == (9, 18)
    assert warned["M-3"].issues == (TermsIssue.NO_PRODUCT_CLASS,)
    assert "2 models without a product class or below the statutory floor" in result.summary()
    # the models needing attention, for the master data and the Dashboard
    assert [c.code for c in model_checks(database)] == ["M-2", "M-3"]
    assert len(model_checks(database, only_issues=False)) == 3
