"""Referrals ("prescriptions") and follow-ups.

The business value of a network is not clients but prescripteurs: people who recommend you, and whom you
recommend. A referral goes from someone to someone; either side may be the user ("me", stored as None).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cardbook.domain.enums import ReferralDirection, ReferralOutcome


@dataclass(slots=True)
class Referral:
    id: int | None = None
    from_contact_id: int | None = None  # None: me
    to_contact_id: int | None = None  # None: me, unless to_name names someone outside the library
    to_name: str | None = None
    date: dt.date | None = None
    note: str = ""
    outcome: ReferralOutcome = ReferralOutcome.PENDING
    value: float | None = None

    @property
    def direction(self) -> ReferralDirection:
        if self.from_contact_id is not None and self.to_contact_id is None and not self.to_name:
            return ReferralDirection.RECEIVED
        if self.from_contact_id is None:
            return ReferralDirection.GIVEN
        return ReferralDirection.BETWEEN_CONTACTS


def validate_referral(referral: Referral) -> None:
    """A referral needs two different ends, and at most one of them is the user."""
    to_me = referral.to_contact_id is None and not referral.to_name
    if referral.from_contact_id is None and to_me:
        raise ValueError("A referral needs someone other than you on at least one side.")
    if referral.from_contact_id is not None and referral.from_contact_id == referral.to_contact_id:
        raise ValueError("A contact cannot refer business to themselves.")
    if referral.value is not None and referral.value < 0:
        raise ValueError("A referral's value cannot be negative.")


@dataclass(slots=True)
class FollowUp:
    id: int | None = None
    contact_id: int | None = None
    due: dt.date | None = None
    note: str = ""
    done_on: dt.date | None = None
    every_weeks: int | None = None  # "stay in touch every N weeks": rescheduled after each new encounter

    def rescheduled_after(self, met_on: dt.date) -> dt.date | None:
        """The next due date once the person has been met again, for a stay-in-touch rhythm."""
        if self.every_weeks is None or self.every_weeks <= 0:
            return None
        return met_on + dt.timedelta(weeks=self.every_weeks)
