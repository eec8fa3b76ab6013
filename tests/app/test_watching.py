"""A watched folder (issue 14, item 2): finished files only, each photo once, nothing old swept in, nothing missed
while closed — with a real library and real Tesseract on a rendered card photo. No sleeps: the tests wait on
the watcher's own "looked" callback and on outcomes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cardbook.app.scan_outcome import CardOutcome
from cardbook.app.scanning import exchange_defaults, scan_batch
from cardbook.app.watching import (
    ArrivalTracker,
    FolderWatch,
    last_watched,
    set_watched_folder,
    todays_event,
    watch_folder,
    watched_folder,
)
from cardbook.domain.network import Event
from cardbook.ocr.pipeline import ReadOptions
from cardbook.storage.contacts.records import all_contact_ids, get_contact
from cardbook.storage.ledger.encounters import encounters_of
from cardbook.storage.ledger.events import save_event
from cardbook.storage.library import Library
from tests.ocr.render import FRENCH_CARD, photograph, render, save

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def card_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("photo")
    return Path(save(str(folder / "card.jpg"), photograph(render(FRENCH_CARD), seed=21)))


def test_a_file_is_taken_once_finished_and_only_once(tmp_path: Path) -> None:
    old = tmp_path / "holiday.jpg"
    old.write_bytes(b"x" * 10)
    tracker = ArrivalTracker(tmp_path, since=None)  # first watch: what is there already is not new
    assert tracker.look() == []
    growing = tmp_path / "IMG_1.jpg"
    growing.write_bytes(b"a" * 100)
    assert tracker.look() == []  # seen once: maybe still being written
    with growing.open("ab") as handle:
        handle.write(b"b" * 100)
    assert tracker.look() == []  # it changed: still being written
    (tmp_path / "IMG_2.jpg").write_bytes(b"")  # an empty file is one being created
    assert tracker.look() == [str(growing)]  # unchanged since the previous look: finished
    assert tracker.look() == []  # taken once
    (tmp_path / ".hidden.jpg").write_bytes(b"c" * 10)
    (tmp_path / "notes.txt").write_bytes(b"c" * 10)
    tracker.look()
    assert tracker.look() == []  # hidden files and other kinds are never taken


def test_since_decides_what_counts_as_arrived(tmp_path: Path) -> None:
    before = time.time() - 5
    (tmp_path / "a.jpg").write_bytes(b"x" * 10)
    assert ArrivalTracker(tmp_path, since=before).taken == set()  # arrived after: still to take
    assert ArrivalTracker(tmp_path, since=time.time() + 5).taken == {str(tmp_path / "a.jpg")}


def test_todays_event_only_when_there_is_exactly_one(library: Library) -> None:
    assert todays_event(library, TODAY) is None
    save_event(library, Event(name="Afterwork BNI", date=TODAY))
    found = todays_event(library, TODAY)
    assert found is not None and found.name == "Afterwork BNI"
    save_event(library, Event(name="Salon", date=TODAY))
    assert todays_event(library, TODAY) is None  # two: the user says which in review


class Watcher:
    """watch_folder on a thread, with what it reported."""

    def __init__(self, library: Library, folder: Path) -> None:
        self.outcomes: list[CardOutcome] = []
        self.arrived = threading.Condition()
        self.looks = 0
        self.stop = threading.Event()
        self.error: BaseException | None = None

        def looked() -> None:
            with self.arrived:
                self.looks += 1
                self.arrived.notify_all()

        def got(outcome: CardOutcome) -> None:
            with self.arrived:
                self.outcomes.append(outcome)
                self.arrived.notify_all()

        def run() -> None:
            try:
                watch_folder(
                    library,
                    folder,
                    ReadOptions(),
                    got,
                    self.stop,
                    poll_seconds=0.05,
                    today=lambda: TODAY,
                    on_look=looked,
                )
            except BaseException as exc:  # shown by the test, not lost in the thread
                self.error = exc

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def wait_looks(self, n: int) -> None:
        self._wait(lambda: self.looks >= n)

    def wait_outcomes(self, n: int) -> None:
        self._wait(lambda: len(self.outcomes) >= n)

    def _wait(self, condition: Callable[[], bool], timeout: float = 180) -> None:
        with self.arrived:
            done = self.arrived.wait_for(lambda: self.error is not None or condition(), timeout)
        assert self.error is None, self.error
        assert done, "the watcher did not get there in time"

    def close(self) -> None:
        self.stop.set()
        self.thread.join(60)
        assert not self.thread.is_alive()


@pytest.fixture
def watched(library: Library, tmp_path: Path) -> Iterator[tuple[Library, Path]]:
    folder = tmp_path / "Camera"
    folder.mkdir()
    (folder / "old-holiday.jpg").write_bytes(b"not a card, and there before the first watch")
    yield library, folder


def test_photos_arriving_are_imported_once_with_the_days_event(watched: tuple[Library, Path], card_photo: Path) -> None:
    library, folder = watched
    event = save_event(library, Event(name="Afterwork BNI", date=TODAY))
    watcher = Watcher(library, folder)
    try:
        watcher.wait_looks(1)
        shutil.copy(card_photo, folder / "IMG_0412.jpg")
        watcher.wait_outcomes(1)
        first = watcher.outcomes[0]
        assert first.error is None and first.contact_id is not None, first
        assert get_contact(library, first.contact_id).full_name == "Hélène Leroy"
        assert [e.event_id for e in encounters_of(library, first.contact_id)] == [event.id]
        shutil.copy(card_photo, folder / "IMG_0412 (1).jpg")  # the same photo synced again under another name
        watcher.wait_outcomes(2)
        assert watcher.outcomes[1].already is not None and watcher.outcomes[1].existing_id == first.contact_id
    finally:
        watcher.close()
    assert all_contact_ids(library) == [first.contact_id]  # the old photo was never taken, the copy not stored
    assert last_watched(library, folder) is not None


def test_an_old_photo_synced_again_on_another_events_day_is_no_meeting(
    watched: tuple[Library, Path], card_photo: Path
) -> None:
    """The watch takes the day's event by itself: a photo imported at an earlier event that the gallery syncs
    again tonight is only "already imported" — not a second meeting, as the same photo given to
    `scan --import --event` for another event is (the user named that meeting)."""
    library, folder = watched
    salon = save_event(library, Event(name="Salon des Entrepreneurs", date=TODAY - dt.timedelta(days=30)))
    [first] = scan_batch(
        [str(card_photo)],
        ReadOptions(fallback_engine=None),
        store=exchange_defaults(salon),
        library=library,
    )
    assert first.contact_id is not None
    save_event(library, Event(name="Afterwork BNI", date=TODAY))
    watcher = Watcher(library, folder)
    try:
        watcher.wait_looks(1)
        shutil.copy(card_photo, folder / "IMG_0007.jpg")
        watcher.wait_outcomes(1)
        again = watcher.outcomes[0]
    finally:
        watcher.close()
    assert again.already is not None and not again.met_again and again.existing_id == first.contact_id
    assert [e.event_id for e in encounters_of(library, first.contact_id)] == [salon.id]


def test_a_photo_arriving_while_nobody_watched_is_taken_next_time(
    watched: tuple[Library, Path], card_photo: Path
) -> None:
    library, folder = watched
    watcher = Watcher(library, folder)
    watcher.wait_looks(1)
    watcher.close()
    shutil.copy(card_photo, folder / "IMG_0413.jpg")  # arrives while closed
    os.utime(folder / "IMG_0413.jpg", (0, 0))  # a sync client keeps the time the photo was taken: long ago
    watcher = Watcher(library, folder)
    try:
        watcher.wait_outcomes(1)
    finally:
        watcher.close()
    assert [o.contact_id is not None for o in watcher.outcomes] == [True]
    assert len(all_contact_ids(library)) == 1


def start_watch(library: Path, folder: Path) -> subprocess.Popen[str]:
    """`cardbook watch FOLDER` in a process of its own, its output piped."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cardbook", "--library", str(library), "watch", str(folder)],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    return process


def test_watch_command_says_what_it_does_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    folder = tmp_path / "Camera"
    folder.mkdir()
    process = start_watch(tmp_path / "lib", folder)
    first = process.stderr.readline()  # said once it is watching
    assert first.startswith(f"cardbook: watching {folder}"), first
    process.send_signal(signal.SIGINT)  # Ctrl+C
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert out == ""  # no card came: nothing on stdout
    assert err.strip().endswith("Imported 0 cards while watching.")
    missing = subprocess.run(
        [sys.executable, "-m", "cardbook", "--library", str(tmp_path / "lib"), "watch", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 1 and missing.stderr == f"cardbook: {tmp_path / 'nope'} is not a folder\n"


def test_the_watch_command_says_what_it_imported_when_its_folder_goes_away(tmp_path: Path) -> None:
    folder = tmp_path / "Camera"
    folder.mkdir()
    process = start_watch(tmp_path / "lib", folder)
    assert process.stderr.readline().startswith(f"cardbook: watching {folder}")
    shutil.rmtree(folder)  # a sync folder moved away while watched
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1 and out == ""
    assert err.splitlines() == [
        "Imported 0 cards while watching.",
        f"cardbook: {folder} is no longer there: the watch stopped",
    ]


def test_a_folder_that_goes_away_stops_the_watch_with_a_clear_error(watched: tuple[Library, Path]) -> None:
    library, folder = watched
    watch = FolderWatch(library, folder, ReadOptions(), today=lambda: TODAY)
    assert watch.look(lambda _o: None, threading.Event()) == 0
    shutil.rmtree(folder)  # a card reader unplugged, a sync folder moved
    with pytest.raises(FileNotFoundError, match="is no longer there"):
        watch.look(lambda _o: None, threading.Event())
    watch.close()  # still remembers when it last looked
    assert last_watched(library, folder) is not None


def test_the_watched_folder_is_kept_in_the_library(library: Library, tmp_path: Path) -> None:
    assert watched_folder(library) is None
    set_watched_folder(library, tmp_path / "Camera")
    assert watched_folder(library) == (tmp_path / "Camera").resolve()
    set_watched_folder(library, None)
    assert watched_folder(library) is None
