"""Letter-spaced capitals the engines returned as single letters, one space apart, joined into the words the
card's domains, legal forms, first names or English words spell; letters nothing spells stay as read."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.letter_spaced_text import join_spaced_letters
from cardbook.ocr.parse_card import parse_text


def _spaced(word: str) -> str:
    return " ".join(word)


def _people(count: int) -> list[tuple[str, str]]:
    fake = Faker("en_US")
    fake.seed_instance(23)
    people: list[tuple[str, str]] = []
    while len(people) < count:
        first, last = fake.first_name_male(), fake.last_name()
        if first.isalpha() and last.isalpha() and len(first) >= 4:
            people.append((first.upper(), last.upper()))
    return people


def test_a_firms_name_spelled_by_its_domain_and_legal_form() -> None:
    for _, last in _people(8):
        text = f"{_spaced(last)} {_spaced('LLP')}"
        assert join_spaced_letters(text, [last.lower()]) == f"{last} LLP"


def test_word_gaps_the_engine_kept_part_the_words() -> None:
    for first, last in _people(8):
        assert join_spaced_letters(f"{_spaced(first)}   {_spaced(last)}") == f"{first} {last}"


def test_letters_nothing_spells_stay_as_read() -> None:
    for text in ("Q X Z K V", "B R T Q", "X Q Z V W"):
        assert join_spaced_letters(text, ["acme"]) == text
    # lower case letters and short runs are ordinary words
    assert join_spaced_letters("e a o b") == "e a o b"
    assert join_spaced_letters("A B C") == "A B C"


def test_the_parser_takes_the_joined_firm() -> None:
    for first, last in _people(6):
        domain = last.lower()
        firm = f"{_spaced(last)} {_spaced('LLP')}"
        text = f"{first.title()} {last.title()}\nPartner\n{firm}\n{first.lower()}@{domain}.com"
        company = parse_text(text, "US").company
        assert company is not None and company.value.upper() == f"{last} LLP"
