"""A lines table with its Add and Remove buttons: the labour lines and the part lines of a claim."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.claims.lines import LabourLinesModel, LabourRow, PartLinesModel, PartRow


class LinesTable(QWidget):
    """Insert adds a line, Delete removes the current one, when the table has the focus."""

    def __init__(self, model: LabourLinesModel | PartLinesModel, *, object_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.model = model
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableView()
        self.table.setObjectName(f"{object_name}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the form's tab order stays usable
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._widths: dict[str, int] = {}
        self._stretch = ""
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + header.sizeHint().height())
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{object_name}Add")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{object_name}Remove")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the form must not press these
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.on_add_button_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.on_remove_button_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def set_column_widths(self, widths: dict[str, int], *, stretch: str) -> None:
        """Widths in characters, never narrower than the (translated) header; `stretch` takes the rest."""
        self._widths, self._stretch = widths, stretch
        header = self.table.horizontalHeader()
        unit = self.table.fontMetrics().averageCharWidth()
        for key, chars in widths.items():
            column = self.model.column_of(key)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, max(chars * unit + 16, header.sectionSizeHint(column)))
        header.setSectionResizeMode(self.model.column_of(stretch), QHeaderView.ResizeMode.Stretch)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.model.refresh_all()
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def add_line(self) -> int:
        row = self.model.add_row(LabourRow() if isinstance(self.model, LabourLinesModel) else PartRow())
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def on_add_button_clicked(self) -> None:
        if not self.model.read_only:
            self.table.edit(self.model.index(self.add_line(), 0))

    def on_remove_button_clicked(self) -> None:
        current = self.table.currentIndex()
        if not self.model.read_only and current.isValid():
            self.model.remove_row(current.row())

    def retranslate_ui(self) -> None:
        if isinstance(self.model, LabourLinesModel):
            self.title.setText(self.tr("Labour"))
            self.add_button.setText(self.tr("Add labour line"))
        else:
            self.title.setText(self.tr("Parts"))
            self.add_button.setText(self.tr("Add part line"))
        self.add_button.setToolTip(self.tr("Adds a line (Insert in the table)"))
        self.remove_button.setText(self.tr("Remove line"))
        self.remove_button.setToolTip(self.tr("Removes the current line (Delete in the table)"))
        self.model.retranslate()
        if self._stretch:  # a translated header may be wider than before
            self.set_column_widths(self._widths, stretch=self._stretch)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
