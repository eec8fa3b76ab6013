"""`cardbook gui` reopens the library the window had open last (issue 17; ui/window/start_library.py): a folder,
or a team library on a server (tests/pg_server.py's cluster; skipped with PG_MISSING), falling back to the
default folder — and saying so in the status bar — when that one is gone or its server does not answer; the
command line's --library and $CARDBOOK_LIBRARY still win.

Each test runs the real `run_gui` with its own settings file and its own user data folder (XDG_DATA_HOME, where
the default library lives): a timer answers the dialogs as the user would, then looks at the window that opened
and closes it, which ends `run_gui`'s event loop.
"""

from __future__ import annotations

import gc
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardbook.cli.main import build_parser
from cardbook.cli.window import gui_location
from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.library import DB_NAME, ENV_VAR, Library
from cardbook.ui.window.app import run_gui
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.open_library import OpenLibraryDialog, recent_libraries, remember_library
from cardbook.ui.window.reopen_server import Outcome, ReopenServerDialog, reopen_server
from tests.pg_server import SUPERUSER, PgCluster
from tests.ui.helpers import list_names

SOCKET_NAME = ".s.PGSQL.5432"  # libpq's name for a server's socket on the default port, in the host folder


@dataclass
class Seen:
    location: str = ""
    status: str = ""
    names: list[str] = field(default_factory=list)


@pytest.fixture
def default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's user data folder: the default library is its Cardbook folder (platformdirs on Linux)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return (tmp_path / "data" / "Cardbook").resolve()


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _folder_library(folder: Path, name: str) -> Path:
    library = Library.open(folder)
    create_contact(library, Contact(full_name=name))
    library.close()
    return folder.resolve()


def _visible(kind: type) -> object | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _start_dialogs() -> int:
    """How many reopening dialogs and Open library dialogs exist, shown or not (deleted ones are gone)."""
    names = {"reopenServerDialog", "openLibraryDialog"}
    return sum(1 for widget in QApplication.allWidgets() if widget.objectName() in names)


def _start(
    qtbot: QtBot,
    named: Path | str | None,
    settings: QSettings,
    answer: Callable[[ReopenServerDialog], None] | None = None,
) -> tuple[int, Seen]:
    """run_gui as `cardbook gui` runs it; `answer` acts on the reopening dialog once it is up. The window that
    opens is looked at once its data is shown, then closed."""
    seen, running = Seen(), [True]

    def answer_dialog() -> None:
        dialog = _visible(ReopenServerDialog)
        if dialog is None:
            if running[0]:
                QTimer.singleShot(20, answer_dialog)  # not up yet (or never: then the window is)
            return
        assert isinstance(dialog, ReopenServerDialog) and answer is not None
        try:
            answer(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the dialog waiting for a user: quit, and say why
            raise

    def look() -> None:
        window = _visible(MainWindow)
        if window is None:
            if running[0]:
                QTimer.singleShot(20, look)  # a dialog comes first
            return
        assert isinstance(window, MainWindow)
        try:
            # The counts and the list are read in the background, each shown when it arrives (the counts may come
            # first: the list was then seen empty): the window's first load is over when it announced both.
            qtbot.waitUntil(lambda: bool(window.count_label.text()) and not window.refresh.announce_load)
            seen.location = window.library.location
            seen.status = window.statusBar().currentMessage()
            seen.names = list_names(window)
        finally:
            window.close()  # the last window closed: run_gui's event loop ends

    if answer is not None:
        QTimer.singleShot(0, answer_dialog)
    QTimer.singleShot(0, look)
    dialogs = _start_dialogs()
    try:
        status = run_gui(named, settings=settings)
    finally:
        running[0] = False
        gc.unfreeze()  # run_gui froze what its window had made: a later test's freeze must be its own
    assert _start_dialogs() == dialogs, "a dialog of the start outlived run_gui"
    return status, seen


# ---- a folder ------------------------------------------------------------------------------------------------


def test_the_last_folder_is_reopened_and_stays_the_last(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings
) -> None:
    last = _folder_library(tmp_path / "last", "Anne Dernière")
    remember_library(window_settings, tmp_path / "older")
    remember_library(window_settings, last)
    status, seen = _start(qtbot, None, window_settings)
    assert status == 0 and seen.location == str(last) and seen.names == ["Anne Dernière"] and seen.status == ""
    assert recent_libraries(window_settings)[0] == str(last)
    assert not default_folder.exists()  # the default library was never created


def test_the_first_start_opens_the_default_folder(
    qtbot: QtBot, default_folder: Path, window_settings: QSettings
) -> None:
    status, seen = _start(qtbot, None, window_settings)
    assert status == 0 and seen.location == str(default_folder) and seen.status == ""
    assert recent_libraries(window_settings) == [str(default_folder)]


def test_a_deleted_last_folder_falls_back_to_the_default_and_says_so(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings
) -> None:
    _folder_library(default_folder, "Bruno Défaut")
    gone = tmp_path / "usb-stick" / "cards"
    remember_library(window_settings, gone)
    status, seen = _start(qtbot, None, window_settings)
    assert status == 0 and seen.location == str(default_folder) and seen.names == ["Bruno Défaut"]
    assert (
        seen.status == f"The last library, {gone}, is no longer there: this is the default library, {default_folder}."
    )
    assert not gone.exists()  # nothing was created where the gone library was
    assert recent_libraries(window_settings) == [str(default_folder), str(gone)]  # kept: the stick may come back


def test_a_last_folder_emptied_of_its_library_is_not_recreated(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings
) -> None:
    emptied = tmp_path / "emptied"
    emptied.mkdir()
    remember_library(window_settings, emptied)
    status, seen = _start(qtbot, None, window_settings)
    assert status == 0 and seen.location == str(default_folder) and "is no longer there" in seen.status
    assert list(emptied.iterdir()) == []


def test_library_on_the_command_line_wins_over_the_last_one(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    last = _folder_library(tmp_path / "last", "Anne Dernière")
    named = _folder_library(tmp_path / "named", "Nina Nommée")
    remember_library(window_settings, last)
    parser = build_parser()
    location = gui_location(parser.parse_args(["--library", str(tmp_path / "named"), "gui"]))
    assert location == named
    status, seen = _start(qtbot, location, window_settings)
    assert status == 0 and seen.location == str(named) and seen.status == ""
    # $CARDBOOK_LIBRARY names the window's library too; with neither, the window decides (None).
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "named"))
    assert gui_location(parser.parse_args(["gui"])) == named
    monkeypatch.setenv(ENV_VAR, "postgresql://anne@db.example.com/team")
    assert gui_location(parser.parse_args(["gui"])) == "postgresql://anne@db.example.com/team"
    assert gui_location(parser.parse_args(["--library", str(last), "gui"])) == last
    monkeypatch.delenv(ENV_VAR)
    assert gui_location(parser.parse_args(["gui"])) is None


# ---- a server ------------------------------------------------------------------------------------------------


def test_a_server_last_library_is_reopened(
    qtbot: QtBot, pg_cluster: PgCluster, default_folder: Path, window_settings: QSettings
) -> None:
    name = pg_cluster.new_database()
    url = pg_cluster.url(name)
    team = Library.open(url)
    create_contact(team, Contact(full_name="Claire Équipe"))
    team.close()
    remember_library(window_settings, url)
    try:
        status, seen = _start(qtbot, None, window_settings)
        assert status == 0 and seen.location == url and seen.names == ["Claire Équipe"] and seen.status == ""
        assert recent_libraries(window_settings)[0] == url
        assert not default_folder.joinpath(DB_NAME).exists()  # only this machine's folder for the server
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def silent_server(tmp_path: Path) -> Iterator[tuple[Path, socket.socket]]:
    """A socket folder where something accepts connections and never answers: libpq waits (up to its 10 s
    connect timeout) as for a server that hangs. The socket is PostgreSQL's default name in that folder."""
    folder = tmp_path / "silent"
    folder.mkdir()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(folder / SOCKET_NAME))
    listener.listen(8)
    yield folder, listener
    listener.close()


def test_a_server_that_does_not_answer_can_be_cancelled_then_tried_again(
    qtbot: QtBot,
    pg_cluster: PgCluster,
    silent_server: tuple[Path, socket.socket],
    default_folder: Path,
    window_settings: QSettings,
) -> None:
    folder, listener = silent_server
    name = pg_cluster.new_database()
    url = f"postgresql://{SUPERUSER}@/{name}?host={folder}"
    remember_library(window_settings, url)
    steps: list[str] = []

    def answer(dialog: ReopenServerDialog) -> None:
        # The server keeps the worker waiting, not the window: the dialog waits, busy, and Cancel works at once.
        assert dialog.connecting() and dialog.busy.isVisible() and dialog.cancel_button.isVisible()
        dialog.cancel_button.click()
        steps.append(dialog.message.text())
        assert not dialog.connecting() and dialog.retry_button.isVisible() and dialog.isVisible()
        # The server comes back: the socket folder now leads to the test cluster.
        listener.close()  # the abandoned attempt fails at once, unheard
        (folder / SOCKET_NAME).unlink()
        (folder / SOCKET_NAME).symlink_to(pg_cluster.socket_dir / SOCKET_NAME)
        dialog.retry_button.click()
        steps.append("tried again")
        qtbot.waitUntil(lambda: not dialog.isVisible())  # opened (the cancelled attempt's late failure unheard)

    try:
        status, seen = _start(qtbot, None, window_settings, answer)
        assert steps == ["Cancelled.", "tried again"]
        assert status == 0 and seen.location == url and seen.status == ""
    finally:
        pg_cluster.drop_database(name)


def test_a_cancelled_server_then_the_default_library_says_so(
    qtbot: QtBot, silent_server: tuple[Path, socket.socket], default_folder: Path, window_settings: QSettings
) -> None:
    folder, _listener = silent_server
    url = f"postgresql://anne@/team?host={folder}"
    remember_library(window_settings, url)

    def answer(dialog: ReopenServerDialog) -> None:
        assert dialog.connecting()
        dialog.cancel_button.click()
        dialog.default_button.click()

    status, seen = _start(qtbot, None, window_settings, answer)
    assert status == 0 and seen.location == str(default_folder)
    assert seen.status == f"The team library {url} was not opened: this is the default library, {default_folder}."


def test_an_unreachable_server_offers_the_default_library_and_says_so(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings
) -> None:
    nobody = tmp_path / "no-server-here"  # a socket folder where no server listens: refused at once
    nobody.mkdir()
    url = f"postgresql://anne@/team?host={nobody}"
    remember_library(window_settings, url)
    shown: list[str] = []

    def answer(dialog: ReopenServerDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.connecting())
        shown.append(dialog.message.text())
        assert dialog.default_button.isVisible() and dialog.other_button.isVisible()
        assert not dialog.cancel_button.isVisible() and not dialog.busy.isVisible()
        dialog.default_button.click()

    status, seen = _start(qtbot, None, window_settings, answer)
    assert shown and shown[0].startswith("cannot open the library on postgresql://anne@/team")
    assert status == 0 and seen.location == str(default_folder)
    assert seen.status == f"The team library {url} could not be reached: this is the default library, {default_folder}."


def test_another_library_can_be_chosen_instead_of_the_server(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings
) -> None:
    other = _folder_library(tmp_path / "other", "Olivier Autre")
    url = f"postgresql://anne@/team?host={tmp_path / 'no-server-here'}"
    remember_library(window_settings, other)
    remember_library(window_settings, url)

    def answer(dialog: ReopenServerDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.connecting())
        dialog.other_button.click()
        chooser = dialog.other
        assert isinstance(chooser, OpenLibraryDialog) and chooser.isVisible()
        assert chooser.url.text() == url and chooser.recent.itemData(2) == str(other)  # the recent libraries
        chooser.set_location(str(other))
        chooser.open_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    status, seen = _start(qtbot, None, window_settings, answer)
    assert status == 0 and seen.location == str(other) and seen.names == ["Olivier Autre"] and seen.status == ""
    assert recent_libraries(window_settings)[:2] == [str(other), url]


def test_quit_from_the_reopening_dialog_ends_with_status_1(
    qtbot: QtBot, tmp_path: Path, default_folder: Path, window_settings: QSettings
) -> None:
    remember_library(window_settings, f"postgresql://anne@/team?host={tmp_path / 'no-server-here'}")

    def answer(dialog: ReopenServerDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.connecting())
        dialog.quit_button.click()

    status, seen = _start(qtbot, None, window_settings, answer)
    assert status == 1 and seen.location == ""  # no window
    assert not (default_folder / DB_NAME).exists()  # the default library was not created either


def test_the_reopening_dialog_and_its_chooser_are_deleted_before_the_window_runs(
    qtbot: QtBot, tmp_path: Path, default_folder: Path
) -> None:
    """reopen_server deletes its dialog, and the Open library dialog inside it, before it returns: nothing of them
    is left to act in the window's event loop. (A chooser deleted on its own, later, whose connection held the last
    reference to the reopening dialog, deleted that dialog from inside its own destructor — which then deleted the
    half-destroyed chooser again: a double delete, and a crash or a hang in the window's event loop.)"""
    other = _folder_library(tmp_path / "other", "Olivier Autre")
    url = f"postgresql://anne@/team?host={tmp_path / 'no-server-here'}"
    dialogs = _start_dialogs()

    def answer() -> None:
        dialog = _visible(ReopenServerDialog)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        assert isinstance(dialog, ReopenServerDialog)
        try:
            qtbot.waitUntil(lambda: not dialog.connecting())
            dialog.other_button.click()
            chooser = dialog.other
            assert isinstance(chooser, OpenLibraryDialog)
            chooser.set_location(str(other))
            chooser.open_button.click()
            qtbot.waitUntil(lambda: not dialog.isVisible())
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, answer)
    reopened = reopen_server(url, default_folder, [url, str(other)])
    assert reopened.library is not None
    try:
        assert _start_dialogs() == dialogs  # both deleted already, before any event loop could run again
        assert reopened.outcome is Outcome.OPENED and reopened.library.location == str(other)
    finally:
        reopened.library.close()


def test_the_chooser_closed_once_comes_back(
    qtbot: QtBot, tmp_path: Path, silent_server: tuple[Path, socket.socket]
) -> None:
    """Open another library…, Esc while it connects, then Open another library… again: the same chooser shows
    again (it lives as long as the reopening dialog, which deletes it), ready to open — not still busy."""
    folder, _listener = silent_server
    dialog = ReopenServerDialog(f"postgresql://anne@/team?host={folder}", tmp_path / "default")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.other_button.click()
    chooser = dialog.other
    assert isinstance(chooser, OpenLibraryDialog) and chooser.isVisible()
    chooser.open_button.click()  # the silent server keeps it connecting
    assert chooser.connecting() and not chooser.open_button.isEnabled()
    chooser.reject()  # Esc
    assert not chooser.isVisible()
    dialog.other_button.click()
    assert dialog.other is chooser and chooser.isVisible() and chooser.url.text() == dialog.url
    assert not chooser.connecting() and chooser.open_button.isEnabled() and not chooser.busy.isVisible()
