"""Reading a batch of photos into the library: the one loop behind `cardbook scan [--import]` and the window's
import (docs/ARCHITECTURE.md, "app").

What both front ends share, written once so it cannot drift:
- which files a folder stands for (`expand_image_paths`: subfolders included, hidden files skipped);
- which event the cards belong to (`resolve_event`: the same name on the same day is the same event);
- the loop itself (`scan_batch`): read in parallel, keep input order, report progress, stop on cancel, store
  each card as a contact awaiting review, and never let one bad photo or one failed write stop the batch;
- what is not a card (`blank_reason`): an image where nothing was read creates no contact;
- what was already imported (`CardOutcome.already`, `scanning_library.photo_seen_again`): a photo whose file is the
  original of a stored card (same SHA-256) is never read nor filed again. For the same meeting (the same event; or,
  with no event, the same date or none given) nothing is stored, so an interrupted import run again completes the
  batch with each card stored once. For another meeting (another event, or another date given) that meeting becomes
  an encounter of the contact holding the card — the same card handed over again —, once: the same photo for that
  meeting again then finds it recorded (docs/CLI.md, "scan");
- front and back (`two_sided`, `scanning_library.BackPairing`): with the batch's "front and back" pairing, each
  even photo is the back of the photo before it and joins its contact (storage.contacts.two_sided); without it,
  a card with no name that shares the previous photo's domain, phone or website is only *proposed* as its back
  (`CardOutcome.back_proposal`), for the user to confirm.

The front ends only adapt it: the command line prints each `CardOutcome` as it comes, the window's worker
turns them into signals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Generator, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cardbook.app.folder_entries import list_arguments
from cardbook.app.photo_cards import backs_in_photo
from cardbook.app.scan_outcome import CardOutcome, CardSkip, blank_reason
from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.network import Event
from cardbook.ocr.batch import CancelFlag, ProgressCallback, read_images
from cardbook.ocr.pipeline import CardResult, ReadOptions

if TYPE_CHECKING:  # the library's side is imported when a batch has a library (scanning_library)
    from cardbook.domain.contact import Contact
    from cardbook.storage.contacts.card_import import ExchangeDefaults
    from cardbook.storage.library import Library


def expand_image_paths(arguments: Iterable[str | Path]) -> list[str]:
    """Files as given (even missing ones: reading them reports why), folders replaced by the images inside
    them and their subfolders, sorted; hidden files and folders are skipped, and no path comes twice
    (folder_entries.list_arguments, which also says what the folders hold that is not read)."""
    return list_arguments(arguments).files


def resolve_event(library: Library, event: Event | None) -> Event | None:
    """The stored event the batch's cards belong to: the one given (with an id), else the recorded event with
    the same name on the same day (`Event.is_same_as`), else a new one."""
    from cardbook.storage.ledger.events import find_or_create_event

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
    from cardbook.storage.contacts.card_import import ExchangeDefaults

    return ExchangeDefaults(
        event_id=event.id if event is not None else None,
        date=date or (event.date if event is not None else None),
        offered_by=offered_by,
        reciprocated=reciprocated,
        why_no_card=why_no_card,
    )


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
    two_sided: bool = False,
    meeting_named: bool = True,
) -> Generator[CardOutcome, None, None]:
    """Read every photo (in parallel with `jobs`), yielding each card in input order as soon as it is ready.

    With `library`, the reading uses what the user's earlier reviews taught (`app.learning`), unless `options`
    already carry hints. With `store` (and `library`), each card read becomes a contact awaiting review with
    those exchange tags.
    A photo that cannot be read, a card that cannot be stored, or an image with nothing on it is one outcome
    with `error` or `skipped`; the batch goes on. Stops early when `cancel` is set.

    With `match`, a card of someone already in the library (`scanning_library.recognise_person`) adds its
    encounter and card to that contact instead of filing a second one — the review's "Met again", made without asking.

    With `two_sided` (and `store`), the photos are pairs, front then back: the 2nd, 4th... photo's card joins
    the card of the photo before it (`CardOutcome.back_of`). Without it, a card that looks like the back of the
    previous photo's card carries that proposal (`CardOutcome.back_proposal`) and is stored on its own.

    `meeting_named` False: the batch's event was not chosen by the user for these photos (a watched folder takes
    the day's event by itself), so a photo imported before is only "already imported", never a meeting again —
    a gallery syncing an old photo once more on the evening of another event is no exchange.
    """
    if store is not None and library is None:
        raise ValueError("storing a batch needs the library")
    if library is not None:
        # Only a batch with the library imports the storage layer (SQLAlchemy and the library's modules: 0.3-0.35 s
        # of a plain scan's start, docs/measuring/speed-and-memory.md).
        from cardbook.app.learning import with_hints
        from cardbook.app.scanning_library import BackPairing, already_imported, photo_seen_again

        if options.hints is None:
            options = with_hints(options, library)  # read with what the user's reviews taught
    known = already_imported(library, paths) if store is not None and library is not None else {}
    unread = [path for path in paths if path not in known]
    reading = read_images(unread, options, jobs=jobs, progress=progress, cancel=cancel)
    pairing = BackPairing(library, two_sided) if store is not None and library is not None else None
    again = store if meeting_named or store is None else dataclasses.replace(store, event_id=None, date=None)
    try:
        for position, path in enumerate(paths):
            if cancel is not None and cancel.is_set():
                return
            earlier = known.get(path)
            if earlier is not None and again is not None and library is not None:
                seen = photo_seen_again(library, path, earlier, again)
                # An interrupted two-sided import run again: a front imported before is still its back's front.
                yield from pairing.photo(position, [seen]) if pairing else [seen]
                continue
            read = next(reading, None)
            if read is None:  # cancelled while reading
                return
            read_path, results = read
            if pairing is None:
                yield from _outcomes(read_path, results, None, None, match)
                continue
            # A back is never "met again" with the front just stored: the pairing (or the proposal) decides.
            hold = pairing.front_contact(position)
            outcomes = _outcomes(
                read_path, results, library, store, match and not pairing.is_back(position), hold, again
            )
            yield from pairing.photo(position, outcomes)
    finally:
        close = getattr(reading, "close", None)  # a generator: closing the batch (Ctrl+C) stops it at once
        if close is not None:
            close()


def _outcomes(
    path: str,
    results: list[CardResult],
    library: Library | None,
    store: ExchangeDefaults | None,
    match: bool,
    hold: Contact | None = None,
    again: ExchangeDefaults | None = None,
) -> list[CardOutcome]:
    """The outcomes of one photo's cards; with a library, the photo's cards are stored together (all or none)."""
    outcomes: list[CardOutcome | None] = []
    storing: list[tuple[int, CardResult]] = []
    backs = backs_in_photo(results)  # the front and the back of one card side by side: one contact
    for number, result in enumerate(results):
        if result.error is not None:
            outcomes.append(CardOutcome(path, result, error=result.error))
        elif (skip := _back_reason(backs.get(number)) or blank_reason(result)) is not None:
            outcomes.append(CardOutcome(path, result, skipped=skip[1], skip_kind=skip[0]))
        elif library is None or store is None:
            outcomes.append(CardOutcome(path, result))
        else:
            storing.append((len(outcomes), result))
            outcomes.append(None)
    if storing and library is not None and store is not None:
        from cardbook.app.scanning_library import store_cards

        for index, outcome in store_cards(path, storing, library, store, match, hold, again or store):
            outcomes[index] = outcome
    return [outcome for outcome in outcomes if outcome is not None]


def _back_reason(reason: str | None) -> tuple[CardSkip, str] | None:
    return None if reason is None else (CardSkip.BACK_OF_CARD, reason)
