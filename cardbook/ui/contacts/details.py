"""What the contact pane's own sections show about one person, read in one go as plain data (no Qt).

The encounters, referrals and follow-ups are the ledger's sections (cardbook/ui/ledger), which read their own."""

from __future__ import annotations

from dataclasses import dataclass

from cardbook.domain.contact import Contact
from cardbook.domain.exchange import MeetingStats, meeting_stats
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library


@dataclass(slots=True)
class ContactDetails:
    contact: Contact
    stats: MeetingStats


def meeting_stats_of(library: Library, contact_id: int) -> MeetingStats:
    return meeting_stats(encounters.encounters_of(library, contact_id))


def load_contact_details(library: Library, contact_id: int) -> ContactDetails:
    """Raises cardbook.storage.contacts.records.NotFoundError when the contact is gone."""
    contact = contacts.get_contact(library, contact_id)
    return ContactDetails(contact=contact, stats=meeting_stats_of(library, contact_id))
