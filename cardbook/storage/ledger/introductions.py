"""Introductions I could make, from the library, and making one: a referral between the two contacts and a
follow-up to see how it went (domain/introductions.py holds the matching rules).

Why a referral *between contacts* (from the one in need to the one who can help): the user is not a party to
the business, but this is how they become a *prescripteur* — the contact page, the timeline and the referral
list show it, and the follow-up reminds them to ask whether it helped.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.introductions import Introduction, Profile, suggest_introductions
from cardbook.domain.referral import FollowUp, Referral
from cardbook.domain.reports import NeedLine
from cardbook.storage.contacts.records import NotFoundError, ValidationError
from cardbook.storage.convert import follow_up_from_row, referral_from_row
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id
from cardbook.storage.models import ContactRow, ContactTagRow, FollowUpRow, ReferralRow, TagRow, TopicRow

FOLLOW_UP_AFTER = dt.timedelta(days=14)


def profiles(session: Session) -> list[Profile]:
    """Every contact's title, company, tags, needs and offers, read as plain columns (no ORM object each)."""
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(select(ContactTagRow.contact_id, TagRow.name).join(TagRow)):
        tags[cid].append(name)
    topics: dict[tuple[int, str], list[str]] = defaultdict(list)
    for cid, kind, tag in session.execute(select(TopicRow.contact_id, TopicRow.kind, TopicRow.tag)):
        topics[(cid, kind)].append(tag)
    query = select(
        ContactRow.id,
        ContactRow.full_name,
        ContactRow.company,
        ContactRow.title,
        ContactRow.needs,
        ContactRow.offers,
    ).order_by(ContactRow.id)
    people = []
    for cid, name, company, title, needs, offers in session.execute(query):
        need_tags, offer_tags = tuple(topics[(cid, "need")]), tuple(topics[(cid, "offer")])
        people.append(
            Profile(cid, name or company or "", title, company, tuple(tags[cid]), needs, offers, need_tags, offer_tags)
        )
    return people


def _already_referred(session: Session) -> list[tuple[int, int]]:
    """Pairs of contacts with a referral between them (either way): not suggested again."""
    pairs = session.execute(
        select(ReferralRow.from_contact_id, ReferralRow.to_contact_id).where(
            ReferralRow.from_contact_id.is_not(None), ReferralRow.to_contact_id.is_not(None)
        )
    )
    return [(a, b) for a, b in pairs if a is not None and b is not None]


def introductions(library: Library, contact_id: int | None = None, per_need: int = 3) -> list[Introduction]:
    """Suggested introductions, best first, each with its reasons; pairs already referred (either way) left out.
    With `contact_id`, only those involving that contact (the contact page, the after-event report)."""
    with library.session() as session:
        people = profiles(session)
        already = _already_referred(session)
    return suggest_introductions(people, already=already, per_need=per_need, only=contact_id)


def needs_of(library: Library, contact_ids: Iterable[int], per_need: int = 3) -> list[NeedLine]:
    """What each of these contacts needs (those with a need recorded), with the introductions that could answer
    it, best first — the after-event report's "What they need"."""
    wanted = set(contact_ids)
    with library.session() as session:
        people = profiles(session)
        already = _already_referred(session)
    found: dict[int, list[Introduction]] = defaultdict(list)
    for intro in suggest_introductions(people, already=already, per_need=per_need, needers=wanted):
        found[intro.needer_id].append(intro)
    return [
        NeedLine(p.contact_id, p.name, p.needs.strip() or ", ".join(p.need_tags), tuple(found[p.contact_id]))
        for p in people
        if p.contact_id in wanted and p.need_text
    ]


def make_introduction(
    library: Library, needer_id: int, offerer_id: int, on: dt.date, note: str = ""
) -> tuple[Referral, FollowUp]:
    """Record that I introduced `needer_id` to `offerer_id` on `on`: a referral between the two contacts (from the
    one in need to the one who can help) and a follow-up on the one in need, two weeks later. One transaction."""
    if needer_id == offerer_id:
        raise ValidationError("An introduction needs two different contacts.")
    with library.writing() as session:
        names = {}
        for cid in (needer_id, offerer_id):
            row = session.get(ContactRow, cid)
            if row is None:
                raise NotFoundError(f"no contact with id {cid}")
            names[cid] = row.full_name or row.company or str(cid)
        text = note.strip() or f"Introduced {names[needer_id]} to {names[offerer_id]}"
        member_id = recording_member_id(session, library)
        referral = ReferralRow(
            from_contact_id=needer_id, to_contact_id=offerer_id, date=on, note=text, member_id=member_id
        )
        follow_up = FollowUpRow(
            contact_id=needer_id,
            due=on + FOLLOW_UP_AFTER,
            note=f"Did the introduction to {names[offerer_id]} help?",
            member_id=member_id,
        )
        session.add_all([referral, follow_up])
        session.flush()
        return referral_from_row(referral), follow_up_from_row(follow_up)
