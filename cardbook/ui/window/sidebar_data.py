"""What the sidebar counts and lists, read as plain data (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cardbook.domain.enums import ContactStatus
from cardbook.domain.network import Event, Network
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters, networks
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.library import Library
from cardbook.ui.contacts.welcome import was_welcomed

RECENT_EVENTS = 6


@dataclass(slots=True)
class SidebarData:
    total: int = 0
    review: int = 0
    one_way: int = 0
    owe: int = 0
    prescribers: int = 0
    follow_ups_due: int = 0  # contacts with at least one follow-up due
    recent_events: list[Event] = field(default_factory=list)
    event_count: int = 0
    networks: list[Network] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    welcomed: bool = False  # the library has had a contact: no first-run welcome (ui/contacts/welcome.py)


def load_sidebar_data(library: Library, today: dt.date) -> SidebarData:
    events = ledger_events.list_events(library)
    due = ledger_followups.follow_ups_due(library, today)
    return SidebarData(
        total=contacts.count_contacts(library),
        review=contacts.count_contacts(library, ContactStatus.AWAITING_REVIEW),
        one_way=len(encounters.one_way_giver_ids(library)),
        owe=len(encounters.cards_i_owe_ids(library)),
        prescribers=len(encounters.prescriber_ids(library)),
        follow_ups_due=len({f.contact_id for f in due}),
        recent_events=events[:RECENT_EVENTS],
        event_count=len(events),
        networks=[n for n in networks.list_networks(library) if not n.archived],
        today=today,
        welcomed=was_welcomed(library),
    )
