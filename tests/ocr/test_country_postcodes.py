"""Postal lines in the shape of the card's own country (``country_postal``): Czech "120 00 Town", Polish
"03-723 Town", Norwegian "0729 Town" under a street no street word names, and the numbers of such an address
line never taken for a phone."""

from __future__ import annotations

import pytest

from cardbook.ocr.country_postal import country_postcode, find_country_postal
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_phones import find_phones
from cardbook.ocr.region import RegionDecision, card_region

# The contact lines that show each card's country (its phone prefix and its domain), as real cards print them.
_CONTACTS = {
    "CZ": "+420 602 318 774\nkontakt@zelezarny-vltava.cz",
    "PL": "tel. +48 22 614 28 90\nbiuro@kamienica-lipowa.pl",
    "NO": "+47 22 41 63 08\npost@fjordlys.no",
    "SE": "+46 8 501 233 40\ninfo@skargard.se",
}


def _card(country: str, *address: str) -> str:
    return "\n".join(["Tomas Lindqvist", "Sales Director", *address, _CONTACTS[country]])


@pytest.mark.parametrize(
    ("country", "lines", "address"),
    [
        ("CZ", ("Korunní 1102/38", "120 00 Praha 2"), "Korunní 1102/38, 120 00 Praha 2"),
        ("CZ", ("Pod Vinicí 14", "591 01 Žďár nad Sázavou"), "Pod Vinicí 14, 591 01 Žďár nad Sázavou"),
        ("PL", ("ul. Lipowa 12/4", "03-723 Warszawa"), "ul. Lipowa 12/4, 03-723 Warszawa"),
        ("PL", ("Kwiatowa 7", "44-100 Gliwice"), "Kwiatowa 7, 44-100 Gliwice"),
        ("PL", ("ul. Lipowa 12/4 · 03-723 Warszawa",), "ul. Lipowa 12/4 · 03-723 Warszawa"),
        ("NO", ("Bryggekanten 3", "0729 Oslo"), "Bryggekanten 3, 0729 Oslo"),
        ("SE", ("Hamnvägen 9", "SE-114 55 Stockholm"), "Hamnvägen 9, SE-114 55 Stockholm"),
    ],
)
def test_a_postcode_of_the_cards_country_ends_its_address(country: str, lines: tuple[str, ...], address: str) -> None:
    fields = parse_text(_card(country, *lines), "FR")
    assert fields.region is not None and fields.region.region == country
    assert fields.address is not None and fields.address.value == address


def test_building_and_postcode_numbers_on_one_line_are_no_phone() -> None:
    fields = parse_text(_card("CZ", "Korunní 1102/38 · 120 00 Praha 2"), "FR")
    assert [phone.number for phone in fields.phones] == ["+420 602 318 774"]
    assert fields.address is not None and fields.address.value == "Korunní 1102/38 · 120 00 Praha 2"


def test_the_guard_needs_the_cards_own_country() -> None:
    line = "Korunní 1102/38 · 120 00 Praha 2"
    assert find_phones(line, card_region("CZ")) == []
    assert [phone.digits for phone in find_phones(line, ["CZ"])] == []
    # A card that shows no country keeps the reading it had: the shape may be another country's number.
    assert find_phones(line, RegionDecision("CZ", 0.0, "default")) != []


@pytest.mark.parametrize(
    ("country", "line"),
    [
        ("NO", "Since 1978 Quality"),  # a year is no postcode: no street above it
        ("CZ", "Tel. 602 123 456"),
        ("NO", "Org.nr. 923 456 789 MVA"),
        ("PL", "NIP 526-104-08-28"),
    ],
)
def test_numbers_that_are_no_postal_line(country: str, line: str) -> None:
    assert find_country_postal(line, country) is None or not country_postcode(country).shaped  # type: ignore[union-attr]
    fields = parse_text(_card(country, line), "FR")
    assert fields.address is None


def test_a_year_over_a_name_is_no_norwegian_address() -> None:
    fields = parse_text("Fjordlys Design\nSince 1978\n1978 Bergen Quality\n" + _CONTACTS["NO"], "FR")
    assert fields.address is None


def test_countries_that_print_the_town_first_have_no_shape_here() -> None:
    assert country_postcode("US") is None
    assert country_postcode("GB") is None
    assert country_postcode("PL") is not None and country_postcode("PL").shaped  # type: ignore[union-attr]
    assert country_postcode("NO") is not None and not country_postcode("NO").shaped  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("country", "line"),
    [
        ("PL", "Lipowa Sp. z o.o. · NIP 5261040828 · KRS 0000123456"),
        ("PL", "REGON 012345678"),
        ("CZ", "IČO 27082440 · DIČ CZ27082440"),
        ("CZ", "ICO 27082440"),
    ],
)
def test_polish_and_czech_firm_numbers_are_no_phones(country: str, line: str) -> None:
    assert find_phones(line, card_region(country)) == []
