"""A person's name OCR read with a piece apart: a small-caps surname's larger first capital read as a word of its
own ("HELENA V OSSBERG"), a full stop read after the name ("Ana Lima."). Lines are shaped as the engines return
them; every text is made up."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.glued_names import split_glued_name
from cardbook.ocr.letter_spaced_text import join_split_capital
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box


def _card(name: str, mail: str, title: str = "Associate") -> list[CardLine]:
    return [
        CardLine(0, "Brightwater & Hale LLP", Box(120, 40, 420, 40), 34),
        CardLine(1, name, Box(140, 110, 380, 44), 36),
        CardLine(2, title, Box(220, 170, 200, 30), 24),
        CardLine(3, mail, Box(160, 220, 340, 24), 18),
        CardLine(4, "+1 212 555 0187", Box(200, 260, 240, 24), 18),
    ]


@pytest.mark.parametrize(
    ("read", "mail", "name"),
    [
        ("HELENA V OSSBERG", "hvossberg@brightwaterhale.com", "HELENA VOSSBERG"),
        ("ODALYS T REMAINE", "tremaine@brightwaterhale.com", "ODALYS TREMAINE"),
    ],
)
def test_a_small_caps_surnames_first_capital_read_apart_is_joined(read: str, mail: str, name: str) -> None:
    fields = parse_lines(_card(read, mail), "US")
    assert fields.name is not None and fields.name.value == name


def test_a_middle_initial_stays_apart() -> None:
    """The mailbox spells the surname after the given name's initial: the lone capital is an initial."""
    assert join_split_capital("HELENA V OSSBERG", ["hossberg"]) == "HELENA V OSSBERG"
    assert join_split_capital("HELENA V OSSBERG", ["helena.ossberg"]) == "HELENA V OSSBERG"
    fields = parse_lines(_card("Helena V. Ossberg", "helena.ossberg@brightwaterhale.com"), "US")
    assert fields.name is not None and fields.name.value == "Helena V. Ossberg"


@pytest.mark.parametrize(
    ("read", "name"), [("Rosana Teixeira Prado.", "Rosana Teixeira Prado"), ("Tomas Berg Jr.", "Tomas Berg Jr.")]
)
def test_a_full_stop_after_the_name_is_no_part_of_it(read: str, name: str) -> None:
    lines = [
        CardLine(0, "Vidraçaria Horizonte", Box(100, 30, 600, 80), 70),
        CardLine(1, "Vidros | Espelhos | Box", Box(300, 130, 300, 32), 26),
        CardLine(2, read, Box(300, 190, 340, 58), 48),
        CardLine(3, "Técnico Responsável", Box(330, 250, 280, 38), 30),
        CardLine(4, "Fone (25) 2448-9570", Box(390, 330, 200, 44), 30),
    ]
    fields = parse_lines(lines, "BR")
    assert fields.name is not None and fields.name.value == name


def _trade_card(person: str) -> list[CardLine]:
    return [
        CardLine(0, "Serralheria Horizonte", Box(100, 30, 600, 80), 70),
        CardLine(1, "Portões | Grades | Solda", Box(300, 130, 300, 32), 26),
        CardLine(2, person, Box(240, 190, 420, 58), 48),
        CardLine(3, "Zap (84) 9 0903-1418", Box(330, 270, 280, 40), 30),
        CardLine(4, "Rua das Acácias, 2571 - Centro", Box(300, 330, 360, 40), 30),
    ]


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("MARIAHELENA BARBOSA", "MARIA HELENA BARBOSA"),
        ("CARLOSEDUARDONUNES", "CARLOS EDUARDO NUNES"),
        ("JOSEROBERTO ALMEIDA,", "JOSE ROBERTO ALMEIDA"),
    ],
)
def test_a_name_in_capitals_read_without_its_spaces_is_cut_at_its_given_names(read: str, name: str) -> None:
    fields = parse_lines(_trade_card(read), "BR")
    assert fields.name is not None and fields.name.value == name


@pytest.mark.parametrize("word", ["ROBERTSON", "INTERNATIONAL", "MARIAFLOR"])
def test_a_word_in_capitals_one_given_name_opens_is_not_cut(word: str) -> None:
    assert split_glued_name(word, []) == word
