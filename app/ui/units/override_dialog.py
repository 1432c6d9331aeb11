"""The reason a service manager gives for accepting a late registration card."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class OverrideDialog(QDialog):
    """Emits `reason_given(text)` on OK with a reason; OK stays disabled while the reason is empty."""

    reason_given = Signal(str)

    def __init__(self, serial_no: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self._serial_no = serial_no
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason_field = QPlainTextEdit()
        self.reason_field.setObjectName("overrideReason")
        self.reason_field.setTabChangesFocus(True)
        self.reason_field.setMinimumHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_field.textChanged.connect(self.on_reason_field_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.on_reason_field_text_changed()
        self.resize(460, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_field.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            return
        self.reason_given.emit(self.reason())
        super().accept()

    def on_reason_field_text_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Accept a late registration card"))
        self.explanation.setText(self.tr(
            "The registration card of {serial} is late, so the manufacturer does not recognise warranty "
            "service on it. Record why it is accepted all the same (who agreed, and when).").format(
                serial=self._serial_no))
        self.reason_field.setPlaceholderText(self.tr("Reason for the override"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record override"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
