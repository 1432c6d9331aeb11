"""Pieces of the claim editor's layout: the banners and the labour-and-parts page."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.claims import ClaimView
from app.ui.claims.form import CostsForm
from app.ui.claims.lines import LabourLinesModel, PartLinesModel
from app.ui.claims.lines_table import LinesTable


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
