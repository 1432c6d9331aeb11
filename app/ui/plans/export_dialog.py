"""Export a reserve plan to Excel for the manufacturer: choose the layout (the dealer's template, a shipped one
or the manufacturer's template file) and the file, then write it off the GUI thread. The file is replaced
only once the new one is complete (app.services.plans.export)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.services.plans.export import PlanExport, current_plan_template, export_plan, shipped_plan_templates
from app.ui.tasks import Task, run_task, with_progress_dialog

DEALER = ""  # the template choice meaning "the dealer's template"


def ask_save_file(parent: QWidget, caption: str, start: str, filter_text: str) -> str:
    """The workbook to write, or "" (tests replace this function)."""
    return QFileDialog.getSaveFileName(parent, caption, start, filter_text)[0]


def ask_open_file(parent: QWidget, caption: str, start: str, filter_text: str) -> str:
    """A template file, or "" (tests replace this function)."""
    return QFileDialog.getOpenFileName(parent, caption, start, filter_text)[0]


def default_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class ExportPlanDialog(QDialog):
    exported = Signal(object)  # the PlanExport written

    def __init__(self, database: Database, plan_no: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPlanDialog")
        self.setWindowTitle(self.tr("Export plan {number} to Excel").format(number=plan_no))
        self._database, self.plan_no = database, plan_no
        self.task: Task | None = None
        self.result_value: PlanExport | None = None
        self.template = QComboBox()
        self.template.setObjectName("planTemplate")
        try:
            dealer = current_plan_template(database).name
        except WarrantyDeskError as exc:
            dealer = str(exc)
        self.template.addItem(self.tr("The dealer's template: {name}").format(name=dealer), DEALER)
        for name in shipped_plan_templates():
            self.template.addItem(self.tr("Shipped: {name}").format(name=name), name)
        self.template_file = QPushButton(self.tr("Template &file…"))
        self.template_file.setAutoDefault(False)
        self.template_file.clicked.connect(self.on_template_file_clicked)
        self.path_field = QLineEdit(str(Path(default_folder()) / f"{plan_no}.xlsx"))
        self.path_field.setObjectName("exportPath")
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.on_choose_clicked)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("startPlanExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.template_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("Layout:"), template_row)
        form.addRow(self.tr("File:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(680, 200)

    def on_template_file_clicked(self) -> None:
        name = ask_open_file(self, self.tr("Choose the manufacturer's template"), default_folder(),
                             self.tr("Workbook templates (*.json)"))
        if name:
            self.template.addItem(self.tr("File: {name}").format(name=Path(name).name), name)
            self.template.setCurrentIndex(self.template.count() - 1)

    def on_choose_clicked(self) -> None:
        name = ask_save_file(self, self.tr("Save the plan as"), self.path_field.text(),
                             self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.path_field.setText(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")

    def start_export(self) -> Task | None:
        target = self.path_field.text().strip()
        if not target or self.task is not None:
            return None
        database, number = self._database, self.plan_no
        choice = self.template.currentData() or None
        self.status.setText(self.tr("Writing the workbook…"))
        self.export_button.setEnabled(False)
        task = run_task(lambda _report: export_plan(database, number, target, template=choice),
                        on_done=self._on_done, on_error=self._on_error)
        with_progress_dialog(task, self.tr("Exporting plan {number}…").format(number=number), parent=self)
        self.task = task
        return task

    def _on_done(self, result: PlanExport) -> None:
        self.task = None
        self.result_value = result
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Written: {path} ({lines} lines, layout “{template}”)").format(
            path=result.path, lines=result.lines, template=result.template))
        self.exported.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        text = str(exc) if isinstance(exc, WarrantyDeskError | OSError) else self.tr(
            "The workbook could not be written: {error}").format(error=exc)
        self.status.setText(self.tr("Nothing was written: {reason}").format(reason=text))
