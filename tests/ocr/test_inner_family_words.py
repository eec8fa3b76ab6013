"""A family name inside a long Iberian name that is also a word of the parser's lists (``inner_family_words``):
the line is still a name; a line ending in a title word is not."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.family_name_words import family_names
from cardbook.ocr.lexicon import COMPANY_WORDS, STRONG_TITLE_WORDS, TITLE_WORDS
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.parse_people import name_score


def _listed_family_names() -> list[str]:
    """Family names of the lists that title or firm words hold too ("Pastor", "Sales")."""
    listed = (TITLE_WORDS | COMPANY_WORDS) & family_names() - STRONG_TITLE_WORDS
    return sorted(word for word in listed if word.isalpha() and len(word) >= 4)


def _people(count: int) -> list[tuple[str, str, str]]:
    fake = Faker("pt_BR")
    fake.seed_instance(4)
    people: list[tuple[str, str, str]] = []
    while len(people) < count:
        given, second, family = fake.first_name_female(), fake.first_name_female(), fake.last_name()
        if is_first_name(given.lower()) and given.isalpha() and " " not in family and family.lower() in family_names():
            people.append((given, second, family))
    return people


def test_a_listed_family_name_inside_a_long_name_is_no_bar() -> None:
    listed = _listed_family_names()
    assert listed
    for (given, second, family), word in zip(_people(8), listed * 8, strict=False):
        line = f"{given} {second} {word.capitalize()} {family}"
        assert name_score(line, []) > 0.0, line


def test_a_line_ending_in_a_title_word_stays_no_name() -> None:
    for given, second, family in _people(6):
        line = f"{given} {second} {family} Manager"
        assert name_score(line, []) == 0.0, line
