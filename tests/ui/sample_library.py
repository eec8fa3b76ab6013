"""A small, realistic library for the window's tests and screenshots: French names, events, networks, exchanges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import (
    ContactStatus,
    NetworkKind,
    NoCardReason,
    OfferedBy,
    PhoneKind,
    Reciprocated,
    ReferralOutcome,
)
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters, networks, referrals
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.library import Library

THEM, ME, UNKNOWN_OFFER = OfferedBy.THEM, OfferedBy.ME, OfferedBy.UNKNOWN
YES, NO, UNKNOWN = Reciprocated.YES, Reciprocated.NO, Reciprocated.UNKNOWN
NOT_ASKED, MY_LAPSE = NoCardReason.NOT_ASKED, NoCardReason.MY_LAPSE


@dataclass
class Sample:
    ids: dict[str, int] = field(default_factory=dict)  # by full name
    events: dict[str, Event] = field(default_factory=dict)
    networks: dict[str, Network] = field(default_factory=dict)


PEOPLE: list[Contact] = [
    Contact(
        full_name="Émilie Lefèvre",
        title="Directrice commerciale",
        company="Horizon Conseil",
        department="Grands comptes",
        emails=["emilie.lefevre@horizon-conseil.fr"],
        phones=[
            Phone("+33 6 12 34 56 78", "+33612345678", PhoneKind.MOBILE),
            Phone("04 72 10 20 30", None, PhoneKind.WORK),
        ],
        websites=["horizon-conseil.fr"],
        address="12 rue de la République, 69002 Lyon",
        social=["linkedin.com/in/emilie-lefevre"],
        notes="Cherche un expert-comptable pour une cliente. Aime le vélo.",
        tags=["prescriptrice", "Lyon"],
    ),
    Contact(full_name="Jérôme Girard", title="Gérant", company="Nova SAS", emails=["jerome@nova-sas.fr"]),
    Contact(
        full_name="Hélène Leroy",
        title="Architecte",
        company="Atelier Leroy",
        phones=[Phone("06 98 76 54 32", None, PhoneKind.MOBILE)],
    ),
    Contact(
        full_name="François Dupont", title="Expert-comptable", company="Cabinet Dupont & Associés", tags=["comptable"]
    ),
    Contact(
        full_name="Chloé Martin", title="Développeuse freelance", emails=["chloe@martin.dev"], websites=["martin.dev"]
    ),
    Contact(full_name="Benoît Moreau", title="Banquier", company="Crédit Rhône-Alpes"),
    Contact(full_name="Amélie Petit", title="Avocate", company="Petit Avocats", notes="Droit des sociétés."),
    Contact(full_name="Léa Fontaine", title="Photographe", company="Studio Fontaine"),
    Contact(full_name="Mathieu Rousseau", title="Directeur", company="Imprimerie Rousseau"),
    Contact(full_name="Sophie Bernard", title="Chargée d'affaires", company="CCI Lyon Métropole"),
    Contact(
        full_name="Nicolas Garnier", title="Fondateur", company="Garnier Digital", status=ContactStatus.AWAITING_REVIEW
    ),
    Contact(full_name="Céline Faure", title="Consultante RH", company="Faure RH"),
]


def build_sample(library: Library, today: dt.date | None = None) -> Sample:
    today = today or dt.date.today()
    sample = Sample()
    for person in PEOPLE:
        saved = contacts.create_contact(library, person)
        assert saved.id is not None
        sample.ids[person.full_name] = saved.id

    for network in (
        Network(name="Club des Entrepreneurs Lyonnais", kind=NetworkKind.BUSINESS_CLUB, yearly_cost=480.0),
        Network(name="CCI Lyon Métropole", kind=NetworkKind.CHAMBER_OF_COMMERCE, yearly_cost=None),
        Network(name="Alumni EM Lyon", kind=NetworkKind.ALUMNI, yearly_cost=120.0),
    ):
        sample.networks[network.name] = networks.save_network(library, network)

    club, cci = sample.networks["Club des Entrepreneurs Lyonnais"].id, sample.networks["CCI Lyon Métropole"].id
    alumni = sample.networks["Alumni EM Lyon"].id
    for name, days_ago, place, network_id in (
        ("Petit-déjeuner du Club", 12, "Brasserie Georges, Lyon", club),
        ("Soirée CCI Rhône", 70, "Palais du Commerce, Lyon", cci),
        ("Afterwork Alumni", 140, "Lyon 2e", alumni),
        ("Salon des Entrepreneurs", 200, "Eurexpo", None),
    ):
        event = Event(name=name, date=today - dt.timedelta(days=days_ago), place=place, network_id=network_id)
        sample.events[name] = ledger_events.save_event(library, event)

    def met(
        person: str,
        event: str,
        offered: OfferedBy,
        answered: Reciprocated,
        note: str = "",
        why: NoCardReason | None = None,
    ) -> None:
        encounters.record_encounter(
            library,
            Encounter(
                contact_id=sample.ids[person],
                event_id=sample.events[event].id,
                offered_by=offered,
                reciprocated=answered,
                note=note,
                why_no_card=why,
            ),
        )

    met("Émilie Lefèvre", "Petit-déjeuner du Club", THEM, YES, "A parlé de son projet d'agence à Paris.")
    met("Émilie Lefèvre", "Soirée CCI Rhône", ME, YES)
    met("Émilie Lefèvre", "Afterwork Alumni", THEM, YES)
    met("Jérôme Girard", "Petit-déjeuner du Club", THEM, NO, why=NOT_ASKED)  # the man of the seed post
    met("Jérôme Girard", "Salon des Entrepreneurs", THEM, NO, why=MY_LAPSE)  # and there I had none left
    met("Hélène Leroy", "Soirée CCI Rhône", ME, NO)
    met("François Dupont", "Petit-déjeuner du Club", ME, YES)
    met("Chloé Martin", "Afterwork Alumni", THEM, NO, why=MY_LAPSE)  # I had no card left
    met("Benoît Moreau", "Salon des Entrepreneurs", UNKNOWN_OFFER, UNKNOWN)
    met("Amélie Petit", "Soirée CCI Rhône", THEM, YES)
    met("Léa Fontaine", "Salon des Entrepreneurs", THEM, NO, why=MY_LAPSE)
    met("Mathieu Rousseau", "Petit-déjeuner du Club", ME, YES)
    met("Sophie Bernard", "Soirée CCI Rhône", THEM, YES)
    met("Nicolas Garnier", "Petit-déjeuner du Club", THEM, UNKNOWN)

    ids = sample.ids
    referrals.save_referral(
        library,
        Referral(
            from_contact_id=ids["Émilie Lefèvre"],
            date=today - dt.timedelta(days=30),
            note="Atelier Nova, refonte du site",
            outcome=ReferralOutcome.WON,
            value=1200.0,
        ),
    )
    referrals.save_referral(library, Referral(from_contact_id=ids["Amélie Petit"], date=today - dt.timedelta(days=9)))
    referrals.save_referral(
        library,
        Referral(from_contact_id=None, to_contact_id=ids["François Dupont"], date=today - dt.timedelta(days=20)),
    )
    ledger_followups.save_follow_up(
        library,
        FollowUp(contact_id=ids["Émilie Lefèvre"], due=today - dt.timedelta(days=2), note="Envoyer la plaquette"),
    )
    ledger_followups.save_follow_up(
        library, FollowUp(contact_id=ids["Jérôme Girard"], due=today, note="Rappeler pour un café")
    )
    ledger_followups.save_follow_up(
        library, FollowUp(contact_id=ids["Chloé Martin"], due=today + dt.timedelta(days=14), every_weeks=6)
    )
    return sample
