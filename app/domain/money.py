"""Money is Decimal, rounded half-up to the fen (0.01 yuan), never float."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


def to_money(value: Decimal | int | str) -> Decimal:
    """Round a Decimal, int or decimal string half-up to the fen. Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a Decimal or a string")
    try:
        amount = value if isinstance(value, Decimal) else Decimal(value)
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not an amount of money: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount of money: {value!r}")
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """The amount of one line: quantity × unit price, rounded once at the end."""
    return to_money(Decimal(quantity) * Decimal(unit_price))


def format_money(amount: Decimal) -> str:
    """1234567.5 → '1,234,567.50' (the yuan sign is the caller's choice)."""
    return f"{to_money(amount):,.2f}"
