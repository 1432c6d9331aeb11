"""The exchange or refund record (三包换货记录 / 三包退货记录) the customer signs: the machine given back,
the fault and its day within the 15-day window, the new machine or the amount refunded, the regulation's
rule in plain words, and signatures of the customer, the station and the service manager."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.reports.pdf.framework import DealerHeader, StartRecord, field_grid, styles, write_each
from app.reports.pdf.packing_list import heading, signature_boxes
from app.reports.pdf.texts import Texts


@dataclass(frozen=True)
class ExchangeRecordData:
    dealer: DealerHeader
    record_no: str
    refund: bool  # False: an exchange
    customer_name: str
    customer_phone: str
    customer_address: str
    model: str
    serial_no: str
    engine_no: str
    window_start: dt.date  # invoice date, or the exchange date for a replacement refunded
    after_exchange: bool  # the window ran from an exchange (a refund of a replacement)
    fault_date: dt.date
    fault_kind: str  # "safety" or "performance"
    fault_description: str
    decided_on: dt.date
    agreement: str
    new_model: str = ""
    new_serial_no: str = ""
    new_engine_no: str = ""
    refund_amount: Decimal | None = None


def record_story(d: ExchangeRecordData, t: Texts) -> list[Flowable]:
    st = styles()
    title = t("refund_record") if d.refund else t("exchange_record")
    what = t("what_exchange") if d.after_exchange else t("what_sale")
    returned = [(t("model"), d.model), (t("serial_no"), d.serial_no), (t("engine_no"), d.engine_no or "—"),
                (t("exchanged_on") if d.after_exchange else t("invoice_date"), t.date(d.window_start))]
    fault = [(t("failure_date"), t.date(d.fault_date)),
             (t("days_after", what=what), t("days_value", days=(d.fault_date - d.window_start).days)),
             (t("fault_kind"), t(f"fault_{d.fault_kind}")), (t("decided_on"), t.date(d.decided_on)),
             (t("fault_description"), d.fault_description)]
    story: list[Flowable] = [
        StartRecord(d.record_no, d.dealer), *heading(title, t("record_no"), d.record_no, t, st),
        Paragraph(t("customer"), st.heading),
        field_grid([(t("customer_name"), d.customer_name), (t("customer_phone"), d.customer_phone),
                    (t("customer_address"), d.customer_address)], st, spans=(2,)),
        Paragraph(t("unit_returned"), st.heading), field_grid(returned, st),
        Paragraph(t("fault"), st.heading), field_grid(fault, st, spans=(4,)),
    ]
    if d.refund:
        amount = t.money(d.refund_amount) if d.refund_amount is not None else ""
        outcome = [(t("refund_amount"), ("¥ " if t.chinese else "CNY ") + amount), (t("agreement"), d.agreement)]
        story += [Paragraph(t("refund"), st.heading), field_grid(outcome, st, spans=(0, 1)),
                  Spacer(0, 2 * mm), Paragraph(t("refund_effect"), st.body)]
    else:
        new = [(t("model"), d.new_model), (t("serial_no"), d.new_serial_no), (t("engine_no"), d.new_engine_no or "—"),
               (t("exchanged_on"), t.date(d.decided_on)), (t("agreement"), d.agreement)]
        story += [Paragraph(t("new_unit"), st.heading), field_grid(new, st, spans=(4,)), Spacer(0, 2 * mm),
                  Paragraph(t("exchange_effect", date=t.date(d.decided_on)), st.body)]
    story.append(KeepTogether([
        Spacer(0, 2 * mm), Paragraph(t("return_basis"), st.small), Spacer(0, 6 * mm),
        signature_boxes([t("customer_signature"), t("station_stamp"), t("manager_signature")], t, st)]))
    return story


def write_exchange_records(records: list[ExchangeRecordData], path: Path | str, lang: str = "zh_CN") -> Path:
    """Write the records, each from a new page, to one PDF at `path` (replaced only when complete)."""
    t = Texts(lang)
    title = records[0].record_no if len(records) == 1 else t("exchange_record")
    return write_each(records, lambda item: record_story(item, t), path, t, title=title,
                      author=records[0].dealer.name if records else "", nothing="no exchange or refund record to print")
