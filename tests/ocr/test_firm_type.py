"""A firm's name grows only over lines set in its type: a smaller tagline or title under a wordmark, whose
box OCR measured about as tall, stays apart (its letters are narrower)."""

from __future__ import annotations

import unicodedata

from faker import Faker

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.types import Box


def _card(wordmark: str, under: str, letter: float, under_letter: float) -> list[CardLine]:
    """A wordmark, a line under it (letters ``under_letter`` px wide, its box as tall), a person, contacts."""
    rows = [
        (wordmark, letter, 50.0),
        (under, under_letter, 45.0),
        ("Maren Holloway", 20.0, 40.0),
        ("M +1 201 555 0147", 16.0, 36.0),
        ("maren@" + wordmark.lower().replace(" ", "") + ".com", 16.0, 36.0),
    ]
    lines, top = [], 40
    for index, (text, width, height) in enumerate(rows):
        lines.append(CardLine(index, text, Box(60, top, int(width * len(text)), int(height)), height, 0.95))
        top += int(height * 1.5)
    return lines


def test_a_smaller_tagline_under_the_wordmark_is_no_part_of_it() -> None:
    fake = Faker("en_US")
    for seed in range(6):
        fake.seed_instance(seed)
        wordmark = fake.last_name()
        tagline = fake.bs().title()  # a slogan in title case, as wordmarks carry them
        fields = parse_lines(_card(wordmark, tagline, 30.0, 15.0), "US")
        assert fields.company is not None and fields.company.value == wordmark, (wordmark, tagline)


def test_a_name_on_two_lines_in_one_type_stays_whole() -> None:
    fake = Faker("en_US")
    for seed in range(6):
        fake.seed_instance(seed)
        first, second = fake.last_name(), fake.last_name()
        fields = parse_lines(_card(first, f"& {second}", 30.0, 27.0), "US")
        assert fields.company is not None and fields.company.value.endswith(second), (first, second)


def test_the_firm_before_the_address_on_one_line_is_the_company() -> None:
    fake = Faker("de_DE")
    for seed in range(6):
        fake.seed_instance(seed)
        brand = fake.last_name()
        firm = f"{brand} GmbH"
        street = f"{fake.street_name()} {fake.building_number()}"
        town = f"{fake.postcode()} {fake.city()}"
        text = f"{brand}\nJonas Weber\nVertrieb\njonas@{brand.lower()}.de\n{firm} · {street} · {town}"
        fields = parse_text(text, "DE")
        assert fields.company is not None and fields.company.value == firm
        assert fields.address is None or brand not in fields.address.value


def test_an_institution_named_by_its_domain_then_a_lower_case_noun_is_the_firm() -> None:
    for locale, noun in (("sv_SE", "universitet"), ("fi_FI", "yliopisto"), ("no_NO", "sykehus")):
        fake = Faker(locale)
        for seed in range(4):
            fake.seed_instance(seed)
            town = fake.last_name()
            plain = unicodedata.normalize("NFKD", town.lower().replace("ø", "o")).encode("ascii", "ignore").decode()
            domain = "".join(ch for ch in plain if "a" <= ch <= "z")
            first, last = fake.first_name(), fake.last_name()
            rows = [(f"{town} {noun}", 60.0), (f"{first} {last}", 48.0), ("Professor", 40.0)]
            rows += [(f"info@{domain}.se", 44.0), (f"www.{domain}.se", 44.0)]
            lines = [
                CardLine(i, text, Box(60, 40 + 70 * i, int(0.5 * h * len(text)), int(h)), h, 0.95)
                for i, (text, h) in enumerate(rows)
            ]
            fields = parse_lines(lines, "SE")
            assert fields.company is not None and fields.company.value == f"{town} {noun}"
