"""``firm_unclaimed_line``: on a card naming a person and no firm, the line of capitalised words no one claims,
printed above the person, is the company; below the person (a practice's description), on a person's own card,
as a sentence or a list, or on a card whose rules named a firm, it is not."""

from __future__ import annotations

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box

BODY = ("Owner", "(512) 555-0143", "1820 Mesa Ridge Dr, Austin, TX 78741")


def _card(header: list[str], above: bool = True, mail: str | None = None) -> list[CardLine]:
    """``header`` printed above the person's name (or under the body with ``above`` False), then the body."""
    rows: list[tuple[str, float]] = [("Dana Whitcombe", 40.0), *((text, 28.0) for text in BODY)]
    if mail:
        rows.append((mail, 28.0))
    rows = [*((text, 30.0) for text in header), *rows] if above else [*rows, *((text, 30.0) for text in header)]
    lines = []
    top = 30
    for index, (text, height) in enumerate(rows):
        lines.append(CardLine(index, text, Box(40, top, 520, int(height)), height))
        top += int(height) + 14
    return lines


def _company(lines: list[CardLine]) -> str | None:
    company = parse_lines(lines, "US").company
    return company.value if company is not None else None


def test_the_capitalised_line_over_the_person_is_the_firm() -> None:
    assert _company(_card(["Kelvaston Rooter"])) == "Kelvaston Rooter"
    assert _company(_card(["Casa do Pão Dourado"])) == "Casa do Pão Dourado"


def test_below_the_person_a_sentence_a_list_or_a_person_s_own_card_names_no_firm() -> None:
    assert _company(_card(["Kelvaston Rooter"], above=False)) is None  # a practice's description under the name
    assert _company(_card(["Serving the whole valley"])) is None  # a sentence
    assert _company(_card(["Quality You Can Trust"])) is None  # a slogan in capitalised words
    assert _company(_card(["Bonded & Insured"])) is None  # the firm's claim
    assert _company(_card(["Drains | Repipes | Leaks"])) is None  # a list of services
    assert _company(_card(["Kelvaston Rooter"], mail="dana.whitcombe@gmail.com")) is None  # the person's own card


def test_a_firm_the_rules_named_keeps_its_place() -> None:
    assert _company(_card(["Kelvaston Rooter", "Whitcombe Plumbing LLC"])) == "Whitcombe Plumbing LLC"
