"""QtGui as PyInstaller's own hook collects it, less the plugins this widgets app never loads.

Leaving them out here, before analysis, also keeps out the libraries only they need (GTK and its
stack, Wayland, EGL, QtNetwork), which filtering the finished analysis would not. Kept: the xcb,
Windows, offscreen and minimal platforms, image formats, SVG icons, input methods (ibus, compose),
the XDG desktop portal theme and GLX/EGL integrations for xcb. Under Wayland the app runs through
XWayland (xcb).
"""
from __future__ import annotations

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNWANTED = (
    "/plugins/platforms/libqwayland", "/plugins/platforms/libqeglfs", "/plugins/platforms/libqlinuxfb",
    "/plugins/platforms/libqminimalegl", "/plugins/platforms/libqvnc", "/plugins/platforms/libqvkkhrdisplay",
    "/plugins/platforms/qdirect2d",
    "/plugins/egldeviceintegrations/", "/plugins/wayland-", "/plugins/generic/",
    "/plugins/platforminputcontexts/libqtvirtualkeyboard", "/plugins/platforminputcontexts/qtvirtualkeyboard",
    "/plugins/platformthemes/libqgtk3",
)


def _wanted(source: str) -> bool:
    source = source.replace("\\", "/")
    return not any(part in source for part in UNWANTED)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _wanted(source)]
