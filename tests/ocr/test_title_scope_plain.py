"""A title's scope line with no title word joins the title when it is set as the title's continuation (its
type, its edge); a department, a claim, a line indented or in plain text without boxes stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.options import ReadOptions
from cardbook.ocr.parse_card import parse_lines, parse_text
from cardbook.ocr.pipeline import read_image
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.types import Box

from .line_cards import stacked_lines
from .render import Card, Text, render, save

# Made-up people and firms; the scopes hold no word any title list holds.
_SCOPES = [
    ("Account Manager", "Northeast Region", "US"),
    ("Kundenberaterin", "Firmenkunden Nord", "DE"),
    ("Directeur", "Zakelijke markt", "NL"),
]


def _card(title: str, under: str) -> list[tuple[str, float]]:
    return [
        ("Norvale Systems", 34),
        ("Dana Whitlow", 30),
        (title, 20),
        (under, 20),
        ("+1 312 555 0147", 16),
        ("dana@norvale.example", 16),
    ]


def _title(lines: list[CardLine], region: str) -> str | None:
    fields = parse_lines(lines, region)
    return fields.title.value if fields.title is not None else None


@pytest.mark.parametrize(("title", "scope", "region"), _SCOPES)
def test_a_scope_set_like_the_title_right_under_it_joins_it(title: str, scope: str, region: str) -> None:
    assert title_score(scope) == 0  # no title word: ``title_scope``'s own evidence would not take it
    assert _title(stacked_lines(_card(title, scope)), region) == f"{title}, {scope}"


@pytest.mark.parametrize(
    "under",
    [
        "Human Resources",  # a staff function: the department
        "Fakultät für Informatik",  # a faculty
        "Servicio de Cardiología",  # a hospital's service
        "Services techniques",  # the plural of a department word
        "Licensed & Insured",  # a claim
    ],
)
def test_a_department_or_a_claim_under_the_title_stays_apart(under: str) -> None:
    assert _title(stacked_lines(_card("Account Manager", under)), "US") == "Account Manager"


def test_an_indented_line_is_no_continuation() -> None:
    lines = stacked_lines(_card("Account Manager", "Northeast Region"))
    scope = lines[3]
    assert scope.box is not None
    moved = Box(scope.box.left + 4 * int(scope.height), scope.box.top, scope.box.width, scope.box.height)
    lines[3] = CardLine(scope.index, scope.text, moved, scope.height, scope.confidence)
    assert _title(lines, "US") == "Account Manager"


def test_plain_text_without_boxes_says_nothing_of_the_type() -> None:
    fields = parse_text("Dana Whitlow\nAccount Manager\nNortheast Region\nNorvale Systems GmbH\ndana@norvale.com", "US")
    assert fields.title is not None and fields.title.value == "Account Manager"


def test_a_line_of_another_column_read_between_does_not_part_them() -> None:
    # The title's column on the left; a slogan on the right stands a little higher than the scope, so it is
    # read between the two.
    lines = stacked_lines(_card("Account Manager", "Northeast Region"))
    scope = lines[3]
    assert scope.box is not None
    beside = CardLine(99, "Ihr Partner", Box(700, scope.box.top - 8, 150, scope.box.height), scope.height)
    ordered = [*lines[:3], beside, *lines[3:]]
    assert _title(ordered, "US") == "Account Manager, Northeast Region"


@pytest.mark.parametrize("slogan", ["Ihr Partner", "Your Partner", "Votre partenaire"])
def test_a_two_word_slogan_opening_with_a_possessive_is_no_title(slogan: str) -> None:
    assert title_score(slogan) == 0
    assert title_score("La Présidente") > 0  # an article is no possessive


def test_tesseract_reads_a_scope_under_the_title(tmp_path: Path) -> None:
    card = Card(
        [
            Text("Norvale Systems", 44, "DejaVuSans-Bold.ttf"),
            Text("Dana Whitlow", 40, "DejaVuSans-Bold.ttf"),
            Text("Account Manager", 28),
            Text("Northeast Region", 28),
            Text("+1 312 555 0147", 24),
            Text("dana@norvale.example", 24),
        ]
    )
    path = save(str(tmp_path / "card.png"), render(card))
    result = read_image(path, ReadOptions(region="US"))[0]
    assert result.ok and result.found
    assert result.fields.title is not None and result.fields.title.value == "Account Manager, Northeast Region"
