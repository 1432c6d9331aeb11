"""How the 三包 clocks look on screen: the text and colour of a list cell, and the strip on a record.

Amber and red are the colours the lists already use for "soon" and "overdue"; a met clock is green,
a missed one red. The strip shows every clock of the record side by side.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.clocks import ClockKind, ClockState, days_and_hours
from app.services.business_time import BUSINESS_TZ
from app.services.clocks import ClockView

_CONTEXT = "ClockText"
RED, AMBER, GREEN = QColor("#b71c1c"), QColor("#e65100"), QColor("#2e7d32")
COLOURS = {ClockState.RED: RED, ClockState.MISSED: RED, ClockState.AMBER: AMBER, ClockState.MET: GREEN}
CHIP = {ClockState.RED: "#fdecea", ClockState.MISSED: "#fdecea", ClockState.AMBER: "#fff3e0",
        ClockState.MET: "#e8f5e9", ClockState.RUNNING: "palette(base)"}
KIND_TITLES = {
    ClockKind.REPLY: QT_TRANSLATE_NOOP("ClockText", "Reply within {days} days"),
    ClockKind.BUSY_FIX: QT_TRANSLATE_NOOP("ClockText", "Busy-season fix within {days} days"),
    ClockKind.REPAIR: QT_TRANSLATE_NOOP("ClockText", "Repair within {days} days"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _span(view: ClockView) -> str:
    days, hours = (abs(x) for x in days_and_hours(view.time_left))
    if days and hours:
        return _tr("{days} d {hours} h").format(days=days, hours=hours)
    if days:
        return _tr("{days} d").format(days=days)
    return _tr("{hours} h").format(hours=hours)


def clock_text(view: ClockView | None) -> str:
    """'2 d 5 h left', '1 d late', 'Met', 'Missed by 3 d' — what a list cell says."""
    if view is None:
        return ""
    if view.state == ClockState.MET:
        return _tr("Met")
    if view.state == ClockState.MISSED:
        return _tr("Missed by {span}").format(span=_span(view))
    if view.state == ClockState.RED:
        return _tr("{span} late").format(span=_span(view))
    return _tr("{span} left").format(span=_span(view))


def clock_title(view: ClockView) -> str:
    days = (view.due - view.start).days  # due = start + the clock's whole days
    return _tr(KIND_TITLES[view.kind]).format(days=days)


def clock_tooltip(view: ClockView | None) -> str:
    if view is None:
        return ""
    due = f"{view.due.astimezone(BUSINESS_TZ):%Y-%m-%d %H:%M}"
    return _tr("{clock}: due {due}").format(clock=clock_title(view), due=due)


def clock_colour(view: ClockView | None) -> QColor | None:
    return None if view is None else COLOURS.get(view.state)


class ClockStrip(QWidget):
    """Every clock of one record as a row of small coloured chips: what it is, and the time left or the verdict."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockStrip")
        self._views: tuple[ClockView, ...] = ()
        self.caption = QLabel()
        self.empty_label = QLabel()
        self.chips: list[QLabel] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.retranslate_ui()

    def views(self) -> tuple[ClockView, ...]:
        return self._views

    def show_clocks(self, views: tuple[ClockView, ...]) -> None:
        self._views = tuple(views)
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for index, view in enumerate(self._views):
            chip = QLabel()
            chip.setObjectName(f"clock_{view.kind.value}")
            chip.setProperty("state", view.state.value)
            colour = COLOURS.get(view.state)
            chip.setStyleSheet(
                f"QLabel {{ border: 1px solid {colour.name() if colour else 'palette(mid)'}; border-radius: 4px;"
                f" padding: 2px 6px; background: {CHIP[view.state]};"
                f" color: {colour.name() if colour else 'palette(text)'}; }}")
            self._layout.insertWidget(2 + index, chip)
            self.chips.append(chip)
        self._show_texts()

    def _show_texts(self) -> None:
        self.empty_label.setVisible(not self._views)
        for chip, view in zip(self.chips, self._views, strict=True):
            chip.setText(_tr("{clock}: {state}").format(clock=clock_title(view), state=clock_text(view)))
            chip.setToolTip(clock_tooltip(view))

    def retranslate_ui(self) -> None:
        self.caption.setText(QCoreApplication.translate("ClockStrip", "Warranty clocks:"))
        self.empty_label.setText(QCoreApplication.translate("ClockStrip", "none"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
