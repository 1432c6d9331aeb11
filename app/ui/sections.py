"""The main window's sections: stable ids, titles and icons, in the order of the navigation (Ctrl+1 … Ctrl+0)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QStyle

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class Section:
    id: str  # stable: stored in the settings, used by tests and shortcuts
    title: str  # source text in the "MainWindow" context
    icon: QStyle.StandardPixmap


SECTIONS: tuple[Section, ...] = (
    Section("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), SP.SP_DesktopIcon),
    Section("units", QT_TRANSLATE_NOOP("MainWindow", "Units"), SP.SP_ComputerIcon),
    Section("service_log", QT_TRANSLATE_NOOP("MainWindow", "Service log"), SP.SP_FileDialogDetailedView),
    Section("claims", QT_TRANSLATE_NOOP("MainWindow", "Warranty claims"), SP.SP_FileIcon),
    Section("old_parts", QT_TRANSLATE_NOOP("MainWindow", "Old parts"), SP.SP_DriveHDIcon),
    Section("shipments", QT_TRANSLATE_NOOP("MainWindow", "Return shipments"), SP.SP_ArrowRight),
    Section("batches", QT_TRANSLATE_NOOP("MainWindow", "Claim batches"), SP.SP_DirIcon),
    Section("reserve_plan", QT_TRANSLATE_NOOP("MainWindow", "Spare-part reserve plan"), SP.SP_FileDialogListView),
    Section("master_data", QT_TRANSLATE_NOOP("MainWindow", "Master data"), SP.SP_FileDialogInfoView),
    Section("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SP.SP_FileDialogContentsView),
)
SECTION_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
                 Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0)
