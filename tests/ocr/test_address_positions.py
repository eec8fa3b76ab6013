"""Address lines that only their neighbours make sure: a postcode alone between the street and its town, a
street named without a street word over the postal line, long town names, the US territories and the Armed
Forces' mail, Italian and Spanish postal lines as Faker's locales print them; and lines that are no address."""

from __future__ import annotations

import pytest

from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.postcodes import two_letter_subdivisions, us_postal_state


@pytest.mark.parametrize(
    ("text", "region", "address"),
    [
        # Dutch: the street's name and number, the postcode alone, a town of four words.
        (
            "Wouter Bakker\nTeunispad 17\n4811 KL\nAlphen aan den Rijn",
            "NL",
            "Teunispad 17, 4811 KL, Alphen aan den Rijn",
        ),
        # Belgian: four digits alone are a postcode between a street and a town.
        ("Wouter Bakker\nTeunispad 17\n2861\nHeist-op-den-Berg", "BE", "Teunispad 17, 2861, Heist-op-den-Berg"),
        # Italian: a comma after the CAP, the province in brackets; the street's number after a comma.
        ("Carla Bruni\nContrada Pietro, 41\n20121, Lodi (LO)", "IT", "Contrada Pietro, 41, 20121, Lodi (LO)"),
        # Spanish as Faker's es_ES prints it: the city, then the code.
        ("Carmen Ortega\nCalle Mayor 12 Piso 3\nSegovia, 40001", "ES", "Calle Mayor 12 Piso 3, Segovia, 40001"),
        # A US territory and the Armed Forces' mail are states to the US mail.
        ("Kim Tran\n123 Marine Drive\nHagatna, GU 96910", "US", "123 Marine Drive, Hagatna, GU 96910"),
        ("Kim Tran\nUnit 4520 Box 2211\nAPO AE 09123", "US", "Unit 4520 Box 2211, APO AE 09123"),
    ],
)
def test_address_lines_made_sure_by_their_neighbours(text: str, region: str, address: str) -> None:
    fields = parse_text(text + "\nkim@example.com", region)
    assert fields.address is not None and fields.address.value == address


def test_a_year_alone_is_no_postcode_without_a_street_above() -> None:
    """Four digits alone over a town-shaped line, with no street line over them: a year and a caption."""
    fields = parse_text("Wouter Bakker\nSince\n1978\nGood Bread\nwouter@example.com", "NL")
    assert fields.address is None


def test_a_name_and_number_line_alone_is_no_street() -> None:
    """ "Team 7" is only a street right above a postal line."""
    assert flags_for("Team 7").street == 0.0
    fields = parse_text("Wouter Bakker\nTeam 7\nwouter@example.com", "NL")
    assert fields.address is None


def test_us_mail_states_come_from_iso_3166() -> None:
    """The 50 states, DC and the outlying areas (pycountry), and the Armed Forces' codes; never a country's."""
    assert {"TX", "DC", "PR", "GU", "VI", "AS", "MP"} <= two_letter_subdivisions("US")
    assert all(us_postal_state(code) for code in ("AA", "AE", "AP", "GU"))
    assert not us_postal_state("UK") and not us_postal_state("XX")
    assert {"MI", "RM", "LO"} <= two_letter_subdivisions("IT")
