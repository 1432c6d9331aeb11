"""Save a picture of the main window, to look at the layout without a screen.

    python -m tests.ui.screenshot OUT.png [--db URL] [--lang zh_CN|en] [--section ID]

Runs offscreen at 1280x800 with throwaway window settings, so the workstation's own are untouched.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ui.screenshot")
    parser.add_argument("out", type=Path, help="PNG file to write")
    parser.add_argument("--db", default=None, help="database URL (default: the workstation's database)")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--section", default="dashboard")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app import bootstrap, i18n
    from app.domain.errors import WarrantyDeskError
    from app.services.database import Database
    from app.settings import Settings

    app = bootstrap.create_application([])
    i18n.install(app, args.lang)
    try:
        database = Database.open(args.db)
    except WarrantyDeskError as exc:
        print(f"cannot open the database: {exc}", file=sys.stderr)
        return 2
    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        window = bootstrap.create_main_window(database, settings)
        try:
            window.resize(width, height)
            window.show()
            window.show_section(args.section)
            for _ in range(5):
                QApplication.processEvents()
            if not window.grab().save(str(args.out)):
                print(f"could not write {args.out}", file=sys.stderr)
                return 1
        finally:
            window.close()
            database.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
