"""German, Nordic and Polish letters ("ß", "ø", "ł") come back from Tesseract's model of the card's language
(``card_accents`` with ``letter_confusions``), where the default models read other letters for them; a word
differing by anything else keeps its first reading, and a card of no such country is read once.

The cards are rendered here (made-up people, streets and towns) and read by the real engine.
"""

from __future__ import annotations

import pytest

from cardbook.ocr import card_accents
from cardbook.ocr.card_accents import card_language, installed, with_card_accents
from cardbook.ocr.engine import OcrWord
from cardbook.ocr.letter_confusions import ALPHABETS, DEFAULT_READINGS, respelled
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.tesseract_engine import TesseractEngine

from .render import Card, Text, render

_GERMAN = [
    "Tilo Grüßner",
    "Leiter Vertrieb",
    "Weißdornstraße 14",
    "D-79111 Blaßheim",
    "Tel. +49 761 2345 678",
    "tilo@gruessner-beispiel.de",
]
_DANISH = [
    "Bødvar Kjærmo",
    "Salgschef",
    "Lærkevej 8, Fjørby",
    "Tlf. +45 32 45 67 89",
    "bodvar@kjaermo-eksempel.dk",
]
_POLISH = [
    "Łucja Wróblak",
    "Kierownik sprzedaży",
    "ulica Skałowa 3",
    "31-042 Ługowo",
    "Tel. +48 12 345 67 89",
    "lucja@wroblak-przyklad.pl",
]
_AMERICAN = ["Jordan Ellis", "Store Manager", "455 Oak Street", "Springfield, IL 62704", "(217) 555-0142"]


def _first_reading(lines: list[str]) -> tuple[object, tuple[OcrWord, ...]]:
    """The card rendered, and the default models' reading of it (the scan's first reading)."""
    image = render(Card([Text(lines[0], 40, "DejaVuSans-Bold.ttf"), *(Text(line, 28) for line in lines[1:])]))
    return image, TesseractEngine(lang="fra+eng").recognize(to_grey(image)).words


def _printed_words(lines: list[str], language: str) -> list[str]:
    """The printed words holding one of ``language``'s letters."""
    letters = set(ALPHABETS[language]) | {ch.upper() for ch in ALPHABETS[language]}
    return [word.strip(",.") for line in lines for word in line.split() if letters & set(word)]


def _lost_and_restored(lines: list[str], language: str) -> tuple[int, int]:
    """(words with the language's letters the first reading lost, of those the card's model gave back)."""
    image, words = _first_reading(lines)
    first = {word.text for word in words}
    after = {word.text for word in with_card_accents(to_grey(image), words, "tesseract-fra+eng", "fra+eng", "US")}
    lost = [word for word in _printed_words(lines, language) if word not in first]
    return len(lost), sum(word in after for word in lost)


@pytest.mark.parametrize(
    ("lines", "language", "model"),
    [(_GERMAN, "de", "deu"), (_DANISH, "da", "dan"), (_POLISH, "pl", "pol")],
)
def test_the_letters_come_back_from_the_card_languages_model(lines: list[str], language: str, model: str) -> None:
    if not installed(model):
        pytest.skip(f"tesseract-ocr-{model} is not installed")
    assert card_language(lines, "US") == (language, model)
    lost, restored = _lost_and_restored(lines, language)
    # The default models lose these letters (else there is nothing to show), and most of them come back.
    assert lost >= 2
    assert restored >= lost - 1, (lost, restored)


def test_a_card_of_a_country_whose_language_the_default_models_hold_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    image, words = _first_reading(_AMERICAN)
    monkeypatch.setattr(card_accents, "restore_accents", _never)
    assert card_language(_AMERICAN, "DE") is None  # the default region is no evidence of the card's
    assert with_card_accents(to_grey(image), words, "tesseract-fra+eng", "fra+eng", "DE") == words


def _never(*args: object) -> object:
    raise AssertionError("a card of no country with its own letters was read again")


def test_without_the_model_a_german_card_keeps_its_first_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card_accents, "ACCENT_MODELS", {"de": "xyzzy"})
    image, words = _first_reading(_GERMAN)
    assert card_language(_GERMAN, "US") is None
    assert with_card_accents(to_grey(image), words, "tesseract-fra+eng", "fra+eng", "US") == words


# --- the rule, on spellings alone ------------------------------------------------------------------------


def _a_reading(letter: str) -> str:
    """One of the default models' measured readings of ``letter`` (not the letter nor its plain form)."""
    readings = [text for text in DEFAULT_READINGS.get(letter, ()) if text]
    assert readings, f"no measured reading of {letter!r}"
    return readings[0]


def test_a_word_takes_the_language_letters_where_the_first_reading_has_their_misreadings() -> None:
    for language, letter in (("de", "ß"), ("da", "ø"), ("pl", "ł")):
        word = f"Ka{letter}en"
        assert respelled(f"Ka{_a_reading(letter)}en", word, language) == word
    assert respelled("Grusner", "Grüsner", "de") == "Grüsner"  # an accent dropped, as for pt/es


def test_a_word_differing_by_anything_else_keeps_its_first_reading() -> None:
    assert respelled("Karen", "Kasen", "de") is None  # no letter of the language: nothing to take
    assert respelled("Kalen", "Kaßem", "de") is None  # another letter differs too
    assert respelled("Karen", "Karén", "pl") is None  # "é" is no Polish letter
    assert respelled("Karte", "Kärtel", "de") is None  # a letter more
    assert respelled(f"Ka{_a_reading('ß')}en", "Kaßen", "da") is None  # "ß" is no Danish letter
    assert respelled("Kaßen", "Kaßen", "de") is None  # the same word: nothing to change
