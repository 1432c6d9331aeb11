"""The statutory periods on screen: the service file's box and the claim editor's, with each part of the
claim judged, and the clerk warned of a missing invoice date or product class (SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.db.models import ClaimPartLine, WarrantyClaim
from app.domain.actors import SYSTEM
from app.domain.enums import ClaimStatus
from app.services.warranty_periods import unit_periods
from app.ui.claims.editor import ClaimEditor
from app.ui.units.service_file import ServiceFileDialog
from app.ui.widgets.periods import PeriodsPanel
from tests.services.test_statutory_periods import TODAY, seed

D = dt.date


def test_the_panel_shows_the_three_answers_and_the_warnings(qtbot, english, database):  # type: ignore[no-untyped-def]
    ids = seed(database)
    panel = PeriodsPanel()
    qtbot.addWidget(panel)
    panel.show_periods(unit_periods(database, ids["national_day"], TODAY))
    assert panel.values["start"].text() == "2024-10-02 (sales invoice)"
    assert panel.values["whole"].text() == "until 2025-10-09 (12 months)"
    assert panel.values["main"].text() == "until 2026-10-08 (24 months)"
    assert panel.values["list"].text() == "飞轮"
    assert panel.values["wear"].text().splitlines() == ["刹车片: life not recorded, whole machine until 2025-10-09",
                                                        "三角带: 6 months, until 2025-04-01"]
    assert panel.warning_label.isHidden()
    # a sale without an invoice date, a model without a product class: the clerk is told what to fix
    panel.show_periods(unit_periods(database, ids["no_invoice"], TODAY))
    assert panel.values["start"].text() == "2026-06-01 (sale date: no invoice date recorded)"
    assert "No invoice date is recorded" in panel.warning_label.text() and not panel.warning_label.isHidden()
    panel.show_periods(unit_periods(database, ids["no_class"], TODAY))
    text = panel.warning_label.text()
    assert "no product class" in text and "(12 months)" in text and "below the statutory floor" in text
    assert "2027" in text  # the holidays of 2027 are not published: weekends only


def test_the_service_file_shows_the_periods_in_chinese(qtbot, chinese, database):  # type: ignore[no-untyped-def]
    ids = seed(database)
    dialog = ServiceFileDialog(database, ids["repaired"], today=lambda: TODAY, actor=lambda: SYSTEM)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.periods_panel
    assert "2027-03-29" in panel.values["whole"].text() and "2028-03-28" in panel.values["main"].text()
    assert "27" in panel.values["extension"].text()
    assert dialog.periods is not None and dialog.periods.extension_days == 27


def test_the_claim_editor_judges_each_part(qtbot, english, database):  # type: ignore[no-untyped-def]
    ids = seed(database)
    with database.sessions.begin() as s:
        claim = WarrantyClaim(claim_no="SB2025-000001", unit_id=ids["national_day"], customer_id=ids["customer"],
                              status=ClaimStatus.DRAFT, failure_date=D(2025, 11, 1), repair_date=D(2025, 11, 2),
                              labour_amount=Decimal(0), parts_amount=Decimal(20), travel_amount=Decimal(0),
                              other_amount=Decimal(0), total_amount=Decimal(20))
        s.add(claim)
        s.flush()
        for n, part in enumerate(("flywheel", "hose"), start=1):
            s.add(ClaimPartLine(claim_id=claim.id, line_no=n, part_id=ids[part], quantity=Decimal(1),
                                unit_price=Decimal(10), amount=Decimal(10)))
        claim_id = claim.id
    editor = ClaimEditor(database, actor=lambda: SYSTEM, today=lambda: TODAY, claim_id=claim_id)
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.periods.panel
    qtbot.waitUntil(lambda: "飞轮" in panel.values["parts"].text(), timeout=3000)
    parts = panel.values["parts"].text()
    # a failure on 1 November 2025: the flywheel (a main component, until 8 October 2026) is covered, the
    # hose (the whole machine's period, ended 9 October 2025) is not
    assert "飞轮 (P-FW): main component, until 2026-10-08" in parts
    assert "油管 (P-HS): whole machine, until 2025-10-09" in parts
    assert parts.index("within the period") < parts.index("outside the period")
    assert panel.values["whole"].text() == "until 2025-10-09 (12 months)"
    # a new claim follows the serial number typed
    editor.load(None)
    editor.form.serial.setText("U-NI")
    qtbot.waitUntil(lambda: panel.values["start"].text().startswith("2026-06-01"), timeout=3000)
    assert not panel.warning_label.isHidden()


def test_the_models_list_and_the_import_warn_below_the_floor(qtbot, english, database, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.ui.master_data.page import MasterDataPage
    from tests.reports import filling

    rows = [["M-1", "大拖", "拖拉机", "拖拉机（大于18kW）", 12, 24, 1500, None, "60.00", 50, 3],
            ["M-2", "小拖", "拖拉机", "拖拉机（不大于18kW）", 6, 12, None, None, "40.00", None, None],
            ["M-3", "播种机", "拖拉机", None, 12, None, None, None, "40.00", None, None]]
    path = filling.filled("models", tmp_path / "models.xlsx", rows)
    page = MasterDataPage(database)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_import("models", str(path))
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.import_button.click()
    text = dialog.result_label.text()
    assert "Imported with a warning — correct these models:" in text
    assert "Row 3, model M-2: warranty below the statutory floor (9 / 18 months), which applies" in text
    assert "Row 4, model M-3: no product class; the floor for other machinery (12 months) applies" in text
    models = page.show_tab("models")
    models.reload()
    assert models.model is not None and models.model.rowCount() == 3
    titles = [models.model.headerData(c, Qt.Orientation.Horizontal) for c in range(models.model.columnCount())]
    klass, floor = titles.index("Product class"), titles.index("Statutory floor (months)")
    by_code = {models.model.index(r, 0).data(): r for r in range(3)}

    def cell(code: str, column: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        return models.model.index(by_code[code], column).data(role)

    assert (cell("M-1", floor), cell("M-2", floor), cell("M-3", floor)) == ("12 / 24", "9 / 18", "12 / 12")
    assert cell("M-3", klass) == "Not set — choose one"
    assert cell("M-1", klass, Qt.ItemDataRole.ForegroundRole) is None
    assert cell("M-2", klass, Qt.ItemDataRole.ForegroundRole) is not None
    assert "below the statutory floor" in cell("M-2", klass, Qt.ItemDataRole.ToolTipRole)
