"""What the review shows of one card, read in one go off the GUI thread (common.runner): the contact, its card,
the meeting the card came from, the best "met again" candidate, and whether it looks like the back of the card
reviewed before it (domain.two_sided: no name, and the same domain, phone or website).

Plain data only (no Qt): `load_review_card` runs on a worker thread and opens its own sessions through the
storage services, so the GUI thread never waits on the library while cards come up one after another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cardbook.app.scan_outcome import generic_domain
from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter
from cardbook.domain.two_sided import back_evidence
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.cards import CardRecord, MetAgainCandidate
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import encounters
from cardbook.storage.library import Library


@dataclass(frozen=True, slots=True)
class BackProposal:
    """The card looks like the back of the previous card of the review: whose, and why."""

    front_id: int
    front_name: str
    kind: str  # "domain" | "phone" | "website" (domain.two_sided.BackEvidence)
    value: str


@dataclass(frozen=True, slots=True)
class ReviewCard:
    contact: Contact
    card: CardRecord | None
    encounter: Encounter | None  # the meeting the card came from (the contact's newest)
    candidate: MetAgainCandidate | None  # someone already in the library this card looks like, best first
    back_of: BackProposal | None = None  # the previous card this one looks like the back of


@dataclass(frozen=True, slots=True)
class ReviewLoad:
    """The first card still in the library among the ids asked for; `gone`: the ids before it that are not
    (merged or deleted since the import), which the review drops from its list."""

    found: ReviewCard | None
    gone: tuple[int, ...] = ()


def _back_proposal(library: Library, contact: Contact, previous: int | None) -> BackProposal | None:
    if previous is None or previous == contact.id:
        return None
    try:
        front = contacts.get_contact(library, previous)
    except NotFoundError:
        return None
    found = back_evidence(front, contact, generic_domain)
    return BackProposal(previous, front.display_name, found.kind, found.value) if found is not None else None


def load_review_card(library: Library, ids: Sequence[int], previous: int | None = None) -> ReviewLoad:
    """The first of `ids` still in the library; `previous`: the card reviewed before it (a possible front)."""
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
        back_of = _back_proposal(library, contact, previous)
        best = next(iter(candidates), None)
        if back_of is not None and best is not None and best.contact_id == back_of.front_id:
            best = None  # the front's own phone or email on its back: not that person "met again"
        card = ReviewCard(contact, found[0] if found else None, met[0] if met else None, best, back_of)
        return ReviewLoad(card, tuple(gone))
    return ReviewLoad(None, tuple(gone))
