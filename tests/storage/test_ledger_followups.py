"""Follow-ups in the library: the rhythm rescheduled by a new meeting, the due list, snooze, done, undo."""

from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.followups import FollowUpState
from cardbook.domain.referral import FollowUp
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import record_encounter, update_encounter
from cardbook.storage.ledger.follow_ups import (
    complete_follow_up,
    delete_follow_up,
    follow_up_lines,
    follow_ups_of,
    save_follow_up,
    snooze_follow_up,
    undo_follow_up_change,
)
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import TODAY, build_small_library

ENGINES = BOTH  # tests/storage/conftest.py


def _due(library: Library, contact_id: int) -> list[date | None]:
    return [f.due for f in follow_ups_of(library, contact_id) if f.done_on is None]


def test_a_new_meeting_moves_the_rhythm(library: Library) -> None:
    small = build_small_library(library)
    record_encounter(library, Encounter(contact_id=small.bruno, date=date(2026, 3, 5), offered_by=OfferedBy.ME))
    assert _due(library, small.bruno) == [date(2026, 4, 16)]  # 5 March + 6 weeks, later than 1 April


def test_an_older_meeting_does_not_pull_the_rhythm_forward(library: Library) -> None:
    small = build_small_library(library)
    record_encounter(library, Encounter(contact_id=small.bruno, date=date(2026, 2, 1)))
    assert _due(library, small.bruno) == [date(2026, 4, 1)]


def test_a_meeting_at_an_event_takes_its_date_and_moves_the_rhythm(library: Library) -> None:
    small = build_small_library(library)
    record_encounter(library, Encounter(contact_id=small.bruno, event_id=small.e4, reciprocated=Reciprocated.YES))
    assert _due(library, small.bruno) == [date(2026, 5, 14)]  # the fair on 2 April + 6 weeks


def test_one_off_follow_ups_and_other_contacts_stay(library: Library) -> None:
    small = build_small_library(library)
    record_encounter(library, Encounter(contact_id=small.claire, date=date(2026, 4, 15)))
    assert _due(library, small.claire) == [date(2026, 3, 20)]
    assert _due(library, small.bruno) == [date(2026, 4, 1)]


def test_editing_a_meeting_date_later_moves_the_rhythm_too(library: Library) -> None:
    small = build_small_library(library)
    encounter = record_encounter(library, Encounter(contact_id=small.bruno, date=date(2026, 1, 2)))
    encounter.date = date(2026, 4, 10)
    update_encounter(library, encounter)
    assert _due(library, small.bruno) == [date(2026, 5, 22)]


def test_due_list(library: Library) -> None:
    small = build_small_library(library)
    lines = follow_up_lines(library, TODAY, due_only=True)
    assert [(ln.contact_name, ln.follow_up.due, ln.state) for ln in lines] == [
        ("Claire Roux", date(2026, 3, 20), FollowUpState.OVERDUE),
        ("Bruno Petit", date(2026, 4, 1), FollowUpState.OVERDUE),
    ]
    everything = follow_up_lines(library, TODAY, include_done=True)
    assert [ln.contact_name for ln in everything] == ["Anne Martin", "Claire Roux", "Bruno Petit"]
    assert [ln.state for ln in follow_up_lines(library, TODAY, contact_id=small.anne)] == []


def test_snooze_and_undo(library: Library) -> None:
    small = build_small_library(library)
    change = snooze_follow_up(library, small.bruno_rhythm, 7, TODAY)
    assert (change.before.due, change.after.due) == (date(2026, 4, 1), date(2026, 4, 27))  # overdue: from today
    assert [ln.contact_name for ln in follow_up_lines(library, TODAY, due_only=True)] == ["Claire Roux"]
    undo_follow_up_change(library, change)
    assert _due(library, small.bruno) == [date(2026, 4, 1)]
    with pytest.raises(ValidationError):
        snooze_follow_up(library, small.bruno_rhythm, 0, TODAY)


def test_done_rhythm_creates_its_next_occurrence_and_undo_removes_it(library: Library) -> None:
    small = build_small_library(library)
    change = complete_follow_up(library, small.bruno_rhythm, TODAY)
    assert change.after.done_on == TODAY
    assert change.created is not None and change.created.due == date(2026, 6, 1) and change.created.note == "Coffee"
    assert _due(library, small.bruno) == [date(2026, 6, 1)]
    with pytest.raises(ValidationError):
        complete_follow_up(library, small.bruno_rhythm, TODAY)
    undo_follow_up_change(library, change)
    assert [(f.due, f.done_on) for f in follow_ups_of(library, small.bruno)] == [(date(2026, 4, 1), None)]


def test_done_one_off_has_no_next(library: Library) -> None:
    small = build_small_library(library)
    [claire] = follow_ups_of(library, small.claire)
    assert claire.id is not None
    assert complete_follow_up(library, claire.id, TODAY).created is None


def test_delete_returns_what_it_was(library: Library) -> None:
    small = build_small_library(library)
    gone = delete_follow_up(library, small.bruno_rhythm)
    assert follow_ups_of(library, small.bruno) == []
    gone.id = None
    save_follow_up(library, gone)
    assert _due(library, small.bruno) == [FollowUp(due=date(2026, 4, 1)).due]
    with pytest.raises(NotFoundError):
        delete_follow_up(library, 99_999)
