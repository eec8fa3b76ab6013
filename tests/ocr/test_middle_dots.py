"""A one-line address whose dots OCR read as "+": the firm's legal name opening it is the company again; a
trade's words joined by "+" and a phone's "+" stay as read."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.fields import CardLine
from cardbook.ocr.middle_dots import plus_read_for_dots
from cardbook.ocr.parse_card import parse_text


def _firms(count: int) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(31)
    return [fake.last_name() + " Logistics PLC" for _ in range(count)]


def test_the_legal_name_before_an_address_read_with_plus_signs() -> None:
    fake = Faker("en_GB")
    fake.seed_instance(32)
    for firm in _firms(6):
        street = f"{fake.building_number()} {fake.street_name()}"
        town, postcode = fake.city(), fake.postcode()
        text = f"Ana Ruiz\nSales Manager\nana@example.co.uk\n{firm} + {street} + {town} + {postcode} + United Kingdom"
        company = parse_text(text, "GB").company
        assert company is not None and company.value == firm


def test_plus_signs_that_are_no_dots_stay() -> None:
    kept = ["Sales + Service", "Venda + Instalação + Orçamento", "+44 20 7946 0321", "Tel + 44 20 7946 0321"]
    lines = [CardLine(index, text) for index, text in enumerate(kept)]
    assert [line.text for line in plus_read_for_dots(lines)] == kept
