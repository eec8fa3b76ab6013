"""Reading and storing a batch in the background: a thin Qt adapter around `cardbook.app.scanning.scan_batch`,
the same loop as `cardbook scan --import`.

The worker lives on its own QThread. The batch runs its own pool of reading threads (jobs > 1) and stores
each card from this thread (sessions opened and closed here), so the GUI thread only receives small plain
results through signals. The batch's event is found or made here too (`event`), before the first card.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from cardbook.app.region_setting import get_default_region
from cardbook.app.scan_outcome import CardSkip
from cardbook.app.scanning import resolve_event, scan_batch
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts.card_import import ExchangeDefaults
from cardbook.storage.library import Library


@dataclass(frozen=True, slots=True)
class StoredCard:
    path: str
    contact_id: int
    name: str
    warning: str | None
    back_of: int | None = None  # joined as the back of this contact's card (a front and back batch)


class ImportWorker(QObject):
    started = Signal(int)  # photos in the batch
    progress = Signal(int, int, str)  # photos done, total, the photo just read
    cardStored = Signal(object)  # StoredCard
    # path, why nothing was stored from one of its cards (a cardbook.app.scan_outcome.CardSkip value), the batch's
    # English line for it
    fileSkipped = Signal(str, str, str)
    fileAlready = Signal(str, str)  # path, when and as whom it was imported before
    # path, the contact holding that photo's card, their name: the photo was imported before, for another meeting,
    # which was recorded for them (cardbook.app.scanning_library.photo_seen_again)
    meetingRecorded = Signal(str, int, str)
    fileFailed = Signal(str, str)  # path, one-line message
    finished = Signal(bool)  # cancelled

    def __init__(
        self,
        library: Library,
        paths: list[str],
        exchange: ExchangeDefaults,
        options: ReadOptions,
        jobs: int,
        *,
        event: Event | None = None,
        two_sided: bool = False,
    ) -> None:
        """`event`: the batch's event as chosen (not yet stored, or stored): found or made before reading, and the
        cards' meetings go to it (its date too, unless `exchange` has one)."""
        super().__init__()
        self._library = library
        self._event = event
        self._paths = paths
        self._exchange = exchange
        self._options = options
        self._jobs = jobs
        self._two_sided = two_sided
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Callable from any thread: the batch stops after the photos being read."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        self.started.emit(len(self._paths))
        try:
            # The library's default country (Preferences), read here off the GUI thread: it decides the phones of
            # cards that name no country of their own.
            options = dataclasses.replace(self._options, region=get_default_region(self._library))
            exchange = self._exchange
            event = resolve_event(self._library, self._event)
            if event is not None:
                exchange = dataclasses.replace(exchange, event_id=event.id, date=exchange.date or event.date)
            batch = scan_batch(
                self._paths,
                options,
                jobs=self._jobs,
                store=exchange,
                library=self._library,
                progress=self.progress.emit,
                cancel=self._cancel,
                two_sided=self._two_sided,
            )
            for outcome in batch:
                if outcome.error is not None:
                    self.fileFailed.emit(outcome.path, outcome.error)
                elif outcome.already is not None and outcome.met_again and outcome.contact_id is not None:
                    self.meetingRecorded.emit(outcome.path, outcome.contact_id, outcome.name)
                elif outcome.already is not None:
                    self.fileAlready.emit(outcome.path, outcome.already)
                elif outcome.skipped is not None:
                    kind = outcome.skip_kind or CardSkip.NO_CARD
                    self.fileSkipped.emit(outcome.path, kind.value, outcome.skipped)
                elif outcome.contact_id is not None:
                    stored = StoredCard(
                        outcome.path,
                        outcome.contact_id,
                        outcome.name,
                        outcome.result.warning or outcome.note or None,
                        outcome.back_of,
                    )
                    self.cardStored.emit(stored)
        except Exception as error:  # e.g. the pool could not start: say so for every photo not read
            self.fileFailed.emit("", f"{type(error).__name__}: {error}")
        self.finished.emit(self._cancel.is_set())


class ImportThread(QThread):
    """The worker's thread; it quits when the worker finishes."""

    def __init__(self, worker: ImportWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        worker.moveToThread(self)
        self.started.connect(worker.run)
        worker.finished.connect(self.quit, Qt.ConnectionType.DirectConnection)  # quit() is thread-safe
