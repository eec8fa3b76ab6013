"""Names in every alphabet's letters, and the firm's line beside what a logo and an address put near it.

- A person's name is recognised by the shape of its words (capitalised, initials), which must hold for letters
  outside Latin-1: Czech, Polish, Slovak, Croatian, Hungarian, Romanian and Turkish names ("š", "ř", "ł", "ő",
  "ș", "ğ"). The names are drawn from Faker's locale providers, not typed here.
- A logo's symbol read as one or two letters ("oO", "A" before the name) is no firm's name; the domain is.
- The address printed under the firm's name in the same type does not join it.
- A symbol OCR reads for a letter of the wordmark ("]" for "J") is written back when the domain spells the letter.

Lines are laid out left-aligned, one under the other, in the letter heights given (as OCR reports them)."""

from __future__ import annotations

import random
import unicodedata

import pytest
from faker import Faker

from cardbook.ocr.fields import CardFields
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.parse_domains import letter_for_symbol
from cardbook.ocr.parse_people import letter_shape, name_score

from .line_cards import stacked_lines

# Locales whose names use letters past Latin-1, and the country their cards' phones and addresses are from.
CENTRAL_EUROPEAN = ("cs_CZ", "pl_PL", "sk_SK", "hr_HR", "hu_HU", "ro_RO", "tr_TR", "lv_LV", "lt_LT", "sl_SI")
NAMES_PER_LOCALE = 12


def _fields(rows: list[tuple[str, float]]) -> CardFields:
    return parse_lines(stacked_lines(rows), "FR")


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii() and ch.isalpha()).lower()


def _drawn_names(locale: str) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(20261207)
    names = []
    while len(names) < NAMES_PER_LOCALE:
        name = f"{fake.first_name()} {fake.last_name()}"
        if any(not ch.isascii() for ch in name) and " " in name and name.count(" ") == 1:
            names.append(name)  # only names with a letter past ASCII: the case these tests are for
    return names


@pytest.mark.parametrize("locale", CENTRAL_EUROPEAN)
def test_names_with_letters_past_latin_1_are_read(locale: str) -> None:
    """A card of a firm with a legal form, the person under it with a title, the e-mail of the person's family
    name: the name line is found whatever letters it holds."""
    rng = random.Random(locale)
    for person in _drawn_names(locale):
        family = _ascii(person.split()[-1])
        firm = rng.choice(("Nordtech s.r.o.", "Vektor Sp. z o.o.", "Danube Kft.", "Adria d.o.o.", "Orion a.s."))
        fields = _fields(
            [
                (firm, 40),
                (person, 28),
                ("Project Manager", 18),
                ("T: +420 212 327 737", 18),
                (f"{family}@nordtech.eu", 18),
            ]
        )
        assert fields.name is not None and fields.name.value == person, (locale, person, fields.name)


def test_the_shape_of_a_word_is_its_letters_case_in_any_alphabet() -> None:
    assert letter_shape("Łukasz") == "Aaaaaa"
    assert letter_shape("O'Brien") == "A'Aaaaa"
    assert letter_shape("ŠŤASTNÝ,") == "AAAAAAA,"
    # Not a name: a digit inside a word, a word in lower case.
    assert name_score("Wiśniewski Ma3ek", []) == 0.0
    assert name_score("kowalski Jan", []) == 0.0


def test_a_logo_symbol_read_as_two_letters_is_not_the_firm() -> None:
    """The firm is only a picture and its domain; the picture read "oO" in the card's largest type."""
    fields = _fields(
        [
            ("oO", 64),
            ("Giulia Ferrante", 26),
            ("Responsabile Acquisti", 20),
            ("Centralino 02 1234 5678", 18),
            ("gferrante@lunaverdeimpianti.it", 20),
        ]
    )
    assert fields.company is not None and fields.company.value == "Lunaverdeimpianti"


def test_initials_the_domain_spells_are_the_firm() -> None:
    fields = _fields([("HQ", 64), ("Giulia Ferrante", 26), ("Buyer", 20), ("giulia@hq.it", 20)])
    assert fields.company is not None and fields.company.value == "HQ"


def test_a_letter_before_the_domains_name_is_the_logos_symbol() -> None:
    """A triangle read as "A" before the partners' names on a line of the contact column: the firm still."""
    fields = _fields(
        [
            ("A Holloway, Brandt and Okafor", 20),
            ("Solutions that work", 14),
            ("Dr Maya R. Lindqvist", 32),
            ("Project Engineer", 22),
            ("maya.lindqvist@holloway.com", 18),
            ("holloway.com", 18),
        ]
    )
    assert fields.company is not None
    assert fields.company.value in ("A Holloway, Brandt and Okafor", "Holloway, Brandt and Okafor")


def test_the_address_under_the_firms_name_does_not_join_it() -> None:
    fields = _fields(
        [
            ("Kowalczyk i Syn s.c.", 34),
            ("Słoneczna 48", 32),
            ("93-295 Opole", 24),
            ("Dr. Oskar Zieliński", 28),
            ("HR Manager", 22),
            ("zielinski@kowalczyk.pl", 20),
        ]
    )
    assert fields.company is not None and fields.company.value == "Kowalczyk i Syn s.c."
    assert fields.name is not None and fields.name.value == "Dr. Oskar Zieliński"


def test_a_symbol_read_for_a_letter_of_the_wordmark_is_written_back_from_the_domain() -> None:
    fields = _fields(
        [
            ("K] Vidraçaria", 42),
            ("Kátia Jardim", 28),
            ("Proprietária", 20),
            ("kjvidracaria.com.br", 20),
        ]
    )
    assert fields.company is not None and fields.company.value == "KJ Vidraçaria"


def test_a_symbol_the_domain_does_not_spell_stays() -> None:
    assert letter_for_symbol("Bar | Grill", ["bargrill"]) == "Bar | Grill"
    assert letter_for_symbol("K] Vidraçaria", ["vidracariakj"]) == "K] Vidraçaria"
