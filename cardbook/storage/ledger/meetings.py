"""Meetings recorded without a new card — with one contact or with several at once — and taken back.

Why a module beside encounters.record_encounter: most repeat meetings come with no card (one rarely gets the
same card twice), so they are typed in, often for several people met at the same event; those are one action —
all saved or none, one undo — and a meeting recorded by mistake must go without a trace in its contact's
summary and search entry. `remove_meetings` returns what it removed so that `restore_meetings` can put it back
with the same ids (the window's undo; docs/MEETINGS.md).

A meeting moves the contact's "stay in touch" follow-ups (to its date + N weeks, when later); each move is kept
(`follow_up_moves`, revision 0008) so that removing the meeting puts the follow-up back where it was — only when
nothing changed it since: snoozed, edited, completed or moved again by a later meeting, it is the user's newer
word and stays. Put back, it is still no earlier than the contact's remaining meetings make it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cardbook.domain.exchange import Encounter
from cardbook.domain.followups import due_after_meeting
from cardbook.storage.convert import apply_encounter, encounter_from_row, follow_up_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import after_encounter_change
from cardbook.storage.ledger.follow_ups import FollowUpMove, move_stay_in_touch
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, FollowUpMoveRow, FollowUpRow, MemberRow


@dataclass(frozen=True, slots=True)
class StoredMeeting:
    """An encounter as stored, with the team member it belongs to (None: the library's owner). Once removed,
    `put_back` holds the follow-ups its removal moved back."""

    encounter: Encounter
    member_id: int | None = None
    put_back: tuple[PutBack, ...] = field(default=(), compare=False)  # what its removal did, not the meeting


@dataclass(frozen=True, slots=True)
class PutBack:
    """A "stay in touch" follow-up that removing a meeting moved back: its id and its due date now."""

    follow_up_id: int
    due: dt.date | None


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
            _move_follow_ups(session, row)
        return [StoredMeeting(encounter_from_row(r), r.member_id) for r in rows]


def _move_follow_ups(session: Session, row: EncounterRow) -> None:
    """The meeting moves its contact's "stay in touch" follow-ups, and each move is kept for its removal."""
    for move in move_stay_in_touch(session, row.contact_id, row.date):
        session.add(
            FollowUpMoveRow(
                encounter_id=row.id,
                follow_up_id=move.follow_up_id,
                due_before=move.due_before,
                due_after=move.due_after,
            )
        )


def _put_back(session: Session, move: FollowUpMove) -> PutBack | None:
    """The follow-up back where it was before the (removed) meeting moved it, unless something changed it since
    (the module's docstring); no earlier than the contact's remaining meetings make it. The move back, or None."""
    row = session.get(FollowUpRow, move.follow_up_id)
    if row is None or row.done_on is not None or row.every_weeks is None or row.due != move.due_after:
        return None
    due = move.due_before
    latest = session.scalar(select(func.max(EncounterRow.date)).where(EncounterRow.contact_id == row.contact_id))
    if latest is not None:
        due = due_after_meeting(replace(follow_up_from_row(row), due=due), latest) or due
    if due == row.due:
        return None
    row.due = due
    return PutBack(row.id, due)


def remove_meetings(library: Library, encounter_ids: Iterable[int]) -> list[StoredMeeting]:
    """Delete meetings recorded by mistake, in one transaction; an unknown id refuses them all. The contacts'
    summaries and search entries follow. What was removed is returned, for restore_meetings (undo).

    A "stay in touch" follow-up the meeting moved goes back where it was when nothing changed it since (the
    module's docstring); `put_back` of each removed meeting says which."""
    ids = _unique(encounter_ids)
    with library.writing() as session:
        rows = {r.id: r for r in session.scalars(select(EncounterRow).where(EncounterRow.id.in_(ids)))}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise _missing("encounter", missing)
        removed = [StoredMeeting(encounter_from_row(rows[i]), rows[i].member_id) for i in ids]
        # Newest meeting first: two removed meetings that moved the same follow-up are undone in turn.
        kept = session.execute(
            select(
                FollowUpMoveRow.encounter_id,
                FollowUpMoveRow.follow_up_id,
                FollowUpMoveRow.due_before,
                FollowUpMoveRow.due_after,
            )
            .where(FollowUpMoveRow.encounter_id.in_(ids))
            .order_by(FollowUpMoveRow.encounter_id.desc(), FollowUpMoveRow.follow_up_id)
        ).all()
        moves = [(m.encounter_id, FollowUpMove(m.follow_up_id, m.due_before, m.due_after)) for m in kept]
        # Deleted first, by a statement (they would go with their meeting anyway: ON DELETE CASCADE).
        session.execute(delete(FollowUpMoveRow).where(FollowUpMoveRow.encounter_id.in_(ids)))
        for row in rows.values():
            session.delete(row)
        session.flush()
        put_back: dict[int, list[PutBack]] = {}
        for encounter_id, move in moves:
            back = _put_back(session, move)
            if back is not None:
                put_back.setdefault(encounter_id, []).append(back)
        for contact_id in sorted({r.contact_id for r in rows.values()}):
            after_encounter_change(session, contact_id)
        return [replace(m, put_back=tuple(put_back.get(m.encounter.id or 0, ()))) for m in removed]


def restore_meetings(library: Library, meetings: Sequence[StoredMeeting]) -> list[StoredMeeting]:
    """Put removed meetings back as they were, with their ids (undo of remove_meetings, redo of add_meetings),
    moving the contacts' "stay in touch" follow-ups again as add_meetings did.

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
        for row in rows:  # back, it moves the follow-ups again, as when it was first recorded
            _move_follow_ups(session, row)
        return [StoredMeeting(encounter_from_row(r), r.member_id) for r in rows]
