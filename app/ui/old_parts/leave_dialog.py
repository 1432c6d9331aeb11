"""Head office leaves an old part at the dealer: keep it (usable) or dispose of it (scrap), on its word."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldPartStatus


class LeaveAtDealerDialog(QDialog):
    chosen = Signal(str, object, str)  # tag, OldPartStatus.USABLE or SCRAP, head office's instruction

    def __init__(self, tag: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveAtDealerDialog")
        self._tag = tag
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.keep = QRadioButton()
        self.keep.setObjectName("keepUsable")
        self.dispose = QRadioButton()
        self.dispose.setObjectName("disposeScrap")
        self.keep.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.dispose)
        self.instruction_label = QLabel()
        self.instruction = QLineEdit()
        self.instruction.setObjectName("instruction")
        self.instruction.setMaxLength(200)
        self.instruction_label.setBuddy(self.instruction)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.instruction.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.keep, self.dispose, self.instruction_label, self.instruction):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self._enable()

    def verdict(self) -> OldPartStatus:
        return OldPartStatus.USABLE if self.keep.isChecked() else OldPartStatus.SCRAP

    def accept(self) -> None:
        if self.instruction.text().strip():
            self.chosen.emit(self._tag, self.verdict(), self.instruction.text())
            super().accept()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.instruction.text().strip()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Left at the dealer: {tag}").format(tag=self._tag))
        self.explanation.setText(self.tr(
            "Head office has judged this part at the dealer and does not want it back. Record its word, "
            "then the bin can be cleared."))
        self.keep.setText(self.tr("&Keep it: usable"))
        self.dispose.setText(self.tr("&Dispose of it: scrap"))
        self.instruction_label.setText(self.tr("Head office's &instruction (who, when, reference):"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
