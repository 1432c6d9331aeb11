"""The import dialog: pick a workbook, import it off the GUI thread, then show the summary or every problem.

A refused file lists each problem (row, column, value, reason) in a table the clerk can copy into a
message to head office or next to the sheet while correcting it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import SYSTEM, Actor
from app.domain.errors import WarrantyDeskError
from app.reports.excel import Problem
from app.services.database import Database
from app.services.imports import ImportRefused, ImportResult, import_file, save_template
from app.ui.master_data.statutory_columns import import_warnings
from app.ui.master_data.texts import kind_title, reason, stage_text
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
_STYLE = """
QLabel#importSuccess { color: #1b5e20; font-weight: bold; }
QLabel#importError { color: #b71c1c; font-weight: bold; }
"""


def ask_open_path(parent: QWidget, caption: str, file_filter: str) -> str:
    """The workbook to import, or "" (tests replace this function)."""
    path, _chosen = QFileDialog.getOpenFileName(parent, caption, "", file_filter)
    return path


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    """Where to write a template, or "" (tests replace this function)."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def offer_template(parent: QWidget, kind: str, write: Callable[[str], Path] | None = None) -> Path | None:
    """Ask where to save the template of `kind` and write it; a failure is shown, not raised."""
    path = ask_save_path(parent, QCoreApplication.translate("ImportDialog", "Save the import template"),
                         f"{kind}-template.xlsx", QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        return write(path) if write is not None else save_template(kind, path)
    except WarrantyDeskError as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ImportDialog", "Template not saved"),
                          str(exc),
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult of a file that was imported

    def __init__(self, database: Database, kind: str, *, actor: Actor = SYSTEM,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._kind = kind
        self._actor = actor
        self._task: Task | None = None
        self._problems: tuple[Problem, ...] = ()
        self._file_name = ""
        self.result_value: ImportResult | None = None
        self.setObjectName("importDialog")
        self.setStyleSheet(_STYLE)
        self.resize(900, 560)

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)

        self.path_label = QLabel()
        self.path_field = QLineEdit()
        self.path_field.setObjectName("importPath")
        self.path_field.setClearButtonEnabled(True)
        self.path_label.setBuddy(self.path_field)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.on_template_button_clicked)
        self.import_button = QPushButton()
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.path_field.textChanged.connect(self._update_buttons)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy until the reader knows how many rows there are
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.problem_table = QTableWidget(0, 4)
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.setAlternatingRowColors(True)
        self.problem_table.verticalHeader().hide()
        header = self.problem_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problem_table.setColumnWidth(2, 160)
        self.problem_table.hide()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_problems)
        self.copy_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label)
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(self.choose_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.template_button)
        action_row.addStretch(1)
        action_row.addWidget(self.import_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.status_label, 2)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.copy_button)
        bottom_row.addStretch(1)
        bottom_row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explanation_label)
        layout.addLayout(file_row)
        layout.addLayout(action_row)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problem_table, 1)
        layout.addStretch(0)
        layout.addLayout(bottom_row)

        self.retranslate_ui()
        self._update_buttons()

    # --- what callers and tests use ---------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._kind

    def set_path(self, path: str | Path) -> None:
        self.path_field.setText(str(path))

    def is_busy(self) -> bool:
        return self._task is not None

    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def start_import(self) -> None:
        path = self.path_field.text().strip()
        if not path or self.is_busy():
            return
        self._show_running()
        self._task = run_task(self.importer(path), on_done=self._on_done, on_error=self._on_error,
                              on_progress=self._on_progress)
        self._update_buttons()

    def importer(self, path: str) -> Callable[[Callable[[str, int, int], None]], Any]:
        """What runs on the pool thread: the import of `path`, reporting progress (kinds of file override it)."""
        database, kind, actor = self._database, self._kind, self._actor
        return lambda report: import_file(database, kind, path, actor=actor, progress=report)

    def problems_as_text(self) -> str:
        """The problem table as tab-separated lines, titles first: pastes into Excel or a message."""
        titles = [self.problem_table.horizontalHeaderItem(c).text() for c in range(self.problem_table.columnCount())]
        lines = ["\t".join(titles)]
        for row in range(self.problem_table.rowCount()):
            lines.append("\t".join(self.problem_table.item(row, c).text()
                                   for c in range(self.problem_table.columnCount())))
        return "\n".join(lines)

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_as_text())
        self.status_label.setText(self.tr("The list of problems was copied."))

    # --- slots ---------------------------------------------------------------------------------------

    def on_choose_button_clicked(self) -> None:
        path = ask_open_path(self, self.tr("Choose the Excel file to import"),
                             self.tr("Excel workbook (*.xlsx);;All files (*)"))
        if path:
            self.set_path(path)

    def on_template_button_clicked(self) -> None:
        saved = self.save_template()
        if saved is not None:
            self.status_label.setText(self.tr("Template saved as {path}").format(path=saved))

    def save_template(self) -> Path | None:
        return offer_template(self, self._kind)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)
        self.status_label.setText(stage_text(stage, done))

    def _on_done(self, result: ImportResult) -> None:
        self._task = None
        self.result_value = result
        self._show_finished()
        self.result_label.setObjectName("importSuccess")
        self.result_label.setText(self._summary(result))
        self._restyle(self.result_label)
        self.imported.emit(result)

    def _on_error(self, error: BaseException) -> None:
        self._task = None
        self._show_finished()
        self.result_label.setObjectName("importError")
        if isinstance(error, ImportRefused):
            self._show_problems(error)
        elif isinstance(error, WarrantyDeskError):
            self.result_label.setText(self.tr("Nothing was imported: {error}").format(error=error))
        else:
            log.error("import of %s failed", self._kind, exc_info=error)
            self.result_label.setText(self.tr("Nothing was imported: unexpected error ({error}); see the log.")
                                      .format(error=f"{type(error).__name__}: {error}"))
        self._restyle(self.result_label)

    # --- presentation ---------------------------------------------------------------------------

    def _summary(self, result: Any) -> str:
        text = self.tr("{file}: {rows:,} rows imported — {created:,} added, {updated:,} updated, "
                       "{unchanged:,} unchanged.").format(file=result.file_name, rows=result.rows,
                                                          created=result.created, updated=result.updated,
                                                          unchanged=result.unchanged)
        if result.prices_changed:
            text += " " + self.tr("{count:,} prices changed; the old prices are kept as history.").format(
                count=result.prices_changed)
        if result.movements:
            text += " " + self.tr("{count:,} stock movements recorded.").format(count=result.movements)
        if result.warnings:
            text += "\n" + self.tr("Imported with a warning — correct these models:") + "\n" + import_warnings(
                result.warnings)
        return text

    def _show_problems(self, refused: ImportRefused) -> None:
        self._problems = refused.problems
        self._file_name = refused.file_name
        only_file = len(refused.problems) == 1 and refused.problems[0].row is None
        if only_file:
            self.result_label.setText(self.tr("{file} was not imported: {reason}").format(
                file=refused.file_name, reason=reason(refused.problems[0])))
            return
        self.result_label.setText(self.tr("{file} was not imported: {count:,} problems in {rows:,} rows. Nothing "
                                          "was changed; correct the file and import it again.").format(
            file=refused.file_name, count=len(refused.problems), rows=refused.bad_rows))
        self.problem_table.setRowCount(len(refused.problems))
        for row, problem in enumerate(refused.problems):
            column = f"{problem.column} {problem.header}".strip()
            cells = ("" if problem.row is None else str(problem.row), column, problem.value, reason(problem))
            for index, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if index == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.problem_table.setItem(row, index, item)
        self.problem_table.show()
        self.copy_button.show()

    def _show_running(self) -> None:
        self.result_value = None
        self._problems = ()
        self.problem_table.setRowCount(0)
        self.problem_table.hide()
        self.copy_button.hide()
        self.result_label.hide()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.status_label.setText(stage_text("reading"))

    def _show_finished(self) -> None:
        self.progress_bar.hide()
        self.status_label.clear()
        self.result_label.show()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.import_button.setEnabled(not busy and bool(self.path_field.text().strip()))
        for widget in (self.path_field, self.choose_button, self.template_button):
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)  # the transaction finishes either way; closing halfway helps no one

    def _restyle(self, widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def reject(self) -> None:
        if not self.is_busy():
            super().reject()

    def retranslate_ui(self) -> None:
        title = kind_title(self._kind)
        self.setWindowTitle(self.tr("Import from Excel: {kind}").format(kind=title))
        self.title_label.setText(self.windowTitle())
        self.explanation_label.setText(self.tr(
            "The whole file is checked first. If any row is wrong, nothing is imported and every problem is "
            "listed with its row and column. Column titles may be in Chinese or English."))
        self.path_label.setText(self.tr("&File:"))
        self.path_field.setPlaceholderText(self.tr("An .xlsx workbook filled in from the template"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.template_button.setText(self.tr("Save &template…"))
        self.import_button.setText(self.tr("&Import"))
        self.copy_button.setText(self.tr("Co&py the problems"))
        self.problem_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        if self._problems:
            for row, problem in enumerate(self._problems):
                item = self.problem_table.item(row, 3)
                if item is not None:
                    item.setText(reason(problem))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
