"""The Dashboard page on its own: what it shows when the database cannot be read."""
from __future__ import annotations

from app.domain.errors import DatabaseUnreachable
from app.ui.dashboard import page as dashboard
from app.ui.dashboard.page import TILE_KEYS, DashboardPage


def test_a_database_error_is_shown_on_the_page_not_raised(qtbot, sqlite_database, monkeypatch, english) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(sqlite_database)
    qtbot.addWidget(page)
    assert page.tile_value("units") == 0
    assert page.error_label.isHidden()

    def unreachable(db, today):  # type: ignore[no-untyped-def]
        raise DatabaseUnreachable("cannot reach the database db.example (connection refused)")

    monkeypatch.setattr(dashboard, "overview", unreachable)
    assert page.refresh() is None
    assert not page.error_label.isHidden()
    assert "connection refused" in page.error_label.text()
    assert all(page.tile_value(key) is None for key in TILE_KEYS)
    assert page.tiles["units"].value_label.text() == "—"

    monkeypatch.undo()
    assert page.refresh() is not None
    assert page.error_label.isHidden()
    assert page.tile_value("units") == 0
