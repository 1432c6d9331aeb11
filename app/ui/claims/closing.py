"""Esc or Close on an editor with unsaved changes asks first: save, discard or keep editing.
Shared by the claim and the paid-order editors (a mixin before QDialog in the bases)."""
from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox


class AskBeforeClosing:
    """Needs `dirty`, `read_only` and `save() -> bool` on the dialog."""

    close_box: QMessageBox | None = None
    _closing = False
    dirty: bool
    read_only: bool

    def save(self) -> bool:
        raise NotImplementedError

    def _must_ask(self) -> bool:
        return self.dirty and not self.read_only and not self._closing

    def reject(self) -> None:
        if self._must_ask():
            self._ask_to_close()
            return
        self._closing = False
        super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._must_ask():
            event.ignore()
            self._ask_to_close()
            return
        super().closeEvent(event)  # type: ignore[misc]

    def _ask_to_close(self) -> None:
        title = self.tr("Unsaved changes")  # type: ignore[attr-defined]
        text = self.tr("There are changes that are not saved.")  # type: ignore[attr-defined]
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Save
                          | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)  # type: ignore[arg-type]
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda _result: self._close_answered(box.standardButton(box.clickedButton())))
        self.close_box = box
        box.open()

    def _close_answered(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            self._closing = True
            self.dirty = False
            self.reject()
