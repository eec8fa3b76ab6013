from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ReferralDirection
from cardbook.domain.referral import FollowUp, Referral, validate_referral
from cardbook.domain.text import fold


def test_fold_removes_accents_case_and_ligatures() -> None:
    assert fold("Émilie LEFÈVRE") == "emilie lefevre"
    assert fold("Jean-François Cœur") == "jean-francois coeur"
    assert fold("Straße Ærø") == "strasse aero"


def test_referral_direction() -> None:
    assert Referral(from_contact_id=4).direction is ReferralDirection.RECEIVED
    assert Referral(from_contact_id=None, to_contact_id=4).direction is ReferralDirection.GIVEN
    assert Referral(from_contact_id=None, to_name="Atelier Nova").direction is ReferralDirection.GIVEN
    assert Referral(from_contact_id=3, to_contact_id=4).direction is ReferralDirection.BETWEEN_CONTACTS


@pytest.mark.parametrize(
    "referral",
    [Referral(), Referral(from_contact_id=2, to_contact_id=2), Referral(from_contact_id=2, value=-5.0)],
)
def test_invalid_referrals_are_refused(referral: Referral) -> None:
    with pytest.raises(ValueError):
        validate_referral(referral)


def test_follow_up_rescheduling() -> None:
    follow_up = FollowUp(due=date(2026, 5, 1), every_weeks=6)
    assert follow_up.rescheduled_after(date(2026, 5, 10)) == date(2026, 6, 21)
    assert FollowUp(due=date(2026, 5, 1)).rescheduled_after(date(2026, 5, 10)) is None


def test_display_name_falls_back_to_company_then_email() -> None:
    assert Contact(full_name="  Hélène Leroy ").display_name == "Hélène Leroy"
    assert Contact(given_name="Hélène", family_name="Leroy").display_name == "Hélène Leroy"
    assert Contact(company="Quadrant SAS").display_name == "Quadrant SAS"
    assert Contact(emails=["a@b.fr"]).display_name == "a@b.fr"
