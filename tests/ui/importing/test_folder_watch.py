"""The window's watched folder (issue 14, item 2): real photos dropped into a real temp folder, read by real
Tesseract into a real library, while the window stays responsive — each photo once, the day's event proposed,
errors one line, a folder that goes away stops the watch, and quitting stops it cleanly.

The watch looks every POLL_MS (2 s) and takes a file once two looks saw it unchanged: the tests wait for what
the user would see (the indicator's count, a status line), never for a clock."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cardbook.app.watching import last_watched, set_watched_folder, watched_folder
from cardbook.domain.enums import ContactStatus
from cardbook.domain.network import Event
from cardbook.storage.contacts.records import all_contact_ids, get_contact
from cardbook.storage.ledger.encounters import encounters_of
from cardbook.storage.ledger.events import save_event
from cardbook.storage.library import Library
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.preferences import show_preferences
from tests.ocr.render import FRENCH_CARD, photograph, render, save
from tests.ui.conftest import open_window

READ_MS = 240_000  # a card read by Tesseract on a loaded two-core machine, plus two looks


@pytest.fixture(scope="module")
def card_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("photo")
    return Path(save(str(folder / "card.jpg"), photograph(render(FRENCH_CARD), seed=21)))


@pytest.fixture
def camera(tmp_path: Path) -> Path:
    folder = tmp_path / "Camera"
    folder.mkdir()
    (folder / "old-holiday.jpg").write_bytes(b"there before the first watch: never taken")
    return folder


def watching_window(qtbot: QtBot, library: Library, folder: Path) -> MainWindow:
    """The window on a library whose Preferences chose `folder`, once its first look is done."""
    set_watched_folder(library, folder)
    window = open_window(qtbot, library)
    qtbot.waitUntil(lambda: window.watch.looks >= 1, timeout=30_000)
    assert window.watch.watching and window.watch.folder == folder.resolve()
    return window


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_photos_arriving_are_imported_once_each_with_the_days_event(
    qtbot: QtBot, empty_library: Library, camera: Path, card_photo: Path
) -> None:
    library = empty_library
    event = save_event(library, Event(name="Afterwork", date=dt.date.today()))
    window = watching_window(qtbot, library, camera)
    indicator = window.watch.indicator
    assert indicator.isVisible() and indicator.text() == "Watching Camera"
    assert str(camera.resolve()) in indicator.toolTip()

    shutil.copy(card_photo, camera / "IMG_0412.jpg")
    qtbot.waitUntil(lambda: window.watch.arrived == 1, timeout=READ_MS)
    assert indicator.text() == "Watching Camera · 1 card arrived"
    qtbot.waitUntil(lambda: window.count_label.text() == "1 contact", timeout=30_000)  # the list was refreshed
    [contact_id] = all_contact_ids(library)
    contact = get_contact(library, contact_id)
    assert contact.full_name == "Hélène Leroy" and contact.status is ContactStatus.AWAITING_REVIEW
    assert [e.event_id for e in encounters_of(library, contact_id)] == [event.id]  # today's one event

    shutil.copy(card_photo, camera / "IMG_0412 (1).jpg")  # the same photo synced twice
    qtbot.waitUntil(lambda: "IMG_0412 (1).jpg was imported before" in status_text(window), timeout=READ_MS)
    # Said in the window's words, with the contact holding the photo (not the batch's English line).
    assert f"IMG_0412 (1).jpg was imported before, as Hélène Leroy (#{contact_id})." in status_text(window)
    (camera / "IMG_0412.jpg").rename(camera / "renamed.jpg")  # renamed by the phone's gallery
    qtbot.waitUntil(lambda: "renamed.jpg was imported before" in status_text(window), timeout=READ_MS)
    assert window.watch.arrived == 1 and all_contact_ids(library) == [contact_id]
    assert window.watch.watching  # still watching


def test_an_unreadable_photo_is_one_line_and_the_watch_goes_on(
    qtbot: QtBot, empty_library: Library, camera: Path
) -> None:
    window = watching_window(qtbot, empty_library, camera)
    (camera / "broken.jpg").write_bytes(b"\xff\xd8\xff but the rest of this JPEG never came")
    qtbot.waitUntil(lambda: window.watch.failed == 1, timeout=READ_MS)
    message = status_text(window)
    assert message.startswith("Watched folder: broken.jpg could not be read (") and "\n" not in message
    assert window.watch.watching and window.watch.indicator.text() == "Watching Camera"
    assert all_contact_ids(empty_library) == []


def test_a_folder_that_goes_away_stops_the_watch_and_says_so(
    qtbot: QtBot, empty_library: Library, camera: Path
) -> None:
    window = watching_window(qtbot, empty_library, camera)
    shutil.rmtree(camera)
    qtbot.waitUntil(lambda: not window.watch.watching, timeout=30_000)
    indicator = window.watch.indicator
    assert indicator.isVisible() and indicator.text() == "Not watching"
    assert window.watch.stopped_because == f"Stopped watching {camera.resolve()}: the folder is no longer there."
    assert window.watch.stopped_because in indicator.toolTip()


def test_a_folder_missing_at_start_is_said_and_not_watched(
    qtbot: QtBot, empty_library: Library, tmp_path: Path
) -> None:
    set_watched_folder(empty_library, tmp_path / "Unplugged")
    window = open_window(qtbot, empty_library)
    qtbot.waitUntil(lambda: bool(window.watch.stopped_because), timeout=30_000)
    assert not window.watch.watching and window.watch.indicator.text() == "Not watching"
    assert "the folder is no longer there" in window.watch.stopped_because


def test_quitting_stops_the_watch_and_remembers_its_last_look(
    qtbot: QtBot, empty_library: Library, camera: Path, card_photo: Path
) -> None:
    window = watching_window(qtbot, empty_library, camera)
    shutil.copy(card_photo, camera / "IMG_0500.jpg")
    looks = window.watch.looks
    qtbot.waitUntil(lambda: window.watch.looks > looks, timeout=30_000)  # seen once: read at the next look
    window.close()  # while (or just before) the photo is read: the look stops after it
    assert not window.watch.watching
    assert wait_for_tasks(1000)  # nothing left running: closing waited for the look and the last "watched until"
    assert last_watched(empty_library, camera) is not None
    assert len(all_contact_ids(empty_library)) <= 1  # read whole or not at all; taken next time if not


def test_the_folder_is_chosen_and_stopped_in_preferences(qtbot: QtBot, empty_library: Library, camera: Path) -> None:
    window = open_window(qtbot, empty_library)
    assert not window.watch.watching and window.watch.indicator.isHidden()  # nothing chosen: nothing watched
    dialog = show_preferences(window.services, window, window.watch)
    qtbot.waitUntil(dialog.choose_folder.isEnabled, timeout=10_000)
    assert dialog.folder_label.text() == "None" and not dialog.stop_folder.isEnabled()
    dialog.set_folder(camera)
    dialog.accept()
    qtbot.waitUntil(lambda: window.watch.watching, timeout=30_000)
    assert window.watch.folder == camera and window.watch.indicator.text() == "Watching Camera"
    assert watched_folder(empty_library) == camera.resolve()
    assert window.watch.options is not None and window.watch.options.region != "BE"

    dialog = show_preferences(window.services, window, window.watch)  # another country: read with it from now on
    qtbot.waitUntil(dialog.stop_folder.isEnabled, timeout=10_000)
    dialog.country.setCurrentIndex(dialog.country.findData("BE"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.watch.options is not None and window.watch.options.region == "BE", timeout=30_000)
    assert window.watch.folder == camera

    dialog = show_preferences(window.services, window, window.watch)
    qtbot.waitUntil(dialog.stop_folder.isEnabled, timeout=10_000)
    assert dialog.folder_label.text() == str(camera.resolve())
    dialog.stop_folder.click()
    dialog.accept()
    qtbot.waitUntil(lambda: window.watch.indicator.isHidden(), timeout=30_000)
    assert not window.watch.watching and watched_folder(empty_library) is None
