"""Deleting an event (its encounters stay, with where they happened) or an empty network, and undoing it."""

from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.contact import Contact
from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.storage.contacts import records as contacts
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import encounters_of, record_encounter
from cardbook.storage.ledger.events import delete_event, get_event, list_events, restore_event, save_event
from cardbook.storage.ledger.networks import delete_network, get_network, list_networks, restore_network, save_network
from cardbook.storage.library import Library
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


def _salon(library: Library) -> tuple[Event, int, int]:
    network = save_network(library, Network(name="CCI Rennes"))
    event = save_event(
        library, Event(name="Salon des Entrepreneurs", date=date(2026, 3, 12), place="Rennes", network_id=network.id)
    )
    helene = contacts.create_contact(library, Contact(full_name="Hélène Leroy", company="Quadrant"))
    marc = contacts.create_contact(library, Contact(full_name="Marc Dubois"))
    assert helene.id is not None and marc.id is not None and event.id is not None
    record_encounter(
        library,
        Encounter(
            contact_id=helene.id,
            event_id=event.id,
            date=event.date,
            offered_by=OfferedBy.THEM,
            reciprocated=Reciprocated.YES,
        ),
    )
    # One met there with a place of its own (a stand).
    record_encounter(library, Encounter(contact_id=marc.id, event_id=event.id, place="Stand B12"))
    return event, helene.id, marc.id


def test_deleting_an_event_keeps_its_encounters_and_where_they_happened(library: Library) -> None:
    event, helene, marc = _salon(library)
    assert event.id is not None
    deleted = delete_event(library, event.id)

    assert list_events(library) == []
    [met_helene] = encounters_of(library, helene)
    assert met_helene.event_id is None
    assert (met_helene.place, met_helene.date) == ("Rennes", date(2026, 3, 12))
    assert (met_helene.offered_by, met_helene.reciprocated) == (OfferedBy.THEM, Reciprocated.YES)
    [met_marc] = encounters_of(library, marc)
    assert (met_marc.place, met_marc.date) == ("Stand B12", date(2026, 3, 12))
    summary = contacts.summaries(library, [helene])[0]
    assert summary.meeting_count == 1 and summary.last_met == date(2026, 3, 12)
    assert helene not in contacts.search_ids(library, "Salon")  # the index no longer names the event
    assert check_library(library).ok

    restored = restore_event(library, deleted)
    assert restored == event
    assert get_event(library, event.id) == event
    [met_helene] = encounters_of(library, helene)
    [met_marc] = encounters_of(library, marc)
    assert (met_helene.event_id, met_helene.place) == (event.id, None)
    assert (met_marc.event_id, met_marc.place, met_marc.date) == (event.id, "Stand B12", date(2026, 3, 12))
    assert check_library(library).ok
    with pytest.raises(ValidationError):
        restore_event(library, deleted)  # it is back already


def test_an_event_without_place_leaves_its_name_as_the_place(library: Library) -> None:
    event = save_event(library, Event(name="Afterwork BNI", date=date(2026, 5, 2)))
    person = contacts.create_contact(library, Contact(full_name="Lina Haddad"))
    assert event.id is not None and person.id is not None
    record_encounter(library, Encounter(contact_id=person.id, event_id=event.id, date=event.date))
    delete_event(library, event.id)
    [met] = encounters_of(library, person.id)
    assert (met.event_id, met.place) == (None, "Afterwork BNI")
    with pytest.raises(NotFoundError):
        delete_event(library, event.id)


def test_restoring_an_event_whose_network_was_deleted_meanwhile(library: Library) -> None:
    network = save_network(library, Network(name="Réseau Entreprendre"))
    event = save_event(library, Event(name="Soirée lauréats", network_id=network.id))
    assert event.id is not None and network.id is not None
    deleted = delete_event(library, event.id)
    delete_network(library, network.id)
    assert restore_event(library, deleted).network_id is None


def test_only_a_network_without_events_can_be_deleted_and_undo_brings_it_back(library: Library) -> None:
    _salon(library)
    [cci] = list_networks(library)
    assert cci.id is not None
    with pytest.raises(ValidationError, match="archive it instead"):
        delete_network(library, cci.id)
    assert get_network(library, cci.id) == cci

    empty = save_network(library, Network(name="Club des créateurs", yearly_cost=90.0, notes="créé par erreur"))
    assert empty.id is not None
    deleted = delete_network(library, empty.id)
    assert [n.name for n in list_networks(library)] == ["CCI Rennes"]
    assert restore_network(library, deleted) == empty
    assert get_network(library, empty.id) == empty
    with pytest.raises(ValidationError):
        restore_network(library, deleted)
    with pytest.raises(NotFoundError):
        delete_network(library, 999)
