"""Merge fields from QR codes with fields read by OCR: the QR value wins for the same field.

Lists are united: the QR's values first, then OCR values that are not the same thing (same e-mail
ignoring case, same phone digits, same website ignoring scheme and "www.").
"""

from __future__ import annotations

import re
from dataclasses import replace

from cardbook.ocr.fields import CardFields, FieldValue, PhoneValue
from cardbook.ocr.qr_links import site_key, without_pages_of_printed_sites


def _phone_key(phone: PhoneValue) -> str:
    digits = re.sub(r"\D", "", phone.e164 or phone.number)
    return digits[-9:]  # national significant part: ignores country code and trunk 0


def merge_fields(ocr: CardFields, qr: CardFields) -> CardFields:
    def union(first: tuple[FieldValue, ...], second: tuple[FieldValue, ...], key: object) -> tuple[FieldValue, ...]:
        seen = {key(v.value) for v in first}  # type: ignore[operator]
        return first + tuple(v for v in second if key(v.value) not in seen)  # type: ignore[operator]

    phones = list(qr.phones)
    seen_phones = {_phone_key(p) for p in phones}
    phones += [p for p in ocr.phones if _phone_key(p) not in seen_phones]
    return replace(
        ocr,
        name=qr.name or ocr.name,
        title=qr.title or ocr.title,
        company=qr.company or ocr.company,
        department=qr.department or ocr.department,
        emails=union(qr.emails, ocr.emails, str.lower),
        phones=tuple(phones),
        websites=union(without_pages_of_printed_sites(qr.websites, ocr.websites), ocr.websites, site_key),
        address=qr.address or ocr.address,
        social=union(qr.social, ocr.social, site_key),
    )


def merge_all(ocr: CardFields, qr_fields: list[CardFields]) -> CardFields:
    merged = ocr
    for fields in qr_fields:
        merged = merge_fields(merged, fields)
    return merged
