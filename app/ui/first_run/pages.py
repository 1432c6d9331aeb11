"""The pages of the first-run wizard: language (or the demo), dealer profile, batch template, first user,
and the page that builds the demo dealer."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app import i18n
from app.domain.enums import Role
from app.domain.errors import WarrantyDeskError
from app.i18n import LANGUAGE_NAMES
from app.services.setup import MANAGING_ROLES, NewUser, check_dealer_profile, check_new_user
from app.settings import LANGUAGE, Settings
from app.ui.labels import label
from app.ui.settings import common
from app.ui.settings.dealer_form import DealerProfileForm
from app.ui.settings.template_box import TemplateChooser

PAGE_WELCOME, PAGE_PROFILE, PAGE_TEMPLATE, PAGE_USER, PAGE_DEMO = range(5)


class _Page(QWizardPage):
    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class WelcomePage(_Page):
    """The language first (it switches the wizard at once), then: set up this dealer, or try the demo."""

    def __init__(self, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._settings = settings
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("wizardLanguage")
        self.language_combo.setMinimumWidth(240)
        self.language_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for choice in LANGUAGE.choices:
            self.language_combo.addItem(LANGUAGE_NAMES.get(choice, ""), choice)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.get(LANGUAGE)))
        self.language_combo.currentIndexChanged.connect(self.on_language_combo_current_index_changed)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.set_up_radio = QRadioButton()
        self.set_up_radio.setObjectName("setUpDealer")
        self.set_up_radio.setChecked(True)
        self.demo_radio = QRadioButton()
        self.demo_radio.setObjectName("openDemo")
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setContentsMargins(24, 0, 0, 0)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.set_up_radio)
        self.choice.addButton(self.demo_radio)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.set_up_radio)
        layout.addWidget(self.demo_radio)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        self.retranslate_ui()

    def wants_demo(self) -> bool:
        return self.demo_radio.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PAGE_DEMO if self.wants_demo() else PAGE_PROFILE

    def on_language_combo_current_index_changed(self, index: int) -> None:
        choice = str(self.language_combo.itemData(index))
        self._settings.set(LANGUAGE, choice)
        app = QApplication.instance()
        if app is not None:
            i18n.switch(app, i18n.choose_language(choice))  # every page re-translates on LanguageChange

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to WarrantyDesk"))
        self.setSubTitle(self.tr("A few steps set up this service station. Everything can be changed later in "
                                 "Settings."))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setItemText(self.language_combo.findData("auto"), self.tr("Automatic (as the system)"))
        self.intro.setText(self.tr("What would you like to do?"))
        self.set_up_radio.setText(self.tr("&Set up this dealer: profile, batch template and the first user"))
        self.demo_radio.setText(self.tr("Open the &demo dealer instead, to try the program"))
        self.demo_hint.setText(self.tr("The demo fills this database with a made-up dealer, its machines and "
                                       "claims. To start for real later, use a new database."))


class ProfilePage(_Page):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        self.form = DealerProfileForm()
        self.problem = common.status_label()
        self.problem.setObjectName("profileProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.form.changed.connect(self.problem.clear)
        self.retranslate_ui()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            check_dealer_profile(self.form.profile())
        except WarrantyDeskError as exc:
            common.say(self.problem, str(exc), error=True)
            return False
        self.problem.clear()
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dealer profile"))
        self.setSubTitle(self.tr("Printed at the head of every form; the dealer code starts every batch number."))


class TemplatePage(_Page):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePage")
        self.chooser = TemplateChooser()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Manufacturer's template"))
        self.setSubTitle(self.tr("The layout of the workbook sent to head office with each claim batch."))
        self.note.setText(self.tr("Keep the standard layout unless head office asks for its own; a template file "
                                  "from the manufacturer can be chosen here or later in Settings."))


class UserPage(_Page):
    """The first user: a service manager, who adds the others in Settings."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userPage")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("firstUserName")
        self.name_edit.setMinimumWidth(260)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("firstUserLogin")
        self.login_edit.setMaximumWidth(260)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("firstUserRole")
        for role in MANAGING_ROLES:
            self.role_combo.addItem(label(role), role.value)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for text_label, field in zip(self.labels, (self.name_edit, self.login_edit, self.role_combo), strict=True):
            text_label.setBuddy(field)
            form.addRow(text_label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problem = common.status_label()
        self.problem.setObjectName("userProblem")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.name_edit.textEdited.connect(self.problem.clear)
        self.login_edit.textEdited.connect(self.problem.clear)
        self.retranslate_ui()

    def entries(self) -> NewUser:
        return NewUser(login=self.login_edit.text(), name=self.name_edit.text(),
                       role=Role(self.role_combo.currentData()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            check_new_user(self.entries())
        except WarrantyDeskError as exc:
            common.say(self.problem, str(exc), error=True)
            return False
        self.problem.clear()
        return True

    def show_problem(self, text: str) -> None:
        common.say(self.problem, text, error=True)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("First user"))
        self.setSubTitle(self.tr("The service manager who approves claims and adds the other users in Settings."))
        for text_label, text in zip(self.labels, (self.tr("&Name:"), self.tr("&Login:"), self.tr("&Role:")),
                                    strict=True):
            text_label.setText(text)
        self.login_edit.setPlaceholderText(self.tr("letters and digits, e.g. wang.li"))
        for row in range(self.role_combo.count()):
            self.role_combo.setItemText(row, label(Role(self.role_combo.itemData(row))))
        self.note.setText(self.tr("This workstation works as this user; changes and approvals are recorded under "
                                  "the name. Finish saves the profile, the template and the user."))


class DemoPage(_Page):
    """Builds the demo dealer off the GUI thread; Finish is offered once it is written."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPage")
        self.done = False
        self.step_label = QLabel()
        self.step_label.setObjectName("demoStep")
        self.step_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the demo's steps take unequal time
        self.problem = common.status_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate_ui()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.done

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1

    def show_step(self, step: str) -> None:
        steps = {"master data": self.tr("Models, parts, customers and machines…"),
                 "claims": self.tr("Service log and warranty claims…"),
                 "batches, old parts and stock": self.tr("Batches, old parts and stock…"),
                 "writing": self.tr("Writing the database…"),
                 "checking open claims": self.tr("Checking the open claims…")}
        self.step_label.setText(steps.get(step, self.tr("Building the demo dealer…")))

    def finished_building(self, error: BaseException | None) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if error is None else 0)
        if error is None:
            self.done = True
            self.step_label.setText(self.tr("The demo dealer is ready. Finish opens it."))
        else:
            common.say(self.problem, str(error), error=True)
        self.completeChanged.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Demo dealer"))
        self.setSubTitle(self.tr("A made-up dealer with two thousand machines and their claims, to try every "
                                 "screen. This takes a little while."))
        if not self.done and not self.step_label.text():
            self.step_label.setText(self.tr("Building the demo dealer…"))
