"""A SIREN parted from its "RCS" label is no phone when the card's VAT number holds it (siren_numbers)."""

from __future__ import annotations

import re

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.siren_numbers import is_registration_number, vat_sirens

CARD = """Menuiserie Brossard
Julien Favier
Tél. 04 78 12 34 56
julien@menuiserie-brossard.fr
RCS
Annecy 482 117 903 - APE 1623Z
TVA intracom. FR 27 482117903"""


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def test_the_siren_the_vat_number_holds_is_no_phone() -> None:
    fields = parse_text(CARD, "FR")
    assert [_digits(phone.number) for phone in fields.phones] == ["0478123456"]


def test_a_phone_is_kept_when_no_vat_number_names_its_digits() -> None:
    fields = parse_text(CARD.replace("FR 27 482117903", "FR 27 482117904"), "FR")
    assert "482117903" in [_digits(phone.number) for phone in fields.phones]


def test_sirets_build_on_the_siren() -> None:
    sirens = vat_sirens(["N° TVA FR27482117903"])
    assert sirens == {"482117903"}
    assert is_registration_number("482 117 903 00015", sirens) and not is_registration_number("04 82 11 79 03", sirens)
