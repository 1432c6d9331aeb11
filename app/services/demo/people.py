"""The dealer, its users, product models, parts, customers and the units they bought."""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal

from app.domain.coverage import add_months
from app.domain.enums import UnitStatus
from app.domain.money import to_money
from app.domain.numbers import format_number
from app.services.demo import catalogue as cat
from app.services.demo.rows import DemoRows, stamp

SALE_SEASON_WEIGHT = {1: 2, 2: 6, 3: 9, 4: 5, 5: 8, 6: 4, 7: 2, 8: 5, 9: 8, 10: 4, 11: 2, 12: 1}


@dataclass(frozen=True)
class PartInfo:
    id: int
    part_no: str
    template: cat.PartTemplate
    price_then: tuple[tuple[dt.date, Decimal], ...]  # (valid from, price), oldest first

    def price_on(self, day: dt.date) -> Decimal:
        price = self.price_then[0][1]
        for start, value in self.price_then:
            if start <= day:
                price = value
        return price


@dataclass(frozen=True)
class UnitInfo:
    id: int
    model: cat.DemoModel
    model_id: int
    customer_id: int
    serial_no: str
    sale_date: dt.date
    recognised_until: dt.date | None = None  # None: card in time (or overridden); else the card's due date

    def warranty_ends(self) -> dt.date:
        return add_months(self.sale_date, self.model.warranty_months) - dt.timedelta(days=1)

    def covered(self, day: dt.date) -> bool:
        """In warranty and recognised: what a claim approved on `day` must have been."""
        return day <= self.warranty_ends() and (self.recognised_until is None or day <= self.recognised_until)


def add_master_data(d: DemoRows) -> dict[str, list[PartInfo]]:
    """Dealer, users, seasons, models and the parts catalogue; returns parts per model family."""
    moment = d.at(d.today - dt.timedelta(days=3 * 365 + 30))
    d.add("dealer_profile", stamp({"id": 1, **cat.DEALER, "logo_png": None}, moment))
    for login, name, role in cat.USERS:
        d.add("users", stamp({"login": login, "display_name": name, "role": role, "password_hash": None,
                              "active": True}, moment))
    for code, description, flat, _fits in cat.LABOUR_OPERATIONS:
        d.add("labour_operations", {"code": code, "description": description, "flat_rate_hours": Decimal(flat),
                                    "model_id": None})
    for code, name, month, day, length in cat.SEASONS:
        d.add("seasons", {"code": code, "name": name, "start_month": month, "start_day": day,
                          "length_days": length})
    first_price_day = d.today - dt.timedelta(days=3 * 365 + 30)
    change_day = d.today - dt.timedelta(days=365)
    by_family: dict[str, list[PartInfo]] = {}
    for m_index, model in enumerate(cat.MODELS, start=1):
        d.add("product_models", stamp({
            "id": m_index, "code": model.code, "name": model.name, "category": model.category,
            "product_class": model.product_class, "power_kw": Decimal(model.power_kw),
            "warranty_months": model.warranty_months, "main_component_months": model.main_component_months,
            "warranty_hours": Decimal(model.warranty_hours) if model.warranty_hours else None,
            "warranty_area": None, "labour_rate": Decimal(model.labour_rate),
            "first_service_hours": 50, "first_service_months": 3, "active": True,
        }, moment))
        fits = cat.FAMILY_FITS[model.category]
        size = Decimal(model.power_kw) / Decimal(60)
        infos: list[PartInfo] = []
        for t_index, tpl in enumerate(cat.PART_TEMPLATES, start=1):
            if tpl.fits not in fits:
                continue
            factor = Decimal("0.7") + size * Decimal("0.5") if not tpl.wear else Decimal(1)
            price = to_money(Decimal(tpl.price) * factor)
            part_no = f"{model.family}-{100 + t_index:03d}-{d.rng.randint(10, 99)}"
            prices = [(first_price_day, price)]
            if d.chance(0.25):  # this year's price list raised the price
                prices = [(first_price_day, to_money(price * Decimal("0.92"))), (change_day, price)]
            part_id = d.add("parts", stamp({
                "part_no": part_no, "name": tpl.name, "unit": tpl.unit, "unit_price": price,
                "is_warranty_part": not tpl.wear or tpl.must_return, "is_wear_part": tpl.wear,
                "is_main_component": tpl.main_component, "must_return": tpl.must_return,
                "photo_required": tpl.photo, "wear_life_months": tpl.wear_life_months,
                "pack_size": tpl.pack_size, "active": True,
            }, moment))
            for start, value in prices:
                d.add("part_prices", {"part_id": part_id, "valid_from": start, "unit_price": value,
                                      "source": "price list"})
            d.add("model_parts", {"model_id": m_index, "part_id": part_id, "main_component": tpl.main_component})
            infos.append(PartInfo(part_id, part_no, tpl, tuple(prices)))
        by_family[model.family] = infos
    return by_family


def _person_name(d: DemoRows) -> str:
    given = "".join(d.rng.choice(cat.GIVEN_CHARS) for _ in range(d.rng.choice((1, 2, 2))))
    return d.rng.choice(cat.SURNAMES) + given


def add_customers(d: DemoRows, count: int) -> None:
    phones: set[str] = set()
    moment = d.at(d.today - dt.timedelta(days=3 * 365 + 20))
    for n in range(1, count + 1):
        phone = ""
        while not phone or phone in phones:
            phone = f"1{d.rng.choice('3578')}{d.rng.randint(0, 9)}{d.rng.randint(0, 99999999):08d}"
        phones.add(phone)
        county, towns = d.rng.choice(cat.PLACES)
        village = d.rng.choice(cat.SURNAMES) + "家" + d.rng.choice(cat.VILLAGE_SUFFIX)
        d.add("customers", stamp({
            "code": format_number("customer", 2024, n), "name": _person_name(d), "phone": phone,
            "address": f"山东省济南市{county}{d.rng.choice(towns)}{village}", "region": county,
            "key_customer": d.chance(0.05), "note": "",
        }, moment))


def _sale_day(d: DemoRows, start: dt.date) -> dt.date:
    span = (d.today - start).days
    while True:
        day = start + dt.timedelta(days=d.rng.randint(0, span - 1))
        if d.rng.random() * 9 < SALE_SEASON_WEIGHT[day.month]:
            return day


def add_units(d: DemoRows, count: int, customers: int) -> list[UnitInfo]:
    weights = list(itertools.accumulate(m.weight for m in cat.MODELS))
    start = d.today - dt.timedelta(days=3 * 365)
    sale_days = sorted(_sale_day(d, start) for _ in range(count))
    units: list[UnitInfo] = []
    for n, sale in enumerate(sale_days, start=1):
        m_index = d.rng.choices(range(len(cat.MODELS)), cum_weights=weights)[0]
        model = cat.MODELS[m_index]
        customer_id = n if n <= customers else d.rng.randint(1, customers)
        serial = f"{model.code.replace('-', '')}{sale.year % 100:02d}{n:06d}"
        age_days = (d.today - sale).days
        hours = to_money(Decimal(age_days) * Decimal(d.rng.randint(40, 160)) / 100)
        moment = d.at(sale, 10)
        unit_id = d.add("units", stamp({
            "serial_no": serial, "engine_no": f"YC{sale.year % 100:02d}{d.rng.randint(0, 9999999):07d}{n % 10}",
            "model_id": m_index + 1, "customer_id": customer_id, "sale_date": sale, "invoice_date": sale,
            "invoice_no": f"{d.rng.randint(10000000, 99999999)}", "hour_meter": hours,
            "status": UnitStatus.IN_SERVICE, "replaced_by_id": None, "note": "",
        }, moment))
        in_time = _add_card(d, unit_id, sale)
        units.append(UnitInfo(unit_id, model, m_index + 1, customer_id, serial, sale,
                              None if in_time else sale + dt.timedelta(days=20)))
    return units


def _add_card(d: DemoRows, unit_id: int, sale: dt.date) -> bool:
    """The unit's card; True when it was sent in time or a manager overrode its lateness."""
    due = sale + dt.timedelta(days=20)
    sent: dt.date | None
    if d.today <= due and d.chance(0.7):
        sent = None  # still within the 20 days
    elif d.chance(0.04):
        sent = None  # never sent: the unit's warranty is not recognised
    elif d.chance(0.05):
        sent = sale + dt.timedelta(days=d.rng.randint(21, 40))  # sent late
    else:
        sent = sale + dt.timedelta(days=d.rng.randint(1, 19))
    if sent is not None and sent > d.today:
        sent = None
    acknowledged = sent + dt.timedelta(days=d.rng.randint(3, 15)) if sent else None
    if acknowledged and acknowledged >= d.today:
        acknowledged = None
    override = sent is None and due < d.today and d.chance(0.3)
    d.add("registration_cards", stamp({
        "unit_id": unit_id, "due_date": due, "sent_on": sent, "acknowledged_on": acknowledged,
        "override_reason": "厂家区域经理同意补办回执卡" if override else None,
        "override_by_id": 1 if override else None,
        "override_at": d.at(due + dt.timedelta(days=5), 15) if override else None,
    }, d.at(sale, 10)))
    return override or (sent is not None and sent <= due)
