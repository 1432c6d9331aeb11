"""The labour and part lines of the claim editor: small editable table models over what the clerk
typed, showing in grey what the service fills in by itself (flat-rate hours, the model's labour
rate, the catalogue price on the repair date, whether a part must be kept as an old part)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.domain.claim_totals import labour_amount, part_amount
from app.services.claims import LabourLineInput, PartLineInput
from app.services.claims.dto import LabourLineView, PartLineView
from app.ui.claims.common import NotANumber, money, parse_decimal, plain

Index = QModelIndex | QPersistentModelIndex
AUTO = QColor("#757575")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


@dataclass
class LabourRow:
    code: str = ""
    description: str = ""
    actual: str = ""
    rate: str = ""  # blank: the model's labour rate
    preview: LabourLineView | None = None

    def is_blank(self) -> bool:
        return not (self.code.strip() or self.description.strip() or self.actual.strip() or self.rate.strip())


@dataclass
class PartRow:
    part_no: str = ""
    quantity: str = "1"
    price: str = ""  # blank: the catalogue price on the repair date
    causal: bool = False
    retain: bool | None = None  # None: kept when head office wants the part back
    old_serial: str = ""
    new_serial: str = ""
    preview: PartLineView | None = None

    def is_blank(self) -> bool:
        return not (self.part_no.strip() or self.price.strip() or self.old_serial.strip()
                    or self.new_serial.strip())

    @property
    def retained(self) -> bool:
        if self.retain is not None:
            return self.retain
        return bool(self.preview and self.preview.retain)


def _number(text: str) -> Decimal | None:
    try:
        return parse_decimal(text)
    except NotANumber:
        return None


class _LinesModel(QAbstractTableModel):
    """Rows of one kind; subclasses say what each column shows and accepts."""

    changed = Signal()
    COLUMNS: tuple[tuple[str, str], ...] = ()  # (key, title source text)
    CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.read_only = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return section + 1 if orientation == Qt.Orientation.Vertical else None

    def key(self, column: int) -> str:
        return self.COLUMNS[column][0]

    def column_of(self, key: str) -> int:
        return [k for k, _title in self.COLUMNS].index(key)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def add_row(self, row: Any) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        self.changed.emit()
        return len(self.rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))


class LabourLinesModel(_LinesModel):
    CONTEXT = "LabourLinesModel"
    COLUMNS = (
        ("code", QT_TRANSLATE_NOOP("LabourLinesModel", "Operation code")),
        ("description", QT_TRANSLATE_NOOP("LabourLinesModel", "Description")),
        ("flat", QT_TRANSLATE_NOOP("LabourLinesModel", "Flat-rate h")),
        ("actual", QT_TRANSLATE_NOOP("LabourLinesModel", "Actual h")),
        ("rate", QT_TRANSLATE_NOOP("LabourLinesModel", "Rate/h")),
        ("amount", QT_TRANSLATE_NOOP("LabourLinesModel", "Amount")),
    )
    EDITABLE = frozenset({"code", "description", "actual", "rate"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model_rate: Decimal | None = None  # learnt from the first preview with a blank rate

    def rate_of(self, row: LabourRow) -> Decimal | None:
        own = _number(row.rate)
        if own is not None or row.rate.strip():
            return own
        return row.preview.hourly_rate if row.preview else self.model_rate

    def amount_of(self, row: LabourRow) -> Decimal | None:
        hours, rate = _number(row.actual), self.rate_of(row)
        return labour_amount(hours, rate) if hours is not None and rate is not None and hours > 0 < rate else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: LabourRow = self.rows[index.row()]
        key = self.key(index.column())
        auto = (key == "description" and not row.description.strip()) or (key == "rate" and not row.rate.strip())
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "description":
                return row.description or (row.preview.description if row.preview else "")
            if key == "flat":
                return plain(row.preview.flat_rate_hours) if row.preview else ""
            if key == "rate":
                rate = self.rate_of(row)
                return money(rate) if rate is not None else row.rate
            if key == "amount":
                return money(self.amount_of(row))
            return getattr(row, key)
        if role == Qt.ItemDataRole.EditRole and key in self.EDITABLE:
            return getattr(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and (auto or key == "flat"):
            return AUTO
        if role == Qt.ItemDataRole.FontRole and auto:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("flat", "actual", "rate", "amount"):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and key == "rate" and auto:
            return QCoreApplication.translate("LabourLinesModel", "Blank: the model's labour rate")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and self.key(index.column()) in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        key = self.key(index.column()) if index.isValid() else ""
        if role != Qt.ItemDataRole.EditRole or key not in self.EDITABLE or self.read_only:
            return False
        row: LabourRow = self.rows[index.row()]
        text = str(value or "").strip() if key != "description" else str(value or "")
        if getattr(row, key) == text:
            return False
        setattr(row, key, text)
        if key == "code":
            row.preview = None  # the flat rate belonged to the old operation
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        self.changed.emit()
        return True

    def to_inputs(self) -> tuple[tuple[LabourLineInput, ...], list[int], list[str]]:
        """The lines to send, the rows they came from, and what stops the others (translated)."""
        lines: list[LabourLineInput] = []
        sent: list[int] = []
        problems: list[str] = []
        for i, row in enumerate(self.rows):
            if row.is_blank():
                continue
            n = i + 1
            hours, rate = _number(row.actual), _number(row.rate)
            wrong = []
            if not row.code.strip():
                wrong.append(QCoreApplication.translate(
                    "LabourLinesModel", "Labour line {n}: enter the operation code.").format(n=n))
            if not row.actual.strip():
                wrong.append(QCoreApplication.translate(
                    "LabourLinesModel", "Labour line {n}: enter the hours worked.").format(n=n))
            elif hours is None:
                wrong.append(QCoreApplication.translate(
                    "LabourLinesModel", "Labour line {n}: the hours “{text}” are not a number.")
                             .format(n=n, text=row.actual))
            elif hours <= 0:
                wrong.append(QCoreApplication.translate(
                    "LabourLinesModel", "Labour line {n}: the hours must be more than zero.").format(n=n))
            if row.rate.strip() and rate is None:
                wrong.append(QCoreApplication.translate(
                    "LabourLinesModel", "Labour line {n}: the rate “{text}” is not a number.")
                             .format(n=n, text=row.rate))
            elif rate is not None and rate <= 0:
                wrong.append(QCoreApplication.translate(
                    "LabourLinesModel", "Labour line {n}: the rate must be more than zero.").format(n=n))
            if wrong:
                problems += wrong
                continue
            assert hours is not None
            lines.append(LabourLineInput(row.code, hours, rate, None, row.description.strip()))
            sent.append(i)
        return tuple(lines), sent, problems

    def apply_preview(self, sent: list[int], views: tuple[LabourLineView, ...]) -> None:
        previews = dict(zip(sent, views, strict=False))
        for i, row in enumerate(self.rows):
            row.preview = previews.get(i)
            if row.preview is not None and not row.rate.strip():
                self.model_rate = row.preview.hourly_rate
        self.refresh_all()

    def load(self, views: tuple[LabourLineView, ...]) -> None:
        self.set_rows([LabourRow(v.operation_code, v.description, plain(v.actual_hours), plain(v.hourly_rate), v)
                       for v in views])


class PartLinesModel(_LinesModel):
    CONTEXT = "PartLinesModel"
    COLUMNS = (
        ("part_no", QT_TRANSLATE_NOOP("PartLinesModel", "Part number")),
        ("name", QT_TRANSLATE_NOOP("PartLinesModel", "Name")),
        ("quantity", QT_TRANSLATE_NOOP("PartLinesModel", "Quantity")),
        ("price", QT_TRANSLATE_NOOP("PartLinesModel", "Unit price")),
        ("amount", QT_TRANSLATE_NOOP("PartLinesModel", "Amount")),
        ("causal", QT_TRANSLATE_NOOP("PartLinesModel", "Causal")),
        ("retain", QT_TRANSLATE_NOOP("PartLinesModel", "Keep old part")),
        ("old_serial", QT_TRANSLATE_NOOP("PartLinesModel", "Old serial no.")),
        ("new_serial", QT_TRANSLATE_NOOP("PartLinesModel", "New serial no.")),
    )
    EDITABLE = frozenset({"part_no", "quantity", "price", "old_serial", "new_serial"})
    CHECKS = frozenset({"causal", "retain"})

    def price_of(self, row: PartRow) -> Decimal | None:
        own = _number(row.price)
        if own is not None or row.price.strip():
            return own
        return row.preview.unit_price if row.preview else None

    def amount_of(self, row: PartRow) -> Decimal | None:
        quantity, price = _number(row.quantity), self.price_of(row)
        return part_amount(quantity, price) if quantity is not None and price is not None and quantity > 0 \
            and price >= 0 else None

    def _serials_open(self, row: PartRow) -> bool:
        """Serial numbers belong to a replaced main component (engine, gearbox, pump)."""
        return bool(row.preview and row.preview.is_main_component) or bool(row.old_serial or row.new_serial)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PartRow = self.rows[index.row()]
        key = self.key(index.column())
        auto = (key == "price" and not row.price.strip()) or (key == "retain" and row.retain is None)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return row.preview.part_name if row.preview else ""
            if key == "price":
                price = self.price_of(row)
                return money(price) if price is not None else row.price
            if key == "amount":
                return money(self.amount_of(row))
            if key in self.CHECKS:
                return None
            return getattr(row, key)
        if role == Qt.ItemDataRole.EditRole and key in self.EDITABLE:
            return getattr(row, key)
        if role == Qt.ItemDataRole.CheckStateRole and key in self.CHECKS:
            on = row.causal if key == "causal" else row.retained
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and (auto or key == "name"):
            return AUTO
        if role == Qt.ItemDataRole.FontRole and auto and key == "price":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("quantity", "price", "amount") else (CENTRE if key in self.CHECKS else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return None

    def _tooltip(self, row: PartRow, key: str) -> str | None:
        if key == "price" and not row.price.strip():
            return QCoreApplication.translate("PartLinesModel", "Blank: the catalogue price on the repair date")
        if key == "retain" and row.preview and row.preview.must_return:
            return QCoreApplication.translate(
                "PartLinesModel", "Head office wants this part back: keep it as an old part")
        if key in ("old_serial", "new_serial"):
            return QCoreApplication.translate("PartLinesModel", "For a replaced main component (engine, gearbox, pump)")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = self.key(index.column())
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if key in self.CHECKS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif key in self.EDITABLE and (key not in ("old_serial", "new_serial")
                                       or self._serials_open(self.rows[index.row()])):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        row: PartRow = self.rows[index.row()]
        key = self.key(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and key in self.CHECKS:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if key == "causal":
                row.causal = on
            else:
                row.retain = on  # the clerk decided: no longer follows the catalogue
        elif role == Qt.ItemDataRole.EditRole and key in self.EDITABLE:
            text = str(value or "").strip()
            if getattr(row, key) == text:
                return False
            setattr(row, key, text)
            if key == "part_no":
                row.preview = None  # name, price and flags belonged to the old part number
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        self.changed.emit()
        return True

    def to_inputs(self) -> tuple[tuple[PartLineInput, ...], list[int], list[str]]:
        lines: list[PartLineInput] = []
        sent: list[int] = []
        problems: list[str] = []
        for i, row in enumerate(self.rows):
            if row.is_blank():
                continue
            n = i + 1
            quantity, price = _number(row.quantity), _number(row.price)
            wrong = []
            if not row.part_no.strip():
                wrong.append(QCoreApplication.translate(
                    "PartLinesModel", "Part line {n}: enter the part number.").format(n=n))
            if quantity is None:
                wrong.append(QCoreApplication.translate(
                    "PartLinesModel", "Part line {n}: the quantity “{text}” is not a number.")
                             .format(n=n, text=row.quantity))
            elif quantity <= 0:
                wrong.append(QCoreApplication.translate(
                    "PartLinesModel", "Part line {n}: the quantity must be more than zero.").format(n=n))
            if row.price.strip() and price is None:
                wrong.append(QCoreApplication.translate(
                    "PartLinesModel", "Part line {n}: the unit price “{text}” is not a number.")
                             .format(n=n, text=row.price))
            elif price is not None and price < 0:
                wrong.append(QCoreApplication.translate(
                    "PartLinesModel", "Part line {n}: the unit price must not be negative.").format(n=n))
            if wrong:
                problems += wrong
                continue
            assert quantity is not None
            lines.append(PartLineInput(row.part_no, quantity, price, row.causal, row.retain, row.old_serial,
                                       row.new_serial))
            sent.append(i)
        return tuple(lines), sent, problems

    def apply_preview(self, sent: list[int], views: tuple[PartLineView, ...]) -> None:
        previews = dict(zip(sent, views, strict=False))
        for i, row in enumerate(self.rows):
            row.preview = previews.get(i)
        self.refresh_all()

    def load(self, views: tuple[PartLineView, ...]) -> None:
        self.set_rows([PartRow(v.part_no, plain(v.quantity), plain(v.unit_price), v.is_causal, v.retain,
                               v.old_serial_no, v.new_serial_no, v) for v in views])
