"""Icons OCR reads as a character before a line's words (a person or phone pictogram, a list marker)."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_text

CARD = (
    "{lead}Ortolan Fenwick SARL\n{icon}Norvale Kasprzak\nDirectrice commerciale\n"
    "norvale@ortolan-fenwick.fr\n02 99 12 34 56"
)


def test_a_lone_letter_and_a_lone_digit_before_the_words_are_dropped() -> None:
    fields = parse_text(CARD.format(lead="1 ", icon="y "))
    assert fields.name is not None and fields.name.value == "Norvale Kasprzak"
    assert fields.company is not None and fields.company.value == "Ortolan Fenwick SARL"
    assert fields.title is not None and fields.title.value == "Directrice commerciale"


def test_a_number_the_domain_spells_is_part_of_the_brand() -> None:
    fields = parse_text("3 Ortolans SARL\nNorvale Kasprzak\nGérante\nnorvale@3ortolans.fr")
    assert fields.company is not None and fields.company.value == "3 Ortolans SARL"


def test_a_number_is_kept_when_no_domain_can_say() -> None:
    fields = parse_text("7 Ortolans SARL\nNorvale Kasprzak\nGérante\nnorvale.kasprzak@gmail.com")
    assert fields.company is not None and fields.company.value == "7 Ortolans SARL"
