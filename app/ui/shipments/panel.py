"""One return shipment (旧件返厂单): built by scanning tags into the scan field (a keyboard-wedge scanner
types the tag and Enter) or picking from the shelf, shipped once, then read-only until head office's
verdict comes back."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldPartStatus
from app.domain.errors import WarrantyDeskError
from app.domain.normalize import clean_code
from app.services import shipments, verdicts
from app.services.database import Database
from app.services.shipments import ShipmentView
from app.ui.claims.common import ActorSource, NotANumber, show_message
from app.ui.labels import label
from app.ui.old_parts.texts import remark_text
from app.ui.printing.form_printing import PrintButton
from app.ui.printing.old_parts import PackingListPrinting, TagPrinting
from app.ui.shipments.inspection_dialog import InspectionImportDialog
from app.ui.shipments.pick_dialog import PickPartsDialog
from app.ui.shipments.shipping_form import ShippingForm
from app.ui.shipments.verdicts_dialog import VerdictsDialog

_STYLE = """
QLabel#scanMessage[ok="true"] { color: #1b5e20; font-weight: bold; }
QLabel#scanMessage[ok="false"] { color: #b71c1c; font-weight: bold; }
"""


class ShipmentPanel(QWidget):
    changed = Signal()  # the shipment or its parts changed: the list shows it again

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._actor, self._today = database, actor, today
        self.view: ShipmentView | None = None
        self.message: QMessageBox | None = None
        self.pick_dialog: PickPartsDialog | None = None
        self.verdicts_dialog: VerdictsDialog | None = None
        self.import_dialog: InspectionImportDialog | None = None
        self.setStyleSheet(_STYLE)

        self.title = QLabel()
        self.title.setObjectName("shipmentTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.packing_printing = PackingListPrinting(database, lambda: self.view.shipment_no if self.view else "",
                                                    parent=self)
        self.packing_button = PrintButton(self.packing_printing, text=lambda: self.tr("Packing &list"))
        self.tag_printing = TagPrinting(database, self.tags_to_print, parent=self)
        self.tags_button = PrintButton(self.tag_printing, text=lambda: self.tr("Print &tags"))

        self.scan_label = QLabel()
        self.scan = QLineEdit()
        self.scan.setObjectName("scanTag")
        self.scan.setClearButtonEnabled(True)
        self.scan_label.setBuddy(self.scan)
        self.scan.returnPressed.connect(self.on_scan_return_pressed)
        self.pick_button = QPushButton()
        self.pick_button.setObjectName("pickParts")
        self.pick_button.setAutoDefault(False)
        self.pick_button.clicked.connect(self.open_pick_dialog)
        self.scan_message = QLabel()
        self.scan_message.setObjectName("scanMessage")
        self.scan_message.setWordWrap(True)

        self.lines = QTableWidget(0, 7)
        self.lines.setObjectName("shipmentLines")
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setAlternatingRowColors(True)
        self.lines.setWordWrap(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.lines.itemSelectionChanged.connect(self._enable)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeTag")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.count_label = QLabel()

        self.form = ShippingForm()
        self.form.ship_requested.connect(self.ship)
        self.form.receive_requested.connect(self.mark_received)
        self.verdicts_button = QPushButton()
        self.verdicts_button.setObjectName("enterVerdicts")
        self.verdicts_button.setAutoDefault(False)
        self.verdicts_button.clicked.connect(self.open_verdicts_dialog)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importInspection")
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.open_import_dialog)
        self.form.verdicts_row.addWidget(self.verdicts_button)
        self.form.verdicts_row.addWidget(self.import_button)
        self.form.verdicts_row.addStretch(1)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.tags_button)
        heading.addWidget(self.packing_button)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.pick_button)
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.remove_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(heading)
        body.addLayout(scan_row)
        body.addWidget(self.scan_message)
        body.addWidget(self.lines, 1)
        body.addLayout(under)
        body.addWidget(self.form)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.body, 1)
        self.retranslate_ui()
        self.show_shipment(None)

    # --- showing ----------------------------------------------------------------------------------------

    def load(self, shipment_id: int) -> None:
        try:
            self.show_shipment(shipments.get_shipment(self._database, shipment_id))
        except WarrantyDeskError as exc:
            self.show_shipment(None)
            self.empty_label.setText(str(exc))

    def show_shipment(self, view: ShipmentView | None) -> None:
        self.view = view
        self.empty_label.setVisible(view is None)
        self.body.setVisible(view is not None)
        self.form.load(view, self._today())
        self.lines.setRowCount(len(view.lines) if view else 0)
        for row, line in enumerate(view.lines if view else ()):
            cells = (line.tag_no, line.claim_no, line.part_no, line.part_name, f"{line.quantity.normalize():f}",
                     label(line.status), remark_text(line.remark))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, item)
        self._retitle()
        self._enable()

    def _retitle(self) -> None:
        view = self.view
        if view is None:
            return
        self.title.setText(self.tr("Return shipment {number} — {status}").format(
            number=view.shipment_no, status=label(view.status)))
        self.count_label.setText(self.tr("{count} old parts").format(count=len(view.lines)))

    def _enable(self) -> None:
        view = self.view
        draft = view is not None and not view.read_only
        for widget in (self.scan, self.pick_button):
            widget.setEnabled(draft)
        self.remove_button.setEnabled(draft and bool(self.lines.selectionModel().selectedRows()))
        has_lines = bool(view and view.lines)
        self.packing_button.setEnabled(has_lines)
        self.tags_button.setEnabled(has_lines)
        open_verdicts = bool(view and view.shipped_on and any(
            line.status in (OldPartStatus.SHIPPED, OldPartStatus.RECEIVED) for line in view.lines))
        self.verdicts_button.setEnabled(open_verdicts)
        self.import_button.setEnabled(open_verdicts)

    def tags_to_print(self) -> list[str]:
        """The selected lines' tags, or every tag of the shipment."""
        if self.view is None:
            return []
        rows = sorted({index.row() for index in self.lines.selectionModel().selectedRows()})
        chosen = [self.view.lines[r].tag_no for r in rows if r < len(self.view.lines)]
        return chosen or [line.tag_no for line in self.view.lines]

    # --- building -------------------------------------------------------------------------------------

    def on_scan_return_pressed(self) -> None:
        text = self.scan.text()
        if text.strip():
            self.add_tag(text)
        self.scan.clear()  # ready for the next scan

    def add_tag(self, text: str) -> bool:
        if self.view is None:
            return False
        try:
            view = shipments.add_tag(self._database, self._actor(), self.view.id, text)
        except WarrantyDeskError as exc:
            self._say(str(exc), ok=False)
            QApplication.beep()
            return False
        self.show_shipment(view)
        self._say(self.tr("Added {tag}.").format(tag=clean_code(text)), ok=True)
        self.changed.emit()
        return True

    def add_tags(self, tags: list[str]) -> None:
        if self.view is None:
            return
        refused: list[str] = []
        for tag in tags:
            try:
                shipments.add_tag(self._database, self._actor(), self.view.id, tag)
            except WarrantyDeskError as exc:
                refused.append(str(exc))
        self.load(self.view.id)
        if refused:
            self._say(self.tr("{added} added; refused: {refused}").format(
                added=len(tags) - len(refused), refused="; ".join(refused)), ok=False)
        else:
            self._say(self.tr("{count} old parts added.").format(count=len(tags)), ok=True)
        self.changed.emit()

    def remove_selected(self) -> None:
        if self.view is None:
            return
        for tag in [self.view.lines[index.row()].tag_no for index in self.lines.selectionModel().selectedRows()]:
            try:
                shipments.remove_tag(self._database, self._actor(), self.view.id, tag)
            except WarrantyDeskError as exc:
                self._say(str(exc), ok=False)
                break
        self.load(self.view.id)
        self.changed.emit()

    def open_pick_dialog(self) -> PickPartsDialog:
        dialog = PickPartsDialog(self._database, today=self._today, parent=self)
        dialog.picked.connect(self.add_tags)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pick_dialog = dialog
        dialog.open()
        return dialog

    def _say(self, text: str, *, ok: bool) -> None:
        self.scan_message.setText(text)
        self.scan_message.setProperty("ok", ok)
        self.scan_message.style().unpolish(self.scan_message)
        self.scan_message.style().polish(self.scan_message)

    # --- shipping and head office -----------------------------------------------------------------

    def ship(self) -> bool:
        if self.view is None:
            return False
        try:
            carrier, waybill, truck, shipped_on, packages, weight = self.form.values()
            view = shipments.ship(self._database, self._actor(), self.view.id, carrier, waybill, truck, shipped_on,
                                  packages, weight)
        except NotANumber as exc:
            self.message = show_message(self, self.tr("Ship"), self.tr("The weight is not a number: {text}").format(
                text=exc))
            return False
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Ship"), str(exc))
            return False
        self.show_shipment(view)
        self.changed.emit()
        return True

    def mark_received(self) -> bool:
        if self.view is None:
            return False
        try:
            view = shipments.mark_received(self._database, self._actor(), self.view.id, self.form.received_date())
        except WarrantyDeskError as exc:
            self.message = show_message(self, self.tr("Mark received"), str(exc))
            return False
        self.show_shipment(view)
        self.changed.emit()
        return True

    def open_verdicts_dialog(self) -> VerdictsDialog | None:
        if self.view is None:
            return None
        dialog = VerdictsDialog(self.view, parent=self)
        dialog.entered.connect(lambda entries, d=dialog: self.save_verdicts(entries, d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.verdicts_dialog = dialog
        dialog.open()
        return dialog

    def save_verdicts(self, entries: list[verdicts.Verdict], dialog: VerdictsDialog | None = None) -> bool:
        if self.view is None:
            return False
        try:
            verdicts.record_verdicts(self._database, self._actor(), self.view.id, entries, self._today())
        except WarrantyDeskError as exc:
            if dialog is not None:
                dialog.show_error(str(exc))
            else:
                self.message = show_message(self, self.tr("Head office's verdict"), str(exc))
            return False
        if dialog is not None:
            dialog.done_ok()
        self.load(self.view.id)
        self.changed.emit()
        return True

    def open_import_dialog(self) -> InspectionImportDialog:
        dialog = InspectionImportDialog(self._database, actor=self._actor(), today=self._today, parent=self)
        dialog.imported.connect(lambda _result: self._after_import())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        if self.view is not None:
            self.load(self.view.id)
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.scan_label.setText(self.tr("S&can tag:"))
        self.scan.setPlaceholderText(self.tr("Scan the tag's barcode, or type the tag number and press Enter"))
        self.pick_button.setText(self.tr("&Pick from the shelf…"))
        self.lines.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Claim"), self.tr("Part no."),
                                              self.tr("Part name"), self.tr("Qty"), self.tr("Status"),
                                              self.tr("Head office remark")])
        self.remove_button.setText(self.tr("&Remove from the shipment"))
        self.verdicts_button.setText(self.tr("Enter the &verdict…"))
        self.verdicts_button.setToolTip(self.tr("Type in head office's verdict tag by tag"))
        self.import_button.setText(self.tr("&Import the inspection result…"))
        self.import_button.setToolTip(self.tr("Head office's Excel file: received, usable or scrap, per tag"))
        self.empty_label.setText(self.tr("Choose a shipment on the left, or start a new one."))
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

