"""The national farm-machinery 三包 regulation's floors (农业机械产品修理、更换、退货责任规定, 2010), as rules.

The table itself ships as data (resources/statutory/periods.json); this module parses it and answers
three questions: which floor applies to a model (its product class; a model without one gets the
"other" floor until a clerk sets it), whether a model's own terms undercut that floor, and against
which period a replaced part is judged (main component, wear part, or the whole machine).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.coverage import WarrantyTerms
from app.domain.enums import ProductClass
from app.domain.errors import ValidationError
from app.domain.normalize import clean_text


@dataclass(frozen=True)
class MainComponent:
    name: str  # as the regulation names it (Chinese)
    name_en: str


@dataclass(frozen=True)
class StatutoryPeriods:
    """The floor for one product class."""

    product_class: ProductClass
    name: str
    name_en: str
    whole_machine_months: int
    main_component_months: int | None  # None: no separate period ("other")
    main_components: tuple[MainComponent, ...]

    @property
    def main_floor_months(self) -> int:
        """The main-component floor; a class without one has its main components share the whole machine's."""
        return self.main_component_months or self.whole_machine_months

    @property
    def terms(self) -> WarrantyTerms:
        return WarrantyTerms(months=self.whole_machine_months, main_component_months=self.main_floor_months)


@dataclass(frozen=True)
class StatutoryTable:
    source: str
    year: int
    articles: Mapping[str, str]
    classes: Mapping[ProductClass, StatutoryPeriods]

    def for_class(self, product_class: ProductClass | None) -> StatutoryPeriods:
        """The floor of a class; a model without a class gets the "other" floor."""
        return self.classes[product_class or ProductClass.OTHER]


def parse_table(data: Mapping[str, Any]) -> StatutoryTable:
    """The table from its JSON form, checked: every product class present, positive whole months."""
    try:
        lists = {key: tuple(MainComponent(str(zh), str(en)) for zh, en in rows)
                 for key, rows in data.get("main_component_lists", {}).items()}
        classes: dict[ProductClass, StatutoryPeriods] = {}
        for key, row in data["classes"].items():
            product_class = ProductClass(key)
            whole, main = int(row["whole_machine_months"]), row.get("main_component_months")
            list_key = row.get("main_components")
            if whole <= 0 or (main is not None and int(main) < whole):
                raise ValueError(f"{key}: periods out of order")
            classes[product_class] = StatutoryPeriods(
                product_class=product_class, name=str(row.get("name", key)), name_en=str(row.get("name_en", key)),
                whole_machine_months=whole, main_component_months=None if main is None else int(main),
                main_components=lists[list_key] if list_key else ())
        missing = [c.value for c in ProductClass if c not in classes]
        if missing:
            raise ValueError(f"no periods for {', '.join(missing)}")
        return StatutoryTable(source=str(data["source"]), year=int(data["year"]),
                              articles=dict(data.get("articles", {})), classes=classes)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"the statutory warranty table cannot be read: {exc}") from exc


def load_table(path: Path) -> StatutoryTable:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(f"the statutory warranty table {path.name} cannot be read: {exc}") from exc
    return parse_table(data)


# --- a model's terms against the floor --------------------------------------------------------------


class TermsIssue(StrEnum):
    NO_PRODUCT_CLASS = "no_product_class"  # the "other" floor applies until a class is set
    WHOLE_BELOW_FLOOR = "whole_below_floor"
    MAIN_BELOW_FLOOR = "main_below_floor"


@dataclass(frozen=True)
class ModelTerms:
    """A model's terms as the app applies them: the dealer's own, but never below the statutory floor."""

    applied: WarrantyTerms  # what coverage is computed with
    dealer_months: int  # as entered on the model
    dealer_main_months: int
    floor: StatutoryPeriods
    issues: tuple[TermsIssue, ...]


def floor_issues(product_class: ProductClass | None, months: int | None, main_months: int | None,
                 table: StatutoryTable) -> tuple[TermsIssue, ...]:
    """What is wrong with a model's terms: no class, or a period shorter than the law allows."""
    floor = table.for_class(product_class)
    issues: list[TermsIssue] = []
    if product_class is None:
        issues.append(TermsIssue.NO_PRODUCT_CLASS)
    if months is not None and months < floor.whole_machine_months:
        issues.append(TermsIssue.WHOLE_BELOW_FLOOR)
    if main_months is not None and main_months < floor.main_floor_months:
        issues.append(TermsIssue.MAIN_BELOW_FLOOR)
    return tuple(issues)


def model_terms(dealer: WarrantyTerms, product_class: ProductClass | None, table: StatutoryTable) -> ModelTerms:
    """The terms a unit of this model is covered by. Terms below the floor are raised to it (the law
    lets a dealer raise the terms, not undercut them); the issues say so, for a warning."""
    floor = table.for_class(product_class)
    months = max(dealer.months, floor.whole_machine_months)
    main = max(dealer.main_component_months, floor.main_floor_months, months)
    applied = WarrantyTerms(months=months, main_component_months=main, hours=dealer.hours, area=dealer.area)
    return ModelTerms(applied=applied, dealer_months=dealer.months, dealer_main_months=dealer.main_component_months,
                      floor=floor, issues=floor_issues(product_class, dealer.months, dealer.main_component_months,
                                                       table))


# --- which period a part is judged against ----------------------------------------------------------


class PartBasis(StrEnum):
    MAIN_COMPONENT = "main_component"  # the main-component period
    WEAR_PART = "wear_part"  # its own wear life from the start of the periods
    WHOLE_MACHINE = "whole_machine"


def statutory_main_component(name: str, floor: StatutoryPeriods) -> bool:
    """A part named exactly as the regulation's list names a main component (spaces ignored).

    Exact, not "contains": 气缸盖螺栓 (a cylinder-head bolt) is not the cylinder head.
    """
    wanted = clean_text(name).replace(" ", "")
    return any(wanted == component.name for component in floor.main_components)


def part_basis(*, model_flag: bool | None, part_flag: bool, is_wear_part: bool, name: str,
               floor: StatutoryPeriods) -> PartBasis:
    """How a part of a model is judged.

    A main component is what the model's parts list says (ModelPart.main_component) when the part is
    listed for the model; otherwise the catalogue flag (Part.is_main_component), then the regulation's
    list by exact name. A main component is never judged as a wear part. A wear part lives its own
    life (the product manual's); everything else shares the whole machine's period.
    """
    main = model_flag if model_flag is not None else (part_flag or statutory_main_component(name, floor))
    if main:
        return PartBasis.MAIN_COMPONENT
    if is_wear_part:
        return PartBasis.WEAR_PART
    return PartBasis.WHOLE_MACHINE


# --- what a clerk is warned of about a unit's periods -------------------------------------------------


class StartBasis(StrEnum):
    INVOICE = "invoice"  # the sales invoice date, as the regulation counts
    SALE_DATE = "sale_date"  # no invoice date recorded: the sale date stands in
    EXCHANGE = "exchange"  # the periods started again on the exchange date


class PeriodWarning(StrEnum):
    NO_INVOICE_DATE = "no_invoice_date"  # counted from the sale date instead
    NO_PRODUCT_CLASS = "no_product_class"  # the "other" floor applies
    TERMS_BELOW_FLOOR = "terms_below_floor"  # the model's terms were raised to the floor
    HOLIDAYS_UNKNOWN = "holidays_unknown"  # a year the holiday calendar does not know: weekends only


def period_warnings(start_basis: StartBasis, issues: Iterable[TermsIssue],
                    guessed_years: Iterable[int]) -> tuple[PeriodWarning, ...]:
    """What the clerk is told about how a unit's periods were counted, in the order worth fixing."""
    found = set(issues)
    warnings = []
    if start_basis == StartBasis.SALE_DATE:
        warnings.append(PeriodWarning.NO_INVOICE_DATE)
    if TermsIssue.NO_PRODUCT_CLASS in found:
        warnings.append(PeriodWarning.NO_PRODUCT_CLASS)
    if found & {TermsIssue.WHOLE_BELOW_FLOOR, TermsIssue.MAIN_BELOW_FLOOR}:
        warnings.append(PeriodWarning.TERMS_BELOW_FLOOR)
    if any(True for _ in guessed_years):
        warnings.append(PeriodWarning.HOLIDAYS_UNKNOWN)
    return tuple(warnings)
