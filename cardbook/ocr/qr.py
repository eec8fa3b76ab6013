"""QR codes printed on cards: decode them (zxing-cpp) and read vCard, MECARD and URL payloads.

zxing-cpp decodes photographed QR codes far more often than OpenCV's detector. A value found in a QR
code was typed by the card's owner, so it wins over OCR for the same field (see ``merge``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import zxingcpp

from cardbook.ocr.fields import CardFields, FieldValue, PhoneKind, PhoneValue
from cardbook.ocr.parse_contacts import social_network
from cardbook.ocr.parse_phones import Regions, guess_e164
from cardbook.ocr.types import BgrImage, Points


@dataclass(frozen=True, slots=True)
class QrCode:
    text: str
    corners: Points  # in the image that was searched


def decode_qr_codes(image: BgrImage) -> list[QrCode]:
    try:
        results = zxingcpp.read_barcodes(image, formats=zxingcpp.barcode_formats_from_str("QRCode,MicroQRCode"))
    except (ValueError, RuntimeError):
        return []
    codes: list[QrCode] = []
    for result in results:
        if not result.valid or not result.text:
            continue
        position = result.position
        corners = np.array(
            [[p.x, p.y] for p in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)],
            dtype=np.float32,
        )
        codes.append(QrCode(result.text, corners))
    return codes


def _unescape(value: str) -> str:
    return re.sub(r"\\([,;:\\nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _unfold(text: str) -> list[str]:
    """vCard lines, with folded continuation lines (starting with a space) joined back."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw.startswith((" ", "\t")) and lines:
            lines[-1] += raw[1:]
        elif raw.strip():
            lines.append(raw.strip())
    return lines


def _phone_kind(params: str) -> PhoneKind:
    lowered = params.lower()
    if "fax" in lowered:
        return "fax"
    if "cell" in lowered or "mobile" in lowered or "iphone" in lowered:
        return "mobile"
    if "home" in lowered:
        return "home"
    if "work" in lowered or "voice" in lowered or "pref" in lowered:
        return "work"
    return "other"


def _value(text: str, confidence: float = 0.99) -> FieldValue:
    return FieldValue(text, confidence, (), None, "qr")


def _phone(number: str, kind: PhoneKind, region: Regions) -> PhoneValue:
    e164, number_type = guess_e164(number, [region] if isinstance(region, str) else region)
    if kind == "other" and number_type == 1:  # phonenumbers.PhoneNumberType.MOBILE
        kind = "mobile"
    return PhoneValue(number, e164, kind, 0.99, (), None, "qr")


def parse_vcard(text: str, region: Regions) -> CardFields:
    fields: dict[str, str] = {}
    emails: list[FieldValue] = []
    phones: list[PhoneValue] = []
    urls: list[FieldValue] = []
    social: list[FieldValue] = []
    address: str | None = None
    structured_name = ""
    for line in _unfold(text):
        key_part, _, value = line.partition(":")
        key, _, params = key_part.partition(";")
        key = key.upper().split(".")[-1]  # "item1.EMAIL" groups
        params = params + ";" + key_part
        if key == "FN":
            fields["name"] = _unescape(value)
        elif key == "N":
            parts = [_unescape(p) for p in re.split(r"(?<!\\);", value)]
            family, given = [*parts, "", ""][:2]
            structured_name = " ".join(p for p in (given, family) if p)
        elif key == "ORG":
            parts = [_unescape(p) for p in re.split(r"(?<!\\);", value) if p.strip()]
            if parts:
                fields["company"] = parts[0]
            if len(parts) > 1:
                fields["department"] = ", ".join(parts[1:])
        elif key == "TITLE":
            fields["title"] = _unescape(value)
        elif key == "EMAIL":
            emails.append(_value(_unescape(value).lower()))
        elif key == "TEL":
            phones.append(_phone(_unescape(re.sub(r"^tel:", "", value)), _phone_kind(params), region))
        elif key == "URL":
            _add_url(_unescape(value), urls, social)
        elif key in ("X-SOCIALPROFILE", "X-TWITTER", "X-LINKEDIN", "IMPP"):
            social.append(_value(_strip_scheme(_unescape(value))))
        elif key == "ADR" and address is None:
            parts = [_unescape(p) for p in re.split(r"(?<!\\);", value)]
            # post box; extended; street; locality; region; postal code; country
            padded = (parts + [""] * 7)[:7]
            street = ", ".join(p for p in padded[:3] if p)
            city = " ".join(p for p in (padded[5], padded[3]) if p)
            address = ", ".join(p for p in (street, city, padded[4], padded[6]) if p) or None
    name = fields.get("name") or structured_name or None
    return CardFields(
        name=_value(name) if name else None,
        title=_value(fields["title"]) if fields.get("title") else None,
        company=_value(fields["company"]) if fields.get("company") else None,
        department=_value(fields["department"]) if fields.get("department") else None,
        emails=tuple(emails),
        phones=tuple(phones),
        websites=tuple(urls),
        address=_value(address) if address else None,
        social=tuple(social),
    )


def parse_mecard(text: str, region: Regions) -> CardFields:
    body = text.partition(":")[2]
    items = [item for item in re.split(r"(?<!\\);", body) if ":" in item]
    name = company = title = address = None
    emails: list[FieldValue] = []
    phones: list[PhoneValue] = []
    urls: list[FieldValue] = []
    social: list[FieldValue] = []
    for item in items:
        key, _, value = item.partition(":")
        value = _unescape(value)
        key = key.upper()
        if key == "N" and value:
            family, _, given = value.partition(",")
            name = f"{given.strip()} {family.strip()}".strip()
        elif key == "ORG":
            company = value
        elif key == "TITLE":
            title = value
        elif key == "TEL":
            phones.append(_phone(value, "other", region))
        elif key == "EMAIL":
            emails.append(_value(value.lower()))
        elif key == "URL":
            _add_url(value, urls, social)
        elif key == "ADR":
            address = value.replace(";", ", ").strip(", ")
    return CardFields(
        name=_value(name) if name else None,
        title=_value(title) if title else None,
        company=_value(company) if company else None,
        emails=tuple(emails),
        phones=tuple(phones),
        websites=tuple(urls),
        address=_value(address) if address else None,
        social=tuple(social),
    )


def _strip_scheme(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", url.strip(), flags=re.IGNORECASE).rstrip("/")


def _add_url(url: str, urls: list[FieldValue], social: list[FieldValue]) -> None:
    cleaned = re.sub(r"^(?:https?://)", "", url.strip(), flags=re.IGNORECASE).rstrip("/")
    if social_network(cleaned) is not None:
        social.append(_value(_strip_scheme(url)))
    elif cleaned:
        urls.append(_value(cleaned))


def parse_payload(text: str, region: Regions) -> CardFields | None:
    """Fields carried by one QR payload, or None when it holds nothing contact-like."""
    stripped = text.strip()
    upper = stripped.upper()
    if upper.startswith("BEGIN:VCARD"):
        return parse_vcard(stripped, region)
    if upper.startswith("MECARD:"):
        return parse_mecard(stripped, region)
    if upper.startswith("MAILTO:"):
        return CardFields(emails=(_value(stripped[7:].split("?")[0].lower()),))
    if upper.startswith("TEL:"):
        return CardFields(phones=(_phone(stripped[4:], "other", region),))
    if re.match(r"^(?:https?://|www\.)\S+$", stripped, flags=re.IGNORECASE):
        urls: list[FieldValue] = []
        social: list[FieldValue] = []
        _add_url(stripped, urls, social)
        return CardFields(websites=tuple(urls), social=tuple(social))
    return None
