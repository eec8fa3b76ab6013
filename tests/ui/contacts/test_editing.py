"""Editing in the contact pane: edit and save, validation, new contact, accept, delete — and undo for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cardbook.domain.enums import ContactStatus, PhoneKind
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.window.main_window import MainWindow
from tests.ui.helpers import list_names, settle
from tests.ui.sample_library import Sample


def test_edit_a_contact_save_and_undo(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    contact_id = sample.ids["Jérôme Girard"]
    assert window.show_view(f"contact:{contact_id}")
    window.commands.edit_contact.trigger()
    pane = window.contacts_page.pane
    assert pane.is_editing()
    form = pane.editor.form
    assert form.lines["full_name"].text() == "Jérôme Girard"
    form.lines["title"].clear()
    form.lines["title"].insert("Président")  # QtTest types ASCII only
    row = form.phones.add_row("")
    qtbot.keyClicks(row.edit, "06 11 22 33 44")
    assert row.verdict.text.text() == "+33611223344 · mobile"  # E.164 and the kind the number says
    assert row.phone_kind() is PhoneKind.MOBILE
    qtbot.keyClick(form.lines["title"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not pane.is_editing()
    saved = contacts.get_contact(lib, contact_id)
    assert saved.title == "Président"
    assert [(p.e164, p.kind) for p in saved.phones] == [("+33611223344", PhoneKind.MOBILE)]
    assert "Changes to Jérôme Girard saved." in window.statusBar().currentMessage()
    assert window.commands.undo.isEnabled()

    window.commands.undo.trigger()
    assert contacts.get_contact(lib, contact_id).title == "Gérant"
    window.commands.redo.trigger()
    assert contacts.get_contact(lib, contact_id).title == "Président"


def test_a_bad_email_is_refused_with_words(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    contact_id = sample.ids["Chloé Martin"]
    window.show_view(f"contact:{contact_id}")
    window.commands.edit_contact.trigger()
    editor = window.contacts_page.pane.editor
    row = editor.form.emails.rows[0]
    row.edit.setText("chloe.martin.dev")
    assert row.verdict.text.text() == "Error: Not an email address: the @ is missing."
    assert not row.verdict.mark.isHidden()  # an icon as well as the words
    editor.saveRequested.emit()
    assert window.contacts_page.pane.is_editing()  # not saved
    assert "@ is missing" in editor.problem.text.text()
    assert contacts.get_contact(lib, contact_id).emails == ["chloe@martin.dev"]
    editor.cancelRequested.emit()
    assert not window.contacts_page.pane.is_editing()


def test_new_contact_then_undo_and_redo(qtbot, window: MainWindow, lib: Library) -> None:  # type: ignore[no-untyped-def]
    assert window.commands.new_contact.shortcut().toString() == "Ctrl+N"
    window.commands.new_contact.trigger()
    editor = window.contacts_page.pane.editor
    assert editor.heading.text() == "New contact"
    editor.saveRequested.emit()  # empty: refused
    assert "needs at least a name" in editor.problem.text.text()
    editor.form.lines["full_name"].insert("Zoé Arnaud")
    editor.form.tags.setText("client, Lyon")
    editor.saveRequested.emit()
    settle(qtbot, window)
    assert "Zoé Arnaud" in list_names(window)
    created = window.contacts_page.current_id()
    assert created is not None and sorted(contacts.get_contact(lib, created).tags) == ["Lyon", "client"]
    assert window.count_label.text() == "13 contacts"

    window.commands.undo.trigger()
    settle(qtbot, window)
    assert "Zoé Arnaud" not in list_names(window)
    window.commands.redo.trigger()
    assert contacts.get_contact(lib, created).full_name == "Zoé Arnaud"  # back with the same id


def test_accept_a_card_awaiting_review(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    contact_id = sample.ids["Nicolas Garnier"]
    window.show_view(f"contact:{contact_id}")
    assert window.commands.accept_contact.isVisible()
    window.commands.accept_contact.trigger()
    assert contacts.get_contact(lib, contact_id).status is ContactStatus.ACTIVE
    settle(qtbot, window)
    assert not window.commands.accept_contact.isVisible()
    window.commands.undo.trigger()
    assert contacts.get_contact(lib, contact_id).status is ContactStatus.AWAITING_REVIEW


def test_delete_asks_first_and_can_be_undone(
    qtbot, window: MainWindow, lib: Library, sample: Sample, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    contact_id = sample.ids["Émilie Lefèvre"]
    window.show_view(f"contact:{contact_id}")
    answers = iter([False, True])
    monkeypatch.setattr(window.editing, "_confirm_delete", lambda name: name == "Émilie Lefèvre" and next(answers))
    window.commands.delete_contact.trigger()  # "Cancel"
    assert contacts.count_contacts(lib) == 12
    window.commands.delete_contact.trigger()  # "Delete"
    assert contacts.count_contacts(lib) == 11
    settle(qtbot, window)
    assert "Émilie Lefèvre" not in list_names(window)
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()

    window.commands.undo.trigger()
    settle(qtbot, window)
    assert contacts.get_contact(lib, contact_id).full_name == "Émilie Lefèvre"
    assert window.contacts_page.current_id() == contact_id
    assert QApplication.activeModalWidget() is None
    assert QMessageBox  # the real dialog is exercised by hand; here it is answered by the patch
