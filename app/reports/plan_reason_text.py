"""A reserve-plan line's reason worded for the printed form and the Excel export, in Chinese or English.

The line stores its reason as numbers (app.domain.reserve.Reason); this is the wording for paper and
files, which carry no Qt catalogues. The screens word the same numbers through their own translations.
"""
from __future__ import annotations

from decimal import Decimal

from app.domain.reserve import AGE_BANDS, FieldTerm, Reason, decode_reason

# key → (简体中文, English)
_WORDS: dict[str, tuple[str, str]] = {
    "because": ("依据：", "because: "),
    "sep": ("；", "; "),
    "term": ("{model} 机龄{band}年 {units} 台，往年同季{rate}", "{units} units of {model} aged {band} years, {rate}"),
    "borrowed": ("{model}（新机型）机龄{band}年 {units} 台，按其他机型同类配件{rate}",
                 "{units} units of {model} (new model) aged {band} years, {rate} as other models' parts of its kind"),
    "bare_percent": ("{value}%", "{value}%"),
    "bare_per_unit": ("每台 {value} 件", "{value} per unit"),
    "percent": ("故障率 {value}%", "{value}% failure in past seasons"),
    "per_unit": ("每台用 {value} 件", "{value} used per unit in past seasons"),
    "other": ("有偿服务及柜台销售预计 {qty}", "paid service and counter sales {qty}"),
    "last_year": ("{year}年同季用量 {qty}", "same season {year}: {qty}"),
    "no_history": ("往年同季无用量记录", "no use recorded in past seasons"),
    "safety": ("安全库存 {qty}", "safety stock {qty}"),
    "minimum": ("最低库存 {qty}", "minimum stock {qty}"),
    "stock": ("库存 {on_hand}，在途 {on_order}，每包 {pack}", "on hand {on_hand}, on order {on_order}, pack of {pack}"),
}


def number(value: Decimal) -> str:
    """1.50 → 1.5, 14.0 → 14."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def rate_text(rate: Decimal, lang: str, *, bare: bool = False) -> str:
    """3.1% failure in past seasons, or 2.4 used per unit (`bare`: 3.1%, 2.4 per unit)."""
    index = 0 if lang == "zh_CN" else 1
    prefix = "bare_" if bare else ""
    if rate >= 1:
        return _WORDS[prefix + "per_unit"][index].format(value=number(rate.quantize(Decimal("0.1"))))
    percent = rate * 100
    places = Decimal("0.1") if percent >= Decimal("0.1") else Decimal("0.01")
    return _WORDS[prefix + "percent"][index].format(value=number(percent.quantize(places)))


def term_text(term: FieldTerm, lang: str) -> str:
    index = 0 if lang == "zh_CN" else 1
    words = _WORDS["borrowed" if term.borrowed else "term"][index]
    return words.format(model=term.model, band=AGE_BANDS[term.band], units=number(term.units.quantize(Decimal(1))),
                        rate=rate_text(term.rate, lang, bare=term.borrowed))


def reason_text(stored: str, lang: str) -> str:
    """The stored reason in words; text a person typed is returned as it is."""
    reason = decode_reason(stored)
    return stored if reason is None else describe(reason, lang)


def describe(reason: Reason, lang: str) -> str:
    index = 0 if lang == "zh_CN" else 1

    def w(key: str, **values: object) -> str:
        return _WORDS[key][index].format(**values)

    parts = [term_text(term, lang) for term in reason.field]
    if reason.other > 0:
        parts.append(w("other", qty=number(reason.other)))
    last = reason.last_year
    parts.append(w("last_year", year=last[0], qty=number(last[1])) if last else w("no_history"))
    if reason.safety > 0:
        parts.append(w("safety", qty=number(reason.safety)))
    if reason.minimum > 0:
        parts.append(w("minimum", qty=number(reason.minimum)))
    parts.append(w("stock", on_hand=number(reason.on_hand), on_order=number(reason.on_order),
                   pack=reason.pack_size))
    return w("because") + w("sep").join(parts)
