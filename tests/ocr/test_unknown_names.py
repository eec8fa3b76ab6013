"""People whose given names no list holds, found by how the name is written (``name_shapes``: initials before a
family name, the family name in capitals) and glued back when OCR cut it inside a word (``name_pieces``).

The people are drawn by ``unknown_name_data`` (syllables of nine naming traditions, every listed candidate
rejected), so no test here depends on a name the lists happen to hold or miss; one card is rendered and read by
the real engine."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cardbook.ocr.lexicon import COMPANY_WORDS, fold
from cardbook.ocr.name_pieces import MAX_HEAD_LETTERS, glued_name_piece
from cardbook.ocr.name_shapes import family_in_capitals, initials_then_family
from cardbook.ocr.names_data import first_name_weight
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_people import NAME_BASE, letter_shape, name_score
from cardbook.ocr.pipeline import read_image

from .render import Card, Text, render, save
from .unknown_name_data import TRADITIONS, known_anywhere, unknown_given, unknown_surname

TITLES = ("Project Manager", "Sales Director", "Ingénieure commerciale", "Gerente de Vendas")
FIRMS = ("Northfield Logistics Ltd", "Atelier Verdier SARL", "Construtora Horizonte Ltda")


def _people(count: int, seed: int) -> list[tuple[str, str]]:
    """(given, family) pairs no list holds, the traditions whose family names can be unknown in turn (Korean
    and Chinese family names are few, and listed)."""
    rng = random.Random(seed)
    traditions = [t for t in TRADITIONS if not known_anywhere(unknown_surname(random.Random(0), t))]
    people = []
    for index in range(count):
        tradition = traditions[index % len(traditions)]
        people.append((unknown_given(rng, tradition), unknown_surname(rng, tradition)))
    assert not any(known_anywhere(family) for _, family in people)
    assert all(first_name_weight(given) == 0.0 for given, _ in people)
    return people


def _card(name: str, index: int, mailbox: str = "contact") -> str:
    firm = FIRMS[index % len(FIRMS)]
    host = "".join(ch for ch in fold(firm.split()[0]) if ch.isalpha())
    title = TITLES[index % len(TITLES)]
    return f"{firm}\n{name}\n{title}\n+44 20 7946 0{index % 1000:03d}\n{mailbox}@{host}.com"


def test_initials_before_a_family_name_are_a_name_shape() -> None:
    for given, family in _people(30, 1):
        for initials in (f"{given[0]}.", f"{given[0]}. {family[0]}.", f"{given[0]}.-{family[0]}."):
            assert initials_then_family([letter_shape(word) for word in f"{initials} {family}".split()])
            assert name_score(f"{initials} {family}", []) > NAME_BASE
    assert not initials_then_family([letter_shape(word) for word in ["J.", "R.", "Co"]])  # a short abbreviation
    assert not initials_then_family([letter_shape(word) for word in ["Atelier", "Verdier"]])


def test_a_family_name_in_capitals_beside_a_given_name_is_a_name_shape() -> None:
    for given, family in _people(30, 2):
        assert family_in_capitals([given, family.upper()]) and family_in_capitals([family.upper(), given])
        assert name_score(f"{given} {family.upper()}", []) > name_score(f"{given} {family}", []) > 0
    given = _people(1, 7)[0][0]
    assert family_in_capitals([given, "XU"]) and family_in_capitals(["LI", given])  # two-letter family names
    assert not family_in_capitals([given, "SA"]) and not family_in_capitals(["DE", given])  # a form, a particle
    assert not family_in_capitals(["Ana", "SOUZA", "Lima"])  # capitals in the middle: no convention
    assert not family_in_capitals(["NORTHFIELD", "LOGISTICS"])  # a wordmark: every word in capitals
    # A firm's word in capitals is still a firm's line.
    company = sorted(word for word in COMPANY_WORDS if word.isalpha() and len(word) >= 5)[0]
    assert name_score(f"{company.upper()} Verdier", []) == 0.0


@pytest.mark.parametrize("style", ["initials", "surname_caps", "family_first"])
def test_card_person_with_a_shared_mailbox_is_found_by_the_shape_of_the_name(style: str) -> None:
    """No list holds the given name and the mailbox is the firm's shared one: the name's writing and the title
    beside it are the evidence."""
    wrong = []
    for index, (given, family) in enumerate(_people(18, 3)):
        name = {
            "initials": f"{given[0]}. {family}",
            "surname_caps": f"{given} {family.upper()}",
            "family_first": f"{family.upper()} {given}",
        }[style]
        fields = parse_text(_card(name, index), "GB")
        if fields.name is None or fields.name.value != name:
            wrong.append((name, fields.name.value if fields.name else None))
    assert not wrong, wrong


def test_a_name_cut_inside_a_word_is_glued_back() -> None:
    for given, family in _people(27, 4):
        for cut in range(1, min(MAX_HEAD_LETTERS, len(family) - 3) + 1):
            read = f"{given} {family[:cut]} {family[cut:]}"
            assert glued_name_piece(read, []) == f"{given} {family}", read


def test_phrases_and_names_read_whole_stay_as_they_are() -> None:
    for given, family in _people(9, 5):
        assert glued_name_piece(f"{given} {family}", []) == f"{given} {family}"
    for phrase in ("Institut für Informatik", "Union sportive de Lyon", "Venha nos visitar", "Feito com amor"):
        assert glued_name_piece(phrase, []) == phrase


def test_a_rendered_card_with_initials_and_a_shared_mailbox_is_read_with_its_person(tmp_path: Path) -> None:
    """Real Tesseract on a rendered card (DejaVu only): the person's initials and family name, no known given
    name, a shared mailbox."""
    (given, family), *_ = _people(1, 6)
    name = f"{given[0]}. {family}"
    lines = _card(name, 2).split("\n")
    image = render(
        Card([Text(lines[0], 30, "DejaVuSans-Bold.ttf"), Text(lines[1], 40), *(Text(line, 26) for line in lines[2:])])
    )
    result = read_image(save(str(tmp_path / "card.png"), image))[0]
    assert result.fields is not None and result.fields.name is not None
    assert result.fields.name.value == name
