"""Removing a meeting puts back the "stay in touch" follow-up it moved (docs/MEETINGS.md, "Taking one back";
storage/ledger/meetings.py), through app/meetings.py, on both engines: back where it was when nothing changed it
since, left alone when something did (snoozed, edited, done, moved by a later meeting), never earlier than the
contact's remaining meetings make it; restoring the meeting moves it again."""

from __future__ import annotations

from datetime import date

from cardbook.app.meetings import MeetingRequest, add_meeting, remove_meeting
from cardbook.domain.contact import Contact
from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.referral import FollowUp
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.convert import follow_up_from_row
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.ledger.follow_ups import complete_follow_up, save_follow_up, snooze_follow_up
from cardbook.storage.ledger.meetings import PutBack, restore_meetings
from cardbook.storage.library import Library
from cardbook.storage.models import FollowUpRow
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py

TODAY = date(2026, 6, 10)
FIRST_DUE = date(2026, 1, 1)


def _rhythm(library: Library, weeks: int = 4) -> tuple[int, int]:
    """A contact never met, with "stay in touch every `weeks` weeks" due FIRST_DUE: (contact id, follow-up id)."""
    contact = create_contact(library, Contact(full_name="Lou Exemple"))
    assert contact.id is not None
    rhythm = save_follow_up(library, FollowUp(contact_id=contact.id, due=FIRST_DUE, every_weeks=weeks))
    assert rhythm.id is not None
    return contact.id, rhythm.id


def _meet(library: Library, contact_id: int, day: date) -> int:
    [met] = add_meeting(library, MeetingRequest([contact_id], date=day), TODAY).encounters
    assert met.id is not None
    return met.id


def get_follow_up(library: Library, follow_up_id: int) -> FollowUp:
    with library.session() as session:
        row = session.get(FollowUpRow, follow_up_id)
        assert row is not None
        return follow_up_from_row(row)


def _due(library: Library, follow_up_id: int) -> date | None:
    return get_follow_up(library, follow_up_id).due


def test_removing_the_meeting_puts_the_follow_up_back_and_restoring_moves_it_again(library: Library) -> None:
    contact, rhythm = _rhythm(library)
    met = _meet(library, contact, date(2026, 5, 1))
    assert _due(library, rhythm) == date(2026, 5, 29)  # moved to the meeting + 4 weeks

    [removed] = remove_meeting(library, [met])
    assert _due(library, rhythm) == FIRST_DUE
    assert removed.put_back == (PutBack(rhythm, FIRST_DUE),)

    restore_meetings(library, [removed])  # the window's redo
    assert _due(library, rhythm) == date(2026, 5, 29)
    remove_meeting(library, [met])  # the move was kept again: undone again
    assert _due(library, rhythm) == FIRST_DUE


def test_a_follow_up_changed_since_stays_where_the_user_put_it(library: Library) -> None:
    contact, rhythm = _rhythm(library)
    snoozed = _meet(library, contact, date(2026, 5, 1))
    snooze_follow_up(library, rhythm, 7, TODAY)  # the user's newer word: from today, a week
    [removed] = remove_meeting(library, [snoozed])
    assert _due(library, rhythm) == date(2026, 6, 17) and removed.put_back == ()

    edited = _meet(library, contact, date(2026, 6, 1))
    assert _due(library, rhythm) == date(2026, 6, 29)
    save_follow_up(library, FollowUp(id=rhythm, contact_id=contact, due=date(2026, 7, 1), every_weeks=4))
    remove_meeting(library, [edited])
    assert _due(library, rhythm) == date(2026, 7, 1)

    done = _meet(library, contact, date(2026, 6, 10))
    assert _due(library, rhythm) == date(2026, 7, 8)
    complete_follow_up(library, rhythm, TODAY)
    remove_meeting(library, [done])
    finished = get_follow_up(library, rhythm)
    assert (finished.done_on, finished.due) == (TODAY, date(2026, 7, 8))


def test_a_later_meeting_keeps_it_and_removing_both_puts_it_back_in_turn(library: Library) -> None:
    contact, rhythm = _rhythm(library)
    first = _meet(library, contact, date(2026, 3, 1))
    second = _meet(library, contact, date(2026, 5, 1))
    assert _due(library, rhythm) == date(2026, 5, 29)
    remove_meeting(library, [first])  # moved again by the later meeting since: stays
    assert _due(library, rhythm) == date(2026, 5, 29)
    remove_meeting(library, [second])  # where it was before the second meeting moved it
    assert _due(library, rhythm) == date(2026, 3, 29)

    april = _meet(library, contact, date(2026, 4, 1))
    may = _meet(library, contact, date(2026, 5, 10))
    assert _due(library, rhythm) == date(2026, 6, 7)
    remove_meeting(library, [april, may])  # both at once: undone newest first
    assert _due(library, rhythm) == date(2026, 3, 29)


def test_put_back_no_earlier_than_the_remaining_meetings_make_it(library: Library) -> None:
    contact, rhythm = _rhythm(library)
    # A meeting recorded before the follow-up existed (a scanned card's), then the meeting removed later.
    record_encounter(library, Encounter(contact_id=contact, date=date(2026, 3, 2), offered_by=OfferedBy.THEM,
                                        reciprocated=Reciprocated.YES))  # fmt: skip
    save_follow_up(library, FollowUp(id=rhythm, contact_id=contact, due=FIRST_DUE, every_weeks=4))
    met = _meet(library, contact, date(2026, 5, 1))
    assert _due(library, rhythm) == date(2026, 5, 29)
    [removed] = remove_meeting(library, [met])
    assert _due(library, rhythm) == date(2026, 3, 30)  # the March meeting + 4 weeks, not January
    assert removed.put_back == (PutBack(rhythm, date(2026, 3, 30)),)
