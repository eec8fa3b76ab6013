"""The family/given split of a printed name, the parts kept or filled at save, the sort keys and the shown orders
(cardbook/domain/person_names.py)."""

from __future__ import annotations

import pytest

from cardbook.domain.contact import Contact
from cardbook.domain.person_names import (
    NameOrder,
    NameParts,
    filled_parts,
    name_parts,
    parts_to_store,
    shown_name,
    sort_keys,
    split_name,
)

SHAPES = [
    # French cards: the family name in capitals, first or last
    ("DUPONT Jean", "Jean", "DUPONT"),
    ("Jean DUPONT", "Jean", "DUPONT"),
    ("Jean-François DUPONT", "Jean-François", "DUPONT"),
    ("LE GOFF Anne-Sophie", "Anne-Sophie", "LE GOFF"),
    ("Marie-Hélène DE LA TOUR", "Marie-Hélène", "DE LA TOUR"),
    ("Jean de LA FONTAINE", "Jean", "de LA FONTAINE"),
    # the comma form
    ("Dupont, Jean", "Jean", "Dupont"),
    ("DUPONT, Jean-Pierre", "Jean-Pierre", "DUPONT"),
    # written normally: particles stay with the family name, else the last word
    ("Marie Martin", "Marie", "Martin"),
    ("Jean Marie Martin", "Jean Marie", "Martin"),
    ("Charles de Gaulle", "Charles", "de Gaulle"),
    ("Jean d'Ormesson", "Jean", "d'Ormesson"),
    ("Marine Le Pen", "Marine", "Le Pen"),
    # Portuguese and Dutch
    ("Ana da Silva", "Ana", "da Silva"),
    ("Luiz Inácio Lula da Silva", "Luiz Inácio Lula", "da Silva"),
    ("Maria dos Santos", "Maria", "dos Santos"),
    ("DA SILVA Ana", "Ana", "DA SILVA"),
    ("Jan van der Berg", "Jan", "van der Berg"),
    ("Pieter VAN DER BERG", "Pieter", "VAN DER BERG"),
    ("Ludwig von Beethoven", "Ludwig", "von Beethoven"),
    ("Leonardo di Caprio", "Leonardo", "di Caprio"),
    # Asian names family first, marked by capitals (and the same name written the Western way)
    ("WANG Li", "Li", "WANG"),
    ("ZHANG Xiao Ming", "Xiao Ming", "ZHANG"),
    ("Li WANG", "Li", "WANG"),
    ("TANAKA Hiroshi", "Hiroshi", "TANAKA"),
    # titles and suffixes are in neither part; initials are not a family name in capitals
    ("Dr Jean Dupont", "Jean", "Dupont"),
    ("M. Jean-Pierre LE GOFF", "Jean-Pierre", "LE GOFF"),
    ("Mme Claire Fabre", "Claire", "Fabre"),
    ("John Smith Jr.", "John", "Smith"),
    ("John Smith, PhD", "John", "Smith"),
    ("J.-P. Dupont", "J.-P.", "Dupont"),
    ("JP Dupont", "JP", "Dupont"),
    # no evidence at all: everything in capitals, or lower case
    ("JEAN DUPONT", "JEAN", "DUPONT"),
    ("jean dupont", "jean", "dupont"),
    # a single name is a given name; nothing is nothing
    ("Madonna", "Madonna", ""),
    ("  ", "", ""),
    ("", "", ""),
]


@pytest.mark.parametrize(("printed", "given", "family"), SHAPES)
def test_a_printed_name_splits_by_its_own_evidence(printed: str, given: str, family: str) -> None:
    assert split_name(printed) == NameParts(given, family)


def test_spaces_are_tidied_before_splitting() -> None:
    assert split_name("  DUPONT   Jean ") == NameParts("Jean", "DUPONT")


def test_stored_parts_win_over_the_split() -> None:
    assert name_parts("Pieter van der Berg", "Pieter", "Van Der Berg") == NameParts("Pieter", "Van Der Berg")
    # one part typed: the other comes from the split when the split puts the typed one in the same place
    assert name_parts("Jean DUPONT", None, "Dupont") == NameParts("Jean", "Dupont")
    assert name_parts("Jean DUPONT", "Jean", None) == NameParts("Jean", "DUPONT")
    # ...and is left empty when it does not (the typed family name is not the printed one)
    assert name_parts("Jean DUPONT", None, "Martin") == NameParts("", "Martin")


def test_filled_parts_fill_only_what_is_empty() -> None:
    assert filled_parts("DUPONT Jean", None, None) == ("Jean", "DUPONT")
    assert filled_parts("DUPONT Jean", "  ", "") == ("Jean", "DUPONT")
    assert filled_parts("DUPONT Jean", "Jeannot", "Dupont-Martin") == ("Jeannot", "Dupont-Martin")
    assert filled_parts("Madonna", None, None) == ("Madonna", None)
    assert filled_parts("", None, None) == (None, None)  # a company with no person: nothing to fill


def test_parts_follow_a_corrected_name_unless_someone_typed_them() -> None:
    scanned = ("Jean DUPONT", "Jean", "DUPONT")  # the parts the first save split from the card
    assert parts_to_store("Jean DUPOND", "Jean", "DUPONT", before=scanned) == ("Jean", "DUPOND")
    # typed parts (not the old name's split) stay, whatever the full name becomes
    typed = ("Jean DUPONT", "Jeannot", "Dupont")
    assert parts_to_store("Jean DUPOND", "Jeannot", "Dupont", before=typed) == ("Jeannot", "Dupont")
    # the same name saved again changes nothing; an editor that sends new parts is obeyed
    assert parts_to_store("Jean DUPONT", "Jean", "DUPONT", before=scanned) == ("Jean", "DUPONT")
    assert parts_to_store("Jean DUPOND", "Jean", "Dupond", before=scanned) == ("Jean", "Dupond")


def test_sort_keys_put_the_family_name_first_or_last() -> None:
    assert sort_keys("DUPONT Jean", None, None, "DUPONT Jean") == ("jean dupont", "dupont jean")
    assert sort_keys("Émilie Lefèvre", None, None, "Émilie Lefèvre") == ("emilie lefevre", "lefevre emilie")
    assert sort_keys("Pieter van der Berg", "Pieter", "Van Der Berg", "x") == (
        "pieter van der berg",
        "van der berg pieter",
    )
    assert sort_keys("Madonna", None, None, "Madonna") == ("madonna", "madonna")
    # a shop, or a contact known by an email only: what the list shows, in both orders
    assert sort_keys("", None, None, "Boulangerie Ange") == ("boulangerie ange", "boulangerie ange")


def test_a_family_name_sort_groups_printed_forms_of_one_family() -> None:
    names = ["Marie Martin", "DUPONT Jean", "Anne Dupont", "Zoé ABADIE", "Luc Dupont"]
    by_family = sorted(names, key=lambda n: sort_keys(n, None, None, n)[1])
    assert by_family == ["Zoé ABADIE", "Anne Dupont", "DUPONT Jean", "Luc Dupont", "Marie Martin"]
    by_given = sorted(names, key=lambda n: sort_keys(n, None, None, n)[0])
    assert by_given == ["Anne Dupont", "DUPONT Jean", "Luc Dupont", "Marie Martin", "Zoé ABADIE"]


@pytest.mark.parametrize(
    ("printed", "given_first", "family_first"),
    [
        ("DUPONT Jean", "Jean Dupont", "DUPONT Jean"),
        ("Jean-Pierre LE GOFF", "Jean-Pierre Le Goff", "LE GOFF Jean-Pierre"),
        ("Pieter VAN DER BERG", "Pieter van der Berg", "VAN DER BERG Pieter"),
        ("Jean de LA FONTAINE", "Jean de La Fontaine", "DE LA FONTAINE Jean"),
        ("Marie Martin", "Marie Martin", "MARTIN Marie"),
        ("Dupont, Jean", "Jean Dupont", "DUPONT Jean"),
        ("JEAN DUPONT", "JEAN DUPONT", "DUPONT JEAN"),  # all in capitals: nothing to re-case
        ("Madonna", "Madonna", "Madonna"),
    ],
)
def test_shown_name_in_each_order(printed: str, given_first: str, family_first: str) -> None:
    assert shown_name(printed, None, None, printed, NameOrder.AS_WRITTEN) == printed
    assert shown_name(printed, None, None, printed, NameOrder.GIVEN_FIRST) == given_first
    assert shown_name(printed, None, None, printed, NameOrder.FAMILY_FIRST) == family_first


def test_a_company_without_a_person_shows_as_it_is_in_every_order() -> None:
    for order in NameOrder:
        assert shown_name("", None, None, "Horizon Conseil", order) == "Horizon Conseil"


def test_a_contact_tells_its_name_parts() -> None:
    assert Contact(full_name="DUPONT Jean").name_parts == NameParts("Jean", "DUPONT")
    assert Contact(given_name="Ada", family_name="Lovelace").name_parts == NameParts("Ada", "Lovelace")
    assert not Contact(company="Acme").name_parts
