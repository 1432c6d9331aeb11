"""Preview, Print and Save as PDF for any printed form, from the place where its record lives.

A form is a function `write(path, lang) -> path` over the forms service (app.services.forms); it runs
on a pool thread, with a progress dialog, and preview and printing then show or paint that very file.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from app.domain.errors import WarrantyDeskError
from app.i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from app.services.database import Database
from app.ui.claims.common import show_message
from app.ui.printing.pages import PdfPages, can_render
from app.ui.printing.preview import PreviewDialog
from app.ui.printing.printer import ask_and_print
from app.ui.tasks import Task, run_task, with_progress_dialog

Writer = Callable[[Path, str], Path]
Text = str | Callable[[], str]  # a callable is asked again each time, so it follows a language switch


def _text(value: Text) -> str:
    return value() if callable(value) else value


class FormPrinting(QObject):
    """The print actions for one form.

    `write(path, lang)` writes the PDF on a pool thread, so it must not touch widgets: give it plain
    values, or override `job()`, which runs on the GUI thread when an action starts, to bind them.
    `ready()` says whether there is anything to print now; `kind` names the temporary files (ASCII),
    `name_hint` is the file name the Save dialog suggests.
    """

    def __init__(self, database: Database, write: Writer | None = None, *, name_hint: Text = "form.pdf",
                 kind: str = "form", ready: Callable[[], bool] | None = None, tooltip: Text | None = None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._database, self._write, self._widget = database, write, parent
        self._name_hint, self._kind, self._ready, self._tooltip = name_hint, kind, ready, tooltip
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

    # --- what to print: overridden by forms that print a selection ----------------------------------

    def job(self) -> Writer | None:
        """The writer for what is to be printed now, or None when there is nothing."""
        if self._write is None or (self._ready is not None and not self._ready()):
            return None
        return self._write

    def progress_label(self) -> str:
        return self.tr("Preparing the form…")

    def name_hint(self) -> str:
        return _text(self._name_hint)

    def tooltip(self) -> str:
        return _text(self._tooltip) if self._tooltip is not None else self.tr("Preview, print or save the form")

    # --- writing the PDF ------------------------------------------------------------------------------

    def write(self, path: Path | str, lang: str, on_done: Callable[[Path], None]) -> Task | None:
        """Write the form to `path` off the GUI thread, then call `on_done(path)` on it."""
        job = self.job()
        if job is None:
            return None
        task = run_task(lambda _report: job(Path(path), lang), on_done=on_done, on_error=self._failed)
        with_progress_dialog(task, self.progress_label(), parent=self._widget)
        self.last_task = task
        return task

    def _temporary(self, lang: str) -> Path:
        handle, name = tempfile.mkstemp(prefix=f"{self._kind}-{lang}-", suffix=".pdf", dir=self._folder.name)
        os.close(handle)
        return Path(name)

    def _failed(self, exc: BaseException) -> None:
        if self.preview_dialog is not None:
            try:
                self.preview_dialog.set_busy(False)
            except RuntimeError:  # the preview was closed meanwhile
                pass
        text = str(exc) if isinstance(exc, WarrantyDeskError | OSError) else self.tr(
            "The form could not be prepared: {error}").format(error=exc)
        self.message = show_message(self._widget, self.tr("Print"), text)

    # --- the three actions ----------------------------------------------------------------------------

    def preview(self) -> PreviewDialog | None:
        if self.job() is None:
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
        if self.job() is None:
            return None
        lang = self.lang

        def written(path: Path) -> None:
            self.message = ask_and_print(PdfPages(path) if can_render() else None,  # type: ignore[assignment]
                                         self._widget)

        return self.write(self._temporary(lang), lang, written)

    def save_as(self, *, lang: str | None = None, source: PreviewDialog | None = None) -> QFileDialog | None:
        if self.job() is None:
            return None
        lang = lang or self.lang
        parent = source or self._widget
        dialog = QFileDialog(parent, self.tr("Save as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.name_hint())
        dialog.fileSelected.connect(lambda name: self._save(Path(name), lang, source))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _save(self, path: Path, lang: str, source: PreviewDialog | None) -> None:
        if source is not None and source.pages is not None and source.lang == lang:
            # The preview's file is the very PDF the service wrote for this record and this language.
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

    def __init__(self, printing: FormPrinting, *, text: Text | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printButton")
        self.setAutoDefault(False)
        self.printing = printing
        self._text = text
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
        self.setText(_text(self._text) if self._text is not None else self.tr("&Print"))
        self.setToolTip(self.printing.tooltip())
        self.preview_action.setText(self.tr("Pre&view…"))
        self.print_action.setText(self.tr("&Print…"))
        self.save_action.setText(self.tr("&Save as PDF…"))
        self.language_menu.setTitle(self.tr("Form &language"))
        self.language_actions[None].setText(self.tr("As the program"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
