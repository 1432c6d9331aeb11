"""Workstation settings and the translators."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from app import i18n
from app.settings import ALL_SETTINGS, LANGUAGE, SETTINGS_VERSION, WINDOW_GEOMETRY, WINDOW_SECTION, Settings


def test_defaults_before_anything_is_stored(settings: Settings) -> None:
    assert settings.get(LANGUAGE) == "auto"
    assert settings.get(WINDOW_GEOMETRY) == b""
    assert settings.get(WINDOW_SECTION) == "dashboard"
    assert {s.key for s in ALL_SETTINGS} >= {"ui/language", "window/geometry", "window/state", "window/section"}
    assert all(s.title for s in ALL_SETTINGS)


def test_values_survive_a_new_settings_object(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(LANGUAGE, "zh_CN")
    first.set(WINDOW_GEOMETRY, b"\x01\x02\x00\xff")
    first.set(WINDOW_SECTION, "claims")
    first.sync()
    second = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert second.get(LANGUAGE) == "zh_CN"
    assert second.get(WINDOW_GEOMETRY) == b"\x01\x02\x00\xff"
    assert second.get(WINDOW_SECTION) == "claims"
    assert int(second.store.value("settings/version")) == SETTINGS_VERSION


def test_wrong_values_are_refused_and_unknown_stored_ones_ignored(settings: Settings) -> None:
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "klingon")
    with pytest.raises(TypeError):
        settings.set(WINDOW_GEOMETRY, "not bytes")  # type: ignore[arg-type]
    settings.store.setValue(LANGUAGE.key, "klingon")  # e.g. written by a later version
    assert settings.get(LANGUAGE) == "auto"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("zh_CN", QLocale.Language.English, "zh_CN"),
        ("en", QLocale.Language.Chinese, "en"),
        ("auto", QLocale.Language.Chinese, "zh_CN"),
        ("auto", QLocale.Language.German, "en"),
        ("nonsense", QLocale.Language.Chinese, "zh_CN"),
    ],
)
def test_choose_language(monkeypatch, setting: str, system: QLocale.Language, expected: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.choose_language(setting) == expected


def test_install_switch_and_remove(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        installed = i18n.install(qapp, "zh_CN")
        assert len(installed) == 2  # Qt's own strings and WarrantyDesk's
        assert i18n.current_language(qapp) == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Dashboard") == "仪表盘"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase_zh_CN

        i18n.switch(qapp, "en")
        assert i18n.current_language(qapp) == "en"
        assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"
        assert all(t.objectName() == "" for t in installed)  # the Chinese ones were taken out
        with pytest.raises(ValueError):
            i18n.install(qapp, "fr")
    finally:
        i18n.remove(qapp)
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"
    assert not qapp.findChildren(QTranslator, "warrantydesk-translator")
