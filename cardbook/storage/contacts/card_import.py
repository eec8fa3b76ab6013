"""Store read cards: images into the content-addressed store, a contact awaiting review, the encounter.

A photo is stored whole or not at all: all the cards read on it go in one transaction. That is what lets an
interrupted import resume: a photo whose file (by the SHA-256 of its bytes, the name the image store gives it)
is the original of a stored card was imported completely, and `imported_photos` / `store_photo_cards` report
it instead of storing its cards a second time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.enums import ContactStatus, NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.scanned import ScannedCard, image_extension
from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.card_fields import fields_to_json
from cardbook.storage.contacts.cards import MetAgainCandidate, add_in, candidates_in
from cardbook.storage.contacts.records import refresh_summary
from cardbook.storage.convert import apply_contact, apply_encounter, encounter_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.follow_ups import reschedule_stay_in_touch
from cardbook.storage.library import Library
from cardbook.storage.members import recording_member_id
from cardbook.storage.models import CardImageRow, ContactRow, EncounterRow, EventRow, StoredImageRow


@dataclass(frozen=True, slots=True)
class ExchangeDefaults:
    """The batch's exchange tags, set once for all the cards of an event."""

    event_id: int | None = None
    date: dt.date | None = None
    offered_by: OfferedBy = OfferedBy.UNKNOWN
    reciprocated: Reciprocated = Reciprocated.UNKNOWN
    why_no_card: NoCardReason | None = None  # with them / no: they did not ask for mine, or I had none


@dataclass(frozen=True, slots=True)
class ImportedPhoto:
    """A photo already in the library: the contact (the first, for a photo of several cards) it became."""

    sha256: str
    contact_id: int
    name: str
    imported_on: dt.date

    def describe(self) -> str:
        """The one line both front ends show (in English; the window may word it in the user's language)."""
        name = self.name or "an unnamed contact"
        return f"already imported on {self.imported_on.isoformat()} as {name} (#{self.contact_id})"


def _imported(session: Session, sha256s: Iterable[str]) -> dict[str, ImportedPhoto]:
    wanted = sorted(set(sha256s))
    found: dict[str, ImportedPhoto] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(StoredImageRow.sha256, CardImageRow.contact_id, ContactRow.full_name, CardImageRow.captured_at)
            .join(CardImageRow, CardImageRow.original_image_id == StoredImageRow.id)
            .join(ContactRow, ContactRow.id == CardImageRow.contact_id)
            .where(StoredImageRow.sha256.in_(wanted[start : start + 500]))
            .order_by(CardImageRow.id)
        ).all()
        for sha, contact_id, name, captured in rows:
            if sha not in found:
                found[sha] = ImportedPhoto(sha, contact_id, name or "", captured.date())
    return found


def imported_photos(library: Library, sha256s: Iterable[str]) -> dict[str, ImportedPhoto]:
    """Which of these photos (SHA-256 of the file's bytes) are already the original of a stored card."""
    with library.session() as session:
        return _imported(session, sha256s)


def _image_row(session: Session, library: Library, data: bytes, extension: str) -> StoredImageRow:
    sha, _path = library.images.put(data, extension, session)
    row = session.scalars(select(StoredImageRow).where(StoredImageRow.sha256 == sha)).one_or_none()
    if row is None:
        row = StoredImageRow(sha256=sha, extension=extension.lower().lstrip("."), byte_size=len(data))
        session.add(row)
        session.flush()
    return row


def store_scanned_card(library: Library, card: ScannedCard, exchange: ExchangeDefaults) -> int:
    """Create a contact awaiting review from a read card, with its images and encounter; returns its id."""
    with library.writing() as session:
        return _store(session, library, card, exchange)


def store_photo_cards(
    library: Library, cards: Sequence[ScannedCard], exchange: ExchangeDefaults
) -> list[int] | ImportedPhoto:
    """Store every card read on one photo in one transaction; returns their contact ids, or the earlier import
    when this photo (the first card's original) is already stored: nothing is stored twice, even when two
    imports of the same photo run at once (the check is made under the write lock)."""
    if not cards:
        return []
    with library.writing() as session:
        return _store_new_photo(session, library, cards, exchange)


def _store_new_photo(
    session: Session, library: Library, cards: Sequence[ScannedCard], exchange: ExchangeDefaults
) -> list[int] | ImportedPhoto:
    """Inside the caller's write transaction: the earlier import of this photo, or its cards stored now."""
    earlier = _earlier_import(session, cards)
    if earlier is not None:
        return earlier
    return [_store(session, library, card, exchange) for card in cards]


def _earlier_import(session: Session, cards: Sequence[ScannedCard]) -> ImportedPhoto | None:
    """The earlier import of this photo (its first card's original), looked up inside the caller's write
    transaction, so that two imports of the same photo at once store it once."""
    original = cards[0].original
    if original is None:
        return None
    earlier = _imported(session, [hashlib.sha256(original).hexdigest()])
    return next(iter(earlier.values())) if earlier else None


@dataclass(frozen=True, slots=True)
class StoredCard:
    """One card of a photo stored by `store_photo_matching`: the contact it is part of now and, when it was
    joined to someone already known ("met again"), that contact and why; `unjoined` when joining failed (the
    card is stored on its own, the reason said)."""

    contact_id: int
    name: str
    met_again: str | None = None
    unjoined: str | None = None


# Which of the people found is the card's (None: nobody, or the review must ask): the front end's rule,
# given the card's position on the photo and the candidates, best first. Plain data in, no session.
Choose = Callable[[int, list[MetAgainCandidate]], MetAgainCandidate | None]


def store_photo_matching(
    library: Library, cards: Sequence[ScannedCard], exchange: ExchangeDefaults, choose: Choose
) -> list[StoredCard] | ImportedPhoto:
    """`store_photo_cards`, then each card joined to the person already known that `choose` picks ("met
    again"), all in the same write transaction: the duplicate check runs under the library's write lock, so
    two members importing the same person's card at the same time make one contact, never two (the second
    import sees the first's contact and joins it). docs/TEAM_LIBRARY.md, "Several writers".

    A card whose joining fails stays stored on its own (a savepoint undoes the join alone), with the reason."""
    if not cards:
        return []
    with library.writing() as session:
        ids = _store_new_photo(session, library, cards, exchange)
        if isinstance(ids, ImportedPhoto):
            return ids
        stored: list[StoredCard] = []
        for position, (card, contact_id) in enumerate(zip(cards, ids, strict=True)):
            name = card.contact.display_name
            try:
                with session.begin_nested():
                    chosen = choose(position, candidates_in(session, contact_id))
                    if chosen is None:
                        stored.append(StoredCard(contact_id, name))
                        continue
                    person = add_in(session, contact_id, chosen.contact_id)
                    reason = "; ".join(chosen.reasons)
                    stored.append(StoredCard(chosen.contact_id, person.display_name, met_again=reason))
            except (NotFoundError, ValidationError) as error:  # merged away by an earlier card of this photo
                stored.append(StoredCard(contact_id, name, unjoined=str(error)))
        return stored


def _store(session: Session, library: Library, card: ScannedCard, exchange: ExchangeDefaults) -> int:
    """Image files are written inside the write transaction (which holds the library's write lock from its
    start) and before its commit: a failed or killed commit leaves at most an unreferenced file, which
    `cardbook check` reports and `check --repair` removes; never a row pointing at a missing file. Because no
    other writer can commit meanwhile, `check --repair` (which also holds the write lock) never takes the file
    of a card being stored for an orphan. On a server library the image's chunks are rows of this same
    transaction (server_images.py): they commit or vanish with the card."""
    contact = card.contact
    contact.status = ContactStatus.AWAITING_REVIEW
    row = ContactRow()
    session.add(row)
    apply_contact(session, row, contact)
    session.flush()
    original = _image_row(session, library, card.original, card.original_extension) if card.original else None
    crop = None
    if card.crop_image:
        crop = _image_row(session, library, card.crop_image, image_extension(card.crop_image))
    session.add(
        CardImageRow(
            contact_id=row.id,
            side=card.side.value,
            original_image_id=original.id if original else None,
            crop_image_id=crop.id if crop else None,
            ocr_text=card.ocr_text,
            words_json=json.dumps(
                [[w.text, w.left, w.top, w.width, w.height, round(w.confidence, 3)] for w in card.words],
                ensure_ascii=False,
            ),
            fields_json=fields_to_json(card.proposals, card.region),
            corners_json=json.dumps(card.corners),
            rotation=card.rotation,
        )
    )
    _add_meeting(session, library, row, exchange)
    return row.id


def _add_meeting(session: Session, library: Library, row: ContactRow, exchange: ExchangeDefaults) -> None:
    """The batch's meeting as an encounter of the contact `row` (the event's date when none is given), with what
    follows a meeting: the stay-in-touch reminder moved, the cached summary and the search entry refreshed."""
    met_on = exchange.date
    if met_on is None and exchange.event_id is not None:
        event = session.get(EventRow, exchange.event_id)
        met_on = event.date if event is not None else None
    encounter = EncounterRow(contact_id=row.id, member_id=recording_member_id(session, library))
    apply_encounter(
        encounter,
        Encounter(
            event_id=exchange.event_id,
            date=met_on,
            offered_by=exchange.offered_by,
            reciprocated=exchange.reciprocated,
            why_no_card=exchange.why_no_card,
        ),
    )
    session.add(encounter)
    session.flush()
    reschedule_stay_in_touch(session, row.id, met_on)
    refresh_summary(session, row)
    search_index.reindex(session, row)


@dataclass(frozen=True, slots=True)
class MeetingAgain:
    """A contact holding a card of a photo imported before, and whether the batch's meeting was added to them
    (False: one of their meetings already was that one)."""

    contact_id: int
    name: str
    recorded: bool


def record_meeting_again(
    library: Library, sha256: str, exchange: ExchangeDefaults, is_this_meeting: Callable[[Encounter], bool]
) -> list[MeetingAgain]:
    """Every contact holding a card read on the photo `sha256` (in the order the cards were stored): the batch's
    meeting added as their encounter, unless one of their encounters `is_this_meeting` (app.scanning's rule).
    One write transaction, under the library's write lock: two imports of the same photo at once add the
    meeting once (the second finds the first's)."""
    with library.writing() as session:
        holders = session.execute(
            select(ContactRow)
            .join(CardImageRow, CardImageRow.contact_id == ContactRow.id)
            .join(StoredImageRow, StoredImageRow.id == CardImageRow.original_image_id)
            .where(StoredImageRow.sha256 == sha256)
            .order_by(CardImageRow.id)
        ).scalars()
        found: list[MeetingAgain] = []
        for row in dict.fromkeys(holders):  # a contact holding two cards of the photo (front and back) once
            met = session.scalars(select(EncounterRow).where(EncounterRow.contact_id == row.id))
            if any(is_this_meeting(encounter_from_row(e)) for e in met):
                found.append(MeetingAgain(row.id, row.full_name or "", recorded=False))
                continue
            _add_meeting(session, library, row, exchange)
            found.append(MeetingAgain(row.id, row.full_name or "", recorded=True))
        return found
