"""Preview, Print and Save as PDF for warranty repair records: one from the claim editor, or a
selection from the claims list as one document.

The PDF is always written by the forms service (app.services.forms.write_repair_records) on a pool
thread, with a progress dialog; preview and printing then show or paint that very file.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from app.domain.errors import WarrantyDeskError
from app.i18n import LANGUAGES, current_language
from app.services.database import Database
from app.services.forms import write_repair_records
from app.ui.claims.common import show_message
from app.ui.printing.pages import PdfPages, can_render
from app.ui.printing.preview import LANGUAGE_NAMES, PreviewDialog
from app.ui.printing.printer import ask_and_print
from app.ui.tasks import Task, run_task, with_progress_dialog

ClaimIds = Callable[[], list[int]]


class RepairRecordPrinting(QObject):
    """The print actions for the claims `claim_ids()` returns when an action starts."""

    def __init__(self, database: Database, claim_ids: ClaimIds, *, today: Callable[[], dt.date],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._database, self._claim_ids, self._today, self._widget = database, claim_ids, today, parent
        self.chosen_lang: str | None = None  # None: the UI's language at the time of printing
        self._folder = tempfile.TemporaryDirectory(prefix="warrantydesk-print-")
        self.message: QMessageBox | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_task: Task | None = None
        self.destroyed.connect(lambda *_a, folder=self._folder: folder.cleanup())

    @property
    def lang(self) -> str:
        return self.chosen_lang or current_language(QCoreApplication.instance())

    # --- writing the PDF ------------------------------------------------------------------------------

    def write(self, path: Path | str, lang: str, on_done: Callable[[Path], None]) -> Task | None:
        """Write the records to `path` off the GUI thread, then call `on_done(path)` on it."""
        ids = self._claim_ids()
        if not ids:
            return None
        count = len(ids)
        today = self._today()
        task = run_task(lambda _report: write_repair_records(self._database, ids, path, lang, today=today),
                        on_done=on_done, on_error=self._failed)
        label = self.tr("Preparing {count} repair records…").format(count=count) if count > 1 else \
            self.tr("Preparing the repair record…")
        with_progress_dialog(task, label, parent=self._widget)
        self.last_task = task
        return task

    def _temporary(self, lang: str) -> Path:
        handle, name = tempfile.mkstemp(prefix=f"repair-record-{lang}-", suffix=".pdf", dir=self._folder.name)
        os.close(handle)
        return Path(name)

    def _failed(self, exc: BaseException) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.set_busy(False)
        text = str(exc) if isinstance(exc, WarrantyDeskError | OSError) else self.tr(
            "The form could not be prepared: {error}").format(error=exc)
        self.message = show_message(self._widget, self.tr("Print"), text)

    # --- the three actions ----------------------------------------------------------------------------

    def preview(self) -> PreviewDialog | None:
        if not self._claim_ids():
            return None
        if not can_render():  # no renderer: the system's PDF viewer shows the file instead
            self.write(self._temporary(self.lang), self.lang,
                       lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
            return None
        dialog = PreviewDialog(self.lang, parent=self._widget)
        dialog.language_chosen.connect(lambda lang: self._fill_preview(dialog, lang))
        dialog.print_requested.connect(lambda: self._print_preview(dialog))
        dialog.save_requested.connect(lambda: self.save_as(lang=dialog.lang, source=dialog))
        self.preview_dialog = dialog
        dialog.show()
        self._fill_preview(dialog, dialog.lang)
        return dialog

    def _fill_preview(self, dialog: PreviewDialog, lang: str) -> None:
        def loaded(path: Path) -> None:
            try:
                if dialog.isVisible() and dialog.lang == lang:
                    dialog.load(PdfPages(path))
            except RuntimeError:  # the dialog was closed while the PDF was written
                pass

        self.write(self._temporary(lang), lang, loaded)

    def _print_preview(self, dialog: PreviewDialog) -> None:
        self.message = ask_and_print(dialog.pages, dialog)  # type: ignore[assignment]

    def print_records(self) -> Task | None:
        """Print without a preview: write the PDF, then open the print dialog."""
        if not self._claim_ids():
            return None
        lang = self.lang

        def written(path: Path) -> None:
            self.message = ask_and_print(PdfPages(path) if can_render() else None,  # type: ignore[assignment]
                                         self._widget)

        return self.write(self._temporary(lang), lang, written)

    def save_as(self, *, lang: str | None = None, source: PreviewDialog | None = None) -> QFileDialog | None:
        ids = self._claim_ids()
        if not ids:
            return None
        lang = lang or self.lang
        parent = source or self._widget
        dialog = QFileDialog(parent, self.tr("Save as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("repair records.pdf") if len(ids) > 1 else self.tr("repair record.pdf"))
        dialog.fileSelected.connect(lambda name: self._save(Path(name), lang, source))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _save(self, path: Path, lang: str, source: PreviewDialog | None) -> None:
        if source is not None and source.pages is not None and source.lang == lang:
            # The preview's file is the very PDF the service wrote for these records and this language.
            try:
                shutil.copyfile(source.pages.path, path)
            except OSError as exc:
                self._failed(exc)
            else:
                self._saved(path)
            return
        self.save_to(path, lang)

    def save_to(self, path: Path | str, lang: str | None = None) -> Task | None:
        return self.write(path, lang or self.lang, self._saved)

    def _saved(self, path: Path) -> None:
        self.message = show_message(self._widget, self.tr("Save as PDF"),
                                    self.tr("Saved {file}.").format(file=path), warning=False)


class PrintButton(QPushButton):
    """A "Print" button whose menu offers Preview, Print, Save as PDF and the form's language."""

    def __init__(self, printing: RepairRecordPrinting, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printButton")
        self.setAutoDefault(False)
        self.printing = printing
        menu = QMenu(self)
        self.preview_action = menu.addAction("", printing.preview)
        self.print_action = menu.addAction("", printing.print_records)
        self.save_action = menu.addAction("", printing.save_as)
        menu.addSeparator()
        self.language_menu = menu.addMenu("")
        self.language_actions: dict[str | None, QAction] = {}
        group = QActionGroup(self)
        for code in (None, *LANGUAGES):
            action = self.language_menu.addAction(LANGUAGE_NAMES.get(code or "", ""))
            action.setCheckable(True)
            action.setChecked(code is None)
            action.triggered.connect(lambda _checked=False, c=code: setattr(printing, "chosen_lang", c))
            group.addAction(action)
            self.language_actions[code] = action
        self.setMenu(menu)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Print"))
        self.setToolTip(self.tr("Preview, print or save the warranty repair record"))
        self.preview_action.setText(self.tr("Pre&view…"))
        self.print_action.setText(self.tr("&Print…"))
        self.save_action.setText(self.tr("&Save as PDF…"))
        self.language_menu.setTitle(self.tr("Form &language"))
        self.language_actions[None].setText(self.tr("As the program"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


