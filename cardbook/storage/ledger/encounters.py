"""Encounters and the exchange lists: one-way givers, cards I owe, reasons not recorded, prescribers."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cardbook.domain.enums import NoCardReason, Reciprocity, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.member import EVERYONE, Viewpoint
from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.records import refresh_summary
from cardbook.storage.convert import apply_encounter, encounter_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger import rules
from cardbook.storage.ledger.follow_ups import reschedule_stay_in_touch
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id, viewpoint
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, ReferralRow


def after_encounter_change(session: Session, contact_id: int) -> None:
    """Keep the contact's cached meeting summary and search entry in step with its encounters (same transaction)."""
    row = session.get(ContactRow, contact_id)
    if row is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    session.flush()
    refresh_summary(session, row)
    search_index.reindex(session, row)  # event names and places are searchable


def record_encounter(library: Library, encounter: Encounter) -> Encounter:
    """Add a meeting with its exchange to a contact. With an event and no date, the event's date is used.

    A "stay in touch every N weeks" follow-up of that contact moves to the meeting's date + N weeks when that is
    later than its due date: meeting someone is what the reminder was for (see domain/followups.py).
    """
    if encounter.contact_id is None:
        raise ValidationError("An encounter needs a contact.")
    with library.writing() as session:
        if session.get(ContactRow, encounter.contact_id) is None:
            raise NotFoundError(f"no contact with id {encounter.contact_id}")
        if encounter.event_id is not None:
            event = session.get(EventRow, encounter.event_id)
            if event is None:
                raise NotFoundError(f"no event with id {encounter.event_id}")
            if encounter.date is None:
                encounter.date = event.date
        row = EncounterRow(contact_id=encounter.contact_id, member_id=recording_member_id(session, library))
        apply_encounter(row, encounter)
        session.add(row)
        after_encounter_change(session, encounter.contact_id)
        reschedule_stay_in_touch(session, encounter.contact_id, row.date)
        return encounter_from_row(row)


def update_encounter(library: Library, encounter: Encounter) -> Encounter:
    if encounter.id is None:
        raise ValidationError("update_encounter needs an encounter id")
    with library.writing() as session:
        row = session.get(EncounterRow, encounter.id)
        if row is None:
            raise NotFoundError(f"no encounter with id {encounter.id}")
        apply_encounter(row, encounter)
        after_encounter_change(session, row.contact_id)
        reschedule_stay_in_touch(session, row.contact_id, row.date)
        return encounter_from_row(row)


def encounters_of(library: Library, contact_id: int, view: Viewpoint = EVERYONE) -> list[Encounter]:
    """The contact's encounters, newest first: everyone's, or one member's (`view`: the contact pane shows the
    current member's, the others' are "also met by")."""
    with library.session() as session:
        rows = session.scalars(
            select(EncounterRow)
            .where(EncounterRow.contact_id == contact_id, rules.mine(view, EncounterRow.member_id))
            .order_by(EncounterRow.date.desc().nulls_last(), EncounterRow.id.desc())
        )
        return [encounter_from_row(r) for r in rows]


def _one_way_ids(library: Library, reason: NoCardReason, view: Viewpoint | None) -> list[int]:
    """Contacts who, over all meetings, still do not have my card (cached reciprocity FROM_THEM), with at least
    one one-way encounter for `reason` (storage/ledger/rules.one_way_because), most recently met first.

    `view` None is this machine's point of view (storage/members.viewpoint). A member's point of view reads that
    member's meetings only: the cached reciprocity is everyone's, so theirs is aggregated here instead."""
    view = view if view is not None else viewpoint(library)
    with library.session() as session:
        if view.is_everyone:
            found = select(EncounterRow.contact_id).where(rules.one_way_because(reason))
            query = (
                select(ContactRow.id)
                .where(ContactRow.reciprocity == Reciprocity.FROM_THEM.value, ContactRow.id.in_(found))
                .order_by(ContactRow.last_met.desc().nulls_last(), ContactRow.sort_name)
            )
            return list(session.scalars(query))
        mine = rules.mine(view, EncounterRow.member_id)
        # Only the few people with a one-way card of this reason are aggregated, not every meeting of the member.
        candidates = select(EncounterRow.contact_id).where(mine, rules.one_way_because(reason))
        state = rules.reciprocity(EncounterRow.offered_by, EncounterRow.reciprocated)
        _meetings, mutual, _from_them, from_me, _no_cards = rules.exchange_sums(state)
        last_met = func.max(EncounterRow.date)
        per_contact = (
            select(EncounterRow.contact_id, last_met.label("last_met"))
            .where(mine, EncounterRow.contact_id.in_(candidates))
            .group_by(EncounterRow.contact_id)
            # domain/exchange.contact_reciprocity is FROM_THEM over this member's meetings (a candidate has a
            # one-way card from them): nothing mutual, nothing one way from me.
            .having(mutual == 0, from_me == 0)
            .subquery()
        )
        query = (
            select(ContactRow.id)
            .join(per_contact, per_contact.c.contact_id == ContactRow.id)
            .order_by(per_contact.c.last_met.desc().nulls_last(), ContactRow.sort_name)
        )
        return list(session.scalars(query))


def one_way_giver_ids(library: Library, view: Viewpoint | None = None) -> list[int]:
    """People who gave cards and did not ask for or take mine: domain/exchange.is_one_way_giver, in one query."""
    return _one_way_ids(library, NoCardReason.NOT_ASKED, view)


def cards_i_owe_ids(library: Library, view: Viewpoint | None = None) -> list[int]:
    """People whose card I took while I had none or forgot mine, not yet sent nor dismissed: the rule of
    domain/exchange.owes_card, in one query."""
    return _one_way_ids(library, NoCardReason.MY_LAPSE, view)


def reason_unrecorded_ids(library: Library, view: Viewpoint | None = None) -> list[int]:
    """People whose card came one way without a recorded reason (domain/exchange.reason_unrecorded): shown as
    "reason not recorded" until the user says which it was — never put in either list by guess."""
    return _one_way_ids(library, NoCardReason.UNKNOWN, view)


def prescriber_ids(library: Library, view: Viewpoint | None = None) -> list[int]:
    """Contacts who have sent business my way (a referral to me, whatever its outcome), most referrals first.
    `view` (None: this machine's point of view, storage/members.viewpoint): those who sent that member business,
    like the Prescribers page (storage/ledger/referrals.referral_balances)."""
    view = view if view is not None else viewpoint(library)
    with library.session() as session:
        count = func.count(ReferralRow.id)
        won = func.sum((ReferralRow.outcome == ReferralOutcome.WON.value).cast(type_=ReferralRow.id.type))
        query = (
            select(ReferralRow.from_contact_id)
            .where(
                ReferralRow.from_contact_id.is_not(None),
                ReferralRow.to_contact_id.is_(None),
                ReferralRow.to_name.is_(None),
                rules.mine(view, ReferralRow.member_id),
            )
            .group_by(ReferralRow.from_contact_id)
            .order_by(won.desc(), count.desc())
        )
        return [int(i) for i in session.scalars(query) if i is not None]
