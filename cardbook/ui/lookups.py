"""Reads the window needs that storage does not offer yet, built only from its public service functions.

Each is a stopgap with a known cost, to be replaced by one query in `cardbook.storage` (see the notes):
- contacts awaiting review: storage can count them but not list their ids, so the name-ordered ids are
  scanned in pages until that many are found;
- contacts met at an event or in a network: storage has no "encounters of an event", so the full-text index
  (which holds the names of the events a contact attended) narrows the candidates, and each candidate's
  encounters confirm it. This relies on the index being current for event names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cardbook.domain.enums import ContactStatus
from cardbook.domain.network import Event
from cardbook.storage import contacts, encounters
from cardbook.storage.library import Library
from cardbook.storage.search_index import tokens

PAGE = 500


def _pages(ids: list[int], size: int = PAGE) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def review_contact_ids(library: Library) -> list[int]:
    """Contacts awaiting review, in name order."""
    expected = contacts.count_contacts(library, ContactStatus.AWAITING_REVIEW)
    if expected == 0:
        return []
    found: list[int] = []
    for page in _pages(contacts.all_contact_ids(library, "name")):
        found.extend(s.id for s in contacts.summaries(library, page) if s.status is ContactStatus.AWAITING_REVIEW)
        if len(found) >= expected:
            break
    return found


def _candidates(library: Library, event: Event) -> list[int]:
    """Contacts that may have met at this event: a superset, in search order (met contacts only)."""
    if tokens(event.name):
        hits = contacts.search(library, event.name, limit=None)
        return [s.id for s in hits if s.meeting_count > 0]
    met: list[int] = []  # a name with no searchable word: look at everyone who was ever met
    for page in _pages(contacts.all_contact_ids(library, "meetings")):
        rows = contacts.summaries(library, page)
        met.extend(s.id for s in rows if s.meeting_count > 0)
        if rows and rows[-1].meeting_count == 0:
            break
    return met


def contacts_by_event(library: Library, events: Iterable[Event]) -> dict[int, list[int]]:
    """For each event id, the contacts met there (each candidate's encounters are read once)."""
    wanted = {e.id: e for e in events if e.id is not None}
    candidates: dict[int, None] = {}
    for event in wanted.values():
        candidates.update(dict.fromkeys(_candidates(library, event)))
    result: dict[int, list[int]] = {event_id: [] for event_id in wanted}
    for contact_id in candidates:
        met_at = {e.event_id for e in encounters.encounters_of(library, contact_id)}
        for event_id in met_at & wanted.keys():
            if event_id is not None:
                result[event_id].append(contact_id)
    return result


def event_contact_ids(library: Library, event: Event) -> list[int]:
    if event.id is None:
        return []
    return contacts_by_event(library, [event])[event.id]


def network_contact_ids(library: Library, network_id: int, events: Iterable[Event]) -> list[int]:
    """Contacts met at any event of the network, without repeats."""
    of_network = [e for e in events if e.network_id == network_id]
    seen: dict[int, None] = {}
    for ids in contacts_by_event(library, of_network).values():
        seen.update(dict.fromkeys(ids))
    return list(seen)
