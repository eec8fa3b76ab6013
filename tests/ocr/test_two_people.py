"""Two people on one card: the one printed first is the card's name, whichever line OCR was surer of."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines

from .line_cards import stacked_lines


def _two_people(locale: str, seed: int) -> tuple[list[CardLine], str, str]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    first, second = (fake.first_name(), fake.last_name()), (fake.first_name(), fake.last_name())
    firm = f"{fake.last_name()} & {fake.last_name()} LLP"
    domain = "".join(ch for ch in firm.split()[0].lower() if ch.isalpha()) + ".com"
    rows = [
        (firm, 40.0),
        (" ".join(first), 34.0),
        ("Partner", 24.0),
        (" ".join(second), 34.0),
        ("Senior Associate", 24.0),
        (f"{first[0].lower()}@{domain}", 24.0),
        (f"{second[0].lower()}@{domain}", 24.0),
    ]
    lines = stacked_lines(rows)
    # OCR is a little surer of the second person's line, within what parts two clean lines.
    sure = random.Random(seed).uniform(0.02, 0.07)
    lines = [
        CardLine(line.index, line.text, line.box, line.height, 0.9 + (sure if line.index == 3 else 0.0))
        for line in lines
    ]
    return lines, " ".join(first), " ".join(second)


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "de_DE", "nl_NL"])
def test_the_first_printed_of_two_people_is_the_name(locale: str) -> None:
    for seed in range(4):
        lines, first, second = _two_people(locale, seed)
        fields = parse_lines(lines, "US")
        assert fields.name is not None
        assert fields.name.value == first, (fields.name.value, second)
