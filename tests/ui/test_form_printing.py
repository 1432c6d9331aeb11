"""Preview, Print and Save as PDF of the forms whose records have a screen: the registration card from
a unit's service file, the paid service order from its editor and the service-log report for a date
range from the Service log section, on a real (SQLite) database; the PDFs are read back with pypdf."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from app.domain.enums import ServiceChannel
from app.services import paid_orders
from app.services.service_log import EntryInput, create_entry
from app.ui.paid_orders.editor import PaidOrderEditor
from app.ui.printing.form_printing import FormPrinting, PrintButton
from app.ui.printing.preview import PreviewDialog
from app.ui.service_log.page import ServiceLogPage
from app.ui.service_log.report_printing import ReportRangeDialog, month_of
from app.ui.units.service_file import ServiceFileDialog
from tests.services.claims.conftest import TODAY, dealer  # noqa: F401 - the hand-built dealer
from tests.services.service_log_data import CLERK, NOW, at, build
from tests.services.test_units import TODAY as UNITS_TODAY
from tests.services.test_units import clerk_of, seed_units


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _wait(qtbot, printing: FormPrinting) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: printing.last_task is not None and not printing.last_task.is_running(), timeout=20000)


def _save_through_the_dialog(qtbot, printing: FormPrinting, target: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    dialog = printing.save_as(lang=lang)
    assert dialog is not None
    dialog.fileSelected.emit(str(target))  # as if the clerk chose the file
    _wait(qtbot, printing)
    qtbot.waitUntil(target.is_file)
    dialog.close()


def _order(qtbot, dealer) -> PaidOrderEditor:  # type: ignore[no-untyped-def]  # noqa: F811
    view = paid_orders.create_paid_order(dealer.db, dealer.clerk, paid_orders.PaidOrderInput(
        "LF50426000001", TODAY, technician="张师傅", description="更换机油滤清器", labour_hours=Decimal("1.5")), TODAY)
    editor = PaidOrderEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY, order_id=view.id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_registration_card_is_saved_from_the_service_file(qtbot, english, database, tmp_path):  # type: ignore[no-untyped-def]
    # GIVEN a unit's service file
    ids = seed_units(database)
    dialog = ServiceFileDialog(database, ids["u1"], today=lambda: UNITS_TODAY, actor=lambda: clerk_of(ids))
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.print_button, PrintButton) and dialog.print_button.isEnabled()
    assert dialog.print_button.text() == "&Print card"
    assert dialog.printing.name_hint() == "registration-card-LF50426000001.pdf"
    # WHEN the clerk saves the card as a PDF through the Print button's Save as PDF
    target = tmp_path / "card.pdf"
    _save_through_the_dialog(qtbot, dialog.printing, target, "zh_CN")
    # THEN the PDF is that unit's registration card
    text = _text(target)
    assert "三包回执卡" in text and "LF50426000001" in text
    assert dialog.printing.message is not None and "Saved" in dialog.printing.message.text()


def test_the_paid_order_is_saved_from_its_editor(qtbot, english, dealer, tmp_path):  # noqa: F811
    editor = _order(qtbot, dealer)
    assert isinstance(editor.print_button, PrintButton) and editor.print_button.isEnabled()
    target = tmp_path / "order.pdf"
    _save_through_the_dialog(qtbot, editor.printing, target, "en")
    text = _text(target)
    assert editor.view is not None and editor.view.order_no in text and "LF50426000001" in text


def test_a_new_paid_order_has_nothing_to_print(qtbot, english, dealer):  # noqa: F811
    editor = PaidOrderEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(editor)
    assert not editor.print_button.isEnabled()
    assert editor.printing.preview() is None and editor.printing.save_as() is None


def test_the_paid_order_preview_shows_its_one_page(qtbot, english, dealer):  # noqa: F811
    editor = _order(qtbot, dealer)
    preview = editor.printing.preview()
    assert isinstance(preview, PreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=20000)
    assert preview.page_count() == 1 and preview.pages is not None
    assert preview.pages.path.name.startswith("paid-order-en")
    assert len(PdfReader(preview.pages.path).pages) == 1
    assert not preview.image.pixmap().isNull()
    preview.close()


def test_the_service_log_report_for_a_range(qtbot, english, database, tmp_path):  # type: ignore[no-untyped-def]
    # GIVEN an entry received in March and one in January
    station = build(database)
    march = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, at(2), "发动机冒黑烟",
                                                            unit_id=station.unit_wang), now=NOW)
    january = create_entry(database, CLERK, EntryInput(
        ServiceChannel.PHONE, NOW - dt.timedelta(days=50), "液压提升无力", unit_id=station.unit_wang), now=NOW)
    page = ServiceLogPage(database, actor=CLERK, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    # WHEN the clerk asks for the report: the range is this month unless changed
    dialog = page.ask_report_range()
    assert isinstance(dialog, ReportRangeDialog) and dialog.isVisible()
    assert dialog.range() == month_of(NOW.date()) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    # a range ending before it starts cannot be printed
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    assert not dialog.save_button.isEnabled() and dialog.problem.text() == "The range ends before it starts."
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(30))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert not dialog.isVisible()
    file_dialog = page.printing.file_dialog
    assert file_dialog is not None
    target = tmp_path / "log.pdf"
    file_dialog.fileSelected.emit(str(target))
    _wait(qtbot, page.printing)
    qtbot.waitUntil(target.is_file)
    # THEN the report holds March's entry, not January's
    text = _text(target)
    assert march.entry_no in text and january.entry_no not in text
    file_dialog.close()


def test_the_service_log_report_preview(qtbot, english, database):  # type: ignore[no-untyped-def]
    station = build(database)
    create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, at(2), "发动机冒黑烟",
                                                    unit_id=station.unit_wang), now=NOW)
    page = ServiceLogPage(database, actor=CLERK, clock=lambda: NOW)
    qtbot.addWidget(page)
    dialog = page.ask_report_range()
    dialog.preview_button.click()
    preview = page.printing.preview_dialog
    assert isinstance(preview, PreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=20000)
    assert preview.page_count() == 1 and preview.pages.path.name.startswith("service-log-en")
    preview.close()
