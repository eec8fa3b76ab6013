"""The rows of the events and networks pages, read as plain data (no Qt)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cardbook.domain.network import Event, Network
from cardbook.storage import contacts, networks
from cardbook.storage.library import Library


@dataclass(frozen=True, slots=True)
class EventLine:
    event: Event
    network_name: str
    people: int  # contacts met there: each one came with a card


@dataclass(frozen=True, slots=True)
class NetworkLine:
    network: Network
    events: int


def event_lines(library: Library) -> list[EventLine]:
    """Every event, newest first, with its network's name and the number of people met there."""
    events = networks.list_events(library)
    names: dict[int | None, str] = {n.id: n.name for n in networks.list_networks(library)}
    return [
        EventLine(e, names.get(e.network_id, ""), len(contacts.contact_ids_at_event(library, e.id)) if e.id else 0)
        for e in events
    ]


def network_lines(library: Library) -> list[NetworkLine]:
    """Every network, by name, with how many of its events were attended (recorded)."""
    per_network: Counter[int | None] = Counter(e.network_id for e in networks.list_events(library))
    return [NetworkLine(n, per_network[n.id]) for n in networks.list_networks(library)]
