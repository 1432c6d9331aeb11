"""Import signed scans from the claims page: results per file, an unreadable scan resolved by the barcode."""
from __future__ import annotations

import datetime as dt

from PIL import Image
from PySide6.QtWidgets import QLineEdit, QPushButton
from sqlalchemy import select

from app.db.models import WarrantyClaim
from app.domain.claim_lifecycle import EDITABLE
from app.services import claims
from app.services.cards import acting_user
from app.services.demo import build_demo
from app.services.forms import write_repair_records
from app.ui.claims.page import ClaimsPage
from app.ui.scans.dialog import ScansDialog

TODAY = dt.date(2026, 11, 27)


def test_import_from_the_claims_page_and_resolve_by_barcode(qtbot, english, database, tmp_path):
    build_demo(database, units=40, claims=200, seed=5, today=TODAY)
    with database.sessions.begin() as s:
        first, second = s.scalars(select(WarrantyClaim).where(WarrantyClaim.status.in_(EDITABLE))
                                  .order_by(WarrantyClaim.id).limit(2)).all()
        first.customer_signed = second.customer_signed = False
        (id1, no1), (id2, no2) = (first.id, first.claim_no), (second.id, second.claim_no)
    write_repair_records(database, [no1], tmp_path / "a.pdf", "zh_CN", today=TODAY)
    Image.new("RGB", (600, 800), "white").save(tmp_path / "b.jpg")
    page = ClaimsPage(database, actor=lambda: acting_user(database), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.scans_button.text() == "Import signed scans…"
    page.scans_button.click()
    dialog = page.scans_dialog
    assert isinstance(dialog, ScansDialog) and dialog.isVisible()
    # WHEN the two files are imported (as the file dialog would pass them)
    task = dialog.import_paths([str(tmp_path / "a.pdf"), str(tmp_path / "b.jpg")])
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)
    # THEN the PDF is attached to its claim, the photo waits for a number
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (0, 1)] == ["a.pdf", no1]
    assert table.item(0, 2).text() == "Attached, claim signed"
    assert table.item(1, 2).text().startswith("No code readable")
    assert dialog.summary.text() == "1 of 2 scans attached; 1 to resolve."
    assert claims.get_claim(database, id1, TODAY).input.customer_signed
    # WHEN the clerk scans the barcode on the paper into the row's field and presses Attach
    field = table.cellWidget(1, 1)
    assert isinstance(field, QLineEdit)
    field.setText(no2)
    button = table.cellWidget(1, 3)
    assert isinstance(button, QPushButton)
    with qtbot.waitSignal(dialog.imported):
        button.click()
    assert table.item(1, 1).text() == no2 and table.cellWidget(1, 1) is None
    assert claims.get_claim(database, id2, TODAY).input.customer_signed
    assert dialog.summary.text() == "2 of 2 scans attached; 0 to resolve."
