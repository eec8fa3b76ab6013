"""Reading a batch of photos into the library: the one loop behind `cardbook scan [--import]` and the window's
import (docs/ARCHITECTURE.md, "app").

What both front ends share, written once so it cannot drift:
- which files a folder stands for (`expand_image_paths`: subfolders included, hidden files skipped);
- which event the cards belong to (`resolve_event`: the same name on the same day is the same event);
- the loop itself (`scan_batch`): read in parallel, keep input order, report progress, stop on cancel, store
  each card as a contact awaiting review, and never let one bad photo or one failed write stop the batch;
- what is not a card (`blank_reason`): an image where nothing was read creates no contact.

The front ends only adapt it: the command line prints each `CardOutcome` as it comes, the window's worker
turns them into signals.
"""

from __future__ import annotations

import datetime as dt
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
from cardbook.storage.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.cards import add_to_existing, met_again_candidates
from cardbook.storage.library import Library
from cardbook.storage.networks import find_or_create_event


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
    for path, results in read_images(paths, options, jobs=jobs, progress=progress, cancel=cancel):
        for result in results:
            if cancel is not None and cancel.is_set():
                return
            yield _outcome(path, result, library if store is not None else None, store, match)


def recognise_person(library: Library, contact_id: int) -> tuple[int, str] | None:
    """The contact already in the library who is the person of `contact_id` (a card just stored), and why — by
    the review's own rule (storage.cards.met_again_candidates: same email, same E.164 phone, or a close name at
    the same company). None when nobody is, or when two people are equally likely (the review asks then)."""
    found = met_again_candidates(library, contact_id)
    if not found or (len(found) > 1 and found[1].score == found[0].score):
        return None
    return found[0].contact_id, "; ".join(found[0].reasons)


def _outcome(
    path: str, result: CardResult, library: Library | None, store: ExchangeDefaults | None, match: bool = False
) -> CardOutcome:
    if result.error is not None:
        return CardOutcome(path, result, error=result.error)
    reason = blank_reason(result)
    if reason is not None:
        return CardOutcome(path, result, skipped=reason)
    if library is None or store is None:
        return CardOutcome(path, result)
    try:
        card = scanned_card(result)
        contact_id = store_scanned_card(library, card, store)
        known = recognise_person(library, contact_id) if match else None
        if known is not None:
            person = add_to_existing(library, contact_id, known[0])
            return CardOutcome(path, result, contact_id=known[0], name=person.display_name, met_again=True,
                               match_reason=known[1])  # fmt: skip
    except Exception as error:  # one card's failed write must not lose the rest of the batch
        from cardbook.app.errors import describe

        return CardOutcome(path, result, error=f"cannot import: {describe(error)[0]}")
    return CardOutcome(path, result, contact_id=contact_id, name=card.contact.display_name)
