"""Window saves that wait (issue 15): while another process holds the library's write lock (a real second
process in an IMMEDIATE transaction, as a `cardbook import` holds it), Save keeps the editor's values, says
"Library busy — saving again…" and saves once the lock is free — or says so, keeping the edit as a draft."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.storage import database
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.drafts import DraftStore, contact_key
from cardbook.storage.library import Library
from cardbook.ui.window.main_window import MainWindow
from tests.ui.helpers import settle, show_contact
from tests.ui.sample_library import Sample

# A second process: takes the write lock, says so, holds it for argv[2] seconds, then commits and ends.
HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def hold_lock(db_path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def holders() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for holder in started:
        holder.communicate(timeout=30)  # ends it and closes its pipe


def edit_title(qtbot, window: MainWindow, contact_id: int, title: str) -> None:  # type: ignore[no-untyped-def]
    show_contact(qtbot, window, contact_id)
    window.commands.edit_contact.trigger()
    window.contacts_page.pane.editor.form.lines["title"].setText(title)


def test_a_save_waits_for_a_busy_library_and_lands(
    qtbot, window: MainWindow, lib: Library, sample: Sample, holders: list[subprocess.Popen[str]]
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    edit_title(qtbot, window, jerome, "Président")
    holders.append(hold_lock(lib.db_path, 3))
    pane = window.contacts_page.pane

    window.editing.save()
    assert pane.is_editing()  # not given up, not closed: waiting for the lock
    assert window.statusBar().currentMessage() == "Library busy — saving again…"
    assert pane.editor.form.lines["title"].text() == "Président" and not pane.editor.isEnabled()
    assert DraftStore.open(lib.drafts_path).get(contact_key(jerome)) is not None  # safe on disk meanwhile
    assert not window.editing.leave()  # going elsewhere waits too: the user stays with the editor

    qtbot.waitUntil(lambda: not pane.is_editing(), timeout=20_000)  # the holder commits after 3 s
    assert contacts.get_contact(lib, jerome).title == "Président"
    assert window.undo_stack.undoText() == "Edit Jérôme Girard"
    assert "Changes to Jérôme Girard saved." in window.statusBar().currentMessage()
    assert not lib.drafts_path.exists()
    settle(qtbot, window)


def test_a_library_busy_for_too_long_keeps_the_edit_as_a_draft(
    qtbot,
    window: MainWindow,
    lib: Library,
    sample: Sample,
    holders: list[subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # each attempt gives up sooner than the holder
    window.editing._saver.retry_for_s = 1.5
    jerome = sample.ids["Jérôme Girard"]
    edit_title(qtbot, window, jerome, "Président")
    holders.append(hold_lock(lib.db_path, 6))
    pane = window.contacts_page.pane

    window.editing.save()
    assert window.statusBar().currentMessage() == "Library busy — saving again…"
    qtbot.waitUntil(lambda: pane.editor.isEnabled(), timeout=20_000)  # given up: the editor is back
    message = "Could not save Jérôme Girard: the library stayed busy"
    assert window.statusBar().currentMessage().startswith(message)
    assert message in pane.editor.problem.text.text()
    assert pane.is_editing() and pane.editor.form.lines["title"].text() == "Président"
    draft = DraftStore.open(lib.drafts_path).get(contact_key(jerome))
    assert draft is not None and draft.fields["title"] == "Président"
    holders[0].communicate(timeout=30)
    assert contacts.get_contact(lib, jerome).title == "Gérant"  # nothing half-written

    window.editing.save()  # the lock is free again: Save now lands (off the GUI thread, so wait for it)
    qtbot.waitUntil(lambda: not pane.is_editing(), timeout=20_000)
    assert contacts.get_contact(lib, jerome).title == "Président"
    settle(qtbot, window)


def _write_lock_held(db_path: Path) -> bool:
    """Whether another connection holds the library's write lock now (asked without waiting)."""
    import sqlite3

    con = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        assert "locked" in str(error) or "busy" in str(error), error
        return True
    finally:
        con.close()


def test_a_save_while_a_command_line_import_runs_waits_and_both_land(
    qtbot, window: MainWindow, lib: Library, sample: Sample, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The case of issue 15 (8 of 10 saves failed within 10 ms, silently, while `cardbook import` ran): a real
    `cardbook import` of a large vCard file in another process, and a Save in the window while that import holds
    the write lock. The save says the library is busy, waits, and lands; the import stores every card."""
    people = 5_000  # about 10 s of writing on a loaded two-core machine (the lock: 2.4 ms per card)
    vcf = tmp_path / "address-book.vcf"
    vcf.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported {i}\r\nORG:Firm {i}\r\nEMAIL:p{i}@firm{i}.example\r\n"
            "END:VCARD\r\n"
            for i in range(people)
        ),
        encoding="utf-8",
    )
    before = contacts.count_contacts(lib)
    jerome = sample.ids["Jérôme Girard"]
    edit_title(qtbot, window, jerome, "Président")
    pane = window.contacts_page.pane
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[3])}
    importer = subprocess.Popen(
        [sys.executable, "-m", "cardbook", "--library", str(lib.root), "import", str(vcf), "--region", "FR"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        # Held for a fifth of a second: the import is writing its batches, not a brief write of its start.
        held_since: list[float] = []

        def importing() -> bool:
            if not _write_lock_held(lib.db_path):
                held_since.clear()
            elif not held_since:
                held_since.append(time.monotonic())
            return bool(held_since and time.monotonic() - held_since[0] >= 0.2) or importer.poll() is not None

        qtbot.waitUntil(importing, timeout=120_000)
        assert importer.poll() is None, "the import ended before it was seen writing"
        window.editing.save()
        # The import commits 500 contacts at a time (storage/contacts/interchange.IMPORT_BATCH): the save meets
        # its lock for at most about one batch ("Library busy — saving again…", the edit kept on screen) and
        # lands while the import goes on; with the import's one transaction it waited for the whole file.
        saved = "Changes to Jérôme Girard saved."
        if window.statusBar().currentMessage() != saved:
            assert window.statusBar().currentMessage() == "Library busy — saving again…"
            assert pane.is_editing() and pane.editor.form.lines["title"].text() == "Président"
        qtbot.waitUntil(lambda: not pane.is_editing(), timeout=120_000)
        assert importer.poll() is None, "the save waited for the whole import"
        _out, err = importer.communicate(timeout=300)
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.communicate()
    assert importer.returncode == 0, err
    assert contacts.get_contact(lib, jerome).title == "Président"
    assert saved in window.statusBar().currentMessage()
    assert contacts.count_contacts(lib) == before + people
    settle(qtbot, window)
