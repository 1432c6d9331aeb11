"""Painting a saved PDF's pages on a printer chosen in Qt's print dialog.

The pages are rendered at the printer's resolution (capped, a page at a time) and drawn to fill the
printable area with the page's proportions kept. No printer installed is a message, not a crash.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.ui.claims.common import show_message
from app.ui.printing.pages import PdfPages, can_render

MAX_DPI = 300  # enough for the barcodes; more only makes the print job bigger

_CONTEXT = "FormPrinter"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def no_printer_message(parent: QWidget) -> QMessageBox:
    return show_message(parent, _tr("Print"), _tr(
        "No printer is installed on this computer. Install a printer in the system settings, or use "
        "Save as PDF and print the file on another computer."))


def ask_and_print(pages: PdfPages | None, parent: QWidget, *,
                  done: Callable[[bool], None] | None = None) -> QPrintDialog | QMessageBox:
    """Open the print dialog (non-blocking); the pages are printed when the clerk confirms it."""
    if pages is None or not can_render():
        return show_message(parent, _tr("Print"), _tr(
            "The form cannot be drawn for a printer on this computer. Use Save as PDF and print the file "
            "from a PDF viewer."))
    if not printers_available():
        return no_printer_message(parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pages.path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, len(pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        ok = print_pages(printer, pages, parent)
        if done is not None:
            done(ok)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def print_pages(printer: QPrinter, pages: PdfPages, parent: QWidget | None = None) -> bool:
    """Paint the chosen page range on `printer`; False (after telling the clerk) if the printer refuses."""
    first, last = 1, len(pages)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or last, last)
    painter = QPainter()
    if not painter.begin(printer):
        if parent is not None:
            show_message(parent, _tr("Print"), _tr("The printer could not be started. Check that it is switched "
                                                   "on and connected, then try again."))
        return False
    dpi = min(printer.resolution(), MAX_DPI)
    progress = QProgressDialog(_tr("Printing…"), "", first - 1, last, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(800)
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            image = pages.image(number - 1, dpi)
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            size = QSize(image.width(), image.height()).scaled(area.size().toSize(),
                                                               Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            painter.drawImage(target, image)
            progress.setValue(number)
    finally:
        painter.end()
        progress.close()
        progress.deleteLater()
    return True
