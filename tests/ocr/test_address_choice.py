"""Which address is the card's when it prints two (``parse_address``): the first printed (the head office before a
branch), whatever street words each street holds; the other's lines are no firm; a US house number of five digits
over its state line is the street, not a French postcode."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_text


def test_the_first_of_two_us_addresses_is_the_cards() -> None:
    fields = parse_text(
        "Dana Whitcombe\nHead of Procurement\nHead Office\n4410 Harlow Pines\nMillbrook, OH 43015\nBranch Office\n"
        "27 Quarry Road Suite 300\nLakeview, MN 55112\ndana@harlowmills.com\n(614) 555-0183",
        "US",
    )
    assert fields.address is not None and fields.address.value == "4410 Harlow Pines, Millbrook, OH 43015"


def test_a_five_digit_house_number_over_its_state_line_is_the_street() -> None:
    fields = parse_text(
        "Dana Whitcombe\n14074 Orchard Street Suite 6\nMillbrook, OH 43015\n27 Quarry Road Suite 300\n"
        "Lakeview, MN 55112\n(614) 555-0183\ndana@harlowmills.com",
        "US",
    )
    assert fields.address is not None and fields.address.value == "14074 Orchard Street Suite 6, Millbrook, OH 43015"


def test_the_second_office_is_no_firm() -> None:
    fields = parse_text(
        "Lena Hofbauer\nVertrieb\nleni@hofbauer-technik.at\nMühlgasse 4/2\n8010 Graz\nBrunnweg 9/5\n4020 Linz\n"
        "+43 316 234 5678",
        "AT",
    )
    assert fields.address is not None and fields.address.value == "Mühlgasse 4/2, 8010 Graz"
    assert fields.company is None or "weg" not in fields.company.value
