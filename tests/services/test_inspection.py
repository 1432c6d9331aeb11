"""Importing head office's inspection result: verdicts recorded, missing parts flagged, bad files refused whole."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from app.domain.enums import OldPartStatus as S
from app.domain.enums import ShipmentStatus
from app.reports.excel import ImportRefused, read_sheet
from app.reports.excel.inspection import EXAMPLE_ROWS, INSPECTION
from app.services.inspection import NOT_RECEIVED_REMARK, InspectionCode, import_inspection
from tests.services.claims.conftest import dealer  # noqa: F401  (fixture)
from tests.services.inspection_data import events, old_parts, sheet, shipment_state, states

TODAY = dt.date(2026, 7, 10)
EXAMPLE = __import__("pathlib").Path(__file__).resolve().parents[2] / "resources/inspection/example-inspection.xlsx"


def test_verdicts_are_recorded_and_missing_parts_flagged(dealer, tmp_path):  # noqa: F811
    old_parts(dealer, {"FC2026-0001": ["JJ2026-000001", "JJ2026-000002", "JJ2026-000003", "JJ2026-000004"]})
    path = sheet(tmp_path / "鉴定结果.xlsx", [
        ("jj2026-000001", "是", "可利用", "柱塞磨损，属质量故障"),
        ("ＪＪ2026-000002", "yes", "scrap", "人为损坏"),
        ("JJ2026-000003", "否", "", ""),
    ])  # JJ2026-000004 is not in the file at all

    result = import_inspection(dealer.db, dealer.clerk, path, TODAY)

    assert result.usable == ("JJ2026-000001",) and result.scrap == ("JJ2026-000002",)
    assert result.received == ("JJ2026-000001", "JJ2026-000002")
    assert result.not_received == ("JJ2026-000003", "JJ2026-000004")
    assert result.shipment_nos == ("FC2026-0001",)
    assert "2 received (1 usable, 1 scrap), 2 not received" in result.summary()
    assert states(dealer) == {
        "JJ2026-000001": (S.USABLE, "柱塞磨损,属质量故障"),  # text is normalised to half-width
        "JJ2026-000002": (S.SCRAP, "人为损坏"),
        "JJ2026-000003": (S.SHIPPED, NOT_RECEIVED_REMARK),
        "JJ2026-000004": (S.SHIPPED, NOT_RECEIVED_REMARK),
    }
    steps = events(dealer, "JJ2026-000001")
    assert [status for status, _, _ in steps] == [S.RECEIVED, S.USABLE]
    assert {by for _, by, _ in steps} == {"刘燕"} and steps[1][2] == "柱塞磨损,属质量故障"
    assert events(dealer, "JJ2026-000004")[0][0] == S.SHIPPED
    assert NOT_RECEIVED_REMARK in events(dealer, "JJ2026-000004")[0][2]
    assert shipment_state(dealer, "FC2026-0001") == (ShipmentStatus.RECEIVED, TODAY)


def test_received_without_verdict_waits_for_a_later_file(dealer, tmp_path):  # noqa: F811
    old_parts(dealer, {"FC2026-0001": ["JJ2026-000001"]})
    import_inspection(dealer.db, dealer.clerk, sheet(tmp_path / "a.xlsx", [("JJ2026-000001", "是", "", "")]), TODAY)
    assert states(dealer)["JJ2026-000001"][0] == S.RECEIVED
    later = sheet(tmp_path / "b.xlsx", [("JJ2026-000001", "是", "废件", "烧蚀")])
    result = import_inspection(dealer.db, dealer.clerk, later, TODAY)
    assert result.scrap == ("JJ2026-000001",) and states(dealer)["JJ2026-000001"] == (S.SCRAP, "烧蚀")


def test_a_bad_file_changes_nothing_and_lists_every_problem(dealer, tmp_path):  # noqa: F811
    old_parts(dealer, {"FC2026-0001": ["JJ2026-000001", "JJ2026-000002"], "FC2026-0002": ["JJ2026-000009"]},
              retained=("JJ2026-000010",))
    before = states(dealer)
    path = sheet(tmp_path / "bad.xlsx", [
        ("JJ2026-000001", "是", "可利用", ""),  # row 2: fine on its own
        ("JJ2099-999999", "是", "废件", ""),  # row 3: unknown tag
        ("JJ2026-000001", "是", "废件", ""),  # row 4: duplicate of row 2
        ("JJ2026-000009", "是", "废件", ""),  # row 5: another shipment
        ("JJ2026-000002", "否", "可利用", ""),  # row 6: verdict without receipt
        ("JJ2026-000010", "是", "可利用", ""),  # row 7: never shipped
        ("JJ2026-000002", "也许", "好", ""),  # row 8: bad values (and a duplicate)
    ])

    with pytest.raises(ImportRefused) as refused:
        import_inspection(dealer.db, dealer.clerk, path, TODAY)

    found = {(p.row, p.column, str(p.code)) for p in refused.value.problems}
    assert found == {
        (3, "A", InspectionCode.UNKNOWN_TAG), (4, "A", "duplicate_in_file"), (5, "A", InspectionCode.OTHER_SHIPMENT),
        (6, "C", InspectionCode.VERDICT_NOT_RECEIVED), (7, "A", InspectionCode.NOT_SHIPPED),
        (8, "A", "duplicate_in_file"), (8, "B", "not_yes_no"), (8, "C", "not_a_choice"),
    }
    lines = [p.line(refused.value.file_name) for p in refused.value.problems]
    assert "bad.xlsx, row 5, column A (标签号 Tag no.): “JJ2026-000009” — this old part is in shipment FC2026-0002, " \
           "the rest of the file in FC2026-0001; one file per shipment" in lines
    assert any("no old part has this tag number" in line for line in lines)
    assert any("retained, not shipped" in line for line in lines)
    assert states(dealer) == before
    assert shipment_state(dealer, "FC2026-0001") == (ShipmentStatus.SHIPPED, None)


def test_parts_already_inspected_are_refused(dealer, tmp_path):  # noqa: F811
    old_parts(dealer, {"FC2026-0001": ["JJ2026-000001"]})
    path = sheet(tmp_path / "once.xlsx", [("JJ2026-000001", "是", "可利用", "")])
    import_inspection(dealer.db, dealer.clerk, path, TODAY)
    with pytest.raises(ImportRefused) as refused:
        import_inspection(dealer.db, dealer.clerk, path, TODAY)
    (problem,) = refused.value.problems
    assert problem.code == InspectionCode.ALREADY_INSPECTED and "already usable" in problem.reason


def test_a_file_that_is_not_a_workbook_is_refused(dealer, tmp_path):  # noqa: F811
    path = tmp_path / "result.xlsx"
    path.write_text("tag,received\nJJ2026-000001,yes\n")
    with pytest.raises(ImportRefused) as refused:
        import_inspection(dealer.db, dealer.clerk, path, TODAY)
    assert refused.value.problems[0].code == "not_xlsx"


def test_the_example_file_imports_against_matching_parts(dealer):  # noqa: F811
    tags = [row[0] for row in EXAMPLE_ROWS]
    old_parts(dealer, {"FC2026-0001": tags})
    assert load_workbook(EXAMPLE).sheetnames[0] == INSPECTION.zh
    assert not read_sheet(EXAMPLE, INSPECTION).problems
    result = import_inspection(dealer.db, dealer.clerk, EXAMPLE, TODAY)
    assert (result.usable, result.scrap, result.not_received) == ((tags[0],), (tags[1],), (tags[2],))
