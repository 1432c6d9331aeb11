"""The Dashboard's tiles: a big number with its label; action tiles also open their list when clicked."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.enums import ClaimStatus
from app.services import overview as ov
from app.services.overview import Overview


@dataclass(frozen=True)
class TileSpec:
    key: str
    title: str  # source text in the DashboardPage context; may hold {days}, {hours}, {close}, {within}
    value: Callable[[Overview], int]
    alert_when_positive: bool = False
    action: bool = False  # one of the lists of what needs doing today: clicking shows it
    opens: str = ""  # an action tile whose list is a section of its own: clicking opens that section


TILES: tuple[TileSpec, ...] = (
    # What needs action today: each opens its list.
    TileSpec(ov.CARDS_DUE_SOON, QT_TRANSLATE_NOOP("DashboardPage", "Registration cards due within {days} days"),
             lambda o: o.cards_due_soon, action=True),
    TileSpec(ov.CARDS_LATE, QT_TRANSLATE_NOOP("DashboardPage", "Registration cards late"), lambda o: o.cards_late,
             alert_when_positive=True, action=True),
    TileSpec(ov.ARRANGE_OVERDUE, QT_TRANSLATE_NOOP("DashboardPage", "Service entries not arranged within {hours} h"),
             lambda o: o.arrange_overdue, alert_when_positive=True, action=True),
    TileSpec(ov.CLOSE_OVERDUE, QT_TRANSLATE_NOOP("DashboardPage", "Open entries past the {close} h close target"),
             lambda o: o.close_overdue, alert_when_positive=True, action=True),
    TileSpec(ov.FOLLOW_UPS_DUE, QT_TRANSLATE_NOOP("DashboardPage", "Follow-up calls and visits due"),
             lambda o: o.follow_ups_due, action=True),
    TileSpec(ov.MAINTENANCE_DUE, QT_TRANSLATE_NOOP("DashboardPage", "First services due within {within} days"),
             lambda o: o.maintenance_due, action=True),
    TileSpec("old_parts_due_soon", QT_TRANSLATE_NOOP("DashboardPage", "Old parts due for return within {soon} days"),
             lambda o: o.old_parts_due_soon, action=True, opens="old_parts"),
    TileSpec("old_parts_overdue", QT_TRANSLATE_NOOP("DashboardPage", "Old parts overdue for return"),
             lambda o: o.old_parts_overdue, alert_when_positive=True, action=True, opens="old_parts"),
    TileSpec("plans_due", QT_TRANSLATE_NOOP("DashboardPage", "Spare-part reserve plans due"),
             lambda o: o.plans_due, alert_when_positive=True, action=True, opens="reserve_plan"),
    # The 三包 clocks (reply 7 days, busy-season fix 2 / 5 days, repair 40 days): each opens the filtered list.
    TileSpec("clock_entries_amber", QT_TRANSLATE_NOOP("DashboardPage", "Requests with a warranty clock running out"),
             lambda o: o.clock_entries_amber, action=True, opens="service_log"),
    TileSpec("clock_entries_red", QT_TRANSLATE_NOOP("DashboardPage", "Requests past a warranty clock, still not done"),
             lambda o: o.clock_entries_red, alert_when_positive=True, action=True, opens="service_log"),
    TileSpec("clock_claims_amber", QT_TRANSLATE_NOOP("DashboardPage", "Repairs nearing the 40-day limit"),
             lambda o: o.clock_claims_amber, action=True, opens="claims"),
    TileSpec("clock_claims_red", QT_TRANSLATE_NOOP("DashboardPage", "Repairs past the 40-day limit"),
             lambda o: o.clock_claims_red, alert_when_positive=True, action=True, opens="claims"),
    TileSpec("models_to_check", QT_TRANSLATE_NOOP("DashboardPage", "Models without a product class or below the "
                                                                   "statutory periods"),
             lambda o: o.models_to_check, alert_when_positive=True, action=True, opens="master_data"),
    # The figures at a glance.
    TileSpec("units", QT_TRANSLATE_NOOP("DashboardPage", "Units registered"), lambda o: o.units),
    TileSpec("customers", QT_TRANSLATE_NOOP("DashboardPage", "Customers"), lambda o: o.customers),
    TileSpec("claims", QT_TRANSLATE_NOOP("DashboardPage", "Warranty claims in total"), lambda o: o.claims),
    TileSpec("claims_ready", QT_TRANSLATE_NOOP("DashboardPage", "Claims awaiting approval"),
             lambda o: o.claims_by_status.get(ClaimStatus.READY, 0)),
    TileSpec("claims_approved", QT_TRANSLATE_NOOP("DashboardPage", "Approved claims not yet in a batch"),
             lambda o: o.claims_by_status.get(ClaimStatus.APPROVED, 0)),
    TileSpec("claims_in_batch", QT_TRANSLATE_NOOP("DashboardPage", "Claims in a batch"),
             lambda o: o.claims_by_status.get(ClaimStatus.IN_BATCH, 0)),
    TileSpec("service_open", QT_TRANSLATE_NOOP("DashboardPage", "Open service log entries"),
             lambda o: o.open_service_entries),
    TileSpec("old_parts_in_store", QT_TRANSLATE_NOOP("DashboardPage", "Old parts in store"),
             lambda o: o.old_parts_in_store),
    TileSpec("open_batches", QT_TRANSLATE_NOOP("DashboardPage", "Claim batches open"), lambda o: o.open_batches),
)
TILE_KEYS: tuple[str, ...] = tuple(spec.key for spec in TILES)
ACTION_KEYS: tuple[str, ...] = tuple(spec.key for spec in TILES if spec.action and not spec.opens)
ACTION_TILE_KEYS: tuple[str, ...] = tuple(spec.key for spec in TILES if spec.action)

STYLE = """
QFrame#tile { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#tile[alert="true"] { border: 2px solid #c62828; background: #fdecea; }
QFrame#tile[alert="true"] QLabel { color: #b71c1c; }
QFrame#tile[action="true"]:hover { border: 2px solid palette(highlight); }
QFrame#tile[action="true"]:focus { border: 2px solid palette(highlight); }
QFrame#tile[chosen="true"] { border: 3px solid palette(highlight); }
QLabel#dashboardError { color: #b71c1c; }
QLabel#sectionCaption { font-weight: bold; }
"""


class Tile(QFrame):
    """A big number with its label underneath."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setProperty("alert", False)
        self.setProperty("action", False)
        self.setProperty("chosen", False)
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
        self._set_flag("alert", alert)

    def _set_flag(self, name: str, value: bool) -> None:
        if bool(self.property(name)) == value:
            return
        self.setProperty(name, value)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QLabel):
            self.style().unpolish(child)
            self.style().polish(child)


class ActionTile(Tile):
    """A tile of what needs doing: click it, or focus it and press Enter or Space, to list those things."""

    clicked = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setProperty("action", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_chosen(self, chosen: bool) -> None:
        self._set_flag("chosen", chosen)

    def is_chosen(self) -> bool:
        return bool(self.property("chosen"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
