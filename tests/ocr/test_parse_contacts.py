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
        ("e-mail: marta. keller@ivra.org", ["marta.keller@ivra.org"]),
        ("E-mail:kenta.mori.fx@norvale.com", ["kenta.mori.fx@norvale.com"]),
        ("Courriel : Contact@Boulangerie-Dupont.FR", ["contact@boulangerie-dupont.fr"]),
        ("info@brightprint.corn", ["info@brightprint.com"]),
        ("T: 404-555-0142, info@brightprint.com", ["info@brightprint.com"]),
        ("marie @ atelier-bois . fr", ["marie@atelier-bois.fr"]),
        ("jean,martin@cabinet-martin.fr", ["jean.martin@cabinet-martin.fr"]),
        ("Salem, MA 01970", []),
        ("© 2024 Quadrant", []),
    ],
)
def test_emails_are_found_and_repaired(line: str, expected: list[str]) -> None:
    assert emails(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("www.quadrant-ingenierie.fr", ["www.quadrant-ingenierie.fr"]),
        ("www,webfalcon.com", ["www.webfalcon.com"]),
        ("wwwwebfalcon.com", ["www.webfalcon.com"]),
        ("https://www.exemple.fr/contact/", ["www.exemple.fr/contact"]),
        ("KINGFISHER.COM", ["kingfisher.com"]),
        ("www.autoleste.com.br", ["www.autoleste.com.br"]),
        ("salem@thegrillhouse.com   thegrillhouse.com", ["thegrillhouse.com"]),
        ("ivra .org", ["ivra.org"]),
        ("ANA R. COSTA, D.D.S.", []),
        ("Norvale, Ltd.", []),
        ("Dupont S.A.", []),
        ("Salem,MA 01970", []),
        ("Ets Martin. fr", []),
    ],
)
def test_websites_are_found_without_false_positives(line: str, expected: list[str]) -> None:
    assert websites(line) == expected


def test_social_profiles_are_not_websites() -> None:
    line = "linkedin.com/in/helene-leroy"
    assert [found.value for found in find_social(line)] == ["linkedin.com/in/helene-leroy"]
    assert websites(line) == []
    assert [found.value for found in find_social("Skype: marta.keller-ivra")] == ["marta.keller-ivra"]
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
        ("8:00 - 4:30 Daily", []),
        ("Le 12/03/2024", []),
    ],
)
def test_french_phone_numbers_and_labels(line: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert phones(line) == expected


def test_north_american_numbers_with_a_french_default_region() -> None:
    found = phones("cell (703) 555-0148", ("US", "FR"))
    assert found == [("(703) 555-0148", "mobile", "+17035550148")]
    assert phones("Phone (770) 555-0177 Fax (770) 555-0178", ("US", "FR")) == [
        ("(770) 555-0177", "work", "+17705550177"),
        ("(770) 555-0178", "fax", "+17705550178"),
    ]


def test_labels_after_the_numbers_and_numbers_run_together() -> None:
    found = phones("617 432 1900 508 277 4410 Cell 617 432 1902 Fax", ("US", "FR"))
    assert [(number, kind) for number, kind, _ in found] == [
        ("617 432 1900", "other"),
        ("508 277 4410", "mobile"),
        ("617 432 1902", "fax"),
    ]


def test_postal_codes_are_not_phone_numbers() -> None:
    assert phones("Berkeley, CA 94720-1234", ("US",)) == []
    assert phones("Cep 30140-071 | Savassi | Belo Horizonte | MG", ("BR",)) == []
    assert phones("Chiba-ken,260-0013 Japan", ("JP",)) == []


def test_extension_is_kept_with_the_number() -> None:
    assert phones("TEL:81 43 212 7788ex120", ("JP",))[0][0] == "81 43 212 7788ex120"
