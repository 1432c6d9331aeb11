"""The claim's audit trail: who changed what and when, each field with its old and new value."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.services.business_time import BUSINESS_TZ
from app.services.claims.dto import AuditView

# The audited fields of app.services.claims.editing, in the words of the form.
FIELDS: dict[str, str] = {
    "failure_date": QT_TRANSLATE_NOOP("ClaimAuditField", "Failure date"),
    "repair_date": QT_TRANSLATE_NOOP("ClaimAuditField", "Repair date"),
    "complaint": QT_TRANSLATE_NOOP("ClaimAuditField", "Complaint"),
    "cause": QT_TRANSLATE_NOOP("ClaimAuditField", "Cause"),
    "correction": QT_TRANSLATE_NOOP("ClaimAuditField", "Correction"),
    "fault_code": QT_TRANSLATE_NOOP("ClaimAuditField", "Fault code"),
    "technician": QT_TRANSLATE_NOOP("ClaimAuditField", "Technician"),
    "hour_meter": QT_TRANSLATE_NOOP("ClaimAuditField", "Hour meter"),
    "area_worked": QT_TRANSLATE_NOOP("ClaimAuditField", "Area worked"),
    "exclusion": QT_TRANSLATE_NOOP("ClaimAuditField", "Exclusion"),
    "travel_km": QT_TRANSLATE_NOOP("ClaimAuditField", "Travel distance"),
    "travel_rate": QT_TRANSLATE_NOOP("ClaimAuditField", "Travel rate"),
    "labour_amount": QT_TRANSLATE_NOOP("ClaimAuditField", "Labour amount"),
    "parts_amount": QT_TRANSLATE_NOOP("ClaimAuditField", "Parts amount"),
    "travel_amount": QT_TRANSLATE_NOOP("ClaimAuditField", "Travel amount"),
    "other_amount": QT_TRANSLATE_NOOP("ClaimAuditField", "Other costs"),
    "other_note": QT_TRANSLATE_NOOP("ClaimAuditField", "Other costs note"),
    "total_amount": QT_TRANSLATE_NOOP("ClaimAuditField", "Total"),
    "parts_wait_days": QT_TRANSLATE_NOOP("ClaimAuditField", "Days waiting for parts"),
    "customer_signed": QT_TRANSLATE_NOOP("ClaimAuditField", "Customer signed"),
    "status": QT_TRANSLATE_NOOP("ClaimAuditField", "Status"),
    "labour_lines": QT_TRANSLATE_NOOP("ClaimAuditField", "Labour lines"),
    "part_lines": QT_TRANSLATE_NOOP("ClaimAuditField", "Part lines"),
    "attachment": QT_TRANSLATE_NOOP("ClaimAuditField", "Attachment"),
    "revision": QT_TRANSLATE_NOOP("ClaimAuditField", "Revision"),
}
ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("ClaimAuditAction", "Created"),
    "update": QT_TRANSLATE_NOOP("ClaimAuditAction", "Changed"),
    "transition": QT_TRANSLATE_NOOP("ClaimAuditAction", "Status changed"),
    "attach": QT_TRANSLATE_NOOP("ClaimAuditAction", "Attached"),
    "detach": QT_TRANSLATE_NOOP("ClaimAuditAction", "Attachment removed"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("ClaimAuditField", FIELDS[name]) if name in FIELDS else name


def action_label(name: str) -> str:
    return QCoreApplication.translate("ClaimAuditAction", ACTIONS[name]) if name in ACTIONS else name


class AuditTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[AuditView, ...] = ()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("claimAudit")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def show_entries(self, entries: tuple[AuditView, ...]) -> None:
        self._entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (f"{entry.at.astimezone(BUSINESS_TZ):%Y-%m-%d %H:%M}", entry.user_name, action_label(entry.action),
                     field_label(entry.field), entry.old_value or "", entry.new_value or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ")[:300])
                item.setToolTip(text if len(text) > 40 else "")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (4, 5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Field"),
                                              self.tr("Old value"), self.tr("New value")])
        if self._entries:
            self.show_entries(self._entries)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
