"""Everything the contact pane shows about one person, read in one go as plain data (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter, MeetingStats, meeting_stats
from cardbook.domain.network import Event
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage import contacts, encounters, referrals
from cardbook.storage.library import Library


@dataclass(frozen=True, slots=True)
class EncounterLine:
    encounter: Encounter
    event_name: str | None  # None when the meeting was not at a recorded event


@dataclass(slots=True)
class ContactDetails:
    contact: Contact
    stats: MeetingStats
    encounters: list[EncounterLine] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    referral_names: dict[int, str] = field(default_factory=dict)  # the other contacts named in referrals
    follow_ups: list[FollowUp] = field(default_factory=list)


def load_contact_details(library: Library, contact_id: int, events: dict[int, Event]) -> ContactDetails:
    """Raises cardbook.storage.contacts.NotFoundError when the contact is gone."""
    contact = contacts.get_contact(library, contact_id)
    met = encounters.encounters_of(library, contact_id)
    refs = referrals.referrals_of(library, contact_id)
    others = {i for r in refs for i in (r.from_contact_id, r.to_contact_id) if i is not None and i != contact_id}
    names = {s.id: s.name for s in contacts.summaries(library, sorted(others))}
    lines = [
        EncounterLine(e, events[e.event_id].name if e.event_id is not None and e.event_id in events else None)
        for e in met
    ]
    return ContactDetails(
        contact=contact,
        stats=meeting_stats(met),
        encounters=lines,
        referrals=refs,
        referral_names=names,
        follow_ups=referrals.follow_ups_of(library, contact_id),
    )
