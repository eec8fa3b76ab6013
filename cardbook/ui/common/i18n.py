"""Loading the interface language: Cardbook's own translations and Qt's for its dialogs.

The sources are resources/translations/cardbook_<lang>.ts; `make translations` refreshes them from the code
(pyside6-lupdate) and compiles them into cardbook/ui/translations/*.qm (pyside6-lrelease), which ship with the
package. cardbook_en.qm holds only the English singular and plural forms of the %n messages ("%Ln contact(s)"
reads "1 contact", "3 contacts"): it is installed under every language, so English — and any message a
translation lacks — gets its plurals right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).parents[1] / "translations"  # cardbook_fr.qm, cardbook_en.qm (plural forms only)
SOURCE_PLURALS = "cardbook_en"
LANGUAGES = {"fr": QLocale.Language.French, "en": QLocale.Language.English}


class TranslationContext:
    """Translating from module-level code, plurals included: `Labels = TranslationContext("Labels")`, then
    `Labels.tr("%Ln contact(s)", None, n)`.

    lupdate reads the name before `.tr(` as the context, so the variable bears the context's name. (It cannot see
    the number of QCoreApplication.translate(context, text, None, n), which is fine for texts without one.)
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


def locale_for(lang: str | None) -> QLocale:
    """The locale dates and numbers follow: the system's, unless it speaks another language than `lang`."""
    system = QLocale.system()
    if lang is None or lang not in LANGUAGES or system.language() == LANGUAGES[lang]:
        return system
    return QLocale(LANGUAGES[lang], QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom)


def _installed(app: QCoreApplication, translator: QTranslator, loaded: bool) -> QTranslator | None:
    if loaded and app.installTranslator(translator):
        return translator
    translator.deleteLater()
    return None


def install_source_plurals(app: QCoreApplication) -> QTranslator | None:
    """The English plural forms; install before any other translation (Qt asks the last installed first)."""
    translator = QTranslator(app)
    return _installed(app, translator, translator.load(SOURCE_PLURALS, str(TRANSLATIONS_DIR)))


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install every translation found for the locale; returns them so the caller can remove them again."""
    plurals = install_source_plurals(app)
    installed = [plurals] if plurals is not None else []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("cardbook", str(TRANSLATIONS_DIR)), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        loaded = translator.load(locale, name, "_", folder)
        if loaded and Path(translator.filePath()).stem == SOURCE_PLURALS:
            loaded = False  # an English locale: the plural forms are already installed
        found = _installed(app, translator, loaded)
        if found is not None:
            installed.append(found)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
