"""Head office's verdict typed in by hand (from its letter or a phone call), tag by tag."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldPartStatus
from app.services.shipments import ShipmentLine, ShipmentView
from app.services.verdicts import Verdict
from app.ui.labels import label

OPEN = (OldPartStatus.SHIPPED, OldPartStatus.RECEIVED)  # not judged yet
RECEIVED_CHOICES = ("", "yes", "no")
VERDICT_CHOICES = ("", OldPartStatus.USABLE.value, OldPartStatus.SCRAP.value)


class VerdictsDialog(QDialog):
    entered = Signal(list)  # list[Verdict]: the rows the clerk filled in

    def __init__(self, shipment: ShipmentView, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictsDialog")
        self.shipment = shipment
        self.lines: list[ShipmentLine] = [line for line in shipment.lines if line.status in OPEN]
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(len(self.lines), 5)
        self.table.setObjectName("verdictsTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.received: list[QComboBox] = []
        self.verdicts: list[QComboBox] = []
        self.remarks: list[QLineEdit] = []
        for row, line in enumerate(self.lines):
            for column, text in enumerate((line.tag_no, f"{line.part_no} {line.part_name}")):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
            received, verdict, remark = QComboBox(), QComboBox(), QLineEdit()
            for _choice in RECEIVED_CHOICES:
                received.addItem("")
            for choice in VERDICT_CHOICES:
                verdict.addItem("", choice)
            if line.status == OldPartStatus.RECEIVED:
                received.setCurrentIndex(1)
                received.setEnabled(False)  # head office already said it has the part
            remark.setMaxLength(200)
            received.currentIndexChanged.connect(lambda _i, r=row: self._enable_row(r))
            self.table.setCellWidget(row, 2, received)
            self.table.setCellWidget(row, 3, verdict)
            self.table.setCellWidget(row, 4, remark)
            self.received.append(received)
            self.verdicts.append(verdict)
            self.remarks.append(remark)
            self._enable_row(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("verdictsError")
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate_ui()

    def set_row(self, tag: str, received: bool | None, verdict: OldPartStatus | None = None,
                remark: str = "") -> None:
        """Fill one row as a clerk would (tests and scanners use it)."""
        row = next(i for i, line in enumerate(self.lines) if line.tag_no == tag)
        if self.received[row].isEnabled():
            self.received[row].setCurrentIndex(0 if received is None else (1 if received else 2))
        self.verdicts[row].setCurrentIndex(self.verdicts[row].findData(verdict.value if verdict else ""))
        self.remarks[row].setText(remark)

    def _enable_row(self, row: int) -> None:
        received = self.received[row].currentIndex() == 1
        self.verdicts[row].setEnabled(received)
        if not received:
            self.verdicts[row].setCurrentIndex(0)

    def collected(self) -> list[Verdict]:
        found: list[Verdict] = []
        for row, line in enumerate(self.lines):
            received = self.received[row].currentIndex()
            verdict = self.verdicts[row].currentData()
            if line.status == OldPartStatus.RECEIVED and not verdict:
                continue  # already received, nothing new said
            if received == 0:
                continue
            found.append(Verdict(line.tag_no, received == 1, OldPartStatus(verdict) if verdict else None,
                                 self.remarks[row].text()))
        return found

    def accept(self) -> None:
        verdicts = self.collected()
        if not verdicts:
            self.error_label.setText(self.tr("Say for at least one tag whether head office received it."))
            return
        self.entered.emit(verdicts)

    def done_ok(self) -> None:
        """The page saved the verdicts: close."""
        super().accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Head office's verdict: {number}").format(number=self.shipment.shipment_no))
        self.explanation.setText(self.tr(
            "For each tag head office reported on: received or not, and for a received part usable or scrap. "
            "Rows left empty are not changed."))
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Part"), self.tr("Received"),
                                              self.tr("Verdict"), self.tr("Remark")])
        for combo in self.received:
            for index, text in enumerate(("—", self.tr("Yes"), self.tr("No, not received"))):
                combo.setItemText(index, text)
        for combo in self.verdicts:
            for index, choice in enumerate(VERDICT_CHOICES):
                combo.setItemText(index, label(OldPartStatus(choice)) if choice else self.tr("Not judged yet"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
