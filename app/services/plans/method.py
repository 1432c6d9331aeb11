"""How a plan line's quantities follow from what the dealer knows (pure arithmetic, no database).

    forecast   = warranty repairs expected + other use expected
      repairs  = Σ over the models the part fits and the ages of their machines:
                 machines in the field now × parts used per machine in the same season of past years
      other    = paid service and counter sales per machine of the models it fits in past seasons,
                 × machines of those models in the field now
    covering   = the stock that covers the season's demand in `service_level` of seasons, counting
                 demand as Poisson with the forecast as its mean
    safety     = covering − forecast
    target     = covering, but never below the minimum stock: the dealer's own minimum for the part, and
                 for a warranty part (三包件) that fits a model with machines still under warranty at
                 the season's start, at least `warranty_minimum`
    suggested  = target − on hand − on order, rounded up to whole packs, never negative

The rates pool the same season of up to three past years (the season's own consumption in the
stock movements, the repairs in the claims' part lines), so a model sold in growing numbers gets
a growing forecast, and a machine past its warranty age stops adding warranty repairs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from statistics import NormalDist

from app.domain.errors import ValidationError
from app.domain.reserve import FieldTerm, Reason

TENTH = Decimal("0.1")
ZERO = Decimal(0)
_EXACT_LIMIT = 300.0  # above this mean the normal approximation of the Poisson quantile is exact enough


@dataclass(frozen=True)
class Method:
    service_level: float = 0.9  # share of seasons the target stock should cover
    warranty_minimum: Decimal = Decimal(1)  # of each warranty part (三包件) of models under warranty
    terms_kept: int = 3  # field terms a line's reason names
    # How much each past season counts in the pooled rates, the latest first.
    weights: tuple[Decimal, ...] = (Decimal(1), Decimal(1), Decimal(1))

    def __post_init__(self) -> None:
        if not 0.5 <= self.service_level < 1:
            raise ValidationError("the service level must be from 0.5 to just under 1")
        if not self.weights or self.weights[0] <= 0 or any(w < 0 for w in self.weights):
            raise ValidationError("the weights of past seasons must not be negative, the latest above zero")


@dataclass(frozen=True)
class LineQuantities:
    forecast: Decimal
    safety: Decimal
    minimum: Decimal
    target: Decimal
    suggested: Decimal
    reason: Reason

    @property
    def worth_a_line(self) -> bool:
        """A plan lists the parts the season is expected to use, and those it must order to reach the
        minimum; a part neither used nor short is left out."""
        return self.forecast > 0 or self.suggested > 0


def round_up_to_pack(quantity: Decimal, pack_size: int, part_no: str = "") -> Decimal:
    """Whole packs covering `quantity` (nothing for nothing). A pack size below one is a catalogue error."""
    if pack_size < 1:
        raise ValidationError(f"part {part_no} has pack size {pack_size} in the parts catalogue; correct it "
                              "(at least 1) before planning")
    if quantity <= 0:
        return ZERO
    packs = (quantity / pack_size).to_integral_value(rounding=ROUND_CEILING)
    return packs * pack_size


def poisson_quantile(mean: float, level: float) -> int:
    """The smallest stock k with P(demand ≤ k) ≥ level when demand is Poisson with this mean."""
    if mean <= 0:
        return 0
    if mean > _EXACT_LIMIT:
        return math.ceil(mean + NormalDist().inv_cdf(level) * math.sqrt(mean))
    k, term = 0, math.exp(-mean)
    cdf = term
    while cdf < level:
        k += 1
        term *= mean / k
        cdf += term
    return k


def tenth(value: Decimal | float) -> Decimal:
    return Decimal(str(value)).quantize(TENTH, rounding=ROUND_HALF_UP)


def line_quantities(*, part_no: str, history: tuple[tuple[int, Decimal], ...], terms: list[FieldTerm],
                    other: Decimal, other_units: Decimal, minimum: Decimal, on_hand: Decimal, on_order: Decimal,
                    pack_size: int, method: Method) -> LineQuantities:
    repairs = sum((t.expected for t in terms), ZERO)
    forecast = tenth(repairs + other)
    covering = Decimal(poisson_quantile(float(forecast), method.service_level))
    safety = max(covering - forecast, ZERO)
    target = max(covering, minimum)
    suggested = round_up_to_pack(target - on_hand - on_order, pack_size, part_no)
    kept = sorted(terms, key=lambda t: (-t.expected, t.model, t.band))[:method.terms_kept]
    reason = Reason(history=history, field=tuple(_rounded(t) for t in kept), repairs=tenth(repairs),
                    other=tenth(other), other_units=tenth(other_units), forecast=forecast, safety=safety,
                    minimum=minimum, on_hand=on_hand, on_order=on_order, pack_size=pack_size)
    return LineQuantities(forecast, safety, minimum, target, suggested, reason)


def _rounded(term: FieldTerm) -> FieldTerm:
    rate = term.rate.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return FieldTerm(term.model, term.band, tenth(term.units), rate, tenth(term.expected), term.borrowed)
