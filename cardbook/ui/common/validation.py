"""Checking what the user types into a contact: email syntax, phone numbers (parsed with phonenumbers).

Plain functions returning a verdict with a translated message; the form shows it beside the field with an
icon and words. Nothing here goes online (no DNS check of email domains).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType
from PySide6.QtCore import QCoreApplication

from cardbook.domain.enums import PhoneKind

DEFAULT_REGION = "FR"  # the user's country: what a national number like "06 12 34 56 78" means

# Practical email syntax: one @, a dotted domain, no spaces. (RFC 5322 allows more; cards never print it.)
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
_EMAIL_UNICODE = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    message: str = ""  # what to tell the user: an error when not ok, else a confirmation or a warning
    warning: bool = False


def check_email(text: str) -> Verdict:
    value = text.strip()
    if not value:
        return Verdict(True)
    if _EMAIL.match(value) or (_EMAIL_UNICODE.match(value) and ".." not in value):
        return Verdict(True)
    if "@" not in value:
        return Verdict(False, QCoreApplication.translate("Validation", "Not an email address: the @ is missing."))
    return Verdict(False, QCoreApplication.translate("Validation", "Not a valid email address."))


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    verdict: Verdict
    e164: str | None = None
    kind: PhoneKind | None = None  # what the number itself says (mobile or fixed line), when it says


_KINDS = {
    PhoneNumberType.MOBILE: PhoneKind.MOBILE,
    PhoneNumberType.FIXED_LINE: PhoneKind.WORK,
    PhoneNumberType.VOIP: PhoneKind.WORK,
    PhoneNumberType.TOLL_FREE: PhoneKind.WORK,
    PhoneNumberType.SHARED_COST: PhoneKind.WORK,
}


def check_phone(text: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    value = text.strip()
    if not value:
        return PhoneCheck(Verdict(True))
    try:
        parsed = phonenumbers.parse(value, region)
    except NumberParseException:
        return PhoneCheck(Verdict(False, QCoreApplication.translate("Validation", "Not a phone number.")))
    if not phonenumbers.is_possible_number(parsed):
        return PhoneCheck(
            Verdict(False, QCoreApplication.translate("Validation", "Not a phone number: too few or too many digits."))
        )
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(parsed):
        message = QCoreApplication.translate("Validation", "%1 — no such number is in use; check it.").replace(
            "%1", e164
        )
        return PhoneCheck(Verdict(True, message, warning=True), e164)
    kind = _KINDS.get(phonenumbers.number_type(parsed))
    return PhoneCheck(Verdict(True, e164), e164, kind)


def check_website(text: str) -> Verdict:
    value = text.strip()
    if not value or ("." in value and " " not in value):
        return Verdict(True)
    return Verdict(False, QCoreApplication.translate("Validation", "Not a web address."))
