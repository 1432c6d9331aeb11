"""Pieces of the claim editor's layout: the banners and the labour-and-parts page."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.old_parts import DueState
from app.services.claims import ClaimView
from app.services.claims.dto import ClaimOldPart
from app.ui.claims.form import CostsForm
from app.ui.claims.lines import LabourLinesModel, PartLinesModel
from app.ui.claims.lines_table import LinesTable
from app.ui.labels import label
from app.ui.old_parts.texts import remark_text


class Banner(QFrame):
    """A coloured strip across the editor: read only, or a save refused."""

    def __init__(self, name: str, background: str, foreground: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ background: {background}; border: 1px solid {foreground}; "
                           f"border-radius: 4px; }} QFrame#{name} QLabel {{ color: {foreground}; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName(f"{name}Text")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.label, 1)
        self.hide()

    def add_button(self, button: QPushButton) -> None:
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()


class OldPartsBanner(QWidget):
    """Where the claim's old parts are in their return; red when one is overdue (head office pays nothing
    for a claim whose old part does not come back)."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = Banner("oldPartsBanner", "#e8f1fb", "#0d47a1")
        self.overdue = Banner("overduePartsBanner", "#fdecea", "#b71c1c")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overdue)
        layout.addWidget(self.info)
        self.hide()

    def show_parts(self, parts: tuple[ClaimOldPart, ...]) -> None:
        late = [p for p in parts if p.due_state == DueState.OVERDUE]
        overdue = ""
        if late:
            overdue = QCoreApplication.translate(
                "ClaimEditor", "Old part {tags} overdue for return since {due}: ship it back, or head office will "
                               "not pay this claim").format(tags=", ".join(p.tag_no for p in late),
                                                            due=min(p.due_date for p in late).isoformat())
        self.overdue.set_text(overdue)
        self.overdue.setVisible(bool(late))
        others = [p for p in parts if p.due_state != DueState.OVERDUE]
        self.info.set_text(QCoreApplication.translate("ClaimEditor", "Old parts: {parts}").format(parts="; ".join(
            _part_state(p) for p in others)) if others else "")
        self.info.setVisible(bool(others))
        self.setVisible(bool(parts))


def _part_state(part: ClaimOldPart) -> str:
    state = label(part.status)
    if part.due_state in (DueState.DUE_SOON, DueState.NOT_DUE):
        state = QCoreApplication.translate("ClaimEditor", "{status}, due back {due}").format(
            status=state, due=part.due_date.isoformat())
    if part.remark:
        state = f"{state} ({remark_text(part.remark)})"
    return f"{part.tag_no} {part.part_no}: {state}"


def lines_page(labour: LabourLinesModel, parts: PartLinesModel,
               costs: CostsForm) -> tuple[LinesTable, LinesTable, QWidget]:
    """Labour lines, part lines, then travel and other costs, one under the other."""
    labour_table = LinesTable(labour, object_name="labourLines")
    labour_table.set_column_widths({"code": 10, "flat": 7, "actual": 7, "rate": 8, "amount": 10},
                                   stretch="description")
    parts_table = LinesTable(parts, object_name="partLines")
    parts_table.set_column_widths({"part_no": 13, "quantity": 6, "price": 9, "amount": 10, "causal": 4,
                                   "retain": 6, "old_serial": 12, "new_serial": 12}, stretch="name")
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(labour_table, 2)
    layout.addWidget(parts_table, 3)
    layout.addWidget(costs)
    QWidget.setTabOrder(labour_table.table, parts_table.table)
    QWidget.setTabOrder(parts_table.table, costs.by_distance)
    return labour_table, parts_table, page


def unit_text(view: ClaimView) -> str:
    """What the clerk checks after a scan: the model, whose machine it is, and when it was sold."""
    return QCoreApplication.translate("ClaimEditor", "{model} · {customer} {phone} · sold {sale}").format(
        model=view.model_name or view.model_code, customer=view.customer_name, phone=view.customer_phone,
        sale=view.sale_date.isoformat())
