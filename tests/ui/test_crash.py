"""An unexpected error shows a message saying nothing was half-saved and where the log is; the window lives."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from app.ui.crash import CrashReporter


def test_an_error_in_a_slot_shows_a_message_and_is_logged(qtbot, english, caplog, tmp_path):  # type: ignore[no-untyped-def]
    reporter = CrashReporter(lambda: Path("/var/log/warrantydesk")).install()
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.show()
    button.clicked.connect(lambda: 1 / 0)  # a bug in a slot, as a click would run it
    try:
        with caplog.at_level(logging.CRITICAL):
            button.click()
            button.click()  # a second error while the message is open adds to it, no second window
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter.hook
    assert reporter.count == 2 and reporter.box is not None and reporter.box.isVisible()
    assert "ZeroDivisionError: division by zero" in reporter.box.text()
    assert "Nothing was half-saved" in reporter.box.informativeText()
    assert "/var/log/warrantydesk" in reporter.box.informativeText()
    assert reporter.box.detailedText().count("ZeroDivisionError") >= 2
    assert "unexpected error" in caplog.text
    assert button.isVisible()  # the window lives on
    reporter.box.close()


def test_a_refusal_that_escaped_its_screen_is_shown_in_the_clerks_words(qtbot, english, tmp_path):  # type: ignore[no-untyped-def]
    from app.domain.errors import DatabaseUnreachable

    reporter = CrashReporter(lambda: tmp_path).install()
    button = QPushButton("Save")
    qtbot.addWidget(button)

    def unreachable() -> None:
        raise DatabaseUnreachable("the database server at db:5432 cannot be reached: nothing was saved")

    button.clicked.connect(unreachable)
    try:
        button.click()
    finally:
        reporter.uninstall()
    assert reporter.box is not None and reporter.box.windowTitle() == "Not done"
    assert reporter.box.text() == "the database server at db:5432 cannot be reached: nothing was saved"
    assert "Nothing was half-saved" in reporter.box.informativeText()
    reporter.box.close()
