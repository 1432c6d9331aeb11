"""The 三包 clocks on screen: the list cells change text and colour as a clock runs from start to amber to red,
the Dashboard's clock tiles count them and open the filtered list, the record shows its clock strip, and
the amber threshold is set in Settings."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain.enums import ServiceChannel
from app.services.business_time import BUSINESS_TZ, utc_now
from app.services.service_log import EntryInput, create_claim_from_entry, create_entry, mark_customer_informed
from app.ui.claims.editor import ClaimEditor
from app.ui.claims.page import ClaimsPage
from app.ui.dashboard.page import DashboardPage
from app.ui.service_log.page import ServiceLogPage
from app.ui.settings.rules_box import RulesBox
from app.ui.widgets.clocks import AMBER, GREEN, RED
from tests.services.service_log_data import CLERK, build
from tests.services.test_clocks import MANAGER

RECEIVED = dt.datetime(2026, 2, 1, 10, 0, tzinfo=BUSINESS_TZ)  # reply due 8 Feb 10:00, amber from 6 Feb 16:00


def _clock_cell(page: ServiceLogPage, entry_id: int) -> tuple[str, str | None]:
    model = page.entries.model
    column = model.columnCount() - 1
    for row in range(model.rowCount()):
        if model.row_at(row).id == entry_id:
            index = model.index(row, column)
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            return index.data(), colour.name() if colour is not None else None
    raise AssertionError("entry not listed")


def test_service_log_clock_cell_runs_from_start_to_amber_to_red(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry_id = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "发动机冒黑烟",
                                                        customer_id=dealer.li), now=RECEIVED).id
    moment = [dt.datetime(2026, 2, 2, 10, 0, tzinfo=BUSINESS_TZ)]
    page = ServiceLogPage(database, actor=CLERK, clock=lambda: moment[0])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    header = page.entries.model.headerData(page.entries.model.columnCount() - 1, Qt.Orientation.Horizontal)
    assert header == "Warranty clock"
    # start: 6 days left, no colour
    assert _clock_cell(page, entry_id) == ("6 d left", None)
    # amber: 6 February 16:00, 42 hours left
    moment[0] = dt.datetime(2026, 2, 6, 16, 0, tzinfo=BUSINESS_TZ)
    page.refresh()
    assert _clock_cell(page, entry_id) == ("1 d 18 h left", AMBER.name())
    # red: a day and three hours past the due moment
    moment[0] = dt.datetime(2026, 2, 9, 13, 0, tzinfo=BUSINESS_TZ)
    page.refresh()
    assert _clock_cell(page, entry_id) == ("1 d 3 h late", RED.name())
    # the clock strip of the selected entry says the same
    page.entries.table.setCurrentIndex(page.entries.model.index(0, 0))
    chips = page.entries.clock_panel.strip.chips
    assert [c.text() for c in chips] == ["Reply within 7 days: 1 d 3 h late"]


def test_claims_list_cell_and_the_editor_strip(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    now = utc_now()
    claim_ids = []
    for days_ago in (35, 45):  # 5 days left of 40 (amber), and 5 days past (red)
        received = now - dt.timedelta(days=days_ago)
        entry_id = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, received, "液压提升无力",
                                                            unit_id=dealer.unit_wang), now=received).id
        claim_ids.append(create_claim_from_entry(database, CLERK, entry_id, now=received).id)
    page = ClaimsPage(database, actor=lambda: MANAGER, today=lambda: now.date())
    qtbot.addWidget(page)
    view = page.claims
    model = view.model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Repair clock"
    cells = {model.row_at(r).id: model.index(r, column) for r in range(model.rowCount())}
    amber, red = (cells[i] for i in claim_ids)
    assert amber.data() in ("4 d 23 h left", "5 d left") and amber.data(Qt.ItemDataRole.ForegroundRole) == AMBER
    assert red.data().endswith("late") and red.data(Qt.ItemDataRole.ForegroundRole) == RED
    # the Dashboard tile opens the list filtered to the repairs past the limit
    page.show_from_dashboard("clock_claims_red")
    assert view.filter_bar.filters()["clock"] == "red"
    assert [model.row_at(r).id for r in range(model.rowCount())] == [claim_ids[1]]
    # the editor shows the repair clock under the title
    editor = ClaimEditor(database, actor=lambda: MANAGER, today=lambda: now.date(), claim_id=claim_ids[1])
    qtbot.addWidget(editor)
    editor.clock_strip.follow()
    assert len(editor.clock_strip.chips) == 1
    assert editor.clock_strip.chips[0].text().startswith("Repair within 40 days: 5 d")
    assert editor.clock_strip.chips[0].property("state") == "red"


def test_dashboard_clock_tiles_count_and_open_the_filtered_list(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "发动机冒黑烟", customer_id=dealer.li),
                 now=RECEIVED)
    now = dt.datetime(2026, 2, 9, 13, 0, tzinfo=BUSINESS_TZ)
    board = DashboardPage(database, today=lambda: now.date(), now=lambda: now)
    qtbot.addWidget(board)
    board.refresh()
    assert board.tile_value("clock_entries_red") == 1 and board.tile_alert("clock_entries_red")
    assert board.tile_value("clock_entries_amber") == 0 and not board.tile_alert("clock_entries_amber")
    with qtbot.waitSignal(board.section_requested) as signal:
        qtbot.mouseClick(board.tiles["clock_entries_red"], Qt.MouseButton.LeftButton)
    assert signal.args == ["service_log", "clock_entries_red"]
    page = ServiceLogPage(database, actor=CLERK, clock=lambda: now)
    qtbot.addWidget(page)
    page.show_from_dashboard("clock_entries_red")
    assert page.entries.filters()["clock"] == "red"
    assert page.entries.model.total() == 1


def test_a_met_clock_is_green_and_settings_set_the_amber_share(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    dealer = build(database)
    entry_id = create_entry(database, CLERK, EntryInput(ServiceChannel.PHONE, RECEIVED, "发动机冒黑烟",
                                                        customer_id=dealer.li), now=RECEIVED).id
    informed = RECEIVED + dt.timedelta(hours=3)
    mark_customer_informed(database, CLERK, entry_id, at=informed, now=informed)
    page = ServiceLogPage(database, actor=CLERK, clock=lambda: RECEIVED + dt.timedelta(days=30))
    qtbot.addWidget(page)
    page.refresh()
    assert _clock_cell(page, entry_id) == ("Met", GREEN.name())
    box = RulesBox(database)
    qtbot.addWidget(box)
    assert box.amber_spin.value() == 25
    assert isinstance(box.amber_label, QLabel) and box.amber_label.text()
