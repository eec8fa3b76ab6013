"""Watching a folder: photos imported as they arrive (`cardbook watch FOLDER`; the window's watched folder).

The folder is typically the one a phone syncs its camera into. What makes this work rather than merely run:
- **Only finished files.** A sync client or a copy writes a photo in several steps, and reading a half-written
  JPEG fails. A file is taken once two looks in a row saw the same size and modification time.
- **Once each.** A photo taken is remembered for the session, and a photo imported before (this session or
  any other) is recognised by its content (`scanning.scan_batch` skips a known SHA-256): renaming, copying
  or syncing a photo again files no second contact.
- **Nothing missed while closed, nothing old swept in.** The library remembers, per folder, when it was last
  watched; the next watch imports what arrived since then — and, the very first time, only what arrives
  from now on (a phone's camera folder holds years of other photos).
- **The day's event.** Cards are filed with the event dated today when there is exactly one (the evening the
  user is at); otherwise with none, to be told in review.
- **Polling, not notifications.** A look every few seconds is what works on every file system, synced and
  network folders included (inotify misses changes made by another machine); one `listdir` walk of a camera
  folder costs milliseconds.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cardbook.app.scan_outcome import CardOutcome
from cardbook.app.scanning import exchange_defaults, expand_image_paths, scan_batch
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.ledger.events import list_events
from cardbook.storage.library import Library
from cardbook.storage.settings import get_setting, set_setting

POLL_SECONDS = 2.0  # how often the folder is looked at: a photo appears in review a few seconds after it lands
_LAST_WATCHED = "watch:last:"  # + the folder's absolute path → the time of the last look (epoch seconds)
_WATCHED_FOLDER = "watch:folder"  # the window's watched folder (Preferences), "" for none


def _signature(path: str) -> tuple[int, int] | None:
    """Size and modification time: what changes while a file is being written."""
    try:
        info = os.stat(path)
    except OSError:  # gone between the listing and now
        return None
    return info.st_size, info.st_mtime_ns


def _arrived_ns(path: str) -> int | None:
    """When the file arrived on this machine: its status-change time (creation time on Windows). Not the
    modification time, which sync clients set to when the photo was taken, possibly long before."""
    try:
        return os.stat(path).st_ctime_ns
    except OSError:
        return None


class ArrivalTracker:
    """Which image files of a folder are new and finished being written, one look at a time.

    Files that arrived before `since` (epoch seconds) count as already there; with `since` None, everything
    present at the first look does."""

    def __init__(self, folder: Path, since: float | None) -> None:
        self.folder = folder
        self.taken: set[str] = set()
        self.pending: dict[str, tuple[int, int]] = {}  # path → the size and mtime seen at the last look
        since_ns = None if since is None else int(since * 1e9)
        for path in expand_image_paths([folder]):
            arrived = _arrived_ns(path)
            if arrived is None or since_ns is None or arrived < since_ns:
                self.taken.add(path)

    def look(self) -> list[str]:
        """The files that are new and unchanged since the previous look, in name order (taken from now on)."""
        ready = []
        seen = {}
        for path in expand_image_paths([self.folder]):
            if path in self.taken:
                continue
            signature = _signature(path)
            if signature is None or signature[0] == 0:  # an empty file is one still being created
                continue
            seen[path] = signature
            if self.pending.get(path) == signature:
                ready.append(path)
        self.pending = {path: sig for path, sig in seen.items() if path not in ready}
        self.taken.update(ready)
        return ready

    def safe_since(self, looked_at: float) -> float:
        """What to remember as "watched until": the look's time, or earlier when a file that arrived before it
        was still being written (so that a restart takes it)."""
        arrivals = [a for a in (_arrived_ns(path) for path in self.pending) if a is not None]
        return min([looked_at, *(a / 1e9 for a in arrivals)])


def todays_event(library: Library, today: dt.date) -> Event | None:
    """The event dated today when there is exactly one (the evening the photos come from), else None."""
    found = [event for event in list_events(library) if event.date == today]
    return found[0] if len(found) == 1 else None


def last_watched(library: Library, folder: Path) -> float | None:
    text = get_setting(library, _LAST_WATCHED + str(folder.resolve()))
    try:
        return float(text) if text else None
    except ValueError:  # a hand-edited setting: behave as on a first watch
        return None


class FolderWatch:
    """One folder being watched, one look at a time: what `watch_folder` loops over, and what the window runs on
    a timer (each look a short task of its own, so nothing in the window waits on an endless one).

    Made on a worker thread (it lists the folder). `look` imports what arrived since the previous look; `close`
    remembers when the folder was last watched (call it once, when the watch stops)."""

    def __init__(
        self,
        library: Library,
        folder: Path,
        options: ReadOptions,
        *,
        jobs: int = 1,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        if not folder.exists():  # chosen or checked before, gone since (the command line checks it first)
            raise FileNotFoundError(f"{folder} is no longer there")
        if not folder.is_dir():
            raise NotADirectoryError(f"{folder} is not a folder")
        self.library = library
        self.folder = folder
        self.options = options
        self.jobs = jobs
        self.today = today
        self._key = _LAST_WATCHED + str(folder.resolve())
        self._tracker = ArrivalTracker(folder, last_watched(library, folder))
        self._first = True
        self._looked_at = time.time()

    def look(self, on_outcome: Callable[[CardOutcome], None], cancel: threading.Event) -> int:
        """Import the photos that finished arriving; each card read is passed to `on_outcome`. Returns how many
        photos were taken. A folder that went away (a card unplugged, a sync folder moved) raises
        FileNotFoundError: without this check its disappearance would look like a folder with nothing new."""
        if not self.folder.is_dir():
            raise FileNotFoundError(f"{self.folder} is no longer there")
        self._looked_at = time.time()
        try:
            ready = self._tracker.look()
        except FileNotFoundError:  # gone between the check above and the listing: the same end, said the same way
            if self.folder.is_dir():
                raise
            raise FileNotFoundError(f"{self.folder} is no longer there") from None
        if ready:
            defaults = exchange_defaults(todays_event(self.library, self.today()))
            batch = scan_batch(
                ready,
                self.options,
                jobs=self.jobs,
                store=defaults,
                library=self.library,
                match=True,
                cancel=cancel,
                meeting_named=False,  # the day's event, taken by itself: an old photo synced again is no meeting
            )
            for outcome in batch:
                on_outcome(outcome)
        # Remembered once its photos are stored (a crash before means they are taken next time), and only when
        # something was taken or on the first look: an idle watch does not write every few seconds.
        if ready or self._first:
            self._remember()
            self._first = False
        return len(ready)

    def close(self) -> None:
        """Stopped (Ctrl+C, the window closing, another folder chosen): what arrived until the last look is not
        taken again."""
        self._remember()

    def _remember(self) -> None:
        set_setting(self.library, self._key, f"{self._tracker.safe_since(self._looked_at):.3f}")


def watched_folder(library: Library) -> Path | None:
    """The folder the window watches for this library (chosen in Preferences), or None.

    Kept in the library rather than the machine's preferences: the photos it brings go into this library, and
    opening another library must not start pouring the same phone's photos into that one."""
    text = (get_setting(library, _WATCHED_FOLDER) or "").strip()
    return Path(text) if text else None


def set_watched_folder(library: Library, folder: Path | None) -> None:
    """Choose the watched folder (an absolute path), or None to watch none."""
    set_setting(library, _WATCHED_FOLDER, str(folder.expanduser().resolve()) if folder is not None else "")


def watch_folder(
    library: Library,
    folder: Path,
    options: ReadOptions,
    on_outcome: Callable[[CardOutcome], None],
    stop: threading.Event,
    *,
    jobs: int = 1,
    poll_seconds: float = POLL_SECONDS,
    today: Callable[[], dt.date] = dt.date.today,
    on_look: Callable[[], None] | None = None,
) -> None:
    """Import the photos arriving in `folder` into the library until `stop` is set; each card read is passed to
    `on_outcome` (stored awaiting review, or added to a person met before). `on_look` is called after each look
    (a front end's "still watching"; tests wait on it instead of sleeping)."""
    watch = FolderWatch(library, folder, options, jobs=jobs, today=today)
    try:
        while not stop.is_set():
            watch.look(on_outcome, stop)
            if on_look is not None:
                on_look()
            stop.wait(poll_seconds)
    finally:
        watch.close()
