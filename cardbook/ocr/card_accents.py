"""Accents read again in the card's own language: Portuguese and Spanish lines re-read by Tesseract's
``por``/``spa`` models, French ones (the default languages) on cards RapidOCR read whole.

RapidOCR's recogniser drops accents ("Sao Paulo", "Rua Joao"), and Tesseract's French and English models,
which read the scans, do not hold ã, õ, í, ó, ú, ñ: a Brazilian or Spanish card came back without them on
its names and addresses, where no word list can put them back (``accents`` only handles a title's and a
firm's words). So once the card is read, its country is decided from its own text (``region.decide_region``,
the same decision the parser takes after), and when the card itself shows a Portuguese- or Spanish-speaking
country, its word lines are read again by Tesseract with that language's model (``rapid_accents.restore_accents``:
one stacked call, a word taking Tesseract's spelling only where the two differ by accents alone). A card
that shows no such country costs what it cost before: scans read by Tesseract get no second reading, cards
read whole by RapidOCR are checked with the default languages as before.

The same decision of the card's country lets a British card's postcode be read with its digits where the
postcode's shape wants them ("PRO 3QG" → "PR0 3QG": ``postcode_words``), before the parser looks for its address.

The language data (``tesseract-ocr-por``, ``tesseract-ocr-spa``) is optional: when a model is missing,
its cards keep their first reading (``installed``). Figures: docs/MEASURING.md, "Glare, photos without
EXIF, and Portuguese and Spanish accents".
"""

from __future__ import annotations

import pytesseract

from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.lexicon import REGION_LANGUAGES
from cardbook.ocr.load_once import once
from cardbook.ocr.postcode_words import with_postcode_digits
from cardbook.ocr.rapid_accents import restore_accents
from cardbook.ocr.region import RegionDecision, decide_region
from cardbook.ocr.types import GreyImage

# The card languages whose accents the default models (fra+eng) miss, and the Tesseract model that reads
# them. The model alone, without "+eng": as fast (the stacked call on a pt/es scan's lines: 0.15-0.17 s either
# way) and as good on the pt/es hard sets (accents lost, seeds 1 / 2: 3 / 7 against 4 / 7 with "+eng"); an
# English word it misreads changes nothing, since only a spelling that differs by accents alone is taken.
# German, Italian, Dutch, the Nordic languages, Polish and Czech: their own letters ("ß", "ø", "ł", "ò") come
# back through ``letter_confusions`` (a word takes the model's spelling only where the two readings differ by the
# language's letters and what the default models read for them). Each model alone, as for pt/es.
ACCENT_MODELS = {
    "pt": "por",
    "es": "spa",
    "de": "deu",
    "it": "ita",
    "nl": "nld",
    "sv": "swe",
    "da": "dan",
    "no": "nor",
    "fi": "fin",
    "pl": "pol",
    "cs": "ces",
}


@once
def _installed_models() -> frozenset[str]:
    """The language models Tesseract lists (``tesseract --list-langs``, once per process); none when it cannot
    say. Asked of the list, not of an engine: Tesseract starts on "xyzzy+eng" with English alone."""
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError, RuntimeError):
        return frozenset()


def installed(lang: str) -> bool:
    """Every model of ``lang`` ("por", "fra+eng") is installed."""
    return all(model in _installed_models() for model in lang.split("+"))


def card_language(texts: list[str], default_region: str) -> tuple[str, str] | None:
    """The card's language ("de") and the Tesseract model that reads it with its own letters ("deu"), when the
    card shows a country whose language the default models miss and the model is installed; else None."""
    return _language_of(decide_region(texts, default_region))


def _language_of(decision: RegionDecision) -> tuple[str, str] | None:
    """``card_language`` for a region already decided."""
    if not decision.from_card:
        return None
    language = REGION_LANGUAGES.get(decision.region, "")
    model = ACCENT_MODELS.get(language)
    if model is None or not installed(model):
        return None
    return language, model


def accent_language(texts: list[str], default_region: str) -> str | None:
    """The Tesseract model of ``card_language`` ("por"), or None."""
    found = card_language(texts, default_region)
    return found[1] if found else None


def with_card_accents(
    grey: GreyImage, words: tuple[OcrWord, ...], engine: str, default_lang: str, default_region: str
) -> tuple[OcrWord, ...]:
    """``words`` (boxes in ``grey``'s pixels, read by ``engine``) with the accents Tesseract reads in the card's
    own language; RapidOCR's reading of a card in no such language is checked with ``default_lang``. A British
    card's postcode is written as its shape wants (``postcode_words``)."""
    decision = decide_region([line.text for line in group_lines(words)], default_region)
    if decision.from_card:
        # A British postcode's "O" for a zero (``postcode_words``): its shape says which, not a language.
        words = with_postcode_digits(words, decision.region)
    found = _language_of(decision)
    if found is None:
        if engine != "rapidocr":
            return words  # a scan Tesseract read in the default languages: they hold its accents
        language, lang = None, default_lang
    else:
        language, lang = found
    height, width = grey.shape[:2]
    return restore_accents(grey, OcrPage(words, width, height, engine), lang, language).words
