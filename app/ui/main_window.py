"""The main window: section navigation on the left, the section's page on the right."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import i18n, paths
from app.domain.normalize import clean_code
from app.services.cards import acting_user
from app.services.database import Database
from app.services.users import list_users
from app.settings import (
    BACKUP_FOLDER,
    BACKUP_KEEP,
    LANGUAGE,
    USER_LOGIN,
    WINDOW_GEOMETRY,
    WINDOW_SECTION,
    WINDOW_STATE,
    Settings,
)
from app.ui.about import AboutDialog
from app.ui.backup_timer import AutomaticBackups
from app.ui.change_follow import ChangeFollower
from app.ui.dashboard.page import DashboardPage
from app.ui.help import show_help
from app.ui.labels import label
from app.ui.restoring import restore_and_close
from app.ui.sections import SECTION_KEYS, SECTIONS, Section
from app.ui.sign_in.session import SessionMenu
from app.ui.widgets.coming_page import ComingPage

if TYPE_CHECKING:  # the section pages are imported when first built: a start pays only for what it shows
    from app.ui.batches.page import BatchesPage
    from app.ui.old_parts.page import OldPartsPage
    from app.ui.reserve.page import ReservePage
    from app.ui.settings.page import SettingsPage

_CONTEXT = "MainWindow"


class MainWindow(QMainWindow):
    def __init__(self, database: Database, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._settings = settings
        database.user_login = settings.get(USER_LOGIN) or None
        self._actor = acting_user(database)  # shown on the status bar; the pages ask acting_user() each time
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.setMinimumSize(QSize(720, 480))  # still usable on a 1024x600 netbook

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 6px 4px; }")
        self.navigation.setUniformItemSizes(True)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self.section_actions: dict[str, QAction] = {}
        for index, section in enumerate(SECTIONS):
            item = QListWidgetItem(self.style().standardIcon(section.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.navigation.addItem(item)
            # A section's page is built the first time it is shown (page()): building all ten at start
            # would run every list's first query before the window appears.
            self.stack.addWidget(QWidget())
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | SECTION_KEYS[index]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, sid=section.id: self.show_section(sid))
            self.addAction(action)
            self.section_actions[section.id] = action
        self.navigation.currentRowChanged.connect(self.on_navigation_current_row_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self._build_toolbar()
        self._build_menus()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        # Other workstations' changes reload the lists; a lost server shows a banner. Started by bootstrap.
        self.change_follow = ChangeFollower(self, database)

        self.backups = AutomaticBackups(
            database, folder=lambda: Path(settings.get(BACKUP_FOLDER) or paths.backup_dir()),
            keep=lambda: max(1, settings.get(BACKUP_KEEP)), parent=self)
        self.backups.written.connect(lambda info: self.statusBar().showMessage(
            self.tr("Backup written: {file}").format(file=info.path), 8000))
        self.backups.failed.connect(lambda error: self.statusBar().showMessage(
            self.tr("The automatic backup failed: {error}").format(error=error), 15000))

        self.retranslate_ui()
        self.splitter.setSizes([self.navigation.minimumWidth(), self.width() - self.navigation.minimumWidth()])
        self._restore()

    # --- public API -------------------------------------------------------------------------------

    @staticmethod
    def section_ids() -> list[str]:
        return [section.id for section in SECTIONS]

    def show_section(self, section_id: str) -> None:
        if section_id not in self.section_ids():
            raise KeyError(f"no section {section_id!r}")
        self.navigation.setCurrentRow(self.section_ids().index(section_id))

    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()].id

    def page(self, section_id: str) -> QWidget:
        """The section's page, built now if it has not been shown yet."""
        page = self._pages.get(section_id)
        if page is None:
            index = self.section_ids().index(section_id)  # ValueError: no such section
            page = self._make_page(SECTIONS[index])
            self._pages[section_id] = page
            placeholder = self.stack.widget(index)
            blocked = self.stack.blockSignals(True)  # the swap is no change of section
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            self.stack.setCurrentIndex(current)
            self.stack.blockSignals(blocked)
            placeholder.deleteLater()
        return page

    # --- building ---------------------------------------------------------------------------------

    def _make_page(self, section: Section) -> QWidget:
        factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": self._make_dashboard,
            "units": self._make_units_page,
            "service_log": self._make_service_log_page,
            "claims": self._make_claims_page,
            "old_parts": self._make_old_parts_page,
            "shipments": self._make_shipments_page,
            "batches": self._make_batches_page,
            "reserve_plan": self._make_reserve_page,
            "master_data": self._make_master_data_page,
            "settings": self._make_settings_page,
        }
        factory = factories.get(section.id)
        page = factory() if factory else ComingPage(_CONTEXT, section.title)
        page.setObjectName(f"page_{section.id}")
        return page

    def _make_dashboard(self) -> DashboardPage:
        page = DashboardPage(self._database)
        page.section_requested.connect(self.on_dashboard_section_requested)
        return page

    def _make_units_page(self) -> QWidget:
        from app.ui.units.page import UnitsPage

        return UnitsPage(self._database)

    def _make_service_log_page(self) -> QWidget:
        from app.ui.service_log.page import ServiceLogPage

        return ServiceLogPage(self._database)

    def _make_claims_page(self) -> QWidget:
        from app.ui.claims.page import ClaimsPage

        return ClaimsPage(self._database)

    def _make_shipments_page(self) -> QWidget:
        from app.ui.shipments.page import ShipmentsPage

        return ShipmentsPage(self._database)

    def _make_master_data_page(self) -> QWidget:
        from app.ui.master_data.page import MasterDataPage

        return MasterDataPage(self._database)

    def _make_old_parts_page(self) -> OldPartsPage:
        from app.ui.old_parts.page import OldPartsPage

        page = OldPartsPage(self._database)
        page.claim_requested.connect(self.open_claim)
        return page

    def _make_reserve_page(self) -> ReservePage:
        from app.ui.reserve.page import ReservePage

        page = ReservePage(self._database)
        page.claim_requested.connect(self.open_claim)
        return page

    def _make_batches_page(self) -> BatchesPage:
        from app.ui.batches.page import BatchesPage

        page = BatchesPage(self._database)
        page.claim_requested.connect(self.open_claim)
        return page

    def on_dashboard_section_requested(self, section_id: str, tile_key: str) -> None:
        """An action tile opens its section's list filtered to what the tile counts (old parts due, clocks
        amber or missed on the service log and the claims)."""
        self.show_section(section_id)
        page = self._pages.get(section_id)
        if section_id == "old_parts" and hasattr(page, "show_due"):
            page.show_due({"old_parts_overdue": "overdue", "old_parts_due_soon": "due_soon"}.get(tile_key, ""))
        elif hasattr(page, "show_from_dashboard"):
            page.show_from_dashboard(tile_key)

    def open_claim(self, claim_id: int) -> None:
        claims = self.page("claims")
        if hasattr(claims, "claims"):  # the claims page (ComingPage only if it could not be built)
            self.show_section("claims")
            claims.claims.open_claim(claim_id)

    def _make_settings_page(self) -> SettingsPage:
        from app.ui.settings.page import SettingsPage

        page = SettingsPage(language=self._settings.get(LANGUAGE), database_location=self._database.location,
                            backend_name=_backend_name(self._database.backend), users=list_users(self._database),
                            user_login=self._actor.login, database=self._database, settings=self._settings)
        page.restore_requested.connect(self.restore_backup)
        page.language_chosen.connect(self.set_language)
        page.user_chosen.connect(self.set_user)
        from app.ui.settings.check_rules import CheckRulesBox

        self.check_rules_group = QGroupBox()
        self.check_rules = CheckRulesBox(self._database)
        QVBoxLayout(self.check_rules_group).addWidget(self.check_rules)
        self.check_rules.setMinimumHeight(520)
        page.add_group(self.check_rules_group)
        self.check_rules_group.setTitle(self.tr("Claim checks"))
        return page

    def set_user(self, login: str) -> None:
        """Who works at this workstation from now on: stored, and used for every change made here."""
        self._settings.set(USER_LOGIN, login)
        self._database.user_login = login
        self._actor = acting_user(self._database)
        self._show_user()

    def _show_user(self) -> None:
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(name=self._actor.name, role=label(self._actor.role)))

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")  # saveState() needs the name
        self.toolbar.setMovable(False)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("globalSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.search_field.setMaximumWidth(480)
        self.search_field.returnPressed.connect(self.on_search_field_return_pressed)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_field)
        self.toolbar.addWidget(self.search_label)
        self.toolbar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = self.file_menu.addAction("")
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.session_menu = SessionMenu(self._database, self.file_menu, before=self.quit_action)  # with sign-in on

        self.go_menu = self.menuBar().addMenu("")
        for section_id, action in self.section_actions.items():
            self.go_menu.addAction(action)
            action.setData(section_id)

        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for choice in LANGUAGE.choices:
            action = self.language_menu.addAction(i18n.LANGUAGE_NAMES.get(choice, ""))
            action.setCheckable(True)
            action.setData(choice)
            self.language_group.addAction(action)
            self.language_actions[choice] = action
        self.language_actions[self._settings.get(LANGUAGE)].setChecked(True)
        self.language_group.triggered.connect(self.on_language_group_triggered)

        self.help_menu = self.menuBar().addMenu("")
        self.help_action = self.help_menu.addAction("")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(lambda: show_help(self, self.current_section()))
        self.about_action = self.help_menu.addAction("")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_dialog: AboutDialog | None = None
        self.restore_message: QMessageBox | None = None

    def _fit_navigation_width(self) -> None:
        widest = max(self.navigation.sizeHintForColumn(0), 140)
        frame = 2 * self.navigation.frameWidth() + self.navigation.verticalScrollBar().sizeHint().width()
        self.navigation.setMinimumWidth(widest + frame)
        self.navigation.setMaximumWidth(widest + frame + 160)

    # --- behaviour --------------------------------------------------------------------------------

    def on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        built = SECTIONS[row].id in self._pages
        self.page(SECTIONS[row].id)  # built on its first showing, with its figures fresh
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, DashboardPage) and built:
            page.refresh()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def on_search_field_return_pressed(self) -> None:
        """A scanned old-part tag opens that part; a scanned or typed serial (or engine) number opens that
        unit; other text searches the Units list."""
        typed = self.search_field.text().strip()
        units = self.page("units")
        if not clean_code(typed) or not hasattr(units, "find"):
            return
        old_parts = self.page("old_parts")
        if hasattr(old_parts, "find") and old_parts.find(typed):
            self.show_section("old_parts")
            self.search_field.selectAll()
            return
        self.show_section("units")
        found = units.find(typed)
        self.search_field.selectAll()  # the next scan replaces this one
        if not found:
            self.statusBar().showMessage(self.tr("Nothing matches “{text}”.").format(text=typed), 8000)

    def restore_backup(self, path: Path) -> Path | None:
        """Settings > Backups > Restore…: see app.ui.restoring."""
        aside, self.restore_message = restore_and_close(self, self._database, self.backups, path)
        return aside

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._database, self._settings, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def on_language_group_triggered(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, choice: str) -> None:
        """Store the choice ("auto", "zh_CN", "en") and switch every open view to it at once."""
        self._settings.set(LANGUAGE, choice)
        self.language_actions[choice].setChecked(True)
        settings_page = self._pages.get("settings")
        if hasattr(settings_page, "show_language"):
            settings_page.show_language(choice)
        app = QApplication.instance()
        if app is not None:
            i18n.switch(app, i18n.choose_language(choice))  # LanguageChange re-translates every view

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("WarrantyDesk — Warranty Service Station"))
        for row, section in enumerate(SECTIONS):
            title = QCoreApplication.translate(_CONTEXT, section.title)
            item = self.navigation.item(row)
            item.setText(title)
            shortcut = self.section_actions[section.id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{title} ({shortcut})")
            self.section_actions[section.id].setText(title)
        self.search_label.setText(self.tr("Find:"))
        if "settings" in self._pages:  # built on its first showing
            self.check_rules_group.setTitle(self.tr("Claim checks"))
        self.search_field.setPlaceholderText(self.tr("Serial number, claim or tag… (Ctrl+F)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.session_menu.retranslate()
        self.go_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["auto"].setText(self.tr("Automatic (as the system)"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("Help on this section"))
        self.about_action.setText(self.tr("&About WarrantyDesk"))
        self.database_label.setText(
            self.tr("Database: {location} ({backend})").format(
                location=self._database.location, backend=_backend_name(self._database.backend)
            )
        )
        self._show_user()
        self._fit_navigation_width()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- remembering the window -------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self._settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        section = self._settings.get(WINDOW_SECTION)
        self.show_section(section if section in self.section_ids() else SECTIONS[0].id)

    def save_settings(self) -> None:
        self._settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(WINDOW_SECTION, self.current_section())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        super().closeEvent(event)


def _backend_name(backend: str) -> str:
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(backend, backend)
