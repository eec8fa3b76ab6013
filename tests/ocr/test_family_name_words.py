"""``family_name_words``: a family name that a parser list holds too ("Sales", "Lane") no longer costs a
person's name after a known first name; the same word still makes a title or a firm where it starts the line
or follows no first name. Real parsing of card lines (``parse_text``)."""

from __future__ import annotations

import pytest

from cardbook.ocr.family_name_words import family_names, forgiven_family_word
from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_people import name_score


def _fields(lines: list[str]) -> tuple[str | None, str | None]:
    fields = parse_text("\n".join(lines), region="BR")
    return (fields.name.value if fields.name else None, fields.title.value if fields.title else None)


def test_faker_lists_the_family_names_that_are_list_words() -> None:
    assert {"sales", "lane", "silva"} <= family_names()


@pytest.mark.parametrize(
    ("lines", "name", "title"),
    [
        (["Oficina Ramos", "Paulo Sales", "Mecânico", "Cel.: (21) 98877-1234"], "Paulo Sales", "Mecânico"),
        (["Ramos Auto Repair", "Rachel Lane", "Owner", "Cell: (212) 555-0188"], "Rachel Lane", "Owner"),
    ],
)
def test_a_name_whose_family_name_is_a_list_word_is_read(lines: list[str], name: str, title: str) -> None:
    assert _fields(lines) == (name, title)


def test_the_word_still_makes_a_title_where_no_first_name_precedes_it() -> None:
    assert forgiven_family_word(["sales", "manager"]) == set()
    assert forgiven_family_word(["regional", "sales"]) == set()
    assert name_score("Sales Manager", []) == 0.0
    name, title = _fields(["Ramos Auto Repair", "Paulo Ramos", "Sales Manager", "Cell: (212) 555-0188"])
    assert (name, title) == ("Paulo Ramos", "Sales Manager")


def test_a_strong_title_word_is_never_forgiven() -> None:
    assert forgiven_family_word(["paulo", "director"]) == set()
