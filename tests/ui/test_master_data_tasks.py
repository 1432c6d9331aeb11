"""app/ui/tasks.py: work runs off the GUI thread; progress, result and error arrive on the GUI thread."""
from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from app.domain.errors import ValidationError
from app.ui.tasks import Task, run_task, with_progress_dialog


def test_progress_then_the_result_arrive_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def work(report):  # type: ignore[no-untyped-def]
        worker = threading.get_ident()
        for n in range(3):
            report("step", n)
        return worker

    def progress(stage: str, n: int) -> None:
        seen.append((stage, n, threading.get_ident()))

    task = run_task(work, on_done=lambda result: seen.append(("done", result, threading.get_ident())),
                    on_progress=progress)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    assert [entry[:2] for entry in seen[:3]] == [("step", 0), ("step", 1), ("step", 2)]
    assert seen[3][0] == "done" and seen[3][1] != gui  # the work ran on another thread …
    assert {entry[2] for entry in seen} == {gui}  # … every callback on the GUI thread


def test_an_error_is_handed_to_on_error(qtbot):
    errors: list[BaseException] = []

    def work(report):  # type: ignore[no-untyped-def]
        raise ValidationError("bad row")

    task = run_task(work, on_done=lambda result: pytest.fail("must not succeed"), on_error=errors.append)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)
    assert [str(e) for e in errors] == ["bad row"] and isinstance(task.error, ValidationError)


def test_a_widget_closed_while_the_work_runs_is_left_alone(qtbot):
    label = QLabel()
    release = threading.Event()

    def work(report):  # type: ignore[no-untyped-def]
        release.wait(5)
        report("late")
        return "done"

    task = run_task(work, on_done=label.setText, on_progress=label.setText)
    label.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(label)
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert task.result == "done"


def test_a_progress_dialog_follows_the_task(qtbot):
    holder = QLabel()
    qtbot.addWidget(holder)
    release = threading.Event()

    def work(report):  # type: ignore[no-untyped-def]
        report(5, 10)
        release.wait(5)
        return 1

    task = Task(work)
    dialog = with_progress_dialog(task, "Working…", parent=holder, describe=lambda done, total: ("half", done, total))
    task.start()
    qtbot.waitUntil(lambda: dialog.labelText() == "half", timeout=5000)
    assert (dialog.value(), dialog.maximum()) == (5, 10)
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
