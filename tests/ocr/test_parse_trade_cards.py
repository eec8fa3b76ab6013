"""Small-business cards of the US, the UK, Brazil, Portugal, Spain, Germany and Italy (tests/ocr/trade_layouts.py):
the owner's name sharing its line with the title or a credential, an address label alone on its line, a brand
over a list of services, a slogan that reads like a title, handles without their icon, registration numbers.
Every case is made from the generator's pools, not from a real card."""

from __future__ import annotations

import itertools

import pytest

from cardbook.ocr.parse_card import parse_text

from .layout_set import score
from .trade_layouts import (
    ADDRESS_LABELS,
    COUNTRY_LANG,
    CREDENTIALS,
    FIRST,
    LAST,
    OWNER_TITLES,
    SERVICES,
    TRADE_KINDS,
)

SEPARATORS = (", ", " - ", " | ", " – ")


def _values(text: str, region: str = "US") -> tuple[str | None, str | None, str | None]:
    fields = parse_text(text, region)
    return (
        fields.name.value if fields.name else None,
        fields.title.value if fields.title else None,
        fields.company.value if fields.company else None,
    )


@pytest.mark.parametrize("country", list(COUNTRY_LANG))
def test_name_and_owner_title_on_one_line_with_any_separator(country: str) -> None:
    lang = COUNTRY_LANG[country]
    wrong = []
    for separator, title, first in itertools.product(SEPARATORS, OWNER_TITLES[country], FIRST[lang][:3]):
        name = f"{first} {LAST[lang][0]}"
        card = f"{name}{separator}{title}\n{SERVICES[lang][0]} • {SERVICES[lang][1]}\nTel. 555 201 3344"
        got = _values(card)[:2]
        if got != (name, title):
            wrong.append((card, got))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("country", list(COUNTRY_LANG))
def test_a_credential_stays_with_the_name_as_printed(country: str) -> None:
    lang = COUNTRY_LANG[country]
    for credential in CREDENTIALS[country]:
        name = f"{FIRST[lang][1]} {LAST[lang][1]}, {credential}"
        assert _values(f"{name}\nTel. 555 201 3344")[:2] == (name, None)
        title = OWNER_TITLES[country][0]
        assert _values(f"{name} | {title}\nTel. 555 201 3344")[:2] == (name, title)


def test_a_licence_or_a_claim_after_the_title_is_no_part_of_it() -> None:
    assert _values("Ana Lima | Owner/Operator | Licensed & Insured - Lic. 831701")[:2] == ("Ana Lima", "Owner/Operator")
    assert _values("Rafael Souza, Sócio-Gerente, NIPC: 137036136", "PT")[:2] == ("Rafael Souza", "Sócio-Gerente")


@pytest.mark.parametrize("country", list(ADDRESS_LABELS))
def test_an_address_label_alone_on_its_line_is_no_title(country: str) -> None:
    card = f"Marta Ortega\n{ADDRESS_LABELS[country]}\n12 Oak Street\nSalem, MA 01970\nTel. 555 201 3344"
    name, title, company = _values(card)
    assert (name, title, company) == ("Marta Ortega", None, None)


def test_a_brand_over_its_list_of_services_is_no_person() -> None:
    """The brand in big type, spelled by the firm's mailbox; the owner's name outside the names data."""
    card = "Kestrel Elétrica\nElétrica • Manutenção • Climatização\nXialei Nguyen - Proprietária\nkestrel@yahoo.com"
    assert _values(card, "BR") == ("Xialei Nguyen", "Proprietária", "Kestrel Elétrica")


def test_a_slogan_speaking_to_the_reader_is_no_title() -> None:
    for slogan in ("Ihr Partner für Bad und Heizung", "Your partner in every project", "Seu parceiro de confiança"):
        assert _values(f"Bluestone GmbH\n{slogan}\nLukas Krüger\nTel. 0171 3192544", "DE")[1] is None


def test_handles_without_their_icon_are_social_not_the_company() -> None:
    fields = parse_text("Anna Becker\nGeschäftsführerin\n@bluestone_de\n/bluestoneoficial\nwww.verano.de", "DE")
    assert [item.value for item in fields.social] == ["@bluestone_de", "bluestoneoficial"]
    assert fields.company is not None and fields.company.value == "Verano"


# Per-field F1 of each small-business kind on 60 cards of seed 3 (neither the tuning seed 7 nor the held-out
# seed 11). Before the rules these tests cover and the retrained line classifier, the worst field per kind
# measured: trade company 0.911, credential title 0.811, shared-line title 0.673, no-title title 0.0 (titles
# made up), outside-names name 0.718.
MIN_KIND_F1 = 0.9


@pytest.mark.parametrize("kind", TRADE_KINDS)
def test_generated_small_business_cards_are_labelled(kind: str) -> None:
    figures = score(60, 3, kind=kind)
    assert min(figures.values()) >= MIN_KIND_F1, figures
