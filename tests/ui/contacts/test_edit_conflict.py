"""The editor's save refused because someone else changed the contact meanwhile (issue 17, "several writers at
once"): the window says so and offers to reload and re-apply the user's changes, or to discard them. Two Library
objects on one folder library stand for the window and another member (or another window, or a command)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.window.main_window import MainWindow
from tests.ui.contacts.test_unsaved_edits import left_editor, start_editing
from tests.ui.helpers import settle
from tests.ui.sample_library import Sample


@pytest.fixture
def other(lib: Library) -> Iterator[Library]:
    member = Library.open(lib.root)
    yield member
    member.close()


def asked(window: MainWindow, monkeypatch: pytest.MonkeyPatch, reapply: bool) -> list[str]:
    """Answer the conflict's question (True: reload and re-apply); returns the names it was asked about."""
    names: list[str] = []

    def ask(name: str) -> bool:
        names.append(name)
        return reapply

    monkeypatch.setattr(window.editing, "_ask_conflict", ask)
    return names


def change_elsewhere(other: Library, contact_id: int, **fields: object) -> None:
    current = contacts.get_contact(other, contact_id)
    contacts.update_contact(other, dataclasses.replace(current, **fields))  # type: ignore[arg-type]


def test_reload_and_reapply_keeps_the_users_field_and_the_other_change(
    qtbot, window: MainWindow, lib: Library, other: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    names = asked(window, monkeypatch, reapply=True)
    start_editing(qtbot, window, jerome)
    editor = window.contacts_page.pane.editor
    editor.form.lines["title"].setText("Président")
    change_elsewhere(other, jerome, notes="Vu au salon de Lyon.")

    window.editing.save()
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.form.notes.toPlainText() == "Vu au salon de Lyon.")

    assert names == ["Jérôme Girard"]
    assert window.contacts_page.pane.is_editing()  # left open for review
    assert editor.form.lines["title"].text() == "Président"  # the user's change, applied again
    stored = contacts.get_contact(lib, jerome)
    assert (stored.title, stored.notes) == ("Gérant", "Vu au salon de Lyon.")  # nothing written yet
    assert lib.drafts_path.exists()  # what was typed is safe meanwhile

    window.editing.save()
    left_editor(qtbot, window)
    saved = contacts.get_contact(lib, jerome)
    assert (saved.title, saved.notes) == ("Président", "Vu au salon de Lyon.")
    assert saved.version == stored.version + 1


def test_discard_drops_the_users_changes_and_keeps_the_other_ones(
    qtbot, window: MainWindow, lib: Library, other: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    names = asked(window, monkeypatch, reapply=False)
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    change_elsewhere(other, jerome, title="Directeur")

    window.editing.save()
    left_editor(qtbot, window)

    assert names == ["Jérôme Girard"]
    assert contacts.get_contact(lib, jerome).title == "Directeur"
    settle(qtbot, window)
    assert not lib.drafts_path.exists()


def test_an_unchanged_contact_saves_without_asking(
    qtbot, window: MainWindow, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The usual case: nobody else touched it, the save goes through and raises the version once."""
    jerome = sample.ids["Jérôme Girard"]
    names = asked(window, monkeypatch, reapply=True)
    version = contacts.get_contact(lib, jerome).version or 0
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    window.editing.save()
    left_editor(qtbot, window)
    assert names == []
    saved = contacts.get_contact(lib, jerome)
    assert (saved.title, saved.version) == ("Président", version + 1)
    window.commands.undo.trigger()  # undo writes on the version its save left: no conflict with itself
    qtbot.waitUntil(lambda: contacts.get_contact(lib, jerome).title == "Gérant")


def test_undo_after_someone_elses_change_is_refused_and_said(
    qtbot, window: MainWindow, lib: Library, other: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    window.editing.save()
    left_editor(qtbot, window)
    change_elsewhere(other, jerome, notes="Vu au salon de Lyon.")
    said: list[str] = []
    window.editing.message.connect(said.append)

    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: any("changed by someone else" in line for line in said))

    stored = contacts.get_contact(lib, jerome)
    assert (stored.title, stored.notes) == ("Président", "Vu au salon de Lyon.")  # nobody's change undone
