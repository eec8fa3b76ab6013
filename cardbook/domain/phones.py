"""Checking a phone number in the country of the card it came from, for the review page and the contact pane.

A number is kept as printed whatever happens: a number that cannot be normalised ("3345-1207" without its
area code, a number from a country the user never set) is a warning to look at, never an error that stops
"Accept". The check says what E.164 to store when there is one, in the card's region (``CardFields.region``,
stored with the card) or, for a contact typed by hand, the user's default region.

No Qt here: the verdict carries a ``PhoneProblem`` that the window turns into translated words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from cardbook.domain.enums import PhoneKind

MAX_PHONE_LENGTH = 64  # phonenumbers refuses longer input anyway; never hand it a pasted paragraph


class PhoneProblem(StrEnum):
    """Why a number is kept as printed without E.164 (each a warning, none blocking)."""

    NONE = "none"
    NO_DIGITS = "no_digits"  # "see reverse": not a number at all
    WRONG_LENGTH = "wrong_length"  # too few or too many digits for the region
    AREA_CODE_MISSING = "area_code_missing"  # a local number ("3345-1207"): dialable only inside its area
    NOT_IN_USE = "not_in_use"  # the right length, but no such number is allocated in the region
    NO_REGION = "no_region"  # a national number and no country to read it in


_KINDS = {
    PhoneNumberType.MOBILE: PhoneKind.MOBILE,
    PhoneNumberType.FIXED_LINE: PhoneKind.WORK,
    PhoneNumberType.VOIP: PhoneKind.WORK,
    PhoneNumberType.TOLL_FREE: PhoneKind.WORK,
    PhoneNumberType.SHARED_COST: PhoneKind.WORK,
}


@dataclass(frozen=True, slots=True)
class PhoneVerdict:
    """``ok`` is always True (numbers are kept as printed); ``warning`` when it could not be normalised."""

    problem: PhoneProblem = PhoneProblem.NONE
    e164: str | None = None
    country: str | None = None  # the number's country when normalised (may differ from the region: "+1 …")
    kind: PhoneKind | None = None  # what the number itself says (mobile or fixed line), when it says
    region: str | None = None  # the region the national number was read in

    @property
    def ok(self) -> bool:
        return True

    @property
    def warning(self) -> bool:
        return self.problem is not PhoneProblem.NONE


def _normalised(parsed: phonenumbers.PhoneNumber, region: str | None) -> PhoneVerdict:
    return PhoneVerdict(
        PhoneProblem.NONE,
        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        phonenumbers.region_code_for_number(parsed),
        _KINDS.get(phonenumbers.number_type(parsed)),
        region,
    )


def check_phone(text: str, region: str | None) -> PhoneVerdict:
    """``text`` as printed, checked in ``region`` (ISO 3166-1 alpha-2; None: only "+…" numbers normalise).

    A number with its country code ("+55 …", "0033 …") is checked in its own country; a national number in
    ``region``, and if invalid there as digits that start with ``region``'s country code printed without "+"
    ("55 11 3208-4417"). Never forced into another country.
    """
    value = text.strip()
    if not value:
        return PhoneVerdict()
    digits = re.sub(r"\D", "", value)
    if not digits or len(value) > MAX_PHONE_LENGTH:
        return PhoneVerdict(PhoneProblem.NO_DIGITS, region=region)
    region = region.upper() if region else None
    international = value.lstrip(" (").startswith("+") or digits.startswith("00")
    if international:
        candidate = "+" + digits[2:] if digits.startswith("00") and "+" not in value else value
        return _check(candidate, None, region)
    if region is None:
        return PhoneVerdict(PhoneProblem.NO_REGION)
    verdict = _check(value, region, region)
    if verdict.warning and not digits.startswith("0"):
        prefixed = _check("+" + digits, None, region)
        if not prefixed.warning and prefixed.country == region:
            return prefixed
    return verdict


def _check(value: str, parse_region: str | None, region: str | None) -> PhoneVerdict:
    try:
        parsed = phonenumbers.parse(value, parse_region)
    except NumberParseException:
        return PhoneVerdict(PhoneProblem.WRONG_LENGTH, region=region)
    possible = phonenumbers.is_possible_number_with_reason(parsed)
    if possible == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return PhoneVerdict(PhoneProblem.AREA_CODE_MISSING, region=region)
    if possible != phonenumbers.ValidationResult.IS_POSSIBLE:
        return PhoneVerdict(PhoneProblem.WRONG_LENGTH, region=region)
    if not phonenumbers.is_valid_number(parsed):
        return PhoneVerdict(_invalid_reason(parsed, parse_region), region=region)
    return _normalised(parsed, region)


def _invalid_reason(parsed: phonenumbers.PhoneNumber, region: str | None) -> PhoneProblem:
    """Shorter than the region's numbers ("3345-1207" in Brazil, where a number is 10 or 11 digits): a local
    number printed without its area code; otherwise a number of the right length that is not allocated."""
    example = phonenumbers.example_number(region) if region else None
    if example is not None and len(str(parsed.national_number)) < len(str(example.national_number)):
        return PhoneProblem.AREA_CODE_MISSING
    return PhoneProblem.NOT_IN_USE
