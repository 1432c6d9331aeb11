"""Preview, Print and Save as PDF of warranty repair records, from the claim editor and the claims list,
on a real (SQLite) database: the PDFs are read back with pypdf."""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from app.services import claims
from app.ui.claims.claims_list import ClaimsListView
from app.ui.claims.editor import ClaimEditor
from app.ui.printing import printer as printer_module
from app.ui.printing.pages import PdfPages
from app.ui.printing.preview import PreviewDialog
from tests.services.claims.conftest import TODAY, dealer, pump_claim  # noqa: F401 - the hand-built dealer


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _wait(qtbot, printing) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: printing.last_task is not None and not printing.last_task.is_running(), timeout=20000)


def _editor(qtbot, dealer, claim_id: int) -> ClaimEditor:  # type: ignore[no-untyped-def]  # noqa: F811
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY, claim_id=claim_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_save_as_pdf_from_the_editor(qtbot, english, dealer, tmp_path):  # noqa: F811
    # GIVEN a saved claim open in the editor
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = _editor(qtbot, dealer, view.id)
    assert editor.print_button.isEnabled()
    # WHEN the clerk saves its repair record as a PDF, in Chinese
    dialog = editor.printing.save_as(lang="zh_CN")
    assert dialog is not None
    target = tmp_path / "record.pdf"
    dialog.fileSelected.emit(str(target))
    _wait(qtbot, editor.printing)
    # THEN the PDF holds the record: claim number, serial and the Chinese heading
    qtbot.waitUntil(target.is_file)
    text = _text(target)
    assert view.claim_no in text and "三包维修记录" in text and "LF50426000001" in text
    dialog.close()


def test_a_new_claim_has_nothing_to_print(qtbot, english, dealer):  # noqa: F811
    editor = ClaimEditor(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(editor)
    assert not editor.print_button.isEnabled()
    assert editor.printing.preview() is None


def test_three_selected_claims_make_one_pdf(qtbot, english, dealer, tmp_path):  # noqa: F811
    made = [claims.create_claim(dealer.db, dealer.clerk, pump_claim(technician=f"技师{n}"), TODAY) for n in range(4)]
    view = ClaimsListView(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    wanted = {c.claim_no for c in made[:3]}
    selection = view.table.selectionModel()
    for row in range(view.model.rowCount()):
        if view.model.row_at(row).claim_no in wanted:
            selection.select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    assert view.print_button.isEnabled()
    target = tmp_path / "three.pdf"
    view.printing.save_to(target, "en")
    _wait(qtbot, view.printing)
    qtbot.waitUntil(target.is_file)
    text = _text(target)
    assert all(number in text for number in wanted)
    assert made[3].claim_no not in text
    assert text.count("Warranty repair record") >= 3


def test_preview_shows_every_page(qtbot, english, dealer):  # noqa: F811
    made = [claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY) for _ in range(2)]
    view = ClaimsListView(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.table.selectAll()
    dialog = view.printing.preview()
    assert isinstance(dialog, PreviewDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20000)
    assert dialog.page_count() == len(made)  # one page each: a short record fits on one page
    assert dialog.print_button.isEnabled() and not dialog.image.pixmap().isNull()
    # switching the form language writes the PDF again
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.page_count() > 0 and dialog.pages.path.name.startswith("repair-record-en"),
                    timeout=20000)
    dialog.close()


def test_printing_without_a_printer_says_so(qtbot, english, dealer, monkeypatch):  # noqa: F811
    view = claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY)
    editor = _editor(qtbot, dealer, view.id)
    monkeypatch.setattr(printer_module, "printers_available", lambda: False)
    editor.printing.print_records()
    _wait(qtbot, editor.printing)
    qtbot.waitUntil(lambda: isinstance(editor.printing.message, QMessageBox))
    assert "No printer is installed" in editor.printing.message.text()


def test_pages_are_painted_on_the_printer(qtbot, english, dealer, tmp_path):  # noqa: F811
    # GIVEN two records written as one PDF
    made = [claims.create_claim(dealer.db, dealer.clerk, pump_claim(), TODAY) for _ in range(2)]
    view = ClaimsListView(dealer.db, actor=lambda: dealer.clerk, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.table.selectAll()
    source = tmp_path / "records.pdf"
    view.printing.save_to(source, "zh_CN")
    _wait(qtbot, view.printing)
    qtbot.waitUntil(source.is_file)
    # WHEN they are painted on a printer (one that writes a PDF, as no real printer exists here)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = PdfPages(source)
    assert printer_module.print_pages(printer, pages)
    pages.close()
    # THEN every page reached the printer
    assert len(PdfReader(printed).pages) == len(made)
