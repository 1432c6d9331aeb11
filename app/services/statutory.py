"""The statutory 三包 table and China's holiday calendar, as the warranty computation uses them, and the
models whose terms need a clerk's attention (no product class, or terms below the statutory floor).

The table ships in resources/statutory/periods.json and is read once. The holiday calendar is the
`chinesecalendar` package (the State Council's yearly notice, including the working weekends that
make up for holidays); for a year it does not know yet, Saturdays and Sundays stand in and the
result says which years were guessed so the clerk is warned.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import chinese_calendar
from sqlalchemy import select

from app.db.models import ProductModel
from app.domain.enums import ProductClass
from app.domain.statutory import StatutoryPeriods, StatutoryTable, TermsIssue, floor_issues, load_table
from app.paths import resource
from app.services.database import Database

TABLE_FILE = ("statutory", "periods.json")


@lru_cache(maxsize=1)
def statutory_table() -> StatutoryTable:
    """The regulation's table (raises ValidationError, fit for a clerk, if the file is damaged)."""
    return load_table(resource(*TABLE_FILE))


def floor_for(product_class: ProductClass | None) -> StatutoryPeriods:
    return statutory_table().for_class(product_class)


def terms_issues(product_class: ProductClass | None, months: int | None,
                 main_months: int | None) -> tuple[TermsIssue, ...]:
    """What the master data should warn about for a model's class and terms (editor, importer)."""
    return floor_issues(product_class, months, main_months, statutory_table())


class DaysOff:
    """Is a day a public holiday or rest day? (`chinese_calendar.is_holiday`: weekends count, the working
    weekends that make up for a holiday do not.) Remembers the years it had to guess."""

    def __init__(self) -> None:
        self.guessed_years: set[int] = set()

    def __call__(self, day: dt.date) -> bool:
        try:
            return bool(chinese_calendar.is_holiday(day))
        except NotImplementedError:
            # A year the package has no State Council notice for yet: only the weekends are known.
            self.guessed_years.add(day.year)
            return day.weekday() >= 5

    @property
    def guessed(self) -> tuple[int, ...]:
        return tuple(sorted(self.guessed_years))


# --- models needing attention ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelCheck:
    model_id: int
    code: str
    name: str
    product_class: ProductClass | None
    warranty_months: int
    main_component_months: int
    floor_months: int
    floor_main_months: int
    issues: tuple[TermsIssue, ...]


def model_checks(db: Database, *, only_issues: bool = True) -> tuple[ModelCheck, ...]:
    """Active models with their statutory floor; by default only those without a product class or with
    terms below the floor (a few hundred models at most: checked in Python against the one table)."""
    table = statutory_table()
    with db.translated_errors(), db.sessions() as s:
        rows = s.execute(select(ProductModel.id, ProductModel.code, ProductModel.name, ProductModel.product_class,
                                ProductModel.warranty_months, ProductModel.main_component_months)
                         .where(ProductModel.active.is_(True)).order_by(ProductModel.code)).all()
    result = []
    for row in rows:
        floor = table.for_class(row.product_class)
        issues = floor_issues(row.product_class, row.warranty_months, row.main_component_months, table)
        if issues or not only_issues:
            result.append(ModelCheck(row.id, row.code, row.name, row.product_class, row.warranty_months,
                                     row.main_component_months, floor.whole_machine_months, floor.main_floor_months,
                                     issues))
    return tuple(result)
