"""One CSV row to a Contact, for each layout the CSV reader knows."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cardbook.domain.contact import Contact
from cardbook.domain.enums import PhoneKind
from cardbook.domain.text import fold, unique_ignoring_case
from cardbook.interop.addresses import AddressParts, join_address
from cardbook.interop.csv_layouts import OUTLOOK_ADDRESS_PREFIXES, OUTLOOK_PHONE_COLUMNS
from cardbook.interop.csv_mapping import CsvField
from cardbook.interop.csv_write import looks_like_formula
from cardbook.interop.history import split_history
from cardbook.interop.phones import kind_from_label, make_phone
from cardbook.interop.social import NETWORK_NAMES

_NUMBERED = re.compile(r"^(E-mail|Phone|Website|Address|Organization) (\d+) - (.+)$")
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
    numbered: dict[tuple[str, str], dict[str, str]] = {}
    for name, value in row.items():
        match = _NUMBERED.match(name)
        if match:
            numbered.setdefault((match.group(1), match.group(2)), {})[match.group(3)] = value.strip()
    address: str | None = None
    for (kind, _number), parts in sorted(numbered.items(), key=lambda item: (item[0][0], int(item[0][1]))):
        value = parts.get("Value", "")
        label = (parts.get("Label") or parts.get("Type") or "").lstrip("* ").strip()
        if kind == "E-mail":
            contact.emails += _emails(value)
        elif kind == "Phone":
            contact.phones += [make_phone(v, kind_from_label(label), region) for v in _items(value)]
        elif kind == "Website":
            for site in _items(value):
                is_social = label.lower() == "profile" or label.lower() in NETWORK_NAMES
                (contact.social if is_social else contact.websites).append(site)
        elif kind == "Address" and address is None:
            formatted = parts.get("Formatted", "")
            split = AddressParts(
                parts.get("Street", ""), parts.get("City", ""), parts.get("Region", ""),
                parts.get("Postal Code", ""), parts.get("Country", ""), parts.get("PO Box", ""),
                parts.get("Extended Address", ""),
            )  # fmt: skip
            address = ", ".join(x.strip() for x in formatted.split("\n") if x.strip()) or join_address(split) or None
    contact.address = address
    return _finish(contact, row.get("Notes", ""), region)


def outlook_contact(row: Mapping[str, str], region: str) -> Contact:
    def get(name: str) -> str:
        return row.get(name, "").strip()

    given, middle, family = get("First Name"), get("Middle Name"), get("Last Name")
    contact = Contact(
        full_name=_name(given, middle, family),
        given_name=_name(given, middle, "") or None,
        family_name=family or None,
        company=get("Company") or None,
        department=get("Department") or None,
        title=get("Job Title") or None,
        emails=[e for n in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address") for e in _emails(get(n))],
        websites=_items(get("Web Page")),
        tags=[t.strip() for t in get("Categories").split(";") if t.strip()],
    )
    # Outlook has no full-name column, but its e-mail display name is "Name (address)": the name as the card
    # printed it ("DUPONT Jean") when it holds the same words as first and last name.
    display = get("E-mail Display Name")
    shown = display[: -len(f" ({contact.emails[0]})")] if contact.emails else ""
    if contact.emails and display.endswith(f" ({contact.emails[0]})") and _words(shown) == _words(contact.full_name):
        contact.full_name = shown.strip()
    for column in OUTLOOK_PHONE_COLUMNS:
        contact.phones += [make_phone(v, kind_from_label(column), region) for v in _items(get(column))]
    for prefix in OUTLOOK_ADDRESS_PREFIXES:
        street = ", ".join(get(f"{prefix} Street{n}") for n in ("", " 2", " 3") if get(f"{prefix} Street{n}"))
        parts = AddressParts(
            street, get(f"{prefix} City"), get(f"{prefix} State"), get(f"{prefix} Postal Code"),
            get(f"{prefix} Country/Region"), get(f"{prefix} Address PO Box"),
        )  # fmt: skip
        if not parts.is_empty():
            contact.address = join_address(parts)
            break
    return _finish(contact, row.get("Notes", ""), region)


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
