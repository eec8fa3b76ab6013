"""Card records for the review screen, a card read again, and "met again" (real SQLite library)."""

from __future__ import annotations

import datetime as dt

import pytest

from cardbook.domain.card import WordBox
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import ContactStatus, OfferedBy, PhoneKind, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event
from cardbook.domain.scanned import FieldProposal, ScannedCard
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.cards import CardReading
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger import encounters
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


def scanned(name: str = "Hélène Leroy", company: str = "Quadrant SAS", **extra: object) -> ScannedCard:
    contact = Contact(full_name=name, company=company, **extra)  # type: ignore[arg-type]
    return ScannedCard(
        contact=contact,
        original=b"photo-" + name.encode(),
        original_extension="jpg",
        crop_image=b"crop-" + name.encode(),
        ocr_text=f"{company}\n{name}",
        words=[WordBox(company, 10, 10, 200, 30, 0.9), WordBox(name, 10, 60, 180, 28, 0.42)],
        proposals={"name": [FieldProposal(name, 0.42, (1,))], "company": [FieldProposal(company, 0.9, (0,))]},
        corners=[(1.0, 2.0), (300.0, 2.0), (300.0, 200.0), (1.0, 200.0)],
        rotation=90,
    )


def test_cards_of_gives_paths_words_proposals_and_corners(library: Library) -> None:
    contact_id = store_scanned_card(library, scanned(), ExchangeDefaults())
    [card] = cards.cards_of(library, contact_id)
    assert card.contact_id == contact_id
    assert card.original_path is not None and card.original_path.read_bytes() == "photo-Hélène Leroy".encode()
    assert card.crop_path is not None and card.crop_path.read_bytes() == "crop-Hélène Leroy".encode()
    assert [w.text for w in card.words] == ["Quadrant SAS", "Hélène Leroy"]
    assert card.words[1].confidence == pytest.approx(0.42)
    assert card.proposals["name"][0].lines == (1,)
    assert card.corners[1] == (300.0, 2.0) and card.rotation == 90
    assert cards.get_card(library, card.id) == card
    with pytest.raises(NotFoundError):
        cards.get_card(library, 999)


def test_a_new_reading_replaces_the_old_and_drops_its_crop(library: Library) -> None:
    contact_id = store_scanned_card(library, scanned(), ExchangeDefaults())
    [card] = cards.cards_of(library, contact_id)
    old_crop = card.crop_path
    assert old_crop is not None
    reading = CardReading(
        crop_image=b"a better crop",
        ocr_text="Quadrant SAS\nHélène Leroy",
        words=(WordBox("Hélène", 5, 5, 50, 20, 0.97),),
        proposals={"name": [FieldProposal("Hélène Leroy", 0.97, (0,))]},
        corners=((0.0, 0.0), (10.0, 0.0), (10.0, 6.0), (0.0, 6.0)),
        rotation=0,
    )
    updated = cards.update_card_reading(library, card.id, reading)
    assert updated.crop_path is not None and updated.crop_path.read_bytes() == b"a better crop"
    assert not old_crop.exists()
    assert updated.words == reading.words and updated.proposals == reading.proposals
    assert updated.corners == reading.corners and updated.rotation == 0
    assert updated.original_path == card.original_path


def test_met_again_candidates_by_email_phone_or_close_name_at_the_company(library: Library) -> None:
    known = contacts.create_contact(
        library,
        Contact(
            full_name="Hélène Leroy",
            company="Quadrant Ingénierie SAS",
            emails=["helene@quadrant.fr"],
            phones=[Phone("06 12 34 56 78", "+33612345678", PhoneKind.MOBILE)],
        ),
    )
    contacts.create_contact(library, Contact(full_name="Paul Leroy", company="Boulangerie Paul"))
    by_name = store_scanned_card(library, scanned("HELENE LEROY", "Quadrant Ingenierie"), ExchangeDefaults())
    by_mail = store_scanned_card(library, scanned("H. Leroy", "", emails=["Helene@quadrant.fr"]), ExchangeDefaults())
    by_phone = store_scanned_card(
        library, scanned("Hélène Leroy", "", phones=[Phone("+33 6 12 34 56 78", "+33612345678")]), ExchangeDefaults()
    )
    stranger = store_scanned_card(library, scanned("Marc Blanc", "Quadrant Ingénierie"), ExchangeDefaults())
    for new_id in (by_name, by_mail, by_phone):
        found = cards.met_again_candidates(library, new_id)
        assert [c.contact_id for c in found][:1] == [known.id], new_id
        assert found[0].name == "Hélène Leroy" and found[0].company == "Quadrant Ingénierie SAS"
        assert found[0].reasons
    assert cards.met_again_candidates(library, by_mail)[0].same_email == "helene@quadrant.fr"
    assert cards.met_again_candidates(library, by_phone)[0].same_phone == "+33612345678"
    assert cards.met_again_candidates(library, by_name)[0].close_name
    assert cards.met_again_candidates(library, stranger) == []


def test_adding_a_card_to_someone_met_before_moves_the_encounter_and_card(library: Library) -> None:
    club = ledger_events.save_event(library, Event(name="Club Lyon"))
    known = contacts.create_contact(
        library, Contact(full_name="Hélène Leroy", company="Quadrant", title="Gérante", notes="Vue en 2024")
    )
    assert known.id is not None
    encounters.record_encounter(library, Encounter(contact_id=known.id, date=dt.date(2024, 5, 1)))
    new_id = store_scanned_card(
        library,
        scanned("Helene Leroy", "Quadrant", title="CEO", emails=["helene@quadrant.fr"]),
        ExchangeDefaults(
            event_id=club.id, date=dt.date(2025, 3, 4), offered_by=OfferedBy.THEM, reciprocated=Reciprocated.YES
        ),
    )
    merged = cards.add_to_existing(library, new_id, known.id)
    assert merged.id == known.id
    assert merged.full_name == "Hélène Leroy"  # the name the user knew stays
    # A newer card with another title is a job change (issue 5): the card's role wins, the old one is kept.
    assert merged.title == "CEO"
    from cardbook.storage.ledger.timeline import RoleEntry, timeline

    assert [(e.title, e.company) for e in timeline(library, known.id) if isinstance(e, RoleEntry)] == [
        ("Gérante", "Quadrant")
    ]
    assert merged.emails == ["helene@quadrant.fr"]  # a new way to reach her is added
    assert merged.notes == "Vue en 2024" and merged.status is ContactStatus.ACTIVE
    with pytest.raises(NotFoundError):
        contacts.get_contact(library, new_id)
    met = encounters.encounters_of(library, known.id)
    assert sorted(e.event_id or 0 for e in met) == [0, club.id]
    assert len(cards.cards_of(library, known.id)) == 1
    [summary] = contacts.summaries(library, [known.id])
    assert summary.meeting_count == 2 and summary.last_met == dt.date(2025, 3, 4)
    assert [s.id for s in contacts.search(library, "Club Lyon")] == [known.id]  # searchable by the new event
    with pytest.raises(ValidationError):
        cards.add_to_existing(library, known.id, known.id)
