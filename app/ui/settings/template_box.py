"""The manufacturer's workbook template for claim batches: one shipped with the program or the
manufacturer's own file. Chosen in the first-run wizard and in Settings; the choice is dealer-wide."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.services.batches import current_template, load_template, shipped_templates, use_template
from app.services.database import Database
from app.ui.settings import common

DEFAULT = "default"


class TemplateChooser(QWidget):
    """A shipped template or a file; `source()` is what use_template takes (a shipped name or a path)."""

    changed = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("templateCombo")
        self.combo.setMinimumWidth(320)
        for name in shipped_templates():
            try:
                title = load_template(name).name
            except WarrantyDeskError:
                continue  # a damaged shipped file is left out rather than offered
            self.combo.addItem(title, name)
        self.file_button = QPushButton()
        self.file_button.setObjectName("templateFile")
        self.file_button.clicked.connect(self.on_file_button_clicked)
        self.description = QLabel()
        self.description.setObjectName("templateDescription")
        self.description.setWordWrap(True)
        self.problem = common.status_label()
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.description)
        layout.addWidget(self.problem)
        self.combo.currentIndexChanged.connect(self.on_combo_current_index_changed)
        self.select(DEFAULT)
        self.retranslate_ui()

    def source(self) -> str | Path:
        data = self.combo.currentData()
        return Path(data) if isinstance(data, str) and data not in shipped_templates() else str(data)

    def select(self, name: str) -> None:
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self._describe()

    def use_file(self, path: str) -> bool:
        """Check the template file at `path` and offer it; a file with unknown fields is refused here."""
        try:
            template = load_template(Path(path))
        except WarrantyDeskError as exc:
            common.say(self.problem, str(exc), error=True)
            return False
        index = self.combo.findData(str(path))
        if index < 0:
            self.combo.addItem(template.name, str(path))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.problem.clear()
        return True

    def on_file_button_clicked(self) -> None:
        path = common.ask_open_path(self, self.tr("The manufacturer's template"), self.tr("Templates (*.json)"))
        if path:
            self.use_file(path)

    def on_combo_current_index_changed(self, _index: int) -> None:
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        try:
            self.description.setText(load_template(self.source()).description)
        except WarrantyDeskError as exc:
            self.description.setText(str(exc))

    def retranslate_ui(self) -> None:
        self.file_button.setText(self.tr("From a &file…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class TemplateBox(QGroupBox):
    """Settings → Batch workbook template."""

    def __init__(self, database: Database, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateBox")
        self._database = database
        self.current_caption = QLabel()
        self.current_label = QLabel()
        self.current_label.setObjectName("currentTemplate")
        self.current_label.setWordWrap(True)
        self.chooser = TemplateChooser()
        self.use_button = QPushButton()
        self.use_button.setObjectName("useTemplate")
        self.use_button.clicked.connect(self.on_use_button_clicked)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = common.status_label()
        current = QHBoxLayout()
        current.addWidget(self.current_caption)
        current.addWidget(self.current_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addStretch(0)  # keeps the buttons at their size while the hint is hidden
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(current)
        layout.addWidget(self.chooser)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.chooser.changed.connect(self.status.clear)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        try:
            self.current_label.setText(current_template(self._database).name)
        except WarrantyDeskError as exc:
            self.current_label.setText(str(exc))
        allowed = common.allowed_to_change(self._database)
        self.chooser.setEnabled(allowed)
        self.use_button.setEnabled(allowed)
        self.hint.setVisible(not allowed)

    def on_use_button_clicked(self) -> None:
        actor = common.current_actor(self._database)
        try:
            if actor is None:
                raise WarrantyDeskError(self.tr("The database cannot be reached."))
            template = use_template(self._database, actor, self.chooser.source())
        except WarrantyDeskError as exc:
            common.say(self.status, str(exc), error=True)
            return
        self.load()
        common.say(self.status, self.tr("Batches are exported with “{name}” from now on.").format(name=template.name))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Batch workbook template"))
        self.current_caption.setText(self.tr("In use:"))
        self.use_button.setText(self.tr("&Use this template"))
        self.hint.setText(self.tr("Only a service manager can choose the template."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
