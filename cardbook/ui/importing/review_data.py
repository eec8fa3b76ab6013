"""What the review shows of one card, read in one go off the GUI thread (common.runner): the contact, its card,
the meeting the card came from, and the best "met again" candidate.

Plain data only (no Qt): `load_review_card` runs on a worker thread and opens its own sessions through the
storage services, so the GUI thread never waits on the library while cards come up one after another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.cards import CardRecord, MetAgainCandidate
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library


@dataclass(frozen=True, slots=True)
class ReviewCard:
    contact: Contact
    card: CardRecord | None
    encounter: Encounter | None  # the meeting the card came from (the contact's newest)
    candidate: MetAgainCandidate | None  # someone already in the library this card looks like, best first


@dataclass(frozen=True, slots=True)
class ReviewLoad:
    """The first card still in the library among the ids asked for; `gone`: the ids before it that are not
    (merged or deleted since the import), which the review drops from its list."""

    found: ReviewCard | None
    gone: tuple[int, ...] = ()


def load_review_card(library: Library, ids: Sequence[int]) -> ReviewLoad:
    gone: list[int] = []
    for contact_id in ids:
        try:
            contact = contacts.get_contact(library, contact_id)
            found = cards.cards_of(library, contact_id)
            met = encounters.encounters_of(library, contact_id)  # newest first
            candidates = cards.met_again_candidates(library, contact_id)
        except NotFoundError:  # merged or deleted since the import (or meanwhile)
            gone.append(contact_id)
            continue
        card = ReviewCard(contact, found[0] if found else None, met[0] if met else None, next(iter(candidates), None))
        return ReviewLoad(card, tuple(gone))
    return ReviewLoad(None, tuple(gone))
