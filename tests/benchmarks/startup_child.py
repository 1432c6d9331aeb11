"""The child process of the start-up and memory benchmarks (test_startup_benchmark.py).

    python -m tests.benchmarks.startup_child app URL    the real app: `python -m app --db URL`
    python -m tests.benchmarks.startup_child floor      the floor: PySide6 showing an empty QMainWindow

Both print `READY <time.time()> <CPU seconds> <shown>` once the event loop turns with the window shown
(for the app: the main window built and its first page loaded), then `RSS <kB>` (VmRSS; for the app
with the claims list of the database open and its first page shown) and quit with exit code 0. The app
runs exactly as the `python -m app` entry point runs it; create_main_window is only wrapped to learn
when the window exists.
"""
from __future__ import annotations

import sys
import time
from typing import Any


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    import resource  # not Linux: the peak instead (kB on Linux, bytes on macOS)

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _when_shown(window: Any, *, claims: bool) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def ready() -> None:
        print(f"READY {time.time():.6f} {time.process_time():.6f} {int(window.isVisible())}", flush=True)
        if claims:
            window.show_section("claims")
        for _ in range(3):
            QApplication.processEvents()
        print(f"RSS {_rss_kb()}", flush=True)
        QApplication.quit()

    QTimer.singleShot(0, ready)  # fires once app.exec() turns the event loop, after show()


def run_app(url: str) -> int:
    from app import bootstrap
    from app.__main__ import main

    create = bootstrap.create_main_window

    def create_and_watch(database: Any, settings: Any) -> Any:
        window = create(database, settings)
        _when_shown(window, claims=True)
        return window

    bootstrap.create_main_window = create_and_watch  # type: ignore[assignment]
    return main(["--db", url])


def run_floor() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    _when_shown(window, claims=False)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[2]) if sys.argv[1] == "app" else run_floor())
