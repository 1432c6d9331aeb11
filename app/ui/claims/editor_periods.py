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
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QWidget

from app.domain.errors import WarrantyDeskError
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
            return
        try:
            if key[0] == "claim":
                periods, parts = judge_parts(self._database, int(key[3]), key[5],  # type: ignore[arg-type, call-overload]
                                             on_date=key[4])  # type: ignore[arg-type]
                self.panel.show_periods(periods, parts, on=key[4])  # type: ignore[arg-type]
                return
            unit_id = find_unit(self._database, str(key[1]))
            self.panel.show_periods(None if unit_id is None else unit_periods(self._database, unit_id, key[2]))  # type: ignore[arg-type]
        except WarrantyDeskError:
            self.panel.show_periods(None)


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
        layout.addWidget(scroll, 2)  # the findings list above keeps stretch 1
    periods.follow()
    return periods
