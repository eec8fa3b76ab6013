"""Referrals (prescriptions) and follow-ups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select

from cardbook.domain.referral import FollowUp, Referral, validate_referral
from cardbook.storage.contacts import NotFoundError, ValidationError
from cardbook.storage.convert import follow_up_from_row, referral_from_row
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, FollowUpRow, ReferralRow


def save_referral(library: Library, referral: Referral) -> Referral:
    try:
        validate_referral(referral)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    with library.writing() as session:
        for cid in (referral.from_contact_id, referral.to_contact_id):
            if cid is not None and session.get(ContactRow, cid) is None:
                raise NotFoundError(f"no contact with id {cid}")
        if referral.id is None:
            row = ReferralRow()
            session.add(row)
        else:
            found = session.get(ReferralRow, referral.id)
            if found is None:
                raise NotFoundError(f"no referral with id {referral.id}")
            row = found
        row.from_contact_id = referral.from_contact_id
        row.to_contact_id = referral.to_contact_id
        row.to_name = referral.to_name.strip() if referral.to_name and referral.to_name.strip() else None
        row.date = referral.date
        row.note = referral.note
        row.outcome = referral.outcome.value
        row.value = referral.value
        session.flush()
        return referral_from_row(row)


def referrals_of(library: Library, contact_id: int) -> list[Referral]:
    """Referrals in both directions that involve this contact, newest first."""
    with library.session() as session:
        rows = session.scalars(
            select(ReferralRow)
            .where(or_(ReferralRow.from_contact_id == contact_id, ReferralRow.to_contact_id == contact_id))
            .order_by(ReferralRow.date.desc().nulls_last(), ReferralRow.id.desc())
        )
        return [referral_from_row(r) for r in rows]


def save_follow_up(library: Library, follow_up: FollowUp) -> FollowUp:
    if follow_up.contact_id is None:
        raise ValidationError("A follow-up needs a contact.")
    if follow_up.every_weeks is not None and follow_up.every_weeks <= 0:
        raise ValidationError("“Every N weeks” needs a positive number of weeks.")
    with library.writing() as session:
        if session.get(ContactRow, follow_up.contact_id) is None:
            raise NotFoundError(f"no contact with id {follow_up.contact_id}")
        if follow_up.id is None:
            row = FollowUpRow(contact_id=follow_up.contact_id)
            session.add(row)
        else:
            found = session.get(FollowUpRow, follow_up.id)
            if found is None:
                raise NotFoundError(f"no follow-up with id {follow_up.id}")
            row = found
        row.due = follow_up.due
        row.note = follow_up.note
        row.done_on = follow_up.done_on
        row.every_weeks = follow_up.every_weeks
        session.flush()
        return follow_up_from_row(row)


def follow_ups_due(library: Library, today: dt.date) -> list[FollowUp]:
    with library.session() as session:
        rows = session.scalars(
            select(FollowUpRow)
            .where(FollowUpRow.done_on.is_(None), FollowUpRow.due <= today)
            .order_by(FollowUpRow.due, FollowUpRow.id)
        )
        return [follow_up_from_row(r) for r in rows]


def follow_ups_of(library: Library, contact_id: int) -> list[FollowUp]:
    with library.session() as session:
        rows = session.scalars(
            select(FollowUpRow).where(FollowUpRow.contact_id == contact_id).order_by(FollowUpRow.due.nulls_last())
        )
        return [follow_up_from_row(r) for r in rows]
