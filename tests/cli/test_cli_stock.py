"""`warrantydesk stock …` as a script runs it."""
from __future__ import annotations

import pytest

from app.reports.excel.delivery import write_delivery_sheet
from app.services import claims, stock
from app.services.stock import EmergencyOrderInput
from tests.cli.test_cli_import import run
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401  (fixture)


@pytest.mark.parametrize("step", ["list", "adjust", "receive", "template", "return", "emergency"])
def test_the_commands_have_help(step):
    result = run("stock", step, "--help")
    assert result.returncode == 0 and "usage: warrantydesk stock" in result.stdout


def test_adjust_list_and_return(dealer, db_url):  # noqa: F811
    added = run("--db", db_url, "stock", "adjust", "t5-101-22", "12", "--counted", "--reason", "盘点",
                "--today", "2026-06-20")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "T5-101-22 机油滤清器: 12 on hand"
    taken = run("--db", db_url, "stock", "adjust", "T5-101-22", "-2", "--reason", "受潮")
    assert taken.returncode == 0 and "10 on hand" in taken.stdout
    refused = run("--db", db_url, "stock", "adjust", "T5-101-22", "-11", "--reason", "丢失")
    assert refused.returncode == 2 and "stock cannot go below zero" in refused.stderr
    no_reason = run("--db", db_url, "stock", "adjust", "T5-101-22", "-1")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr

    listed = run("--db", db_url, "stock", "list", "--class", "wear")
    assert listed.returncode == 0 and "T5-101-22" in listed.stdout and listed.stdout.endswith("1 part(s)\n")

    back = run("--db", db_url, "stock", "return", "T5-101-22", "3", "--reason", "dismantled", "--note", "拆件",
               "--labour", "40", "--date", "2026-06-20")
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == ("TH2026-0001: T5-101-22 机油滤清器 × 3 back to the factory; dealer pays the "
                                   "freight and the restoration labour (40.00)")
    assert stock.stock_part(dealer.db, "T5-101-22").on_hand == 7


def test_receive_lists_every_bad_row_and_then_receives_a_clean_file(dealer, db_url, tmp_path):  # noqa: F811
    bad = write_delivery_sheet(tmp_path / "bad.xlsx", [("XF-9", "T5-101-22", "", 10), ("XF-9", "NO-SUCH", "", 1),
                                                       ("XF-9", "T5-112-10", "", "x")])
    refused = run("--db", db_url, "stock", "receive", str(bad))
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0].startswith("bad.xlsx, row 3, column B") and "no part with this part number" in lines[0]
    assert lines[1].startswith("bad.xlsx, row 4, column D") and "not a number" in lines[1]
    assert "nothing was imported" in lines[-1]
    assert stock.stock_part(dealer.db, "T5-101-22").on_hand == 0

    good = write_delivery_sheet(tmp_path / "good.xlsx", [("XF-9", "T5-101-22", "", 10)])
    done = run("--db", db_url, "stock", "receive", str(good), "--date", "2026-06-18")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("good.xlsx: delivery list XF-9 received on 2026-06-18: 1 line(s), 1 part(s), "
                                   "10 pieces into stock, 0 off order")
    again = run("--db", db_url, "stock", "receive", str(good))
    assert again.returncode == 1 and "already received on 2026-06-18" in again.stderr
    check = run("--db", db_url, "check")
    assert check.returncode == 0, check.stderr


def test_template_and_emergency_list(dealer, db_url, tmp_path):  # noqa: F811
    template = run("stock", "template", "--out", str(tmp_path / "form.xlsx"))
    assert template.returncode == 0 and (tmp_path / "form.xlsx").is_file()
    claim = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    stock.raise_emergency_order(dealer.db, dealer.clerk, EmergencyOrderInput(claim.id, "T5-112-10", "1", TODAY),
                                TODAY)
    listed = run("--db", db_url, "stock", "emergency", "--open")
    assert listed.returncode == 0, listed.stderr
    first, last = listed.stdout.splitlines()
    assert first.split()[:4] == ["JD2026-0001", claim.claim_no, "T5-112-10", "×"] and "open" in first
    assert last == "1 emergency order(s)"
