"""The claim editor's clock strip: the repair's 40-day clock, under the claim's title.

The editor gets it with one call (attach_clock_strip). The strip follows the claim the editor shows
by looking at its id, status and version now and then (no database work unless one changed), so
a save, a reload or a move to ready shows the stopped clock without the editor calling back.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.services import clocks
from app.services.business_time import utc_now
from app.services.database import Database
from app.ui.widgets.clocks import ClockStrip

WATCH_MS = 500
REFRESH_AFTER = dt.timedelta(minutes=1)  # the time left moves on while the editor stays open


class _Editor(Protocol):
    view: Any  # ClaimView | None

    def layout(self) -> Any: ...


class ClaimClockStrip(ClockStrip):
    def __init__(self, database: Database, editor: _Editor, *, now: Callable[[], dt.datetime] = utc_now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("claimClockStrip")
        self._database, self._editor, self._now = database, editor, now
        self._shown: tuple[object, ...] | None = None
        self._loaded_at: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.follow)
        self.timer.start()

    def _key(self) -> tuple[object, ...] | None:
        view = self._editor.view
        return None if view is None else (view.id, view.status, view.version)

    def follow(self) -> None:
        """Load the clocks again when the editor shows another claim or another version of it."""
        key, now = self._key(), self._now()
        stale = self._loaded_at is None or now - self._loaded_at >= REFRESH_AFTER
        if key == self._shown and not stale:
            return
        self._shown, self._loaded_at = key, now
        if key is None:
            self.show_clocks(())
            return
        try:
            self.show_clocks(clocks.claim_clock_views(self._database, int(key[0]), now=now))  # type: ignore[call-overload]
        except WarrantyDeskError:
            self.show_clocks(())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.follow()
        super().showEvent(event)


def attach_clock_strip(editor: QWidget, database: Database) -> ClaimClockStrip:
    """Put the strip under the editor's title (the first row of its layout)."""
    strip = ClaimClockStrip(database, editor, parent=editor)  # type: ignore[arg-type]
    layout = editor.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(1, strip)
    strip.follow()
    return strip
