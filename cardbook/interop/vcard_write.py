"""vCard 3.0 export that Google Contacts, Apple Contacts and Outlook import cleanly.

UTF-8, CRLF, lines folded at 75 octets without splitting a character (see vcard_text). Each address as an ADR
with its seven parts and its kind, plus a LABEL with its one-line form. Phones in international form when their
E.164 is known, with their finer kind (PAGER, MAIN, TEXT...); emails with their kind; NICKNAME, BDAY,
X-ANNIVERSARY (3.0 has no ANNIVERSARY), IMPP (RFC 4770) and X-CARDBOOK-OTHER-NAME for other names.
The NOTE carries the notes and a short history of the exchange (interop.history); CATEGORIES the tags and the
networks where the person was met; PHOTO the straightened card as a small JPEG.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from cardbook.domain.contact import Contact
from cardbook.interop.addresses import address_line, postal_addresses
from cardbook.interop.history import history_lines, notes_with_history
from cardbook.interop.names import structured_name
from cardbook.interop.phones import VCARD_TYPES, international
from cardbook.interop.records import ExportRecord
from cardbook.interop.social import social_network
from cardbook.interop.vcard_fields import phone_types
from cardbook.interop.vcard_history import history_properties
from cardbook.interop.vcard_text import clean_text, escape, fold_line, single_line, web_address

PRODID = "-//Cardbook//Cardbook//EN"
_UNSAFE_FILENAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


@dataclass(frozen=True, slots=True)
class VCardOptions:
    with_history: bool = True
    with_photo: bool = True
    # ";CHARSET=UTF-8" on values with accents: vCard 3.0 has no such parameter (UTF-8 is implied), but older
    # Outlook reads 3.0 files in the Windows code page without it. Google and Apple accept and ignore it.
    charset_params: bool = False
    fold: bool = True


def _categories(record: ExportRecord) -> list[str]:
    seen: set[str] = set()
    found: list[str] = []
    for name in [*record.contact.tags, *record.networks]:
        clean = " ".join(name.split())
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            found.append(clean)
    return found


def content_lines(record: ExportRecord, options: VCardOptions = VCardOptions()) -> list[tuple[str, str]]:
    """(name with parameters, already escaped value) pairs of one card, between BEGIN and END."""
    contact = record.contact
    given, family = structured_name(contact.full_name, contact.given_name, contact.family_name)
    lines: list[tuple[str, str]] = [("VERSION", "3.0"), ("PRODID", PRODID)]
    lines.append(("N", f"{escape(family)};{escape(given)};;;"))
    lines.append(("FN", escape(contact.display_name)))
    if not (contact.full_name.strip() or given or family) and contact.company:
        lines.append(("X-ABSHOWAS", "COMPANY"))  # Apple files it as a company card, not a person
    if contact.department:
        lines.append(("ORG", f"{escape(contact.company or '')};{escape(contact.department)}"))
    elif contact.company:
        lines.append(("ORG", escape(contact.company)))
    if contact.title:
        lines.append(("TITLE", escape(contact.title)))
    if contact.nickname and contact.nickname.strip():
        lines.append(("NICKNAME", escape(single_line(contact.nickname))))
    for phone in contact.phones:
        if phone.number.strip():
            types = phone_types(VCARD_TYPES[phone.kind], phone.label)
            lines.append((f"TEL;TYPE={types}", escape(single_line(international(phone)))))
    for email in contact.emails:
        if email.strip():
            kind = contact.email_kinds.get(email.strip().casefold(), "work").upper()
            lines.append((f"EMAIL;TYPE=INTERNET,{kind}", escape(single_line(email))))
    for site in contact.websites:
        if site.strip():
            lines.append(("URL", web_address(site)))  # a URI: not text-escaped (RFC 2426 §5)
    for address in postal_addresses(contact):
        kind = address.kind.upper()
        components = (address.po_box, address.extended, address.street, address.city, address.region,
                      address.postcode, address.country)  # fmt: skip
        lines.append((f"ADR;TYPE={kind}", ";".join(escape(c) for c in components)))
        lines.append((f"LABEL;TYPE={kind}", escape(address_line(address).strip())))
    for handle in contact.im:
        if handle.strip():
            lines.append(("IMPP", single_line(handle)))  # RFC 4770 adds IMPP to vCard 3.0; a URI, not escaped
    for date_name, date in (("BDAY", contact.birthday), ("X-ANNIVERSARY", contact.anniversary)):
        if date and date.strip():
            lines.append((date_name, escape(single_line(date))))
    for other_name in contact.other_names:
        if other_name.strip():  # read back by Cardbook; other address books keep it as an unknown property
            lines.append(("X-CARDBOOK-OTHER-NAME", escape(single_line(other_name))))
    for profile in contact.social:
        if profile.strip():
            network = social_network(profile)
            name = f"X-SOCIALPROFILE;TYPE={network}" if network else "X-SOCIALPROFILE"
            lines.append((name, web_address(profile)))
    history = history_lines(record.meetings, record.referrals, record.networks) if options.with_history else []
    note = notes_with_history(clean_text(contact.notes), history)
    if note:
        lines.append(("NOTE", escape(note)))
    categories = _categories(record)
    if categories:
        lines.append(("CATEGORIES", ",".join(escape(c) for c in categories)))
    lines += history_properties(record) if options.with_history else []  # read back by vcard_read
    if options.with_photo and record.photo_jpeg:
        lines.append(("PHOTO;ENCODING=b;TYPE=JPEG", base64.b64encode(record.photo_jpeg).decode("ascii")))
    return lines


def write_vcard(record: ExportRecord, options: VCardOptions = VCardOptions()) -> bytes:
    out = [b"BEGIN:VCARD\r\n"]
    for name, value in content_lines(record, options):
        if options.charset_params and not value.isascii():
            name += ";CHARSET=UTF-8"
        line = f"{name}:{value}"
        out.append(fold_line(line) if options.fold else line.encode("utf-8") + b"\r\n")
    out.append(b"END:VCARD\r\n")
    return b"".join(out)


def write_vcards(records: Iterable[ExportRecord], out: BinaryIO, options: VCardOptions = VCardOptions()) -> int:
    """All the cards one after the other in one stream; returns how many were written."""
    count = 0
    for record in records:
        out.write(write_vcard(record, options))
        count += 1
    return count


def contact_vcard(contact: Contact) -> bytes:
    """A bare contact as a vCard (no history, no photo)."""
    return write_vcard(ExportRecord(contact), VCardOptions(with_history=False, with_photo=False))


def vcard_filename(record: ExportRecord, used: set[str]) -> str:
    """A safe, unique file name for one card ("Hélène Leroy.vcf", "Hélène Leroy (2).vcf")."""
    base = " ".join(_UNSAFE_FILENAME.sub(" ", record.contact.display_name).split()).strip(" .")[:80].strip(" .")
    base = base or "contact"
    name = f"{base}.vcf"
    number = 2
    while name.casefold() in used:
        name = f"{base} ({number}).vcf"
        number += 1
    used.add(name.casefold())
    return name
