"""`warrantydesk settle` and `warrantydesk ledger …` as a script runs them."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from app.domain.enums import ClaimStatus as S
from app.services import ledger
from tests.cli.test_cli_import import run
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)
from tests.services.settlement_data import D, claims_in_batch, notice, snapshot, statuses


@pytest.mark.parametrize("command", [["settle"], ["ledger"], ["ledger", "export"], ["ledger", "offset"],
                                     ["ledger", "balance"]])
def test_the_commands_have_help(command):
    result = run(*command, "--help")
    assert result.returncode == 0 and "usage: warrantydesk" in result.stdout


def test_settle_prints_the_outcome_and_the_ledger_can_be_offset_and_exported(dealer, db_url, tmp_path):  # noqa: F811
    (a, total), (b, _), (c, _) = claims_in_batch(dealer, "D3701-2026-001", 3)
    path = notice(tmp_path / "notice.json", ("HX2026-0007", dt.date(2026, 7, 15), "D3701-2026-001", D("3343.00"),
                                             None), [
        (a, None, total, total, D(0), "", ""), (b, None, total, D("1421.50"), D("500.00"), "R04", "工时超出标准"),
        (c, None, total, D(0), total, "R03", "")])

    result = run("--db", db_url, "settle", str(path), "--today", "2026-07-20")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "settlement HX2026-0007 of 2026-07-15 imported from notice.json"
    assert "  approved in full:  1" in lines and "  partly approved:   1" in lines and "  rejected:          1" in lines
    assert "  approved:          3,343.00 (credited)" in lines and "  deducted:          2,421.50" in lines
    assert "  batches settled:   D3701-2026-001" in lines
    assert statuses(dealer) == {(a, 1): S.SETTLED_APPROVED, (b, 1): S.SETTLED_PARTIAL, (c, 1): S.REJECTED}

    offset = run("--db", db_url, "ledger", "offset", "1,000.00", "--reference", "DK-1", "--date", "2026-07-20")
    assert offset.returncode == 0, offset.stderr
    assert offset.stdout.splitlines() == ["offset 1,000.00 against batch D3701-2026-001 on 2026-07-20, reference DK-1",
                                          "credit not yet offset: 2,343.00"]
    too_much = run("--db", db_url, "ledger", "offset", "5000", "--reference", "DK-2")
    assert too_much.returncode == 2 and "only 2,343.00 of credit is not yet offset" in too_much.stderr
    assert ledger.ledger_balance(dealer.db).open_credit == D("2343.00")

    balance = run("--db", db_url, "ledger", "balance", "--today", "2026-08-01")
    assert balance.returncode == 0, balance.stderr
    assert "D3701-2026-001" in balance.stdout and "deducted R03" in balance.stdout

    out = tmp_path / "ledger.xlsx"
    exported = run("--db", db_url, "ledger", "export", "--out", str(out), "--today", "2026-08-01")
    assert exported.returncode == 0 and exported.stdout.strip() == f"account with head office written to {out}"
    assert load_workbook(out)["台账 Ledger"].max_row == 4  # header, credit, offset, total


def test_a_bad_notice_is_one_line_per_problem_and_nothing_changes(dealer, db_url, tmp_path):  # noqa: F811
    (a, total), = claims_in_batch(dealer, "D3701-2026-001", 1)
    before = snapshot(dealer)
    path = notice(tmp_path / "bad.xlsx", ("HX2026-0007", dt.date(2026, 7, 15), "D3701-2026-001", total, None), [
        (a, None, total, D("1000.00"), D("900.00"), "", ""), ("SB2099-000001", None, total, total, D(0), "", "")])

    result = run("--db", db_url, "settle", str(path), "--today", "2026-07-20")

    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "bad.xlsx, column D (核准总额 Total approved): “1921.5” — the lines add up to 2,921.50, the notice says "
        "1,921.50",
        "bad.xlsx, row 2, column D (核准金额 Approved amount): “1000” — approved 1,000.00 + deducted 900.00 is not "
        "the claimed 1,921.50",
        "bad.xlsx, row 2, column F (扣款原因代码 Reason code): a deduction needs a reason code or a reason",
        "bad.xlsx, row 3, column A (索赔单号 Claim no.): “SB2099-000001” — no claim has this number",
        "warrantydesk: bad.xlsx: 4 problems in 2 rows; nothing was imported",
    ]
    assert snapshot(dealer) == before
