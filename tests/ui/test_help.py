"""Built-in help: a page per section in Chinese and English, in a window that does not block the work."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from app.ui.help import SECTIONS, HelpDialog, help_file, show_help
from app.ui.main_window import MainWindow


def test_every_section_of_the_main_window_has_a_page_in_both_languages() -> None:
    assert list(SECTIONS) == MainWindow.section_ids()
    for section_id in SECTIONS:
        for language in ("en", "zh_CN"):
            path = help_file(section_id, language)
            assert path is not None and path.parent.name == language, (section_id, language)


@pytest.mark.parametrize("section_id", list(SECTIONS))
def test_help_opens_for_each_section(qtbot, english, section_id: str) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    dialog = show_help(owner, section_id)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.section_id == section_id
    assert dialog.contents.currentItem().text() == SECTIONS[section_id]  # the English source title
    assert len(dialog.browser.toPlainText()) > 100
    assert show_help(owner, "settings") is dialog  # one help window, turned to the new page


def test_help_follows_the_language(qtbot, chinese) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = show_help(owner, "old_parts")
    assert "旧件" in dialog.browser.toPlainText()
    dialog.on_browser_anchor_clicked(QUrl("section:claims"))
    assert dialog.section_id == "claims" and "索赔单" in dialog.browser.toPlainText()


def test_an_unknown_section_opens_the_dashboard_page(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    assert show_help(owner, "nowhere").section_id == "dashboard"
    with pytest.raises(KeyError):
        owner.findChild(HelpDialog).show_section("nowhere")
