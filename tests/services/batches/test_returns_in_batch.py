"""Exchanges and refunds go to head office with the next claim batch as their own record kind: in the
workbook's 换货退货 sheet, the JSON's returns, and as the signed record's PDF in the package."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.exchanges import FaultKind
from app.paths import resource
from app.reports.json_schema import validate
from app.services import batches, exchanges
from app.services.exchanges import ReturnInput
from app.services.units import SaleInput, record_sale
from tests.services.batches.batch_data import claims_to_batch
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401  (fixture)


def _exchanged(owner) -> exchanges.ReturnRecord:  # type: ignore[no-untyped-def]
    """A tractor sold on 2026-06-10, exchanged on 2026-06-16 for a steering fault of 2026-06-15."""
    with owner.db.sessions() as s:
        from app.db.models import Unit

        model_id, customer_id = s.query(Unit.model_id, Unit.customer_id).filter(Unit.id == owner.unit_id).one()
    sold = record_sale(owner.db, owner.clerk, SaleInput(serial_no="LF50426000300", model_id=model_id,
                                                         sale_date=dt.date(2026, 6, 10),
                                                         invoice_date=dt.date(2026, 6, 10), customer_id=customer_id),
                       today=TODAY)
    return exchanges.record_exchange(owner.db, owner.manager, ReturnInput(
        unit_id=sold, fault_date=dt.date(2026, 6, 15), decided_on=dt.date(2026, 6, 16), fault_kind=FaultKind.SAFETY,
        fault_description="=HYPERLINK(\"x\") 转向失灵", reason="用户选择换货", new_serial_no="LF50426000301"),
        today=TODAY)


def test_an_exchange_rides_with_the_next_batch_and_is_exported_as_its_own_kind(dealer, tmp_path):  # noqa: F811
    record = _exchanged(dealer)
    claims_to_batch(dealer)
    view = batches.create_batch(dealer.db, dealer.clerk, today=TODAY)
    assert exchanges.get_record(dealer.db, record.record_no).batch_no == view.batch_no
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path, as_zip=False, today=TODAY)

    document = json.loads((result.path / f"{view.batch_no}.json").read_text(encoding="utf-8"))
    schema = json.loads(resource("schemas", "claim-batch.schema.json").read_text(encoding="utf-8"))
    assert validate(document, schema) == []
    [exported] = document["returns"]
    assert (exported["recordNumber"], exported["kind"], exported["daysAfterStart"], exported["windowStart"],
            exported["newUnit"]["serialNumber"], exported["refundAmount"]) == (
        "HH2026-0001", "exchange", 5, "2026-06-10", "LF50426000301", None)

    sheet = load_workbook(result.path / f"{view.batch_no}.xlsx")["换货退货"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, (c for c in sheet[2]), strict=True))
    assert row["记录编号"].value == "HH2026-0001" and row["新机出厂编号"].value == "LF50426000301"
    assert row["故障描述"].value == "=HYPERLINK(\"x\") 转向失灵" and row["故障描述"].data_type == "s"  # never a formula
    assert sheet.max_row == 2

    text = "".join(page.extract_text() for page in PdfReader(result.path / "pdf" / "HH2026-0001.pdf").pages)
    assert "三包换货记录" in text and "LF50426000301" in text

    later = exchanges.record_refund(dealer.db, dealer.manager, ReturnInput(
        unit_id=record.new_unit_id, fault_date=dt.date(2026, 6, 18), decided_on=dt.date(2026, 6, 19),
        fault_kind=FaultKind.PERFORMANCE, fault_description="无法启动", reason="退款",
        refund_amount=Decimal("86500")), today=TODAY)
    assert later.batch_no == ""  # reported once: the exported batch keeps only what it held


def test_deleting_an_open_batch_puts_its_exchanges_back_in_the_queue(dealer):  # noqa: F811
    record = _exchanged(dealer)
    claims_to_batch(dealer)
    view = batches.create_batch(dealer.db, dealer.clerk, today=TODAY)
    batches.delete_batch(dealer.db, dealer.clerk, view.batch_no)
    assert exchanges.get_record(dealer.db, record.record_no).batch_no == ""
    again = batches.create_batch(dealer.db, dealer.clerk, today=TODAY)
    assert exchanges.get_record(dealer.db, record.record_no).batch_no == again.batch_no
