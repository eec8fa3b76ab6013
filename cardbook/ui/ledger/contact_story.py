"""What the contact pane's strength and timeline show, read as plain data (no Qt) on a worker thread.

The two are read together because every ledger change moves both (a mutual exchange raises the score and adds
to the story). `ContactLedger` reads them through the runner and hands them to `StrengthView` and
`TimelineView`, which never touch storage (the naming rule in cardbook/ui/__init__.py). The timeline's entry types
are re-exported here so the view names them without importing storage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cardbook.domain.strength import Strength
from cardbook.storage import settings
from cardbook.storage.contacts import cards
from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.ledger import strength as ledger_strength
from cardbook.storage.ledger import timeline as ledger_timeline
from cardbook.storage.ledger.timeline import (
    CardEntry,
    EncounterEntry,
    FollowUpEntry,
    ReferralEntry,
    RoleEntry,
    TimelineEntry,
)
from cardbook.storage.library import Library
from cardbook.ui.common.card_pictures import timeline_pictures, top_pictures

DEFAULT_CURRENCY = settings.DEFAULT_CURRENCY  # for the views, which never import storage

__all__ = [
    "DEFAULT_CURRENCY",
    "CardEntry",
    "ContactStory",
    "EncounterEntry",
    "FollowUpEntry",
    "ReferralEntry",
    "RoleEntry",
    "TimelineEntry",
    "read_story",
]


@dataclass(frozen=True, slots=True)
class ContactStory:
    """`missing`: the contact no longer exists (deleted meanwhile); `images`: card id → its image file."""

    contact_id: int
    strength: Strength | None = None
    entries: list[TimelineEntry] = field(default_factory=list)
    images: dict[int, Path] = field(default_factory=dict)
    missing: bool = False
    currency: str = DEFAULT_CURRENCY  # the library's, for the referrals' values


def read_story(library: Library, contact_id: int, today: dt.date, *, timeline: bool = True) -> ContactStory:
    """The contact's strength and (`timeline`) story, with the image files of the cards it shows."""
    try:
        strength = ledger_strength.contact_strength(library, contact_id, today)
        entries = ledger_timeline.timeline(library, contact_id) if timeline else []
    except NotFoundError:
        return ContactStory(contact_id, missing=True)
    images: dict[int, Path] = {}
    if any(isinstance(e, CardEntry) for e in entries):
        # Each distinct image once in the pane: none for what the pane's top already shows (the newest front and
        # back), one for the first card carrying any other image (met again with the same photo: no repeat).
        records = cards.cards_of(library, contact_id)
        images = timeline_pictures(records, top_pictures(records))
    return ContactStory(contact_id, strength, entries, images, currency=settings.currency(library))
