"""The user's own card: stored as JSON, shown as a QR code (vCard 3.0, and MECARD when shorter)."""

from __future__ import annotations

import io

import pytest
import zxingcpp  # a dependency of the app (its QR reader), so never skipped here
from PIL import Image

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.interop.mycard import (
    contact_from_json,
    contact_to_json,
    mecard_payload,
    my_card_qr,
    render_qr,
    vcard_payload,
)
from cardbook.interop.records import InterchangeError
from cardbook.interop.vcard_read import read_vcards

ME = Contact(
    full_name="Émilie Lefèvre",
    given_name="Émilie",
    family_name="Lefèvre",
    title="Consultante; RH",
    company="Horizon Conseil",
    emails=["emilie@horizon.fr"],
    phones=[Phone("06 12 34 56 78", "+33612345678", PhoneKind.MOBILE)],
    websites=["https://horizon.fr"],
    address="26 rue du Faubourg Saint-Honoré, 35000 Rennes",
    social=["https://www.linkedin.com/in/emilie"],
    notes="private notes stay private",
    tags=["me"],
)


def _decode(png: bytes) -> str:
    with Image.open(io.BytesIO(png)) as image:
        results = zxingcpp.read_barcodes(image.convert("L"))
    assert len(results) == 1
    return str(results[0].text)


def test_json_round_trip_and_tolerance() -> None:
    assert contact_from_json(contact_to_json(ME)) == ME
    damaged = contact_from_json(
        '{"full_name": "A", "emails": "not a list", "phones": [{"number": "1", "kind": "x"}, 3]}'
    )
    assert damaged.full_name == "A" and damaged.emails == [] and damaged.phones == [Phone("1", None, PhoneKind.OTHER)]
    for bad in ("", "[1]", "{", '"x"'):
        with pytest.raises(InterchangeError):
            contact_from_json(bad)


def test_vcard_qr_code_reads_back_as_the_card() -> None:
    payload = vcard_payload(ME)
    assert "private notes" not in payload and "CATEGORIES" not in payload
    assert "TEL;TYPE=CELL,VOICE:+33 6 12 34 56 78" in payload  # international: whoever scans may be abroad
    images = render_qr(payload)
    assert images.svg.startswith(b"<svg") and images.png.startswith(b"\x89PNG")
    text = _decode(images.png)
    assert text == payload
    back = read_vcards(text.encode("utf-8")).contacts[0].contact
    assert (back.full_name, back.title, back.company, back.emails) == (ME.full_name, ME.title, ME.company, ME.emails)


def test_mecard_offered_only_when_shorter() -> None:
    mecard = mecard_payload(ME)
    assert mecard.startswith("MECARD:N:Lefèvre,Émilie;ORG:Horizon Conseil;TITLE:Consultante\\; RH;TEL:+33612345678;")
    assert mecard.endswith(";;")
    codes = my_card_qr(ME)
    assert codes.mecard is not None and len(codes.mecard.payload) < len(codes.vcard.payload)
    assert _decode(codes.mecard.png) == mecard


def test_empty_or_oversized_cards_give_clear_errors() -> None:
    with pytest.raises(InterchangeError, match="empty"):
        my_card_qr(Contact())
    with pytest.raises(InterchangeError, match="too much"):
        render_qr("x" * 5000)
