"""Importing head office's settlement notice: claims settled, batches closed, the ledger credited, bad
files refused whole with every problem listed; on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, LedgerEntry, Settlement, SettlementLine, WarrantyClaim
from app.domain.enums import BatchStatus, LedgerKind
from app.domain.enums import ClaimStatus as S
from app.domain.errors import ValidationError
from app.reports.excel import ImportRefused
from app.reports.excel.settlement import EXAMPLE_HEADER, EXAMPLE_LINES, HEADER, LINES, SettlementCode
from app.reports.json_schema import validate
from app.services import ledger
from app.services.paging import PageRequest
from app.services.settlements import get_settlement, import_settlement, read_settlement, settlements_page
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)
from tests.services.old_parts_data import approved_claim
from tests.services.settlement_data import (
    D,
    batch_status,
    claims_in_batch,
    notice,
    snapshot,
    statuses,
)

TODAY = dt.date(2026, 7, 20)
NOTICE_DAY = dt.date(2026, 7, 15)
ROOT = Path(__file__).resolve().parents[2]


def test_a_notice_settles_claims_in_full_in_part_and_rejected(dealer, tmp_path):  # noqa: F811
    # GIVEN four claims of 1,921.50 exported in one batch
    claims = claims_in_batch(dealer, "D3701-2026-001", 4)
    (a, total), (b, _), (c, _), (d, _) = claims
    assert total == D("1921.50")
    # WHEN head office settles three of them: one in full, one cut by 150.00, one rejected
    header = ("HX2026-0007", NOTICE_DAY, "D3701-2026-001", D("3693.00"), D("2071.50"))
    path = notice(tmp_path / "核销通知.xlsx", header, [
        (a, None, total, total, D(0), "", ""),
        (b, None, total, D("1771.50"), D("150.00"), "R04", "工时超出标准"),
        (c, 1, total, D(0), total, "R03", "人为损坏，不属三包范围"),
    ])
    stages: list[str] = []
    result = import_settlement(dealer.db, dealer.clerk, path, TODAY,
                               progress=lambda stage, _done, _total: stages.append(stage))

    # THEN the claims are settled, the batch waits for the fourth, and the approved amount is credited
    assert (result.settlement_no, result.notice_date, result.batch_nos) == ("HX2026-0007", NOTICE_DAY,
                                                                            ("D3701-2026-001",))
    assert (result.approved, result.partial, result.rejected) == ((a,), (b,), (c,))
    assert (result.claimed_amount, result.approved_amount, result.deducted_amount) == (
        D("5764.50"), D("3693.00"), D("2071.50"))
    assert result.batches_settled == () and result.still_in_batch == 1
    assert "1 approved, 1 partly approved, 1 rejected" in result.summary()
    assert stages == ["reading", "checking", "writing"]
    assert statuses(dealer) == {(a, 1): S.SETTLED_APPROVED, (b, 1): S.SETTLED_PARTIAL, (c, 1): S.REJECTED,
                                (d, 1): S.IN_BATCH}
    assert batch_status(dealer, "D3701-2026-001") == BatchStatus.EXPORTED
    with dealer.db.sessions() as s:
        settlement = s.scalars(select(Settlement)).one()
        assert (settlement.approved_amount, settlement.deducted_amount) == (D("3693.00"), D("2071.50"))
        assert settlement.batch_id is not None and len(settlement.source_sha256) == 64
        assert settlement.confirmed_on == TODAY  # importing the notice is the dealer's confirmation
        lines = s.execute(select(WarrantyClaim.claim_no, SettlementLine.claimed_amount, SettlementLine.approved_amount,
                                 SettlementLine.deducted_amount, SettlementLine.reason_code,
                                 SettlementLine.reason_text).join(WarrantyClaim)
                          .order_by(WarrantyClaim.claim_no)).tuples().all()
        assert lines == [(a, total, total, D(0), "", ""), (b, total, D("1771.50"), D("150.00"), "R04", "工时超出标准"),
                         (c, total, D(0), total, "R03", "人为损坏,不属三包范围")]
        credit = s.scalars(select(LedgerEntry)).one()
        assert (credit.kind, credit.amount, credit.entry_date, credit.reference) == (
            LedgerKind.CREDIT, D("3693.00"), NOTICE_DAY, "HX2026-0007")
        moves = s.scalars(select(AuditEntry.new_value).where(AuditEntry.entity == "claim",
                                                             AuditEntry.new_value.like("%HX2026-0007"))).all()
        assert len(moves) == 3
    books = ledger.accounts(dealer.db)
    (account,) = books.batches
    assert (account.claimed, account.approved, account.deducted, account.awaiting, account.awaiting_claims) == (
        D("7686.00"), D("3693.00"), D("2071.50"), D("1921.50"), 1)
    assert account.unexplained == 0 and account.open_credit == D("3693.00") and account.owed == D("5614.50")
    assert [(x.reason_code, x.amount) for x in account.deductions] == [("R03", total), ("R04", D("150.00"))]

    # WHEN the second notice settles the last claim, THEN the batch is settled
    second = notice(tmp_path / "second.xlsx", ("HX2026-0008", NOTICE_DAY, "", D("1921.50"), None),
                    [(d, None, total, total, D(0), "", "")])
    result = import_settlement(dealer.db, dealer.clerk, second, TODAY)
    assert result.batches_settled == ("D3701-2026-001",) and result.still_in_batch == 0
    assert batch_status(dealer, "D3701-2026-001") == BatchStatus.SETTLED
    assert ledger.ledger_balance(dealer.db).open_credit == D("5614.50")
    (account,) = ledger.accounts(dealer.db).batches
    assert (account.awaiting, account.credited, account.unexplained) == (0, D("5614.50"), 0)


def test_a_bad_file_lists_every_problem_and_changes_nothing(dealer, tmp_path):  # noqa: F811
    (a, total), (b, _), (c, _), (d, _) = claims_in_batch(dealer, "D3701-2026-001", 4)
    (other, _), = claims_in_batch(dealer, "D3701-2026-002", 1)
    (waiting, _), = claims_in_batch(dealer, "D3701-2026-003", 1, exported_on=None)  # not exported yet
    import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "first.xlsx", (
        "HX2026-0007", NOTICE_DAY, "D3701-2026-001", total, D(0)), [(d, None, total, total, 0, "", "")]), TODAY)
    approved_only = approved_claim(dealer)
    with dealer.db.sessions() as s:
        loose = s.get(WarrantyClaim, approved_only).claim_no
    before = snapshot(dealer)
    path = notice(tmp_path / "bad.xlsx", ("HX2026-0007", NOTICE_DAY, "D3701-2026-001", D("9999.00"), D("1.00")), [
        (a, None, D("1900.00"), D("1900.00"), D(0), "", ""),  # row 2: claimed is not the claim's total
        (b, None, total, D("1800.00"), D("100.00"), "", ""),  # row 3: adds up to 1,900.00; no reason for the cut
        ("SB2099-999999", None, total, total, D(0), "", ""),  # row 4: unknown claim
        (loose, None, total, total, D(0), "", ""),  # row 5: approved, in no batch
        (other, None, total, total, D(0), "", ""),  # row 6: in another batch than the notice's
        (d, None, total, total, D(0), "", ""),  # row 7: already settled by the first notice
        (a, None, total, total, D(0), "", ""),  # row 8: the same claim twice
        (c, None, total, D("-5.00"), total + 5, "R01", ""),  # row 9: a negative amount
        (waiting, None, total, total, D(0), "", ""),  # row 10: its batch is still open
        (c, 7, total, total, D(0), "", ""),  # row 11: no such revision (and c twice)
    ])

    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, path, TODAY)

    found = {(p.row, p.column, str(p.code)) for p in refused.value.problems}
    assert found == {
        (None, "A", SettlementCode.ALREADY_IMPORTED),
        (None, "E", SettlementCode.TOTAL_MISMATCH),  # deducted; approved cannot be added up (row 9)
        (2, "C", SettlementCode.CLAIMED_MISMATCH),
        (3, "D", SettlementCode.DOES_NOT_ADD_UP), (3, "F", SettlementCode.REASON_REQUIRED),
        (4, "A", SettlementCode.UNKNOWN_CLAIM), (5, "A", SettlementCode.NOT_IN_BATCH),
        (6, "A", SettlementCode.OTHER_BATCH), (7, "A", SettlementCode.ALREADY_SETTLED),
        (8, "A", "duplicate_in_file"), (9, "D", "negative"), (10, "A", SettlementCode.BATCH_NOT_EXPORTED),
        (11, "A", "duplicate_in_file"),
    }
    lines = [p.line(refused.value.file_name) for p in refused.value.problems]
    assert "bad.xlsx, column A (核销通知号 Settlement no.): “HX2026-0007” — settlement HX2026-0007 was already " \
           f"imported on {dt.date.today().isoformat()}" in lines
    assert "bad.xlsx, row 2, column C (索赔金额 Claimed amount): “1900” — the claim's total is 1,921.50, not " \
           "1,900.00" in lines
    assert f"bad.xlsx, row 6, column A (索赔单号 Claim no.): “{other}” — this claim is in batch D3701-2026-002, " \
           "the notice settles batch D3701-2026-001" in lines
    assert any("this claim is approved and in no exported batch" in line for line in lines)
    assert any("a deduction needs a reason code or a reason" in line for line in lines)
    assert any("this claim is already settled (approved in full)" in line for line in lines)
    assert str(refused.value) == "bad.xlsx: 13 problems in 10 rows; nothing was imported"
    assert snapshot(dealer) == before


def test_totals_that_do_not_add_up_are_refused(dealer, tmp_path):  # noqa: F811
    (a, total), (b, _) = claims_in_batch(dealer, "D3701-2026-001", 2)
    before = snapshot(dealer)
    path = notice(tmp_path / "totals.xlsx", ("HX2026-0009", NOTICE_DAY, "D3701-2026-001", D("3843.00"), D("0.01")),
                  [(a, None, total, total, D(0), "", ""), (b, None, total, total, D(0), "", "")])
    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, path, TODAY)
    assert [(p.row, p.column, p.code, p.reason) for p in refused.value.problems] == [
        (None, "E", SettlementCode.TOTAL_MISMATCH, "the lines add up to 0.00, the notice says 0.01")]
    assert snapshot(dealer) == before


def test_the_same_file_imported_twice_is_refused(dealer, tmp_path):  # noqa: F811
    (a, total), = claims_in_batch(dealer, "D3701-2026-001", 1)
    path = notice(tmp_path / "once.xlsx", ("HX2026-0007", NOTICE_DAY, "D3701-2026-001", total, D(0)),
                  [(a, None, total, total, D(0), "", "")])
    import_settlement(dealer.db, dealer.clerk, path, TODAY)
    before = snapshot(dealer)
    copy = tmp_path / "copy of once.xlsx"
    copy.write_bytes(path.read_bytes())

    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, copy, TODAY)

    codes = [p.code for p in refused.value.problems]
    assert codes == [SettlementCode.FILE_ALREADY_IMPORTED, SettlementCode.ALREADY_IMPORTED,
                     SettlementCode.BATCH_SETTLED, SettlementCode.ALREADY_SETTLED]
    assert "this file was already imported on" in refused.value.problems[0].reason
    assert "as settlement HX2026-0007" in refused.value.problems[0].reason
    assert snapshot(dealer) == before


def test_the_json_form_is_read_and_refused_like_the_workbook(dealer, tmp_path):  # noqa: F811
    (a, total), (b, _) = claims_in_batch(dealer, "D3701-2026-001", 2)
    header = ("HX2026-0007", NOTICE_DAY, "D3701-2026-001", D("3693.00"), D("150.00"))
    good = [(a, None, total, total, D(0), "", ""), (b, 1, total, D("1771.50"), D("150.00"), "R04", "工时超出标准")]
    bad = [(a, None, D("1.00"), total, D(0), "", ""), ("SB2099-000001", None, total, D("-1"), D(0), "", "")]
    xlsx, js = read_settlement(notice(tmp_path / "n.xlsx", header, good)), read_settlement(
        notice(tmp_path / "n.json", header, good))
    assert [r.values for r in xlsx.header.rows] == [r.values for r in js.header.rows]
    assert [r.values for r in xlsx.lines.rows] == [r.values for r in js.lines.rows]
    assert xlsx.problems == js.problems == []

    def refusal(path: Path) -> list[tuple[int | None, str, str]]:
        with pytest.raises(ImportRefused) as refused:
            import_settlement(dealer.db, dealer.clerk, path, TODAY)
        return [(p.row, p.header, str(p.code)) for p in refused.value.problems]

    from_xlsx = refusal(notice(tmp_path / "bad.xlsx", header, bad))
    from_json = refusal(notice(tmp_path / "bad.json", header, bad))
    # Workbook rows start under the header (row 2); JSON lines count from 1.
    assert [(None if r is None else r - 1, h, c) for r, h, c in from_xlsx] == from_json
    assert {c for _, _, c in from_json} >= {"claimed_mismatch", "unknown_claim", "negative", "total_mismatch"}
    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "bad2.json", header, bad), TODAY)
    assert any(p.line("bad2.json").startswith("bad2.json, row 2, column approvedAmount (核准金额 Approved amount)")
               for p in refused.value.problems)

    result = import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "good.json", header, good), TODAY)
    assert (result.approved, result.partial, result.approved_amount) == ((a,), (b,), D("3693.00"))


@pytest.mark.parametrize("text, code", [
    ("[1, 2]", "not_an_object"),
    ('{"schema_version": "2.0", "lines": []}', "schema_version"),
    ('{"schema_version": "1.0", "lines": {}}', "not_an_object"),
    ('{"schema_version": "1.0", "lines": []}', "no_rows"),
    ('{"schema_version": "1.0", "lines": [', "unreadable"),
])
def test_a_json_file_that_is_not_a_notice_is_refused(dealer, tmp_path, text, code):  # noqa: F811
    path = tmp_path / "notice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, path, TODAY)
    assert [str(p.code) for p in refused.value.problems] == [code]


def test_a_notice_dated_in_the_future_or_of_an_unknown_batch_is_refused(dealer, tmp_path):  # noqa: F811
    (a, total), = claims_in_batch(dealer, "D3701-2026-001", 1)
    path = notice(tmp_path / "n.xlsx", ("HX2026-0007", TODAY + dt.timedelta(days=1), "D3701-2099-001", total, None),
                  [(a, None, total, total, D(0), "", "")])
    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, path, TODAY)
    assert [(p.column, p.code) for p in refused.value.problems] == [
        ("B", "future_date"), ("C", SettlementCode.UNKNOWN_BATCH)]


def test_a_workbook_without_its_notice_sheet_is_refused(dealer, tmp_path):  # noqa: F811
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([c.header for c in LINES.columns])
    sheet.append(["SB2026-000001", 1, 10, 10, 0, None, None])
    workbook.save(tmp_path / "lines-only.xlsx")
    with pytest.raises(ImportRefused) as refused:
        import_settlement(dealer.db, dealer.clerk, tmp_path / "lines-only.xlsx", TODAY)
    assert [str(p.code) for p in refused.value.problems] == ["no_header"]


def test_the_example_files_are_clean_and_alike():
    xlsx = read_settlement(ROOT / "resources/settlement/example-settlement.xlsx")
    js = read_settlement(ROOT / "resources/settlement/example-settlement.json")
    assert xlsx.problems == js.problems == []
    assert [r.values for r in xlsx.lines.rows] == [r.values for r in js.lines.rows]
    assert len(xlsx.lines.rows) == len(EXAMPLE_LINES) and xlsx.header.rows[0].values["settlement_no"] == \
        EXAMPLE_HEADER[0]
    schema = json.loads((ROOT / "resources/schemas/settlement.schema.json").read_text(encoding="utf-8"))
    document = json.loads((ROOT / "resources/settlement/example-settlement.json").read_text(encoding="utf-8"))
    assert validate(document, schema) == []
    assert document["schema_version"] == schema["properties"]["schema_version"]["const"]
    from app.reports.excel.settlement_json import FIELDS

    fields = {FIELDS[c.key] for c in HEADER.columns} | {"schema_version", "lines"}
    assert set(schema["properties"]) == fields
    assert set(schema["$defs"]["line"]["properties"]) == {FIELDS[c.key] for c in LINES.columns}
    assert set(schema["required"]) == {FIELDS[c.key] for c in HEADER.columns if c.required} | {"schema_version",
                                                                                                "lines"}
    assert set(schema["$defs"]["line"]["required"]) == {FIELDS[c.key] for c in LINES.columns if c.required}


def test_settlements_are_listed_with_their_lines(dealer, tmp_path):  # noqa: F811
    (a, total), (b, _) = claims_in_batch(dealer, "D3701-2026-001", 2)
    import_settlement(dealer.db, dealer.clerk, notice(tmp_path / "1.xlsx", (
        "HX2026-0007", NOTICE_DAY, "D3701-2026-001", total, total), [
        (b, None, total, total, D(0), "", ""), (a, None, total, D(0), total, "R02", "旧件未返回"),
    ]), TODAY)
    page = settlements_page(dealer.db, PageRequest(text="d3701-2026"))
    assert page.total == 1
    (row,) = page.rows
    assert (row.settlement_no, row.batch_no, row.claims, row.claimed_amount, row.approved_amount,
            row.deducted_amount) == ("HX2026-0007", "D3701-2026-001", 2, total * 2, total, total)
    view = get_settlement(dealer.db, "hx2026-0007")
    assert [(x.claim_no, x.outcome, x.status, x.reason_code) for x in view.lines] == [
        (a, S.REJECTED, S.REJECTED, "R02"), (b, S.SETTLED_APPROVED, S.SETTLED_APPROVED, "")]
    with pytest.raises(ValidationError, match="no settlement notice HX2099-0001"):
        get_settlement(dealer.db, "HX2099-0001")
