"""Entry point: `warrantydesk` and `python -m app`.

With no command the GUI opens; with a command (`demo`, `check`, …) it runs headless.
"""
from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    # In a bundled program a worker process (app.reports.pdf.record_drawers) starts the program again: this
    # runs the worker's errand instead of the app. Nothing happens when not bundled.
    multiprocessing.freeze_support()
    from app import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
