"""The Old parts section (旧件): every retained part, where it is kept, when it is due back, and its life.

The list pages, sorts and filters in SQL (app.services.old_parts.list_old_parts). A scanned tag in the
search field opens that part; tags of a selection print as labels; a part can be written off (lost,
released) or left at the dealer on head office's word.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldPartStatus
from app.domain.errors import WarrantyDeskError
from app.domain.old_parts import IN_STORE, DueState
from app.services import old_parts, verdicts
from app.services.database import Database
from app.services.old_parts import OldPartRow
from app.services.paging import Page, PageRequest
from app.ui.claims.common import ActorSource, actor_source, show_message
from app.ui.labels import label
from app.ui.models.paged import ALIGN_RIGHT, Column, PagedTableModel
from app.ui.old_parts.detail import OldPartPanel
from app.ui.old_parts.leave_dialog import LeaveAtDealerDialog
from app.ui.old_parts.texts import due_color, due_label, remark_text
from app.ui.printing.form_printing import PrintButton
from app.ui.printing.old_parts import TagPrinting

_CONTEXT = "OldPartsPage"
SEARCH_DELAY_MS = 300


def _status(row: OldPartRow) -> str:
    return label(row.status) + (" ★" if row.left_at_dealer else "")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Tag"), lambda r: r.tag_no, "tag"),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Claim"), lambda r: r.claim_no, "claim"),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Part no."), lambda r: r.part_no, "part"),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Part name"), lambda r: r.part_name),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Qty"), lambda r: f"{r.quantity.normalize():f}", align=ALIGN_RIGHT),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Status"), _status, "status"),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Storage place"), lambda r: r.storage_place, "place"),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Due back"), lambda r: r.due_date.isoformat(), "due_date",
           foreground=lambda r: due_color(r.due_state),
           tooltip=lambda r: "" if r.due_state == DueState.DONE else due_label(r.due_state)),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Shipment"), lambda r: r.shipment_no),
    Column(QT_TRANSLATE_NOOP("OldPartsPage", "Note"), lambda r: remark_text(r.note),
           tooltip=lambda r: remark_text(r.note)),
]

# The status filter: (key, title); "in_store" is what still has to go back, the default.
STATUS_CHOICES: tuple[tuple[str, str], ...] = (
    ("in_store", QT_TRANSLATE_NOOP("OldPartsPage", "On the shelf (to return)")),
    ("all", QT_TRANSLATE_NOOP("OldPartsPage", "All old parts")),
    *((status.value, "") for status in OldPartStatus),
)
DUE_CHOICES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("OldPartsPage", "Any due date")),
    (DueState.OVERDUE.value, QT_TRANSLATE_NOOP("OldPartsPage", "Overdue")),
    (DueState.DUE_SOON.value, QT_TRANSLATE_NOOP("OldPartsPage", "Due within 14 days")),
    ("not_received", QT_TRANSLATE_NOOP("OldPartsPage", "Not received by head office")),
)


class OldPartsPage(QWidget):
    claim_requested = Signal(int)  # open this claim

    def __init__(self, database: Database, *, actor: ActorSource | None = None,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor_source(database, actor), today
        self.message: QMessageBox | None = None
        self.reason_dialog: QInputDialog | None = None
        self.leave_dialog: LeaveAtDealerDialog | None = None
        self._shown_once = False

        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("oldPartSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.status_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for key, _title in STATUS_CHOICES:
            self.status_filter.addItem("", key)
        self.status_label.setBuddy(self.status_filter)
        self.due_filter = QComboBox()
        self.due_filter.setObjectName("dueFilter")
        for key, _title in DUE_CHOICES:
            self.due_filter.addItem("", key)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.due_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.model = PagedTableModel(self._fetch, COLUMNS, context=_CONTEXT, parent=self)
        self.table = QTableView()
        self.table.setObjectName("oldPartsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.AscendingOrder)  # the earliest due first
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.on_selection_changed())
        self.table.activated.connect(lambda _index: self.open_claim())
        self.model.modelReset.connect(self.on_selection_changed)

        self.panel = OldPartPanel()
        self.panel.setMinimumWidth(340)
        self.panel.save_requested.connect(self.save_part)

        self.count_label = QLabel()
        self.count_label.setObjectName("oldPartsCount")
        self.printing = TagPrinting(database, self.selected_tags, parent=self)
        self.print_button = PrintButton(self.printing, text=lambda: self.tr("Print &tags"))
        self.claim_button = QPushButton()
        self.claim_button.setObjectName("openClaim")
        self.claim_button.clicked.connect(self.open_claim)
        self.write_off_button = QPushButton()
        self.write_off_button.setObjectName("writeOff")
        self.write_off_button.clicked.connect(self.ask_write_off)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveAtDealer")
        self.leave_button.clicked.connect(self.ask_leave_at_dealer)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.due_filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.claim_button, self.print_button, self.leave_button, self.write_off_button):
            actions.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self.apply_filters()
        self._load_places()

    # --- the list -------------------------------------------------------------------------------------

    def _fetch(self, request: PageRequest) -> Page[OldPartRow]:
        return old_parts.list_old_parts(self._database, request, self._today())

    def filters(self) -> dict[str, Any]:
        status = self.status_filter.currentData()
        due = self.due_filter.currentData()
        found: dict[str, Any] = {}
        if due == "not_received":  # shipped parts head office does not have: whatever the shelf filter says
            return {"not_received": True}
        if status == "in_store":
            found["status"] = [s.value for s in IN_STORE]
        elif status != "all":
            found["status"] = status
        if due:
            found["due"] = due
        return found

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.model.set_query(text=self.search.text(), filters=self.filters())
        self._show_count()

    def show_due(self, due: str) -> None:
        """The Dashboard's tiles open the list of parts overdue ("overdue") or due soon ("due_soon")."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.due_filter.setCurrentIndex(max(0, self.due_filter.findData(due)))
        self.apply_filters()

    def refresh(self) -> None:
        selected = self.selected_tags()
        self.model.reload()
        self._show_count()
        self._load_places()
        self._reselect(selected)

    def _load_places(self) -> None:
        try:
            self.panel.set_places(old_parts.storage_places(self._database))
        except WarrantyDeskError:
            pass  # suggestions only: the field still takes any place

    def _show_count(self) -> None:
        self.count_label.setText(self.model.error or self.tr("{count} old parts").format(
            count=f"{self.model.total():,}"))

    def selected_rows(self) -> list[OldPartRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(r) for r in rows) if row is not None]

    def selected_tags(self) -> list[str]:
        return [row.tag_no for row in self.selected_rows()]

    def current_row(self) -> OldPartRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    # --- one part -------------------------------------------------------------------------------------

    def find(self, text: str) -> bool:
        """A scanned or typed tag: show just that part, selected, with its details."""
        tag = old_parts.find_tag(self._database, text)
        if tag is None:
            return False
        self.search.setText(tag)
        self.status_filter.setCurrentIndex(self.status_filter.findData("all"))
        self.due_filter.setCurrentIndex(0)
        self.apply_filters()
        if self.model.total():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def on_search_return_pressed(self) -> None:
        """A keyboard-wedge scanner types the tag and Enter: open that part; other text filters at once."""
        if not self.find(self.search.text()):
            self.apply_filters()
        self.search.selectAll()

    def on_selection_changed(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.print_button.setEnabled(bool(rows))
        self.claim_button.setEnabled(one is not None)
        self.write_off_button.setEnabled(one is not None and one.status in (
            OldPartStatus.RETAINED, OldPartStatus.PACKED, OldPartStatus.SHIPPED, OldPartStatus.RECEIVED))
        self.leave_button.setEnabled(one is not None and one.status == OldPartStatus.RETAINED)
        self.show_current()

    def show_current(self) -> None:
        row = self.current_row()
        if row is None:
            self.panel.show_part(None)
            return
        try:
            self.panel.show_part(old_parts.get_old_part(self._database, row.tag_no, self._today()))
        except WarrantyDeskError as exc:
            self.panel.show_part(None)
            self.count_label.setText(str(exc))

    def open_claim(self) -> None:
        row = self.current_row()
        if row is not None:
            self.claim_requested.emit(row.claim_id)

    def save_part(self, tag: str, place: str, notes: str) -> None:
        self._do(lambda: old_parts.update_old_part(self._database, self._actor(), tag, place=place,
                                                   condition_notes=notes), self.tr("Save the old part"))
        self._load_places()

    def ask_write_off(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Write off {tag}").format(tag=row.tag_no))
        dialog.setLabelText(self.tr("Why is the old part written off (lost, released by head office …)?"))
        dialog.textValueSelected.connect(lambda reason, tag=row.tag_no: self.write_off(tag, reason))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.open()

    def write_off(self, tag: str, reason: str) -> bool:
        return self._do(lambda: old_parts.write_off(self._database, self._actor(), tag, reason),
                        self.tr("Write off"))

    def ask_leave_at_dealer(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = LeaveAtDealerDialog(row.tag_no, parent=self)
        dialog.chosen.connect(self.leave_at_dealer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.leave_dialog = dialog
        dialog.open()

    def leave_at_dealer(self, tag: str, verdict: OldPartStatus, instruction: str) -> bool:
        return self._do(lambda: verdicts.leave_at_dealer(self._database, self._actor(), tag, verdict, instruction),
                        self.tr("Left at the dealer"))

    def _do(self, action: Callable[[], object], title: str) -> bool:
        """Run one change; show its refusal; list and details show the part as saved either way."""
        try:
            action()
        except WarrantyDeskError as exc:
            self.message = show_message(self, title, str(exc))
            return False
        finally:
            selected = self.selected_tags()
            self.model.reload()
            self._reselect(selected)
        return True

    def _reselect(self, tags: list[str]) -> None:
        for row in range(min(self.model.total(), 400)):
            found = self.model.row_at(row)
            if found is not None and found.tag_no in tags:
                self.table.selectRow(row)
                return
        self.on_selection_changed()

    # --- language and showing -----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Scan a tag, or type a tag, claim or part number"))
        self.status_label.setText(self.tr("&Show:"))
        for index, (key, title) in enumerate(STATUS_CHOICES):
            self.status_filter.setItemText(
                index, QCoreApplication.translate(_CONTEXT, title) if title else label(OldPartStatus(key)))
        for index, (_key, title) in enumerate(DUE_CHOICES):
            self.due_filter.setItemText(index, QCoreApplication.translate(_CONTEXT, title))
        self.claim_button.setText(self.tr("Open &claim"))
        self.write_off_button.setText(self.tr("&Write off…"))
        self.write_off_button.setToolTip(self.tr("Lost, or released by head office: it leaves the list to return"))
        self.leave_button.setText(self.tr("&Left at dealer…"))
        self.leave_button.setToolTip(self.tr("Head office judged the part here: keep it or dispose of it"))
        self.refresh_action.setText(self.tr("Refresh"))
        self._set_widths()
        self._show_count()

    def _set_widths(self) -> None:
        header = self.table.horizontalHeader()
        unit = self.table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((15, 15, 12, 18, 5, 10, 10, 11, 12, 16)):
            self.table.setColumnWidth(column, max(chars * unit + 20, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_once:  # parts change elsewhere: approvals, shipments, head office's verdict
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
