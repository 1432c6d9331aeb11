"""The Dashboard: who the dealer is, what needs action today (each tile opens its list), and the figures.

Counts and lists come from app.services.overview, on indexed columns, so a refresh stays quick on a
dealer with 20,000 units and 200,000 claims.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClaimStatus
from app.domain.errors import WarrantyDeskError
from app.services.business_time import utc_now
from app.services.database import Database
from app.services.overview import (
    CARD_WARNING_DAYS,
    MAINTENANCE_WITHIN_DAYS,
    OLD_PART_WARNING_DAYS,
    Overview,
    overview,
)
from app.ui.dashboard.action_list import ActionListPanel
from app.ui.dashboard.tiles import ACTION_KEYS, ACTION_TILE_KEYS, STYLE, TILE_KEYS, TILES, ActionTile, Tile, TileSpec
from app.ui.labels import label

__all__ = ["ACTION_KEYS", "TILES", "TILE_KEYS", "DashboardPage", "Tile", "TileSpec"]

_CONTEXT = "DashboardPage"
_ACTION_COLUMNS = 4
_COLUMNS = 5


class DashboardPage(QWidget):
    # A tile whose list is a section of its own was clicked: (section id, tile key), e.g. the old parts overdue.
    section_requested = Signal(str, str)

    def __init__(self, database: Database, *, today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._now = now
        self._overview: Overview | None = None
        self._loaded_at: QTime | None = None
        self.last_refresh_seconds: float | None = None
        self.setStyleSheet(STYLE)

        self.dealer_label = QLabel()
        font = self.dealer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.dealer_label.setFont(font)
        self.dealer_label.setWordWrap(True)
        self.dealer_code_label = QLabel()
        self.loaded_label = QLabel()
        self.loaded_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_BrowserReload))
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)  # F5 works while the page is shown
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(self.refresh_action)
        refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.error_label = QLabel()
        self.error_label.setObjectName("dashboardError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.dealer_label)
        names.addWidget(self.dealer_code_label)
        header.addLayout(names, 1)
        header.addWidget(self.loaded_label)
        header.addWidget(refresh_button)

        self.tiles: dict[str, Tile] = {}
        action_grid, figure_grid = QGridLayout(), QGridLayout()
        for grid in (action_grid, figure_grid):
            grid.setSpacing(12)
        for spec in TILES:
            if spec.action:
                tile: Tile = ActionTile()
                if spec.opens:
                    tile.clicked.connect(lambda s=spec: self.section_requested.emit(s.opens, s.key))
                else:
                    tile.clicked.connect(lambda key=spec.key: self.show_list(key))
                action_grid.addWidget(tile, len(self.tiles) // _ACTION_COLUMNS, len(self.tiles) % _ACTION_COLUMNS)
            else:
                index = len(self.tiles) - len(ACTION_TILE_KEYS)
                tile = Tile()
                figure_grid.addWidget(tile, index // _COLUMNS, index % _COLUMNS)
            self.tiles[spec.key] = tile
        for grid, columns in ((action_grid, _ACTION_COLUMNS), (figure_grid, _COLUMNS)):
            for column in range(columns):
                grid.setColumnStretch(column, 1)

        self.action_caption = QLabel()
        self.action_caption.setObjectName("sectionCaption")
        self.figures_caption = QLabel()
        self.figures_caption.setObjectName("sectionCaption")
        self.action_list = ActionListPanel(database, today=today, now=now)
        self.action_list.changed.connect(self.refresh_figures)
        self.action_list.hide()

        self.status_caption = QLabel()
        self.status_caption.setObjectName("sectionCaption")
        self.status_table = QTableWidget(len(ClaimStatus), 2)
        self.status_table.verticalHeader().hide()
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.status_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status_table.setAlternatingRowColors(True)
        self.status_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.status_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.status_table.setMinimumWidth(360)
        self.status_table.setMaximumWidth(480)
        for row, status in enumerate(ClaimStatus):
            name = QTableWidgetItem()
            name.setData(Qt.ItemDataRole.UserRole, status.value)
            count = QTableWidgetItem()
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_table.setItem(row, 0, name)
            self.status_table.setItem(row, 1, count)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(24, 20, 24, 20)
        body.setSpacing(14)
        body.addLayout(header)
        body.addWidget(self.error_label)
        body.addWidget(self.action_caption)
        body.addLayout(action_grid)
        body.addWidget(self.action_list)
        body.addWidget(self.figures_caption)
        body.addLayout(figure_grid)
        body.addWidget(self.status_caption)
        body.addWidget(self.status_table, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.retranslate_ui()
        self.refresh()

    # --- data -------------------------------------------------------------------------------------

    @property
    def overview(self) -> Overview | None:
        """What the page last loaded, or None when loading failed."""
        return self._overview

    def refresh(self) -> Overview | None:
        """Load the figures again, and the open action list. A database error is shown on the page, not raised."""
        result = self.refresh_figures()
        if result is not None and self.action_list.isVisibleTo(self):
            self.action_list.reload()
        return result

    def refresh_figures(self) -> Overview | None:
        started = time.perf_counter()
        try:
            self._overview = overview(self._database, self._today(), self._now())
        except WarrantyDeskError as exc:
            self._overview = None
            self.error_label.setText(self.tr("The figures could not be loaded: {error}").format(error=exc))
            self.error_label.show()
        else:
            self.error_label.hide()
        self.last_refresh_seconds = time.perf_counter() - started
        self._loaded_at = QTime.currentTime()
        self._show_figures()
        return self._overview

    def show_list(self, key: str) -> ActionListPanel:
        """Show the list behind an action tile below the tiles (what clicking the tile does)."""
        if key not in ACTION_KEYS:
            raise KeyError(f"no action list {key!r}")
        for action_key in ACTION_KEYS:
            tile = self.tiles[action_key]
            assert isinstance(tile, ActionTile)
            tile.set_chosen(action_key == key)
        self.action_list.show_list(key, self._tile_title(key))
        self.scroll.ensureWidgetVisible(self.action_list.table, 0, 40)
        return self.action_list

    def tile_value(self, key: str) -> int | None:
        return self.tiles[key].value()

    def tile_alert(self, key: str) -> bool:
        return self.tiles[key].is_alert()

    def status_count(self, status: ClaimStatus) -> int | None:
        item = self.status_table.item(list(ClaimStatus).index(status), 1)
        return int(item.text().replace(",", "")) if item and item.text() not in ("", "—") else None

    # --- presentation ------------------------------------------------------------------------------

    def _show_figures(self) -> None:
        data = self._overview
        for spec in TILES:
            value = spec.value(data) if data else None
            self.tiles[spec.key].set_value(value, alert=spec.alert_when_positive and bool(value))
        for row, status in enumerate(ClaimStatus):
            count = data.claims_by_status.get(status, 0) if data else None
            self.status_table.item(row, 1).setText("—" if count is None else f"{count:,}")
        self._retranslate_tiles()
        self._show_header()

    def _show_header(self) -> None:
        data = self._overview
        has_dealer = False
        if data is not None and data.dealer_name:
            has_dealer = True
            self.dealer_label.setText(data.dealer_name)
            self.dealer_code_label.setText(self.tr("Dealer code: {code}").format(code=data.dealer_code or "—"))
        else:
            self.dealer_label.setText(self.tr("Dealer not set up yet"))
        self.dealer_code_label.setVisible(has_dealer)
        if self._loaded_at is not None:
            self.loaded_label.setText(
                self.tr("Figures as of {time}").format(time=self._loaded_at.toString("HH:mm"))
            )

    def _tile_title(self, key: str) -> str:
        spec = next(spec for spec in TILES if spec.key == key)
        data = self._overview
        return QCoreApplication.translate(_CONTEXT, spec.title).format(
            days=CARD_WARNING_DAYS, within=MAINTENANCE_WITHIN_DAYS, soon=OLD_PART_WARNING_DAYS,
            hours=data.arrange_target_hours if data else 2, close=data.close_target_hours if data else 72)

    def _retranslate_tiles(self) -> None:
        for spec in TILES:
            self.tiles[spec.key].title_label.setText(self._tile_title(spec.key))
            if spec.opens == "old_parts":
                self.tiles[spec.key].setToolTip(self.tr("Click to open the list of old parts"))
            elif spec.opens == "service_log":
                self.tiles[spec.key].setToolTip(self.tr("Click to open the service log, filtered to these entries"))
            elif spec.opens == "claims":
                self.tiles[spec.key].setToolTip(self.tr("Click to open the claims list, filtered to these repairs"))
            elif spec.opens:
                self.tiles[spec.key].setToolTip(self.tr("Click to open the reserve plans"))
            elif spec.action:
                self.tiles[spec.key].setToolTip(self.tr("Click to list them below"))

    def retranslate_ui(self) -> None:
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Load the figures again (F5)"))
        self.action_caption.setText(self.tr("Needs action today"))
        self.figures_caption.setText(self.tr("At a glance"))
        self.status_caption.setText(self.tr("Warranty claims by status"))
        self.status_table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Claims")])
        for row, status in enumerate(ClaimStatus):
            self.status_table.item(row, 0).setText(label(status))
        self._retranslate_tiles()
        key = self.action_list.key
        self.action_list.retranslate_ui(self._tile_title(key) if key else None)
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
