"""One CSV row to a Contact, for each layout the CSV reader knows."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import PhoneKind
from cardbook.domain.text import fold, unique_ignoring_case
from cardbook.interop.addresses import AddressParts, join_address, postal, split_postal, with_addresses
from cardbook.interop.csv_layouts import (
    GOOGLE_SEPARATOR,
    OUTLOOK_ADDRESS_PREFIXES,
    OUTLOOK_PHONE_COLUMNS,
    google_text,
)
from cardbook.interop.csv_mapping import CsvField
from cardbook.interop.csv_write import GOOGLE_PHONE_LABELS, OTHER_ADDRESS, OUTLOOK_LABEL_SLOTS, looks_like_formula
from cardbook.interop.history import split_history
from cardbook.interop.phones import kind_from_label, make_phone
from cardbook.interop.social import NETWORK_NAMES
from cardbook.interop.vcard_fields import im_uri, iso_date

_NUMBERED = re.compile(r"^(E-mail|Phone|Website|Address|Organization|Event|IM) (\d+) - (.+)$")
# Google's instant-messaging services and the URI scheme of their handles (vcard_fields.IM_PROPERTIES).
_GOOGLE_IM = {"google talk": "xmpp", "jabber": "xmpp", "aim": "aim", "yahoo": "ymsgr", "skype": "skype",
              "qq": "qq", "msn": "msnim", "icq": "icq", "hangouts": "xmpp"}  # fmt: skip
# The finer kind of the phone in each Outlook column, as csv_write files them (OUTLOOK_LABEL_SLOTS, reversed).
_OUTLOOK_LABELS = {column: label for label, columns in OUTLOOK_LABEL_SLOTS.items() for column in columns}
_GOOGLE_PHONE_LABELS = {text.casefold(): label for label, text in GOOGLE_PHONE_LABELS.items()}
_SLASHED = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_NO_DATE = {"0/0/00", "00/00/00", "0.0.00", "00.00.00", "00.00.0000"}  # how Outlook writes "none"
_LIST_SPLIT = re.compile(r"\n|\s:::\s")
_EMAIL_SPLIT = re.compile(r"[\s,;]+|:::")
_PHONE_FIELDS = {
    CsvField.PHONE: PhoneKind.OTHER,
    CsvField.MOBILE: PhoneKind.MOBILE,
    CsvField.WORK_PHONE: PhoneKind.WORK,
    CsvField.HOME_PHONE: PhoneKind.HOME,
    CsvField.FAX: PhoneKind.FAX,
}


def _items(value: str) -> list[str]:
    return [v.strip() for v in _LIST_SPLIT.split(value) if v.strip()]


def _emails(value: str) -> list[str]:
    return [v for v in _EMAIL_SPLIT.split(value) if "@" in v]


def _finish(contact: Contact, notes: str, region: str) -> Contact:
    """Notes without a Cardbook history block, and the details that block carried put back."""
    contact.notes, extras = split_history(notes)
    networks = {n.casefold() for n in extras.networks}  # exported beside the tags; not tags of this contact
    contact.tags = [t for t in contact.tags if t.casefold() not in networks]
    contact.emails = unique_ignoring_case(contact.emails + extras.emails)
    contact.websites = unique_ignoring_case(contact.websites + extras.websites)
    contact.social = unique_ignoring_case(contact.social + extras.social)
    contact.phones += [make_phone(number, kind, region) for number, kind in extras.phones]
    return contact


def _words(name: str) -> list[str]:
    return sorted(fold(name).split())


def _name(given: str, middle: str, family: str) -> str:
    return " ".join(p for p in (given, middle, family) if p)


def google_contact(row: Mapping[str, str], region: str) -> Contact:
    def get(*names: str) -> str:
        return next((row[n].strip() for n in names if row.get(n, "").strip()), "")

    given, middle, family = (
        get("First Name", "Given Name"),
        get("Middle Name", "Additional Name"),
        get("Last Name", "Family Name"),
    )
    contact = Contact(
        full_name=get("File As") or get("Name") or _name(given, middle, family),
        given_name=_name(given, middle, "") or None,
        family_name=family or None,
        company=get("Organization Name", "Organization 1 - Name") or None,
        title=get("Organization Title", "Organization 1 - Title") or None,
        department=get("Organization Department", "Organization 1 - Department") or None,
    )
    labels = get("Labels", "Group Membership")
    contact.tags = [t.strip() for t in labels.split(":::") if t.strip() and not t.strip().startswith("*")]
    contact.nickname = get("Nickname") or None
    contact.birthday = iso_date(get("Birthday")) if get("Birthday") else None
    numbered: dict[tuple[str, str], dict[str, str]] = {}
    for name, value in row.items():
        match = _NUMBERED.match(name)
        if match:
            numbered.setdefault((match.group(1), match.group(2)), {})[match.group(3)] = value.strip()
    addresses: list[PostalAddress] = []
    for (kind, _number), parts in sorted(numbered.items(), key=lambda item: (item[0][0], int(item[0][1]))):
        value = parts.get("Value", "")
        label = (parts.get("Label") or parts.get("Type") or "").lstrip("* ").strip()
        if kind == "E-mail":
            found = _emails(value)
            contact.emails += found
            if label.casefold() in ("home", "other"):
                contact.email_kinds.update({e.casefold(): label.casefold() for e in found})
        elif kind == "Phone":
            finer = _GOOGLE_PHONE_LABELS.get(label.casefold(), "home" if label.casefold() == "home fax" else "")
            for number in _items(value):
                phone = make_phone(number, kind_from_label(label), region)
                contact.phones.append(Phone(phone.number, phone.e164, phone.kind, finer))
        elif kind == "Website":
            for site in _items(value):
                is_social = label.lower() == "profile" or label.lower() in NETWORK_NAMES
                (contact.social if is_social else contact.websites).append(site)
        elif kind == "Event" and label.casefold() == "anniversary" and value and contact.anniversary is None:
            contact.anniversary = iso_date(value)
        elif kind == "IM":
            scheme = _GOOGLE_IM.get(parts.get("Service", "").lstrip("* ").strip().casefold())
            contact.im += [im_uri(handle, scheme) for handle in _items(value)]
        elif kind == "Address":
            addresses += _google_addresses(parts, label)
    with_addresses(contact, addresses)
    return _finish(contact, row.get("Notes", ""), region)


def _google_addresses(parts: Mapping[str, str], label: str) -> list[PostalAddress]:
    """One numbered address of a Google file; its parts when it has them, else its formatted text (split when it
    can be). Several addresses in one cell (" ::: ", Google's own export) are each read whole."""
    kind = label.casefold() if label.casefold() in ("work", "home", "other") else "other"

    def part(name: str) -> str:
        return google_text(parts.get(name, ""))

    split = AddressParts(
        part("Street"), part("City"), part("Region"), part("Postal Code"),
        part("Country"), part("PO Box"), part("Extended Address"),
    )  # fmt: skip
    formatted = parts.get("Formatted", "")
    if GOOGLE_SEPARATOR in formatted or split.is_empty():
        return [split_postal(", ".join(x.strip() for x in google_text(f).split("\n") if x.strip()), kind)
                for f in formatted.split(GOOGLE_SEPARATOR) if f.strip()]  # fmt: skip
    return [postal(split, kind)]


def csv_date(text: str, day_first: bool = True) -> str | None:
    """A date as an address book's CSV writes it, as ISO 8601: "1980-04-15" and "--04-15" as they are,
    "15/04/1980" and "15.04.1980" (day first: French, German), "4/15/1980" (month first: US English; a first
    number above 12 is a day whatever the language). Outlook's "0/0/00" is no date; other text is kept."""
    value = text.strip()
    if not value or value in _NO_DATE:
        return None
    match = _SLASHED.match(value)
    if not match:
        return iso_date(value)
    first, second, year_text = (int(g) for g in match.groups())
    day, month = (first, second) if day_first else (second, first)
    if month > 12 >= day:
        day, month = month, day
    year = year_text if len(match.group(3)) == 4 else (1900 + year_text if year_text > 30 else 2000 + year_text)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return value
    return f"{year:04d}-{month:02d}-{day:02d}"


def _birth_parts(year: str, month: str, day: str) -> str | None:
    """Thunderbird's birthday in three columns; the year may be missing."""
    if not (month.isdigit() and day.isdigit() and 1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    if year.isdigit() and int(year) > 0:
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return f"--{int(month):02d}-{int(day):02d}"


def outlook_contact(row: Mapping[str, str], region: str, day_first: bool = False) -> Contact:
    """A row of Outlook's columns (English, or renamed from another language by csv_dialects)."""

    def get(name: str) -> str:
        return row.get(name, "").strip()

    given, middle, family = get("First Name"), get("Middle Name"), get("Last Name")
    contact = Contact(
        full_name=get("Name") or _name(given, middle, family),
        given_name=_name(given, middle, "") or None,
        family_name=family or None,
        company=get("Company") or None,
        department=get("Department") or None,
        title=get("Job Title") or None,
        emails=[e for n in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address") for e in _emails(get(n))],
        websites=[w for n in ("Web Page", "Business Web Page", "Personal Web Page") for w in _items(get(n))],
        tags=[t.strip() for t in get("Categories").split(";") if t.strip()],
        nickname=get("Nickname") or None,
        birthday=csv_date(get("Birthday"), day_first)
        or _birth_parts(get("Birth Year"), get("Birth Month"), get("Birth Day")),
        anniversary=csv_date(get("Anniversary"), day_first),
    )
    contact.websites = unique_ignoring_case(contact.websites)
    # Outlook has no full-name column, but its e-mail display name is "Name (address)": the name as the card
    # printed it ("DUPONT Jean") when it holds the same words as first and last name.
    display = get("E-mail Display Name")
    shown = display[: -len(f" ({contact.emails[0]})")] if contact.emails else ""
    if contact.emails and display.endswith(f" ({contact.emails[0]})") and _words(shown) == _words(contact.full_name):
        contact.full_name = shown.strip()
    for column in OUTLOOK_PHONE_COLUMNS:
        finer = _OUTLOOK_LABELS.get(column, "")
        for value in _items(get(column)):
            phone = make_phone(value, kind_from_label(column), region)
            contact.phones.append(Phone(phone.number, phone.e164, phone.kind, "home" if finer == "home-fax" else finer))
    addresses: list[PostalAddress] = []
    for prefix, kind in zip(OUTLOOK_ADDRESS_PREFIXES, ("work", "home", "other"), strict=True):
        extended = ", ".join(get(f"{prefix} Street {n}") for n in (2, 3) if get(f"{prefix} Street {n}"))
        parts = AddressParts(
            get(f"{prefix} Street"), get(f"{prefix} City"), get(f"{prefix} State"), get(f"{prefix} Postal Code"),
            get(f"{prefix} Country/Region"), get(f"{prefix} Address PO Box"), extended,
        )  # fmt: skip
        if not parts.is_empty():
            addresses.append(postal(parts, kind))
    # Addresses beyond Outlook's three columns leave as "Other address: ..." lines of the notes (csv_write).
    notes = row.get("Notes", "")
    kept = [line for line in notes.split("\n") if not line.startswith(OTHER_ADDRESS)]
    addresses += [split_postal(line[len(OTHER_ADDRESS) :].strip(), "other") for line in notes.split("\n")
                  if line.startswith(OTHER_ADDRESS) and line[len(OTHER_ADDRESS) :].strip()]  # fmt: skip
    with_addresses(contact, addresses)
    return _finish(contact, "\n".join(kept), region)


def generic_contact(cells: Sequence[str], mapping: Mapping[int, CsvField], region: str) -> Contact:
    contact = Contact()
    single: dict[CsvField, str] = {}
    address_parts: dict[CsvField, str] = {}
    notes: list[str] = []
    for column, field in mapping.items():
        if column >= len(cells) or field is CsvField.IGNORE:
            continue
        value = cells[column]
        if value.startswith("'") and looks_like_formula(value[1:].lstrip("'")):
            value = value[1:]  # undo a spreadsheet export's formula defusing (csv_write.defuse_formula)
        if not value.strip() and not (value and field is CsvField.NOTES):
            continue
        if field is CsvField.EMAIL:
            contact.emails += _emails(value)
        elif field in _PHONE_FIELDS:
            contact.phones += [make_phone(v, _PHONE_FIELDS[field], region) for v in _items(value)]
        elif field is CsvField.WEBSITE:
            contact.websites += _items(value)
        elif field is CsvField.SOCIAL:
            contact.social += _items(value)
        elif field is CsvField.TAGS:
            parts = value.split("\n") if "\n" in value else re.split(r"[,;]|:::", value)
            contact.tags += [" ".join(t.split()) for t in parts if t.strip()]
        elif field is CsvField.NOTES:
            notes.append(value)
        elif field in (CsvField.STREET, CsvField.CITY, CsvField.POSTCODE, CsvField.REGION, CsvField.COUNTRY):
            address_parts.setdefault(field, value.strip())
        else:
            single.setdefault(field, " ".join(value.split()))
    given, family = single.get(CsvField.GIVEN_NAME, ""), single.get(CsvField.FAMILY_NAME, "")
    contact.full_name = single.get(CsvField.FULL_NAME) or _name(given, "", family)
    contact.given_name = given or None
    contact.family_name = family or None
    contact.company = single.get(CsvField.COMPANY)
    contact.department = single.get(CsvField.DEPARTMENT)
    contact.title = single.get(CsvField.TITLE)
    street, city, region_part, postcode, country = (
        address_parts.get(f, "")
        for f in (CsvField.STREET, CsvField.CITY, CsvField.REGION, CsvField.POSTCODE, CsvField.COUNTRY)
    )
    whole = single.get(CsvField.ADDRESS, "")
    if whole and (city or postcode) and not street:  # "Adresse" beside "Code postal" and "Ville": the street
        street, whole = whole, ""
    contact.address = whole or join_address(AddressParts(street, city, region_part, postcode, country)) or None
    contact.emails = unique_ignoring_case(contact.emails)
    contact.tags = unique_ignoring_case(contact.tags)
    return _finish(contact, "\n\n".join(notes), region)
