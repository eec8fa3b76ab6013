"""``shop_name_lines``: a shop's name read as the person goes back to the company (the card's own contacts
spell it, or another line is the person), a person's own mailbox does not make a shop of the person, and a
list on a card naming no one is no title. Real parsing of card lines (``parse_text``, ``parse_lines`` with
boxes); the names are made up for these tests."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.types import Box


def _roles(lines: list[str], region: str = "BR") -> tuple[str | None, str | None, str | None]:
    fields = parse_text("\n".join(lines), region=region)
    return tuple(value.value if value else None for value in (fields.name, fields.title, fields.company))  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The shop's name spelled by its mailbox, a person under it: the two lines change roles.
        (
            ["Brightwell Rooter", "Jaxley Morgan", "Owner", "brightwellrooter@gmail.com", "Cell: (212) 555-0188"],
            ("Jaxley Morgan", "Owner", "Brightwell Rooter"),
        ),
        # The shop named after its owner's given name, the owner's full name under it.
        (
            ["Ateliê Dorvalina", "Dorvalina Andrade", "Costureira", "Cel.: (21) 98877-1234"],
            ("Dorvalina Andrade", "Costureira", "Ateliê Dorvalina"),
        ),
    ],
)
def test_a_shops_name_read_as_the_person_goes_back_to_the_company(
    lines: list[str], expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _roles(lines) == expected


def test_a_persons_own_mailbox_leaves_the_person() -> None:
    assert _roles(["Zorvan Kettleby", "zorvan.kettleby@gmail.com", "Cell: (212) 555-0188"], "US")[0] == (
        "Zorvan Kettleby"
    )


def test_a_list_on_a_card_naming_no_one_is_no_title() -> None:
    assert _roles(["Tornfield Landscaping", "Residential & Commercial", "Cell: (212) 555-0188"], "US") == (
        None,
        None,
        "Tornfield Landscaping",
    )


def test_a_given_name_after_a_particle_under_a_small_trade_word_is_the_shops_name() -> None:
    rows = [
        ("OFICINA", Box(20, 70, 120, 27), 27.0),
        ("do Nestorino", Box(28, 102, 300, 72), 72.0),
        ("@oficina_do_nestorino", Box(330, 100, 240, 24), 24.0),
        ("Cel.: (21) 98877-1234", Box(24, 200, 260, 24), 24.0),
    ]
    lines = [CardLine(index, text, box, height, 0.95) for index, (text, box, height) in enumerate(rows)]
    fields = parse_lines(lines, "BR")
    assert fields.name is None
    assert fields.company is not None and fields.company.value == "OFICINA do Nestorino"
