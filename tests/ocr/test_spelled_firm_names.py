"""A shop's line starting with a given name that the card's own domain spells whole is the firm, not the person
(``spelled_firm_names``); a person's own site spelling the whole name keeps the person."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.parse_card import parse_text

_TRADES = ("Pet", "Bakery", "Garden", "Flowers", "Beauty", "Expertise")


def _given_names(count: int, seed: int) -> list[str]:
    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    names: list[str] = []
    while len(names) < count:
        name = fake.first_name()
        if name.isalpha() and name.isascii() and is_first_name(name.lower()) and name not in names:
            names.append(name)
    return names


def test_a_given_name_and_a_trade_the_domain_spells_is_the_firm() -> None:
    for position, given in enumerate(_given_names(12, 1)):
        firm = f"{given} {_TRADES[position % len(_TRADES)]}"
        label = firm.lower().replace(" ", "")
        fields = parse_text(f"{firm}\n(11) 3333-4444\nwww.{label}.com.br\ncontato@{label}.com.br", "BR")
        assert fields.name is None, firm
        assert fields.company is not None and fields.company.lines == (0,), firm  # its accents: ``accent_misreads``


def test_a_persons_own_site_spelling_the_whole_name_keeps_the_person() -> None:
    fake = Faker("fr_FR")
    fake.seed_instance(2)
    for _ in range(12):
        given, family = fake.first_name(), fake.last_name()
        name = f"{given} {family}"
        label = "".join(ch for ch in name.lower() if ch.isalpha() and ch.isascii())
        if len(label) != len(name) - 1:
            continue  # accents and hyphens: the domain would not spell it letter for letter
        fields = parse_text(f"{name}\nPhotographe\n+33 6 12 34 56 78\nwww.{label}.fr", "FR")
        assert fields.name is not None and fields.name.value == name, name
