from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import NoCardReason, OfferedBy, PhoneKind, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage.contacts.images import ImageStore
from cardbook.storage.contacts.records import (
    NotFoundError,
    ValidationError,
    create_contact,
    delete_contact,
    get_contact,
    summaries,
    update_contact,
)
from cardbook.storage.ledger.encounters import (
    cards_i_owe_ids,
    encounters_of,
    one_way_giver_ids,
    prescriber_ids,
    record_encounter,
    update_encounter,
)
from cardbook.storage.ledger.events import find_or_create_event, save_event
from cardbook.storage.ledger.exchanges import send_card
from cardbook.storage.ledger.follow_ups import follow_ups_due, save_follow_up
from cardbook.storage.ledger.networks import save_network
from cardbook.storage.ledger.referrals import referrals_of, save_referral
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, StoredImageRow
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


def _helene() -> Contact:
    return Contact(
        full_name="Hélène Leroy",
        given_name="Hélène",
        family_name="Leroy",
        title="Directrice commerciale",
        company="Quadrant Ingénierie SAS",
        emails=["contact@quadrant-ingenierie.fr"],
        phones=[Phone("+33 (0)7 41 43 33 77", "+33741433377", PhoneKind.MOBILE)],
        websites=["quadrant-ingenierie.fr"],
        social=["linkedin.com/in/helene-leroy"],
        address="26 rue du Faubourg Saint-Honoré, 35000 Rennes",
        tags=["prescripteur", "Rennes"],
        notes="Cherche un expert-comptable",
    )


def test_create_get_update_round_trip(library: Library) -> None:
    created = create_contact(library, _helene())
    assert created.id is not None
    loaded = get_contact(library, created.id)
    assert loaded.full_name == "Hélène Leroy"
    assert loaded.phones == [Phone("+33 (0)7 41 43 33 77", "+33741433377", PhoneKind.MOBILE)]
    assert loaded.websites == ["quadrant-ingenierie.fr"] and loaded.social == ["linkedin.com/in/helene-leroy"]
    assert loaded.tags == ["Rennes", "prescripteur"]
    loaded.title = "Directrice générale"
    loaded.emails = ["helene@quadrant.fr", "  "]
    update_contact(library, loaded)
    again = get_contact(library, created.id)
    assert again.title == "Directrice générale"
    assert again.emails == ["helene@quadrant.fr"]


def test_blank_values_are_stored_as_unknown(library: Library) -> None:
    created = create_contact(library, Contact(full_name="Jean Dupont", title="  ", company=""))
    assert created.title is None and created.company is None


def test_a_contact_needs_something_to_identify_it(library: Library) -> None:
    with pytest.raises(ValidationError):
        create_contact(library, Contact(full_name="   "))


def test_get_missing_contact_raises_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError):
        get_contact(library, 12345)


def test_delete_erases_children_index_entry_and_unshared_images(library: Library) -> None:
    created = create_contact(library, _helene())
    other = create_contact(library, Contact(full_name="Jean Dupont"))
    assert created.id is not None and other.id is not None
    store: ImageStore = library.images
    with library.writing() as session:  # a server library stores the bytes with the rows that list them
        shared_sha, shared_path = store.put(b"photo of two cards", "jpg", session)
        own_sha, own_path = store.put(b"helene crop", "png", session)
        shared = StoredImageRow(sha256=shared_sha, extension="jpg", byte_size=18)
        own = StoredImageRow(sha256=own_sha, extension="png", byte_size=11)
        session.add_all([shared, own])
        session.flush()
        session.add(CardImageRow(contact_id=created.id, original_image_id=shared.id, crop_image_id=own.id))
        session.add(CardImageRow(contact_id=other.id, original_image_id=shared.id))
    record_encounter(library, Encounter(contact_id=created.id, offered_by=OfferedBy.THEM))
    save_referral(library, Referral(from_contact_id=created.id))
    save_follow_up(library, FollowUp(contact_id=created.id, due=date(2026, 1, 1)))

    delete_contact(library, created.id)

    with pytest.raises(NotFoundError):
        get_contact(library, created.id)
    assert not own_path.exists(), "an image only this contact used is erased"
    assert shared_path.exists(), "a photo another contact's card comes from is kept"
    with library.session() as session:
        for table in ("encounters", "referrals", "follow_ups", "contact_emails", "contact_phones"):
            left = session.execute(text(f"SELECT count(*) FROM {table} WHERE id > 0")).scalar()
            assert left == 0, table
        assert (
            session.execute(text("SELECT count(*) FROM contacts_fts WHERE rowid = :i"), {"i": created.id}).scalar() == 0
        )
    assert check_library(library).ok


def test_encounters_update_cached_summary_and_lists(library: Library) -> None:
    network = save_network(library, Network(name="Club Entreprendre Lyon", yearly_cost=1200))
    event = save_event(library, Event(name="Soirée du Club", date=date(2026, 11, 12), network_id=network.id))
    giver = create_contact(library, Contact(full_name="Marc Vendeur"))
    mutual = create_contact(library, Contact(full_name="Émilie Lefèvre"))
    assert giver.id and mutual.id and event.id
    record_encounter(
        library,
        Encounter(contact_id=giver.id, event_id=event.id, offered_by=OfferedBy.THEM, reciprocated=Reciprocated.NO),
    )
    assert one_way_giver_ids(library) == [] and cards_i_owe_ids(library) == [], "no reason recorded: never guessed"
    enc = encounters_of(library, giver.id)[0]
    enc.why_no_card = NoCardReason.MY_LAPSE  # I had no card left
    update_encounter(library, enc)
    first = record_encounter(
        library,
        Encounter(contact_id=mutual.id, date=date(2026, 9, 3), offered_by=OfferedBy.THEM, reciprocated=Reciprocated.NO),
    )
    record_encounter(
        library,
        Encounter(contact_id=mutual.id, event_id=event.id, offered_by=OfferedBy.ME, reciprocated=Reciprocated.YES),
    )
    lines = {s.id: s for s in summaries(library, [giver.id, mutual.id])}
    assert lines[giver.id].reciprocity is Reciprocity.FROM_THEM
    assert lines[giver.id].last_met == date(2026, 11, 12), "the event's date is used when none is given"
    assert lines[mutual.id].meeting_count == 2
    assert lines[mutual.id].reciprocity is Reciprocity.MUTUAL
    assert one_way_giver_ids(library) == []  # my lapse says nothing of them
    assert cards_i_owe_ids(library) == [giver.id]

    # Dismissing the owed card clears the to-do; the card stays one way.
    enc = encounters_of(library, giver.id)[0]
    enc.owe_dismissed = True
    update_encounter(library, enc)
    assert cards_i_owe_ids(library) == []
    assert summaries(library, [giver.id])[0].reciprocity is Reciprocity.FROM_THEM

    # "I sent my card by email" completes the exchange.
    assert send_card(library, giver.id, date(2026, 11, 20)).count == 1
    assert one_way_giver_ids(library) == []
    assert summaries(library, [giver.id])[0].reciprocity is Reciprocity.MUTUAL
    assert encounters_of(library, giver.id)[0].reciprocated_on == date(2026, 11, 20)
    assert first.id is not None


def test_prescribers_and_referrals_both_ways(library: Library) -> None:
    a = create_contact(library, Contact(full_name="Anne Prescriptrice"))
    b = create_contact(library, Contact(full_name="Bruno Client"))
    assert a.id and b.id
    save_referral(library, Referral(from_contact_id=a.id, date=date(2026, 7, 20), note="Atelier Nova"))
    save_referral(library, Referral(from_contact_id=None, to_contact_id=a.id, to_name=None))
    save_referral(library, Referral(from_contact_id=b.id, to_contact_id=a.id))
    assert prescriber_ids(library) == [a.id]
    assert len(referrals_of(library, a.id)) == 3
    with pytest.raises(ValidationError):
        save_referral(library, Referral(from_contact_id=None))


def test_follow_ups_due(library: Library) -> None:
    c = create_contact(library, Contact(full_name="Claire Suivi"))
    assert c.id
    save_follow_up(library, FollowUp(contact_id=c.id, due=date(2026, 11, 1), note="Rappeler"))
    save_follow_up(library, FollowUp(contact_id=c.id, due=date(2026, 12, 1)))
    save_follow_up(library, FollowUp(contact_id=c.id, due=date(2026, 10, 1), done_on=date(2026, 10, 2)))
    due = follow_ups_due(library, date(2026, 11, 26))
    assert [f.note for f in due] == ["Rappeler"]


def test_network_names_are_unique_and_events_found_again(library: Library) -> None:
    save_network(library, Network(name="CCI Rhône"))
    with pytest.raises(ValidationError):
        save_network(library, Network(name="cci rhône"))
    first = find_or_create_event(library, Event(name="Afterwork CCI", date=date(2026, 9, 3)))
    again = find_or_create_event(library, Event(name="afterwork  cci", date=date(2026, 9, 3)))
    other_day = find_or_create_event(library, Event(name="Afterwork CCI", date=date(2026, 10, 3)))
    assert first.id == again.id != other_day.id


def test_list_orders_keep_unknowns_last_both_ways(library: Library) -> None:
    from cardbook.domain.enums import ContactStatus
    from cardbook.storage.contacts.records import all_contact_ids, contact_ids_at_event, contact_ids_in_network

    network = save_network(library, Network(name="Club"))
    event = save_event(library, Event(name="Soirée", date=date(2026, 5, 1), network_id=network.id))
    ids = {}
    for name, company in [("Bruno", "Zeta"), ("Alice", None), ("Chloé", "Alpha")]:
        made = create_contact(library, Contact(full_name=name, company=company))
        assert made.id is not None
        ids[name] = made.id
    record_encounter(library, Encounter(contact_id=ids["Bruno"], date=date(2026, 1, 1)))
    record_encounter(
        library,
        Encounter(contact_id=ids["Chloé"], event_id=event.id, offered_by=OfferedBy.ME, reciprocated=Reciprocated.YES),
    )
    b, a, c = ids["Bruno"], ids["Alice"], ids["Chloé"]
    assert all_contact_ids(library, "name") == [a, b, c]
    assert all_contact_ids(library, "name", descending=True) == [c, b, a]
    assert all_contact_ids(library, "company") == [c, b, a]
    assert all_contact_ids(library, "company", descending=True) == [b, c, a]
    assert all_contact_ids(library, "last_met") == [c, b, a]
    assert all_contact_ids(library, "last_met", descending=True) == [b, c, a]
    assert all_contact_ids(library, "meetings") == [b, c, a]
    assert all_contact_ids(library, "reciprocity") == [c, a, b]
    assert all_contact_ids(library, "name", status=ContactStatus.AWAITING_REVIEW) == []
    assert contact_ids_at_event(library, event.id or 0) == [c]
    assert contact_ids_in_network(library, network.id or 0) == [c]
    with pytest.raises(ValueError):
        all_contact_ids(library, "colour")


def test_cards_i_owe_query_agrees_with_the_domain_rule(library: Library) -> None:
    from cardbook.app.sample_data import generate_demo
    from cardbook.domain.exchange import is_one_way_giver, owes_card
    from cardbook.storage.contacts.records import all_contact_ids

    generate_demo(library, 300, today=date(2026, 11, 26))
    owed, givers = set(cards_i_owe_ids(library)), set(one_way_giver_ids(library))
    assert owed and givers
    for contact_id in all_contact_ids(library):
        encounters = encounters_of(library, contact_id)
        assert (contact_id in owed) == owes_card(encounters), contact_id
        assert (contact_id in givers) == is_one_way_giver(encounters), contact_id


def test_order_ids_orders_a_subset_as_the_whole_list_does(library: Library) -> None:
    from cardbook.app.sample_data import generate_demo
    from cardbook.storage.contacts.records import ORDERS, all_contact_ids, order_ids

    generate_demo(library, 120, today=date(2026, 11, 26))
    subset = all_contact_ids(library)[::3]
    for order in ORDERS:
        for descending in (False, True):
            whole = all_contact_ids(library, order, descending=descending)
            expected = [i for i in whole if i in set(subset)]
            assert order_ids(library, list(reversed(subset)), order, descending=descending) == expected
    assert order_ids(library, []) == []
