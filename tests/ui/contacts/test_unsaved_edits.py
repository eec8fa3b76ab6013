"""Nothing typed into the contact editor is lost: leaving the contact saves valid changes (one undoable step),
asks about invalid ones, and a draft in the library folder survives a crash."""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from cardbook.domain.contact import Contact
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.drafts import DraftStore
from cardbook.storage.library import Library
from cardbook.ui.contacts.drafts import DRAFT_DELAY_MS
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.contacts.list_controller import SEARCH_DELAY_MS
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sidebar_model import SidebarEntry
from tests.ui.conftest import open_window
from tests.ui.helpers import click_row, click_sidebar, settle, show_contact
from tests.ui.sample_library import Sample


def start_editing(qtbot, window: MainWindow, contact_id: int) -> None:  # type: ignore[no-untyped-def]
    assert show_contact(qtbot, window, contact_id)
    window.commands.edit_contact.trigger()
    assert window.contacts_page.pane.is_editing()


def left_editor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.contacts_page.pane.is_editing(), timeout=5_000)
    settle(qtbot, window)


def answer(window: MainWindow, monkeypatch: pytest.MonkeyPatch, *answers: bool) -> list[tuple[str, list[str]]]:
    """Answer the "cannot be saved" question: True discards, False keeps editing. Returns what was asked."""
    asked: list[tuple[str, list[str]]] = []
    replies = iter(answers)

    def ask(name: str, problems: list[str]) -> bool:
        asked.append((name, problems))
        return next(replies)

    monkeypatch.setattr(window.editing, "_ask_discard", ask)
    return asked


def break_email(window: MainWindow) -> None:
    form = window.contacts_page.pane.editor.form
    form.emails.rows[0].edit.setText("jerome.nova-sas.fr")


def row_of(window: MainWindow, contact_id: int) -> int:
    row = window.model.row_of(contact_id)
    assert row is not None
    return row


# ---- valid changes are saved on the way out ------------------------------------------------------------------


def test_choosing_another_contact_saves_the_edit_as_one_undoable_step(
    qtbot, window: MainWindow, lib: Library, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    jerome, amelie = sample.ids["Jérôme Girard"], sample.ids["Amélie Petit"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    steps = window.undo_stack.count()

    click_row(qtbot, window, row_of(window, amelie))
    left_editor(qtbot, window)

    assert contacts.get_contact(lib, jerome).title == "Président"
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Edit Jérôme Girard"
    assert window.contacts_page.current_id() == amelie  # the navigation went on
    assert window.contacts_page.pane.contact_id == amelie
    window.commands.undo.trigger()
    assert contacts.get_contact(lib, jerome).title == "Gérant"
    assert not lib.drafts_path.exists()


def test_the_arrow_keys_in_the_list_save_too(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.notes.setPlainText("Rappeler en mars.")
    qtbot.keyClick(window.contacts_page.table, Qt.Key.Key_Down)
    left_editor(qtbot, window)
    assert contacts.get_contact(lib, jerome).notes == "Rappeler en mars."
    assert window.contacts_page.current_id() == window.model.id_at(row_of(window, jerome) + 1)


def test_an_unchanged_contact_is_left_without_a_step(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    start_editing(qtbot, window, sample.ids["Jérôme Girard"])
    steps = window.undo_stack.count()
    click_row(qtbot, window, 0)
    left_editor(qtbot, window)
    assert window.undo_stack.count() == steps
    assert window.contacts_page.current_id() == window.model.id_at(0)


def test_a_list_refresh_that_keeps_the_contact_keeps_the_editor(
    qtbot, window: MainWindow, lib: Library, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    contacts.create_contact(lib, Contact(full_name="Zoé Arnaud"))  # e.g. an import finishing meanwhile
    window.contacts_changed(None)
    settle(qtbot, window)  # the list's answer has landed
    assert window.contacts_page.pane.is_editing()
    assert window.contacts_page.pane.editor.form.lines["title"].text() == "Président"
    assert window.contacts_page.current_id() == jerome
    window.contacts_page.pane.editor.saveRequested.emit()


def test_another_list_in_the_sidebar_saves(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["company"].setText("Nova Group")
    click_sidebar(qtbot, window, SidebarEntry(ContactFilter(FilterKind.ONE_WAY)))
    left_editor(qtbot, window)
    assert contacts.get_contact(lib, jerome).company == "Nova Group"
    assert window.controller.filter == ContactFilter(FilterKind.ONE_WAY)


def test_a_search_that_hides_the_contact_saves(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    qtbot.keyClicks(window.search, "girard")  # still listed: nothing happens
    qtbot.waitUntil(lambda: not window.controller.search_waiting, timeout=SEARCH_DELAY_MS * 10)
    settle(qtbot, window)
    assert window.contacts_page.pane.is_editing()
    window.search.setText("lefevre")
    left_editor(qtbot, window)
    assert contacts.get_contact(lib, jerome).title == "Président"
    assert window.model.ids == [sample.ids["Émilie Lefèvre"]]


def test_switching_view_saves(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    window.commands.pages["events"].trigger()
    assert window.current_page() == "events"
    left_editor(qtbot, window)  # the save runs off the GUI thread: on a loaded machine it lands a moment later
    assert contacts.get_contact(lib, jerome).title == "Président"


def test_a_new_contact_is_created_when_another_is_chosen(
    qtbot, window: MainWindow, lib: Library, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    window.commands.new_contact.trigger()
    assert window.contacts_page.current_id() is None
    window.contacts_page.pane.editor.form.lines["full_name"].setText("Zoé Arnaud")
    click_row(qtbot, window, 0)
    left_editor(qtbot, window)
    assert contacts.count_contacts(lib) == 13
    assert window.undo_stack.undoText() == "New contact Zoé Arnaud"
    assert window.contacts_page.current_id() == window.model.id_at(0)


def test_closing_the_window_saves(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    window.contacts_page.pane.editor.form.lines["title"].setText("Président")
    assert window.close()
    assert contacts.get_contact(lib, jerome).title == "Président"
    assert not lib.drafts_path.exists()


# ---- changes that cannot be saved: ask ------------------------------------------------------------------------


def test_an_invalid_edit_asks_keep_editing_goes_back(
    qtbot, window: MainWindow, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome, amelie = sample.ids["Jérôme Girard"], sample.ids["Amélie Petit"]
    start_editing(qtbot, window, jerome)
    break_email(window)
    asked = answer(window, monkeypatch, False, True)
    steps = window.undo_stack.count()

    click_row(qtbot, window, row_of(window, amelie))
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0][0] == "Jérôme Girard" and "@ is missing" in asked[0][1][0]
    page, form = window.contacts_page, window.contacts_page.pane.editor.form
    assert page.pane.is_editing()
    assert page.current_id() == jerome  # the list went back to the contact being edited
    assert form.emails.rows[0].edit.text() == "jerome.nova-sas.fr"
    assert window.focusWidget() is form.emails.rows[0].edit  # the cursor on what is wrong
    assert contacts.get_contact(lib, jerome).emails == ["jerome@nova-sas.fr"]

    click_row(qtbot, window, row_of(window, amelie))  # this time: Discard changes
    left_editor(qtbot, window)
    assert len(asked) == 2
    assert page.current_id() == amelie and page.pane.contact_id == amelie
    assert contacts.get_contact(lib, jerome).emails == ["jerome@nova-sas.fr"]
    assert window.undo_stack.count() == steps
    assert not lib.drafts_path.exists()


def test_the_question_is_a_real_dialog_that_defaults_to_keep_editing(
    qtbot, window: MainWindow, lib: Library, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    break_email(window)
    seen: dict[str, object] = {}

    def click(text: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: click(text))
            return
        seen.setdefault("default", box.defaultButton().text())
        seen.setdefault("buttons", sorted(b.text() for b in box.buttons()))
        seen.setdefault("text", box.text())
        button = next(b for b in box.buttons() if b.text() == text)
        assert isinstance(button, QPushButton)
        button.click()

    QTimer.singleShot(0, lambda: click("&Keep editing"))
    window.commands.pages["networks"].trigger()  # switching view
    assert window.current_page() == "contacts"
    assert window.commands.pages["contacts"].isChecked()
    assert window.contacts_page.pane.is_editing()
    assert seen == {
        "default": "&Keep editing",
        "buttons": ["&Discard changes", "&Keep editing"],
        "text": "The changes to Jérôme Girard cannot be saved as they are.",
    }

    QTimer.singleShot(0, lambda: click("&Discard changes"))
    window.commands.pages["networks"].trigger()
    assert window.current_page() == "networks"
    assert not window.contacts_page.pane.is_editing()
    assert contacts.get_contact(lib, jerome).emails == ["jerome@nova-sas.fr"]
    settle(qtbot, window)


def test_another_list_with_an_invalid_edit_keeps_the_list(
    qtbot, window: MainWindow, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    break_email(window)
    asked = answer(window, monkeypatch, False)
    click_sidebar(qtbot, window, SidebarEntry(ContactFilter(FilterKind.PRESCRIBERS)))
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert window.controller.filter == ContactFilter()
    assert window.sidebar.current_entry() == SidebarEntry(ContactFilter())
    assert window.contacts_page.pane.is_editing() and window.contacts_page.current_id() == jerome
    window.contacts_page.pane.editor.cancelRequested.emit()


def test_a_search_hiding_an_invalid_edit_asks_and_comes_back(
    qtbot, window: MainWindow, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    break_email(window)
    asked = answer(window, monkeypatch, False)
    window.search.setText("lefevre")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5_000)
    settle(qtbot, window)
    assert window.contacts_page.pane.is_editing()
    assert window.search.text() == ""  # the list shows the contact being edited again
    assert window.contacts_page.current_id() == jerome
    window.contacts_page.pane.editor.cancelRequested.emit()


def test_closing_with_an_invalid_edit_asks(
    qtbot, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    start_editing(qtbot, window, sample.ids["Jérôme Girard"])
    break_email(window)
    asked = answer(window, monkeypatch, False, True)
    assert not window.close()  # Keep editing
    assert window.isVisible() and window.contacts_page.pane.is_editing()
    assert window.close()  # Discard changes
    assert len(asked) == 2
    assert contacts.get_contact(lib, sample.ids["Jérôme Girard"]).emails == ["jerome@nova-sas.fr"]


def test_new_contact_and_import_leave_the_edited_contact_first(
    qtbot, window: MainWindow, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    start_editing(qtbot, window, jerome)
    break_email(window)
    asked = answer(window, monkeypatch, False, False)
    chosen: list[bool] = []
    monkeypatch.setattr(window.imports.controller, "choose_files", lambda: chosen.append(True))
    window.commands.new_contact.trigger()
    window.commands.import_cards.trigger()
    assert len(asked) == 2 and not chosen
    assert window.contacts_page.pane.editor.heading.text() == "Edit Jérôme Girard"
    window.contacts_page.pane.editor.form.emails.rows[0].edit.setText("jerome@nova.fr")
    window.commands.import_cards.trigger()  # valid now: saved, then the import goes on
    assert chosen == [True]
    assert contacts.get_contact(lib, jerome).emails == ["jerome@nova.fr"]
    settle(qtbot, window)


# ---- drafts against a crash ------------------------------------------------------------------------------------


def crash(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies: nothing is saved on the way out (the draft file is all that is left)."""
    monkeypatch.setattr(window.editing, "leave", lambda: True)
    window.close()


def test_a_draft_is_written_and_offered_after_a_crash(
    qtbot, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    window = open_window(qtbot, lib)
    start_editing(qtbot, window, jerome)
    form = window.contacts_page.pane.editor.form
    form.lines["title"].setText("Président")
    form.emails.rows[0].edit.setText("jerome.nova-sas.fr")  # invalid values are kept as typed
    assert not lib.drafts_path.exists()  # debounced: nothing written while typing
    qtbot.waitUntil(lib.drafts_path.exists, timeout=DRAFT_DELAY_MS * 3)
    saved = json.loads(lib.drafts_path.read_text(encoding="utf-8"))
    fields = saved["drafts"][f"contact:{jerome}"]["fields"]
    assert fields["title"] == "Président" and fields["emails"] == ["jerome.nova-sas.fr"]
    crash(window, monkeypatch)
    assert contacts.get_contact(lib, jerome).title == "Gérant"

    again = open_window(qtbot, lib)  # the next start
    banner = again.contacts_page.draft_banner
    pane = again.contacts_page.pane
    qtbot.waitUntil(lambda: pane.contact_id == jerome, timeout=5000)  # shown, with the offer
    assert again.contacts_page.current_id() == jerome
    assert banner.isVisible()
    assert banner.label.text() == "Unsaved changes to this contact from your last session."
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(pane.is_editing, timeout=5000)  # the contact is read again in the background
    assert not banner.isVisible()
    form = again.contacts_page.pane.editor.form
    assert form.lines["title"].text() == "Président"
    assert form.emails.rows[0].edit.text() == "jerome.nova-sas.fr"
    form.emails.rows[0].edit.setText("jerome@nova-sas.fr")
    again.contacts_page.pane.editor.saveRequested.emit()
    qtbot.waitUntil(lambda: not again.contacts_page.pane.is_editing(), timeout=10_000)  # saved in the background
    assert contacts.get_contact(lib, jerome).title == "Président"
    assert not lib.drafts_path.exists()
    settle(qtbot, again)


def test_a_draft_of_a_new_contact_can_be_discarded(qtbot, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    window.commands.new_contact.trigger()
    window.contacts_page.pane.editor.form.lines["full_name"].setText("Zoé Arnaud")
    window.editing.drafts.write()  # as the timer would
    crash(window, monkeypatch)

    again = open_window(qtbot, lib)
    banner = again.contacts_page.draft_banner
    assert banner.isVisible() and "Zoé Arnaud" in banner.label.text()
    qtbot.mouseClick(banner.discard_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert not lib.drafts_path.exists()
    assert contacts.count_contacts(lib) == 12


def test_editing_a_contact_with_a_draft_brings_it_back(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    DraftStore.open(lib.drafts_path).put(jerome, "Jérôme Girard", {"title": "Président", "tags": "client"})
    window = open_window(qtbot, lib)
    qtbot.waitUntil(lambda: window.contacts_page.pane.contact_id == jerome, timeout=5000)  # its draft is offered
    window.commands.edit_contact.trigger()
    form = window.contacts_page.pane.editor.form
    assert form.lines["title"].text() == "Président" and form.tags.text() == "client"
    assert form.lines["full_name"].text() == "Jérôme Girard"  # fields the draft lacks keep the contact's value
    window.contacts_page.pane.editor.cancelRequested.emit()
    assert not lib.drafts_path.exists()


def test_a_damaged_draft_file_is_ignored(qtbot, lib: Library, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    lib.drafts_path.write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="cardbook.storage.contacts.drafts"):
        window = open_window(qtbot, lib)
    assert "damaged drafts file" in caplog.text
    assert not window.contacts_page.draft_banner.isVisible()
    lib.drafts_path.write_text(json.dumps({"drafts": {"contact:1": {"fields": []}, "x": 3}}), encoding="utf-8")
    assert DraftStore.open(lib.drafts_path).drafts == {}


def test_a_draft_in_an_empty_library_is_offered_too(qtbot, empty_library: Library) -> None:  # type: ignore[no-untyped-def]
    DraftStore.open(empty_library.drafts_path).put(None, "Zoé Arnaud", {"full_name": "Zoé Arnaud"})
    window = open_window(qtbot, empty_library)
    page = window.contacts_page
    assert page.page_stack.currentWidget() is page.splitter  # not the welcome: the banner must be seen
    assert page.draft_banner.isVisible()
    qtbot.mouseClick(page.draft_banner.restore_button, Qt.MouseButton.LeftButton)
    assert page.pane.editor.form.lines["full_name"].text() == "Zoé Arnaud"
    page.pane.editor.saveRequested.emit()
    settle(qtbot, window)
    assert contacts.count_contacts(empty_library) == 1
    assert not empty_library.drafts_path.exists()


def test_a_draft_of_a_deleted_contact_becomes_a_new_contact(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    DraftStore.open(lib.drafts_path).put(jerome, "Jérôme Girard", {"full_name": "Jérôme Girard", "title": "PDG"})
    contacts.delete_contact(lib, jerome)
    window = open_window(qtbot, lib)
    banner = window.contacts_page.draft_banner
    assert banner.isVisible() and "Jérôme Girard" in banner.label.text()
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    editor = window.contacts_page.pane.editor
    assert editor.heading.text() == "New contact" and editor.form.lines["title"].text() == "PDG"
    editor.cancelRequested.emit()
    assert not lib.drafts_path.exists()
