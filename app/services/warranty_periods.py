"""The three answers the regulation gives for a unit, as the service file and the claim editor show them:
the whole machine is covered until …, the main components until …, and each wear part for its own life.

Everything is counted the one way `warranty_for_unit` counts (start, floor, repair and parts-waiting
days, holiday rule); `start` restarts the periods on an exchange date.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ModelPart, Part, Unit
from app.domain.coverage import period_end, roll_past_days_off
from app.domain.enums import ProductClass
from app.domain.errors import ValidationError
from app.domain.statutory import MainComponent, PartBasis, PeriodWarning, StartBasis, StatutoryPeriods, part_basis
from app.services.database import Database
from app.services.statutory import DaysOff
from app.services.warranty import UnitWarranty, warranty_in_session


@dataclass(frozen=True)
class PartPeriod:
    """One part of the unit and the period it is judged against."""

    part_id: int
    part_no: str
    name: str
    basis: PartBasis
    life_months: int | None  # a wear part's life; None: not recorded (the whole machine's period applies)
    ends_on: dt.date

    def covers(self, on: dt.date, starts_on: dt.date) -> bool:
        return starts_on <= on <= self.ends_on


@dataclass(frozen=True)
class UnitPeriods:
    unit_id: int
    starts_on: dt.date
    start_basis: StartBasis
    product_class: ProductClass | None
    floor: StatutoryPeriods
    whole_machine_months: int  # as applied: the model's terms, at least the floor
    main_component_months: int
    whole_machine_ends_on: dt.date
    main_components_end_on: dt.date
    extension_days: int  # days in repair and waiting for parts
    main_components: tuple[str, ...]  # the model's main components, or the regulation's list
    statutory_main_components: tuple[MainComponent, ...]
    wear_parts: tuple[PartPeriod, ...]
    warnings: tuple[PeriodWarning, ...]
    guessed_years: tuple[int, ...]  # years whose holidays were not known (weekends used)


def _wear_end(warranty: UnitWarranty, life: int | None, days_off: DaysOff) -> dt.date:
    """A wear part lives the life its manual states, from the start of the periods (holiday rule
    applied); the days in repair extend the 三包 periods, not a part's life. No life recorded: the whole
    machine's period."""
    cover = warranty.coverage
    if life is None:
        return cover.ends_on
    return roll_past_days_off(period_end(cover.starts_on, life), days_off)


def _parts(s: Session, model_id: int, floor: StatutoryPeriods, warranty: UnitWarranty, days_off: DaysOff,
           part_ids: Iterable[int] | None) -> list[PartPeriod]:
    """The model's parts (or the given ones) with the period each is judged against."""
    query = (select(Part.id, Part.part_no, Part.name, Part.is_main_component, Part.is_wear_part,
                    Part.wear_life_months, ModelPart.main_component)
             .outerjoin(ModelPart, (ModelPart.part_id == Part.id) & (ModelPart.model_id == model_id)))
    if part_ids is None:
        query = query.where(ModelPart.model_id == model_id)
    else:
        query = query.where(Part.id.in_(list(part_ids)))
    result = []
    cover = warranty.coverage
    for row in s.execute(query.order_by(Part.part_no)):
        basis = part_basis(model_flag=row.main_component, part_flag=row.is_main_component,
                           is_wear_part=row.is_wear_part, name=row.name, floor=floor)
        life = row.wear_life_months if basis == PartBasis.WEAR_PART else None
        ends = {PartBasis.MAIN_COMPONENT: cover.main_components_end_on,
                PartBasis.WHOLE_MACHINE: cover.ends_on}.get(basis) or _wear_end(warranty, life, days_off)
        result.append(PartPeriod(row.id, row.part_no, row.name, basis, life, ends))
    return result


def periods_in_session(s: Session, unit_id: int, on_date: dt.date, *, start: dt.date | None = None,
                       part_ids: Iterable[int] | None = None) -> tuple[UnitPeriods, tuple[PartPeriod, ...]]:
    """The unit's periods, and the given parts judged (all of the model's parts when None)."""
    unit = s.get(Unit, unit_id)
    if unit is None:
        raise ValidationError(f"no unit with id {unit_id}")
    warranty = warranty_in_session(s, unit_id, on_date, start=start)
    terms = warranty.terms
    assert terms is not None  # always filled by warranties()
    days_off = DaysOff()
    parts = _parts(s, unit.model_id, terms.floor, warranty, days_off, part_ids)
    model_parts = parts if part_ids is None else _parts(s, unit.model_id, terms.floor, warranty, days_off, None)
    main = tuple(p.name for p in model_parts if p.basis == PartBasis.MAIN_COMPONENT)
    guessed = tuple(sorted(set(warranty.guessed_years) | days_off.guessed_years))
    warnings = warranty.warnings
    if guessed and PeriodWarning.HOLIDAYS_UNKNOWN not in warnings:
        warnings = (*warnings, PeriodWarning.HOLIDAYS_UNKNOWN)
    cover = warranty.coverage
    periods = UnitPeriods(
        unit_id=unit_id, starts_on=cover.starts_on, start_basis=warranty.start_basis,
        product_class=unit.model.product_class, floor=terms.floor, whole_machine_months=terms.applied.months,
        main_component_months=terms.applied.main_component_months, whole_machine_ends_on=cover.ends_on,
        main_components_end_on=cover.main_components_end_on, extension_days=cover.extension_days,
        main_components=main or tuple(c.name for c in terms.floor.main_components),
        statutory_main_components=terms.floor.main_components,
        wear_parts=tuple(p for p in model_parts if p.basis == PartBasis.WEAR_PART),
        warnings=warnings, guessed_years=guessed,
    )
    return periods, tuple(parts)


def unit_periods(db: Database, unit_id: int, on_date: dt.date, *, start: dt.date | None = None) -> UnitPeriods:
    """Whole machine until …, main components until …, wear parts: life per part (the service file)."""
    with db.translated_errors(), db.sessions() as s:
        return periods_in_session(s, unit_id, on_date, start=start)[0]


def judge_parts(db: Database, unit_id: int, part_ids: Iterable[int], *, on_date: dt.date,
                start: dt.date | None = None) -> tuple[UnitPeriods, tuple[PartPeriod, ...]]:
    """The unit's periods and each of `part_ids` judged (the claim editor's part lines)."""
    with db.translated_errors(), db.sessions() as s:
        return periods_in_session(s, unit_id, on_date, start=start, part_ids=list(part_ids))
