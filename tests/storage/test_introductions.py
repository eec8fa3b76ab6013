"""Needs and offers are stored with the contact (free text and tags), survive a merge, and making an
introduction records a referral between the two contacts and a follow-up — after which it is not suggested."""

from __future__ import annotations

from datetime import date

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ReferralDirection
from cardbook.storage.contacts.merge import merge_contacts
from cardbook.storage.contacts.records import create_contact, get_contact, update_contact
from cardbook.storage.ledger.follow_ups import follow_ups_of
from cardbook.storage.ledger.introductions import introductions, make_introduction
from cardbook.storage.ledger.referrals import referrals_of
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


def _id(contact: Contact) -> int:
    assert contact.id is not None
    return contact.id


def test_needs_and_offers_round_trip_and_survive_a_merge(library: Library) -> None:
    claire = create_contact(
        library, Contact(full_name="Claire Roux", needs="un expert-comptable", need_tags=["compta"])
    )
    twin = create_contact(library, Contact(full_name="Claire Roux", emails=["c@roux.fr"], offers="du pain"))
    stored = get_contact(library, _id(claire))
    assert (stored.needs, stored.need_tags, stored.offers) == ("un expert-comptable", ["compta"], "")
    stored.offer_tags = ["boulangerie", "Boulangerie", " pain "]
    assert update_contact(library, stored).offer_tags == ["boulangerie", "pain"]
    merged = merge_contacts(library, _id(claire), _id(twin))
    assert (merged.needs, merged.offers, merged.need_tags) == ("un expert-comptable", "du pain", ["compta"])


def test_make_an_introduction_records_a_referral_and_a_follow_up(library: Library) -> None:
    claire = _id(create_contact(library, Contact(full_name="Claire Roux", needs="Needs an accountant")))
    paul = _id(create_contact(library, Contact(full_name="Paul Marchand", title="Expert-comptable")))
    [suggestion] = introductions(library)
    assert (suggestion.needer_id, suggestion.offerer_id, suggestion.reasons) == (
        claire, paul, ("title: “Expert-comptable”",)
    )  # fmt: skip
    referral, follow_up = make_introduction(library, claire, paul, date(2026, 5, 4))
    assert referral.direction is ReferralDirection.BETWEEN_CONTACTS
    assert (referral.from_contact_id, referral.to_contact_id) == (claire, paul)
    assert [r.id for r in referrals_of(library, paul)] == [referral.id]
    assert [(f.due, f.note) for f in follow_ups_of(library, claire)] == [
        (date(2026, 5, 18), "Did the introduction to Paul Marchand help?")
    ]
    assert follow_up.id is not None
    assert introductions(library) == []  # made: not suggested again


def test_needs_and_offers_written_alone_return_what_they_were(library: Library) -> None:
    from cardbook.storage.contacts.records import Topics, set_topics, topics_of

    claire = _id(create_contact(library, Contact(full_name="Claire Roux", emails=["c@roux.fr"], needs="du pain")))
    before = set_topics(library, claire, Topics("un expert-comptable", "", ("Compta", "compta ", " site  web"), ()))
    assert before == Topics("du pain")
    assert topics_of(library, claire) == Topics("un expert-comptable", "", ("Compta", "site web"), ())
    assert get_contact(library, claire).emails == ["c@roux.fr"]  # the card's fields are left alone
    assert set_topics(library, claire, before).needs == "un expert-comptable"  # undo hands back the redo
    assert topics_of(library, claire) == Topics("du pain")


def test_referral_balances_count_business_both_ways_and_introductions(library: Library) -> None:
    from cardbook.domain.enums import ReferralOutcome
    from cardbook.domain.referral import Referral
    from cardbook.storage.ledger.referrals import referral_balances, save_referral

    ana = _id(create_contact(library, Contact(full_name="Ana Lopes")))
    bob = _id(create_contact(library, Contact(full_name="Bob Stone")))
    won = ReferralOutcome.WON
    save_referral(library, Referral(from_contact_id=ana, outcome=won, value=300.0))  # she sent me business
    save_referral(library, Referral(from_contact_id=ana, outcome=won))  # won, value unknown: counts as 0
    save_referral(library, Referral(from_contact_id=bob))  # pending
    save_referral(library, Referral(to_contact_id=bob, outcome=won, value=80.0))  # I sent him business
    save_referral(library, Referral(from_contact_id=ana, to_contact_id=bob))  # I introduced them
    lines = {b.name: b for b in referral_balances(library)}
    assert list(lines) == ["Ana Lopes", "Bob Stone"]  # the most won business received first
    a, b = lines["Ana Lopes"], lines["Bob Stone"]
    assert (a.received, a.received_won, a.received_value, a.given, a.introduced) == (2, 2, 300.0, 0, 1)
    assert (b.received, b.received_won, b.given, b.given_won, b.given_value, b.introduced) == (1, 0, 1, 1, 80.0, 1)
