"""What the contact pane's own sections show about one person, read in one go as plain data (no Qt), on a
worker thread (contacts_controller.py runs `read_contact` through the runner).

The encounters, referrals and follow-ups are the ledger's sections (cardbook/ui/ledger), which read their own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cardbook.domain.contact import Contact
from cardbook.domain.exchange import MeetingStats, meeting_stats
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint


@dataclass(slots=True)
class ContactDetails:
    contact: Contact
    stats: MeetingStats


def meeting_stats_of(library: Library, contact_id: int) -> MeetingStats:
    """From this computer's point of view: a team member's own meetings (storage/members.viewpoint)."""
    return meeting_stats(encounters.encounters_of(library, contact_id, viewpoint(library)))


def load_contact_details(library: Library, contact_id: int) -> ContactDetails:
    """Raises cardbook.storage.contacts.records.NotFoundError when the contact is gone."""
    contact = contacts.get_contact(library, contact_id)
    return ContactDetails(contact=contact, stats=meeting_stats_of(library, contact_id))


@dataclass(frozen=True, slots=True)
class ShownContact:
    details: ContactDetails
    card_image: Path | None  # the straightened card of its first card, if any


def read_contact(library: Library, contact_id: int) -> ShownContact:
    """What the pane shows of a contact, read on a worker thread. Raises NotFoundError when it is gone."""
    details = load_contact_details(library, contact_id)
    found = cards.cards_of(library, contact_id)
    return ShownContact(details, found[0].crop_path if found else None)
