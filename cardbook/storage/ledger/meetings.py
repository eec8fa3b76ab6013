"""Meetings recorded without a new card — with one contact or with several at once — and taken back.

Why a module beside encounters.record_encounter: most repeat meetings come with no card (one rarely gets the
same card twice), so they are typed in, often for several people met at the same event; those are one action —
all saved or none, one undo — and a meeting recorded by mistake must go without a trace in its contact's
summary and search entry. `remove_meetings` returns what it removed so that `restore_meetings` can put it back
with the same ids (the window's undo; docs/MEETINGS.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.exchange import Encounter
from cardbook.storage.convert import apply_encounter, encounter_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import after_encounter_change
from cardbook.storage.ledger.follow_ups import reschedule_stay_in_touch
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, MemberRow


@dataclass(frozen=True, slots=True)
class StoredMeeting:
    """An encounter as stored, with the team member it belongs to (None: the library's owner)."""

    encounter: Encounter
    member_id: int | None = None


def _unique(ids: Iterable[int]) -> list[int]:
    """The ids in the order given, each once (a contact picked twice is met once)."""
    return list(dict.fromkeys(ids))


def _missing(what: str, ids: Sequence[int]) -> NotFoundError:
    if len(ids) == 1:
        return NotFoundError(f"no {what} with id {ids[0]}")
    return NotFoundError(f"no {what}s with ids {', '.join(str(i) for i in ids)}")


def _check_contacts(session: Session, contact_ids: Sequence[int]) -> None:
    found = set(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(contact_ids))))
    missing = [i for i in contact_ids if i not in found]
    if missing:
        raise _missing("contact", missing)


def add_meetings(library: Library, contact_ids: Iterable[int], meeting: Encounter) -> list[StoredMeeting]:
    """Record the same meeting (`meeting`'s event, date, place, exchange and note; its id and contact ignored) with
    each contact, in one transaction: an unknown contact or event refuses them all, in one line.

    With an event and no date, the event's date is used. Each meeting belongs to the current member of a team
    library, and moves the contact's "stay in touch" follow-up as a scanned card's meeting does."""
    ids = _unique(contact_ids)
    if not ids:
        raise ValidationError("A meeting needs at least one contact.")
    with library.writing() as session:
        _check_contacts(session, ids)
        day = meeting.date
        if meeting.event_id is not None:
            event = session.get(EventRow, meeting.event_id)
            if event is None:
                raise NotFoundError(f"no event with id {meeting.event_id}")
            day = day or event.date
        member_id = recording_member_id(session, library)
        rows = []
        for contact_id in ids:
            row = EncounterRow(contact_id=contact_id, member_id=member_id)
            apply_encounter(row, replace(meeting, id=None, contact_id=contact_id, date=day))
            session.add(row)
            rows.append(row)
        session.flush()
        for row in rows:
            after_encounter_change(session, row.contact_id)
            reschedule_stay_in_touch(session, row.contact_id, row.date)
        return [StoredMeeting(encounter_from_row(r), r.member_id) for r in rows]


def remove_meetings(library: Library, encounter_ids: Iterable[int]) -> list[StoredMeeting]:
    """Delete meetings recorded by mistake, in one transaction; an unknown id refuses them all. The contacts'
    summaries and search entries follow. What was removed is returned, for restore_meetings (undo).

    A "stay in touch" follow-up that the meeting moved stays where it is: it may have been moved or completed
    since, and an earlier reminder than the user last saw would be the surprise."""
    ids = _unique(encounter_ids)
    with library.writing() as session:
        rows = {r.id: r for r in session.scalars(select(EncounterRow).where(EncounterRow.id.in_(ids)))}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise _missing("encounter", missing)
        removed = [StoredMeeting(encounter_from_row(rows[i]), rows[i].member_id) for i in ids]
        for row in rows.values():
            session.delete(row)
        session.flush()
        for contact_id in sorted({r.contact_id for r in rows.values()}):
            after_encounter_change(session, contact_id)
        return removed


def restore_meetings(library: Library, meetings: Sequence[StoredMeeting]) -> list[StoredMeeting]:
    """Put removed meetings back as they were, with their ids (undo of remove_meetings, redo of add_meetings).

    Refused when a contact has gone since (erased or merged: their meetings went with them) or an id is taken;
    a meeting whose event was deleted since comes back without it, as the deletion left the others.
    """
    with library.writing() as session:
        _check_contacts(session, _unique(m.encounter.contact_id or 0 for m in meetings))
        rows = []
        for stored in meetings:
            encounter = stored.encounter
            if encounter.id is not None and session.get(EncounterRow, encounter.id) is not None:
                raise ValidationError(f"The meeting {encounter.id} exists already.")
            if encounter.event_id is not None and session.get(EventRow, encounter.event_id) is None:
                encounter = replace(encounter, event_id=None)
            member_id = stored.member_id  # a member removed since: back as the removal left theirs, the owner's
            if member_id is not None and session.get(MemberRow, member_id) is None:
                member_id = None
            row = EncounterRow(id=encounter.id, contact_id=encounter.contact_id, member_id=member_id)
            apply_encounter(row, encounter)
            session.add(row)
            rows.append(row)
        session.flush()
        for contact_id in sorted({r.contact_id for r in rows}):
            after_encounter_change(session, contact_id)
        return [StoredMeeting(encounter_from_row(r), r.member_id) for r in rows]
