"""Exporting a batch: the package read back, byte-identical re-export, and no half package after a crash."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.enums import BatchStatus, ClaimStatus
from app.domain.errors import ConcurrentEdit, TransitionRefused
from app.paths import resource
from app.reports.json_schema import validate
from app.services import batches
from app.services.batches import exporting, package
from app.services.demo.rows import DEMO_PHOTO, DEMO_PHOTO_SHA256
from tests.services.batches.batch_data import FORMULAS, PUMP_TOTAL, claims_to_batch, states
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401  (fixture)

SHEETS = ["汇总", "索赔单", "工时明细", "配件明细", "旧件明细", "换货退货"]


def _batch(owner, **kwargs):  # type: ignore[no-untyped-def]
    made = claims_to_batch(owner, **kwargs)
    return made, batches.create_batch(owner.db, owner.clerk, today=TODAY)


def _unpacked(result: batches.ExportResult, tmp_path: Path) -> Path:
    if result.path.is_dir():
        return result.path
    target = tmp_path / "unzipped"
    with zipfile.ZipFile(result.path) as archive:
        assert archive.testzip() is None
        archive.extractall(target)
    return target


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
def test_the_package_holds_workbook_json_pdfs_attachments_and_a_manifest(dealer, tmp_path, as_zip):  # noqa: F811
    made, view = _batch(dealer)
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "out", as_zip=as_zip,
                                  today=TODAY)

    name = "D3701-2026-001"
    assert result.path == tmp_path / "out" / (f"{name}.zip" if as_zip else name) and result.locked
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [result.path.name]  # no temporary left over
    root = _unpacked(result, tmp_path)
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert files == sorted([f"{name}.json", f"{name}.xlsx", "manifest.json",
                            f"attachments/{made.numbers[0]}/泵柱塞 磨损.png",
                            *(f"pdf/{number}.pdf" for number in made.numbers)])
    # the manifest names every other file with its true size and SHA-256, and identifies the package
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["batchNumber"] == name and manifest["schema_version"] == "1.1"
    assert [f["path"] for f in manifest["files"]] == [f for f in files if f != "manifest.json"]
    for entry in manifest["files"]:
        content = (root / entry["path"]).read_bytes()
        assert (len(content), hashlib.sha256(content).hexdigest()) == (entry["size"], entry["sha256"])
    assert result.package_sha256 == hashlib.sha256((root / "manifest.json").read_bytes()).hexdigest()
    assert (root / f"attachments/{made.numbers[0]}/泵柱塞 磨损.png").read_bytes() == DEMO_PHOTO
    for number in made.numbers:  # each repair record is a real PDF of that claim
        reader = PdfReader(root / "pdf" / f"{number}.pdf")
        assert len(reader.pages) >= 1 and number in reader.pages[0].extract_text()
    # the batch and its claims are locked
    locked = batches.get_batch(dealer.db, name)
    assert locked.status == BatchStatus.EXPORTED and locked.exported_at is not None
    assert (locked.package_name, locked.package_sha256) == (result.path.name, result.package_sha256)
    assert states(dealer, made.approved) == [(ClaimStatus.IN_BATCH, view.id)] * 4
    with pytest.raises(TransitionRefused, match="is exported"):
        batches.remove_claims(dealer.db, dealer.clerk, name, [made.approved[0]])


def test_the_workbook_has_typed_cells_frozen_headers_filters_and_wide_enough_columns(dealer, tmp_path):  # noqa: F811
    made, view = _batch(dealer)
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path, as_zip=False, today=TODAY)

    book = load_workbook(result.path / "D3701-2026-001.xlsx")
    assert book.sheetnames == SHEETS
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["批次号"] == "D3701-2026-001" and summary["索赔单数"] == 4
    assert summary["索赔总额"] == pytest.approx(float(4 * PUMP_TOTAL)) and summary["维修日期自"] is None
    claims_sheet = book["索赔单"]
    headers = [c.value for c in claims_sheet[1]]
    first = dict(zip(headers, claims_sheet[2], strict=True))
    assert claims_sheet.freeze_panes == "A2" and claims_sheet.auto_filter.ref == f"A1:AF{len(made.approved) + 1}"
    assert first["索赔单号"].value == made.numbers[0] and first["索赔单号"].data_type == "s"
    assert first["维修日期"].value == dt.datetime(2026, 5, 10) and first["维修日期"].is_date
    assert first["维修日期"].number_format == "yyyy-mm-dd"
    assert first["索赔金额"].value == pytest.approx(1921.5) and first["索赔金额"].data_type == "n"
    assert first["索赔金额"].number_format == "0.00" and first["工时费"].number_format == "0.00"
    assert first["故障现象"].value == "发动机启动困难，冒黑烟" and first["用户签字"].value == "是"
    # a Chinese text of n characters needs about 2n widths
    assert claims_sheet.column_dimensions["P"].width >= 2 * len("发动机启动困难，冒黑烟")
    parts = book["配件明细"]
    assert [c.value for c in parts[2]][:9] == [made.numbers[0], "LF50426000001", dt.datetime(2026, 5, 10), 1,
                                               "T5-112-10", "喷油泵", 1, 1680, 1680]
    assert parts.max_row == 1 + 2 * 4 and parts.auto_filter.ref == "A1:M9"
    old = book["旧件明细"]
    assert old.max_row == 1 + 4 and old["G2"].is_date  # the pump of each claim is kept for return


def test_the_json_follows_the_published_schema(dealer, tmp_path):  # noqa: F811
    made, view = _batch(dealer)
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path, as_zip=False, today=TODAY)

    document = json.loads((result.path / "D3701-2026-001.json").read_text(encoding="utf-8"))
    schema = json.loads(resource("schemas", "claim-batch.schema.json").read_text(encoding="utf-8"))
    assert validate(document, schema) == []
    assert document["schema_version"] == "1.1"
    assert document["batch"]["totals"] == {"labourAmount": "600.00", "partsAmount": "6948.00",
                                           "travelAmount": "138.00", "otherAmount": "0.00", "totalAmount": "7686.00"}
    claim = document["claims"][0]
    assert claim["claimNumber"] == made.numbers[0] and claim["repairDate"] == "2026-05-10"
    assert claim["causalPart"] == {"partNumber": "T5-112-10", "partName": "喷油泵"}
    assert claim["labourOperations"][0] == {"lineNumber": 1, "operationCode": "L-E01",
                                            "description": "发动机供油系统检修（LF-504）", "flatRateHours": "2.5",
                                            "hours": "2.5", "hourlyRate": "60.00", "amount": "150.00"}
    assert claim["attachments"] == [{"path": f"attachments/{made.numbers[0]}/泵柱塞 磨损.png",
                                     "fileName": "泵柱塞 磨损.png", "kind": "photo", "mediaType": "image/png",
                                     "size": len(DEMO_PHOTO), "sha256": DEMO_PHOTO_SHA256}]
    assert sum(Decimal(c["amounts"]["totalAmount"]) for c in document["claims"]) == 4 * PUMP_TOTAL
    assert '"totalAmount": 1921.5' not in (result.path / "D3701-2026-001.json").read_text(encoding="utf-8")


def test_a_re_export_is_byte_identical_and_leaves_the_batch_as_it_was(dealer, tmp_path):  # noqa: F811
    _made, view = _batch(dealer, formulas=True)
    first = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "a", as_zip=True, today=TODAY)
    locked = batches.get_batch(dealer.db, view.batch_no)

    again = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "b", as_zip=True,
                                 today=TODAY + dt.timedelta(days=1))

    assert not again.locked and batches.get_batch(dealer.db, view.batch_no) == locked
    with zipfile.ZipFile(first.path) as one, zipfile.ZipFile(again.path) as two:
        for name in ("D3701-2026-001.xlsx", "D3701-2026-001.json"):
            assert one.read(name) == two.read(name), name
    # the same folder again: the old package is replaced whole
    third = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "a", as_zip=True, today=TODAY)
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["D3701-2026-001.zip"] and not third.locked


def test_a_crash_in_the_middle_of_the_export_leaves_no_package_and_nothing_locked(dealer, tmp_path,  # noqa: F811
                                                                                  monkeypatch):
    # GIVEN a PDF writer that fails on the third repair record
    made, view = _batch(dealer)
    real = exporting.write_repair_records
    calls = []

    def third_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("printer driver crashed")
        return real(*args, **kwargs)

    monkeypatch.setattr(exporting, "write_repair_records", third_fails)
    out = tmp_path / "out"
    for as_zip in (True, False):
        calls.clear()
        # WHEN the batch is exported
        with pytest.raises(RuntimeError, match="printer driver crashed"):
            batches.export_batch(dealer.db, dealer.clerk, view.batch_no, out, as_zip=as_zip, today=TODAY)
        # THEN nothing is left in the folder, not even a temporary file, and the batch is open as before
        assert list(out.iterdir()) == []
        assert batches.get_batch(dealer.db, view.batch_no).status == BatchStatus.OPEN
        assert states(dealer, made.approved) == [(ClaimStatus.IN_BATCH, view.id)] * 4
    # and the claims can still be taken out of the batch, then exported once the fault is gone
    batches.remove_claims(dealer.db, dealer.clerk, view.batch_no, [made.approved[3]])
    assert states(dealer, [made.approved[3]]) == [(ClaimStatus.APPROVED, None)]
    monkeypatch.setattr(exporting, "write_repair_records", real)
    assert batches.export_batch(dealer.db, dealer.clerk, view.batch_no, out, as_zip=True, today=TODAY).locked


def test_a_failed_rename_rolls_the_lock_back(dealer, tmp_path, monkeypatch):  # noqa: F811
    _made, view = _batch(dealer)
    real_replace = package.os.replace

    def no_rename(source, target):  # type: ignore[no-untyped-def]
        if Path(target).name == "D3701-2026-001.zip":
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(package.os, "replace", no_rename)
    with pytest.raises(batches.ExportFailed, match="Permission denied"):
        batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "out", as_zip=True, today=TODAY)
    assert list((tmp_path / "out").iterdir()) == []
    assert batches.get_batch(dealer.db, view.batch_no).status == BatchStatus.OPEN


def test_a_batch_changed_on_another_workstation_during_the_export_is_not_locked(dealer, tmp_path):  # noqa: F811
    made, view = _batch(dealer)
    removed = []

    def meanwhile(stage: str, done: int, total: int) -> None:
        if stage == "pdf" and done == 2 and not removed:  # another clerk takes a claim out
            removed.append(batches.remove_claims(dealer.db, dealer.manager, view.batch_no, [made.approved[0]]))

    with pytest.raises(ConcurrentEdit, match="changed on another workstation while it was being exported"):
        batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "out", as_zip=False,
                             progress=meanwhile, today=TODAY)
    assert list((tmp_path / "out").iterdir()) == []
    assert batches.get_batch(dealer.db, view.batch_no).status == BatchStatus.OPEN


def test_text_typed_as_a_formula_lands_as_text(dealer, tmp_path):  # noqa: F811
    made, view = _batch(dealer, formulas=True)
    result = batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path, as_zip=False, today=TODAY)

    sheet = load_workbook(result.path / "D3701-2026-001.xlsx")["索赔单"]
    headers = [c.value for c in sheet[1]]
    row = dict(zip(headers, sheet[5], strict=True))  # the fourth claim carries the formulas
    assert row["索赔单号"].value == made.numbers[3]
    for header, typed in (("故障现象", FORMULAS["complaint"]), ("故障原因", FORMULAS["cause"]),
                          ("处理措施", FORMULAS["correction"]), ("维修人员", FORMULAS["technician"])):
        cell = row[header]
        assert (cell.value, cell.data_type) == (typed, "s"), header
        assert cell.quotePrefix, header


def test_a_batch_without_claims_is_not_exported(dealer, tmp_path):  # noqa: F811
    made, view = _batch(dealer)
    batches.remove_claims(dealer.db, dealer.clerk, view.batch_no, list(made.approved))
    with pytest.raises(Exception, match="holds no claims"):
        batches.export_batch(dealer.db, dealer.clerk, view.batch_no, tmp_path / "out", as_zip=True, today=TODAY)
    assert not (tmp_path / "out").exists()
