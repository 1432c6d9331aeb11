"""The dealer's seasons: code, name, the day each starts every year and how long it lasts. A season's plan is
due 30 days before it starts. Saving checks the whole season and says what is wrong in the dialog."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import WarrantyDeskError
from app.services import plans
from app.services.database import Database
from app.services.plans import SeasonView
from app.ui.claims.common import ActorSource

COMMON_YEAR = 2001


class SeasonsDialog(QDialog):
    changed = Signal()  # a season was added, changed or deleted

    def __init__(self, database: Database, *, actor: ActorSource, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seasonsDialog")
        self._database, self._actor, self._today = database, actor, today
        self.seasons: list[SeasonView] = []
        self.current_id: int | None = None

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("seasonsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.on_table_selection_changed)
        self.code = QLineEdit()
        self.code.setObjectName("seasonCode")
        self.name = QLineEdit()
        self.name.setObjectName("seasonName")
        # A day of the year, in a year every day of which comes round every year (no 29 February).
        self.start = QDateEdit(QDate(COMMON_YEAR, 3, 1))
        self.start.setObjectName("seasonStart")
        self.start.setDisplayFormat("MM-dd")
        self.start.setDateRange(QDate(COMMON_YEAR, 1, 1), QDate(COMMON_YEAR, 12, 31))
        self.length = QSpinBox()
        self.length.setObjectName("seasonLength")
        self.length.setRange(1, 366)
        self.length.setValue(60)
        self.error = QLabel()
        self.error.setObjectName("seasonError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newSeason")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSeason")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSeason")
        self.delete_button.clicked.connect(self.delete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        start_row = QHBoxLayout()
        self.length_label = QLabel()
        start_row.addWidget(self.start)
        start_row.addStretch(1)
        length_row = QHBoxLayout()
        length_row.addWidget(self.length)
        length_row.addWidget(self.length_label)
        length_row.addStretch(1)
        self.form = QFormLayout()
        self.code_caption, self.name_caption, self.start_caption, self.len_caption = (QLabel(), QLabel(), QLabel(),
                                                                                      QLabel())
        self.form.addRow(self.code_caption, self.code)
        self.form.addRow(self.name_caption, self.name)
        self.form.addRow(self.start_caption, start_row)
        self.form.addRow(self.len_caption, length_row)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.retranslate_ui()
        self.load()

    def load(self, select_id: int | None = None) -> None:
        try:
            self.seasons = plans.list_seasons(self._database)
        except WarrantyDeskError as exc:
            self.error.setText(str(exc))
            return
        today = self._today()
        self.table.setRowCount(len(self.seasons))
        for row, season in enumerate(self.seasons):
            year = season.next_year(today)
            start, end = season.window(year)
            cells = [season.code, season.name, f"{season.start_month:02d}-{season.start_day:02d}",
                     self.tr("{days} days").format(days=season.length_days),
                     self.tr("{start} to {end}, plan due {due}").format(
                         start=start.isoformat(), end=(end - dt.timedelta(days=1)).isoformat(),
                         due=season.due_date(year).isoformat())]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, season.id)
                self.table.setItem(row, column, item)
        target = select_id if select_id is not None else (self.seasons[0].id if self.seasons else None)
        index = next((n for n, s in enumerate(self.seasons) if s.id == target), -1)
        if index >= 0:
            self.table.selectRow(index)
        else:
            self.start_new()

    def on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        season = self.seasons[rows[0].row()]
        self.current_id = season.id
        self.code.setText(season.code)
        self.name.setText(season.name)
        self.start.setDate(QDate(COMMON_YEAR, season.start_month, season.start_day))
        self.length.setValue(season.length_days)
        self.error.clear()
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        for field in (self.code, self.name):
            field.clear()
        self.error.clear()
        self.delete_button.setEnabled(False)
        self.code.setFocus()

    def values(self) -> dict[str, object]:
        day = self.start.date()
        return {"code": self.code.text(), "name": self.name.text(), "start_month": day.month(),
                "start_day": day.day(), "length_days": self.length.value()}

    def save(self) -> bool:
        try:
            if self.current_id is None:
                saved = plans.create_season(self._database, self._actor(), **self.values())  # type: ignore[arg-type]
            else:
                saved = plans.update_season(self._database, self._actor(), self.current_id,
                                            **self.values())  # type: ignore[arg-type]
        except WarrantyDeskError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.load(saved.id)
        self.changed.emit()
        return True

    def delete(self) -> bool:
        if self.current_id is None:
            return False
        try:
            plans.delete_season(self._database, self._actor(), self.current_id)
        except WarrantyDeskError as exc:
            self.error.setText(str(exc))
            return False
        self.load()
        self.changed.emit()
        return True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Seasons"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Starts"),
                                              self.tr("Lasts"), self.tr("Next")])
        self.code_caption.setText(self.tr("&Code:"))
        self.code_caption.setBuddy(self.code)
        self.code.setPlaceholderText(self.tr("e.g. SPRING"))
        self.name_caption.setText(self.tr("&Name:"))
        self.name_caption.setBuddy(self.name)
        self.name.setPlaceholderText(self.tr("e.g. 春耕"))
        self.start_caption.setText(self.tr("Starts every year on (month-day):"))
        self.len_caption.setText(self.tr("Lasts:"))
        self.length_label.setText(self.tr("days"))
        self.new_button.setText(self.tr("&New season"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Only a season without plans can be deleted"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.load(self.current_id)
        super().changeEvent(event)
