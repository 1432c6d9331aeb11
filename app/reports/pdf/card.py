"""The warranty registration card (三包回执卡): what the dealer fills in when a machine is sold and sends
to the manufacturer within the deadline. One A4 card a unit, on the common form frame (dealer header,
page numbers), many cards in one document."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.reports.pdf.framework import (
    DealerHeader,
    StartRecord,
    Title,
    cell,
    field_grid,
    styles,
    write_each,
)
from app.reports.pdf.packing_list import signature_boxes
from app.reports.pdf.texts import Texts

TITLE = "三包回执卡"


@dataclass(frozen=True)
class CardDocument:
    dealer_name: str
    dealer_code: str
    dealer_phone: str
    manufacturer: str
    customer_name: str
    customer_phone: str
    customer_address: str
    model_code: str
    model_name: str
    serial_no: str
    engine_no: str
    sale_date: dt.date
    invoice_date: dt.date | None
    invoice_no: str
    due_date: dt.date
    warranty: str  # the terms as text, used when the figures below are not given
    printed_on: dt.date
    dealer: DealerHeader | None = None  # the full header (logo, address); None: the name and phone above
    warranty_months: int | None = None  # the terms as figures, worded in the form's language
    main_component_months: int | None = None
    warranty_hours: Decimal | None = None
    warranty_area: Decimal | None = None
    cover_ends_on: dt.date | None = None

    @property
    def header(self) -> DealerHeader:
        return self.dealer or DealerHeader(name=self.dealer_name, phone=self.dealer_phone)


def _terms(d: CardDocument, t: Texts) -> str:
    """"整机 12 个月，主要部件 24 个月，或 1,500 小时（至 2027-02-28）" or its English wording."""
    if d.warranty_months is None or d.main_component_months is None:
        return d.warranty
    if t.chinese:
        text = f"整机 {d.warranty_months} 个月，主要部件 {d.main_component_months} 个月"
        text += f"，或 {d.warranty_hours:,.0f} 小时" if d.warranty_hours is not None else ""
        text += f"，或 {d.warranty_area:,.0f} 亩" if d.warranty_area is not None else ""
        return text + (f"（至 {d.cover_ends_on.isoformat()}）" if d.cover_ends_on else "")
    text = f"whole machine {d.warranty_months} months, main components {d.main_component_months} months"
    text += f", or {d.warranty_hours:,.0f} h" if d.warranty_hours is not None else ""
    text += f", or {d.warranty_area:,.0f} mu" if d.warranty_area is not None else ""
    return text + (f" (until {d.cover_ends_on.isoformat()})" if d.cover_ends_on else "")


def _model(d: CardDocument) -> str:
    if d.model_code and d.model_code in d.model_name:
        return d.model_name  # the name already says the code: "东方红 LF-504" …
    return f"{d.model_code}  {d.model_name}".strip()


def card_story(d: CardDocument, t: Texts) -> list[Flowable]:
    st = styles()
    facts = [(t("customer_name"), d.customer_name), (t("customer_phone"), d.customer_phone),
             (t("customer_address"), d.customer_address),
             (t("model"), _model(d)), (t("serial_no"), d.serial_no),
             (t("engine_no"), d.engine_no or "—"), (t("sale_date"), t.date(d.sale_date)),
             (t("invoice_no"), d.invoice_no or "—"), (t("invoice_date"), t.date(d.invoice_date) or "—"),
             (t("coverage"), _terms(d, t)),
             (t("dealer"), d.dealer_name), (t("dealer_code"), d.dealer_code),
             (t("card_due"), t.date(d.due_date)), (t("dealer_phone"), d.dealer_phone)]
    maker = t("certificate", maker=d.manufacturer).strip()
    colon = "：" if t.chinese else ": "
    return [
        StartRecord(d.serial_no, d.header), Title(t("card")), Spacer(0, 1 * mm),
        cell(maker, st.centred),
        cell(f"{t('serial_no')}{colon}{d.serial_no}", st.centred), Spacer(0, 4 * mm),
        field_grid(facts, st, spans=(2, 9)), Spacer(0, 3 * mm),
        Paragraph(t("card_notice", date=t.date(d.due_date)), st.small), Spacer(0, 5 * mm),
        KeepTogether([signature_boxes([t("customer_signature"), t("dealer_stamp")], t, st,
                                      dates=["", t.date(d.printed_on)])]),
    ]


def write_cards(documents: Iterable[CardDocument], path: Path | str, lang: str = "zh_CN") -> Path:
    """Write the cards, each from a new page, to one PDF at `path` (replaced only when complete)."""
    t = Texts(lang)
    items = list(documents)
    return write_each(items, lambda item: card_story(item, t), path, t,
                      title=t("card") + (f" {items[0].serial_no}" if len(items) == 1 else ""),
                      author=items[0].dealer_name if items else "", nothing="no registration card to print")


def write_card(document: CardDocument, path: Path | str, lang: str = "zh_CN") -> Path:
    """Write one card to `path` (replaced only when complete) and return it."""
    return write_cards([document], path, lang)
