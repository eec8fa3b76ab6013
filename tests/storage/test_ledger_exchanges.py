"""Resolving exchanges in one action, in bulk, and undoing it."""

from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts.records import create_contact, summaries
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger.encounters import (
    cards_i_owe_ids,
    encounters_of,
    one_way_giver_ids,
    reason_unrecorded_ids,
    record_encounter,
)
from cardbook.storage.ledger.events import event_page
from cardbook.storage.ledger.exchanges import (
    card_received,
    cards_i_owe,
    dismiss_owed_card,
    one_way_givers,
    reasons_unrecorded,
    send_card,
    set_exchange,
    set_no_card_reason,
    set_outcome,
    undo_exchange_change,
)
from cardbook.storage.library import Library
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import build_small_library

ENGINES = BOTH  # tests/storage/conftest.py


def _reciprocity(library: Library, contact_id: int) -> Reciprocity:
    return summaries(library, [contact_id])[0].reciprocity


def _giver(library: Library, name: str, *events: int) -> int:
    """The man of the seed post: his card at each event, and he never asked for mine."""
    cid = create_contact(library, Contact(full_name=name)).id
    assert cid is not None
    for event_id in events:
        one_way = Encounter(contact_id=cid, event_id=event_id, offered_by=OfferedBy.THEM, reciprocated=Reciprocated.NO)
        one_way.why_no_card = NoCardReason.NOT_ASKED
        record_encounter(library, one_way)
    return cid


def test_lists_name_the_one_way_givers_and_the_cards_i_owe(library: Library) -> None:
    small = build_small_library(library)
    marc = _giver(library, "Marc Vendeur", small.e1, small.e3)
    [line] = cards_i_owe(library)
    assert (line.contact_id, line.name, line.company, line.owes_card) == (small.claire, "Claire Roux", "CR", True)
    assert (line.one_way_since, line.events, line.meetings) == (date(2026, 3, 12), ("Club Alpha breakfast",), 1)
    assert not line.one_way_giver  # I had no card left: that says nothing of her
    [giver] = one_way_givers(library)
    assert (giver.contact_id, giver.one_way_giver, giver.owes_card) == (marc, True, False)
    assert (giver.one_way_meetings, giver.events) == (2, ("Club Alpha breakfast", "CCI Beta evening"))
    assert reasons_unrecorded(library) == []


def test_reason_not_recorded_is_its_own_list_until_the_user_says(library: Library) -> None:
    small = build_small_library(library)
    cid = create_contact(library, Contact(full_name="Old Row")).id
    assert cid is not None
    record_encounter(library, Encounter(contact_id=cid, event_id=small.e4, offered_by=OfferedBy.THEM,
                                        reciprocated=Reciprocated.NO))  # fmt: skip
    assert [line.contact_id for line in reasons_unrecorded(library)] == [cid]
    assert cid not in one_way_giver_ids(library) and cid not in cards_i_owe_ids(library)
    change = set_no_card_reason(library, cid, NoCardReason.NOT_ASKED)
    assert change.count == 1 and one_way_giver_ids(library) == [cid] and reasons_unrecorded(library) == []
    undo_exchange_change(library, change)
    assert [line.contact_id for line in reasons_unrecorded(library)] == [cid]


def test_one_key_outcome_for_several_cards_then_undo(library: Library) -> None:
    small = build_small_library(library)
    ids = [c.encounter.id for c in event_page(library, small.e3).cards]
    change = set_outcome(library, [i for i in ids if i is not None], ExchangeOutcome.THEY_DID_NOT_ASK)
    assert {s.outcome for s in change.after} == {ExchangeOutcome.THEY_DID_NOT_ASK}
    # Bruno did not ask for mine at the club, and now not at the CCI either: a one-way giver. David took mine at
    # the fair: not one.
    assert one_way_giver_ids(library) == [small.bruno]
    undo_exchange_change(library, change)
    assert one_way_giver_ids(library) == []


def test_send_card_then_undo(library: Library) -> None:
    small = build_small_library(library)
    change = send_card(library, small.claire, date(2026, 3, 14))
    assert change.count == 1 and change.contact_ids == [small.claire]
    assert change.after[0].reciprocated is Reciprocated.YES and change.after[0].reciprocated_on == date(2026, 3, 14)
    assert cards_i_owe_ids(library) == [] and one_way_giver_ids(library) == []
    assert _reciprocity(library, small.claire) is Reciprocity.MUTUAL

    redo = undo_exchange_change(library, change)
    assert cards_i_owe_ids(library) == [small.claire]
    [encounter] = encounters_of(library, small.claire)
    assert (encounter.reciprocated, encounter.reciprocated_on) == (Reciprocated.NO, None)
    undo_exchange_change(library, redo)
    assert cards_i_owe_ids(library) == []
    assert check_library(library).ok


def test_dismiss_clears_the_debt_and_keeps_the_card_one_way(library: Library) -> None:
    small = build_small_library(library)
    change = dismiss_owed_card(library, small.claire)
    assert change.count == 1
    assert _reciprocity(library, small.claire) is Reciprocity.FROM_THEM
    assert cards_i_owe_ids(library) == []
    assert dismiss_owed_card(library, small.claire).count == 0  # nothing left to dismiss
    undo_exchange_change(library, change)
    assert cards_i_owe_ids(library) == [small.claire]


def test_card_received_makes_my_one_way_card_mutual(library: Library) -> None:
    small = build_small_library(library)
    change = card_received(library, small.david, date(2026, 4, 3))
    assert change.count == 1
    assert event_page(library, small.e4).exchanges.mutual == 2


def test_bulk_tagging_is_one_transaction_and_undoable(library: Library) -> None:
    small = build_small_library(library)
    page = event_page(library, small.e3)
    ids = [c.encounter.id for c in page.cards if c.encounter.id is not None]
    change = set_exchange(library, ids, offered_by=OfferedBy.THEM, reciprocated=Reciprocated.NO)
    assert change.count == 2
    # Bruno: one way at the club (he did not ask) and now at the CCI (reason not recorded): a one-way giver.
    # David: his card one way at the CCI, mine at the fair. Claire: a card I owe, not a one-way giver.
    assert one_way_giver_ids(library) == [small.bruno]
    assert reason_unrecorded_ids(library) == [small.bruno]
    assert _reciprocity(library, small.bruno) is Reciprocity.FROM_THEM
    assert _reciprocity(library, small.david) is Reciprocity.MUTUAL
    undo_exchange_change(library, change)
    assert event_page(library, small.e3).exchanges.mutual == 1
    assert _reciprocity(library, small.bruno) is Reciprocity.MUTUAL
    assert check_library(library).ok


def test_bulk_tagging_leaves_unnamed_fields_alone(library: Library) -> None:
    small = build_small_library(library)
    [bruno_at_cci] = [c.encounter for c in event_page(library, small.e3).cards if c.person.contact_id == small.bruno]
    assert bruno_at_cci.id is not None
    change = set_exchange(library, [bruno_at_cci.id], reciprocated=Reciprocated.YES)
    assert change.count == 0 and change.after[0].offered_by is OfferedBy.ME


def test_bulk_tagging_with_a_missing_id_changes_nothing(library: Library) -> None:
    small = build_small_library(library)
    ids = [c.encounter.id for c in event_page(library, small.e3).cards if c.encounter.id is not None]
    with pytest.raises(NotFoundError):
        set_exchange(library, [*ids, 999_999], reciprocated=Reciprocated.NO)
    assert event_page(library, small.e3).exchanges.mutual == 1


def test_resolving_an_unknown_contact_is_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError):
        send_card(library, 4242, date(2026, 1, 1))
