"""Whole cards as text (one printed line per line): names, titles, companies, addresses, contacts."""

from __future__ import annotations

import pytest

from cardbook.ocr.fields import CardFields
from cardbook.ocr.parse_card import parse_text


def value(field: object) -> str | None:
    return getattr(field, "value", None)


def summary(fields: CardFields) -> dict[str, object]:
    return {
        "name": value(fields.name),
        "title": value(fields.title),
        "company": value(fields.company),
        "department": value(fields.department),
        "address": value(fields.address),
        "emails": [item.value for item in fields.emails],
        "phones": [(item.number, item.kind) for item in fields.phones],
        "websites": [item.value for item in fields.websites],
        "social": [item.value for item in fields.social],
    }


def test_french_card_with_ocr_damage() -> None:
    fields = parse_text(
        """Quadrant Ingénierie SAS
        Hélène Leroy
        Directrice commerciale
        26 rue du Faubourg Saint-Honoré
        35000 Rennes
        Tél. 02 99 12 34 56
        Port. 06 12 34 56 78
        Fax +33 2 99 12 34 57
        helene.leroy©quadrant-ingenierie,fr
        www.quadrant-ingenierie.fr
        linkedin.com/in/helene-leroy"""
    )
    assert summary(fields) == {
        "name": "Hélène Leroy",
        "title": "Directrice commerciale",
        "company": "Quadrant Ingénierie SAS",
        "department": None,
        "address": "26 rue du Faubourg Saint-Honoré, 35000 Rennes",
        "emails": ["helene.leroy@quadrant-ingenierie.fr"],
        "phones": [("02 99 12 34 56", "work"), ("06 12 34 56 78", "mobile"), ("+33 2 99 12 34 57", "fax")],
        "websites": ["www.quadrant-ingenierie.fr"],
        "social": ["linkedin.com/in/helene-leroy"],
    }
    assert fields.phones[2].e164 == "+33299123457"
    assert all(0.0 < confidence <= 1.0 for confidence in fields.confidences().values())


def test_surname_first_in_capitals_and_legal_form() -> None:
    fields = parse_text(
        """DUPONT Jean
        Gérant
        Boulangerie Dupont SARL
        12, avenue Jean Jaurès
        69007 Lyon
        jean.dupont@boulangerie-dupont.fr
        06 12 34 56 78"""
    )
    assert value(fields.name) == "DUPONT Jean"
    assert value(fields.title) == "Gérant"
    assert value(fields.company) == "Boulangerie Dupont SARL"
    assert value(fields.address) == "12, avenue Jean Jaurès, 69007 Lyon"
    assert [(p.number, p.kind) for p in fields.phones] == [("06 12 34 56 78", "mobile")]


@pytest.mark.parametrize(
    ("company_line", "legal_form"),
    [
        ("Atelier Moreau EURL", "EURL"),
        ("Kern & Partner GmbH", "GmbH"),
        ("Acme Widgets, Inc.", "Inc."),
        ("Brightside Consulting LLC", "LLC"),
        ("Dubois Frères SA", "SA"),
    ],
)
def test_legal_forms_mark_the_company(company_line: str, legal_form: str) -> None:
    fields = parse_text(f"Claire Martin\nConsultante\n{company_line}\nclaire@example.org")
    assert value(fields.company) == company_line
    assert legal_form in (value(fields.company) or "")
    assert value(fields.name) == "Claire Martin"


def test_english_card_name_from_email_and_title_on_the_same_line() -> None:
    fields = parse_text(
        """COLOR PRO
        Joey K. Smith, CEO
        T: 770-391-9071, info@colorpro.com
        299 Newport Lane, Dunwoody, GA 30338"""
    )
    assert value(fields.company) == "COLOR PRO"
    assert value(fields.name) == "Joey K. Smith"
    assert value(fields.title) == "CEO"
    assert value(fields.address) == "299 Newport Lane, Dunwoody, GA 30338"
    assert [(p.number, p.kind, p.e164) for p in fields.phones] == [("770-391-9071", "work", "+17703919071")]


def test_name_found_through_the_email_initials() -> None:
    fields = parse_text(
        "nethernet\nweb solutions | software development\nBen Congleton\nbc@nethernet.com\n"
        "cell (703) 867-0135\nwww.nethernet.com"
    )
    assert value(fields.name) == "Ben Congleton"
    assert value(fields.company) == "nethernet"
    assert [(p.number, p.kind) for p in fields.phones] == [("(703) 867-0135", "mobile")]


def test_shop_card_without_a_person() -> None:
    fields = parse_text("Flores Nossa Senhora de Fatima\nTel: (11) 2684-7988\nfloresnsfatima@hotmail.com")
    assert fields.name is None
    assert value(fields.company) == "Flores Nossa Senhora de Fatima"


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (["12, rue de la Paix", "75002 Paris"], "12, rue de la Paix, 75002 Paris"),
        (
            ["Bâtiment B, 3 allée des Tilleuls", "BP 42", "69130 Écully Cedex"],
            "Bâtiment B, 3 allée des Tilleuls, BP 42, 69130 Écully Cedex",
        ),
        (
            ["410 S. Craig St. Suite 102", "Pittsburgh, PA 15213"],
            "410 S. Craig St. Suite 102, Pittsburgh, PA 15213",
        ),
        (["10 Downing Street", "London SW1A 2AA"], "10 Downing Street, London SW1A 2AA"),
        (["Begijnhoflaan 93a, B-9000 Gent, Belgium"], "Begijnhoflaan 93a, B-9000 Gent, Belgium"),
        (
            ["Friedrichstraße 43", "10117 Berlin", "Deutschland"],
            "Friedrichstraße 43, 10117 Berlin, Deutschland",
        ),
        (
            ["Rua Boa Vista, 254 | 17º and", "Cep 01014-000 | Centro | São Paulo | SP"],
            "Rua Boa Vista, 254 | 17º and, Cep 01014-000 | Centro | São Paulo | SP",
        ),
    ],
)
def test_addresses_of_several_countries(lines: list[str], address: str) -> None:
    text = "\n".join(["Sophie Bernard", "Architecte", *lines, "sophie@bernard-archi.fr"])
    assert value(parse_text(text).address) == address


def test_address_line_shared_with_a_phone_keeps_only_the_address() -> None:
    fields = parse_text("2011 El Camino Real, Palo Alto, CA 94306 • Tel: (650) 853-3000\nwww.bikeconnection.net")
    assert value(fields.address) == "2011 El Camino Real, Palo Alto, CA 94306"
    assert [(p.number, p.kind) for p in fields.phones] == [("(650) 853-3000", "work")]
    assert [w.value for w in fields.websites] == ["www.bikeconnection.net"]


def test_department_and_multi_line_company() -> None:
    fields = parse_text(
        """Institute for Computer Sciences, Social Informatics
        and Telecommunications Engineering
        Gabriella MAGYAR
        Conference Coordinator
        Département Relations Internationales
        e-mail: gabriella.magyar@icst.org"""
    )
    assert value(fields.company) == (
        "Institute for Computer Sciences, Social Informatics and Telecommunications Engineering"
    )
    assert value(fields.name) == "Gabriella MAGYAR"
    assert value(fields.title) == "Conference Coordinator"
    assert value(fields.department) == "Département Relations Internationales"


def test_lines_give_their_index_and_unclaimed_lines_are_kept() -> None:
    fields = parse_text("Léa Fontaine\nPhotographe\nLa lumière du matin\n06 11 22 33 44")
    assert fields.name is not None and fields.name.lines == (0,)
    assert fields.title is not None and fields.title.lines == (1,)
    assert 2 in fields.other_lines


def test_empty_text_gives_empty_fields() -> None:
    fields = parse_text("")
    assert fields == CardFields()
    assert fields.confidences() == {}


def test_labels_printed_on_the_line_above_the_numbers() -> None:
    assert [(p.number, p.kind) for p in parse_text("Fax :\n01 23 45 67 89").phones] == [("01 23 45 67 89", "fax")]
    fields = parse_text("Tel: (11) 2684-7988\n3854-7828\nfloresnsfatima@hotmail.com", region="BR")
    assert [(p.number, p.kind) for p in fields.phones] == [("(11) 2684-7988", "work"), ("3854-7828", "work")]
    # A name between them breaks the chain: the lone number has no label.
    fields = parse_text("Tél. 01 23 45 67 89\nJean Dupont\n01 98 76 54 32")
    assert [(p.number, p.kind) for p in fields.phones] == [
        ("01 23 45 67 89", "work"),
        ("01 98 76 54 32", "other"),
    ]
