"""The claim editor's statutory periods: the unit's whole-machine, main-component and wear-part periods,
and each part of the claim judged against its own period for the failure date.

The editor gets it with one call (attach_periods). Like the clock strip, it follows the editor by
looking now and then at what it shows — the saved claim's id and version, or for a new claim the
serial number and failure date typed — and asks the database only when one of those changed.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QWidget

from app.domain.errors import WarrantyDeskError
from app.domain.exchanges import ReturnKind
from app.services import exchanges
from app.services.database import Database
from app.services.units import find_unit
from app.services.warranty_periods import judge_parts, unit_periods
from app.ui.widgets.periods import PeriodsPanel

WATCH_MS = 500


class _Editor(Protocol):
    view: Any  # ClaimView | None
    form: Any  # ClaimForm: serial, failure_date
    findings: QWidget


class ClaimPeriods(QObject):
    """Keeps a PeriodsPanel (composed, not subclassed: its texts keep their translation context) in step
    with the editor."""

    def __init__(self, database: Database, editor: _Editor, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = PeriodsPanel(compact=True)
        self.panel.setObjectName("claimPeriods")
        # The regulation's 15 days: a fault this soon after the sale (or an exchange) lets the farmer choose an
        # exchange (or a refund) instead of this repair, and the clerk should say so before repairing.
        self.choice_label = QLabel()
        self.choice_label.setObjectName("claimReturnChoice")
        self.choice_label.setWordWrap(True)
        self.choice_label.setStyleSheet("QLabel { background: #fff4e5; color: #8a4b00; padding: 4px; }")
        self.choice_label.hide()
        self._database, self._editor = database, editor
        self._shown: tuple[object, ...] | None = ()
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.follow)
        self.timer.start()

    def _key(self) -> tuple[object, ...] | None:
        view, form = self._editor.view, self._editor.form
        failure: dt.date = form.failure_date.date().toPython()
        if view is not None:
            return ("claim", view.id, view.version, view.unit_id, failure,
                    tuple(line.part_id for line in view.parts))
        serial = form.serial.text().strip()
        return ("new", serial, failure) if serial else None

    def follow(self) -> None:
        """Load the periods again when the editor shows another claim, unit or failure date."""
        key = self._key()
        if key == self._shown:
            return
        self._shown = key
        if key is None:
            self.panel.show_periods(None)
            self.choice_label.hide()
            return
        try:
            if key[0] == "claim":
                periods, parts = judge_parts(self._database, int(key[3]), key[5],  # type: ignore[arg-type, call-overload]
                                             on_date=key[4])  # type: ignore[arg-type]
                self.panel.show_periods(periods, parts, on=key[4])  # type: ignore[arg-type]
                self._show_choice(int(key[3]), key[4])  # type: ignore[arg-type, call-overload]
                return
            unit_id = find_unit(self._database, str(key[1]))
            self.panel.show_periods(None if unit_id is None else unit_periods(self._database, unit_id, key[2]))  # type: ignore[arg-type]
            self._show_choice(unit_id, key[2])  # type: ignore[arg-type]
        except WarrantyDeskError:
            self.panel.show_periods(None)
            self.choice_label.hide()

    def _show_choice(self, unit_id: int | None, failure: dt.date) -> None:
        window = exchanges.window_for(self._database, unit_id, failure) if unit_id is not None else None
        if window is None or window.kind is None or window.last_day is None:
            self.choice_label.hide()
            return
        last = window.last_day.isoformat()
        self.choice_label.setText(
            self.tr("Less than 15 days after the sale: the customer may choose an exchange instead of this repair "
                    "(for a safety or performance fault up to {date}). An exchange is recorded in the unit's "
                    "service file.").format(date=last) if window.kind is ReturnKind.EXCHANGE else
            self.tr("Less than 15 days after an exchange: the customer may choose a refund instead of this repair "
                    "(for a safety or performance fault up to {date}). A refund is recorded in the unit's "
                    "service file.").format(date=last))
        self.choice_label.show()


def attach_periods(editor: QWidget, database: Database) -> ClaimPeriods:
    """Put the periods under the totals and findings, in the editor's right-hand column."""
    periods = ClaimPeriods(database, editor, parent=editor)  # type: ignore[arg-type]
    # Scrolled: with warnings and many wear parts the text can be taller than the column has room for.
    scroll = QScrollArea()
    scroll.setObjectName("claimPeriodsScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(periods.panel)
    layout = editor.findings.layout()  # type: ignore[attr-defined]
    if isinstance(layout, QBoxLayout):
        layout.addWidget(periods.choice_label)
        layout.addWidget(scroll, 2)  # the findings list above keeps stretch 1
    periods.follow()
    return periods
