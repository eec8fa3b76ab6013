"""The window on a team library (issue 17): opened from the command line or File ▸ Open library…, with the
password typed, refused and asked again, remembered in a keyring only when asked; and what another member changes
appearing without anyone asking (docs/TEAM_LIBRARY.md, "Seeing what others change").

Real servers only (tests/pg_server.py's throw-away cluster): every test here runs on PostgreSQL. The one stand-in
is the keyring's backend — an in-memory one, or keyring's own failing one — never the system's keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from cardbook.domain.contact import Contact
from cardbook.domain.network import Event
from cardbook.storage.change_feed import ChangeNotice
from cardbook.storage.contacts.records import create_contact, get_contact
from cardbook.storage.ledger.events import save_event
from cardbook.storage.library import Library
from cardbook.storage.server import KEYRING_SERVICE, keyring_entry, parse_url, redacted
from cardbook.ui.common.runner import pending_tasks
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.importing.import_model import LineState
from cardbook.ui.window.about import about_text
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.open_library import RECENT_KEY, OpenLibraryDialog, open_server_or_ask, recent_libraries
from cardbook.ui.window.server_changes import ServerChanges
from tests.memory_keyring import MemoryKeyring
from tests.ocr.render import FRENCH_CARD, photograph, render, save
from tests.pg_server import PgCluster
from tests.ui.conftest import open_window
from tests.ui.contacts.test_busy_save import edit_title
from tests.ui.helpers import label_texts, list_names, services_for, settle, show_contact, wait_loaded
from tests.ui.importing.test_import_review import import_batch
from tests.ui.sample_library import PEOPLE, Sample

ENGINES = ("postgresql",)  # the `lib` fixture: the sample in a database of the test cluster


def _url(library: Library) -> str:
    """The library's URL, as another member's Cardbook names it."""
    return library.backend.url.set(drivername="postgresql").render_as_string(hide_password=False)  # type: ignore[attr-defined]


@pytest.fixture
def other_member(lib: Library, tmp_path: Path) -> Iterator[Library]:
    """The same team library, opened by another member (another Library: its own connections and origin)."""
    other = Library.open(_url(lib), local_root=tmp_path / "other")
    yield other
    other.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    store, previous = MemoryKeyring(), keyring.get_keyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def password_url(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    """A team library whose role must give a password ('team secret'; scram-sha-256 for it in pg_hba.conf), and
    no .pgpass to give it."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with pg_cluster.password_database() as name:
        yield f"postgresql://member@/{name}?host={pg_cluster.socket_dir}"


def _dialog(qtbot: QtBot, tmp_path: Path, url: str, password: str = "", *, remember: bool = False) -> OpenLibraryDialog:
    dialog = OpenLibraryDialog(local_root=tmp_path / "opened")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_location(url)
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    return dialog


def _open(qtbot: QtBot, dialog: OpenLibraryDialog) -> None:
    """Click Open, then wait for the answer (the dialog accepted, or it shows why not)."""
    dialog.open_button.click()
    assert dialog.connecting() and dialog.busy.isVisible()  # off the GUI thread: the dialog waits, busy
    qtbot.waitUntil(lambda: not dialog.connecting())


# ---- the window on a server library ---------------------------------------------------------------------------


def test_the_window_lists_searches_and_shows_a_server_library(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    assert window.library.is_server
    names = list_names(window)
    assert len(names) == len(sample.ids) == len(PEOPLE) and "Émilie Lefèvre" in names
    window.search.setText("lefe")
    qtbot.waitUntil(lambda: list_names(window) == ["Émilie Lefèvre"])
    assert window.show_view("events")
    wait_loaded(qtbot, window.events_page)
    assert window.events_page.model.rowCount() == len(sample.events)


def test_every_page_works_on_a_server_library(qtbot: QtBot, window: MainWindow, lib: Library, sample: Sample) -> None:
    """The pane, the editor's save, an import of a rendered card photo, Networks, Reports and Preferences."""
    emilie = sample.ids["Émilie Lefèvre"]
    assert show_contact(qtbot, window, emilie)
    assert "Horizon Conseil" in " ".join(label_texts(window.contacts_page.pane))

    edit_title(qtbot, window, emilie, "Présidente")
    window.editing.save()
    qtbot.waitUntil(lambda: not window.contacts_page.pane.is_editing())
    assert get_contact(lib, emilie).title == "Présidente"

    photos = lib.root / "photos"
    photos.mkdir()
    save(str(photos / "1-helene.jpg"), photograph(render(FRENCH_CARD)))
    import_batch(qtbot, window, photos)
    [line] = window.imports.model.lines
    assert line.state is LineState.DONE and "Hélène Leroy" in window.imports.model.index(0).data()
    [new_id] = window.imports.model.contact_ids()
    assert get_contact(lib, new_id).company  # read from the card and stored on the server

    for page in ("networks", "reports"):
        assert window.show_view(page)
    wait_loaded(qtbot, window.networks_page, window.reports_page)
    assert window.networks_page.model.rowCount() == 3

    assert window.show_view("preferences")
    [dialog] = [d for d in window.findChildren(QDialog) if d.isVisible()]
    dialog.close()


def test_a_contact_another_member_adds_appears_in_the_list(
    qtbot: QtBot, window: MainWindow, other_member: Library
) -> None:
    changes = window.server_changes
    assert changes.listener is not None
    qtbot.waitUntil(changes.listener.listening.is_set)
    create_contact(other_member, Contact(full_name="Zoé Autremembre", company="Équipe"))
    # Nobody touches the window: the notice from the server makes it reread its list and counts.
    qtbot.waitUntil(lambda: "Zoé Autremembre" in list_names(window))
    qtbot.waitUntil(lambda: window.count_label.text() == f"{len(PEOPLE) + 1} contacts")
    assert changes.announced >= 1


def test_an_event_another_member_adds_appears_on_the_events_page(
    qtbot: QtBot, window: MainWindow, other_member: Library, sample: Sample
) -> None:
    assert window.show_view("events")
    wait_loaded(qtbot, window.events_page)
    assert window.server_changes.listener is not None
    qtbot.waitUntil(window.server_changes.listener.listening.is_set)
    save_event(other_member, Event(name="Afterwork de l'équipe"))
    qtbot.waitUntil(lambda: window.events_page.model.rowCount() == len(sample.events) + 1)


def test_a_folder_library_has_no_listener(qtbot: QtBot, empty_library: Library) -> None:
    window = open_window(qtbot, empty_library)
    assert window.server_changes.listener is None


# ---- File ▸ Open library… ----------------------------------------------------------------------------------


def test_the_open_library_dialog_connects_to_a_server(qtbot: QtBot, lib: Library, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, _url(lib))
    _open(qtbot, dialog)
    assert dialog.result() == OpenLibraryDialog.DialogCode.Accepted and dialog.opened is not None
    opened = dialog.opened.library
    try:
        assert opened.is_server and opened.location == redacted(parse_url(_url(lib)))
    finally:
        opened.close()


def test_a_refused_password_asks_again_and_the_keyring_is_written_only_when_asked(
    qtbot: QtBot, password_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    entry = (KEYRING_SERVICE, keyring_entry(parse_url(password_url)))
    dialog = _dialog(qtbot, tmp_path, password_url, "wrong guess", remember=True)
    _open(qtbot, dialog)
    assert dialog.isVisible() and dialog.opened is None  # refused: the dialog asks again
    assert "refused the password" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    assert memory_keyring.entries == {}  # a refused password is never remembered

    dialog.password.setText("team secret")
    dialog.remember.setChecked(False)
    _open(qtbot, dialog)
    assert dialog.opened is not None
    dialog.opened.library.close()
    assert memory_keyring.entries == {}  # accepted, but the box was not ticked

    again = _dialog(qtbot, tmp_path, password_url, "team secret", remember=True)
    _open(qtbot, again)
    assert again.opened is not None and again.opened.warning == ""
    again.opened.library.close()
    assert memory_keyring.entries == {entry: "team secret"}
    # ... which the next opening finds by itself (the password typed nowhere).
    Library.open(password_url, local_root=tmp_path / "next").close()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(b"team secret" not in p.read_bytes() for p in written)


def test_a_keyring_that_cannot_keep_the_password_is_said_and_the_library_opens(
    qtbot: QtBot, password_url: str, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = _dialog(qtbot, tmp_path, password_url, "team secret", remember=True)
        _open(qtbot, dialog)
        assert dialog.opened is not None
        dialog.opened.library.close()
        assert "keyring" in dialog.opened.warning and "\n" not in dialog.opened.warning
    finally:
        keyring.set_keyring(previous)


def test_bad_urls_are_refused_in_one_line_before_connecting(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, "postgresql://anne@db.example.com/")
    dialog.open_button.click()
    assert not dialog.connecting() and "names no database" in dialog.message.text()
    dialog.url.setText("mysql://anne@db/team")
    dialog.open_button.click()
    assert not dialog.connecting() and "postgresql://" in dialog.message.text()


def test_cancel_stops_waiting_and_the_dialog_stays(qtbot: QtBot, lib: Library, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, _url(lib))
    dialog.open_button.click()
    assert dialog.connecting()
    dialog.cancel_button.click()
    assert not dialog.connecting() and dialog.isVisible() and dialog.message.text() == "Cancelled."
    qtbot.waitUntil(lambda: pending_tasks() == 0)  # the library that opened meanwhile was closed, unused
    assert dialog.opened is None and dialog.result() != OpenLibraryDialog.DialogCode.Accepted


def test_open_library_replaces_the_window_and_remembers_the_url_without_password(
    qtbot: QtBot, empty_library: Library, password_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, empty_library, settings)
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is window.opener.action  # type: ignore[union-attr]
    window.opener.action.trigger()
    dialog = window.opener.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.recent.itemData(1) == str(empty_library.root)  # the library open now is the first recent one
    dialog._local_root = tmp_path / "opened"
    dialog.set_location(password_url)
    dialog.password.setText("team secret")
    _open(qtbot, dialog)
    new_window = window.opener.opened_window
    assert isinstance(new_window, MainWindow) and new_window.library.is_server
    qtbot.addWidget(new_window)
    assert not window.isVisible()  # the new window took its place
    qtbot.waitUntil(lambda: new_window.isVisible() and new_window._data_ready)
    settle(qtbot, new_window)
    assert recent_libraries(settings)[:2] == [redacted(parse_url(password_url)), str(empty_library.root)]
    settings.sync()
    assert b"team secret" not in (tmp_path / "settings.ini").read_bytes()
    assert settings.value(RECENT_KEY) is not None
    assert memory_keyring.entries == {}


# ---- the command line ---------------------------------------------------------------------------------------


def test_gui_screenshot_of_a_server_library(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cardbook.cli.main import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # this machine's folder for the library

    target = tmp_path / "server.png"
    assert main(["--library", _url(lib), "gui", "--screenshot", str(target)]) == 0
    assert target.stat().st_size > 10_000
    # $CARDBOOK_LIBRARY may name the server instead.
    monkeypatch.setenv("CARDBOOK_LIBRARY", _url(lib))
    assert main(["gui", "--screenshot", str(tmp_path / "from-env.png")]) == 0
    assert (tmp_path / "from-env.png").stat().st_size > 10_000


def test_gui_on_a_server_that_does_not_answer_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cardbook.cli.main import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    url = f"postgresql://anne@/team?host={tmp_path / 'no-server-here'}"
    assert main(["--library", url, "gui", "--screenshot", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot open the library on postgresql://anne@/team" in err
    assert not (tmp_path / "x.png").exists()


def test_at_start_a_server_that_wants_a_password_gets_the_dialog(
    qtbot: QtBot, password_url: str, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """`cardbook --library URL gui` with no .pgpass nor keyring entry: the dialog, filled in, asks for it."""
    asked: list[str] = []

    def answer() -> None:
        # The first try runs off the GUI thread (upgrade_progress.open_with_progress): the dialog comes after it.
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, OpenLibraryDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, answer)
            return
        dialog = shown[0]
        asked.append(dialog.message.text())
        assert dialog.server_choice.isChecked() and dialog.url.text() == password_url
        dialog.password.setText("team secret")
        dialog.open_button.click()

    QTimer.singleShot(0, answer)
    library = open_server_or_ask(password_url, local_root=tmp_path / "start")
    assert library is not None and library.is_server
    library.close()
    assert asked and asked[0].startswith("The server asks for a password.")
    assert memory_keyring.entries == {}


def test_about_says_where_a_team_library_is(lib: Library, empty_library: Library) -> None:
    team = about_text(lib)
    assert "team library on the server postgresql://cardbook@/" in team and "Everything stays" not in team
    assert str(lib.root) in team  # this machine's folder: images and unsaved edits
    assert f"Everything stays on this computer. Library: {empty_library.root}" in about_text(empty_library)


def test_a_burst_of_notices_makes_one_refresh(qtbot: QtBot, lib: Library) -> None:
    """Another member's import writes once per card: the window gathers the notices into one change notice."""
    services = services_for(lib)
    changes = ServerChanges(services)
    heard: list[LibraryChange] = []
    services.notices.libraryChanged.connect(heard.append)
    try:
        for number in range(50):
            tables = frozenset({"events"} if number == 7 else {"contacts"})
            changes._bridge.hand_over(ChangeNotice("another member", tables, (number,)))
        qtbot.waitUntil(lambda: changes.announced == 1)
        assert heard == [LibraryChange(ledger=True)]  # one notice; an event among the changes: the ledger too
    finally:
        changes.stop()
