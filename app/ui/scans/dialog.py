"""Import signed scans: pick files or a scanner's folder, import them off the GUI thread, and see what
became of each. A scan whose code could not be read gets a field: the clerk scans the barcode on the
paper with a hand scanner (it types the claim number and Enter) or types it, then Attach."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import scans
from app.services.database import Database
from app.services.scans import ScanImport, ScanOutcome, ScanStatus
from app.ui.claims.common import ActorSource, show_message
from app.ui.tasks import Task, run_task

STATUS_TEXT = {
    ScanStatus.ATTACHED: QT_TRANSLATE_NOOP("ScanStatus", "Attached, claim signed"),
    ScanStatus.ALREADY_ATTACHED: QT_TRANSLATE_NOOP("ScanStatus", "Already attached"),
    ScanStatus.NO_CODE: QT_TRANSLATE_NOOP("ScanStatus", "No code readable: scan or type the claim number"),
    ScanStatus.UNKNOWN_CLAIM: QT_TRANSLATE_NOOP("ScanStatus", "Unknown claim number: scan or type the right one"),
    ScanStatus.REFUSED: QT_TRANSLATE_NOOP("ScanStatus", "Not attached"),
}
GREEN, RED = QColor("#2e7d32"), QColor("#c62828")


class ScansDialog(QDialog):
    COL_FILE, COL_CLAIM, COL_STATUS, COL_ACTION = range(4)
    imported = Signal()  # at least one claim became signed: lists may refresh

    def __init__(self, database: Database, actor: ActorSource, today: Callable[[], dt.date] = dt.date.today, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scansDialog")
        self._database = database
        self._actor = actor
        self._today = today
        self.outcomes: list[ScanOutcome] = []
        self.task: Task | None = None
        self.file_dialog: QFileDialog | None = None
        self.message: object = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.files_button = QPushButton()
        self.folder_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.files_button, self.folder_button, self.close_button):
            button.setAutoDefault(False)
        self.files_button.clicked.connect(self.on_files_button_clicked)
        self.folder_button.clicked.connect(self.on_folder_button_clicked)
        self.close_button.clicked.connect(self.close)
        self.progress = QProgressBar()
        self.progress.hide()
        self.summary = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("scanResults")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(self.COL_CLAIM, 170)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.resize(900, 520)
        self.retranslate_ui()

    # --- choosing and importing ---------------------------------------------------------------------------

    def on_files_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Signed scans"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp)"),
                               self.tr("All files (*)")])
        dialog.filesSelected.connect(self.import_paths)
        self._open(dialog)

    def on_folder_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("The scanner's folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda folder: self.import_paths([folder]))
        self._open(dialog)

    def _open(self, dialog: QFileDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def import_paths(self, paths: list[str | Path]) -> Task | None:
        if not paths or (self.task is not None and self.task.is_running()):
            return None
        actor, today, database = self._actor(), self._today(), self._database
        self._busy(True)
        self.task = run_task(lambda report: scans.import_scans(database, actor, list(paths), today, progress=report),
                             on_done=self.on_import_done, on_error=self.on_import_failed,
                             on_progress=self.on_import_progress)
        return self.task

    def on_import_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def on_import_done(self, result: ScanImport) -> None:
        self._busy(False)
        for outcome in result.outcomes:
            self._add_row(outcome)
        self._show_summary()
        if result.attached:
            self.imported.emit()

    def on_import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message = show_message(self, self.tr("Import signed scans"), str(exc))

    # --- resolving a row ------------------------------------------------------------------------------------

    def attach(self, row: int) -> bool:
        """Attach an unresolved scan to the claim number in its field."""
        field = self.table.cellWidget(row, self.COL_CLAIM)
        if not isinstance(field, QLineEdit) or not field.text().strip():
            return False
        try:
            outcome = scans.attach_scan(self._database, self._actor(), self.outcomes[row], field.text(),
                                        self._today())
        except (OSError, WarrantyDeskError) as exc:
            self.message = show_message(self, self.tr("Import signed scans"), str(exc))
            return False
        self._set_row(row, outcome)
        self._show_summary()
        if outcome.resolved:
            self.imported.emit()
        return outcome.resolved

    def _add_row(self, outcome: ScanOutcome) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.outcomes.append(outcome)
        self._set_row(row, outcome)

    def _set_row(self, row: int, outcome: ScanOutcome) -> None:
        self.outcomes[row] = outcome
        item = QTableWidgetItem(outcome.file_name)
        item.setToolTip(outcome.source)
        self.table.setItem(row, self.COL_FILE, item)
        status = QCoreApplication.translate("ScanStatus", STATUS_TEXT[outcome.status])
        if outcome.reason and outcome.status in (ScanStatus.UNKNOWN_CLAIM, ScanStatus.REFUSED):
            status = f"{status} ({outcome.reason})"
        status_item = QTableWidgetItem(status)
        status_item.setForeground(GREEN if outcome.resolved else RED)
        status_item.setToolTip(status)
        self.table.setItem(row, self.COL_STATUS, status_item)
        self.table.removeCellWidget(row, self.COL_CLAIM)
        self.table.removeCellWidget(row, self.COL_ACTION)
        if outcome.resolved:
            self.table.setItem(row, self.COL_CLAIM, QTableWidgetItem(outcome.claim_no))
            self.table.setItem(row, self.COL_ACTION, QTableWidgetItem(""))
            return
        self.table.setItem(row, self.COL_CLAIM, QTableWidgetItem(""))
        field = QLineEdit(outcome.claim_no)
        field.setObjectName("scanClaimNumber")
        field.setPlaceholderText(self.tr("Scan the barcode"))
        button = QPushButton(self.tr("Attach"))
        button.setObjectName("attachScan")
        button.setAutoDefault(False)
        # The hand scanner ends with Enter: that attaches, as the button does.
        field.returnPressed.connect(lambda r=row: self.attach(r))
        button.clicked.connect(lambda _checked=False, r=row: self.attach(r))
        self.table.setCellWidget(row, self.COL_CLAIM, field)
        self.table.setCellWidget(row, self.COL_ACTION, button)

    def _show_summary(self) -> None:
        attached = sum(1 for o in self.outcomes if o.resolved)
        self.summary.setText(self.tr("{attached} of {total} scans attached; {open} to resolve.")
                             .format(attached=attached, total=len(self.outcomes), open=len(self.outcomes) - attached))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.files_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import signed scans"))
        self.hint.setText(self.tr("Scans of signed repair records (PDF or pictures) are matched to their claim by the "
                                  "QR code on the paper; each claim becomes signed."))
        self.files_button.setText(self.tr("Add &files…"))
        self.folder_button.setText(self.tr("Add a f&older…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Claim"), self.tr("Status"), ""])
        for row, outcome in enumerate(list(self.outcomes)):
            self._set_row(row, outcome)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
