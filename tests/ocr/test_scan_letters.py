"""Letters of European scans read right (session 13): a Spanish "ó" the default models read "é" comes back from
the card's own model; a name beside an e-mail in another column is read again too; the accents step puts no
French mark on a name nor changes a name's vowel for another; a mark RapidOCR saw is not swapped for the one the
default models misread it as; a British postcode's "O" for a zero is written as the digit.

The cards are rendered here (made-up people, firms and streets) and read by the real engines.
"""

from __future__ import annotations

import pytest

from cardbook.ocr.accents import with_accents
from cardbook.ocr.card_accents import installed, with_card_accents
from cardbook.ocr.engine import OcrWord
from cardbook.ocr.letter_confusions import respelled
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.postcode_words import with_postcode_digits
from cardbook.ocr.postcodes import uk_postcode_read
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_accents import accented, bare
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import Box

from .render import Card, Text, render

SPANISH = installed("spa")


def test_a_spanish_o_read_as_an_e_takes_the_cards_model_spelling() -> None:
    # fra+eng reads "ó" as "é" (measured: ``DEFAULT_READINGS``): not an accent dropped but another vowel.
    assert respelled("Innovacién", "Innovación", "es") == "Innovación"
    assert respelled("Castellé", "Castelló", "es") == "Castelló"
    assert respelled("Operaçôes", "Operações", "pt") == "Operações"
    # A letter the language does not write, or a letter that differs elsewhere, is not taken.
    assert respelled("Castelle", "Castellè", "es") is None
    assert respelled("Castelle", "Costelló", "es") is None


def test_a_mark_rapidocr_saw_is_not_swapped_for_the_default_models_misreading_of_it() -> None:
    assert accented("Financiën", "Financién") is None  # the default models read "ë" as "é"
    assert accented("Negoce", "Négoce") == "Négoce"  # a mark RapidOCR dropped still comes back
    assert accented("Resume", "Résumé") == "Résumé"


def test_a_names_letters_change_only_where_ocr_is_known_to_lose_them() -> None:
    # "Käster" is no misreading of the German word "Küster": the default models do not read "ü" as "ä".
    assert with_accents("Ulrich Käster", "de", name=True) == "Ulrich Käster"
    # A French mark the default models would have read is not added to a name read without it.
    assert with_accents("Astrid Benoit", "fr", name=True) == "Astrid Benoit"
    # Marks they cannot read still come back on a name, as on the title's words.
    assert with_accents("Joao Araujo", "pt", name=True) == "João Araújo"
    assert with_accents("Sebastiäo", "pt", name=True) == "Sebastião"
    assert with_accents("Geschaftsfuhrer", "de") == "Geschäftsführer"


def _named_beside_its_email(lines: list[str]) -> tuple[object, tuple[OcrWord, ...]]:
    """A card whose first line is a name with its e-mail level with it in a right-hand column, read by
    Tesseract and stripped of accents (as RapidOCR returns them); the name and the e-mail given one line group,
    as Tesseract gives two columns printed on one row."""
    name, email, *rest = lines
    below = [Text(line, 28, y=140 + 55 * i) for i, line in enumerate(rest)]
    card = Card([Text(name, 30, x=60, y=60), Text(email, 26, x=600, y=64), *below])
    image = render(card)
    read = TesseractEngine(lang="spa+eng" if SPANISH else "eng").recognize(to_grey(image))
    top = [w for w in read.words if w.box.top < 120]
    assert any("@" in w.text for w in top) and len(top) >= 3, [w.text for w in read.words]
    group = top[0].group
    words = tuple(OcrWord(bare(w.text), w.confidence, w.box, group if w in top else w.group) for w in read.words)
    return image, words


@pytest.mark.skipif(not SPANISH, reason="tesseract-ocr-spa is not installed")
def test_a_name_level_with_an_email_in_another_column_is_read_again() -> None:
    lines = ["Ramón Núñez", "ramon@ejemplo.es", "Jefe de Producción", "Calle de la Montaña, 14", "28013 Madrid"]
    image, words = _named_beside_its_email(lines)
    text = " ".join(w.text for w in with_card_accents(to_grey(image), words, "rapidocr", "fra+eng", "US"))
    for word in ("Ramón", "Núñez", "Producción", "Montaña"):
        assert word in text, (word, text)
    assert "ramon@ejemplo.es" in text  # the e-mail itself is never respelled


def test_a_british_postcodes_letters_and_digits_are_written_as_its_shape_wants() -> None:
    assert uk_postcode_read("PRO", "3QG") == "PR0 3QG"
    assert uk_postcode_read("MI", "1AE") == "M1 1AE"
    assert uk_postcode_read("S015", "2GB") == "SO15 2GB"
    assert uk_postcode_read("SW1A", "1AA") is None  # already a postcode
    assert uk_postcode_read("Street", "7AB") is None  # no postcode however read
    assert uk_postcode_read("SOS", "OIL") is None  # no digit: words, not a misread postcode


def _word(text: str, left: int) -> OcrWord:
    return OcrWord(text, 0.9, Box(left, 300, 80, 30), (1, 1, 1))


def test_a_postcode_is_rewritten_on_a_british_card_only() -> None:
    words = (_word("Westport", 60), _word("PRO", 200), _word("3QG", 290))
    assert [w.text for w in with_postcode_digits(words, "GB")] == ["Westport", "PR0", "3QG"]
    assert with_postcode_digits(words, "FR") == words
    card = "Jane Smith\nSales Manager\nAcme Ltd\n12 Church Road\nWestport\n{}\nT +44 (0)121 059 9488\njane@acme.co.uk"
    before = parse_text(card.format("PRO 3QG"), region="FR").address
    after = parse_text(card.format("PR0 3QG"), region="FR").address
    assert before is not None and "Westport" not in before.value  # the misread postcode loses the postal line
    assert after is not None and after.value == "12 Church Road, Westport, PR0 3QG"
