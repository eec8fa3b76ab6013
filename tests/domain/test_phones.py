"""The phone check of the review page and contact pane: in the card's region, never blocking."""

from __future__ import annotations

import pytest

from cardbook.domain.enums import PhoneKind
from cardbook.domain.phones import PhoneProblem, check_phone


@pytest.mark.parametrize(
    ("text", "region", "e164", "kind"),
    [
        ("(650) 555-0100", "US", "+16505550100", None),
        ("650.555.0137", "US", "+16505550137", None),
        ("1-800-555-0199", "US", "+18005550199", None),
        ("(11) 9.4000-4561", "BR", "+5511940004561", PhoneKind.MOBILE),
        ("(11) 2745-3310", "BR", "+551127453310", PhoneKind.WORK),
        ("0800 123 4567", "BR", None, None),
        ("06 12 34 56 78", "FR", "+33612345678", PhoneKind.MOBILE),
        ("020 7946 0958", "GB", "+442079460958", PhoneKind.WORK),
        ("030 1234567", "DE", "+49301234567", PhoneKind.WORK),
        ("912 345 678", "ES", "+34912345678", PhoneKind.WORK),
        ("02 1234 5678", "IT", "+390212345678", PhoneKind.WORK),
        # Its own country code wins over the region.
        ("+55 11 3208-4417", "FR", "+551132084417", PhoneKind.WORK),
        ("0033 1 23 45 67 89", "US", "+33123456789", PhoneKind.WORK),
        # The region's country code printed without "+".
        ("55 11 3208-4417", "BR", "+551132084417", PhoneKind.WORK),
    ],
)
def test_numbers_normalise_in_their_region(text: str, region: str, e164: str | None, kind: PhoneKind | None) -> None:
    verdict = check_phone(text, region)
    assert verdict.ok
    if e164 is None:
        return
    assert (verdict.e164, verdict.warning) == (e164, False)
    if kind is not None:
        assert verdict.kind == kind


@pytest.mark.parametrize(
    ("text", "region", "problem"),
    [
        # A Brazilian number without its area code, and one from abroad read with a French default.
        ("3345-1207", "BR", PhoneProblem.AREA_CODE_MISSING),
        ("9.4000-4561", "US", PhoneProblem.WRONG_LENGTH),
        ("(650) 555-0100", "FR", PhoneProblem.WRONG_LENGTH),
        ("see reverse", "FR", PhoneProblem.NO_DIGITS),
        ("3345-1207", None, PhoneProblem.NO_REGION),
    ],
)
def test_numbers_that_cannot_be_normalised_are_kept_with_a_warning(
    text: str, region: str | None, problem: PhoneProblem
) -> None:
    verdict = check_phone(text, region)
    assert verdict.ok and verdict.warning
    assert verdict.problem == problem
    assert verdict.e164 is None


def test_a_national_number_is_never_forced_into_another_country() -> None:
    # Valid in France as +33 9 40 00 45 61, but the card is Brazilian: kept as printed.
    assert check_phone("9.4000-4561", "BR").e164 is None
    assert check_phone("94110-2233", "US").e164 is None


def test_empty_is_fine() -> None:
    verdict = check_phone("  ", "FR")
    assert verdict.ok and not verdict.warning and verdict.e164 is None
