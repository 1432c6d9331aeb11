"""Change one part's price without Excel. The dialog returns the new price; the page calls the service,
which keeps the old price as history exactly as a price-list import does."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_money
from app.domain.normalize import half_width
from app.services.imports.catalogue import PartRow, PriceRow
from app.ui.models.paged import ALIGN_RIGHT


class PartPriceDialog(QDialog):
    def __init__(self, part: PartRow, history: list[PriceRow], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.setObjectName("partPriceDialog")
        self.resize(520, 420)
        self.part_label = QLabel(f"{part.part_no}  {part.name}")
        font = self.part_label.font()
        font.setBold(True)
        self.part_label.setFont(font)
        self.current_label = QLabel(format_money(part.unit_price))
        self.price_field = QLineEdit(f"{part.unit_price:.2f}")
        self.price_field.setObjectName("newPrice")
        self.price_field.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,9}([.]\d{0,2})?$")))
        self.price_field.setAlignment(ALIGN_RIGHT)
        self.price_field.selectAll()
        self.history_table = QTableWidget(len(history), 3)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, price in enumerate(history):
            self.history_table.setItem(row, 0, QTableWidgetItem(price.valid_from.isoformat()))
            amount = QTableWidgetItem(format_money(price.unit_price))
            amount.setTextAlignment(ALIGN_RIGHT)
            self.history_table.setItem(row, 1, amount)
            self.history_table.setItem(row, 2, QTableWidgetItem(price.source))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.price_field.textChanged.connect(self._update_ok)

        self.form = QFormLayout()
        self.part_caption = QLabel()
        self.current_caption = QLabel()
        self.price_caption = QLabel()
        self.price_caption.setBuddy(self.price_field)
        self.form.addRow(self.part_caption, self.part_label)
        self.form.addRow(self.current_caption, self.current_label)
        self.form.addRow(self.price_caption, self.price_field)
        self.history_caption = QLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_ok()

    def price(self) -> Decimal | None:
        """The price typed, or None when the field does not hold an amount."""
        try:
            value = Decimal(half_width(self.price_field.text()).strip())
        except InvalidOperation:
            return None
        return value if value.is_finite() and value >= 0 else None

    def _update_ok(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(self.price() is not None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change the price of {part_no}").format(part_no=self.part.part_no))
        self.part_caption.setText(self.tr("Part:"))
        self.current_caption.setText(self.tr("Current price (yuan):"))
        self.price_caption.setText(self.tr("&New price (yuan):"))
        self.note_label.setText(self.tr("The current price is kept in the history below; warranty claims already "
                                        "written keep the price they were made with."))
        self.history_caption.setText(self.tr("Price history"))
        self.history_table.setHorizontalHeaderLabels([self.tr("Valid from"), self.tr("Price"), self.tr("Source")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
