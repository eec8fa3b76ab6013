"""What a batch of photos does with the library (`scanning.scan_batch` given one): the cards stored as contacts
awaiting review, the people recognised, the photos imported before (`photo_seen_again`) and front and back
(`BackPairing`). The rules are `cardbook.app.scanning`'s (its docstring).

A module of its own so that a batch without a library (`cardbook scan` without `--import`) never imports the
storage layer: SQLAlchemy and the library's modules took 0.3-0.35 s of every scan's start, before the first card
(docs/measuring/speed-and-memory.md). `scan_batch` imports this module only when it is given a library.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from pathlib import Path

from cardbook.app.field_limits import cap_scanned
from cardbook.app.scan_outcome import CardOutcome, generic_domain
from cardbook.app.scanned_card import scanned_card
from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter
from cardbook.domain.scanned import ScannedCard
from cardbook.domain.two_sided import back_evidence
from cardbook.ocr.pipeline import CardResult
from cardbook.storage.contacts.card_import import (
    ExchangeDefaults,
    ImportedPhoto,
    imported_photos,
    record_meeting_again,
    store_photo_matching,
)
from cardbook.storage.contacts.cards import MetAgainCandidate, met_again_candidates
from cardbook.storage.contacts.records import get_contact
from cardbook.storage.contacts.two_sided import attach_back
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger.events import get_event
from cardbook.storage.library import Library


def recognise_person(library: Library, contact_id: int) -> tuple[int, str] | None:
    """The contact already in the library who is the person of `contact_id` (a card just stored), and why — by
    the review's own rule (storage.cards.met_again_candidates: same email, same E.164 phone, or a close name at
    the same company). None when nobody is, or when two people are equally likely (the review asks then)."""
    known = pick_person(met_again_candidates(library, contact_id))
    return None if known is None else (known.contact_id, "; ".join(known.reasons))


def pick_person(found: list[MetAgainCandidate]) -> MetAgainCandidate | None:
    """The one person the candidates (best first) point at; None when nobody is, or two are equally likely."""
    if not found or (len(found) > 1 and found[1].score == found[0].score):
        return None
    return found[0]


def file_sha256(path: str) -> str | None:
    """The SHA-256 of a file's bytes (the image store's name for it), or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def already_imported(library: Library, paths: Sequence[str]) -> dict[str, ImportedPhoto]:
    hashes = {path: sha for path in paths if Path(path).is_file() and (sha := file_sha256(path)) is not None}
    stored = imported_photos(library, hashes.values())
    return {path: stored[sha] for path, sha in hashes.items() if sha in stored}


def photo_seen_again(library: Library, path: str, earlier: ImportedPhoto, store: ExchangeDefaults) -> CardOutcome:
    """A photo imported before (`earlier`), given again with the batch's exchange `store`: the one rule for both
    front ends. Nothing is read and no contact is filed. When the batch names another meeting than the ones the
    contacts holding the photo's cards already have — another event, or (with no event) another date given —,
    that meeting is recorded as their encounter with the batch's exchange tags ("met again"), once
    (storage's `record_meeting_again`, under the write lock); otherwise (the same event, the same date, or no
    event and no date: an interrupted import run again) nothing is stored."""
    from cardbook.app.errors import describe

    plain = CardOutcome(
        path, CardResult(path, 0), already=earlier.describe(), existing_id=earlier.contact_id, name=earlier.name
    )
    if store.event_id is None and store.date is None:
        return plain  # no meeting named: the batch run again

    def is_this_meeting(met: Encounter) -> bool:
        if store.event_id is not None:
            return met.event_id == store.event_id
        return met.date == store.date  # a meeting that day is this one (at an event or not)

    try:
        where = f"at {get_event(library, store.event_id).name}" if store.event_id is not None else ""
        holders = record_meeting_again(library, earlier.sha256, store, is_this_meeting)
    except Exception as error:  # e.g. the event was deleted meanwhile: said, the batch goes on
        return dataclasses.replace(plain, error=f"the meeting was not recorded: {describe(error)[0]}")
    recorded = [holder for holder in holders if holder.recorded]
    if not recorded:
        return plain
    where = where or f"on {store.date.isoformat() if store.date else ''}"
    first = recorded[0]
    names = ", ".join(f"{h.name or 'an unnamed contact'} (#{h.contact_id})" for h in recorded)
    return dataclasses.replace(
        plain,
        already=f"already imported as {names}; met again {where} recorded",
        contact_id=first.contact_id,
        name=first.name,
        met_again=True,
        match_reason="same photo",
    )


class BackPairing:
    """Front and back through a batch: which photo is whose back, and the proposals (see `scan_batch`)."""

    def __init__(self, library: Library, two_sided: bool) -> None:
        self._library = library
        self._two_sided = two_sided
        self._fronts: dict[int, int] = {}  # photo position -> the contact its (first) card is stored as

    def is_back(self, position: int) -> bool:
        return self._two_sided and position % 2 == 1

    def front_before(self, position: int) -> int | None:
        """The contact of the photo just before (a possible front), or None."""
        return self._fronts.get(position - 1)

    def front_contact(self, position: int) -> Contact | None:
        """The contact of the photo just before, as stored now (None: none, or gone)."""
        front = self.front_before(position)
        if front is None:
            return None
        try:
            return get_contact(self._library, front)
        except NotFoundError:
            return None

    def photo(self, position: int, outcomes: list[CardOutcome]) -> list[CardOutcome]:
        """A photo's outcomes, the first stored card joined to the front before it (pairs) or given the
        proposal; each other outcome as it came."""
        from cardbook.app.errors import describe

        first = next((o for o in outcomes if o.contact_id is not None), None)
        if first is None or first.contact_id is None:
            earlier = next((o.existing_id for o in outcomes if o.existing_id is not None), None)
            if earlier is not None and not self.is_back(position):
                self._fronts[position] = earlier  # imported before: its back, read now, still joins it
            return outcomes
        front = self.front_before(position)
        shown = first
        if self.is_back(position):
            if front is None:
                note = "no card was read on the photo before it (its front): stored as a card of its own"
                shown = dataclasses.replace(first, note=note)
            elif not first.met_again:
                try:
                    merged = attach_back(self._library, front, first.contact_id)
                    shown = dataclasses.replace(first, contact_id=front, name=merged.display_name, back_of=front)
                except Exception as error:  # the back stays a card of its own: said, and the batch goes on
                    why = f"stored on its own, not joined to its front: {describe(error)[0]}"
                    shown = dataclasses.replace(first, error=why)
        else:
            self._fronts[position] = first.contact_id
            if front is not None and not first.met_again:
                shown = self._propose(first, front)
        return [shown if o is first else o for o in outcomes]

    def _propose(self, outcome: CardOutcome, front: int) -> CardOutcome:
        assert outcome.contact_id is not None
        try:
            evidence = back_evidence(
                get_contact(self._library, front), get_contact(self._library, outcome.contact_id), generic_domain
            )
        except Exception:  # the front was merged or deleted meanwhile: no proposal, nothing lost
            return outcome
        if evidence is None:
            return outcome
        return dataclasses.replace(outcome, back_proposal=front, back_reason=evidence.describe())


def store_cards(
    path: str,
    storing: list[tuple[int, CardResult]],
    library: Library,
    store: ExchangeDefaults,
    match: bool,
    hold: Contact | None = None,
    again: ExchangeDefaults | None = None,
) -> list[tuple[int, CardOutcome]]:
    """`hold`: the previous photo's contact. A card recognised as that person that looks like that card's back
    (domain.two_sided.back_evidence) is not joined to it as "met again": the pairing proposes it as the back."""
    from cardbook.app.errors import describe

    cards: list[ScannedCard] = []

    def choose(position: int, found: list[MetAgainCandidate]) -> MetAgainCandidate | None:
        known = pick_person(found)
        joined_to_front = known is not None and hold is not None and known.contact_id == hold.id
        if joined_to_front and hold is not None and back_evidence(hold, cards[position].contact, generic_domain):
            return None
        return known

    try:
        cards.extend(scanned_card(result) for _, result in storing)
        cuts = [tuple(cap_scanned(card)) for card in cards]
        # With `match`, the card is stored and joined to the person in one write transaction: the check for
        # the person runs under the library's write lock, so two members importing the same person's card at
        # once make one contact (docs/TEAM_LIBRARY.md, "Several writers").
        stored = store_photo_matching(library, cards, store, choose if match else lambda _p, _f: None)
    except Exception as error:  # one photo's failed write must not lose the rest of the batch
        message = f"cannot import: {describe(error)[0]}"
        return [(index, CardOutcome(path, result, error=message)) for index, result in storing]
    if isinstance(stored, ImportedPhoto):  # imported meanwhile by another import of the same photo
        seen = photo_seen_again(library, path, stored, again or store)
        return [(index, dataclasses.replace(seen, result=result)) for index, result in storing]
    outcomes: list[tuple[int, CardOutcome]] = []
    for (index, result), cut, card in zip(storing, cuts, stored, strict=True):
        if card.unjoined is not None:  # the card is stored; only the "met again" step failed
            why = f"stored, but not joined to the person met before: {card.unjoined}"
            outcome = CardOutcome(path, result, contact_id=card.contact_id, name=card.name, error=why, cut=cut)
        else:
            reason = card.met_again
            outcome = CardOutcome(
                path, result, contact_id=card.contact_id, name=card.name, met_again=reason is not None,
                match_reason=reason or "", cut=cut,
            )  # fmt: skip
        outcomes.append((index, outcome))
    return outcomes
