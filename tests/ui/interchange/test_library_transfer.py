"""File ▸ Export library… and Import library… in the window (offscreen): the file written in the background, merged
into another library with a summary of what was added and what was already there, and Cancel changing nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QPushButton

from cardbook.storage.library import Library
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.interchange.library_summary import table_label
from cardbook.ui.window.main_window import MainWindow
from tests.storage.transfer_helpers import counts, read_tables
from tests.ui.conftest import open_window
from tests.ui.helpers import list_names


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Library]:
    """A new, empty library beside the sample one."""
    library = Library.open(tmp_path / "target")
    yield library
    wait_for_tasks()
    library.close()


def _export(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    transfer = window.interchange.library_transfer
    with qtbot.waitSignal(transfer.finished, timeout=30_000) as finished:
        transfer.export_to(path)
        assert transfer.progress is not None and transfer.progress.isVisible()  # progress and Cancel while it runs
    assert finished.args[0] is not None and path.is_file()
    assert window.statusBar().currentMessage().startswith(f"Library exported to {path}")


def test_the_file_menu_offers_the_library_transfer(window: MainWindow) -> None:
    [file_menu] = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)][:1]
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Export library…" in texts and "Import library…" in texts


def test_a_library_moves_into_another_window_and_a_second_import_adds_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, target: Library, tmp_path: Path
) -> None:
    path = tmp_path / "moved.cardbook"
    _export(qtbot, window, path)
    source = counts(read_tables(window.library.db_path))
    other = open_window(qtbot, target)
    transfer = other.interchange.library_transfer
    with qtbot.waitSignal(transfer.finished, timeout=30_000):
        transfer.import_from(path)
    summary = transfer.summary
    assert summary is not None and summary.isVisible()
    first = summary.figures()
    assert first[table_label("contacts")] == (source["contacts"], 0)
    assert first[table_label("encounters")] == (source["encounters"], 0)
    assert first[table_label("referrals")] == (source["referrals"], 0)
    qtbot.waitUntil(lambda: len(list_names(other)) == source["contacts"], timeout=10_000)  # the list was told
    summary.close()

    with qtbot.waitSignal(transfer.finished, timeout=30_000):
        transfer.import_from(path)
    again = transfer.summary
    assert again is not None and again is not summary
    assert again.figures()[table_label("contacts")] == (0, source["contacts"])
    assert {label: added for label, (added, _) in again.figures().items() if added} == {}
    assert "0 new contacts" in again.headline.text()
    again.close()


def test_cancel_leaves_the_library_unchanged(qtbot, window: MainWindow, target: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "moved.cardbook"
    _export(qtbot, window, path)
    other = open_window(qtbot, target)
    before = read_tables(target.db_path)
    transfer = other.interchange.library_transfer
    # Another program holds the database's write lock, so the import is still waiting when Cancel is pressed.
    blocker = sqlite3.connect(target.db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    with qtbot.waitSignal(transfer.finished, timeout=30_000) as finished:
        transfer.import_from(path)
        assert transfer.progress is not None
        transfer.progress.findChild(QPushButton).click()  # the dialog's Cancel button
        blocker.execute("ROLLBACK")
    blocker.close()
    assert finished.args == [None]
    assert transfer.progress is None and transfer.summary is None
    assert other.statusBar().currentMessage() == "Cancelled: nothing was changed."
    assert read_tables(target.db_path) == before
