"""The plan's workbook: the default layout and a manufacturer's template through the batch export's template
mechanism, written whole or not at all; and the printed reserve-plan form from the same data."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.errors import ValidationError
from app.services import plans
from app.services.forms import write_reserve_plan_form
from app.services.plans.export import ExportFailed, current_plan_template, export_plan, use_plan_template
from tests.services.plans.tiny import CLERK, TODAY, manager, tiny_dealer


@pytest.fixture
def plan(database):  # type: ignore[no-untyped-def]
    tiny_dealer(database)
    made = plans.create_plan(database, CLERK, "SPRING", None, TODAY)
    boss = manager(database)
    plans.approve_plan(database, boss, made.id, now=dt.datetime(2026, 11, 27, 3, tzinfo=dt.UTC))
    return plans.record_submission(database, boss, made.id, TODAY, TODAY)


def _rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_default_layout(database, plan, tmp_path: Path):  # type: ignore[no-untyped-def]
    result = export_plan(database, plan.plan_no, tmp_path / "plan.xlsx")
    assert (result.lines, result.template) == (2, "默认格式 Default layout")
    book = load_workbook(result.path)
    assert book.sheetnames == ["计划汇总", "储备明细"]
    summary = dict(_rows(book["计划汇总"])[1:])
    assert summary["计划号"] == "CB2026-001" and summary["作业季节"] == "春耕" and summary["状态"] == "已报送"
    assert summary["报送期限"] == dt.datetime(2027, 1, 30) and summary["计划金额合计（元）"] == 485
    lines = _rows(book["储备明细"])
    assert lines[0][:6] == ["序号", "配件编号", "配件名称", "单位", "类别", "适用机型"]
    pump, oil_filter = lines[1], lines[2]
    assert pump[1:5] == ["T5-112", "水泵", "件", "三包件"] and oil_filter[4] == "易损件"
    header = lines[0]
    assert oil_filter[header.index("预测用量")] == 20 and oil_filter[header.index("储备数量")] == 30
    assert oil_filter[header.index("库存")] == 4 and oil_filter[header.index("去年同季用量")] == 20
    assert oil_filter[header.index("依据")].startswith("依据：有偿服务及柜台销售预计 20；2026年同季用量 20")
    assert book["储备明细"].freeze_panes == "A2"


def test_a_manufacturers_template_and_the_same_bytes_twice(database, plan, tmp_path):  # type: ignore[no-untyped-def]
    first = export_plan(database, plan.id, tmp_path / "a.xlsx", template="manufacturer-order")
    second = export_plan(database, plan.id, tmp_path / "b.xlsx", template="manufacturer-order")
    assert first.path.read_bytes() == second.path.read_bytes()
    book = load_workbook(first.path)
    assert book.sheetnames == ["配件订货单"]
    rows = _rows(book["配件订货单"])
    assert rows[0][:6] == ["经销商编码", "订单号", "储备季节", "物料编码", "物料名称", "订货数量"]
    assert [r[3] for r in rows[1:]] == ["T5-112", "T5-101"]  # ordered lines only
    assert rows[2][10].startswith("because: paid service and counter sales 20; same season 2026: 20")


def test_the_dealers_own_template_for_every_workstation(database, plan, tmp_path):  # type: ignore[no-untyped-def]
    own = tmp_path / "dongfeng.json"
    own.write_text(json.dumps({"name": "东风配件订单", "sheets": [{"title": "订单", "rows": "orderedLines", "columns": [
        {"field": "partNumber", "header": "件号"}, {"field": "quantity", "header": "数量"}]}]}), encoding="utf-8")
    use_plan_template(database, CLERK, own)
    assert current_plan_template(database).name == "东风配件订单"
    book = load_workbook(export_plan(database, plan.id, tmp_path).path)  # a folder: named after the plan
    assert _rows(book["订单"]) == [["件号", "数量"], ["T5-112", 1], ["T5-101", 30]]
    assert (tmp_path / "CB2026-001.xlsx").is_file()  # (the folder holds the SQLite file too)
    use_plan_template(database, CLERK, "default")
    assert current_plan_template(database).name == "默认格式 Default layout"


def test_a_broken_template_or_folder_writes_nothing(database, plan, tmp_path):  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    bad = tmp_path / "bad.json"
    bad.write_text('{"sheets": [{"title": "A", "rows": "lines", "columns": [{"field": "partNo"}]}]}',
                   encoding="utf-8")
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the old file")
    with pytest.raises(ValidationError, match=r"bad.json cannot be used as a reserve plan template: unknown fields: "
                                              r"sheet 'A' \(lines\): partNo \(did you mean partName\?\)"):
        export_plan(database, plan.id, target, template=bad)
    with pytest.raises(ValidationError, match="no template file"):
        export_plan(database, plan.id, target, template=tmp_path / "missing.json")
    with pytest.raises(ExportFailed, match="cannot write"):
        export_plan(database, plan.id, tmp_path / "no such folder" / "plan.xlsx")
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "plan.xlsx"]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_printed_form_words_the_reasons(database, plan, tmp_path, lang):  # type: ignore[no-untyped-def]
    path = write_reserve_plan_form(database, plan.plan_no, tmp_path / "plan.pdf", lang)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "T5-101" in text and "CB2026-001" in text
    assert ("同季用量" in text) if lang == "zh_CN" else ("same season 2026" in text)
    assert '{"v"' not in text
