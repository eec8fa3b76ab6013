"""E-mails, websites, social profiles and phone numbers, from text as OCR delivers it."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_contacts import find_emails, find_social, find_websites
from cardbook.ocr.parse_phones import find_phones


def emails(text: str) -> list[str]:
    return [found.value for found in find_emails(text)]


def websites(text: str) -> list[str]:
    return [found.value for found in find_websites(text)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("jean.dupont©exemple,fr", ["jean.dupont@exemple.fr"]),
        ("e-mail: gabriella. magyar@icst.org", ["gabriella.magyar@icst.org"]),
        ("E-mail:hideaki.kido.fx@hitachi.com", ["hideaki.kido.fx@hitachi.com"]),
        ("Courriel : Contact@Boulangerie-Dupont.FR", ["contact@boulangerie-dupont.fr"]),
        ("info@colorpro.corn", ["info@colorpro.com"]),
        ("T: 770-391-9071, info@colorpro.com", ["info@colorpro.com"]),
        ("marie @ atelier-bois . fr", ["marie@atelier-bois.fr"]),
        ("jean,martin@cabinet-martin.fr", ["jean.martin@cabinet-martin.fr"]),
        ("Palo Alto, CA 94306", []),
        ("© 2024 Quadrant", []),
    ],
)
def test_emails_are_found_and_repaired(line: str, expected: list[str]) -> None:
    assert emails(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("www.quadrant-ingenierie.fr", ["www.quadrant-ingenierie.fr"]),
        ("www,nethernet.com", ["www.nethernet.com"]),
        ("wwwnethernet.com", ["www.nethernet.com"]),
        ("https://www.exemple.fr/contact/", ["www.exemple.fr/contact"]),
        ("HUMMINGBIRD.COM", ["hummingbird.com"]),
        ("www.chevroleste.com.br", ["www.chevroleste.com.br"]),
        ("paloalto@thecounterburger.com   thecounterburger.com", ["thecounterburger.com"]),
        ("icst .org", ["icst.org"]),
        ("MARK D. MALVIN, D.M.D.", []),
        ("Hitachi, Ltd.", []),
        ("Dupont S.A.", []),
        ("Palo Alto,CA 94306", []),
        ("Ets Martin. fr", []),
    ],
)
def test_websites_are_found_without_false_positives(line: str, expected: list[str]) -> None:
    assert websites(line) == expected


def test_social_profiles_are_not_websites() -> None:
    line = "linkedin.com/in/helene-leroy"
    assert [found.value for found in find_social(line)] == ["linkedin.com/in/helene-leroy"]
    assert websites(line) == []
    assert [found.value for found in find_social("Skype: gabriella.magyar-icst")] == ["gabriella.magyar-icst"]
    assert [found.value for found in find_social("Instagram @atelier.bois")] == ["@atelier.bois"]


def phones(line: str, regions: tuple[str, ...] = ("FR",)) -> list[tuple[str, str, str | None]]:
    return [(found.number, found.kind, found.e164) for found in find_phones(line, list(regions))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tél. 01 23 45 67 89", [("01 23 45 67 89", "work", "+33123456789")]),
        ("Port. 06 12 34 56 78", [("06 12 34 56 78", "mobile", "+33612345678")]),
        ("Mob. : 07 41 43 33 77", [("07 41 43 33 77", "mobile", "+33741433377")]),
        ("Fax +33 1 23 45 67 80", [("+33 1 23 45 67 80", "fax", "+33123456780")]),
        ("M. +33 (0)7 41 43 33 77", [("+33 (0)7 41 43 33 77", "mobile", "+33741433377")]),
        # A generic label on a mobile number: mobile (phonenumbers knows French mobile ranges).
        ("Tél : 06 12 34 56 78", [("06 12 34 56 78", "mobile", "+33612345678")]),
        # Unlabelled: "other", unless the number itself is a mobile one.
        ("01 23 45 67 89", [("01 23 45 67 89", "other", "+33123456789")]),
        ("06 98 76 54 32", [("06 98 76 54 32", "mobile", "+33698765432")]),
        (
            "Tél. 01 23 45 67 89 - Fax 01 23 45 67 80",
            [("01 23 45 67 89", "work", "+33123456789"), ("01 23 45 67 80", "fax", "+33123456780")],
        ),
        ("SIRET 123 456 789 00012", []),
        ("RCS Paris B 123 456 789", []),
        ("7:30 - 2:30 Daily", []),
        ("Le 12/03/2024", []),
    ],
)
def test_french_phone_numbers_and_labels(line: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert phones(line) == expected


def test_north_american_numbers_with_a_french_default_region() -> None:
    found = phones("cell (703) 867-0135", ("US", "FR"))
    assert found == [("(703) 867-0135", "mobile", "+17038670135")]
    assert phones("Phone (770) 555-0100 Fax (770) 555-0101", ("US", "FR")) == [
        ("(770) 555-0100", "work", "+17705550100"),
        ("(770) 555-0101", "fax", "+17705550101"),
    ]


def test_labels_after_the_numbers_and_numbers_run_together() -> None:
    found = phones("650 321 3900 408 390 7771 Cell 650 321 3902 Fax", ("US", "FR"))
    assert [(number, kind) for number, kind, _ in found] == [
        ("650 321 3900", "other"),
        ("408 390 7771", "mobile"),
        ("650 321 3902", "fax"),
    ]


def test_postal_codes_are_not_phone_numbers() -> None:
    assert phones("Stanford, CA 94305-6068", ("US",)) == []
    assert phones("Cep 01014-000 | Centro | São Paulo | SP", ("BR",)) == []
    assert phones("Ibaraki-ken,319-1292 Japan", ("JP",)) == []


def test_extension_is_kept_with_the_number() -> None:
    assert phones("TEL:81 294 52 5111ex6086", ("JP",))[0][0] == "81 294 52 5111ex6086"
