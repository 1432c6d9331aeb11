"""Swapping the workbook template: for one export, or for the dealer (every workstation)."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.errors import ValidationError
from app.services import batches
from tests.services.batches.batch_data import claims_to_batch
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401  (fixture)

OWN = {"name": "鲁丰 head office 2027", "yes": "√", "no": "",
       "sheets": [{"title": "三包结算申请", "rows": "claims",
                   "columns": [{"field": "serialNumber", "header": "整机编号"},
                               {"field": "claimNumber", "header": "单据号"},
                               {"field": "totalAmount", "header": "申请金额"},
                               {"field": "customerSigned", "header": "签字"}]}]}


def _sheets(result) -> dict[str, list[list[object]]]:  # type: ignore[no-untyped-def]
    book = load_workbook(result.path / f"{result.batch_no}.xlsx")
    return {name: [[c.value for c in row] for row in book[name].iter_rows()] for name in book.sheetnames}


def test_one_export_can_use_a_shipped_template_by_name(dealer, tmp_path):  # noqa: F811
    made = claims_to_batch(dealer)
    view = batches.create_batch(dealer.db, dealer.clerk, claim_ids=made.approved[:2], today=TODAY)
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path, as_zip=False,
                                  template="compact-en", today=TODAY)
    sheets = _sheets(result)
    assert list(sheets) == ["Claims", "Parts", "Parts Return", "Batch"]
    assert sheets["Claims"][0][:3] == ["Dealer Claim No", "Claim Total", "Labour"]
    assert sheets["Claims"][1][:3] == [made.numbers[0], 1921.5, 150]
    assert [row[7] for row in sheets["Parts"][1:3]] == ["Y", "N"]  # causal, in the template's words
    manifest = json.loads((result.path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["template"] == "Example: a manufacturer's compact English layout"


def test_the_dealers_template_is_used_by_every_export_until_changed(dealer, tmp_path):  # noqa: F811
    made = claims_to_batch(dealer)
    own = tmp_path / "head-office.json"
    own.write_text(json.dumps(OWN, ensure_ascii=False), encoding="utf-8")

    chosen = batches.use_template(dealer.db, dealer.manager, own)
    own.unlink()  # the template lives in the database now, not in the file
    view = batches.create_batch(dealer.db, dealer.clerk, claim_ids=made.approved[:1], today=TODAY)
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "out", as_zip=False,
                                  today=TODAY)

    assert chosen.name == batches.current_template(dealer.db).name == "鲁丰 head office 2027"
    assert _sheets(result) == {"三包结算申请": [["整机编号", "单据号", "申请金额", "签字"],
                                           ["LF50426000001", made.numbers[0], 1921.5, "√"]]}
    with dealer.db.sessions() as s:
        audit = s.execute(select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
                          .where(AuditEntry.entity == "setting")).all()
    assert audit == [("batches/excel_template", "WarrantyDesk default", "鲁丰 head office 2027")]
    batches.use_template(dealer.db, dealer.manager, "default")
    assert batches.current_template(dealer.db).sheets[0].title == "汇总"


def test_a_template_with_unknown_fields_is_refused_and_the_old_one_kept(dealer, tmp_path):  # noqa: F811
    batches.use_template(dealer.db, dealer.manager, "compact-en")
    broken = {**OWN, "sheets": [{**OWN["sheets"][0], "columns": [{"field": "vin", "header": "VIN"},
                                                                 {"field": "claimNumber", "header": "单据号"},
                                                                 {"field": "dealerNet", "header": "净额"}]}]}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"unknown fields: sheet '三包结算申请' \(claims\): vin, dealerNet"):
        batches.use_template(dealer.db, dealer.manager, path)
    assert batches.current_template(dealer.db).sheets[0].title == "Claims"
    with pytest.raises(ValidationError, match="no template file .*nowhere.json .*shipped templates: compact-en, "
                                              "default"):
        batches.use_template(dealer.db, dealer.manager, tmp_path / "nowhere.json")
