"""Small dialogs of the plan screens: the day a plan went to the manufacturer, and which season a new plan
is for. Each returns its values through a signal; the caller calls the service."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.plans import PlanDue, SeasonView


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SubmissionDialog(QDialog):
    chosen = Signal(object)  # the dt.date the plan was submitted on

    def __init__(self, plan_no: str, today: dt.date, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionDialog")
        self.setWindowTitle(self.tr("Record the submission of {number}").format(number=plan_no))
        self.explanation = QLabel(self.tr("The day the approved plan was sent to the manufacturer:"))
        self.explanation.setWordWrap(True)
        self.date_edit = QDateEdit(_qdate(today))
        self.date_edit.setObjectName("submittedOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(_qdate(today))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: self.chosen.emit(self.day()))

    def day(self) -> dt.date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]


class NewPlanDialog(QDialog):
    chosen = Signal(int, int)  # season id, the year the season starts in

    def __init__(self, seasons: list[SeasonView], today: dt.date, *, due: list[PlanDue] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("New reserve plan"))
        self._seasons, self._today = seasons, today
        self.explanation = QLabel(self.tr("The plan forecasts what the season will use from the machines in the "
                                          "field and past seasons, and suggests what to order. You can change "
                                          "every quantity before the service manager approves it."))
        self.explanation.setWordWrap(True)
        self.season = QComboBox()
        self.season.setObjectName("planSeason")
        for season in seasons:
            self.season.addItem(f"{season.name} ({season.code})", season.id)
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.due_label = QLabel()
        self.due_label.setObjectName("planDue")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Forecast and create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Season:"), self.season)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Due:"), self.due_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.season.currentIndexChanged.connect(lambda _i: self.on_season_changed())
        self.year.valueChanged.connect(lambda _v: self._show_due())
        first_due = next((x for x in due or [] if x.plan_no is None), None)
        if first_due is not None:
            self.season.setCurrentIndex(max(0, self.season.findData(first_due.season.id)))
        self.on_season_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(seasons))
        self.accepted.connect(lambda: self.chosen.emit(int(self.season.currentData()), self.year.value()))
        self.resize(460, 220)

    def current_season(self) -> SeasonView | None:
        season_id = self.season.currentData()
        return next((s for s in self._seasons if s.id == season_id), None)

    def on_season_changed(self) -> None:
        season = self.current_season()
        if season is not None:
            self.year.setValue(season.next_year(self._today))
        self._show_due()

    def _show_due(self) -> None:
        season = self.current_season()
        if season is None:
            self.due_label.setText(self.tr("Add a season first"))
            return
        start = season.window(self.year.value())[0]
        self.due_label.setText(self.tr("{due} (the season starts {start})").format(
            due=season.due_date(self.year.value()).isoformat(), start=start.isoformat()))
