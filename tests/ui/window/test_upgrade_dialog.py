"""Opening a library written by an older Cardbook shows "Upgrading your library…" while the upgrade runs off the
GUI thread (ui/window/upgrade_progress.py): at start, and from File ▸ Open library…, on a folder (backed up
first) and on a server. The dialog cannot be closed half-way, and goes once the library is open.

The upgrade of the small fixture takes milliseconds, so each test holds the opening thread inside the storage's
upgrade notice (the real `Library.open`, its `on_upgrade` wrapped) until it has looked at the dialog."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardbook.storage.backends import UpgradeNotice
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION, current_revision
from cardbook.storage.server import server_revision
from cardbook.storage.upkeep import restore
from cardbook.ui.window import damaged_library, open_library
from cardbook.ui.window.damaged_library import DamagedLibraryDialog, open_or_repair
from cardbook.ui.window.open_library import OpenLibraryDialog
from cardbook.ui.window.upgrade_progress import UpgradeDialog
from tests.pg_server import PgCluster
from tests.storage.pg_fixtures import postgres_at

FIXTURE = Path(__file__).parents[2] / "storage" / "fixtures" / "library-0006.sqlite3"


class Hold:
    """Wraps `Library.open` in one module so that the upgrade notice waits for `release` after telling."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object) -> None:
        self.release = threading.Event()
        self.told: list[str] = []
        self.threads: list[threading.Thread] = []
        real_open = Library.open
        hold = self

        class HeldLibrary(Library):
            @classmethod
            def open(
                cls,
                root: Path | str | None = None,
                *,
                local_root: Path | None = None,
                on_upgrade: UpgradeNotice | None = None,
            ) -> Library:
                def notice(revision: str) -> None:
                    hold.told.append(revision)
                    hold.threads.append(threading.current_thread())
                    assert on_upgrade is not None
                    on_upgrade(revision)
                    assert hold.release.wait(60), "the test never looked at the dialog"

                return real_open(root, local_root=local_root, on_upgrade=notice)

        monkeypatch.setattr(module, "Library", HeldLibrary)


def upgrade_dialogs() -> list[UpgradeDialog]:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeDialog)]
    return [w for w in found if shiboken6.isValid(w) and w.isVisible()]


def check_dialog_stays(qtbot: QtBot, hold: Hold, location: str, *, server: bool) -> None:
    """The dialog is up, modal, says what and why, refuses Esc and closing; the work is on another thread."""
    qtbot.waitUntil(lambda: len(upgrade_dialogs()) == 1)
    dialog = upgrade_dialogs()[0]
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert dialog.heading.text() == "Upgrading your library…"
    assert location in dialog.detail.text()
    assert ("one transaction on the server" in dialog.safety.text()) is server
    assert ("backup copy" in dialog.safety.text()) is not server
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible(), "an upgrade cannot be stopped half-way: nothing closes the dialog"
    assert hold.told == ["0006"]
    assert hold.threads[0] is not threading.main_thread()
    hold.release.set()


def old_folder(tmp_path: Path) -> Path:
    root = tmp_path / "old"
    root.mkdir()
    shutil.copy(FIXTURE, root / "cardbook.sqlite3")
    return root


def test_an_older_folder_at_start_is_upgraded_under_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = old_folder(tmp_path)
    hold = Hold(monkeypatch, damaged_library)
    looked: list[bool] = []

    def look() -> None:  # runs in open_or_repair's own wait (the window's loop does not run yet at start)
        check_dialog_stays(qtbot, hold, str(root), server=False)
        looked.append(True)

    QTimer.singleShot(0, look)
    library = open_or_repair(root, lambda _root, _detail: None)
    assert library is not None
    try:
        assert looked == [True]
        assert current_revision(library.db_path) == HEAD_REVISION
        assert len(list(library.backups_dir.glob("*before-upgrade-0006*"))) == 1
        qtbot.waitUntil(lambda: upgrade_dialogs() == [])
    finally:
        library.close()

    again = open_or_repair(root, lambda _root, _detail: None)  # current now: no dialog, no notice
    assert again is not None
    again.close()
    assert hold.told == ["0006"]


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_open_library_shows_the_dialog_while_an_older_library_upgrades(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str, request: pytest.FixtureRequest
) -> None:
    if engine == "sqlite":
        location = str(old_folder(tmp_path))
    else:
        pg_cluster: PgCluster = request.getfixturevalue("pg_cluster")
        location = postgres_at(pg_cluster, "0006", FIXTURE)
    hold = Hold(monkeypatch, open_library)
    dialog = OpenLibraryDialog(local_root=tmp_path / "opened")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_location(location)
    dialog.open_button.click()

    check_dialog_stays(qtbot, hold, location if engine == "sqlite" else dialog.url.text(), server=engine != "sqlite")
    qtbot.waitUntil(lambda: not dialog.connecting())
    assert dialog.opened is not None
    library = dialog.opened.library
    try:
        if library.is_server:
            assert server_revision(library.engine) == HEAD_REVISION
        else:
            assert current_revision(library.db_path) == HEAD_REVISION
            assert len(list(library.backups_dir.glob("*before-upgrade-0006*"))) == 1
        qtbot.waitUntil(lambda: upgrade_dialogs() == [])
    finally:
        library.close()


def test_restoring_an_older_backup_over_a_damaged_library_shows_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The damaged-library dialog's Restore, with a backup an older Cardbook wrote: upgraded under the dialog, off
    the GUI thread, then opened."""
    root = tmp_path / "lib"
    Library.open(root).close()
    (root / "backups").mkdir(exist_ok=True)
    shutil.copy(FIXTURE, root / "backups" / "cardbook-20260101-000000-000000-manual.sqlite3")
    with (root / "cardbook.sqlite3").open("r+b") as db:
        db.write(b"\0" * 100)  # damaged: the dialog offers the backups
    hold = Hold(monkeypatch, restore)
    looked: list[bool] = []

    def ask(folder: Path, detail: str) -> DamagedLibraryDialog | None:
        dialog = DamagedLibraryDialog(folder, detail)
        qtbot.addWidget(dialog)
        dialog.show()

        def look() -> None:  # in the restore's own wait
            check_dialog_stays(qtbot, hold, str(folder), server=False)
            looked.append(True)

        QTimer.singleShot(0, look)
        dialog.restore_button.click()
        return dialog if dialog.result() == DamagedLibraryDialog.DialogCode.Accepted else None

    library = open_or_repair(root, ask)
    assert library is not None
    try:
        assert looked == [True] and hold.threads[0] is not threading.main_thread()
        assert current_revision(library.db_path) == HEAD_REVISION
        qtbot.waitUntil(lambda: upgrade_dialogs() == [])
    finally:
        library.close()
