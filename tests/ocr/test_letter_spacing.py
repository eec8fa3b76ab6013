"""Letter-spaced capitals are read back as words (``letter_spacing``), and ordinary lines are left alone.

The word boxes of the first tests are laid out as the engines return them on letter-spaced print (RapidOCR's
single letters and two- or three-letter pieces, Tesseract's whole words far apart); the last tests render
letter-spaced DejaVu cards (``render``'s ``tracking``) and read them through the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.engine import OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.letter_spacing import join_letter_spaced
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.types import Box

from .render import Card, Text, render, save, text_width

HEIGHT = 30


def _spaced(text: str, left: int = 50, top: int = 100, tracking: int = 14, space: int = 40) -> list[OcrWord]:
    """One word per letter, as RapidOCR reads letter-spaced capitals: letters ``tracking`` apart, words
    ``space`` apart."""
    words: list[OcrWord] = []
    x = left
    for index, word in enumerate(text.split(" ")):
        if index:
            x += space - tracking
        for letter in word:
            words.append(OcrWord(letter, 0.9, Box(x, top, 24, HEIGHT), (1,)))
            x += 24 + tracking
    return words


def _texts(words: tuple[OcrWord, ...]) -> list[str]:
    return [line.text for line in group_lines(words)]


def test_single_letters_are_joined_into_words_at_the_wide_gaps() -> None:
    words = join_letter_spaced(_spaced("SOPHIE MARTIN"))
    assert _texts(words) == ["SOPHIE MARTIN"]


def test_a_letter_spaced_word_alone_is_one_word() -> None:
    assert _texts(join_letter_spaced(_spaced("ATELIER"))) == ["ATELIER"]


def test_pieces_of_two_and_three_letters_join_with_the_single_letters() -> None:
    pieces = [("GIU", 110), ("L", 24), ("IA", 60), ("RI", 60), ("C", 24), ("CI", 60)]
    words: list[OcrWord] = []
    x = 50
    for index, (text, width) in enumerate(pieces):
        x += 60 if index == 3 else 0  # the word gap, between "GIULIA" and "RICCI"
        words.append(OcrWord(text, 0.9, Box(x, 100, width, HEIGHT), (1,)))
        x += width + 12
    assert _texts(join_letter_spaced(words)) == ["GIULIA RICCI"]


def test_the_other_lines_of_the_card_are_untouched() -> None:
    name = _spaced("JOAO LIMA")
    other = [
        OcrWord("Rua", 0.95, Box(50, 200, 50, 22), (2,)),
        OcrWord("da", 0.95, Box(108, 200, 30, 22), (2,)),
        OcrWord("Paz,", 0.95, Box(146, 200, 50, 22), (2,)),
        OcrWord("12", 0.95, Box(204, 200, 30, 22), (2,)),
    ]
    words = join_letter_spaced([*name, *other])
    assert _texts(words) == ["JOAO LIMA", "Rua da Paz, 12"]
    assert [word for word in words if word.box.top == 200] == other


def test_short_words_in_lower_case_are_not_joined() -> None:
    """Letter-spaced print is in capitals: a run of one- and two-letter words in lower case is ordinary text."""
    texts = ["a", "e", "o", "y", "de", "a"]
    words = [OcrWord(text, 0.9, Box(50 + 60 * i, 100, 20 * len(text), 24), (1,)) for i, text in enumerate(texts)]
    assert join_letter_spaced(words) == tuple(words)


def test_digits_are_never_letter_pieces() -> None:
    words = [
        OcrWord(text, 0.9, Box(50 + 40 * i, 100, 20, 24), (1,)) for i, text in enumerate(["0", "6", "1", "2", "3", "4"])
    ]
    assert join_letter_spaced(words) == tuple(words)


def test_tracked_words_far_apart_are_one_line() -> None:
    """Tesseract read the tracked words whole; the layout alone would cut the line at their wide gap."""
    carmen = OcrWord("CARMEN", 0.9, Box(60, 100, 264, 24), (2, 1, 1))
    romero = OcrWord("ROMERO", 0.9, Box(395, 100, 264, 24), (2, 1, 1))
    assert _texts((carmen, romero)) == ["CARMEN", "ROMERO"]
    assert _texts(join_letter_spaced([carmen, romero])) == ["CARMEN ROMERO"]


def test_capitals_of_ordinary_width_far_apart_stay_apart() -> None:
    """Two capitals words in two columns: their letters are not spread, so the gap is a column gap."""
    left = OcrWord("PARIS", 0.9, Box(60, 100, 100, 24), (2, 1, 1))
    right = OcrWord("LYON", 0.9, Box(400, 100, 80, 24), (2, 1, 1))
    assert _texts(join_letter_spaced([left, right])) == ["PARIS", "LYON"]


def _tracked_card(name: str, company: str) -> Card:
    face, bold = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
    lines = [
        Text(company, 34, bold, (30, 60, 120), tracking=0.7),
        Text(name, 32, face, tracking=0.8),
        Text("Responsable commercial", 26, face),
        Text("12 rue des Lilas", 24, face),
        Text("44000 Nantes", 24, face),
        Text("Tél. 02 40 12 34 56", 24, face),
        Text("contact@atelier-lambert.fr", 24, face),
    ]
    return Card(lines, spacing=1.5)


def test_letter_spacing_widens_the_printed_line() -> None:
    assert text_width("ATELIER", "DejaVuSans.ttf", 30, 0.5) > text_width("ATELIER", "DejaVuSans.ttf", 30) + 80


@pytest.mark.parametrize(("name", "company"), [("CLAIRE DUVAL", "ATELIER LAMBERT"), ("HUGO MARCHAND", "OPTIQUE SUD")])
def test_a_letter_spaced_name_and_firm_are_read_as_words(tmp_path: Path, name: str, company: str) -> None:
    path = save(str(tmp_path / "card.png"), render(_tracked_card(name, company)))
    [result] = read_image(path)
    assert result.fields.name is not None and result.fields.name.value.upper() == name
    assert name in result.text.splitlines()
