"""Last year's plan beside what the season really used, part by part: planned, used, and the difference
(red where the season used more than the plan held). Paged and sorted in SQL."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import plans
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.plans import CompareRow, SeasonView
from app.services.plans.compare import compare_lines, comparison
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.plans.texts import number

SHORT = QColor("#b00020")
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CompareView", "Part no."), lambda r: r.part_no, "part_no"),
    Column(QT_TRANSLATE_NOOP("CompareView", "Part name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("CompareView", "Class"), lambda r: label(r.part_class)),
    Column(QT_TRANSLATE_NOOP("CompareView", "Forecast"), lambda r: number(r.forecast) if r.in_plan else "—",
           "forecast", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("CompareView", "Ordered"), lambda r: number(r.ordered) if r.in_plan else "—",
           "ordered", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("CompareView", "Stock planned"), lambda r: number(r.planned) if r.in_plan else "—",
           "planned", ALIGN_RIGHT, tooltip=lambda r: QCoreApplication.translate(
               "CompareView", "On hand and on order when the plan was made, and the quantity ordered")),
    Column(QT_TRANSLATE_NOOP("CompareView", "Used"), lambda r: number(r.actual), "actual", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("CompareView", "Short (+) / left (−)"), lambda r: _signed(r), "difference",
           ALIGN_RIGHT, foreground=lambda r: QBrush(SHORT) if not r.covered else None),
]


def _signed(row: CompareRow) -> str:
    diff = row.difference
    return f"+{number(diff)}" if diff > 0 else ("0" if diff == 0 else f"−{number(-diff)}")


class CompareView(QWidget):
    def __init__(self, database: Database, *, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._today = database, today
        self.seasons: list[SeasonView] = []
        self.season = QComboBox()
        self.season.setObjectName("compareSeason")
        self.year = QSpinBox()
        self.year.setObjectName("compareYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year - 1)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("compareSearch")
        self.search.setClearButtonEnabled(True)
        self.short_only = QCheckBox()
        self.short_only.setObjectName("shortOnly")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.short_only.toggled.connect(lambda _on: self.apply_filters())
        self.season.currentIndexChanged.connect(lambda _i: self.reload())
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.model = PagedTableModel(self._fetch, COLUMNS, context="CompareView", parent=self)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        # The biggest shortfall first.
        self.table.horizontalHeader().setSortIndicator(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.season_label, self.year_label = QLabel(), QLabel()
        self.season_label.setBuddy(self.season)
        self.year_label.setBuddy(self.year)
        choose = QHBoxLayout()
        choose.addWidget(self.season_label)
        choose.addWidget(self.season, 1)
        choose.addWidget(self.year_label)
        choose.addWidget(self.year)
        choose.addSpacing(12)
        choose.addWidget(self.search, 2)
        choose.addWidget(self.short_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self.load_seasons()

    def load_seasons(self) -> None:
        chosen = self.season.currentData()
        try:
            self.seasons = plans.list_seasons(self._database)
        except WarrantyDeskError as exc:
            self.summary.setText(str(exc))
            return
        self.season.blockSignals(True)
        self.season.clear()
        for season in self.seasons:
            self.season.addItem(f"{season.name} ({season.code})", season.id)
        if chosen is not None:
            self.season.setCurrentIndex(max(0, self.season.findData(chosen)))
        else:  # the season coming next: its plan last year is the one worth comparing
            today = self._today()
            upcoming = min(self.seasons, key=lambda s: s.next_start(today), default=None)
            if upcoming is not None:
                self.season.setCurrentIndex(max(0, self.season.findData(upcoming.id)))
                self.year.blockSignals(True)
                self.year.setValue(upcoming.next_year(today) - 1)
                self.year.blockSignals(False)
        self.season.blockSignals(False)
        self.reload()

    def show_season(self, season_id: int, year: int) -> None:
        self.season.blockSignals(True)
        self.season.setCurrentIndex(max(0, self.season.findData(season_id)))
        self.season.blockSignals(False)
        self.year.setValue(year)
        self.reload()

    def _fetch(self, request: PageRequest) -> Page[CompareRow]:
        season_id = self.season.currentData()
        if season_id is None:
            return Page([], 0)
        return compare_lines(self._database, int(season_id), self.year.value(), self._today(), request)

    def apply_filters(self) -> None:
        self.timer.stop()
        self.model.set_query(text=self.search.text(), filters={"short": self.short_only.isChecked()})

    def reload(self) -> None:
        self.apply_filters()
        self._show_summary()

    def _show_summary(self) -> None:
        season_id = self.season.currentData()
        if season_id is None:
            self.summary.setText(self.tr("Add a season first."))
            return
        try:
            c = comparison(self._database, int(season_id), self.year.value(), self._today())
        except WarrantyDeskError as exc:
            self.summary.setText(str(exc))
            return
        if c.through <= c.season_start:
            text = self.tr("The season starts {start}: nothing used yet.").format(start=c.season_start.isoformat())
        else:
            last = (c.season_end - dt.timedelta(days=1)).isoformat()
            through = self.tr(" (so far)") if c.through < c.season_end else ""
            text = self.tr("From {start} to {end}{through} the season used {used} parts ({qty} pieces); {covered} "
                           "of them stayed within the plan.").format(
                start=c.season_start.isoformat(), end=last, through=through, used=c.parts_used,
                qty=number(c.used_qty), covered=c.parts_covered)
        if c.plan is None:
            plan = self.tr("No plan was made for this season.")
        else:
            plan = self.tr("Plan {number} ({status}) covered {parts} parts: forecast {forecast}, stock planned {qty} "
                           "pieces.").format(number=c.plan.plan_no, status=label(c.plan.status), parts=c.parts_planned,
                                             forecast=number(c.forecast_qty), qty=number(c.planned_qty))
        self.summary.setText(f"{plan} {text}")

    def retranslate_ui(self) -> None:
        self.season_label.setText(self.tr("&Season:"))
        self.year_label.setText(self.tr("&Year:"))
        self.search.setPlaceholderText(self.tr("Find a part number or name"))
        self.short_only.setText(self.tr("Short only"))
        self.short_only.setToolTip(self.tr("Parts the season used more of than the plan held"))
        unit = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, chars in enumerate((14, 16, 10, 9, 9, 12, 9, 14)):
            self.table.setColumnWidth(column, max(chars * unit + 16, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._show_summary()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_F5:
            self.reload()
            return
        super().keyPressEvent(event)
