"""Meetings without a new card (storage/ledger/meetings.py through app/meetings.py), on both engines: one
contact or several in one transaction, an unknown contact or event refused whole, the current member recorded,
the summaries, lists, event figures and follow-ups following; removed and put back with the same ids."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cardbook.app.meetings import MeetingRequest, add_meeting, find_event, remove_meeting
from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event
from cardbook.domain.referral import FollowUp
from cardbook.storage.contacts.records import summaries
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import (
    cards_i_owe_ids,
    encounters_of,
    one_way_giver_ids,
    reason_unrecorded_ids,
    record_encounter,
)
from cardbook.storage.ledger.events import event_overviews, event_page, save_event
from cardbook.storage.ledger.exchanges import set_exchange, set_outcome
from cardbook.storage.ledger.follow_ups import save_follow_up
from cardbook.storage.ledger.meetings import restore_meetings
from cardbook.storage.library import Library
from cardbook.storage.members import add_member, use_member
from cardbook.storage.models import EncounterRow, FollowUpRow
from cardbook.storage.upkeep.transfer_in import import_library
from cardbook.storage.upkeep.transfer_out import export_library
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import build_small_library

ENGINES = BOTH  # tests/storage/conftest.py

TODAY = date(2026, 6, 10)


def _count(library: Library) -> int:
    with library.session() as session:
        return session.query(EncounterRow).count()


def test_a_meeting_with_several_people_at_an_event(library: Library) -> None:
    small = build_small_library(library)
    one_way = Encounter(contact_id=small.claire, event_id=small.e1, offered_by=OfferedBy.THEM,
                        reciprocated=Reciprocated.NO, why_no_card=NoCardReason.NOT_ASKED)  # fmt: skip
    giver = record_encounter(library, one_way)
    lists = (one_way_giver_ids(library), cards_i_owe_ids(library), reason_unrecorded_ids(library))
    assert giver.contact_id in lists[0]
    before = {s.id: s for s in summaries(library, [small.anne, small.bruno])}
    result = add_meeting(library, MeetingRequest([small.anne, small.bruno, small.claire, small.anne], event=small.e4),
                         TODAY)  # fmt: skip
    assert [e.contact_id for e in result.encounters] == [small.anne, small.bruno, small.claire]  # picked twice: once
    assert {(e.date, e.event_id, e.outcome) for e in result.encounters} == {
        (date(2026, 4, 2), small.e4, ExchangeOutcome.NO_CARDS)  # the event's date, "no cards this time"
    }
    after = {s.id: s for s in summaries(library, [small.anne, small.bruno])}
    for cid in (small.anne, small.bruno):
        assert after[cid].meeting_count == before[cid].meeting_count + 1
        assert after[cid].last_met == date(2026, 4, 2)
        assert after[cid].reciprocity == before[cid].reciprocity  # says nothing of who has whose card
    assert (one_way_giver_ids(library), cards_i_owe_ids(library), reason_unrecorded_ids(library)) == lists
    page = event_page(library, small.e4)
    assert {c.person.contact_id for c in page.cards} >= {small.anne, small.bruno}
    assert page.exchanges.no_cards == 3 and all(not c.person.is_new for c in page.met_again)
    [line] = [o for o in event_overviews(library) if o.event.id == small.e4]
    assert (line.exchanges.no_cards, line.cards_collected) == (3, line.exchanges.total - 3)


def test_without_an_event_the_date_is_today_and_the_rest_as_given(library: Library) -> None:
    small = build_small_library(library)
    request = MeetingRequest([small.claire], place="  Café du marché ", outcome=ExchangeOutcome.MUTUAL, note=" lunch ")
    [met] = add_meeting(library, request, TODAY).encounters
    assert (met.date, met.event_id, met.place, met.note, met.outcome) == (
        TODAY, None, "Café du marché", "lunch", ExchangeOutcome.MUTUAL
    )  # fmt: skip
    assert encounters_of(library, small.claire)[0] == met
    assert summaries(library, [small.claire])[0].reciprocity is Reciprocity.MUTUAL


def test_unknown_contacts_events_and_future_dates_refuse_the_whole_meeting(library: Library) -> None:
    small = build_small_library(library)
    count = _count(library)
    with pytest.raises(NotFoundError, match="no contacts with ids 9998, 9999"):
        add_meeting(library, MeetingRequest([small.anne, 9998, 9999]), TODAY)
    with pytest.raises(NotFoundError, match="no event with id 777"):
        add_meeting(library, MeetingRequest([small.anne], event=777), TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        add_meeting(library, MeetingRequest([small.anne], date=date(2027, 6, 10)), TODAY)
    with pytest.raises(ValidationError, match="at least one contact"):
        add_meeting(library, MeetingRequest([]), TODAY)
    assert _count(library) == count


def test_an_event_is_found_by_name_and_a_shared_name_needs_the_date(library: Library) -> None:
    small = build_small_library(library)
    assert find_event(library, "salon DES entrepreneurs").id == small.e4
    assert find_event(library, str(small.e3)).id == small.e3
    with pytest.raises(ValidationError, match="2 events are named “Club Alpha breakfast”"):
        find_event(library, "Club Alpha breakfast")
    assert find_event(library, "Club Alpha breakfast", date(2026, 3, 12)).id == small.e2
    with pytest.raises(NotFoundError, match="did you mean “Salon des entrepreneurs”"):
        find_event(library, "Salon")


def test_the_current_member_is_recorded_and_kept_through_remove_and_restore(library: Library) -> None:
    small = build_small_library(library)
    member = add_member(library, "Sophie")
    use_member(library, member.name)
    [met] = add_meeting(library, MeetingRequest([small.david]), TODAY).meetings
    assert met.member_id == member.id
    [back] = restore_meetings(library, remove_meeting(library, [met.encounter.id or 0]))
    assert back == met


def test_remove_and_restore_with_the_same_ids(library: Library) -> None:
    small = build_small_library(library)
    rhythm = save_follow_up(library, FollowUp(contact_id=small.emile, due=date(2026, 1, 1), every_weeks=4))
    before = summaries(library, [small.emile])[0]
    result = add_meeting(library, MeetingRequest([small.emile, small.claire], date=date(2026, 5, 1)), TODAY)
    assert summaries(library, [small.emile])[0].last_met == date(2026, 5, 1)
    with library.session() as session:  # "stay in touch every 4 weeks" moves on from the meeting, as after any
        assert session.get(FollowUpRow, rhythm.id).due == date(2026, 5, 29)
    ids = [e.id for e in result.encounters if e.id is not None]
    count = _count(library)
    with pytest.raises(NotFoundError, match="no encounter with id 4242"):
        remove_meeting(library, [*ids, 4242])
    assert _count(library) == count  # nothing removed
    removed = remove_meeting(library, ids)
    assert _count(library) == count - 2
    restored_summary = summaries(library, [small.emile])[0]
    assert (restored_summary.meeting_count, restored_summary.last_met) == (before.meeting_count, before.last_met)
    back = restore_meetings(library, removed)
    assert back == removed and encounters_of(library, small.emile)[0].id == ids[0]
    with pytest.raises(ValidationError, match="exists already"):
        restore_meetings(library, removed)


def test_an_event_deleted_meanwhile_leaves_the_restored_meeting_without_it(library: Library) -> None:
    small = build_small_library(library)
    event = save_event(library, Event(name="Afterwork", date=date(2026, 5, 20)))
    assert event.id is not None
    added = add_meeting(library, MeetingRequest([small.anne], event=event.id), TODAY)
    removed = remove_meeting(library, [e.id or 0 for e in added.encounters])
    from cardbook.storage.ledger.events import delete_event

    delete_event(library, event.id)
    [back] = restore_meetings(library, removed)
    assert (back.encounter.event_id, back.encounter.date) == (None, date(2026, 5, 20))


def test_tagging_a_meeting_without_cards_makes_it_an_exchange_again_and_back(library: Library) -> None:
    small = build_small_library(library)
    [met] = add_meeting(library, MeetingRequest([small.david]), TODAY).encounters
    mid = met.id or 0
    set_outcome(library, [mid], ExchangeOutcome.MUTUAL)  # someone offered after all: not "nobody offered"
    assert _facts(library, small.david, mid) == (OfferedBy.UNKNOWN, Reciprocated.YES, ExchangeOutcome.MUTUAL)
    set_outcome(library, [mid], ExchangeOutcome.NO_CARDS)
    assert _facts(library, small.david, mid) == (OfferedBy.NOBODY, Reciprocated.NO, ExchangeOutcome.NO_CARDS)
    set_exchange(library, [mid], reciprocated=Reciprocated.YES)  # an answer: cards went both ways
    assert _facts(library, small.david, mid) == (OfferedBy.UNKNOWN, Reciprocated.YES, ExchangeOutcome.MUTUAL)
    set_exchange(library, [mid], offered_by=OfferedBy.NOBODY)  # nothing can have been answered
    assert _facts(library, small.david, mid)[2] is ExchangeOutcome.NO_CARDS
    set_exchange(library, [mid], offered_by=OfferedBy.THEM)  # the answer is then not noted, not guessed
    assert _facts(library, small.david, mid) == (OfferedBy.THEM, Reciprocated.UNKNOWN,
                                                 ExchangeOutcome.THEY_OFFERED_FIRST)  # fmt: skip


def _facts(library: Library, contact_id: int, encounter_id: int) -> tuple[OfferedBy, Reciprocated, ExchangeOutcome]:
    [met] = [e for e in encounters_of(library, contact_id) if e.id == encounter_id]
    return met.offered_by, met.reciprocated, met.outcome


def test_a_library_file_carries_meetings_without_cards(library: Library, tmp_path: Path) -> None:
    small = build_small_library(library)
    add_meeting(library, MeetingRequest([small.anne, small.emile], event=small.e2, note="coffee"), TODAY)
    path = tmp_path / "out.cardbook"
    with path.open("wb") as handle:
        export_library(library, handle)
    copy = Library.open(tmp_path / "copy")
    try:
        import_library(copy, path)
        with copy.session() as session:
            rows = session.scalars(select(EncounterRow).where(EncounterRow.offered_by == OfferedBy.NOBODY.value)).all()
            assert sorted((r.reciprocated, r.why_no_card, r.note) for r in rows) == [("no", None, "coffee")] * 2
        [line] = [o for o in event_overviews(copy) if o.event.name == "Club Alpha breakfast" and o.exchanges.no_cards]
        assert line.exchanges.no_cards == 2
    finally:
        copy.close()
