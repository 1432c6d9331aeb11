"""How the plan screens word numbers and reasons, in the UI's language (context "PlanReason")."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.money import format_money
from app.domain.reserve import AGE_BANDS, FieldTerm, Reason, decode_reason

_CONTEXT = "PlanReason"
_TERM = QT_TRANSLATE_NOOP("PlanReason", "{units} units of {model} aged {band} years, {rate}")
_BORROWED = QT_TRANSLATE_NOOP("PlanReason", "{units} units of {model} (new model) aged {band} years, {rate} as other "
                                            "models' parts of its kind")
_BARE_PERCENT = QT_TRANSLATE_NOOP("PlanReason", "{value}%")
_BARE_PER_UNIT = QT_TRANSLATE_NOOP("PlanReason", "{value} per unit")
_PERCENT = QT_TRANSLATE_NOOP("PlanReason", "{value}% failure in past seasons")
_PER_UNIT = QT_TRANSLATE_NOOP("PlanReason", "{value} used per unit in past seasons")
_OTHER = QT_TRANSLATE_NOOP("PlanReason", "paid service and counter sales {qty}")
_LAST_YEAR = QT_TRANSLATE_NOOP("PlanReason", "same season {year}: {qty}")
_NO_HISTORY = QT_TRANSLATE_NOOP("PlanReason", "no use recorded in past seasons")
_SAFETY = QT_TRANSLATE_NOOP("PlanReason", "safety stock {qty}")
_MINIMUM = QT_TRANSLATE_NOOP("PlanReason", "minimum stock {qty}")
_STOCK = QT_TRANSLATE_NOOP("PlanReason", "on hand {on_hand}, on order {on_order}, pack of {pack}")
_BECAUSE = QT_TRANSLATE_NOOP("PlanReason", "because: {reasons}")
_SEPARATOR = QT_TRANSLATE_NOOP("PlanReason", "; ")
_SUGGESTED = QT_TRANSLATE_NOOP("PlanReason", "Suggested = {target} to hold − {on_hand} on hand − {on_order} on order, "
                                             "in whole packs of {pack} = {suggested}")
_TARGET = QT_TRANSLATE_NOOP("PlanReason", "To hold = forecast {forecast} + safety stock {safety}, at least the "
                                          "minimum {minimum}")


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def number(value: Decimal | None) -> str:
    """A quantity as a clerk writes it: 14, 4.5, 0.25 (no trailing zeros, no exponent)."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(value: Decimal | None) -> str:
    return "" if value is None else format_money(value)


def rate_text(rate: Decimal, *, bare: bool = False) -> str:
    """3.1% failure in past seasons, or 2.4 used per unit (`bare`: 3.1%, 2.4 per unit)."""
    if rate >= 1:
        return tr(_BARE_PER_UNIT if bare else _PER_UNIT).format(value=number(rate.quantize(Decimal("0.1"))))
    percent = rate * 100
    places = Decimal("0.1") if percent >= Decimal("0.1") else Decimal("0.01")
    return tr(_BARE_PERCENT if bare else _PERCENT).format(value=number(percent.quantize(places)))


def term_text(term: FieldTerm) -> str:
    return tr(_BORROWED if term.borrowed else _TERM).format(
        units=number(term.units.quantize(Decimal(1))), model=term.model, band=AGE_BANDS[term.band],
        rate=rate_text(term.rate, bare=term.borrowed))


def reason_parts(reason: Reason) -> list[str]:
    parts = [term_text(term) for term in reason.field]
    if reason.other > 0:
        parts.append(tr(_OTHER).format(qty=number(reason.other)))
    last = reason.last_year
    parts.append(tr(_LAST_YEAR).format(year=last[0], qty=number(last[1])) if last else tr(_NO_HISTORY))
    if reason.safety > 0:
        parts.append(tr(_SAFETY).format(qty=number(reason.safety)))
    if reason.minimum > 0:
        parts.append(tr(_MINIMUM).format(qty=number(reason.minimum)))
    parts.append(tr(_STOCK).format(on_hand=number(reason.on_hand), on_order=number(reason.on_order),
                                   pack=reason.pack_size))
    return parts


def reason_line(stored: str) -> str:
    """The reason on one line (the table's column); text a person typed is shown as it is."""
    reason = decode_reason(stored)
    if reason is None:
        return stored
    return tr(_BECAUSE).format(reasons=tr(_SEPARATOR).join(reason_parts(reason)))


def reason_tooltip(stored: str, suggested: Decimal) -> str:
    """The reason one fact a line, then how the suggested quantity follows from it."""
    reason = decode_reason(stored)
    if reason is None:
        return stored
    target = max(reason.forecast + reason.safety, reason.minimum)
    lines = [*reason_parts(reason), "",
             tr(_TARGET).format(forecast=number(reason.forecast), safety=number(reason.safety),
                                minimum=number(reason.minimum)),
             tr(_SUGGESTED).format(target=number(target), on_hand=number(reason.on_hand),
                                   on_order=number(reason.on_order), pack=reason.pack_size,
                                   suggested=number(suggested))]
    return "\n".join(lines)
