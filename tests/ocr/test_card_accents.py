"""Portuguese and Spanish accents come back from Tesseract's own model of the card's language
(``card_accents``), on names and addresses too; cards of other countries get no second reading, and a
missing language model leaves the first reading as it was.

The cards are rendered here (made-up people and streets) and read by the real engines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr import card_accents
from cardbook.ocr.card_accents import accent_language, installed, with_card_accents
from cardbook.ocr.engine import OcrWord
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_accents import bare
from cardbook.ocr.tesseract_engine import TesseractEngine

from .render import Card, Text, render, save

PORTUGUESE = installed("por")
SPANISH = installed("spa")

_BRAZILIAN = [
    "Construções Aurora Ltda",
    "João Conceição",
    "Técnico de Instalações",
    "Rua Brigadeiro Simão, 120",
    "01310-100 São Paulo - SP",
    "Tel. (11) 3456-7890",
    "joao@construcoesaurora.com.br",
]
_SPANISH = [
    "Ramón Núñez",
    "Jefe de Producción",
    "Calle de la Montaña, 14",
    "28013 Madrid",
    "Tel. +34 912 345 678",
    "ramon.nunez@ejemplo.es",
]
_AMERICAN = ["Jordan Ellis", "Store Manager", "455 Oak Street", "Springfield, IL 62704", "(217) 555-0142"]


def _card(lines: list[str]) -> Card:
    return Card([Text(lines[0], 40, "DejaVuSans-Bold.ttf"), *(Text(line, 26) for line in lines[1:])])


def _plain_reading(lines: list[str], lang: str = "eng") -> tuple[object, tuple[OcrWord, ...]]:
    """The card rendered, and Tesseract's reading of it with every accent taken away (as RapidOCR or the
    French model return Portuguese and Spanish words: the letters right, the accents lost)."""
    image = render(_card(lines))
    read = TesseractEngine(lang=lang).recognize(to_grey(image))
    words = tuple(OcrWord(bare(w.text), w.confidence, w.box, w.group) for w in read.words)
    return image, words


def test_the_language_follows_the_cards_own_country() -> None:
    if PORTUGUESE:
        assert accent_language(_BRAZILIAN, "US") == "por"
    if SPANISH:
        assert accent_language(_SPANISH, "US") == "spa"
    assert accent_language(_AMERICAN, "BR") is None  # a card of another country: no second reading
    assert accent_language(["Jordan Ellis"], "BR") is None  # the default region is no evidence of the card's


def test_a_missing_language_model_is_no_error() -> None:
    assert not installed("xyzzy+eng")


@pytest.mark.skipif(not PORTUGUESE, reason="tesseract-ocr-por is not installed")
def test_names_and_addresses_of_a_brazilian_card_get_their_accents_back() -> None:
    image, words = _plain_reading(_BRAZILIAN, "por+eng")
    text = " ".join(w.text for w in with_card_accents(to_grey(image), words, "rapidocr", "fra+eng", "US"))
    for word in ("João", "Conceição", "Simão", "São", "Instalações", "Técnico"):
        assert word in text, (word, text)
    # A scan Tesseract read gets them too, and a word printed plain stays plain.
    text = " ".join(w.text for w in with_card_accents(to_grey(image), words, "tesseract-eng", "fra+eng", "US"))
    assert "João" in text and "Paulo" in text and "Rua" in text


@pytest.mark.skipif(not SPANISH, reason="tesseract-ocr-spa is not installed")
def test_a_spanish_card_gets_its_accents_back() -> None:
    image, words = _plain_reading(_SPANISH, "spa+eng")
    text = " ".join(w.text for w in with_card_accents(to_grey(image), words, "rapidocr", "fra+eng", "US"))
    for word in ("Ramón", "Núñez", "Producción", "Montaña"):
        assert word in text, (word, text)


def test_a_scan_of_another_country_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    image, words = _plain_reading(_AMERICAN)
    monkeypatch.setattr(card_accents, "restore_accents", _never)
    assert with_card_accents(to_grey(image), words, "tesseract-eng", "fra+eng", "BR") == words


def _never(*args: object) -> object:
    raise AssertionError("a card of no Portuguese- or Spanish-speaking country was read again")


def test_without_the_language_model_the_card_keeps_its_first_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save(str(tmp_path / "card.jpg"), render(_card(_BRAZILIAN)))
    monkeypatch.setattr(card_accents, "ACCENT_MODELS", {"pt": "xyzzy", "es": "xyzzy"})
    result = read_image(path, ReadOptions(region="US"))[0]
    assert result.ok and result.found
    assert result.fields.emails and result.fields.emails[0].value == _BRAZILIAN[-1]
