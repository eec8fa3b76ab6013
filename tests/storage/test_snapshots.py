"""Undo's storage half: a contact with everything attached is snapshotted, deleted, and restored intact."""

from __future__ import annotations

import datetime as dt

import pytest

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.domain.exchange import Encounter
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage.contacts import cards, snapshots
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import encounters, referrals
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH
from tests.storage.test_cards import scanned

ENGINES = BOTH  # tests/storage/conftest.py


def _everything(library: Library, contact_id: int) -> tuple[object, ...]:
    return (
        contacts.get_contact(library, contact_id),
        encounters.encounters_of(library, contact_id),
        referrals.referrals_of(library, contact_id),
        ledger_followups.follow_ups_of(library, contact_id),
        cards.cards_of(library, contact_id),
        contacts.summaries(library, [contact_id]),
    )


@pytest.fixture
def full(library: Library) -> tuple[int, int]:
    """A scanned contact with an encounter, a second encounter, referrals both ways, a follow-up, tags; and a
    friend they refer business to."""
    contact_id = store_scanned_card(library, scanned(), ExchangeDefaults(date=dt.date(2025, 1, 2)))
    person = contacts.get_contact(library, contact_id)
    person.tags = ["prescriptrice", "Rennes"]
    person.phones = [Phone("06 12 34 56 78", "+33612345678", PhoneKind.MOBILE)]
    person.notes = "Aime le vélo"
    contacts.update_contact(library, person)
    encounters.record_encounter(library, Encounter(contact_id=contact_id, date=dt.date(2025, 6, 1), note="café"))
    friend = contacts.create_contact(library, Contact(full_name="Paul Durand"))
    assert friend.id is not None
    referrals.save_referral(library, Referral(from_contact_id=contact_id, to_contact_id=friend.id, note="devis"))
    referrals.save_referral(library, Referral(from_contact_id=None, to_contact_id=contact_id, note="from me"))
    ledger_followups.save_follow_up(library, FollowUp(contact_id=contact_id, due=dt.date(2025, 7, 1), note="appeler"))
    return contact_id, friend.id


def test_delete_then_restore_gives_back_the_same_contact(library: Library, full: tuple[int, int]) -> None:
    contact_id, _friend = full
    before = _everything(library, contact_id)
    [card] = cards.cards_of(library, contact_id)
    snap = snapshots.snapshot_contact(library, contact_id)
    contacts.delete_contact(library, contact_id)
    assert card.crop_path is not None and not card.crop_path.exists()  # its own images went with it

    assert snapshots.restore_contact(library, snap) == contact_id  # the id was free: kept
    assert _everything(library, contact_id) == before
    assert card.crop_path.exists() and card.original_path is not None and card.original_path.exists()
    assert [s.id for s in contacts.search(library, "Leroy")] == [contact_id]
    assert [s.id for s in contacts.search(library, "prescriptrice")] == [contact_id]


def test_a_referral_to_someone_deleted_since_is_left_out(library: Library, full: tuple[int, int]) -> None:
    contact_id, friend = full
    snap = snapshots.snapshot_contact(library, contact_id)
    contacts.delete_contact(library, contact_id)
    contacts.delete_contact(library, friend)
    snapshots.restore_contact(library, snap)
    assert [r.note for r in referrals.referrals_of(library, contact_id)] == ["from me"]


def test_replace_undoes_a_met_again(library: Library, full: tuple[int, int]) -> None:
    known_id, _friend = full
    new_id = store_scanned_card(library, scanned("Helene Leroy", "Quadrant SAS"), ExchangeDefaults())
    before_known, before_new = _everything(library, known_id), _everything(library, new_id)
    snaps = snapshots.snapshot_contacts(library, [known_id, new_id])
    cards.add_to_existing(library, new_id, known_id)
    assert len(cards.cards_of(library, known_id)) == 2

    assert snapshots.restore_contacts(library, snaps, replace=True) == {known_id: known_id, new_id: new_id}
    assert _everything(library, known_id) == before_known
    assert _everything(library, new_id) == before_new


def test_a_taken_id_gets_a_new_one_and_a_missing_contact_is_an_error(library: Library) -> None:
    first = contacts.create_contact(library, Contact(full_name="Anne Vidal", tags=["x"]))
    assert first.id is not None
    snap = snapshots.snapshot_contact(library, first.id)
    restored = snapshots.restore_contact(library, snap)  # still there: a copy with a new id
    assert restored != first.id
    assert contacts.get_contact(library, restored).full_name == "Anne Vidal"
    assert contacts.get_contact(library, restored).tags == ["x"]
    with pytest.raises(NotFoundError):
        snapshots.snapshot_contact(library, 9999)


def test_a_restored_contact_gets_its_review_corrections_back(library: Library) -> None:
    """Deleting keeps what the review taught (unlinked); restoring links it back, so sending the contact back to
    review afterwards forgets that review, as it would have without the delete and restore."""
    from cardbook.domain.enums import ContactStatus
    from cardbook.storage.contacts import corrections

    contact_id = store_scanned_card(library, scanned(), ExchangeDefaults(date=dt.date(2025, 1, 2)))
    person = contacts.get_contact(library, contact_id)
    person.status = ContactStatus.ACTIVE
    person = contacts.update_contact(library, person)  # leaving review records the corrections
    recorded = corrections.count_corrections(library)
    assert recorded > 0
    snapshot = snapshots.snapshot_contact(library, contact_id)
    contacts.delete_contact(library, contact_id)
    assert {c.contact_id for c in corrections.load_corrections(library)} == {None}
    snapshots.restore_contact(library, snapshot)
    assert {c.contact_id for c in corrections.load_corrections(library)} == {contact_id}
    person.status = ContactStatus.AWAITING_REVIEW
    contacts.update_contact(library, person)
    assert corrections.count_corrections(library) == 0
