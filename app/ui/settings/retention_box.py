"""Settings → Data retention: copy old, closed claims into a read-only archive database.

Nothing is removed from the working database; the archive is a separate file the program opens
read-only (`warrantydesk --db sqlite:///FILE`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import WarrantyDeskError
from app.services.archive import MIN_YEARS, ArchiveResult, archive_claims, claims_to_archive, latest_cutoff
from app.services.database import Database
from app.ui.settings import common
from app.ui.tasks import Task, run_task, with_progress_dialog


class RetentionBox(QGroupBox):
    def __init__(self, database: Database, *, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBox")
        self._database = database
        self._today = today or dt.date.today()
        self.task: Task | None = None
        limit = latest_cutoff(self._today)
        self.before_edit = QDateEdit()
        self.before_edit.setObjectName("archiveBefore")
        self.before_edit.setCalendarPopup(True)
        self.before_edit.setDisplayFormat("yyyy-MM-dd")
        self.before_edit.setMaximumDate(QDate(limit.year, limit.month, limit.day))
        self.before_edit.setDate(QDate(limit.year, limit.month, limit.day))
        self.before_edit.setMinimumWidth(140)
        self.before_edit.dateChanged.connect(self.count)
        self.count_label = QLabel()
        self.count_label.setObjectName("archiveCount")
        self.count_label.setWordWrap(True)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("writeArchive")
        self.archive_button.clicked.connect(self.on_archive_button_clicked)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.status = common.status_label()
        self.before_label = QLabel()
        self.before_label.setBuddy(self.before_edit)
        row = QHBoxLayout()
        row.addWidget(self.before_edit)
        row.addWidget(self.count_label, 1)
        form = QFormLayout()
        form.addRow(self.before_label, row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def before(self) -> dt.date:
        value = self.before_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def count(self) -> int:
        try:
            found = claims_to_archive(self._database, self.before())
        except WarrantyDeskError as exc:
            self.count_label.setText(str(exc))
            return 0
        self.count_label.setText(self.tr("%n closed claim(s) repaired before this day", "", found))
        self.archive_button.setEnabled(found > 0)
        return found

    def on_archive_button_clicked(self) -> None:
        before = self.before()
        path = common.ask_save_path(self, self.tr("Write the archive to"),
                                    f"warrantydesk-archive-before-{before.isoformat()}.sqlite3",
                                    self.tr("WarrantyDesk database (*.sqlite3)"))
        if path:
            self.write_archive(Path(path))

    def write_archive(self, target: Path) -> Task | None:
        actor = common.current_actor(self._database)
        if actor is None:
            common.say(self.status, self.tr("The database cannot be reached."), error=True)
            return None
        database, before, today = self._database, self.before(), self._today
        self.archive_button.setEnabled(False)
        common.say(self.status, self.tr("Writing the archive…"))
        self.task = run_task(lambda report: archive_claims(database, actor, before, target, today=today,
                                                           progress=report),
                             on_done=self._written, on_error=self._failed)
        with_progress_dialog(self.task, self.tr("Writing the archive…"), parent=self,
                             describe=lambda _text, done, total: (self.tr("Copying records…"), done, total))
        return self.task

    def _written(self, result: ArchiveResult) -> None:
        self.archive_button.setEnabled(True)
        common.say(self.status, self.tr("Archive written: {file}, {claims} claims. Nothing was removed from this "
                                        "database.").format(file=result.path, claims=f"{result.info.claims:,}"))

    def _failed(self, error: BaseException) -> None:
        self.archive_button.setEnabled(True)
        common.say(self.status, str(error), error=True)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Data retention"))
        self.explanation.setText(self.tr(
            "Records are kept at least {years} years. Closed claims older than that can be copied, with everything "
            "they refer to, into a separate archive file that WarrantyDesk opens read-only "
            "(warrantydesk --db sqlite:///FILE). Nothing is removed from this database.").format(years=MIN_YEARS))
        self.before_label.setText(self.tr("Claims repaired &before:"))
        self.archive_button.setText(self.tr("&Write archive…"))
        self.count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
