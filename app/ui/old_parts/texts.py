"""Words and colours the old-part views share: the due states, and how a part's due date reads."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.domain.old_parts import NOT_RECEIVED_REMARK, DueState

_DUE = {
    DueState.OVERDUE: QT_TRANSLATE_NOOP("OldPartTexts", "Overdue"),
    DueState.DUE_SOON: QT_TRANSLATE_NOOP("OldPartTexts", "Due soon"),
    DueState.NOT_DUE: QT_TRANSLATE_NOOP("OldPartTexts", "Not due yet"),
    DueState.DONE: QT_TRANSLATE_NOOP("OldPartTexts", "Returned or settled"),
}
_REMARKS = {NOT_RECEIVED_REMARK: QT_TRANSLATE_NOOP("OldPartTexts", "Not received by head office")}

OVERDUE_COLOR = QColor("#b71c1c")
DUE_SOON_COLOR = QColor("#a15c00")


def due_label(state: DueState) -> str:
    return QCoreApplication.translate("OldPartTexts", _DUE[state])


def due_color(state: DueState) -> QColor | None:
    return {DueState.OVERDUE: OVERDUE_COLOR, DueState.DUE_SOON: DUE_SOON_COLOR}.get(state)


def due_text(due: dt.date, state: DueState) -> str:
    """"2026-12-31" for a part returned, "2026-12-31 (overdue)" for one still on the shelf."""
    if state == DueState.DONE:
        return due.isoformat()
    return f"{due.isoformat()} ({due_label(state)})"


def remark_text(remark: str) -> str:
    """Head office's remark as written, or the not-received flag in the clerk's language."""
    source = _REMARKS.get(remark)
    return QCoreApplication.translate("OldPartTexts", source) if source else remark
