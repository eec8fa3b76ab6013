"""Academic honorifics before a name are printed with it and do not count among its words: Italian
"Prof.ssa", Polish "prof. dr hab." and "dr inż." as well as the lexicon's older ones."""

from __future__ import annotations

import pytest
from faker import Faker

from cardbook.ocr.parse_card import parse_text


@pytest.mark.parametrize(
    ("locale", "honorific", "region"),
    [("it_IT", "Prof.ssa", "IT"), ("pl_PL", "prof. dr hab.", "PL"), ("pl_PL", "dr inż.", "PL")],
)
def test_the_name_keeps_its_academic_honorific(locale: str, honorific: str, region: str) -> None:
    fake = Faker(locale)
    for seed in range(5):
        fake.seed_instance(seed)
        first, last = fake.first_name_female(), fake.last_name_female()
        local = "".join(ch for ch in f"{first}.{last}".lower() if ch.isascii() and (ch.isalpha() or ch == "."))
        card = f"{honorific} {first} {last}\nDepartment of Physics\n{local}@uni.example.{region.lower()}"
        fields = parse_text(card, region)
        assert fields.name is not None and fields.name.value == f"{honorific} {first} {last}"
