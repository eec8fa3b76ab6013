"""Checking what the user types into a contact: email syntax, phone numbers (in the card's or user's country).

Plain functions returning a verdict with a translated message; the form shows it beside the field with an
icon and words. Nothing here goes online (no DNS check of email domains).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cardbook.domain.enums import PhoneKind
from cardbook.domain.phones import PhoneProblem
from cardbook.domain.phones import check_phone as check_phone_in
from cardbook.ui.common.countries import calling_code, country_name

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
    e164: str | None = None  # None: the number is kept as printed (a warning says why)
    kind: PhoneKind | None = None  # what the number itself says (mobile or fixed line), when it says


def _problem_words(problem: PhoneProblem, region: str | None) -> str:
    """Why a number is kept as printed, in the user's words; `region` names the country it was read in."""
    where = f"{country_name(region)} (+{calling_code(region)})" if region else ""
    texts = {
        PhoneProblem.AREA_CODE_MISSING: QCoreApplication.translate(
            "Validation", "Kept as printed: a local number without its area code (read as %1). Add the area "
            "code if you know it."),
        PhoneProblem.WRONG_LENGTH: QCoreApplication.translate(
            "Validation", "Kept as printed: too few or too many digits for a number of %1; check it."),
        PhoneProblem.NOT_IN_USE: QCoreApplication.translate(
            "Validation", "Kept as printed: no such number is in use in %1; check it."),
        PhoneProblem.NO_DIGITS: QCoreApplication.translate("Validation", "Kept as printed: there is no number in it."),
        PhoneProblem.NO_REGION: QCoreApplication.translate(
            "Validation", "Kept as printed: no country to read it in; add its country code (+…)."),
    }  # fmt: skip
    return texts.get(problem, "").replace("%1", where)


def check_phone(text: str, region: str | None) -> PhoneCheck:
    """A number as printed, checked in `region` (the card's country, or the user's for a contact typed by hand)
    with ``cardbook.domain.phones.check_phone``. Never an error: a number that cannot be normalised is kept as
    printed, with a warning saying why, so it never stops "Accept" or "Save"."""
    verdict = check_phone_in(text, region)
    if not verdict.warning:
        return PhoneCheck(Verdict(True, verdict.e164 or ""), verdict.e164, verdict.kind)
    return PhoneCheck(Verdict(True, _problem_words(verdict.problem, verdict.region or region), warning=True))


def check_website(text: str) -> Verdict:
    value = text.strip()
    if not value or ("." in value and " " not in value):
        return Verdict(True)
    return Verdict(False, QCoreApplication.translate("Validation", "Not a web address."))
