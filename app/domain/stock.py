"""Rules of dealer stock: who pays to send unsaleable stock back to the factory (DOMAIN rule 9), how
long a claim waited for parts, and what a quantity of a part may be."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.enums import PartClass, StockMovementKind
from app.domain.errors import ValidationError

QUANTITY_PLACES = 3  # what app.db.types.Quantity stores
MAX_QUANTITY = Decimal(1_000_000)  # more of one part than a dealer holds: a typing slip (a barcode in the field)

# Movements that are demand (negative quantities): what forecasts of consumption read.
CONSUMPTION = (StockMovementKind.CLAIM, StockMovementKind.PAID_ORDER, StockMovementKind.COUNTER_SALE)


class ReturnReason(StrEnum):
    """Why dealer stock goes back to the factory (经销商库存产品返厂); values as factory_returns stores them."""

    QUALITY = "quality"  # 产品本身有质量问题
    DISMANTLED = "dismantled"  # 经销商拆件造成
    OTHER = "other"  # 其它无法销售产品


class FreightPayer(StrEnum):
    FACTORY = "factory"
    DEALER = "dealer"


@dataclass(frozen=True)
class FreightRule:
    freight_payer: FreightPayer
    dealer_pays_restoration: bool  # the labour to make a dismantled part saleable again


def freight_rule(reason: ReturnReason) -> FreightRule:
    """Quality defect: the factory pays the freight. Dismantled by the dealer: the dealer pays the freight
    and the restoration labour. Anything else unsaleable: the dealer pays the freight."""
    if reason == ReturnReason.QUALITY:
        return FreightRule(FreightPayer.FACTORY, dealer_pays_restoration=False)
    if reason == ReturnReason.DISMANTLED:
        return FreightRule(FreightPayer.DEALER, dealer_pays_restoration=True)
    return FreightRule(FreightPayer.DEALER, dealer_pays_restoration=False)


def part_class(is_warranty_part: bool, is_wear_part: bool) -> PartClass:
    """A wear part (易损件) is planned as one even when it is also covered by warranty."""
    if is_wear_part:
        return PartClass.WEAR
    return PartClass.WARRANTY if is_warranty_part else PartClass.OTHER


def checked_quantity(value: Decimal | int | str, *, what: str = "the quantity", allow_zero: bool = False,
                     allow_negative: bool = False) -> Decimal:
    """A quantity as the stock tables keep it (three decimals), or ValidationError in a clerk's words."""
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except ArithmeticError:
        raise ValidationError(f"{what} is not a number: {value}") from None
    if not number.is_finite():
        raise ValidationError(f"{what} is not a number: {value}")
    if number != number.quantize(Decimal(1).scaleb(-QUANTITY_PLACES)):
        raise ValidationError(f"{what} has more than {QUANTITY_PLACES} decimals: {value}")
    if number < 0 and not allow_negative:
        raise ValidationError(f"{what} must not be negative: {value}")
    if number == 0 and not allow_zero:
        raise ValidationError(f"{what} must not be zero")
    if abs(number) >= MAX_QUANTITY:
        raise ValidationError(f"{what} {value} is too large")
    return number


def require_whole_packs(part_no: str, quantity: Decimal, pack_size: int) -> None:
    """Parts are ordered from the factory by the pack; a pack size below one is a catalogue error."""
    if pack_size < 1:
        raise ValidationError(f"part {part_no} has pack size {pack_size}; correct the pack size in the parts "
                              "catalogue (at least 1) first")
    if quantity % pack_size:
        raise ValidationError(f"part {part_no} comes in packs of {pack_size}: order a multiple of {pack_size}")


def waiting_days(spells: Iterable[tuple[dt.date, dt.date]]) -> int:
    """Days covered by the (ordered, received) spells, overlaps counted once: two parts ordered the same
    day and received a week later kept the machine waiting one week, not two."""
    total = 0
    covered_to: dt.date | None = None
    for start, end in sorted(spells):
        if covered_to is not None and start < covered_to:
            start = covered_to
        if end > start:
            total += (end - start).days
        covered_to = end if covered_to is None else max(covered_to, end)
    return total
