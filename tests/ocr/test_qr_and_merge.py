"""QR payloads (vCard, MECARD, URL) decoded with zxing-cpp from images made by segno, and merged with OCR."""

from __future__ import annotations

import numpy as np
import segno

from cardbook.ocr.fields import CardFields, FieldValue, PhoneValue
from cardbook.ocr.merge import merge_fields
from cardbook.ocr.qr import decode_qr_codes, parse_payload

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Leroy;Hélène;;;\r\nFN:Hélène Leroy\r\n"
    "ORG:Quadrant Ingénierie SAS;Ventes\r\nTITLE:Directrice commerciale\r\n"
    "TEL;TYPE=CELL:+33 6 12 34 56 78\r\nTEL;TYPE=WORK,VOICE:02 99 12 34 56\r\n"
    "EMAIL;TYPE=INTERNET:helene.leroy@quadrant-ingenierie.fr\r\nURL:https://www.quadrant-ingenierie.fr/\r\n"
    "URL:https://www.linkedin.com/in/helene-leroy\r\n"
    "ADR;TYPE=WORK:;;26 rue du Faubourg Saint-Honoré;Rennes;;35000;France\r\nEND:VCARD\r\n"
)


def qr_image(payload: str, scale: int = 6) -> np.ndarray:
    code = segno.make(payload, error="m", micro=False)
    matrix = np.array(list(code.matrix_iter(scale=scale, border=4)), dtype=np.uint8)
    grey = np.where(matrix > 0, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.dstack([grey, grey, grey]))


def test_vcard_qr_is_decoded_and_parsed() -> None:
    codes = decode_qr_codes(qr_image(VCARD))
    assert len(codes) == 1
    fields = parse_payload(codes[0].text, "FR")
    assert fields is not None
    assert fields.name is not None and fields.name.value == "Hélène Leroy"
    assert fields.name.source == "qr"
    assert fields.company is not None and fields.company.value == "Quadrant Ingénierie SAS"
    assert fields.department is not None and fields.department.value == "Ventes"
    assert fields.title is not None and fields.title.value == "Directrice commerciale"
    assert [(p.e164, p.kind) for p in fields.phones] == [("+33612345678", "mobile"), ("+33299123456", "work")]
    assert [e.value for e in fields.emails] == ["helene.leroy@quadrant-ingenierie.fr"]
    assert [w.value for w in fields.websites] == ["www.quadrant-ingenierie.fr"]
    assert [s.value for s in fields.social] == ["linkedin.com/in/helene-leroy"]
    assert fields.address is not None
    assert fields.address.value == "26 rue du Faubourg Saint-Honoré, 35000 Rennes, France"


def test_mecard_and_url_payloads() -> None:
    mecard = parse_payload(
        "MECARD:N:Dupont,Jean;TEL:0612345678;EMAIL:jean@dupont.fr;URL:dupont.fr;ORG:Dupont SARL;;", "FR"
    )
    assert mecard is not None
    assert mecard.name is not None and mecard.name.value == "Jean Dupont"
    assert mecard.company is not None and mecard.company.value == "Dupont SARL"
    assert [(p.e164, p.kind) for p in mecard.phones] == [("+33612345678", "mobile")]
    assert [e.value for e in mecard.emails] == ["jean@dupont.fr"]
    url = parse_payload("https://www.example.org/team/jean", "FR")
    assert url is not None and [w.value for w in url.websites] == ["www.example.org/team/jean"]
    assert parse_payload("just some words", "FR") is None


def test_qr_value_wins_over_ocr_for_the_same_field() -> None:
    ocr = CardFields(
        name=FieldValue("Helene Lerov", 0.6, (1,)),
        company=FieldValue("Quadrant Ingenierie SAS", 0.9, (0,)),
        emails=(FieldValue("helene.leroy@quadrant-ingenierie.fr", 0.9, (5,)),),
        phones=(
            PhoneValue("06 12 34 56 78", "+33612345678", "mobile", 0.9, (4,)),
            PhoneValue("02 99 00 00 00", "+33299000000", "fax", 0.9, (6,)),
        ),
    )
    qr = parse_payload(VCARD, "FR")
    assert qr is not None
    merged = merge_fields(ocr, qr)
    assert merged.name is not None and merged.name.value == "Hélène Leroy" and merged.name.source == "qr"
    # Lists are united without duplicates: the QR's mobile is the OCR's mobile; the OCR fax is kept.
    assert [(p.e164, p.source) for p in merged.phones] == [
        ("+33612345678", "qr"),
        ("+33299123456", "qr"),
        ("+33299000000", "ocr"),
    ]
    assert [e.value for e in merged.emails] == ["helene.leroy@quadrant-ingenierie.fr"]
