"""A title's second line naming its region or line of business joins the title; what else sits under a
title (a department, a tagline, the firm, the person's name, the address) does not."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.title_evidence import MIN_TITLE_SCORE, title_score


@pytest.mark.parametrize(
    ("title", "scope", "region"),
    [
        ("Account Manager", "Research & Innovation", "US"),
        ("Gestore Corporate", "Area Nord-Est", "IT"),
        ("Kundenberaterin", "Vertrieb Süd", "DE"),
    ],
)
def test_the_line_under_a_title_naming_its_scope_joins_it(title: str, scope: str, region: str) -> None:
    # The scope holds a weak title word only: ``title_lines`` alone does not take it.
    assert 0 < title_score(scope) < MIN_TITLE_SCORE
    fields = parse_text(f"Dana Whitlow\n{title}\n{scope}\nNorvale Systems GmbH\ndana@norvale.com", region)
    assert fields.title is not None and fields.title.value == f"{title}, {scope}"


@pytest.mark.parametrize(
    "under",
    [
        "Human Resources",  # a department no list holds
        "Licensed & Insured",  # a claim
        "Norvale Systems GmbH",  # the firm, stacked under the title
        "Marta Kowalski",  # a second person
        "Sales Department",
        "Norvale",  # one word: a wordmark as often as anything
        "40 Quarry Road",
    ],
)
def test_other_lines_under_a_title_stay_apart(under: str) -> None:
    fields = parse_text(f"Dana Whitlow\nAccount Manager\n{under}\nNorvale Systems GmbH\ndana@norvale.com", "US")
    assert fields.title is not None and fields.title.value == "Account Manager"


def test_a_title_above_the_name_takes_not_the_name() -> None:
    fields = parse_text("Account Manager\nDana Whitlow\nNorvale Systems GmbH\ndana@norvale.com", "US")
    assert fields.title is not None and fields.title.value == "Account Manager"
    assert fields.name is not None and fields.name.value == "Dana Whitlow"
