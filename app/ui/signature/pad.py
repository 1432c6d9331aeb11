"""The signature pad: the customer signs with the mouse, a pen tablet or a finger on a touch screen.

The dialog returns the signature as a trimmed PNG on a transparent background (`png`); the caller
stores it with app.services.signatures.record_signature.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

INK = QColor("#10204a")
PEN_WIDTH = 2.6
MARGIN = 6  # pixels kept around the trimmed strokes


class SignaturePad(QWidget):
    """A white area that keeps each stroke as a list of points."""

    changed = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(480, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)  # a touch screen sends mouse events too
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[QPointF]] = []
        self._drawing = False

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    def to_png(self) -> bytes:
        """The strokes on a transparent background, cut to their bounding box."""
        if self.is_empty():
            return b""
        path = self._path()
        box = path.boundingRect().toAlignedRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        image = QImage(max(box.width(), 1), max(box.height(), 1), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-box.left(), -box.top())
        painter.setPen(self._pen())
        painter.drawPath(path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- input -----------------------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(point)
            self.update()

    def _end(self, point: QPointF) -> None:
        if self._drawing:
            self._extend(point)
            self._drawing = False
            if len(self.strokes[-1]) == 1:  # a tap: a dot, drawn as a tiny stroke
                self.strokes[-1].append(point + QPointF(0.5, 0.5))
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        # Accepted, so Qt does not also send the synthesized mouse events: a pen stroke counts once.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    # --- drawing ---------------------------------------------------------------------------------------

    def _pen(self) -> QPen:
        return QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def _path(self) -> QPainterPath:
        path = QPainterPath()
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path.moveTo(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        # a base line, as on paper, so customers sign at a steady height
        painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
        y = self.height() - 40
        painter.drawLine(24, y, self.width() - 24, y)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        painter.drawPath(self._path())
        painter.setPen(QColor("#90a4ae"))
        painter.drawRect(QRect(0, 0, self.width() - 1, self.height() - 1))


class SignatureDialog(QDialog):
    """Clear / Accept / Cancel. After Accept, `png` holds the trimmed signature."""

    def __init__(self, claim_no: str = "", *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.claim_no = claim_no
        self.png = b""
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.pad = SignaturePad()
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setObjectName("acceptSignature")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearSignature")
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._enable()

    def on_buttons_accepted(self) -> None:
        if self.pad.is_empty():
            return
        self.png = self.pad.to_png()
        self.accept()

    def _enable(self) -> None:
        empty = self.pad.is_empty()
        self.accept_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Customer signature"))
        if self.claim_no:
            self.prompt.setText(self.tr("Claim {number}: the customer signs below to confirm the repair.")
                                .format(number=self.claim_no))
        else:
            self.prompt.setText(self.tr("The customer signs below to confirm the repair."))
        self.accept_button.setText(self.tr("Accept"))
        self.clear_button.setText(self.tr("Clear"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
