"""A shop named after its owner, the owner's whole name on another line (``owner_in_firm``): the name line is
the person even when its given name is outside the names data; two people sharing a family name are not a
shop and its owner."""

from __future__ import annotations

import random

from faker import Faker

from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.parse_card import parse_text


def _unlisted_given_names(count: int, seed: int) -> list[str]:
    """Made-up given names (syllables) the names data does not list."""
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < count:
        word = "".join(rng.choice(("ya", "ze", "nni", "ra", "lo", "the", "ky", "ssa", "dri", "vo")) for _ in range(3))
        if not is_first_name(word) and word not in names:
            names.append(word.capitalize())
    return names


def _family_names(count: int, seed: int) -> list[str]:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    return [fake.unique.last_name() for _ in range(count)]


def test_the_owners_line_is_the_person_when_the_shop_prints_the_given_name() -> None:
    givens, families = _unlisted_given_names(8, 1), _family_names(8, 1)
    for given, family in zip(givens, families, strict=True):
        text = f"{given}'s Barbershop\n{given} {family}\n(619) 555-0142\n914 Oak Street, San Diego, CA 92101"
        fields = parse_text(text, "US")
        assert fields.name is not None and fields.name.value == f"{given} {family}", text
        assert fields.company is not None and fields.company.value == f"{given}'s Barbershop", text


def test_the_owners_line_is_the_person_when_the_firm_prints_the_family_name() -> None:
    givens, families = _unlisted_given_names(8, 2), _family_names(8, 2)
    for given, family in zip(givens, families, strict=True):
        text = f"{family} Law Group\n{given} {family}\n(619) 555-0142\n914 Oak Street, San Diego, CA 92101"
        fields = parse_text(text, "US")
        assert fields.name is not None and fields.name.value == f"{given} {family}", text


def test_a_shared_family_name_without_a_firm_word_makes_no_owner() -> None:
    from cardbook.ocr.fields import CardLine
    from cardbook.ocr.owner_in_firm import owner_named_firms
    from cardbook.ocr.role_lines import RoleLine

    fake = Faker("en_US")
    fake.seed_instance(3)
    for _ in range(8):
        family = fake.last_name()
        first, second = fake.first_name(), fake.first_name()
        lines = [CardLine(0, f"{first} {family}"), CardLine(1, f"{second} {family}")]
        items = [RoleLine(line, line.text, 1.0) for line in lines]
        assert owner_named_firms(items) == {}, lines
        items.append(RoleLine(CardLine(2, f"{family} Plumbing"), f"{family} Plumbing", 1.0))
        assert owner_named_firms(items)[2] == "firm"
