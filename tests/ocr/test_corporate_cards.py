"""Corporate cards of the US and Europe (issue 10): honorifics and degrees kept in the name, a title on two
lines or two roles, the firm's full name from the fine print, a logo's symbol read as a letter. Every card
here is made up; ``tests/ocr/corporate_set.py`` measures the same cases on rendered cards."""

from __future__ import annotations

import pytest

from cardbook.ocr.firm_evidence import without_fine_print
from cardbook.ocr.parse_card import parse_text


def _card(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize(
    "name",
    [
        "Prof. Dr. Karla Weidenfeld",
        "Dr.-Ing. Bernd Lachmann",
        "Dipl.-Ing. Jörg Hufnagel",
        "Mag. Dr. Verena Pichlmaier",
        "Dott.ssa Chiara Benedetti",
        "ir. Maarten de Groot",
        "Peter O. Lindqvist, MBA",
        "Walter J. Brennan, P.E.",
        "Sinead Doyle MSc",
    ],
)
def test_honorifics_and_degrees_stay_in_the_name(name: str) -> None:
    fields = parse_text(_card("Brightfield Systems GmbH", name, "Head of Procurement", "info@brightfield.de"))
    assert fields.name is not None and fields.name.value == name
    assert fields.title is not None and fields.title.value == "Head of Procurement"


def test_a_doctor_is_no_drive_of_the_address() -> None:
    fields = parse_text(
        _card("Kessler Anlagenbau GmbH", "Geschäftsführerin", "Dr. Hanna Kessler", "Lindenweg 12", "79098 Freiburg")
    )
    assert fields.name is not None and fields.name.value == "Dr. Hanna Kessler"
    assert fields.address is not None and fields.address.value == "Lindenweg 12, 79098 Freiburg"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (("Managing Director", "Head of Sales"), "Managing Director, Head of Sales"),
        (("Vice President of", "Corporate Finance"), "Vice President of, Corporate Finance"),
        (("Gestor", "de Projetos"), "Gestor, de Projetos"),
    ],
)
def test_a_title_on_two_lines_is_one_title(lines: tuple[str, str], title: str) -> None:
    fields = parse_text(_card("Northwind Holdings Ltd", "Amelia Hartley", *lines, "amelia@northwind.co.uk"))
    assert fields.title is not None and fields.title.value == title


def test_the_department_under_the_title_stays_apart() -> None:
    fields = parse_text(_card("Northwind Holdings Ltd", "Amelia Hartley", "Sales Manager", "Marketing Department"))
    assert fields.title is not None and fields.title.value == "Sales Manager"


def test_a_noise_line_under_the_title_does_not_join_it() -> None:
    fields = parse_text(_card("Northwind Holdings Ltd", "Amelia Hartley", "Sales Manager", "ent"))
    assert fields.title is not None and fields.title.value == "Sales Manager"


def test_the_fine_print_gives_the_firm_its_full_name() -> None:
    fields = parse_text(
        _card(
            "HALVERSEN",
            "Ingrid Solberg",
            "Key Account Manager",
            "ingrid.solberg@halversen.no",
            "Halversen, Dahl og Moe AS · Org.nr. 912 345 678 MVA",
        )
    )
    assert fields.company is not None and fields.company.value == "Halversen, Dahl og Moe AS"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Neves Tavares S.A. - NIF 501234567 - Capital social 50 000 €", "Neves Tavares S.A."),
        ("Brightfield GmbH · Sitz Freiburg · Amtsgericht Freiburg HRB 12345", "Brightfield GmbH"),
        ("Coalbrook & Partners LLP ·Registered in England and Wales", "Coalbrook & Partners LLP"),
        ("Müller & Söhne - Bau GmbH", "Müller & Söhne - Bau GmbH"),
    ],
)
def test_the_firm_is_cut_from_its_registration(text: str, firm: str) -> None:
    assert without_fine_print(text) == firm


def test_a_logo_symbol_read_as_a_letter_is_dropped() -> None:
    fields = parse_text(_card("A Lindqvist Hallberg AB", "Erik Sandström", "CEO", "erik@lindqvisthallberg.se"))
    assert fields.company is not None and fields.company.value == "Lindqvist Hallberg AB"


def test_a_letter_the_domain_spells_stays() -> None:
    fields = parse_text(_card("A Cut Above Salon", "Dana Brooks", "Owner", "dana@acutabove.com"))
    assert fields.company is not None and fields.company.value == "A Cut Above Salon"


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (("Kongens Allé 29", "3969 Fredensborg"), "Kongens Allé 29, 3969 Fredensborg"),
        (("Nordre gate 4", "0551 Oslo"), "Nordre gate 4, 0551 Oslo"),
        (("Storgaten 4", "0155 Oslo"), "Storgaten 4, 0155 Oslo"),
        (("Lindehof 39", "1925 DL", "Wommels"), "Lindehof 39, 1925 DL, Wommels"),
        (("Skolstigen 3", "56905 Linköping"), "Skolstigen 3, 56905 Linköping"),
    ],
)
def test_european_streets_and_postcodes(lines: tuple[str, ...], address: str) -> None:
    fields = parse_text(_card("Nordvik Consulting", "Ingrid Solberg", "Partner", *lines, "ingrid@nordvik.no"))
    assert fields.address is not None and fields.address.value == address


def test_a_branch_after_the_head_office_is_another_address() -> None:
    fields = parse_text(
        _card(
            "Nordvik Consulting",
            "Ingrid Solberg",
            "Partner",
            "Skolstigen 3",
            "56905 Linköping",
            "Villatorget 4",
            "26122 Skövde",
        )
    )
    assert fields.address is not None and fields.address.value == "Skolstigen 3, 56905 Linköping"


@pytest.mark.parametrize(
    "line",
    ["Nordvik AS · Org.nr. 912 345 678 MVA", "Saari Oy - Y-tunnus 1234567-8", "Muster AG · CHE-123.456.789 MWST"],
)
def test_registration_numbers_are_no_phones(line: str) -> None:
    fields = parse_text(_card("Nordvik Consulting", "Ingrid Solberg", "Partner", "T +47 21 22 35 76", line))
    assert [phone.number for phone in fields.phones] == ["+47 21 22 35 76"]


@pytest.mark.parametrize("department", ["Abteilung Einkauf", "Geschäftsbereich Logistik", "Divisione Acquisti"])
def test_a_department_of_each_language(department: str) -> None:
    fields = parse_text(_card("Brightfield Systems GmbH", "Karla Weidenfeld", "Teamleiterin", department))
    assert fields.department is not None and fields.department.value == department
    assert fields.title is not None and fields.title.value == "Teamleiterin"


def test_a_second_role_in_a_department_is_still_a_title() -> None:
    fields = parse_text(
        _card("Fermi Impianti S.p.A.", "Chiara Benedetti", "Socio fondatore", "Responsabile Ufficio Tecnico")
    )
    assert fields.title is not None and fields.title.value == "Socio fondatore, Responsabile Ufficio Tecnico"


@pytest.mark.parametrize(
    "title", ["Projectleider", "Teamleider Inkoop", "Prokurist", "Toimitusjohtaja", "Projektledare"]
)
def test_dutch_nordic_and_german_titles(title: str) -> None:
    fields = parse_text(_card("Nordvik Consulting", "Ingrid Solberg", title, "ingrid@nordvik.no"))
    assert fields.title is not None and fields.title.value == title


def test_a_department_under_the_title_with_a_title_word_stays_apart() -> None:
    fields = parse_text(
        _card("Brightfield Systems GmbH", "Karla Weidenfeld", "Leiter Einkauf", "Geschäftsbereich Personal")
    )
    assert fields.title is not None and fields.title.value == "Leiter Einkauf"


def test_the_fine_print_names_a_swedish_partnership() -> None:
    fields = parse_text(
        _card("LINDGREN", "Nils Ivarsson", "Säljchef", "nils@lindgren.se", "Lindgren & Ek HB · Org.nr 556123-4567")
    )
    assert fields.company is not None and fields.company.value == "Lindgren & Ek HB"
