"""Reading a batch of photos into the library: the one loop behind `cardbook scan [--import]` and the window's
import (docs/ARCHITECTURE.md, "app").

What both front ends share, written once so it cannot drift:
- which files a folder stands for (`expand_image_paths`: subfolders included, hidden files skipped);
- which event the cards belong to (`resolve_event`: the same name on the same day is the same event);
- the loop itself (`scan_batch`): read in parallel, keep input order, report progress, stop on cancel, store
  each card as a contact awaiting review, and never let one bad photo or one failed write stop the batch;
- what is not a card (`blank_reason`): an image where nothing was read creates no contact;
- what was already imported (`CardOutcome.already`): a photo whose file is the original of a stored card (same
  SHA-256) is neither read nor stored again, so an interrupted import re-run completes the batch with each
  card stored once.

The front ends only adapt it: the command line prints each `CardOutcome` as it comes, the window's worker
turns them into signals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cardbook.app.learning import with_hints
from cardbook.app.scanned_card import scanned_card
from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.batch import CancelFlag, ProgressCallback, read_images
from cardbook.ocr.loading import IMAGE_SUFFIXES
from cardbook.ocr.pipeline import CardResult, ReadOptions
from cardbook.storage.contacts.card_import import ExchangeDefaults, ImportedPhoto, imported_photos, store_photo_cards
from cardbook.storage.contacts.cards import add_to_existing, met_again_candidates
from cardbook.storage.ledger.events import find_or_create_event
from cardbook.storage.library import Library


def expand_image_paths(arguments: Iterable[str | Path]) -> list[str]:
    """Files as given (even missing ones: reading them reports why), folders replaced by the images inside
    them and their subfolders, sorted; hidden files and folders are skipped, and no path comes twice."""
    found: dict[str, None] = {}
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if not hidden and child.is_file() and child.suffix.lower() in IMAGE_SUFFIXES:
                    found[str(child)] = None
        else:
            found[str(argument)] = None
    return list(found)


def resolve_event(library: Library, event: Event | None) -> Event | None:
    """The stored event the batch's cards belong to: the one given (with an id), else the recorded event with
    the same name on the same day (`Event.is_same_as`), else a new one."""
    if event is None or event.id is not None:
        return event
    return find_or_create_event(library, event)


def exchange_defaults(
    event: Event | None,
    offered_by: OfferedBy = OfferedBy.UNKNOWN,
    reciprocated: Reciprocated = Reciprocated.UNKNOWN,
    date: dt.date | None = None,
    why_no_card: NoCardReason | None = None,
) -> ExchangeDefaults:
    """The exchange tags every card of the batch gets; the meeting's date is the event's unless given."""
    return ExchangeDefaults(
        event_id=event.id if event is not None else None,
        date=date or (event.date if event is not None else None),
        offered_by=offered_by,
        reciprocated=reciprocated,
        why_no_card=why_no_card,
    )


def blank_reason(result: CardResult) -> str | None:
    """Why a read card is not worth a contact (the reader found no card or no text on it), or None when it is."""
    if not result.found:
        return result.warning or f"no card found in {Path(result.image_path).name}"
    fields = result.fields
    has_field = any((fields.name, fields.title, fields.company, fields.department, fields.address)) or any(
        (fields.emails, fields.phones, fields.websites, fields.social)
    )
    if has_field or result.text.strip():
        return None
    return f"no text found in {Path(result.image_path).name}"


@dataclass(frozen=True, slots=True)
class CardOutcome:
    """One card of the batch, once read (and stored when the batch stores)."""

    path: str
    result: CardResult
    contact_id: int | None = None  # stored as this contact
    name: str = ""  # the contact's display name, when stored
    error: str | None = None  # the photo could not be read, or the card could not be stored
    skipped: str | None = None  # nothing worth a contact was read: the reason
    met_again: bool = False  # a person already in the library: the encounter was added to `contact_id`
    match_reason: str = ""  # why they are that person ("same email", "same phone", "name and company")
    # The photo was imported before: "already imported on DATE as NAME (#ID)", with that contact's id in
    # `existing_id`; nothing was read or stored this time (`result` is then an empty CardResult).
    already: str | None = None
    existing_id: int | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


def scan_batch(
    paths: Sequence[str],
    options: ReadOptions,
    *,
    jobs: int = 1,
    store: ExchangeDefaults | None = None,
    library: Library | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    match: bool = False,
) -> Generator[CardOutcome, None, None]:
    """Read every photo (in parallel with `jobs`), yielding each card in input order as soon as it is ready.

    With `library`, the reading uses what the user's earlier reviews taught (`app.learning`), unless `options`
    already carry hints. With `store` (and `library`), each card read becomes a contact awaiting review with
    those exchange tags.
    A photo that cannot be read, a card that cannot be stored, or an image with nothing on it is one outcome
    with `error` or `skipped`; the batch goes on. Stops early when `cancel` is set.

    With `match`, a card of someone already in the library (`recognise_person`) adds its encounter and card to
    that contact instead of filing a second one — the review's "Met again", made without asking.
    """
    if store is not None and library is None:
        raise ValueError("storing a batch needs the library")
    if library is not None and options.hints is None:
        options = with_hints(options, library)  # read with what the user's reviews taught
    known = _already_imported(library, paths) if store is not None and library is not None else {}
    unread = [path for path in paths if path not in known]
    reading = read_images(unread, options, jobs=jobs, progress=progress, cancel=cancel)
    try:
        for path in paths:
            if cancel is not None and cancel.is_set():
                return
            earlier = known.get(path)
            if earlier is not None:
                yield _already(path, earlier)
                continue
            read = next(reading, None)
            if read is None:  # cancelled while reading
                return
            read_path, results = read
            yield from _outcomes(read_path, results, library if store is not None else None, store, match)
    finally:
        close = getattr(reading, "close", None)  # a generator: closing the batch (Ctrl+C) stops it at once
        if close is not None:
            close()


def recognise_person(library: Library, contact_id: int) -> tuple[int, str] | None:
    """The contact already in the library who is the person of `contact_id` (a card just stored), and why — by
    the review's own rule (storage.cards.met_again_candidates: same email, same E.164 phone, or a close name at
    the same company). None when nobody is, or when two people are equally likely (the review asks then)."""
    found = met_again_candidates(library, contact_id)
    if not found or (len(found) > 1 and found[1].score == found[0].score):
        return None
    return found[0].contact_id, "; ".join(found[0].reasons)


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


def _already_imported(library: Library, paths: Sequence[str]) -> dict[str, ImportedPhoto]:
    hashes = {path: sha for path in paths if Path(path).is_file() and (sha := file_sha256(path)) is not None}
    stored = imported_photos(library, hashes.values())
    return {path: stored[sha] for path, sha in hashes.items() if sha in stored}


def _already(path: str, earlier: ImportedPhoto) -> CardOutcome:
    return CardOutcome(path, CardResult(path, 0), already=earlier.describe(), existing_id=earlier.contact_id)


def _outcomes(
    path: str, results: list[CardResult], library: Library | None, store: ExchangeDefaults | None, match: bool
) -> list[CardOutcome]:
    """The outcomes of one photo's cards; with a library, the photo's cards are stored together (all or none)."""
    outcomes: list[CardOutcome | None] = []
    storing: list[tuple[int, CardResult]] = []
    for result in results:
        if result.error is not None:
            outcomes.append(CardOutcome(path, result, error=result.error))
        elif (reason := blank_reason(result)) is not None:
            outcomes.append(CardOutcome(path, result, skipped=reason))
        elif library is None or store is None:
            outcomes.append(CardOutcome(path, result))
        else:
            storing.append((len(outcomes), result))
            outcomes.append(None)
    if storing and library is not None and store is not None:
        for index, outcome in _store(path, storing, library, store, match):
            outcomes[index] = outcome
    return [outcome for outcome in outcomes if outcome is not None]


def _store(
    path: str, storing: list[tuple[int, CardResult]], library: Library, store: ExchangeDefaults, match: bool
) -> list[tuple[int, CardOutcome]]:
    from cardbook.app.errors import describe

    try:
        cards = [scanned_card(result) for _, result in storing]
        stored = store_photo_cards(library, cards, store)
    except Exception as error:  # one photo's failed write must not lose the rest of the batch
        message = f"cannot import: {describe(error)[0]}"
        return [(index, CardOutcome(path, result, error=message)) for index, result in storing]
    if isinstance(stored, ImportedPhoto):
        return [
            (index, CardOutcome(path, result, already=stored.describe(), existing_id=stored.contact_id))
            for index, result in storing
        ]
    outcomes: list[tuple[int, CardOutcome]] = []
    for (index, result), card, contact_id in zip(storing, cards, stored, strict=True):
        outcome = CardOutcome(path, result, contact_id=contact_id, name=card.contact.display_name)
        if match:
            # Stored first (a kill here leaves the card for review, never lost); then joined to the person.
            try:
                known = recognise_person(library, contact_id)
                if known is not None:
                    person = add_to_existing(library, contact_id, known[0])
                    outcome = CardOutcome(path, result, contact_id=known[0], name=person.display_name,
                                          met_again=True, match_reason=known[1])  # fmt: skip
            except Exception as error:  # the card is stored; only the "met again" step failed
                why = f"stored, but not joined to the person met before: {describe(error)[0]}"
                outcome = CardOutcome(path, result, contact_id=contact_id, name=card.contact.display_name, error=why)
        outcomes.append((index, outcome))
    return outcomes
