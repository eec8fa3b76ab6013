"""A name cut after its surname's particle, across a line break or a gap on its row, is joined to its
surname; a title cut after its preposition and a line of another role are left alone."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.particle_names import continues_surname, ends_with_particle, opens_with_particle
from cardbook.ocr.types import Box

from .line_cards import stacked_lines

# Made-up people: the name's line ending with particles, the surname's line under it.
_CUT_NAMES = [
    ("NL", "Pieter van", "den Berg", "Accountmanager"),
    ("IT", "Anna De", "Luca", "Responsabile Vendite"),
    ("DE", "Karl von", "Stetten", "Vertriebsleiter"),
    ("BR", "Maria dos", "Santos Lima", "Vendedora"),
    ("FR", "Claire De la", "Fontaine", "Directrice"),
    ("PT", "João da", "Costa", "Engenheiro"),
]


@pytest.mark.parametrize(("region", "first", "rest", "title"), _CUT_NAMES)
def test_a_name_cut_after_its_particle_is_joined_to_its_surname(region: str, first: str, rest: str, title: str) -> None:
    rows = [(first, 30), (rest, 30), (title, 18), ("info@wdx.example", 16), ("+31 20 555 0147", 16)]
    fields = parse_lines(stacked_lines(rows), region)
    assert fields.name is not None and fields.name.value == f"{first} {rest}"
    assert fields.name.lines == (0, 1)
    assert fields.title is not None and fields.title.value == title


def test_the_surname_read_as_a_piece_of_the_same_row_is_joined() -> None:
    lines = [
        CardLine(0, "Ottavio Di", Box(40, 40, 160, 36), 30),
        CardLine(1, "Stefano", Box(420, 42, 140, 36), 30),
        CardLine(2, "Responsabile Acquisti", Box(40, 90, 300, 22), 18),
        CardLine(3, "marco@wdx.example", Box(40, 130, 260, 19), 16),
    ]
    fields = parse_lines(lines, "IT")
    assert fields.name is not None and fields.name.value == "Ottavio Di Stefano"


@pytest.mark.parametrize("text", ["Directeur de", "Maria e", "Rua das Acacias de", "de"])
def test_no_name_start_before_a_particle(text: str) -> None:
    assert not ends_with_particle(text)


@pytest.mark.parametrize("text", ["Directrice Commerciale", "Studio Legale", "12 Rue Haute", "info@wdx.example"])
def test_a_title_a_firm_or_a_contact_continues_no_surname(text: str) -> None:
    assert not continues_surname(text)


@pytest.mark.parametrize(("region", "first", "rest"), [("NL", "Pieter", "van den Berg"), ("DE", "Karl", "von Stetten")])
def test_first_names_alone_before_a_surname_opening_with_its_particle_are_one_name(
    region: str, first: str, rest: str
) -> None:
    rows = [(first, 30), (rest, 30), ("Accountmanager", 18), ("info@wdx.example", 16)]
    fields = parse_lines(stacked_lines(rows), region)
    assert fields.name is not None and fields.name.value == f"{first} {rest}"


def test_a_surname_set_larger_than_its_first_name_is_joined_after_a_particle() -> None:
    rows = [("Anna De", 24), ("LUCA", 34), ("Responsabile Vendite", 18), ("info@wdx.example", 16)]
    fields = parse_lines(stacked_lines(rows), "IT")
    assert fields.name is not None and fields.name.value == "Anna De LUCA"
    assert fields.company is None or fields.company.value != "LUCA"


def test_a_practice_opening_with_a_particle_is_no_surname() -> None:
    assert not opens_with_particle("van Dijk Advocaten")
    assert opens_with_particle("van den Berg")
