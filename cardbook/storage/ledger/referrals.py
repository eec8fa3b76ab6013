"""Referrals (prescriptions) and prescribers. (Follow-ups are in follow_ups.py.)

A prescriber is a contact who has sent business my way (a referral to me, whatever came of it): the blog post
behind Cardbook says that is what networks are for, more than clients. Lines hand the window names as well as
ids, so that a list needs no second query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cardbook.domain.enums import ReferralDirection, ReferralOutcome
from cardbook.domain.member import Viewpoint
from cardbook.domain.referral import Referral, validate_referral
from cardbook.storage.convert import referral_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger import rules
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id, viewpoint
from cardbook.storage.models import ContactRow, ReferralRow


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
            row = ReferralRow(member_id=recording_member_id(session, library))
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


@dataclass(frozen=True, slots=True)
class ReferralLine:
    """A referral with the names of both ends ("" for me) and its direction seen from the user."""

    referral: Referral
    from_name: str
    to_name: str
    direction: ReferralDirection


@dataclass(frozen=True, slots=True)
class PrescriberLine:
    contact_id: int
    name: str
    company: str | None
    referrals: int
    won: int
    won_value: float  # unknown values count as 0


def delete_referral(library: Library, referral_id: int) -> Referral:
    """Delete it and return what it was: saving that copy with its id cleared brings it back (undo)."""
    with library.writing() as session:
        row = session.get(ReferralRow, referral_id)
        if row is None:
            raise NotFoundError(f"no referral with id {referral_id}")
        gone = referral_from_row(row)
        session.delete(row)
        return gone


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(ContactRow.id, ContactRow.full_name, ContactRow.company).where(ContactRow.id.in_(ids))
    rows = session.execute(query)
    return {cid: name or company or "" for cid, name, company in rows}


def referral_lines(library: Library, contact_id: int | None = None) -> list[ReferralLine]:
    """Every referral (or those involving one contact), newest first, with names."""
    with library.session() as session:
        query = select(ReferralRow).order_by(ReferralRow.date.desc().nulls_last(), ReferralRow.id.desc())
        if contact_id is not None:
            query = query.where(or_(ReferralRow.from_contact_id == contact_id, ReferralRow.to_contact_id == contact_id))
        referrals = [referral_from_row(r) for r in session.scalars(query)]
        names = _names(session, {i for r in referrals for i in (r.from_contact_id, r.to_contact_id) if i is not None})
    lines = []
    for ref in referrals:
        from_name = names.get(ref.from_contact_id, "") if ref.from_contact_id is not None else ""
        to_name = names.get(ref.to_contact_id, "") if ref.to_contact_id is not None else (ref.to_name or "")
        lines.append(ReferralLine(ref, from_name, to_name, ref.direction))
    return lines


def prescribers(library: Library, view: Viewpoint | None = None) -> list[PrescriberLine]:
    """Contacts who sent me business, those with the most won referrals first, then the most referrals. `view`
    (None: this machine's point of view, storage/members.viewpoint): a member's prescribers are those who sent
    that member business (the referral records who received it)."""
    view = view if view is not None else viewpoint(library)
    to_me = (ReferralRow.to_contact_id.is_(None), ReferralRow.to_name.is_(None))
    mine = rules.mine(view, ReferralRow.member_id)
    with library.session() as session:
        received_query = select(ReferralRow).where(ReferralRow.from_contact_id.is_not(None), *to_me, mine)
        rows = session.scalars(received_query).all()
        received = [referral_from_row(r) for r in rows]
        names = _names(session, {r.from_contact_id for r in received if r.from_contact_id is not None})
        query = select(ContactRow.id, ContactRow.company).where(ContactRow.id.in_(list(names)))
        companies = {cid: company for cid, company in session.execute(query)}
    by_contact: dict[int, list[Referral]] = {}
    for ref in received:
        if ref.from_contact_id is not None:
            by_contact.setdefault(ref.from_contact_id, []).append(ref)
    lines = []
    for cid, refs in by_contact.items():
        won = [r for r in refs if r.outcome is ReferralOutcome.WON]
        value = float(sum(r.value or 0.0 for r in won))
        lines.append(PrescriberLine(cid, names.get(cid, ""), companies.get(cid), len(refs), len(won), value))
    return sorted(lines, key=lambda p: (-p.won, -p.referrals, -p.won_value, p.name.casefold()))


@dataclass(frozen=True, slots=True)
class ReferralBalance:
    """The business between me and one contact, both ways: what they sent me (received) and what I sent them
    (given) — how many, how many won, and what the won ones were worth (unknown values count as 0) — and the
    introductions I made between them and another contact."""

    contact_id: int
    name: str
    company: str | None
    received: int = 0
    received_won: int = 0
    received_value: float = 0.0
    given: int = 0
    given_won: int = 0
    given_value: float = 0.0
    introduced: int = 0


def referral_balances(library: Library, view: Viewpoint | None = None) -> list[ReferralBalance]:
    """Every contact with a referral either way (the Prescribers list): those who sent me the most won business
    first, then the most referrals received, then given. `view` (None: this machine's point of view, storage/
    members.viewpoint): a member's balances count the referrals they received, gave and made (each records its
    member); rows of nobody count for the team only (docs/TEAM_LIBRARY.md "Members")."""
    view = view if view is not None else viewpoint(library)
    with library.session() as session:
        query = select(ReferralRow).where(rules.mine(view, ReferralRow.member_id)).order_by(ReferralRow.id)
        referrals = [referral_from_row(r) for r in session.scalars(query)]
        ids = {i for r in referrals for i in (r.from_contact_id, r.to_contact_id) if i is not None}
        rows = session.execute(
            select(ContactRow.id, ContactRow.full_name, ContactRow.company).where(ContactRow.id.in_(ids))
        ).all()
    people = {cid: (name or company or "", company) for cid, name, company in rows}
    tally: dict[int, ReferralBalance] = {}

    def add(cid: int | None, **more: float) -> None:
        if cid is None or cid not in people:
            return
        line = tally.get(cid) or ReferralBalance(cid, *people[cid])
        tally[cid] = replace(line, **{k: getattr(line, k) + v for k, v in more.items()})

    for ref in referrals:
        won = ref.outcome is ReferralOutcome.WON
        value = (ref.value or 0.0) if won else 0.0
        if ref.direction is ReferralDirection.RECEIVED:
            add(ref.from_contact_id, received=1, received_won=int(won), received_value=value)
        elif ref.direction is ReferralDirection.GIVEN:
            add(ref.to_contact_id, given=1, given_won=int(won), given_value=value)
        else:  # between two contacts: an introduction I made
            add(ref.from_contact_id, introduced=1)
            add(ref.to_contact_id, introduced=1)
    return sorted(
        tally.values(),
        key=lambda b: (-b.received_value, -b.received_won, -b.received, -b.given, b.name.casefold(), b.contact_id),
    )
