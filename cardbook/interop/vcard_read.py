"""vCard import: 2.1 (quoted-printable, CHARSET), 3.0 and 4.0 (tel: URIs, data: photos) into Contacts.

Tolerant by design: a card that cannot be read is reported (its number, line and a one-line reason) and skipped,
the others are imported. Only a file that holds no vCard at all raises InterchangeError. Each card's original
text is kept on the result so a round trip loses nothing Cardbook has no field for.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.domain.text import unique_ignoring_case
from cardbook.interop.addresses import AddressParts, postal, split_postal, with_addresses
from cardbook.interop.history import split_history
from cardbook.interop.phones import DEFAULT_REGION, kind_from_label, kind_from_types, make_phone
from cardbook.interop.photo import sniff_image_type
from cardbook.interop.records import ImportedContact, ImportIssue, InterchangeError, ReadResult
from cardbook.interop.text_encoding import decode_bytes, to_utf8
from cardbook.interop.vcard_fields import (
    ANNIVERSARY_PROPERTIES,
    address_kind,
    email_kind,
    im_scheme,
    im_uri,
    iso_date,
    phone_label,
)
from cardbook.interop.vcard_history import attach_history
from cardbook.interop.vcard_lines import (
    CardSyntaxError,
    Property,
    RawCard,
    logical_lines,
    parse_property,
    physical_lines,
    split_cards,
)
from cardbook.interop.vcard_text import clean_text, split_unescaped, unescape

MAX_PHOTO_BYTES = 10_000_000
MAX_LINE_WARNINGS = 5  # lines not understood reported one by one per card; the rest are counted
_SOCIAL = {"X-SOCIALPROFILE", "SOCIALPROFILE", "X-TWITTER", "X-LINKEDIN", "X-FACEBOOK", "X-INSTAGRAM"}


def _text(prop: Property) -> str:
    """The value decoded (quoted-printable, charset), still escaped."""
    data = prop.value
    encoding = prop.encoding
    if encoding == "QUOTED-PRINTABLE":
        data = binascii.a2b_qp(data)
    elif encoding in ("B", "BASE64"):
        data = base64.b64decode(b"".join(data.split()) + b"==", validate=False)
    return clean_text(decode_bytes(data, prop.charset))


def _single(prop: Property) -> str:
    return " ".join(unescape(_text(prop)).split())


def _components(prop: Property, count: int) -> list[str]:
    parts = [unescape(p).strip() for p in split_unescaped(_text(prop), ";")]
    return (parts + [""] * count)[:count] if len(parts) < count else parts


@dataclass(slots=True)
class _Card:
    """What one card says, gathered property by property."""

    fn: str = ""
    n: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    title: str = ""
    role: str = ""
    emails: list[str] = field(default_factory=list)
    email_kinds: dict[str, str] = field(default_factory=dict)
    phones: list[Phone] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    addresses: list[tuple[str | None, AddressParts, str]] = field(default_factory=list)  # label, parts, kind
    labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    nickname: str = ""
    birthday: str | None = None
    anniversary: str | None = None
    im: list[str] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)
    company_card: bool = False
    photo: bytes | None = None
    photo_type: str | None = None
    warnings: list[tuple[int, str]] = field(default_factory=list)


def _photo(prop: Property, card: _Card) -> None:
    value = prop.value.strip()
    if len(value) > MAX_PHOTO_BYTES * 4 // 3 + 1024:
        card.warnings.append((prop.line, "photo too large, left out"))
        return
    if value[:5].lower() == b"data:":
        header, _, payload = value.partition(b",")
        if b";base64" not in header.lower():
            card.warnings.append((prop.line, "photo not in base64, left out"))
            return
        value = payload
    elif prop.encoding not in ("B", "BASE64"):
        # A link to a photo online: Cardbook never goes on the network to fetch it.
        card.warnings.append((prop.line, "photo given as a link, not fetched"))
        return
    try:
        data = base64.b64decode(b"".join(value.split()) + b"==", validate=False)
    except (binascii.Error, ValueError):
        card.warnings.append((prop.line, "photo is not valid base64, left out"))
        return
    kind = sniff_image_type(data)
    if kind is None:
        card.warnings.append((prop.line, "photo is not a JPEG, PNG, GIF or WebP image, left out"))
        return
    if card.photo is None:
        card.photo, card.photo_type = data, kind


def _ab_label(text: str) -> str:
    """Apple's X-ABLabel: "_$!<Pager>!$_" (a label of its own) -> "pager"; a custom label as the user typed it."""
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        text = text[4:-4]
    return text.casefold()


def _labels(properties: list[Property]) -> dict[str, str]:
    """Each group's X-ABLabel ("item1" -> "pager"): the kind Apple gives a property outside its TYPE."""
    return {p.group: _ab_label(_single(p)) for p in properties if p.name == "X-ABLABEL" and p.group}


def _tel(prop: Property, region: str, label: str = "") -> Phone | None:
    value = _single(prop)
    if value[:4].lower() == "tel:":
        number, _, params = value[4:].partition(";")
        extension = next((p[4:] for p in params.split(";") if p.lower().startswith("ext=")), "")
        value = f"{number} ext. {extension}" if extension else number
    if not value:
        return None
    types = prop.types()
    kind = kind_from_types(types)
    if kind is PhoneKind.OTHER and label:
        kind = kind_from_label(label)
    phone = make_phone(value, kind, region)
    finer = phone_label(types, label)
    return Phone(phone.number, phone.e164, phone.kind, finer) if finer else phone


def _other(prop: Property, card: _Card, label: str) -> None:
    """The properties Cardbook holds beside the card's own fields (vcard_fields)."""
    name = prop.name
    if name == "NICKNAME":
        card.nickname = card.nickname or ", ".join(
            n for n in (" ".join(unescape(v).split()) for v in split_unescaped(_text(prop), ",")) if n
        )
    elif name == "BDAY":
        omit = "X-APPLE-OMIT-YEAR" in prop.params
        card.birthday = card.birthday or iso_date(_single(prop), omit)
    elif name in ANNIVERSARY_PROPERTIES or (name == "X-ABDATE" and "anniversary" in label):
        card.anniversary = card.anniversary or iso_date(_single(prop), "X-APPLE-OMIT-YEAR" in prop.params)
    elif name == "IMPP" or im_scheme(name):
        handle = im_uri(_single(prop), im_scheme(name))
        if handle:
            card.im.append(handle)
    elif name == "X-CARDBOOK-OTHER-NAME":
        other = _single(prop)
        if other:
            card.other_names.append(other)


def _gather(properties: list[Property], region: str) -> _Card:
    card = _Card()
    labels = _labels(properties)
    for prop in properties:
        name = prop.name
        if name == "FN":
            card.fn = card.fn or _single(prop)
        elif name == "N":
            card.n = card.n or _components(prop, 5)
        elif name == "ORG":
            card.org = card.org or [p for p in _components(prop, 1)]
        elif name == "TITLE":
            card.title = card.title or _single(prop)
        elif name == "ROLE":
            card.role = card.role or _single(prop)
        elif name == "EMAIL":
            email = _single(prop)
            email = email[7:] if email[:7].lower() == "mailto:" else email
            if email:
                card.emails.append(email)
                kind = email_kind(prop.types(), labels.get(prop.group, ""))
                if kind and kind != "work":  # work is what an email without a kind is taken for
                    card.email_kinds.setdefault(email.casefold(), kind)
        elif name == "TEL":
            phone = _tel(prop, region, labels.get(prop.group, ""))
            if phone is not None:
                card.phones.append(phone)
        elif name == "URL":
            url = _single(prop)
            if url:
                card.urls.append(url)
        elif name in _SOCIAL:
            profile = _single(prop)
            if profile:
                card.social.append(profile)
        elif name == "ADR":
            box, extended, street, city, state, code, country = _components(prop, 7)[:7]
            label = prop.params.get("LABEL")
            parts = AddressParts(street, city, state, code, country, box, extended)
            kind = address_kind(prop.types(), labels.get(prop.group, ""))
            card.addresses.append((unescape(label[0]) if label else None, parts, kind))
        elif name == "LABEL":
            card.labels.append(unescape(_text(prop)))
        elif name == "NOTE":
            card.notes.append(unescape(_text(prop)))
        elif name == "CATEGORIES":
            card.categories += [" ".join(unescape(c).split()) for c in split_unescaped(_text(prop), ",")]
        elif name == "PHOTO":
            _photo(prop, card)
        elif name == "X-ABSHOWAS":
            card.company_card = _single(prop).upper() == "COMPANY"
        else:
            _other(prop, card, labels.get(prop.group, ""))
    return card


def _one_line(label: str) -> str:
    return ", ".join(line.strip() for line in label.split("\n") if line.strip())


def _addresses(card: _Card) -> list[PostalAddress]:
    """Every address in parts. ADR's parts come first (a LABEL may leave the country out); an ADR with no parts
    takes its LABEL (same position, or its LABEL parameter), split when it can be, else kept whole."""
    found: list[PostalAddress] = []
    for index, (label, parts, kind) in enumerate(card.addresses):
        if parts.is_empty():
            if label is None and index < len(card.labels):
                label = card.labels[index]
            if label and label.strip():
                found.append(split_postal(_one_line(label), kind))
            continue
        found.append(postal(parts, kind))
    if not card.addresses:
        found = [split_postal(_one_line(label)) for label in card.labels if label.strip()]
    return found


def _contact(card: _Card) -> Contact:
    family, given, additional, prefix, suffix = (card.n + [""] * 5)[:5]
    given = " ".join(p for p in (given, additional) if p)
    company = card.org[0] if card.org else ""
    department = ", ".join(p for p in card.org[1:] if p)
    full_name = card.fn or " ".join(p for p in (prefix, given, family, suffix) if p)
    if card.company_card and not (given or family) and full_name == company:
        full_name = ""  # an Apple company card: the name shown is the company's
    notes, extras = split_history("\n\n".join(card.notes))
    networks = {n.casefold() for n in extras.networks}  # exported beside the tags; not tags of this contact
    contact = Contact(
        full_name=full_name,
        given_name=given or None,
        family_name=family or None,
        title=card.title or card.role or None,
        company=company or None,
        department=department or None,
        emails=unique_ignoring_case([*card.emails, *extras.emails]),
        phones=card.phones + [Phone(number, None, kind) for number, kind in extras.phones],
        websites=unique_ignoring_case([*card.urls, *extras.websites]),
        social=unique_ignoring_case([*card.social, *extras.social]),
        notes=notes,
        tags=unique_ignoring_case([c for c in card.categories if c and c.casefold() not in networks]),
        nickname=card.nickname or None,
        birthday=card.birthday,
        anniversary=card.anniversary,
        im=unique_ignoring_case(card.im),
        email_kinds=card.email_kinds,
        other_names=unique_ignoring_case(card.other_names),
    )
    with_addresses(contact, _addresses(card))
    return contact


def _properties(raw: RawCard) -> tuple[list[Property], list[tuple[int, str]]]:
    """The card's properties, and the lines that are not one (each with why): those are left out of the contact
    but stay in the card's original text, which is stored with the contact."""
    properties: list[Property] = []
    unread: list[tuple[int, str]] = []
    for number, line in logical_lines(raw):
        if line.lstrip()[:1] == b"#":  # comment lines some writers and hand-edited files add (in no vCard spec)
            unread.append((number, "comment line; kept in the stored original"))
            continue
        try:
            properties.append(parse_property(number, line))
        except CardSyntaxError as exc:
            unread.append((exc.line, f"{exc.reason}; kept in the stored original"))
    return properties, unread


def _holds_something(contact: Contact) -> bool:
    """What every contact needs (as in the window's form): a name, a company, an email, a phone or a website."""
    return bool(contact.display_name or contact.phones or contact.websites)


def _read_card(raw: RawCard, region: str, result: ReadResult) -> None:
    if not raw.complete:
        result.issues.append(ImportIssue(raw.index, raw.line, "the card is cut short (no END:VCARD)"))
        return
    properties, unread = _properties(raw)
    card = _gather(properties, region)
    contact = _contact(card)
    contact.phones = [p if p.e164 else make_phone(p.number, p.kind, region) for p in contact.phones]
    if not _holds_something(contact):
        reason = "the card has no name, company, email or phone"
        if unread:
            reason += f" that could be read ({len(unread)} lines not understood, first at line {unread[0][0]})"
        result.issues.append(ImportIssue(raw.index, raw.line, reason))
        return
    name = contact.display_name
    shown = unread[:MAX_LINE_WARNINGS]
    if len(unread) > len(shown):
        more = unread[len(shown)]
        shown.append(
            (more[0], f"and {len(unread) - len(shown)} more lines not understood; kept in the stored original")
        )
    for line, reason in [*shown, *card.warnings]:
        result.issues.append(ImportIssue(raw.index, line, reason, skipped=False, name=name))
    result.contacts.append(
        ImportedContact(contact, raw.index, raw.line, "vcard", raw.text, card.photo, card.photo_type)
    )
    attach_history(result.contacts[-1], properties, result)  # X-CARDBOOK-* meetings and referrals


def read_vcards(data: bytes, region: str = DEFAULT_REGION) -> ReadResult:
    """Every card of a .vcf file. Raises InterchangeError only when the file holds no vCard at all."""
    if not data.strip():
        raise InterchangeError("the file is empty")
    utf8, _ = to_utf8(data)
    cards, found = split_cards(physical_lines(utf8))
    if not found:
        raise InterchangeError("not a vCard file (no BEGIN:VCARD line)")
    result = ReadResult("vcard")
    for raw in cards:
        try:
            _read_card(raw, region, result)
        except CardSyntaxError as exc:
            result.issues.append(ImportIssue(raw.index, exc.line, exc.reason))
        except (ValueError, UnicodeError, binascii.Error, LookupError, OverflowError) as exc:
            # Whatever else a damaged card makes the decoders raise: skip it, never stop the file.
            result.issues.append(ImportIssue(raw.index, raw.line, f"unreadable card ({exc})"[:200]))
    return result
