"""Follow-ups for the window and the command line: create and edit, the due list, snooze, done, and undo.

The rules (what "due", "snooze" and "done" mean, how a rhythm moves) are in domain/followups.py; this module
loads and saves them. Every change returns what it replaced, so the window can offer "Undo" in one call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.followups import FollowUpState, completed, due_after_meeting, follow_up_state, snoozed
from cardbook.domain.member import EVERYONE, Viewpoint
from cardbook.domain.referral import FollowUp
from cardbook.storage.convert import follow_up_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger import rules
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id, viewpoint
from cardbook.storage.models import ContactRow, FollowUpRow


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    """One line of the follow-up list: the follow-up, whom it is about, and where it stands today."""

    follow_up: FollowUp
    contact_name: str
    company: str | None
    state: FollowUpState


@dataclass(frozen=True, slots=True)
class FollowUpChange:
    """A follow-up before and after an edit (snooze, done); `created` is a rhythm's next occurrence, if any."""

    before: FollowUp
    after: FollowUp
    created: FollowUp | None = None


def _write(row: FollowUpRow, follow_up: FollowUp) -> None:
    row.due = follow_up.due
    row.note = follow_up.note
    row.done_on = follow_up.done_on
    row.every_weeks = follow_up.every_weeks


def _get(session: Session, follow_up_id: int) -> FollowUpRow:
    row = session.get(FollowUpRow, follow_up_id)
    if row is None:
        raise NotFoundError(f"no follow-up with id {follow_up_id}")
    return row


@dataclass(frozen=True, slots=True)
class FollowUpMove:
    """A "stay in touch" follow-up a meeting moved: from `due_before` to `due_after` (models.FollowUpMoveRow)."""

    follow_up_id: int
    due_before: dt.date | None
    due_after: dt.date


def move_stay_in_touch(session: Session, contact_id: int, met_on: dt.date | None) -> list[FollowUpMove]:
    """After a meeting, move the contact's open "every N weeks" follow-ups to met_on + N weeks when later.

    Runs inside the caller's transaction (record_encounter's), so the meeting and the new due date are saved
    together or not at all. Returns each move, from where to where (meetings.py keeps them, to undo).
    """
    if met_on is None:
        return []
    moved = []
    rows = session.scalars(
        select(FollowUpRow).where(
            FollowUpRow.contact_id == contact_id,
            FollowUpRow.done_on.is_(None),
            FollowUpRow.every_weeks.is_not(None),
        )
    )
    for row in rows:
        new_due = due_after_meeting(follow_up_from_row(row), met_on)
        if new_due is not None:
            moved.append(FollowUpMove(row.id, row.due, new_due))
            row.due = new_due
    return moved


def reschedule_stay_in_touch(session: Session, contact_id: int, met_on: dt.date | None) -> list[int]:
    """move_stay_in_touch, for callers that need only the ids of the follow-ups that moved."""
    return [move.follow_up_id for move in move_stay_in_touch(session, contact_id, met_on)]


def follow_up_lines(
    library: Library,
    today: dt.date,
    *,
    due_only: bool = False,
    include_done: bool = False,
    contact_id: int | None = None,
    view: Viewpoint | None = None,
) -> list[FollowUpLine]:
    """Open follow-ups (and done ones if asked), soonest first, undated last. `due_only`: due today or before.

    The lists (no `contact_id`) are `view`'s reminders (None: this machine's point of view, storage/members.
    viewpoint; docs/TEAM_LIBRARY.md "Members"); one contact's follow-ups are all of them, whoever's, as the
    timeline: Claire opening Paul sees that Anne means to call him."""
    view = (view if view is not None else viewpoint(library)) if contact_id is None else EVERYONE
    with library.session() as session:
        query = (
            select(FollowUpRow, ContactRow.full_name, ContactRow.company)
            .join(ContactRow, ContactRow.id == FollowUpRow.contact_id)
            .order_by(FollowUpRow.due.nulls_last(), ContactRow.sort_name, FollowUpRow.id)
        )
        if not include_done or due_only:
            query = query.where(FollowUpRow.done_on.is_(None))
        if due_only:
            query = query.where(FollowUpRow.due <= today)
        if contact_id is not None:
            query = query.where(FollowUpRow.contact_id == contact_id)
        query = query.where(rules.mine(view, FollowUpRow.member_id))
        lines = []
        for row, name, company in session.execute(query):
            follow_up = follow_up_from_row(row)
            lines.append(FollowUpLine(follow_up, name or company or "", company, follow_up_state(follow_up, today)))
        return lines


def snooze_follow_up(library: Library, follow_up_id: int, days: int, today: dt.date) -> FollowUpChange:
    """Remind me `days` later (see domain.followups.snoozed for where the days are counted from)."""
    with library.writing() as session:
        row = _get(session, follow_up_id)
        before = follow_up_from_row(row)
        try:
            after = snoozed(before, days, today)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        _write(row, after)
        return FollowUpChange(before, follow_up_from_row(row))


def complete_follow_up(library: Library, follow_up_id: int, on: dt.date) -> FollowUpChange:
    """Mark done on `on`; a rhythm gets its next occurrence, N weeks later, in the same transaction."""
    with library.writing() as session:
        row = _get(session, follow_up_id)
        before = follow_up_from_row(row)
        try:
            done, following = completed(before, on)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        _write(row, done)
        created: FollowUp | None = None
        if following is not None:
            # The next occurrence continues the same reminder: it stays with the member whose reminder it is.
            new_row = FollowUpRow(contact_id=row.contact_id, member_id=row.member_id)
            _write(new_row, following)
            session.add(new_row)
            session.flush()
            created = follow_up_from_row(new_row)
        return FollowUpChange(before, follow_up_from_row(row), created)


def undo_follow_up_change(library: Library, change: FollowUpChange) -> FollowUp:
    """Put the follow-up back as it was before `change`, and remove the occurrence it created, if any."""
    if change.before.id is None:
        raise ValidationError("this change cannot be undone: the follow-up has no id")
    with library.writing() as session:
        row = _get(session, change.before.id)
        _write(row, change.before)
        if change.created is not None and change.created.id is not None:
            created = session.get(FollowUpRow, change.created.id)
            if created is not None:
                session.delete(created)
        return follow_up_from_row(row)


def delete_follow_up(library: Library, follow_up_id: int) -> FollowUp:
    """Delete it and return what it was (saving that copy with its id cleared brings it back)."""
    with library.writing() as session:
        row = _get(session, follow_up_id)
        gone = follow_up_from_row(row)
        session.delete(row)
        return gone


def save_follow_up(library: Library, follow_up: FollowUp) -> FollowUp:
    if follow_up.contact_id is None:
        raise ValidationError("A follow-up needs a contact.")
    if follow_up.every_weeks is not None and follow_up.every_weeks <= 0:
        raise ValidationError("“Every N weeks” needs a positive number of weeks.")
    with library.writing() as session:
        if session.get(ContactRow, follow_up.contact_id) is None:
            raise NotFoundError(f"no contact with id {follow_up.contact_id}")
        if follow_up.id is None:
            row = FollowUpRow(contact_id=follow_up.contact_id, member_id=recording_member_id(session, library))
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


def follow_ups_due(library: Library, today: dt.date, view: Viewpoint | None = None) -> list[FollowUp]:
    """The open follow-ups due by `today`: `view`'s (None: this machine's point of view; see follow_up_lines)."""
    view = view if view is not None else viewpoint(library)
    with library.session() as session:
        rows = session.scalars(
            select(FollowUpRow)
            .where(FollowUpRow.done_on.is_(None), FollowUpRow.due <= today, rules.mine(view, FollowUpRow.member_id))
            .order_by(FollowUpRow.due, FollowUpRow.id)
        )
        return [follow_up_from_row(r) for r in rows]


def follow_ups_of(library: Library, contact_id: int) -> list[FollowUp]:
    with library.session() as session:
        rows = session.scalars(
            select(FollowUpRow).where(FollowUpRow.contact_id == contact_id).order_by(FollowUpRow.due.nulls_last())
        )
        return [follow_up_from_row(r) for r in rows]
