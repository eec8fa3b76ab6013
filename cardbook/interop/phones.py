"""Phone numbers across formats: E.164 normalisation and the kind each format spells its own way."""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers

from cardbook.domain.contact import Phone
from cardbook.domain.enums import PhoneKind

DEFAULT_REGION = "FR"  # the user's country decides what a national number like "06 12 34 56 78" means
MAX_PHONE_LENGTH = 64  # phonenumbers refuses longer input anyway; never hand it a 2 MB string

# vCard 3.0 TYPE values per kind, as Apple, Google and Outlook read them (RFC 2426 §3.3.1).
VCARD_TYPES: dict[PhoneKind, str] = {
    PhoneKind.MOBILE: "CELL,VOICE",
    PhoneKind.WORK: "WORK,VOICE",
    PhoneKind.HOME: "HOME,VOICE",
    PhoneKind.FAX: "WORK,FAX",
    PhoneKind.OTHER: "VOICE",
}
# Google Contacts' phone labels.
GOOGLE_LABELS: dict[PhoneKind, str] = {
    PhoneKind.MOBILE: "Mobile",
    PhoneKind.WORK: "Work",
    PhoneKind.HOME: "Home",
    PhoneKind.FAX: "Work Fax",
    PhoneKind.OTHER: "Other",
}


def to_e164(number: str, region: str = DEFAULT_REGION) -> str | None:
    text = number.strip()
    if not text or len(text) > MAX_PHONE_LENGTH:
        return None
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def international(phone: Phone) -> str:
    """The number as it should leave Cardbook: international ("+33 6 12 34 56 78", extension kept) whenever its
    E.164 is known, so that an address book set to another country reads it right; else as printed."""
    if not phone.e164:
        return phone.number.strip()
    try:
        known = phonenumbers.parse(phone.e164, None)
        region = phonenumbers.region_code_for_number(known)
        printed = phonenumbers.parse(phone.number.strip()[:MAX_PHONE_LENGTH], region)
    except phonenumbers.NumberParseException:
        return phone.e164
    same = phonenumbers.format_number(printed, phonenumbers.PhoneNumberFormat.E164) == phone.e164
    # The printed number when it is the same line (it may carry an extension); the E.164 otherwise
    # (a number corrected by hand, whose printed form says something else).
    return phonenumbers.format_number(printed if same else known, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def make_phone(number: str, kind: PhoneKind, region: str = DEFAULT_REGION) -> Phone:
    return Phone(number.strip(), to_e164(number, region), kind)


def kind_from_types(types: Iterable[str]) -> PhoneKind:
    """vCard TYPE values (any case, 2.1 bare parameters included) to a kind; fax wins, then mobile."""
    found = {t.strip().strip('"').lower() for t in types}
    if "fax" in found:
        return PhoneKind.FAX
    if found & {"cell", "mobile", "iphone", "cellular"}:
        return PhoneKind.MOBILE
    if "home" in found:
        return PhoneKind.HOME
    if found & {"work", "main", "company"}:
        return PhoneKind.WORK
    return PhoneKind.OTHER


def kind_from_label(label: str) -> PhoneKind:
    """Google's labels ("* Mobile", "Work Fax") and Outlook's column names ("Business Phone 2")."""
    words = label.lower().replace("*", " ").replace("-", " ").split()
    if any("fax" in w or "telecopie" in w or "télécopie" in w for w in words):
        return PhoneKind.FAX
    if {"mobile", "cell", "portable", "cellular", "iphone", "gsm", "car"} & set(words):
        return PhoneKind.MOBILE
    if {"home", "domicile", "personal", "perso"} & set(words):
        return PhoneKind.HOME
    if {"work", "business", "main", "company", "bureau", "office", "pro"} & set(words):
        return PhoneKind.WORK
    return PhoneKind.OTHER
