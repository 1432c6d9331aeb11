"""One old part: what it is, where it is kept, its condition and every step of its life (who, when)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import OldPartStatus
from app.services.old_parts import OldPartDetail
from app.ui.labels import label
from app.ui.old_parts.texts import due_color, due_text, remark_text

MAX_PLACE = 60


class OldPartPanel(QWidget):
    """Shows one old part; the storage place and condition notes are edited here and saved with `save_requested`."""

    save_requested = Signal(str, str, str)  # tag, storage place, condition notes

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OldPartDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("oldPartTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ("claim", "unit", "part", "quantity", "status", "due", "shipment", "remark"):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.captions[key] = QLabel()
            form.addRow(self.captions[key], value)
        self.place = QComboBox()
        self.place.setObjectName("storagePlace")
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place.lineEdit().setMaxLength(MAX_PLACE)
        self._places = QStringListModel(self)
        self.place.setModel(self._places)
        completer = QCompleter(self._places, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place.setCompleter(completer)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("conditionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.place_caption, self.notes_caption = QLabel(), QLabel()
        self.place_caption.setBuddy(self.place)
        self.notes_caption.setBuddy(self.notes)
        form.addRow(self.place_caption, self.place)
        form.addRow(self.notes_caption, self.notes)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOldPart")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        form.addRow("", self.save_button)

        self.history_caption = QLabel()
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("oldPartHistory")
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addLayout(form)
        body.addWidget(self.history_caption)
        body.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.body, 1)
        self.retranslate_ui()
        self.show_part(None)

    def set_places(self, places: list[str]) -> None:
        """The storage places already in use, most used first: what the place field suggests."""
        current = self.place.currentText()
        self._places.setStringList(places)
        self.place.setCurrentText(current)

    def show_part(self, detail: OldPartDetail | None) -> None:
        self.detail = detail
        self.empty_label.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            return
        row = detail.row
        self.title.setText(self.tr("Old part {tag}").format(tag=row.tag_no))
        self.values["claim"].setText(self.tr("{claim} (repaired {date})").format(
            claim=row.claim_no, date=detail.repair_date.isoformat()))
        self.values["unit"].setText(detail.serial_no)
        self.values["part"].setText(f"{row.part_no}  {row.part_name}")
        self.values["quantity"].setText(f"{row.quantity.normalize():f}")
        status = label(row.status)
        if row.left_at_dealer:
            status = self.tr("{status}, left at the dealer").format(status=status)
        self.values["status"].setText(status)
        self.values["due"].setText(due_text(row.due_date, row.due_state))
        color = due_color(row.due_state)
        self.values["due"].setStyleSheet(f"color: {color.name()}; font-weight: bold;" if color else "")
        self.values["shipment"].setText(row.shipment_no or "—")
        self.values["remark"].setText(remark_text(row.note) or "—")
        self.place.setCurrentText(row.storage_place)
        self.notes.setPlainText(detail.condition_notes)
        editable = row.status in (OldPartStatus.RETAINED, OldPartStatus.PACKED) or row.left_at_dealer
        for widget in (self.place, self.notes, self.save_button):
            widget.setEnabled(editable)
        self.history.setRowCount(len(detail.events))
        for index, event in enumerate(reversed(detail.events)):  # the latest step first
            cells = (event.at.astimezone().strftime("%Y-%m-%d %H:%M"), label(event.status), event.by,
                     remark_text(event.note))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(index, column, item)

    def on_save_button_clicked(self) -> None:
        if self.detail is not None:
            self.save_requested.emit(self.detail.row.tag_no, self.place.currentText(), self.notes.toPlainText())

    def retranslate_ui(self) -> None:
        captions = {"claim": self.tr("Claim:"), "unit": self.tr("Serial no.:"), "part": self.tr("Part:"),
                    "quantity": self.tr("Quantity:"), "status": self.tr("Status:"), "due": self.tr("Due back:"),
                    "shipment": self.tr("Shipment:"), "remark": self.tr("Head office / reason:")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.place_caption.setText(self.tr("Storage &place:"))
        self.place.lineEdit().setPlaceholderText(self.tr("Bin or shelf, e.g. A-03"))
        self.notes_caption.setText(self.tr("Co&ndition:"))
        self.notes.setPlaceholderText(self.tr("What the part looked like when it came off the machine"))
        self.save_button.setText(self.tr("Save place and condition"))
        self.history_caption.setText(self.tr("History"))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Step"), self.tr("Who"), self.tr("Note")])
        self.empty_label.setText(self.tr("Choose an old part in the list, or scan its tag."))
        if self.detail is not None:
            self.show_part(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
