"""The first-run wizard, shown on a new database (no dealer profile, no users): language, dealer profile,
manufacturer's batch template and the first user — or the demo dealer instead.

Open it with open()/show(); `completed` is emitted once everything is saved, before the wizard closes, so
the caller can show the main window first (the application never finds itself without a window).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.actors import Actor
from app.domain.errors import WarrantyDeskError
from app.services.batches import use_template
from app.services.database import Database
from app.services.demo import build_demo
from app.services.setup import complete_first_run
from app.settings import USER_LOGIN, WINDOW_SECTION, Settings
from app.ui.first_run.pages import (
    PAGE_DEMO,
    PAGE_PROFILE,
    PAGE_TEMPLATE,
    PAGE_USER,
    PAGE_WELCOME,
    DemoPage,
    ProfilePage,
    TemplatePage,
    UserPage,
    WelcomePage,
)
from app.ui.settings.template_box import DEFAULT
from app.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
DEMO_UNITS, DEMO_CLAIMS = 2000, 20000  # as `warrantydesk demo` builds by default


class FirstRunWizard(QWizard):
    completed = Signal()  # the dealer is set up (or the demo built): show the main window

    def __init__(self, database: Database, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._database, self._settings = database, settings
        self.demo_size = (DEMO_UNITS, DEMO_CLAIMS)
        self.actor: Actor | None = None  # the first user once saved (a second Finish does not save again)
        self.task: Task | None = None
        self.building = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(720, 540))
        self.welcome_page = WelcomePage(settings)
        self.profile_page = ProfilePage()
        self.template_page = TemplatePage()
        self.user_page = UserPage()
        self.demo_page = DemoPage()
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_PROFILE, self.profile_page)
        self.setPage(PAGE_TEMPLATE, self.template_page)
        self.setPage(PAGE_USER, self.user_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setStartId(PAGE_WELCOME)
        self.currentIdChanged.connect(self.on_current_id_changed)
        self.retranslate_ui()

    def on_current_id_changed(self, page_id: int) -> None:
        if page_id == PAGE_DEMO and not self.demo_page.done and not self.building:
            self.build_demo()

    def build_demo(self) -> Task:
        """The same service as `warrantydesk demo`, on a pool thread; the clerk waits on the demo page."""
        database = self._database
        units, claims = self.demo_size
        self.building = True
        self.demo_page.problem.clear()
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.task = run_task(lambda report: build_demo(database, units=units, claims=claims, progress=report),
                             on_done=self._demo_built, on_error=self._demo_failed,
                             on_progress=self.demo_page.show_step)
        return self.task

    def _demo_built(self, _result: object) -> None:
        self.building = False  # Cancel stays hidden: the demo is written, Finish opens it
        self.demo_page.finished_building(None)

    def _demo_failed(self, error: BaseException) -> None:
        log.error("the demo dealer could not be built: %s", error)
        self.building = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.demo_page.finished_building(error)

    def accept(self) -> None:
        """Finish: save what the pages hold (the demo is already written), then hand over to the main window."""
        if self.welcome_page.wants_demo():
            if not self.demo_page.done:
                return
        elif not self.save():
            return
        self._settings.set(WINDOW_SECTION, "dashboard")
        self._settings.sync()
        self.completed.emit()
        super().accept()

    def save(self) -> bool:
        try:
            if self.actor is None:
                self.actor = complete_first_run(self._database, self.profile_page.form.profile(),
                                                self.user_page.entries())
                self._settings.set(USER_LOGIN, self.actor.login)
            source = self.template_page.chooser.source()
            if source != DEFAULT:
                use_template(self._database, self.actor, Path(source) if isinstance(source, Path) else source)
        except WarrantyDeskError as exc:
            self.user_page.show_problem(str(exc))
            return False
        return True

    def reject(self) -> None:
        if self.building:
            return  # the demo is being written in one transaction: it finishes (or fails) on its own
        super().reject()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Setting up WarrantyDesk"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
