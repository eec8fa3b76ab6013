"""A given name's capital "I" read as a small "l", written back from the names data (``capital_i_names``): on a
title-case line only, and only for a first name the data lists commonly."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.capital_i_names import MIN_I_NAME_WEIGHT, capital_i_from_names
from cardbook.ocr.names_data import first_name_weight
from cardbook.ocr.parse_card import parse_text


def _i_names(count: int) -> list[str]:
    """Common given names opening with "I" from Faker's locales of the judged cards."""
    names: list[str] = []
    for locale in ("en_US", "pt_BR", "es_ES", "fr_FR"):
        fake = Faker(locale)
        fake.seed_instance(1)
        for _ in range(4000):
            name = fake.first_name()
            if (
                name.startswith("I")
                and name.isalpha()
                and name not in names
                and first_name_weight(name.lower()) >= MIN_I_NAME_WEIGHT
            ):
                names.append(name)
    return names[:count]


def test_a_given_names_capital_i_read_as_l_is_written_back() -> None:
    names = _i_names(8)
    assert len(names) >= 4
    fake = Faker("en_US")
    fake.seed_instance(2)
    for given in names:
        family = fake.last_name()
        read = f"l{given[1:]} {family}"
        assert capital_i_from_names(read) == f"{given} {family}"
        fields = parse_text(f"{read}\nHair Stylist\n(619) 555-0142\n914 Oak Street, San Diego, CA 92101", "US")
        assert fields.name is not None and fields.name.value == f"{given} {family}", read


def test_words_in_small_letters_and_rare_names_stay_as_read() -> None:
    for given in _i_names(6):
        sentence = f"we love l{given[1:]} and more"  # not a title-case line: the small "l" may be printed
        assert capital_i_from_names(sentence) == sentence
    assert capital_i_from_names("Rua los Andes") == "Rua los Andes"  # a particle or function word
    assert capital_i_from_names("Ana lqxz") == "Ana lqxz"  # "Iqxz" is no listed name
