"""A saved PDF's pages as images, for the preview and for painting on a printer.

pdfium (pypdfium2) renders the pages; it is not thread-safe, so pages are rendered on the GUI
thread only, one at a time, as they are shown or printed (200 records make 200 pages or more).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

try:
    import pypdfium2 as pdfium
except ImportError:  # an installation without it previews through the system's PDF viewer
    pdfium = None

POINTS_PER_INCH = 72


def can_render() -> bool:
    return pdfium is not None


class PdfPages:
    """An open PDF: its page count, sizes in points, and pages rendered to images on demand."""

    def __init__(self, path: Path | str) -> None:
        if pdfium is None:
            raise RuntimeError("no PDF renderer is installed")
        self.path = Path(path)
        self._document = pdfium.PdfDocument(str(self.path))

    def __len__(self) -> int:
        return len(self._document)

    def size(self, index: int) -> tuple[float, float]:
        """Width and height of page `index` (from 0) in points."""
        width, height = self._document[index].get_size()
        return width, height

    def image(self, index: int, dpi: float) -> QImage:
        page = self._document[index]
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        # The bitmap's memory belongs to pdfium and goes with it: keep a copy Qt owns.
        return image.copy()

    def close(self) -> None:
        self._document.close()
