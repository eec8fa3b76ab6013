"""Loading the interface language: Cardbook's own translations (when shipped) and Qt's for its dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).parent / "translations"  # cardbook_fr.qm, built with pyside6-lrelease
LANGUAGES = {"fr": QLocale.Language.French, "en": QLocale.Language.English}


def locale_for(lang: str | None) -> QLocale:
    """The locale dates and numbers follow: the system's, unless it speaks another language than `lang`."""
    system = QLocale.system()
    if lang is None or lang not in LANGUAGES or system.language() == LANGUAGES[lang]:
        return system
    return QLocale(LANGUAGES[lang], QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom)


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install every translation found for the locale; returns them so the caller can remove them again."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("cardbook", str(TRANSLATIONS_DIR)), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
