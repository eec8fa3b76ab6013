"""A small known library, built through the services, that the ledger tests (storage and CLI) compute by hand.

Networks: Club Alpha (1,200 a year), CCI Beta (300), Free Meetup (no cost).
Events:   E1 Club Alpha 15 Jan 2026, E2 Club Alpha 12 Mar, E3 CCI Beta 10 Feb, E4 Salon (no network) 2 Apr.
Meetings (offered by / reciprocated):
  Anne   E1 them/yes, E2 me/yes                  → mutual, met twice at the club
  Bruno  E1 them/no,  E3 me/yes                  → mutual over all (one way at the club, mutual at the CCI)
  Claire E2 them/no                              → one-way giver, I owe her a card
  David  E3 unknown,  E4 me/no                   → gave mine at the fair, got none
  Émile  1 Jan 2026 (no event) me/yes, E4 them/yes
Referrals: Anne→me won 5,000 (1 Feb), Anne→me pending (20 Mar), me→Bruno won 800 (1 Mar),
           David→me lost (10 Apr), Émile→me won 1,000 (5 Apr), Anne→Bruno (between, 1 Mar).
Follow-ups: Claire due 20 Mar "Send my card"; Anne done 1 Mar; Bruno every 6 weeks, due 1 Apr.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cardbook.domain.contact import Contact
from cardbook.domain.enums import NetworkKind, NoCardReason, OfferedBy, Reciprocated, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.ledger.events import save_event
from cardbook.storage.ledger.follow_ups import save_follow_up
from cardbook.storage.ledger.networks import save_network
from cardbook.storage.ledger.referrals import save_referral
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py

TODAY = date(2026, 4, 20)
ME, THEM, UNK = OfferedBy.ME, OfferedBy.THEM, OfferedBy.UNKNOWN
YES, NO, UNK_R = Reciprocated.YES, Reciprocated.NO, Reciprocated.UNKNOWN


@dataclass(frozen=True)
class Small:
    club: int
    cci: int
    meetup: int
    e1: int
    e2: int
    e3: int
    e4: int
    anne: int
    bruno: int
    claire: int
    david: int
    emile: int
    bruno_rhythm: int


def _id(value: int | None) -> int:
    assert value is not None
    return value


def build_small_library(library: Library) -> Small:
    def network(name: str, kind: NetworkKind, cost: float | None) -> int:
        return _id(save_network(library, Network(name=name, kind=kind, yearly_cost=cost)).id)

    club = network("Club Alpha", NetworkKind.BUSINESS_CLUB, 1200.0)
    cci = network("CCI Beta", NetworkKind.CHAMBER_OF_COMMERCE, 300.0)
    meetup = network("Free Meetup", NetworkKind.MEETUP, None)

    def event(name: str, day: date, network_id: int | None) -> int:
        return _id(save_event(library, Event(name=name, date=day, network_id=network_id, place="Lyon")).id)

    e1 = event("Club Alpha breakfast", date(2026, 1, 15), club)
    e2 = event("Club Alpha breakfast", date(2026, 3, 12), club)
    e3 = event("CCI Beta evening", date(2026, 2, 10), cci)
    e4 = event("Salon des entrepreneurs", date(2026, 4, 2), None)

    def person(name: str, company: str) -> int:
        return _id(create_contact(library, Contact(full_name=name, company=company)).id)

    anne, bruno, claire = person("Anne Martin", "Nova"), person("Bruno Petit", "Atelier B"), person("Claire Roux", "CR")
    david, emile = person("David Moreau", "DM Conseil"), person("Émile Faure", "Faure SAS")

    def meet(
        cid: int,
        event_id: int | None,
        offered: OfferedBy,
        rec: Reciprocated,
        day: date | None = None,
        why: NoCardReason | None = None,
    ) -> None:
        encounter = Encounter(
            contact_id=cid, event_id=event_id, date=day, offered_by=offered, reciprocated=rec, why_no_card=why
        )
        record_encounter(library, encounter)

    meet(anne, e1, THEM, YES)
    meet(bruno, e1, THEM, NO, why=NoCardReason.NOT_ASKED)
    meet(emile, None, ME, YES, date(2026, 1, 1))
    meet(bruno, e3, ME, YES)
    meet(david, e3, UNK, UNK_R)
    meet(anne, e2, ME, YES)
    meet(claire, e2, THEM, NO, why=NoCardReason.MY_LAPSE)  # I had no card left: a card I owe
    meet(david, e4, ME, NO)
    meet(emile, e4, THEM, YES)

    def refer(frm: int | None, to: int | None, day: date, outcome: ReferralOutcome, value: float | None) -> None:
        save_referral(library, Referral(from_contact_id=frm, to_contact_id=to, date=day, outcome=outcome, value=value))

    refer(anne, None, date(2026, 2, 1), ReferralOutcome.WON, 5000.0)
    refer(anne, None, date(2026, 3, 20), ReferralOutcome.PENDING, None)
    refer(None, bruno, date(2026, 3, 1), ReferralOutcome.WON, 800.0)
    refer(david, None, date(2026, 4, 10), ReferralOutcome.LOST, 2000.0)
    refer(emile, None, date(2026, 4, 5), ReferralOutcome.WON, 1000.0)
    refer(anne, bruno, date(2026, 3, 1), ReferralOutcome.PENDING, None)

    save_follow_up(library, FollowUp(contact_id=claire, due=date(2026, 3, 20), note="Send my card"))
    save_follow_up(library, FollowUp(contact_id=anne, due=date(2026, 2, 20), done_on=date(2026, 3, 1), note="Call"))
    rhythm = save_follow_up(library, FollowUp(contact_id=bruno, due=date(2026, 4, 1), note="Coffee", every_weeks=6))
    return Small(club, cci, meetup, e1, e2, e3, e4, anne, bruno, claire, david, emile, _id(rhythm.id))


def test_the_small_library_is_whole(library: Library) -> None:
    from cardbook.storage.upkeep.integrity import check_library

    build_small_library(library)
    assert check_library(library).ok
