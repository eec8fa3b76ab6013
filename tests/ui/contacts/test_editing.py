"""Editing in the contact pane: edit and save, validation, new contact, accept, delete — and undo for each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cardbook.domain.enums import ContactStatus, PhoneKind
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.window.main_window import MainWindow
from tests.storage.test_erasure import NAME as ERASED_NAME
from tests.storage.test_erasure import _hits as hits
from tests.storage.test_erasure import _library as erasure_library
from tests.ui.conftest import open_window
from tests.ui.helpers import list_names, settle, show_contact
from tests.ui.sample_library import Sample


def test_edit_a_contact_save_and_undo(qtbot, window: MainWindow, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    contact_id = sample.ids["Jérôme Girard"]
    assert show_contact(qtbot, window, contact_id)
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

    # The save runs off the GUI thread (ui/contacts/save_retry.py): on a loaded machine it lands a moment later.
    qtbot.waitUntil(lambda: not pane.is_editing() or bool(pane.editor.problem.text.text()), timeout=10_000)
    assert not pane.is_editing(), pane.editor.problem.text.text()
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
    show_contact(qtbot, window, contact_id)
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
    show_contact(qtbot, window, contact_id)
    assert window.commands.accept_contact.isVisible()
    window.commands.accept_contact.trigger()
    assert contacts.get_contact(lib, contact_id).status is ContactStatus.ACTIVE
    settle(qtbot, window)
    assert not window.commands.accept_contact.isVisible()
    window.commands.undo.trigger()
    assert contacts.get_contact(lib, contact_id).status is ContactStatus.AWAITING_REVIEW


def test_delete_asks_then_erases_the_person_from_the_library_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window's Delete is the erasure: afterwards the person's name, email and phone are in no byte of the
    library folder outside its backups (the method of tests/storage/test_erasure.py), and no undo brings them
    back."""
    root = tmp_path / "erase"
    library, contact_id = erasure_library(root)
    assert hits(root, skip_backups=True), "the person is on disk before"
    window = open_window(qtbot, library)
    show_contact(qtbot, window, contact_id)
    window.commands.edit_contact.trigger()  # an undoable edit that holds their values (their draft comes back)
    window.contacts_page.pane.editor.form.lines["title"].setText("Directrice")
    window.contacts_page.pane.editor.saveRequested.emit()
    qtbot.waitUntil(lambda: not window.contacts_page.pane.is_editing(), timeout=10_000)  # saved in the background
    assert window.undo_stack.count() == 1
    show_contact(qtbot, window, contact_id)
    seen: dict[str, str] = {}

    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(text))
            return
        seen.update(text=box.text(), info=box.informativeText())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, lambda: answer("Cancel"))
    window.commands.delete_contact.trigger()
    assert contacts.get_contact(library, contact_id).full_name.startswith(ERASED_NAME)  # cancelled: nothing done
    assert seen["text"].startswith(f"Erase {ERASED_NAME}") and seen["text"].endswith(" for good?")
    assert "cannot be undone" in seen["info"] and "card photos" in seen["info"]

    QTimer.singleShot(0, lambda: answer("&Erase"))
    with qtbot.waitSignal(window.editing.erasure.erased, timeout=30_000):
        window.commands.delete_contact.trigger()
    settle(qtbot, window)
    assert ERASED_NAME not in list_names(window)
    assert "erased. The undo history was cleared." in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0 and not window.commands.undo.isEnabled()
    window.close()
    wait_for_tasks()
    library.close()
    assert hits(root, skip_backups=True) == []
    assert hits(root, skip_backups=False), "the backups are rewritten only by cardbook erase --from-backups"


def test_delete_can_erase_the_person_from_the_backups_too(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The question offers the backups (a folder library's own): ticked, no byte of the folder holds them."""
    root = tmp_path / "erase"
    library, contact_id = erasure_library(root)
    assert hits(root, skip_backups=False) != hits(root, skip_backups=True), "the backups hold the person before"
    window = open_window(qtbot, library)
    show_contact(qtbot, window, contact_id)
    offered: list[str] = []

    def tick_and_erase() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, tick_and_erase)
            return
        check = box.checkBox()
        assert check is not None and not check.isChecked()  # never ticked for the user
        offered.append(check.text())
        check.setChecked(True)
        next(b for b in box.buttons() if b.text() == "&Erase").click()

    QTimer.singleShot(0, tick_and_erase)
    with qtbot.waitSignal(window.editing.erasure.erased, timeout=30_000):
        window.commands.delete_contact.trigger()
    assert offered and offered[0].startswith("Also erase them from this library’s backup") and "backup" in offered[0]
    assert "Removed from " in window.statusBar().currentMessage()
    window.close()
    wait_for_tasks()
    library.close()
    assert hits(root, skip_backups=False) == []
