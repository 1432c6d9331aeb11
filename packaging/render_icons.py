"""Render the app icon's PNG sizes and the Windows .ico from resources/icons/warrantydesk.svg.

Run by `make icons` (offscreen Qt, no screen needed). The rendered files are committed, so the bundle
build needs no renderer; re-run this after changing the drawing.

The .ico holds every size: 16–128 as 32-bit bitmaps (which every Windows tool reads, Inno Setup and
the resource compilers included) and 256 as PNG, the form Windows expects for its largest size.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "warrantydesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 256  # sizes from this one up are stored as PNG inside the .ico


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An icon bitmap: BITMAPINFOHEADER (height doubled for the mask), BGRA rows bottom-up, an empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        row = bytearray()
        for x in range(size):
            argb = image.pixel(x, y)  # non-premultiplied 0xAARRGGBB
            row += struct.pack("<I", argb)  # little-endian: B, G, R, A
        rows.append(bytes(row))
    mask_row = b"\0" * (((size + 31) // 32) * 4)  # alpha decides transparency; the mask stays clear
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size, image in sorted(images.items()):
        blob = png_bytes(image) if size >= ICO_PNG_FROM else dib_bytes(image)
        dim = 0 if size >= 256 else size  # 0 stands for 256 in the directory
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        target = ICONS / f"warrantydesk-{size}.png"
        image.save(str(target), "PNG")
    images[256].save(str(ICONS / "warrantydesk.png"), "PNG")
    (ICONS / "warrantydesk.ico").write_bytes(ico_bytes(images))
    print(f"render_icons: {len(SIZES)} sizes, warrantydesk.png and warrantydesk.ico written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
