"""A folder dropped on the window is looked through once, off the GUI thread, with the status bar's busy bar
(ui/importing/import_controller.start_listing, app/folder_entries.list_arguments): a folder of 5,000 entries
walked twice on the GUI thread froze the window."""

from __future__ import annotations

import pathlib
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from cardbook.ui.importing.import_setup import ImportSettings
from cardbook.ui.window.main_window import MainWindow

ENTRIES = 5_000


def _drop(window: MainWindow, folder: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def test_a_dropped_folder_of_thousands_of_entries_is_walked_once_off_the_gui_thread(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "exported"
    (folder / "sub").mkdir(parents=True)
    for i in range(ENTRIES - 3):
        (folder / f"note-{i:04d}.txt").write_bytes(b"")
    (folder / "sub" / "carte.jpg").write_bytes(b"")  # two photos: the setup dialog is asked for them
    (folder / "carte-2.JPG").write_bytes(b"")
    walks: list[threading.Thread] = []
    rglob = pathlib.Path.rglob

    def recorded(self: Path, pattern: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        walks.append(threading.current_thread())
        return rglob(self, pattern, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "rglob", recorded)
    busy: list[bool] = []
    controller = window.imports.controller
    asked: list[int] = []

    def ask_settings(count: int) -> ImportSettings | None:
        asked.append(count)
        return None  # the user cancels: nothing is read

    monkeypatch.setattr(controller, "ask_settings", ask_settings)
    monkeypatch.setattr(
        controller._services.runner, "run", _watching(controller._services.runner.run, controller, busy)
    )
    _drop(window, folder)
    qtbot.waitUntil(lambda: asked == [2], timeout=30_000)
    assert len(walks) == 1, "the folder was walked more than once"
    assert walks[0] is not threading.main_thread(), "the folder was walked on the GUI thread"
    assert busy == [True]  # the busy bar showed while the folder was looked through
    assert not controller._status_bar.isVisible()  # and went once it was


def _watching(run, controller, busy: list[bool]):  # type: ignore[no-untyped-def]
    """The runner's run, noting whether the status bar's busy bar shows when the listing is handed to it."""

    def run_and_note(key, fn, on_done, owner=None):  # type: ignore[no-untyped-def]
        if key == "import listing":
            bar = controller._status_bar
            busy.append(bar.isVisibleTo(bar.parentWidget()) and bar.maximum() == 0)
        return run(key, fn, on_done, owner)

    return run_and_note


def test_a_dropped_folder_without_photos_says_what_it_passed_over(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "documents"
    folder.mkdir()
    for i in range(30):
        (folder / f"facture-{i:02d}.pdf").write_bytes(b"%PDF")
    messages: list[str] = []
    window.imports.controller.message.connect(messages.append)
    _drop(window, folder)
    qtbot.waitUntil(lambda: bool(messages))
    said = "No photos found there (JPEG, PNG, HEIC, WebP or TIFF). 30 other files passed over, e.g. facture-00.pdf."
    assert messages == [said]
