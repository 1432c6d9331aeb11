"""Installs the Qt translators: WarrantyDesk's own catalogue and Qt's standard dialogs and buttons.

Translators are children of the application, so switching language needs no module state: the
old ones are found by their object name, removed, and the new ones installed. Installing or
removing a translator sends every widget a LanguageChange event, on which views re-translate.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

LANGUAGES = ("zh_CN", "en")
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}  # each language in its own words, as pickers show them
SOURCE_LANGUAGE = "en"
AUTO = "auto"
_TRANSLATOR_NAME = "warrantydesk-translator"
_LANGUAGE_PROPERTY = "warrantydesk_language"


def choose_language(setting: str) -> str:
    """The language to use for a setting of "auto", "zh_CN" or "en" (anything else counts as auto)."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else SOURCE_LANGUAGE


def catalogue_path(lang: str) -> Path:
    return paths.resource("i18n", f"warrantydesk_{lang}.qm")


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for `lang` (replacing any installed before) and return them.

    A missing catalogue is not an error: the English source strings show instead.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    remove(app)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(Path(qt_dir) / f"qtbase_{lang}.qm"), catalogue_path(lang)]
    for path in candidates:
        if not path.is_file():
            continue
        translator = QTranslator(app)  # the application owns it, so it lives as long as it is installed
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    app.setProperty(_LANGUAGE_PROPERTY, lang)
    return installed


def remove(app: QCoreApplication) -> None:
    """Remove the translators `install` put in place; the UI falls back to the English source."""
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setObjectName("")  # a second switch before the event loop runs must not find it again
        translator.deleteLater()
    app.setProperty(_LANGUAGE_PROPERTY, None)


def switch(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Change the language of a running application; open windows re-translate themselves."""
    return install(app, lang)


def current_language(app: QCoreApplication) -> str:
    """The language last installed on `app`, or the source language when none is."""
    value = app.property(_LANGUAGE_PROPERTY)
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE
