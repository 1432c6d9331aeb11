"""Built-in help: a short page per section, in Chinese and English, in a window that stays open beside
the work (non-modal). F1 opens the current section's page: the main window calls show_help.

The pages are HTML files under resources/help/<language>/<section id>.html, so a translator edits prose
as prose; a page missing in one language falls back to the English one.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import i18n, paths

_CONTEXT = "HelpDialog"
# Section ids as app/ui/main_window.py names them, with the titles the navigation shows.
SECTIONS: dict[str, str] = {
    "dashboard": QT_TRANSLATE_NOOP("HelpDialog", "Dashboard"),
    "units": QT_TRANSLATE_NOOP("HelpDialog", "Units"),
    "service_log": QT_TRANSLATE_NOOP("HelpDialog", "Service log"),
    "claims": QT_TRANSLATE_NOOP("HelpDialog", "Warranty claims"),
    "old_parts": QT_TRANSLATE_NOOP("HelpDialog", "Old parts"),
    "shipments": QT_TRANSLATE_NOOP("HelpDialog", "Return shipments"),
    "batches": QT_TRANSLATE_NOOP("HelpDialog", "Claim batches"),
    "reserve_plan": QT_TRANSLATE_NOOP("HelpDialog", "Spare-part reserve plan"),
    "master_data": QT_TRANSLATE_NOOP("HelpDialog", "Master data"),
    "settings": QT_TRANSLATE_NOOP("HelpDialog", "Settings"),
}
_OBJECT_NAME = "helpDialog"
_WITHOUT_PARENT: list[HelpDialog] = []  # a help window opened with no parent window is kept alive here


def help_file(section_id: str, language: str) -> Path | None:
    """The page of a section in a language (English when that language has none), or None."""
    for lang in (language, i18n.SOURCE_LANGUAGE):
        path = paths.resource("help", lang, f"{section_id}.html")
        if path.is_file():
            return path
    return None


class HelpDialog(QDialog):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_OBJECT_NAME)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(QSize(760, 520))
        self.section_id = "dashboard"
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setStyleSheet("QListWidget#helpContents::item { padding: 4px 6px; }")
        for section_id in SECTIONS:
            item = QListWidgetItem("")
            item.setData(Qt.ItemDataRole.UserRole, section_id)
            self.contents.addItem(item)
        self.contents.currentRowChanged.connect(self.on_contents_current_row_changed)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)  # links between pages are section ids, handled below
        self.browser.anchorClicked.connect(self.on_browser_anchor_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def show_section(self, section_id: str) -> None:
        if section_id not in SECTIONS:
            raise KeyError(f"no help for section {section_id!r}")
        self.contents.setCurrentRow(list(SECTIONS).index(section_id))
        self._load(section_id)

    def on_contents_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self._load(list(SECTIONS)[row])

    def on_browser_anchor_clicked(self, url: QUrl) -> None:
        target = url.toString().removeprefix("section:")
        if target in SECTIONS:
            self.show_section(target)

    def _load(self, section_id: str) -> None:
        self.section_id = section_id
        app = QApplication.instance()
        language = i18n.current_language(app) if app is not None else i18n.SOURCE_LANGUAGE
        path = help_file(section_id, language)
        if path is None:
            self.browser.setPlainText(self.tr("There is no help for this section yet."))
            return
        self.browser.setHtml(path.read_text(encoding="utf-8"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("WarrantyDesk help"))
        for row, title in enumerate(SECTIONS.values()):
            self.contents.item(row).setText(QCoreApplication.translate(_CONTEXT, title))
        width = max(self.contents.sizeHintForColumn(0), 120) + 2 * self.contents.frameWidth() + 12
        self.contents.setFixedWidth(width)
        self._load(self.section_id)  # the page in the language now chosen

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def show_help(parent: QWidget | None, section_id: str) -> HelpDialog:
    """Show the help page of `section_id` (a main-window section id) in the one help window of `parent`'s
    window, opening it when needed; it stays open beside the work and is raised if hidden behind."""
    owner = parent.window() if parent is not None else None
    dialog = owner.findChild(HelpDialog, _OBJECT_NAME) if owner is not None else None
    if dialog is None and owner is None and _WITHOUT_PARENT:
        dialog = _WITHOUT_PARENT[0]
    if dialog is None:
        dialog = HelpDialog(parent=owner)
        if owner is None:
            _WITHOUT_PARENT.append(dialog)
    dialog.show_section(section_id if section_id in SECTIONS else "dashboard")
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
