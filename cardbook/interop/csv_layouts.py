"""The column layouts of contact CSV files: Google Contacts' and Outlook's import/export headers, and ours.

The header names are those the products write in their own exports and recognise on import (Google Contacts
"Google CSV" since 2021; Outlook's "Comma Separated Values" export, English). They must be spelled exactly.
"""

from __future__ import annotations

from enum import StrEnum


class CsvLayout(StrEnum):
    GOOGLE = "google"
    OUTLOOK = "outlook"
    SPREADSHEET = "spreadsheet"


GOOGLE_NAME_COLUMNS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
]
GOOGLE_ADDRESS_PARTS = ["Label", "Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country"]
GOOGLE_ADDRESS_PARTS += ["Extended Address"]
GOOGLE_EVENT_COLUMNS = ["Event 1 - Label", "Event 1 - Value"]  # the anniversary ("Anniversary", a date)
GOOGLE_SEPARATOR = " ::: "  # several values in one cell (Google's own export does this)
# Google's format has no escape, so an address whose own text holds the separator would read back as two.
# Cardbook writes it with an invisible WORD JOINER (U+2060) between the colons, which Google shows unchanged
# and Cardbook's reader turns back into the separator (docs/CLI.md, "--format csv").
GOOGLE_SEPARATOR_IN_TEXT = " ::\u2060: "


def google_cell(text: str) -> str:
    """Text for one value of a Google cell: a separator inside it cannot be taken for two values."""
    return text.replace(GOOGLE_SEPARATOR, GOOGLE_SEPARATOR_IN_TEXT)


def google_text(cell: str) -> str:
    """The value google_cell wrote, separator and all."""
    return cell.replace(GOOGLE_SEPARATOR_IN_TEXT, GOOGLE_SEPARATOR)


GOOGLE_MY_CONTACTS = "* myContacts"  # the system group every contact belongs to; "* " marks system groups


def google_header(emails: int, phones: int, websites: int, addresses: int = 1) -> list[str]:
    header = list(GOOGLE_NAME_COLUMNS)
    for i in range(1, emails + 1):
        header += [f"E-mail {i} - Label", f"E-mail {i} - Value"]
    for i in range(1, phones + 1):
        header += [f"Phone {i} - Label", f"Phone {i} - Value"]
    for i in range(1, addresses + 1):
        header += [f"Address {i} - {part}" for part in GOOGLE_ADDRESS_PARTS]
    for i in range(1, websites + 1):
        header += [f"Website {i} - Label", f"Website {i} - Value"]
    return header + GOOGLE_EVENT_COLUMNS


OUTLOOK_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account", "Anniversary",
    "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box", "Categories", "Children",
    "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
    "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy",
    "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes", "Office Location",
    "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By",
    "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
]  # fmt: skip
OUTLOOK_EMAILS = [
    ("E-mail Address", "E-mail Type", "E-mail Display Name"),
    ("E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name"),
    ("E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name"),
]
# Which Outlook columns take which kind of phone, in order; further numbers go to the notes' "Also" lines.
OUTLOOK_PHONE_SLOTS = {
    "mobile": ["Mobile Phone"],
    "work": ["Business Phone", "Business Phone 2"],
    "home": ["Home Phone", "Home Phone 2"],
    "fax": ["Business Fax", "Home Fax", "Other Fax"],
    "other": ["Other Phone"],
}
OUTLOOK_PHONE_COLUMNS = [
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex",
]  # fmt: skip
OUTLOOK_ADDRESS_PREFIXES = ["Business", "Home", "Other"]

SPREADSHEET_HEADER = [
    "Name", "First name", "Last name", "Company", "Department", "Job title", "Emails", "Mobile", "Work phone",
    "Home phone", "Fax", "Other phones", "Websites", "Social profiles", "Address", "Tags", "Networks", "Notes",
    "Meetings", "First met", "Last met", "Exchange", "Referrals", "History",
]  # fmt: skip
