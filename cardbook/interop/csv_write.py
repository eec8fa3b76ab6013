"""CSV export in three layouts: Google Contacts' and Outlook's import layouts, and a spreadsheet.

Two different kinds of file (ARCHITECTURE "Known traps"): the Google and Outlook layouts are meant to be
imported by those products, so values go out raw ("+33 6..." must stay a phone number); the spreadsheet layout
is meant to be opened in Excel or LibreOffice, so every cell that a spreadsheet would run as a formula is
defused with a leading apostrophe (CSV formula injection: a card's text is untrusted input).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.domain.exchange import contact_reciprocity, encounter_reciprocity
from cardbook.interop.addresses import address_line, postal_addresses
from cardbook.interop.csv_layouts import (
    GOOGLE_ADDRESS_PARTS,
    GOOGLE_MY_CONTACTS,
    GOOGLE_NAME_COLUMNS,
    GOOGLE_SEPARATOR,
    OUTLOOK_ADDRESS_PREFIXES,
    OUTLOOK_EMAILS,
    OUTLOOK_HEADER,
    OUTLOOK_PHONE_SLOTS,
    SPREADSHEET_HEADER,
    CsvLayout,
    google_cell,
    google_header,
)
from cardbook.interop.history import Extras, history_lines, notes_with_history
from cardbook.interop.names import structured_name
from cardbook.interop.phones import GOOGLE_LABELS, international
from cardbook.interop.records import ExportRecord
from cardbook.interop.vcard_text import clean_text, web_address

_OUTLOOK_PREFIX = {"work": "Business", "home": "Home", "other": "Other"}
OTHER_ADDRESS = "Other address: "  # an address Outlook has no column left for, on a line of the notes
# Google's labels and Outlook's columns for the finer kinds of phones each knows.
GOOGLE_PHONE_LABELS = {"pager": "Pager", "main": "Main"}
OUTLOOK_LABEL_SLOTS = {
    "pager": ("Pager",), "main": ("Company Main Phone", "Primary Phone"), "car": ("Car Phone",), "isdn": ("ISDN",),
    "textphone": ("TTY/TDD Phone",), "assistant": ("Assistant's Phone",), "home-fax": ("Home Fax",),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CsvOptions:
    layout: CsvLayout = CsvLayout.GOOGLE
    separator: str = ","
    bom: bool = False  # a UTF-8 BOM: how Excel and Outlook know the file is UTF-8 (else they read Windows-1252)
    with_history: bool = True
    # The encoding the file will be written in: every cell is checked against it before the row is written, so
    # that a name it cannot hold stops the export with the contact and column named (UnencodableError) instead
    # of becoming "?" in the address book it is moved to.
    encoding: str = "utf-8"


class UnencodableError(ValueError):
    """A cell holds a character the chosen encoding cannot write (one line for the user)."""

    def __init__(self, contact: str, column: str, char: str, encoding: str) -> None:
        self.contact, self.column, self.char, self.encoding = contact, column, char, encoding
        super().__init__(
            f"{contact or 'a contact without a name'}: {column} holds {char!r} (U+{ord(char):04X}), "
            f"which {encoding} cannot write; export in UTF-8 instead"
        )


def check_encodable(row: Sequence[str], header: Sequence[str], contact: Contact, encoding: str) -> None:
    """Raise UnencodableError for the first cell of `row` that `encoding` cannot hold."""
    if encoding.replace("-", "").replace("_", "").lower() in ("utf8", "utf8sig"):
        return
    for column, cell in zip(header, row, strict=False):
        try:
            cell.encode(encoding)
        except UnicodeEncodeError as exc:
            raise UnencodableError(contact.display_name, column, cell[exc.start], encoding) from None


@dataclass(frozen=True, slots=True)
class ColumnCounts:
    """How many numbered e-mail, phone and website columns the Google layout needs (the most any contact has)."""

    emails: int = 1
    phones: int = 1
    websites: int = 1
    addresses: int = 1


def column_counts(records: Iterable[ExportRecord]) -> ColumnCounts:
    emails = phones = websites = addresses = 1
    for record in records:
        contact = record.contact
        emails = max(emails, len(contact.emails))
        phones = max(phones, len(contact.phones))
        websites = max(websites, len(contact.websites) + len(contact.social))
        addresses = max(addresses, len(postal_addresses(contact)))
    return ColumnCounts(emails, phones, websites, addresses)


def _email_kind(contact: Contact, email: str) -> str:
    return contact.email_kinds.get(email.strip().casefold(), "work")


def _google_phone_label(phone: Phone) -> str:
    if phone.label == "home" and phone.kind is PhoneKind.FAX:
        return "Home Fax"
    return GOOGLE_PHONE_LABELS.get(phone.label) or GOOGLE_LABELS[phone.kind]


def looks_like_formula(value: str) -> bool:
    return value.startswith(("\t", "\r")) or value.lstrip().startswith(("=", "+", "-", "@"))


def defuse_formula(value: str) -> str:
    """A cell a spreadsheet shows as text: '=1+1 instead of running =1+1 (or =HYPERLINK(...)).

    Leading apostrophes are looked through, so that reading the file back (csv_rows) can remove exactly the
    one added here: "'=x" goes out as "''=x" and comes back as "'=x".
    """
    return "'" + value if looks_like_formula(value.lstrip("'")) else value


def _categories(record: ExportRecord) -> list[str]:
    seen: set[str] = set()
    found: list[str] = []
    for name in [*record.contact.tags, *record.networks]:
        if name.strip() and name.casefold() not in seen:
            seen.add(name.casefold())
            found.append(name.strip())
    return found


def _notes(record: ExportRecord, options: CsvOptions, extras: Extras | None = None) -> str:
    lines = history_lines(record.meetings, record.referrals, record.networks) if options.with_history else []
    if extras is not None and not extras.is_empty():
        lines = [*lines, *extras.lines()]
    return notes_with_history(clean_text(record.contact.notes), lines)


def _google_row(record: ExportRecord, options: CsvOptions, counts: ColumnCounts) -> list[str]:
    contact = record.contact
    given, family = structured_name(contact.full_name, contact.given_name, contact.family_name)
    shown = " ".join(p for p in (given, family) if p)
    file_as = contact.full_name.strip() if contact.full_name.strip() and contact.full_name.strip() != shown else ""
    labels = GOOGLE_SEPARATOR.join([GOOGLE_MY_CONTACTS, *_categories(record)])
    values = dict.fromkeys(GOOGLE_NAME_COLUMNS, "")
    values.update(
        {
            "First Name": given,
            "Last Name": family,
            "File As": file_as,  # "DUPONT Jean" is kept as the card printed it
            "Organization Name": contact.company or "",
            "Organization Title": contact.title or "",
            "Organization Department": contact.department or "",
            "Nickname": contact.nickname or "",
            "Birthday": contact.birthday or "",
            "Notes": _notes(record, options),
            "Labels": labels,
        }
    )
    row = list(values.values())
    for i in range(counts.emails):
        email = contact.emails[i] if i < len(contact.emails) else ""
        row += [_email_kind(contact, email).capitalize() if email else "", email]
    for i in range(counts.phones):
        phone = contact.phones[i] if i < len(contact.phones) else None
        row += [_google_phone_label(phone), international(phone)] if phone else ["", ""]
    addresses = postal_addresses(contact)
    for i in range(counts.addresses):
        if i >= len(addresses):
            row += [""] * len(GOOGLE_ADDRESS_PARTS)
            continue
        a = addresses[i]
        cells = [address_line(a), a.street, a.city, a.po_box, a.region, a.postcode, a.country, a.extended]
        row += [a.kind.capitalize(), *(google_cell(c) for c in cells)]
    links = [("Work", web_address(w)) for w in contact.websites] + [("Profile", web_address(s)) for s in contact.social]
    for i in range(counts.websites):
        row += list(links[i]) if i < len(links) else ["", ""]
    row += ["Anniversary", contact.anniversary] if contact.anniversary else ["", ""]
    return row


def _outlook_row(record: ExportRecord, options: CsvOptions) -> list[str]:
    contact = record.contact
    given, family = structured_name(contact.full_name, contact.given_name, contact.family_name)
    values = dict.fromkeys(OUTLOOK_HEADER, "")
    values.update(
        {
            "First Name": given,
            "Last Name": family,
            "Company": contact.company or "",
            "Department": contact.department or "",
            "Job Title": contact.title or "",
            "Categories": ";".join(c.replace(";", ",") for c in _categories(record)),
            "Birthday": contact.birthday or "",
            "Anniversary": contact.anniversary or "",
        }
    )
    extras = Extras()
    for i, email in enumerate(contact.emails):
        if i < len(OUTLOOK_EMAILS):
            address, kind, display = OUTLOOK_EMAILS[i]
            values.update({address: email, kind: "SMTP", display: f"{contact.display_name} ({email})"})
        else:
            extras.emails.append(email)
    used: set[str] = set()
    for phone in contact.phones:
        finer = "home-fax" if phone.label == "home" and phone.kind is PhoneKind.FAX else phone.label
        candidates = [*OUTLOOK_LABEL_SLOTS.get(finer, ()), *OUTLOOK_PHONE_SLOTS[phone.kind.value]]
        column = next((c for c in candidates if c not in used), None)
        if column is not None:
            used.add(column)
            values[column] = international(phone)
        else:
            extras.phones.append((international(phone), phone.kind))
    websites = [web_address(w) for w in contact.websites]
    if websites:
        values["Web Page"] = websites.pop(0)
    extras.websites += websites
    extras.social += contact.social
    left_over = _outlook_addresses(contact, values)
    notes = _notes(record, options, extras)
    if left_over:  # Outlook holds one address of each kind: the others stay readable in the notes
        notes = "\n".join([notes, *(f"{OTHER_ADDRESS}{line}" for line in left_over)]).lstrip("\n")
    values["Notes"] = notes
    return list(values.values())


def _outlook_addresses(contact: Contact, values: dict[str, str]) -> list[str]:
    """Each address in its kind's columns (Business, Home, Other), a second one of a kind in Other when free;
    returns the lines of those that found no place."""
    free = list(OUTLOOK_ADDRESS_PREFIXES)
    left_over: list[str] = []
    for address in postal_addresses(contact):
        prefix = _OUTLOOK_PREFIX[address.kind]
        if prefix not in free:
            prefix = "Other" if "Other" in free else ""
        if not prefix:
            left_over.append(address_line(address))
            continue
        free.remove(prefix)
        values.update(
            {
                f"{prefix} Street": address.street,
                f"{prefix} Street 2": address.extended,
                f"{prefix} City": address.city,
                f"{prefix} State": address.region,
                f"{prefix} Postal Code": address.postcode,
                f"{prefix} Country/Region": address.country,
                f"{prefix} Address PO Box": address.po_box,
            }
        )
    return left_over


def _spreadsheet_row(record: ExportRecord, options: CsvOptions) -> list[str]:
    contact = record.contact
    by_kind: dict[PhoneKind, list[str]] = {kind: [] for kind in PhoneKind}
    for phone in contact.phones:
        by_kind[phone.kind].append(international(phone))
    dates = sorted(m.date for m in record.meetings if m.date is not None)
    exchange = contact_reciprocity(encounter_reciprocity(m.offered_by, m.reciprocated) for m in record.meetings)
    history = history_lines(record.meetings, record.referrals) if options.with_history else []
    cells = [
        contact.full_name,
        contact.given_name or "",
        contact.family_name or "",
        contact.company or "",
        contact.department or "",
        contact.title or "",
        "\n".join(contact.emails),
        "\n".join(by_kind[PhoneKind.MOBILE]),
        "\n".join(by_kind[PhoneKind.WORK]),
        "\n".join(by_kind[PhoneKind.HOME]),
        "\n".join(by_kind[PhoneKind.FAX]),
        "\n".join(by_kind[PhoneKind.OTHER]),
        "\n".join(contact.websites),
        "\n".join(contact.social),
        contact.address or "",
        "\n".join(contact.tags),
        "\n".join(record.networks),
        clean_text(contact.notes),
        str(len(record.meetings)),
        dates[0].isoformat() if dates else "",
        dates[-1].isoformat() if dates else "",
        exchange.value if record.meetings else "",
        str(len(record.referrals)),
        "\n".join(history),
    ]
    return [defuse_formula(cell) for cell in cells]


def csv_header(layout: CsvLayout, counts: ColumnCounts = ColumnCounts()) -> list[str]:
    if layout is CsvLayout.GOOGLE:
        return google_header(counts.emails, counts.phones, counts.websites, counts.addresses)
    if layout is CsvLayout.OUTLOOK:
        return list(OUTLOOK_HEADER)
    return list(SPREADSHEET_HEADER)


def csv_rows(records: Iterable[ExportRecord], options: CsvOptions, counts: ColumnCounts) -> Iterator[list[str]]:
    for record in records:
        if options.layout is CsvLayout.GOOGLE:
            yield _google_row(record, options, counts)
        elif options.layout is CsvLayout.OUTLOOK:
            yield _outlook_row(record, options)
        else:
            yield _spreadsheet_row(record, options)


def write_csv(
    records: Iterable[ExportRecord], out: TextIO, options: CsvOptions = CsvOptions(), counts: ColumnCounts | None = None
) -> int:
    """Header and one row per contact; returns how many rows. Open `out` with newline="" (csv writes CRLF).

    `counts` sizes the Google layout's numbered columns; without it the records are gathered first to count.
    """
    items: Iterable[ExportRecord] = records
    if counts is None:
        gathered: Sequence[ExportRecord] = list(records)
        counts, items = column_counts(gathered), gathered
    if options.bom:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=options.separator, lineterminator="\r\n")
    header = csv_header(options.layout, counts)
    writer.writerow(header)
    count = 0
    for record in items:
        row = next(csv_rows([record], options, counts))
        check_encodable(row, header, record.contact, options.encoding)
        writer.writerow(row)
        count += 1
    return count
