"""storage.contacts.two_sided.attach_back on a real library file: the meeting the back repeats is counted once
and keeps what was answered on the back; another meeting moves with the card; nothing else is touched."""

from __future__ import annotations

import datetime as dt

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import CardSide, OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.scanned import ScannedCard
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.cards import cards_of
from cardbook.storage.contacts.records import get_contact
from cardbook.storage.contacts.two_sided import attach_back
from cardbook.storage.ledger.encounters import encounters_of, record_encounter
from cardbook.storage.library import Library

DAY = dt.date(2026, 3, 12)


def _card(contact: Contact, original: bytes) -> ScannedCard:
    return ScannedCard(contact=contact, original=original, original_extension="jpg", ocr_text=contact.full_name)


def test_the_repeated_meeting_is_counted_once_with_the_backs_answer(library: Library) -> None:
    front_id = store_scanned_card(
        library, _card(Contact(full_name="Ana Ruiz", company="Nova"), b"front photo"), ExchangeDefaults(date=DAY)
    )
    answered = ExchangeDefaults(date=DAY, offered_by=OfferedBy.THEM, reciprocated=Reciprocated.YES)
    back = Contact(title="Head of Sales", phones=[Phone("+34 600 000 000", "+34600000000")])
    back_id = store_scanned_card(library, _card(back, b"back photo"), answered)
    later = dt.date(2026, 5, 2)
    record_encounter(library, Encounter(contact_id=back_id, date=later, note="second meeting"))

    joined = attach_back(library, front_id, back_id)
    assert joined.id == front_id and joined.title == "Head of Sales" and joined.phones[0].e164 == "+34600000000"
    met = sorted(encounters_of(library, front_id), key=lambda e: e.date or DAY)
    assert [(e.date, e.offered_by, e.reciprocated) for e in met] == [
        (DAY, OfferedBy.THEM, Reciprocated.YES),  # the front's meeting, with what was answered on the back
        (later, OfferedBy.UNKNOWN, Reciprocated.UNKNOWN),  # another day: moved, not merged
    ]
    assert [c.side for c in cards_of(library, front_id)] == [CardSide.FRONT, CardSide.BACK]
    assert get_contact(library, front_id).full_name == "Ana Ruiz"
