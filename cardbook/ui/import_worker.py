"""Reading and storing a batch in the background: a thin Qt adapter around `cardbook.ocr.batch.read_images`.

The worker lives on its own QThread. `read_images` runs its own pool of reading threads (jobs > 1; each
Tesseract call is a process of its own) and reports progress; each card read is stored from this thread
(`scan_store.scanned_card` + `store_scanned_card`, with sessions opened and closed here), so the GUI thread
only receives small plain results through signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from cardbook.ocr.batch import read_images
from cardbook.ocr.pipeline import ReadOptions
from cardbook.scan_store import scanned_card
from cardbook.storage.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.library import Library

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".bmp"}


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given, folders replaced by the images inside them (sorted, recursively); no duplicates."""
    found: dict[str, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in IMAGE_SUFFIXES and not child.name.startswith("."):
                    found[str(child)] = None
        else:
            found[str(path)] = None
    return list(found)


@dataclass(frozen=True, slots=True)
class StoredCard:
    path: str
    contact_id: int
    name: str
    warning: str | None


class ImportWorker(QObject):
    started = Signal(int)  # photos in the batch
    progress = Signal(int, int, str)  # photos done, total, the photo just read
    cardStored = Signal(object)  # StoredCard
    fileFailed = Signal(str, str)  # path, one-line message
    finished = Signal(bool)  # cancelled

    def __init__(
        self, library: Library, paths: list[str], exchange: ExchangeDefaults, options: ReadOptions, jobs: int
    ) -> None:
        super().__init__()
        self._library = library
        self._paths = paths
        self._exchange = exchange
        self._options = options
        self._jobs = jobs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Callable from any thread: the batch stops after the photos being read."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        self.started.emit(len(self._paths))
        try:
            batch = read_images(
                self._paths, self._options, jobs=self._jobs, progress=self.progress.emit, cancel=self._cancel
            )
            for path, results in batch:
                for result in results:
                    if self._cancel.is_set():
                        break
                    if result.error is not None:
                        self.fileFailed.emit(path, result.error)
                        continue
                    try:
                        card = scanned_card(result)
                        contact_id = store_scanned_card(self._library, card, self._exchange)
                    except Exception as error:  # one card's failure must not lose the rest of the batch
                        self.fileFailed.emit(path, f"{type(error).__name__}: {error}")
                        continue
                    name = card.contact.display_name
                    self.cardStored.emit(StoredCard(path, contact_id, name, result.warning))
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
