"""The claim editor (三包维修记录): a non-modal window with the record, its lines, attachments and
audit trail on tabs, and live totals and checks beside them.

As the clerk types, a preview (app.services.claims.preview, 300 ms after the last change) prices the
lines and runs the checks without saving; saving is one transaction in the service, refused with a
clear message if another workstation saved the claim meanwhile (the clerk's text stays in the window).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.claim_totals import Totals, Travel
from app.domain.enums import ClaimStatus
from app.domain.errors import ConcurrentEdit, WarrantyDeskError
from app.domain.money import ZERO, to_money
from app.services import claims
from app.services.claims import ClaimInput, ClaimView
from app.services.claims.listing import technicians as list_technicians
from app.services.database import Database
from app.ui.claims.attachments_tab import AttachmentsTab
from app.ui.claims.audit_tab import AuditTab
from app.ui.claims.closing import AskBeforeClosing
from app.ui.claims.common import ActorSource, show_message
from app.ui.claims.editor_clocks import attach_clock_strip
from app.ui.claims.editor_parts import Banner, OldPartsBanner, lines_page, unit_text
from app.ui.claims.editor_periods import attach_periods
from app.ui.claims.findings_panel import FindingsPanel
from app.ui.claims.form import ClaimForm, CostsForm
from app.ui.claims.lines import LabourLinesModel, PartLinesModel
from app.ui.labels import label
from app.ui.printing.repair_records import PrintButton, RepairRecordPrinting
from app.ui.stock.emergency_dialog import EmergencyOrderDialog

PREVIEW_DELAY_MS = 300
REWORKABLE = (ClaimStatus.REJECTED, ClaimStatus.SETTLED_PARTIAL)


class ClaimEditor(AskBeforeClosing, QDialog):
    saved = Signal(int)  # the claim's id, after a save or a change of status

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 claim_id: int | None = None, technicians: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setModal(False)
        self._database, self._actor, self._today = database, actor, today
        self.view: ClaimView | None = None
        self.dirty = False
        self.message: QMessageBox | None = None
        self._is_manager = actor().is_manager
        if technicians is None:
            technicians = _safe(lambda: list_technicians(database), [])

        self.title = QLabel()
        self.title.setObjectName("claimTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.read_only_banner = Banner("readOnlyBanner", "#fff4e5", "#8a4b00")
        self.conflict_banner = Banner("conflictBanner", "#fdecea", "#b71c1c")
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadClaim")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        self.conflict_banner.add_button(self.reload_button)
        self.old_parts_banner = OldPartsBanner()

        self.form = ClaimForm(technicians=technicians)
        self.costs = CostsForm()
        self.labour = LabourLinesModel(self)
        self.parts = PartLinesModel(self)
        self.labour_table, self.parts_table, lines_widget = lines_page(self.labour, self.parts, self.costs)
        self.attachments = AttachmentsTab(database, actor, today)
        self.audit = AuditTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("claimTabs")
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(lines_widget, "")
        self.tabs.addTab(self.attachments, "")
        self.tabs.addTab(self.audit, "")
        self.findings = FindingsPanel()
        self.findings.setMinimumWidth(280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveClaim")
        self.ready_button = QPushButton()
        self.ready_button.setObjectName("markReady")
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveClaim")
        self.rework_button = QPushButton()
        self.rework_button.setObjectName("reworkClaim")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeClaim")
        # Prints the saved record (what head office is paid on), not unsaved edits.
        self.printing = RepairRecordPrinting(database, lambda: [self.claim_id] if self.claim_id else [],
                                             today=today, parent=self)
        self.print_button = PrintButton(self.printing)
        self.emergency_button = QPushButton()
        self.emergency_button.setObjectName("emergencyOrder")
        self.emergency_button.clicked.connect(self.open_emergency_orders)
        self.emergency_dialog: EmergencyOrderDialog | None = None  # kept: see app/ui/stock/emergency_dialog.py
        buttons = QHBoxLayout()
        for button in (self.save_button, self.ready_button, self.approve_button, self.rework_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.emergency_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        for button in (self.save_button, self.ready_button, self.approve_button, self.rework_button, self.close_button,
                       self.emergency_button):
            button.setAutoDefault(False)  # Enter after a scanned serial number must not save or close
        self.save_button.clicked.connect(self.save)
        self.ready_button.clicked.connect(self.mark_ready)
        self.approve_button.clicked.connect(self.approve)
        self.rework_button.clicked.connect(self.rework)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.old_parts_banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.clock_strip = attach_clock_strip(self, database)  # the 三包 repair clock, under the title
        self.periods = attach_periods(self, database)  # whole machine, main components, wear parts

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.run_preview)
        for source in (self.form.changed, self.costs.changed, self.labour.changed, self.parts.changed):
            source.connect(self.on_changed)
        self.form.serial_entered.connect(self.on_serial_entered)
        self.attachments.changed.connect(self.on_attachments_changed)

        self.resize(1200, 780)
        if claim_id is None:
            self.load(None)
        else:
            self.load(claims.get_claim(database, claim_id, today()))

    # --- state ----------------------------------------------------------------------------------------

    @property
    def claim_id(self) -> int | None:
        return self.view.id if self.view else None

    @property
    def read_only(self) -> bool:
        return bool(self.view and self.view.read_only)

    def load(self, view: ClaimView | None) -> None:
        """Show a claim as saved (None: a new, empty one)."""
        self.preview_timer.stop()
        self.view = view
        data = view.input if view else None
        self.form.load(data, self._today())
        self.costs.load(data)
        self.labour.load(view.labour if view else ())
        self.parts.load(view.parts if view else ())
        read_only = self.read_only
        for widget in (self.form, self.costs):
            widget.set_read_only(read_only)
        self.labour_table.set_read_only(read_only)
        self.parts_table.set_read_only(read_only)
        self.attachments.set_claim(self.claim_id, read_only=read_only)
        self.audit.show_entries(view.audit if view else ())
        self.conflict_banner.hide()
        if view is None:
            self.findings.show_totals(Totals(ZERO, ZERO, ZERO, ZERO))
            self.findings.show_findings((), [], checked=False)
            self.form.show_unit("", found=True)
        else:
            self.findings.show_totals(Totals(view.labour_amount, view.parts_amount, view.travel_amount,
                                             view.other_amount))
            self.findings.show_findings(view.findings, [])
            self.form.show_unit(unit_text(view), found=True)
        self.dirty = False
        self.retranslate_ui()
        if view is None:
            self.form.serial.setFocus(Qt.FocusReason.OtherFocusReason)

    def collect(self) -> tuple[ClaimInput | None, list[str], list[int], list[int]]:
        """The input as typed, what cannot be read, and which table rows were sent."""
        header, problems = self.form.values()
        costs, cost_problems = self.costs.values()
        labour, labour_rows, labour_problems = self.labour.to_inputs()
        parts, part_rows, part_problems = self.parts.to_inputs()
        problems += cost_problems + labour_problems + part_problems
        if not header["unit_serial"]:
            return None, problems, labour_rows, part_rows
        service_entry = self.view.input.service_entry_id if self.view else None
        data = ClaimInput(**header, **costs, labour=labour, parts=parts, service_entry_id=service_entry)
        return data, problems, labour_rows, part_rows

    # --- live totals and checks -------------------------------------------------------------------------

    def on_changed(self) -> None:
        if self.read_only:
            return
        self.dirty = True
        self._instant_totals()
        self._update_buttons()
        self.preview_timer.start()

    def on_serial_entered(self) -> None:
        self.run_preview()
        self.form.failure_date.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_attachments_changed(self) -> None:
        """A photo can clear a check, and the audit trail lists it; what the clerk typed stays as it is.
        A captured signature changes the claim itself (signed, new version): with nothing unsaved the
        editor takes that version, so the next save is not refused as somebody else's change."""
        if self.view is not None and not self.dirty:
            self.reload()
            return
        if self.view is not None:
            try:
                self.audit.show_entries(claims.get_claim(self._database, self.view.id, self._today()).audit)
            except WarrantyDeskError as exc:
                self._tell(self.tr("The claim cannot be reloaded"), str(exc))
        self.run_preview()

    def _instant_totals(self) -> None:
        """Totals from what is known at once; the preview corrects them a moment later."""
        costs, _problems = self.costs.values()
        labour = sum((a for a in map(self.labour.amount_of, self.labour.rows) if a is not None), ZERO)
        parts = sum((a for a in map(self.parts.amount_of, self.parts.rows) if a is not None), ZERO)
        travel = Travel(costs["travel_km"], costs["travel_rate"], costs["travel_fixed"]).amount()
        other = to_money(costs["other_amount"]) if costs["other_amount"] >= 0 else ZERO
        self.findings.show_totals(Totals(labour, parts, travel, other))

    def run_preview(self) -> None:
        """Price the lines and run the checks on what is typed, without saving."""
        self.preview_timer.stop()
        if self.read_only:
            return
        data, problems, labour_rows, part_rows = self.collect()
        if data is None:
            self.form.show_unit("", found=True)
            self.findings.show_findings((), problems, checked=False)
            return
        today = self._today()
        try:
            view = claims.preview(self._database, data, today, self.claim_id)
            self.labour.apply_preview(labour_rows, view.labour)
            self.parts.apply_preview(part_rows, view.parts)
            self.findings.show_totals(Totals(view.labour_amount, view.parts_amount, view.travel_amount,
                                             view.other_amount))
        except WarrantyDeskError as exc:
            problems.append(str(exc))
            self._instant_totals()
            try:  # the header alone: the unit and the checks that do not need the lines
                view = claims.preview(self._database, replace(data, labour=(), parts=()), today, self.claim_id)
            except WarrantyDeskError as header_exc:  # not only bad input: a server out of reach too
                self.form.show_unit(str(header_exc), found=False)
                self.findings.show_findings((), problems[:-1] + [str(header_exc)])
                self._update_buttons()
                return
        self.form.show_unit(unit_text(view), found=True)
        self.findings.show_findings(view.findings, problems)
        self._update_buttons()

    # --- actions ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.read_only:
            return False
        data, problems, _labour_rows, _part_rows = self.collect()
        if data is None:
            problems.insert(0, self.tr("Enter the unit's serial number."))
        if problems or data is None:
            self._tell(self.tr("The claim cannot be saved yet"), "\n".join(problems))
            return False
        try:  # the actor too: finding the acting user needs the database, which may be out of reach
            actor, today = self._actor(), self._today()
            if self.view is None:
                view = claims.create_claim(self._database, actor, data, today)
            else:
                view = claims.update_claim(self._database, actor, self.view.id, self.view.version, data, today)
        except ConcurrentEdit:
            self._show_conflict()
            return False
        except WarrantyDeskError as exc:
            self._tell(self.tr("The claim was not saved"), str(exc))
            return False
        self.load(view)
        self.saved.emit(view.id)
        return True

    def mark_ready(self) -> None:
        if (self.dirty or self.view is None) and not self.save():
            return
        assert self.view is not None
        try:
            view = claims.mark_ready(self._database, self._actor(), self.view.id, self.view.version, self._today())
        except ConcurrentEdit:
            self._show_conflict()
            return
        except WarrantyDeskError as exc:
            self._tell(self.tr("The claim cannot be marked ready"), str(exc))
            return
        self.load(view)
        self.saved.emit(view.id)

    def approve(self) -> None:
        if self.view is None:
            return
        try:
            result = claims.approve(self._database, self._actor(), [self.view.id], self._today())
        except WarrantyDeskError as exc:  # a clerk: approval needs the service manager role
            self._tell(self.tr("The claim was not approved"), str(exc))
            return
        if result.refused:
            self._tell(self.tr("The claim was not approved"), "\n".join(why for _no, why in result.refused))
        self.reload()
        self.saved.emit(self.view.id)

    def rework(self) -> None:
        if self.view is None:
            return
        try:
            view = claims.rework(self._database, self._actor(), self.view.id, self._today())
        except WarrantyDeskError as exc:
            self._tell(self.tr("The claim cannot be reworked"), str(exc))
            return
        self.load(view)
        self.saved.emit(view.id)

    def open_emergency_orders(self) -> EmergencyOrderDialog | None:
        """A part this repair waits for is not in stock: order it; receiving it records the waiting days."""
        if self.claim_id is None:
            return None
        self.emergency_dialog = EmergencyOrderDialog(self._database, self.claim_id, self._actor, self._today,
                                                     parent=self)
        self.emergency_dialog.changed.connect(self.reload)
        self.emergency_dialog.open()
        return self.emergency_dialog

    def reload(self) -> None:
        """Show the claim as saved now, dropping unsaved changes (after a refused save, on request)."""
        if self.view is None:
            return
        try:
            self.load(claims.get_claim(self._database, self.view.id, self._today()))
        except WarrantyDeskError as exc:
            self._tell(self.tr("The claim cannot be reloaded"), str(exc))

    def _show_conflict(self) -> None:
        self.conflict_banner.set_text(self.tr(
            "Saved on another workstation after you opened it: your changes were NOT saved, but they are still here."))
        self.conflict_banner.show()
        self._tell(self.tr("Changed on another workstation"), self.tr(
            "Copy what you need from this window, then reload the saved claim and make your changes again."))

    def _tell(self, title: str, text: str) -> None:
        self.message = show_message(self, title, text)

    # --- words ------------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        view, read_only = self.view, self.read_only
        status = view.status if view else ClaimStatus.DRAFT
        self.save_button.setEnabled(not read_only and (self.dirty or view is None))
        self.ready_button.setEnabled(not read_only and status == ClaimStatus.DRAFT and not self.findings.has_blocking())
        self.approve_button.setEnabled(self._is_manager and status == ClaimStatus.READY and not self.dirty)
        self.approve_button.setToolTip("" if self._is_manager else self.tr("Approval needs the service manager role"))
        self.rework_button.setVisible(status in REWORKABLE)
        self.print_button.setEnabled(view is not None)
        self.emergency_button.setEnabled(view is not None and status != ClaimStatus.CANCELLED)

    def retranslate_ui(self) -> None:
        view = self.view
        if view is None:
            title = self.tr("New warranty claim")
        else:
            title = self.tr("Warranty claim {number} (revision {revision}) — {status}").format(
                number=view.claim_no, revision=view.revision, status=label(view.status))
        self.title.setText(title)
        self.setWindowTitle(title)
        if view is not None and view.read_only:
            if view.status == ClaimStatus.IN_BATCH:
                text = self.tr("In batch {batch} — read only").format(batch=view.batch_no)
            elif view.batch_no:
                text = self.tr("{status}, batch {batch} — read only").format(status=label(view.status),
                                                                             batch=view.batch_no)
            else:
                text = self.tr("{status} — read only").format(status=label(view.status))
            self.read_only_banner.set_text(text)
        self.read_only_banner.setVisible(self.read_only)
        self.old_parts_banner.show_parts(view.old_parts if view else ())
        for index, text in enumerate((self.tr("Repair recor&d"), self.tr("&Labour and parts"),
                                      self.tr("&Attachments"), self.tr("Aud&it trail"))):
            self.tabs.setTabText(index, text)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.ready_button.setText(self.tr("&Mark ready"))
        self.ready_button.setToolTip(self.tr("Ready for the service manager: no blocking check may remain"))
        self.approve_button.setText(self.tr("Appro&ve"))
        self.rework_button.setText(self.tr("Rewor&k as a new revision"))
        self.close_button.setText(self.tr("Close"))
        self.emergency_button.setText(self.tr("&Emergency order…"))
        self.emergency_button.setToolTip(
            self.tr("Order a part this repair waits for; the waiting days go on the claim"))
        self.reload_button.setText(self.tr("Reload the saved claim"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _safe(load: Callable[[], list[str]], default: list[str]) -> list[str]:
    try:
        return load()
    except WarrantyDeskError:
        return default

