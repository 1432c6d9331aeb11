"""The warranty claims list: paged, sorted and filtered in SQL, with bulk actions on a selection
(run checks, approve, cancel) and the editor opened on a claim with Enter or a double click."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import claims
from app.services.claims import BulkResult
from app.services.claims.listing import ClaimRow, list_claims, technicians
from app.services.database import Database
from app.services.paging import Page, PageRequest
from app.services.units import model_choices
from app.ui.claims.common import ActorSource, money, show_message
from app.ui.claims.editor import ClaimEditor
from app.ui.claims.filters import FilterBar
from app.ui.claims.findings import check_level_label, level_color
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.printing.repair_records import PrintButton, RepairRecordPrinting
from app.ui.widgets.clocks import clock_colour, clock_text, clock_tooltip

_CONTEXT = "ClaimsListView"
MAX_BULK = 500  # a bulk action runs while the clerk waits: a few hundred claims at a time


def _number(row: ClaimRow) -> str:
    return row.claim_no if row.revision == 1 else f"{row.claim_no} r{row.revision}"


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Claim no."), _number, "claim_no"),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Status"), lambda r: label(r.status), "status"),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Repair date"), lambda r: r.repair_date.isoformat(), "repair_date"),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Serial no."), lambda r: r.serial_no),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Model"), lambda r: r.model_code),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Customer"), lambda r: r.customer_name),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Technician"), lambda r: r.technician, "technician"),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Total"), lambda r: money(r.total_amount), "total", ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Checks"), lambda r: check_level_label(r.check_level), "check_level",
           foreground=lambda r: level_color(r.check_level)),
    Column(QT_TRANSLATE_NOOP("ClaimsListView", "Repair clock"), lambda r: clock_text(r.clock),
           foreground=lambda r: clock_colour(r.clock), tooltip=lambda r: clock_tooltip(r.clock)),
]


class ClaimsListView(QWidget):
    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.editors: list[ClaimEditor] = []
        self.result_box: QMessageBox | None = None
        self.reason_dialog: QInputDialog | None = None
        self.last_result: BulkResult | None = None
        self._technicians: list[str] = []
        self._is_manager = actor().is_manager

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.apply_filters)
        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Newest repairs first, as the service orders by default; enabling sorting loads the first page.
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self.on_table_activated)  # Enter, or a double click
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._set_widths()

        self.count_label = QLabel()
        self.count_label.setObjectName("claimsCount")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newClaim")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openClaim")
        self.checks_button = QPushButton()
        self.checks_button.setObjectName("runChecks")
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveClaims")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelClaims")
        self.new_button.clicked.connect(self.new_claim)
        self.open_button.clicked.connect(self.open_current)
        self.checks_button.clicked.connect(self.run_checks)
        self.approve_button.clicked.connect(self.approve_selected)
        self.cancel_button.clicked.connect(self.ask_cancel_reason)
        # The selected claims' repair records as one document (a few hundred at a time, like bulk actions).
        self.printing = RepairRecordPrinting(database, lambda: self._bulk_ids() or [], today=today, parent=self)
        self.print_button = PrintButton(self.printing)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_claim)
        self.addAction(self.new_action)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.open_button, self.print_button, self.checks_button, self.approve_button,
                       self.cancel_button):
            actions.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._load_choices()
        self.model.modelReset.connect(self._enable)  # a reload drops the selection without a signal
        self.retranslate_ui()

    # --- the list -------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[ClaimRow]:
        return list_claims(self._database, request)

    def _load_choices(self) -> None:
        try:
            self.filter_bar.set_models([(m.id, f"{m.code} {m.name}") for m in model_choices(self._database)])
            self._technicians = technicians(self._database)
            self.filter_bar.set_technicians(self._technicians)
        except WarrantyDeskError as exc:
            self.count_label.setText(str(exc))

    def _set_widths(self) -> None:
        """Widths in characters, never narrower than the translated header; the customer takes the rest."""
        header = self.table.horizontalHeader()
        unit = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((17, 18, 11, 16, 10, 12, 10, 12, 9, 15)):
            self.table.setColumnWidth(column, max(chars * unit + 20, header.sectionSizeHint(column)))
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def apply_filters(self) -> None:
        self.model.set_query(text=self.filter_bar.search_text(), filters=self.filter_bar.filters())
        self._show_count()

    def refresh(self) -> None:
        self._is_manager = self._actor().is_manager
        self._load_choices()
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} claims").format(count=f"{self.model.total():,}"))
        self._enable()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row.id for row in (self.model.row_at(r) for r in rows) if row is not None]

    def _enable(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        is_manager = self._is_manager
        self.open_button.setEnabled(count == 1)
        self.checks_button.setEnabled(count > 0)
        self.approve_button.setEnabled(count > 0 and is_manager)
        self.approve_button.setToolTip("" if is_manager else self.tr("Approval needs the service manager role"))
        self.cancel_button.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0)

    # --- editors --------------------------------------------------------------------------------------

    def new_claim(self) -> ClaimEditor:
        return self._show(ClaimEditor(self._database, actor=self._actor, today=self._today,
                                      technicians=self._technicians, parent=self))

    def open_claim(self, claim_id: int) -> ClaimEditor | None:
        for editor in self.editors:
            if editor.claim_id == claim_id:
                return self._show(editor)
        try:
            editor = ClaimEditor(self._database, actor=self._actor, today=self._today, claim_id=claim_id,
                                 technicians=self._technicians, parent=self)
        except WarrantyDeskError as exc:
            self.result_box = show_message(self, self.tr("The claim cannot be opened"), str(exc))
            return None
        return self._show(editor)

    def _show(self, editor: ClaimEditor) -> ClaimEditor:
        if editor not in self.editors:
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.saved.connect(lambda _id: self.model.reload())
            editor.finished.connect(lambda _r, e=editor: self.editors.remove(e) if e in self.editors else None)
            self.editors.append(editor)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def open_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_claim(ids[0])

    def on_table_activated(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_claim(row.id)

    # --- bulk actions ---------------------------------------------------------------------------------

    def _bulk_ids(self) -> list[int] | None:
        ids = self.selected_ids()
        if len(ids) > MAX_BULK:
            self.result_box = show_message(self, self.tr("Too many claims selected"), self.tr(
                "{count} claims are selected; act on at most {limit} at a time (narrow the filters).").format(
                count=f"{len(ids):,}", limit=MAX_BULK))
            return None
        return ids or None

    def run_checks(self) -> dict[str, str]:
        ids = self._bulk_ids()
        if not ids:
            return {}
        try:
            levels = claims.run_checks_for(self._database, ids, self._today())
        except WarrantyDeskError as exc:
            self.result_box = show_message(self, self.tr("Run checks"), str(exc))
            return {}
        counts = {level: sum(1 for v in levels.values() if v == level) for level in ("blocking", "warning", "ok")}
        self.model.reload()
        self.result_box = show_message(self, self.tr("Run checks"), self.tr(
            "{count} claims checked: {blocking} blocking, {warning} with warnings, {ok} OK.").format(
            count=len(levels), **counts), warning=False)
        return levels

    def approve_selected(self) -> BulkResult | None:
        ids = self._bulk_ids()
        if not ids:
            return None
        try:
            result = claims.approve(self._database, self._actor(), ids, self._today())
        except WarrantyDeskError as exc:  # a clerk: approving needs the service manager role
            self.result_box = show_message(self, self.tr("Approve claims"), str(exc))
            return None
        self._report(self.tr("Approve claims"), self.tr("{done} approved, {refused} refused."), result)
        return result

    def ask_cancel_reason(self) -> None:
        ids = self._bulk_ids()
        if not ids:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel claims"))
        dialog.setLabelText(self.tr("Why are these {count} claims cancelled?").format(count=len(ids)))
        dialog.textValueSelected.connect(lambda reason: self.cancel_selected(reason, ids))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.open()

    def cancel_selected(self, reason: str, ids: list[int] | None = None) -> BulkResult | None:
        ids = ids if ids is not None else self.selected_ids()
        try:
            result = claims.cancel(self._database, self._actor(), ids, reason, self._today())
        except WarrantyDeskError as exc:  # no reason given
            self.result_box = show_message(self, self.tr("Cancel claims"), str(exc))
            return None
        self._report(self.tr("Cancel claims"), self.tr("{done} cancelled, {refused} refused."), result)
        return result

    def _report(self, title: str, summary: str, result: BulkResult) -> None:
        self.last_result = result
        self.model.reload()
        self._show_count()
        text = summary.format(done=len(result.done), refused=len(result.refused))
        refusals = "\n".join(f"{number}: {why}" for number, why in result.refused)
        if refusals:
            shown = "\n".join(refusals.splitlines()[:15])
            text = f"{text}\n\n{shown}"
        self.result_box = show_message(self, title, text, warning=bool(result.refused), details=refusals)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("&New claim…"))
        self.new_button.setToolTip(self.tr("A new warranty repair record (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open"))
        self.checks_button.setText(self.tr("Run chec&ks"))
        self.approve_button.setText(self.tr("&Approve"))
        self.cancel_button.setText(self.tr("&Cancel claims…"))
        self._set_widths()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
