"""Export a claim batch for head office: choose the folder and the form (one .zip or a folder), see the
workbook template the package will use, then export off the GUI thread with the stages shown.

The package is complete or absent: a failure leaves no half package and the batch stays open (see
app/services/batches/exporting.py); the dialog says which of the two happened and where the package is.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services.batches import BatchView, ExportResult, current_template, export_batch, package_path
from app.services.database import Database
from app.ui.batches.common import BANNER_STYLE, file_size, moment, restyle
from app.ui.tasks import Task, run_task, with_progress_dialog

log = logging.getLogger(__name__)
_CONTEXT = "ExportBatchDialog"
_STAGES = {
    "workbook": QT_TRANSLATE_NOOP("ExportBatchDialog", "Writing the workbook…"),
    "json": QT_TRANSLATE_NOOP("ExportBatchDialog", "Writing the JSON file…"),
    "pdf": QT_TRANSLATE_NOOP("ExportBatchDialog", "Drawing the repair records… {done:,} of {total:,}"),
    "attachments": QT_TRANSLATE_NOOP("ExportBatchDialog", "Copying the photos and scans… {done:,} of {total:,}"),
    "locking": QT_TRANSLATE_NOOP("ExportBatchDialog", "Checking the package and locking the batch…"),
}


def stage_text(stage: str, done: int = 0, total: int = 0) -> str:
    source = _STAGES.get(stage)
    return QCoreApplication.translate(_CONTEXT, source).format(done=done, total=total) if source else stage


def ask_folder(parent: QWidget, caption: str, start: str) -> str:
    """The folder to write the package in, or "" (tests replace this function)."""
    return QFileDialog.getExistingDirectory(parent, caption, start)


def default_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class ExportBatchDialog(QDialog):
    exported = Signal(object)  # the ExportResult of a package written
    failed = Signal(str)  # why nothing was exported

    def __init__(self, database: Database, batch: BatchView, *, actor: Callable[[], Actor],
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportBatchDialog")
        self.setStyleSheet(BANNER_STYLE)
        self._database, self._actor, self._today = database, actor, today
        self.batch = batch
        self.task: Task | None = None
        self.result_value: ExportResult | None = None
        self.error_text = ""

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.again_label = QLabel()
        self.again_label.setObjectName("readOnlyBanner")
        self.again_label.setWordWrap(True)
        self.again_label.setVisible(not batch.is_open)
        self.template_caption, self.template_label = QLabel(), QLabel()
        self.template_label.setObjectName("templateName")
        self.template_label.setWordWrap(True)
        self.folder_caption = QLabel()
        self.folder_field = QLineEdit(default_folder())
        self.folder_field.setObjectName("exportFolder")
        self.folder_caption.setBuddy(self.folder_field)
        self.folder_field.textChanged.connect(lambda _t: self._changed())
        self.choose_button = QPushButton()
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.form_caption = QLabel()
        self.zip_button, self.folder_button = QRadioButton(), QRadioButton()
        self.zip_button.setObjectName("asZip")
        self.folder_button.setObjectName("asFolder")
        self.zip_button.setChecked(True)
        self.zip_button.toggled.connect(lambda _on: self._changed())
        self.target_caption, self.target_label = QLabel(), QLabel()
        self.target_label.setObjectName("packagePath")
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFolder")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("startExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.choose_button)
        form_row = QHBoxLayout()
        form_row.addWidget(self.zip_button)
        form_row.addWidget(self.folder_button)
        form_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.template_caption, self.template_label)
        form.addRow(self.folder_caption, folder_row)
        form.addRow(self.form_caption, form_row)
        form.addRow(self.target_caption, self.target_label)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.again_label)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(720, 320)
        self._load_template()
        self.retranslate_ui()

    # --- choosing -------------------------------------------------------------------------------------

    def _load_template(self) -> None:
        try:
            template = current_template(self._database)
        except WarrantyDeskError as exc:
            self.template_label.setText(str(exc))
            return
        self.template_label.setText(template.name)
        self.template_label.setToolTip(template.description)

    def set_folder(self, folder: str | Path) -> None:
        self.folder_field.setText(str(folder))

    def as_zip(self) -> bool:
        return self.zip_button.isChecked()

    def target(self) -> Path | None:
        folder = self.folder_field.text().strip()
        return package_path(Path(folder), self.batch.batch_no, self.as_zip()) if folder else None

    def on_choose_button_clicked(self) -> None:
        folder = ask_folder(self, self.tr("Choose the folder for the package"), self.folder_field.text())
        if folder:
            self.set_folder(folder)

    # --- exporting ------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.task is not None

    def start_export(self) -> Task | None:
        target = self.target()
        if target is None or self.is_busy():
            return None
        database, actor, number, today = self._database, self._actor(), self.batch.batch_no, self._today()
        folder, as_zip = Path(self.folder_field.text().strip()), self.as_zip()
        self.result_value, self.error_text = None, ""
        self.result_label.hide()
        self.open_button.hide()
        self.status_label.setText(stage_text("workbook"))
        task = run_task(lambda report: export_batch(database, actor, number, folder, as_zip=as_zip, progress=report,
                                                    today=today),
                        on_done=self._on_done, on_error=self._on_error, on_progress=self._on_progress)
        with_progress_dialog(task, self.tr("Exporting batch {number}…").format(number=number), parent=self,
                             describe=lambda stage, done, total: (stage_text(stage, done, total), done, total))
        self.task = task
        self._update()
        return task

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.status_label.setText(stage_text(stage, done, total))

    def _on_done(self, result: ExportResult) -> None:
        self.task = None
        self.result_value = result
        self.status_label.clear()
        self.result_label.setObjectName("successText")
        text = (self.tr("Batch {number} was exported to {path}: {files:,} files, {size}. The batch and its claims "
                        "are now locked.") if result.locked else
                self.tr("A copy of batch {number} was written to {path}: {files:,} files, {size}. The batch was "
                        "exported before and stays as it was."))
        self.result_label.setText(text.format(number=result.batch_no, path=result.path, files=result.files,
                                              size=file_size(result.bytes)))
        restyle(self.result_label)
        self.result_label.show()
        self.open_button.show()
        self._update()
        self.exported.emit(result)

    def _on_error(self, error: BaseException) -> None:
        self.task = None
        self.status_label.clear()
        if isinstance(error, WarrantyDeskError):
            reason = str(error)
        else:
            log.error("export of batch %s failed", self.batch.batch_no, exc_info=error)
            reason = f"{type(error).__name__}: {error}"
        state = (self.tr("The batch stays open; correct the problem and export it again.") if self.batch.is_open
                 else self.tr("The batch stays as it was."))
        self.error_text = self.tr("Nothing was exported: {reason}").format(reason=reason) + "\n" + state
        self.result_label.setObjectName("errorText")
        self.result_label.setText(self.error_text)
        restyle(self.result_label)
        self.result_label.show()
        self._update()
        self.failed.emit(self.error_text)

    def _changed(self) -> None:
        """Another folder or form: a new package can be written."""
        if self.result_value is not None:
            self.result_value = None
            self.result_label.hide()
            self.open_button.hide()
        self._update()

    def open_folder(self) -> None:
        if self.result_value is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_value.path.parent)))

    def reject(self) -> None:
        if not self.is_busy():  # the export finishes either way; closing halfway would hide how it ended
            super().reject()

    def _update(self) -> None:
        target = self.target()
        self.target_label.setText(str(target) if target else "")
        busy = self.is_busy()
        # After a package is written the button rests: a second click would only write the same copy again.
        self.export_button.setEnabled(target is not None and not busy and self.result_value is None)
        for widget in (self.folder_field, self.choose_button, self.zip_button, self.folder_button):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)

    def retranslate_ui(self) -> None:
        number = self.batch.batch_no
        self.setWindowTitle(self.tr("Export batch {number}").format(number=number))
        self.explanation.setText(self.tr(
            "The package for head office holds the workbook, the same data as JSON, every claim's repair record "
            "as PDF with its photos and scans, and a manifest with the checksum of every file. Once it is "
            "written, the batch and its {count:,} claims are locked.").format(count=self.batch.totals.claim_count))
        self.again_label.setText(self.tr(
            "This batch was exported on {time}. Exporting it again writes a copy with the same data and changes "
            "nothing.").format(time=moment(self.batch.exported_at)))
        self.template_caption.setText(self.tr("Workbook layout:"))
        self.folder_caption.setText(self.tr("&Folder:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.form_caption.setText(self.tr("Package:"))
        self.zip_button.setText(self.tr("One .&zip file"))
        self.folder_button.setText(self.tr("A f&older of files"))
        self.target_caption.setText(self.tr("Written as:"))
        self.open_button.setText(self.tr("&Open the folder"))
        self.export_button.setText(self.tr("&Export"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
