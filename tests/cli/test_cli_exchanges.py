"""`warrantydesk exchange`, `refund` and `print exchange-record` as a script runs them, the printed record
read back from the PDF."""
from __future__ import annotations

from pypdf import PdfReader

from app.services.database import Database
from tests.cli.test_cli_import import run
from tests.services.exchanges_data import SERIAL, seed_sold_unit


def test_exchange_then_refund_with_the_records_printed_for_signature(sqlite_url, tmp_path):
    db = Database.open(sqlite_url)
    seed_sold_unit(db)
    db.close()
    exchanged = run("--db", sqlite_url, "exchange", SERIAL.lower(), "--fault", "safety", "--fault-text",
                    "转向失灵，行驶中方向盘卡滞", "--reason", "用户选择换货；旧机退回库存",
                    "--fault-date", "2026-05-10",
                    "--date", "2026-05-12", "--new-serial", "LF50426000099", "--print", str(tmp_path / "hh.pdf"))
    assert exchanged.returncode == 0, exchanged.stderr
    assert exchanged.stdout.splitlines()[0] == ("HH2026-0001: LF50426000001 exchanged for LF50426000099; its periods "
                                                "start on 2026-05-12")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "hh.pdf").pages)
    for words in ("三包换货记录", "HH2026-0001", "王建国", "LF50426000001", "LF50426000099", "安全性能故障",
                  "第 9 天（15 日内）", "转向失灵", "2026年5月12日 起重新计算", "用户签字", "服务经理"):
        assert words in text, words

    late = run("--db", sqlite_url, "refund", "LF50426000099", "--fault", "performance", "--fault-text", "无法启动",
               "--reason", "退款", "--amount", "86,500", "--fault-date", "2026-05-27", "--date", "2026-05-27")
    assert late.returncode == 2 and "15 days after the exchange (2026-05-12)" in late.stderr
    refunded = run("--db", sqlite_url, "refund", "LF50426000099", "--fault", "performance", "--fault-text",
                   "换货后发动机仍无法启动", "--reason", "按发票金额退款", "--amount", "86,500",
                   "--fault-date", "2026-05-20", "--date", "2026-05-21")
    assert refunded.returncode == 0, refunded.stderr
    assert refunded.stdout.strip() == "TK2026-0001: LF50426000099 refunded 86500.00; its warranty is closed"
    again = run("--db", sqlite_url, "exchange", SERIAL, "--fault", "safety", "--fault-text", "x", "--reason", "y",
                "--new-serial", "LF50426000100", "--date", "2026-05-12")
    assert again.returncode == 2 and "already exchanged" in again.stderr

    printed = run("--db", sqlite_url, "print", "exchange-record", "TK2026-0001", "--lang", "en", "--out",
                  str(tmp_path / "tk.pdf"))
    assert printed.returncode == 0, printed.stderr
    text = " ".join("".join(page.extract_text() for page in PdfReader(tmp_path / "tk.pdf").pages).split())
    for words in ("Warranty refund record", "TK2026-0001", "Days after the exchange", "8 days (within 15 days)",
                  "Refunded CNY 86,500.00", "the warranty of this machine ends"):
        assert words in text, words
