"""The editor's right-hand panel: live totals and the check findings, updated as the clerk types."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.checks import Finding, Severity
from app.domain.claim_totals import Totals
from app.ui.claims.common import money
from app.ui.claims.findings import GREEN, RED, finding_text, severity_color


class FindingsPanel(QWidget):
    CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the rule code of a finding item ("" for an input problem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()
        self._problems: list[str] = []
        self._checked = False
        self.totals_title = QLabel()
        self.findings_title = QLabel()
        for title in (self.totals_title, self.findings_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.amounts: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        totals.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ("labour", "parts", "travel", "other", "total"):
            value = QLabel("0.00")
            value.setObjectName(f"total_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel()
            if key == "total":
                font = value.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.2)
                value.setFont(font)
                caption.setFont(font)
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                totals.addRow(line)
            totals.addRow(caption, value)
            self.amounts[key] = value
            self.captions[key] = caption
        self.list = QListWidget()
        self.list.setObjectName("claimFindings")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals_title)
        layout.addLayout(totals)
        layout.addSpacing(12)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.list, 1)
        self.retranslate_ui()

    # --- what the editor calls ----------------------------------------------------------------------

    def show_totals(self, totals: Totals) -> None:
        for key, value in (("labour", totals.labour), ("parts", totals.parts), ("travel", totals.travel),
                           ("other", totals.other), ("total", totals.total)):
            self.amounts[key].setText(money(value))

    def show_findings(self, findings: tuple[Finding, ...], problems: list[str], *, checked: bool = True) -> None:
        self._findings, self._problems, self._checked = findings, list(problems), checked
        self._render()

    def codes(self) -> list[str]:
        return [f.code for f in self._findings]

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def has_blocking(self) -> bool:
        return bool(self._problems) or any(f.severity == Severity.BLOCKING for f in self._findings)

    def total_text(self) -> str:
        return self.amounts["total"].text()

    def amount(self, key: str) -> Decimal:
        return Decimal(self.amounts[key].text().replace(",", ""))

    # --- drawing --------------------------------------------------------------------------------------

    def _render(self) -> None:
        self.list.clear()
        style = self.style()
        critical = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in self._problems:
            item = QListWidgetItem(critical, problem)
            item.setForeground(RED)
            item.setData(self.CODE_ROLE, "")
            self.list.addItem(item)
        for finding in self._findings:
            blocking = finding.severity == Severity.BLOCKING
            item = QListWidgetItem(critical if blocking else warning, finding_text(finding))
            item.setForeground(severity_color(finding.severity))
            item.setData(self.CODE_ROLE, finding.code)
            item.setToolTip(f"{finding.code} · {self.tr('blocking') if blocking else self.tr('warning')}")
            self.list.addItem(item)
        if not self._problems and not self._findings:
            text = self.tr("All checks passed.") if self._checked else self.tr("Enter the unit's serial number.")
            icon = QStyle.StandardPixmap.SP_DialogApplyButton if self._checked \
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            item = QListWidgetItem(style.standardIcon(icon), text)
            item.setForeground(GREEN if self._checked else self.palette().placeholderText().color())
            item.setData(self.CODE_ROLE, "")
            self.list.addItem(item)

    def retranslate_ui(self) -> None:
        self.totals_title.setText(self.tr("Totals (yuan)"))
        self.findings_title.setText(self.tr("Checks"))
        for key, text in (("labour", self.tr("Labour")), ("parts", self.tr("Parts")), ("travel", self.tr("Travel")),
                          ("other", self.tr("Other")), ("total", self.tr("Total"))):
            self.captions[key].setText(text)
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
