"""Values leave in the form address books expect: phones international when their E.164 is known, websites
with a scheme (a vCard URL is a URI; Google and Outlook make links only of those)."""

from __future__ import annotations

import io

import pytest

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.interop.csv_layouts import CsvLayout
from cardbook.interop.csv_write import CsvOptions, write_csv
from cardbook.interop.phones import international, make_phone, to_e164
from cardbook.interop.records import ExportRecord
from cardbook.interop.vcard_text import web_address
from cardbook.interop.vcard_write import contact_vcard


@pytest.mark.parametrize(
    ("printed", "region"),
    [("06 12 34 56 78", "FR"), ("020 7946 0018", "GB"), ("(202) 555-0147", "US"), ("030 901820", "DE")],
)
def test_a_national_number_leaves_international_and_reads_back_anywhere(printed: str, region: str) -> None:
    phone = make_phone(printed, PhoneKind.WORK, region)
    assert phone.e164 is not None
    out = international(phone)
    assert out.startswith("+") and " " in out
    for elsewhere in ("FR", "US", "JP"):
        assert to_e164(out, elsewhere) == phone.e164


def test_an_extension_is_kept_and_an_unknown_number_leaves_as_printed() -> None:
    with_extension = make_phone("+1 418 656 9254 ext. 102", PhoneKind.WORK, "US")
    assert international(with_extension).endswith("ext. 102")
    assert international(Phone("12", None, PhoneKind.OTHER)) == "12"
    corrected = Phone("06 00 00 00 00", "+33612345678", PhoneKind.MOBILE)  # edited by hand: the E.164 wins
    assert international(corrected) == "+33 6 12 34 56 78"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("www.x.fr", "https://www.x.fr"),
        ("x.fr/contact", "https://x.fr/contact"),
        ("http://x.fr", "http://x.fr"),
        ("HTTPS://X.FR", "HTTPS://X.FR"),
        ("x.fr:8080/a", "https://x.fr:8080/a"),
        ("//cdn.x.fr", "https://cdn.x.fr"),
        ("", ""),
    ],
)
def test_web_addresses_get_a_scheme(given: str, expected: str) -> None:
    assert web_address(given) == expected


_CONTACT = Contact(
    full_name="Ava Stone",
    phones=[make_phone("020 7946 0018", PhoneKind.WORK, "GB")],
    websites=["stone.example"],
)


def test_vcard_and_both_csv_layouts_carry_the_international_form_and_the_scheme() -> None:
    card = contact_vcard(_CONTACT).decode()
    assert "TEL;TYPE=WORK,VOICE:+44 20 7946 0018\r\n" in card and "URL:https://stone.example\r\n" in card
    for layout in (CsvLayout.GOOGLE, CsvLayout.OUTLOOK):
        out = io.StringIO()
        write_csv([ExportRecord(_CONTACT)], out, CsvOptions(layout=layout))
        text = out.getvalue()
        assert "+44 20 7946 0018" in text and "020 7946" not in text
        assert "https://stone.example" in text
