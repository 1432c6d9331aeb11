"""One reserve plan: its header and totals, its lines (chosen quantity, price and note edited in place), and
what happens to it next: suggestions taken back, approval by the service manager, the submission recorded,
printed on the reserve-plan form, exported to Excel.

An approved or submitted plan is read-only until "Revise" is confirmed: its next edit starts a new revision
that needs approving again.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PartClass, PlanStatus
from app.domain.errors import WarrantyDeskError
from app.services import plans
from app.services.business_time import BUSINESS_TZ
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.plans import PlanChange, PlanLineRow, PlanSummary
from app.ui.claims.common import ActorSource, show_message
from app.ui.labels import label
from app.ui.plans.dialogs import SubmissionDialog
from app.ui.plans.export_dialog import ExportPlanDialog
from app.ui.plans.lines_model import COL_CHOSEN, COL_CLASS, PlanLinesModel
from app.ui.plans.printing import PlanPrinting
from app.ui.plans.texts import money
from app.ui.printing.form_printing import PrintButton

_CONTEXT = "PlanEditor"
CLASS_CHOICES = (("", QT_TRANSLATE_NOOP("PlanEditor", "All classes")),
                 *((c.value, "") for c in (PartClass.WARRANTY, PartClass.WEAR, PartClass.OTHER)))


class PlanEditor(QWidget):
    changed = Signal(object)  # the PlanSummary after a change: the list shows it

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.plan: PlanSummary | None = None
        self.message: QMessageBox | None = None
        self.confirm: QMessageBox | None = None
        self.dialog: Any = None

        self.title = QLabel()
        self.title.setObjectName("planTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.status_label = QLabel()
        self.status_label.setObjectName("planStatus")
        self.facts = {key: (QLabel(), QLabel()) for key in ("season", "due", "approved", "submitted", "lines",
                                                          "total")}
        for _caption, value in self.facts.values():
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit()
        self.search.setObjectName("lineSearch")
        self.search.setClearButtonEnabled(True)
        self.class_filter = QComboBox()
        self.class_filter.setObjectName("classFilter")
        for key, _title in CLASS_CHOICES:
            self.class_filter.addItem("", key)
        self.changed_only = QCheckBox()
        self.changed_only.setObjectName("changedOnly")
        self.ordered_only = QCheckBox()
        self.ordered_only.setObjectName("orderedOnly")
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self.search_timer.start())
        for box in (self.changed_only, self.ordered_only):
            box.toggled.connect(lambda _on: self.apply_filters())
        self.class_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.model = PlanLinesModel(self._fetch, self._save, parent=self)
        self.model.edited.connect(self.on_model_edited)
        self.model.refused.connect(lambda text: self._show(self.tr("Change the plan"), text))
        self.table = QTableView()
        self.table.setObjectName("planLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(COL_CLASS, Qt.SortOrder.AscendingOrder)  # warranty parts first
        self.table.setSortingEnabled(True)

        self.note = QLineEdit()
        self.note.setObjectName("planNote")
        self.note.editingFinished.connect(self.save_note)
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName("useSuggestions")
        self.suggest_button.clicked.connect(self.use_suggestions)
        self.revise_button = QPushButton()
        self.revise_button.setObjectName("revisePlan")
        self.revise_button.clicked.connect(self.ask_revise)
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approvePlan")
        self.approve_button.clicked.connect(self.approve)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("recordSubmission")
        self.submit_button.clicked.connect(self.ask_submission)
        self.printing = PlanPrinting(database, lambda: self.plan.plan_no if self.plan else None, parent=self)
        self.print_button = PrintButton(self.printing, text=lambda: self.tr("&Print"))
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPlan")
        self.export_button.clicked.connect(self.ask_export)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_label)
        header.addStretch(1)
        grid = QGridLayout()
        for index, (caption, value) in enumerate(self.facts.values()):
            grid.addWidget(caption, index // 3, (index % 3) * 2)
            grid.addWidget(value, index // 3, (index % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.class_filter, 1)
        filters.addWidget(self.changed_only)
        filters.addWidget(self.ordered_only)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.suggest_button)
        actions.addStretch(1)
        for button in (self.revise_button, self.approve_button, self.submit_button, self.print_button,
                       self.export_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(note_row)
        layout.addLayout(actions)
        self.retranslate_ui()
        self.show_plan(None)

    # --- the plan shown -------------------------------------------------------------------------------

    def show_plan(self, plan: PlanSummary | None) -> None:
        self.plan = plan
        self.model.editable = plan is not None and plan.status == PlanStatus.DRAFT
        self._show_facts()
        self.apply_filters()

    def reload(self) -> None:
        if self.plan is not None:
            try:
                self.plan = plans.get_plan(self._database, self.plan.id)
            except WarrantyDeskError:
                self.plan = None
        self.show_plan(self.plan)

    def _fetch(self, request: PageRequest) -> Page[PlanLineRow]:
        if self.plan is None:
            return Page([], 0)
        return plans.plan_lines(self._database, self.plan.id, request)

    def apply_filters(self) -> None:
        self.search_timer.stop()
        filters = {"class": self.class_filter.currentData() or "", "changed": self.changed_only.isChecked(),
                   "ordered": self.ordered_only.isChecked()}
        self.model.set_query(text=self.search.text(), filters=filters)

    def _show_facts(self) -> None:
        p = self.plan
        self.setEnabled(True)
        if p is None:
            self.title.setText(self.tr("No plan chosen"))
            self.status_label.setText("")
            for _caption, value in self.facts.values():
                value.setText("")
            self.note.setText("")
        else:
            revision = self.tr(" (revision {n})").format(n=p.revision) if p.revision > 1 else ""
            self.title.setText(self.tr("Reserve plan {number}").format(number=p.plan_no) + revision)
            self.status_label.setText(label(p.status))
            values = {
                "season": self.tr("{label} (starts {start})").format(label=p.season_label, start=p.season_start),
                "due": self._due_text(p),
                "approved": (self.tr("{name}, {day}").format(name=p.approved_by or "—",
                                                             day=p.approved_at.astimezone(BUSINESS_TZ).date().isoformat())
                             if p.approved_at else "—"),
                "submitted": p.submitted_on.isoformat() if p.submitted_on else "—",
                "lines": f"{p.line_count:,}", "total": money(p.total_amount)}
            for key, (_caption, value) in self.facts.items():
                value.setText(values[key])
            if not self.note.hasFocus():
                self.note.setText(p.note)
        self._update_buttons()

    def _due_text(self, p: PlanSummary) -> str:
        days = (p.due_date - self._today()).days
        if p.status == PlanStatus.SUBMITTED or days > 45:
            return p.due_date.isoformat()
        if days < 0:
            return self.tr("{day} (overdue)").format(day=p.due_date.isoformat())
        return self.tr("{day} (in {days} days)").format(day=p.due_date.isoformat(), days=days)

    def _update_buttons(self) -> None:
        p = self.plan
        draft = p is not None and p.status == PlanStatus.DRAFT
        self.suggest_button.setEnabled(draft)
        self.note.setEnabled(p is not None)
        self.revise_button.setVisible(p is not None and not draft and not self.model.editable)
        self.approve_button.setEnabled(draft and bool(p and p.line_count))
        self.submit_button.setEnabled(p is not None and p.status != PlanStatus.DRAFT)
        self.print_button.setEnabled(p is not None)
        self.export_button.setEnabled(p is not None)

    # --- changes --------------------------------------------------------------------------------------

    def _save(self, line_id: int, field: str, value: Any) -> PlanChange:
        return plans.update_line(self._database, self._actor(), line_id, **{field: value})

    def on_model_edited(self, change: PlanChange) -> None:
        self.plan = change.plan
        self._show_facts()
        self.changed.emit(change.plan)

    def _do(self, title: str, action: Callable[[], Any]) -> bool:
        try:
            result = action()
        except WarrantyDeskError as exc:
            self._show(title, str(exc))
            return False
        summary = result.plan if isinstance(result, PlanChange) else result
        if isinstance(summary, PlanSummary):
            self.plan = summary
            self.changed.emit(summary)
        self.show_plan(self.plan)
        return True

    def use_suggestions(self) -> bool:
        if self.plan is None:
            return False
        plan_id = self.plan.id
        return self._do(self.tr("Use the suggestions"),
                        lambda: plans.accept_suggestions(self._database, self._actor(), plan_id))

    def save_note(self) -> None:
        if self.plan is None or self.note.text().strip() == self.plan.note:
            return
        plan_id, text = self.plan.id, self.note.text()
        self._do(self.tr("Save the note"), lambda: plans.set_note(self._database, self._actor(), plan_id, text))

    def ask_revise(self) -> None:
        if self.plan is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Revise the plan"),
                          self.tr("Plan {number} is {status}. A change starts revision {next}, which the service "
                                  "manager approves (and you submit) again. Change it?").format(
                              number=self.plan.plan_no, status=label(self.plan.status), next=self.plan.revision + 1),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.unlock)
        self.confirm = box
        box.open()

    def unlock(self) -> None:
        """Lines may be edited; the first edit makes the plan a draft of its next revision."""
        self.model.editable = True
        self._update_buttons()
        self.table.setFocus()
        self.table.setCurrentIndex(self.model.index(0, COL_CHOSEN))

    def approve(self) -> bool:
        if self.plan is None:
            return False
        plan_id = self.plan.id
        return self._do(self.tr("Approve the plan"), lambda: plans.approve_plan(self._database, self._actor(), plan_id))

    def ask_submission(self) -> None:
        if self.plan is None:
            return
        dialog = SubmissionDialog(self.plan.plan_no, self._today(), parent=self)
        dialog.chosen.connect(self.record_submission)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def record_submission(self, day: dt.date) -> bool:
        if self.plan is None:
            return False
        plan_id = self.plan.id
        return self._do(self.tr("Record the submission"), lambda: plans.record_submission(
            self._database, self._actor(), plan_id, day, self._today()))

    def ask_export(self) -> None:
        if self.plan is None:
            return
        dialog = ExportPlanDialog(self._database, self.plan.plan_no, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _show(self, title: str, text: str) -> None:
        self.message = show_message(self, title, text)

    # --- language -------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        captions = {"season": self.tr("Season:"), "due": self.tr("Due at the manufacturer:"),
                    "approved": self.tr("Approved:"), "submitted": self.tr("Submitted:"), "lines": self.tr("Lines:"),
                    "total": self.tr("Total (yuan):")}
        for key, (caption, _value) in self.facts.items():
            caption.setText(captions[key])
        self.search.setPlaceholderText(self.tr("Find a part number or name"))
        for index, (key, title) in enumerate(CLASS_CHOICES):
            self.class_filter.setItemText(index, QCoreApplication.translate(_CONTEXT, title) if title
                                          else label(PartClass(key)))
        self.changed_only.setText(self.tr("Changed only"))
        self.changed_only.setToolTip(self.tr("Lines whose chosen quantity is not the suggested one"))
        self.ordered_only.setText(self.tr("To order only"))
        self.note_label.setText(self.tr("&Note:"))
        self.suggest_button.setText(self.tr("Use the &suggestions"))
        self.suggest_button.setToolTip(self.tr("Set every chosen quantity back to the suggested one"))
        self.revise_button.setText(self.tr("&Revise…"))
        self.approve_button.setText(self.tr("&Approve"))
        self.approve_button.setToolTip(self.tr("The service manager approves the plan as it stands"))
        self.submit_button.setText(self.tr("Record &submission…"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self._set_widths()
        self._show_facts()

    def _set_widths(self) -> None:
        header = self.table.horizontalHeader()
        unit = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((12, 12, 14, 7, 7, 7, 7, 10, 10, 50, 14)):
            self.table.setColumnWidth(column, max(chars * unit + 12, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
