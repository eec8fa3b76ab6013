"""One set of postal-code shapes (cardbook.ocr.postcodes) serves the address finder and the card's country:
a postal line in each country's format is an address's end for one and names its country for the other."""

from __future__ import annotations

import pytest

from cardbook.ocr import address_lines, parse_address, postcodes, region_evidence
from cardbook.ocr.address_lines import flags_for
from cardbook.ocr.region_evidence import postcode_evidence

# Made-up postal lines, one per format: (line, the country it shows).
POSTAL_LINES = [
    ("Springfield, IL 62704-1234", "US"),
    ("Montréal (QC) H2X 1Y4", "CA"),
    ("London SW1A 1AA", "GB"),
    ("CEP 01310-100 São Paulo - SP", "BR"),
    ("1250-096 Lisboa", "PT"),
    ("1012 AB Amsterdam", "NL"),
    ("D-10115 Berlin", "DE"),
    ("B-4000 Liège", "BE"),
    ("00187 Roma (RM)", "IT"),
]


@pytest.mark.parametrize(("line", "country"), POSTAL_LINES)
def test_a_postal_line_ends_an_address_and_names_its_country(line: str, country: str) -> None:
    assert flags_for(line).postal >= 0.8
    assert country in {evidence.region for evidence in postcode_evidence([line])}


@pytest.mark.parametrize("line", ["Tel 01 23 45 67 89", "12345678", "Suite 400", "Jean Dupont"])
def test_lines_without_a_postcode_are_neither(line: str) -> None:
    assert flags_for(line).postal == 0.0
    assert postcode_evidence([line]) == []


def test_the_shapes_are_written_once() -> None:
    """Neither reader keeps a copy of its own: the compiled patterns they use are the shared ones."""
    shared = {id(value) for value in vars(postcodes).values() if hasattr(value, "pattern")}
    for module in (address_lines, parse_address, region_evidence):
        for name, value in vars(module).items():
            if hasattr(value, "pattern") and "POST" in name.upper():
                assert id(value) in shared, f"{module.__name__}.{name} is a copy"
