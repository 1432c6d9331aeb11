"""The Dashboard: who the dealer is and how much needs action, from app.services.overview."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTime
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
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClaimStatus
from app.domain.errors import WarrantyDeskError
from app.services.database import Database
from app.services.overview import CARD_WARNING_DAYS, Overview, overview
from app.ui.labels import label

_CONTEXT = "DashboardPage"
_COLUMNS = 4


@dataclass(frozen=True)
class TileSpec:
    key: str
    title: str  # source text in _CONTEXT; may hold {days}
    value: Callable[[Overview], int]
    alert_when_positive: bool = False


TILES: tuple[TileSpec, ...] = (
    TileSpec("units", QT_TRANSLATE_NOOP("DashboardPage", "Units registered"), lambda o: o.units),
    TileSpec("customers", QT_TRANSLATE_NOOP("DashboardPage", "Customers"), lambda o: o.customers),
    TileSpec("claims", QT_TRANSLATE_NOOP("DashboardPage", "Warranty claims in total"), lambda o: o.claims),
    TileSpec(
        "claims_ready",
        QT_TRANSLATE_NOOP("DashboardPage", "Claims awaiting approval"),
        lambda o: o.claims_by_status.get(ClaimStatus.READY, 0),
    ),
    TileSpec(
        "claims_approved",
        QT_TRANSLATE_NOOP("DashboardPage", "Approved claims not yet in a batch"),
        lambda o: o.claims_by_status.get(ClaimStatus.APPROVED, 0),
    ),
    TileSpec(
        "claims_in_batch",
        QT_TRANSLATE_NOOP("DashboardPage", "Claims in a batch"),
        lambda o: o.claims_by_status.get(ClaimStatus.IN_BATCH, 0),
    ),
    TileSpec(
        "service_open",
        QT_TRANSLATE_NOOP("DashboardPage", "Open service log entries"),
        lambda o: o.open_service_entries,
    ),
    TileSpec(
        "cards_due_soon",
        QT_TRANSLATE_NOOP("DashboardPage", "Registration cards due within {days} days"),
        lambda o: o.cards_due_soon,
    ),
    TileSpec(
        "cards_late",
        QT_TRANSLATE_NOOP("DashboardPage", "Registration cards late"),
        lambda o: o.cards_late,
        alert_when_positive=True,
    ),
    TileSpec(
        "old_parts_in_store", QT_TRANSLATE_NOOP("DashboardPage", "Old parts in store"), lambda o: o.old_parts_in_store
    ),
    TileSpec(
        "old_parts_overdue",
        QT_TRANSLATE_NOOP("DashboardPage", "Old parts overdue for return"),
        lambda o: o.old_parts_overdue,
        alert_when_positive=True,
    ),
    TileSpec("open_batches", QT_TRANSLATE_NOOP("DashboardPage", "Claim batches open"), lambda o: o.open_batches),
)
TILE_KEYS: tuple[str, ...] = tuple(spec.key for spec in TILES)

_STYLE = """
QFrame#tile { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#tile[alert="true"] { border: 2px solid #c62828; background: #fdecea; }
QFrame#tile[alert="true"] QLabel { color: #b71c1c; }
QLabel#dashboardError { color: #b71c1c; }
"""


class Tile(QFrame):
    """A big number with its label underneath."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setProperty("alert", False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value_label = QLabel("—")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value_label.setFont(font)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title_label.setMinimumHeight(self.title_label.fontMetrics().lineSpacing() * 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.title_label)
        self._value: int | None = None

    def value(self) -> int | None:
        return self._value

    def is_alert(self) -> bool:
        return bool(self.property("alert"))

    def set_value(self, value: int | None, *, alert: bool = False) -> None:
        self._value = value
        self.value_label.setText("—" if value is None else f"{value:,}")
        if self.is_alert() != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in self.findChildren(QLabel):
                self.style().unpolish(child)
                self.style().polish(child)


class DashboardPage(QWidget):
    def __init__(
        self, database: Database, *, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._overview: Overview | None = None
        self._loaded_at: QTime | None = None
        self.setStyleSheet(_STYLE)

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
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, spec in enumerate(TILES):
            tile = Tile()
            self.tiles[spec.key] = tile
            grid.addWidget(tile, index // _COLUMNS, index % _COLUMNS)
        for column in range(_COLUMNS):
            grid.setColumnStretch(column, 1)

        self.status_caption = QLabel()
        caption_font = self.status_caption.font()
        caption_font.setBold(True)
        self.status_caption.setFont(caption_font)
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
        body.setSpacing(16)
        body.addLayout(header)
        body.addWidget(self.error_label)
        body.addLayout(grid)
        body.addWidget(self.status_caption)
        body.addWidget(self.status_table, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
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
        """Load the figures again. A database error is shown on the page, not raised."""
        try:
            self._overview = overview(self._database, self._today())
        except WarrantyDeskError as exc:
            self._overview = None
            self.error_label.setText(self.tr("The figures could not be loaded: {error}").format(error=exc))
            self.error_label.show()
        else:
            self.error_label.hide()
        self._loaded_at = QTime.currentTime()
        self._show_figures()
        return self._overview

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

    def retranslate_ui(self) -> None:
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Load the figures again (F5)"))
        self.status_caption.setText(self.tr("Warranty claims by status"))
        self.status_table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Claims")])
        for row, status in enumerate(ClaimStatus):
            self.status_table.item(row, 0).setText(label(status))
        for spec in TILES:
            title = QCoreApplication.translate(_CONTEXT, spec.title).format(days=CARD_WARNING_DAYS)
            self.tiles[spec.key].title_label.setText(title)
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
