"""Relationship strength for one contact or many, from their encounters and referrals (rules: domain/strength.py)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import or_, select

from cardbook.domain.exchange import Encounter
from cardbook.domain.member import Viewpoint
from cardbook.domain.referral import Referral
from cardbook.domain.strength import Strength, relationship_strength
from cardbook.storage.convert import encounter_from_row, referral_from_row
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import rules
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint
from cardbook.storage.models import ContactRow, EncounterRow, ReferralRow

_CHUNK = 2000  # SQLite caps the number of bound parameters; lists of ids are read in slices


def strengths(
    library: Library, contact_ids: Sequence[int], today: dt.date, view: Viewpoint | None = None
) -> dict[int, Strength]:
    """contact id -> strength, for every id that exists; two queries per slice of ids. From `view` (None: this
    machine's point of view, storage/members.viewpoint): a member's strength with someone is their own
    meetings and referrals with them."""
    view = view if view is not None else viewpoint(library)
    found: dict[int, Strength] = {}
    with library.session() as session:
        for start in range(0, len(contact_ids), _CHUNK):
            chunk = list(contact_ids[start : start + _CHUNK])
            existing = set(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(chunk))))
            encounters: dict[int, list[Encounter]] = defaultdict(list)
            for row in session.scalars(
                select(EncounterRow).where(EncounterRow.contact_id.in_(chunk), rules.mine(view, EncounterRow.member_id))
            ):
                encounters[row.contact_id].append(encounter_from_row(row))
            referrals: dict[int, list[Referral]] = defaultdict(list)
            query = select(ReferralRow).where(
                or_(ReferralRow.from_contact_id.in_(chunk), ReferralRow.to_contact_id.in_(chunk)),
                rules.mine(view, ReferralRow.member_id),
            )
            for referral_row in session.scalars(query):
                ref = referral_from_row(referral_row)
                for cid in {ref.from_contact_id, ref.to_contact_id}:
                    if cid is not None:
                        referrals[cid].append(ref)
            for cid in chunk:
                if cid in existing:
                    found[cid] = relationship_strength(cid, encounters[cid], referrals[cid], today)
    return found


def contact_strength(library: Library, contact_id: int, today: dt.date, view: Viewpoint | None = None) -> Strength:
    found = strengths(library, [contact_id], today, view)
    if contact_id not in found:
        raise NotFoundError(f"no contact with id {contact_id}")
    return found[contact_id]
