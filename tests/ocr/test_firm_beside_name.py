"""A name and the firm OCR read as one line are cut where the card's host spells the firm
(cardbook.ocr.firm_beside_name); a line no host spells stays whole."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.parse_card import parse_text


def _fields(row: str, host: str) -> tuple[str | None, str | None]:
    card = f"{row}\nSales Director\nT +1 312 555 0148\nE jane@{host}\nwww.{host}"
    fields = parse_text(card, "US")
    return (
        fields.name.value if fields.name is not None else None,
        fields.company.value if fields.company is not None else None,
    )


def test_a_name_and_the_firm_on_one_row_are_cut_apart() -> None:
    fake = Faker("en_US")
    fake.seed_instance(11)
    for _ in range(5):
        name = f"{fake.first_name()} {fake.last_name()}"
        assert _fields(f"{name} Brightwater Analytics", "brightwater-analytics.com") == (
            name,
            "Brightwater Analytics",
        )
        assert _fields(f"Brightwater Analytics {name}", "brightwateranalytics.com") == (
            name,
            "Brightwater Analytics",
        )


def test_a_firm_line_no_host_spells_stays_whole() -> None:
    name, company = _fields("Brightwater Analytics Group", "brightwater.com")
    assert company == "Brightwater Analytics Group" and name is None
