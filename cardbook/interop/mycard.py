"""The user's own card: stored as JSON, shown as a QR code that any phone camera turns into a contact.

Giving your card is half of every exchange; a QR code on the screen is the quickest way to give it.
The payload is a vCard 3.0 (every phone reads it, with title and company); a MECARD (shorter, so a smaller,
easier to scan code) is offered too when it is shorter, though it carries fewer fields.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.interop.names import structured_name
from cardbook.interop.records import ExportRecord, InterchangeError
from cardbook.interop.vcard_write import VCardOptions, write_vcard

_FIELDS = ("full_name", "given_name", "family_name", "title", "company", "department", "address", "notes")


def contact_to_json(contact: Contact) -> str:
    data: dict[str, Any] = {name: getattr(contact, name) for name in _FIELDS}
    data.update(
        emails=list(contact.emails),
        phones=[{"number": p.number, "e164": p.e164, "kind": p.kind.value} for p in contact.phones],
        websites=list(contact.websites),
        social=list(contact.social),
        tags=list(contact.tags),
    )
    return json.dumps(data, ensure_ascii=False)


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def contact_from_json(text: str) -> Contact:
    """Tolerant of a damaged or older setting: unknown keys are ignored, wrong types dropped."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InterchangeError(f"the stored card is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise InterchangeError("the stored card is not a JSON object")
    phones: list[Phone] = []
    for item in data.get("phones") or []:
        if isinstance(item, dict) and isinstance(item.get("number"), str):
            kind = item.get("kind")
            kind = kind if isinstance(kind, str) else ""
            phones.append(
                Phone(
                    item["number"],
                    _text(item.get("e164")),
                    PhoneKind(kind) if kind in PhoneKind._value2member_map_ else PhoneKind.OTHER,
                )
            )
    return Contact(
        full_name=_text(data.get("full_name")) or "",
        given_name=_text(data.get("given_name")),
        family_name=_text(data.get("family_name")),
        title=_text(data.get("title")),
        company=_text(data.get("company")),
        department=_text(data.get("department")),
        address=_text(data.get("address")),
        notes=_text(data.get("notes")) or "",
        emails=_strings(data.get("emails")),
        phones=phones,
        websites=_strings(data.get("websites")),
        social=_strings(data.get("social")),
        tags=_strings(data.get("tags")),
    )


def vcard_payload(contact: Contact) -> str:
    """The vCard a QR code carries: the card's own fields, unfolded (a QR reader needs no folding), no notes."""
    shared = Contact(**{**{name: getattr(contact, name) for name in _FIELDS}, "notes": ""})
    # International numbers: whoever scans the code may be from another country.
    shared.emails = list(contact.emails)
    shared.phones = [Phone(p.e164 or p.number, p.e164, p.kind) for p in contact.phones]
    shared.websites, shared.social = list(contact.websites), list(contact.social)
    options = VCardOptions(with_history=False, with_photo=False, fold=False)
    return write_vcard(ExportRecord(shared), options).decode("utf-8")


def _mecard_escape(value: str) -> str:
    text = " ".join(value.split())
    for char in '\\;,:"':
        text = text.replace(char, "\\" + char)
    return text


def mecard_payload(contact: Contact) -> str:
    """MECARD (NTT Docomo), as phone cameras read it: N, ORG, TEL, EMAIL, URL, ADR; shorter than a vCard."""
    given, family = structured_name(contact.full_name, contact.given_name, contact.family_name)
    # "N:Family,Given": the comma separates the two parts, so each part is escaped on its own.
    name = f"{_mecard_escape(family)},{_mecard_escape(given)}" if family and given else None
    fields = [f"N:{name or _mecard_escape(family or given or contact.display_name)}"]
    if contact.company:
        fields.append(f"ORG:{_mecard_escape(contact.company)}")
    if contact.title:
        fields.append(f"TITLE:{_mecard_escape(contact.title)}")
    fields += [f"TEL:{_mecard_escape(p.e164 or p.number)}" for p in contact.phones if p.number.strip()]
    fields += [f"EMAIL:{_mecard_escape(e)}" for e in contact.emails if e.strip()]
    fields += [f"URL:{_mecard_escape(u)}" for u in [*contact.websites, *contact.social] if u.strip()]
    if contact.address:
        fields.append(f"ADR:{_mecard_escape(contact.address)}")
    return "MECARD:" + ";".join(fields) + ";;"


@dataclass(frozen=True, slots=True)
class QrImages:
    payload: str
    svg: bytes
    png: bytes


def render_qr(payload: str, scale: int = 8, border: int = 4) -> QrImages:
    """SVG and PNG of a QR code at error correction level M (readable with a scratch or a screen glare)."""
    import segno

    try:
        code = segno.make(payload, error="m", boost_error=False, micro=False)
    except segno.DataOverflowError as exc:
        raise InterchangeError("the card holds too much text for a QR code; shorten it") from exc
    svg, png = io.BytesIO(), io.BytesIO()
    code.save(svg, kind="svg", scale=scale, border=border, xmldecl=False)
    code.save(png, kind="png", scale=scale, border=border)
    return QrImages(payload, svg.getvalue(), png.getvalue())


@dataclass(frozen=True, slots=True)
class MyCardQr:
    vcard: QrImages
    mecard: QrImages | None  # only when its payload is shorter (a smaller code, easier to scan; fewer fields)


def my_card_qr(contact: Contact) -> MyCardQr:
    """The QR codes of the user's card: always the vCard 3.0, and the MECARD variant when it is shorter."""
    if not (contact.display_name or contact.phones):
        raise InterchangeError("your card is empty: add at least your name, an email or a phone number")
    vcard = vcard_payload(contact)
    mecard = mecard_payload(contact)
    shorter = len(mecard.encode("utf-8")) < len(vcard.encode("utf-8"))
    return MyCardQr(render_qr(vcard), render_qr(mecard) if shorter else None)
