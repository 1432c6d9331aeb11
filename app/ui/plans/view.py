"""The spare-part reserve plan section (配件储备计划): the plans, newest season first, with the plan due
next called out; the chosen plan's lines to edit, approve, submit, print and export; last year's plan
beside what its season used; and the seasons themselves.

Making a plan forecasts every part, which takes a moment for thousands of parts: it runs off the GUI
thread with a progress dialog.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import plans
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.plans import PlanDue, PlanSummary
from app.ui.claims.common import ActorSource, actor_source, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.plans.compare_view import CompareView
from app.ui.plans.dialogs import NewPlanDialog
from app.ui.plans.editor import PlanEditor
from app.ui.plans.seasons_dialog import SeasonsDialog
from app.ui.plans.texts import money
from app.ui.tasks import Task, run_task, with_progress_dialog

BANNER = "QLabel#planDueBanner { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"
PLAN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("PlansView", "Plan no."), lambda r: r.plan_no + (f" ({r.revision})" if r.revision > 1
                                                                              else ""), "plan_no"),
    Column(QT_TRANSLATE_NOOP("PlansView", "Season"), lambda r: r.season_label, "year"),
    Column(QT_TRANSLATE_NOOP("PlansView", "Status"), lambda r: label(r.status), "status"),
    Column(QT_TRANSLATE_NOOP("PlansView", "Due"), lambda r: r.due_date.isoformat(), "due_date"),
    Column(QT_TRANSLATE_NOOP("PlansView", "Submitted"), lambda r: r.submitted_on.isoformat() if r.submitted_on else "",
           "submitted_on"),
    Column(QT_TRANSLATE_NOOP("PlansView", "Lines"), lambda r: f"{r.line_count:,}", "line_count", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("PlansView", "Total"), lambda r: money(r.total_amount), "total_amount", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("PlansView", "Approved by"), lambda r: r.approved_by),
]


class PlansView(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor_source(database, actor), today
        self.message: QMessageBox | None = None
        self.dialog: Any = None
        self.task: Task | None = None
        self.due: list[PlanDue] = []
        self._shown_once = False

        self.banner = QLabel()
        self.banner.setObjectName("planDueBanner")
        self.banner.setStyleSheet(BANNER)
        self.banner.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPlan")
        self.new_button.clicked.connect(self.ask_new_plan)
        self.seasons_button = QPushButton()
        self.seasons_button.setObjectName("editSeasons")
        self.seasons_button.clicked.connect(self.open_seasons)
        self.model = PagedTableModel(self._fetch, PLAN_COLUMNS, context="PlansView", parent=self)
        self.table = QTableView()
        self.table.setObjectName("plansTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # the latest season first
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.on_selection_changed())
        self.count_label = QLabel()
        self.editor = PlanEditor(database, actor=self._actor, today=today)
        self.editor.changed.connect(self.on_plan_changed)
        self.compare = CompareView(database, today=today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.compare, "")

        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.seasons_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        # A dealer makes three or four plans a year: a short list above leaves the lines the whole width.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([self.table.verticalHeader().defaultSectionSize() * 6, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self.refresh()
        if self.model.total():
            self.table.selectRow(0)

    # --- the list ------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[PlanSummary]:
        return plans.list_plans(self._database, request)

    def refresh(self) -> None:
        """Plans and seasons change elsewhere (another workstation): ask again, keep the plan shown."""
        current = self.editor.plan.id if self.editor.plan else None
        self.model.reload()
        self._show_due()
        self._show_count()
        if current is not None:
            self.select_plan(current)

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} plans").format(count=self.model.total()))

    def _show_due(self) -> None:
        try:
            self.due = plans.plans_due(self._database, self._today())
        except WarrantyDeskError as exc:
            self.due = []
            self.banner.setText(str(exc))
            return
        if not self.due:
            self.banner.setText(self.tr("No reserve plan is due in the next 45 days."))
            return
        lines = []
        for due in self.due:
            when = (self.tr("overdue since {day}") if due.days_left < 0 else self.tr("due {day}, in {days} days")) \
                .format(day=due.due_date.isoformat(), days=due.days_left)
            state = (self.tr("not made yet") if due.plan_no is None
                     else self.tr("{number} is {status}").format(number=due.plan_no, status=label(due.status)))
            lines.append(self.tr("Plan for {season}: {when} — {state}").format(
                season=due.season.label(due.season_year), when=when, state=state))
        self.banner.setText("\n".join(lines))

    def select_plan(self, plan_id: int) -> bool:
        for row in range(min(self.model.total(), 400)):
            found = self.model.row_at(row)
            if found is not None and found.id == plan_id:
                self.table.selectRow(row)
                return True
        return False

    def on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        plan = self.model.row_at(rows[0].row()) if rows else None
        self.editor.show_plan(plan)

    def on_plan_changed(self, plan: PlanSummary) -> None:
        self.model.reload()
        self._show_due()
        self.select_plan(plan.id)

    # --- a new plan ----------------------------------------------------------------------------------

    def ask_new_plan(self) -> None:
        try:
            seasons = plans.list_seasons(self._database)
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("New reserve plan"), str(exc))
            return
        if not seasons:
            self.message = show_message(self, self.tr("New reserve plan"),
                                        self.tr("Add the dealer's seasons first (Seasons…)."))
            return
        dialog = NewPlanDialog(seasons, self._today(), due=self.due, parent=self)
        dialog.chosen.connect(self.create_plan)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def create_plan(self, season_id: int, year: int) -> Task | None:
        if self.task is not None:
            return None
        database, actor, today = self._database, self._actor(), self._today()
        task = run_task(lambda _report: plans.create_plan(database, actor, season_id, year, today),
                        on_done=self._created, on_error=self._not_created)
        with_progress_dialog(task, self.tr("Forecasting every part for the season…"), parent=self)
        self.task = task
        return task

    def _created(self, plan: PlanSummary) -> None:
        self.task = None
        self.tabs.setCurrentWidget(self.editor)
        self.model.reload()
        self._show_due()
        self._show_count()
        if not self.select_plan(plan.id):
            self.editor.show_plan(plan)

    def _not_created(self, exc: BaseException) -> None:
        self.task = None
        text = str(exc) if isinstance(exc, WarrantyDeskError) else self.tr("The plan could not be made: {error}") \
            .format(error=exc)
        self.message = show_message(self, self.tr("New reserve plan"), text)

    # --- seasons -------------------------------------------------------------------------------------

    def open_seasons(self) -> SeasonsDialog:
        dialog = SeasonsDialog(self._database, actor=self._actor, today=self._today, parent=self)
        dialog.changed.connect(self.on_seasons_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def on_seasons_changed(self) -> None:
        self._show_due()
        self.compare.load_seasons()
        self.model.reload()

    # --- language and showing ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        unit = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column, chars in enumerate((16, 22, 12, 12, 12, 8, 14)):
            self.table.setColumnWidth(column, max(chars * unit + 16, header.sectionSizeHint(column)))
        self.new_button.setText(self.tr("&New plan…"))
        self.new_button.setToolTip(self.tr("Forecast a season and make its draft plan"))
        self.seasons_button.setText(self.tr("S&easons…"))
        self.tabs.setTabText(0, self.tr("Plan"))
        self.tabs.setTabText(1, self.tr("Last year's plan vs actual use"))
        self._show_due()
        self._show_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
