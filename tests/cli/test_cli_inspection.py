"""`warrantydesk import inspection` and `warrantydesk template inspection` as a script runs them."""
from __future__ import annotations

from openpyxl import load_workbook

from app.domain.enums import OldPartStatus as S
from app.reports.excel.inspection import INSPECTION
from app.services.inspection import NOT_RECEIVED_REMARK
from tests.cli.test_cli_import import run
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)
from tests.services.inspection_data import old_parts, sheet, states


def test_a_clean_file_is_imported_with_one_line(dealer, db_url, tmp_path):  # noqa: F811
    old_parts(dealer, {"FC2026-0001": ["JJ2026-000001", "JJ2026-000002", "JJ2026-000003"]})
    path = sheet(tmp_path / "result.xlsx", [("JJ2026-000001", "是", "可利用", ""), ("JJ2026-000002", "是", "废件", "")])

    result = run("--db", db_url, "import", "inspection", str(path), "--today", "2026-07-10")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("result.xlsx: shipment FC2026-0001: 2 received (1 usable, 1 scrap), "
                                     "1 not received by head office")
    assert states(dealer) == {"JJ2026-000001": (S.USABLE, ""), "JJ2026-000002": (S.SCRAP, ""),
                              "JJ2026-000003": (S.SHIPPED, NOT_RECEIVED_REMARK)}


def test_every_problem_is_one_line_on_stderr_and_nothing_changes(dealer, db_url, tmp_path):  # noqa: F811
    old_parts(dealer, {"FC2026-0001": ["JJ2026-000001"], "FC2026-0002": ["JJ2026-000009"]})
    before = states(dealer)
    path = sheet(tmp_path / "bad.xlsx", [("JJ2026-000001", "是", "可利用", ""), ("JJ2099-000001", "是", "废件", ""),
                                         ("JJ2026-000001", "否", "", ""), ("JJ2026-000009", "是", "废件", "")])

    result = run("--db", db_url, "import", "inspection", str(path))

    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[:3] == [
        "bad.xlsx, row 3, column A (标签号 Tag no.): “JJ2099-000001” — no old part has this tag number",
        "bad.xlsx, row 4, column A (标签号 Tag no.): “JJ2026-000001” — also on row 2 of this file",
        "bad.xlsx, row 5, column A (标签号 Tag no.): “JJ2026-000009” — this old part is in shipment FC2026-0002, "
        "the rest of the file in FC2026-0001; one file per shipment",
    ]
    assert lines[3] == "warrantydesk: bad.xlsx: 3 problems in 3 rows; nothing was imported"
    assert states(dealer) == before


def test_the_template_is_the_empty_inspection_form(tmp_path):
    out = tmp_path / "inspection.xlsx"
    result = run("template", "inspection", "--out", str(out))
    assert result.returncode == 0 and result.stdout.strip() == f"inspection template written to {out}"
    header = next(load_workbook(out).worksheets[0].iter_rows(max_row=1, values_only=True))
    assert header == tuple(column.template_header for column in INSPECTION.columns)
