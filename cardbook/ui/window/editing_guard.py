"""Leaving the contact editor by going somewhere else, in the window: the contact list's choice and the sidebar.

The contact list and the sidebar change on a click before anyone can object, so the editor is left just after
(`ContactEditController.leave`: valid changes saved as by Save, others asked about); when the user keeps
editing, the list and the sidebar go back to the contact being edited. A list refresh that keeps the contact
(an import in the background, another contact deleted) leaves the editor alone; a search or a refresh that hides
it leaves the editor like a click on another contact would. Views, imports and quitting ask `leave` first
(window/main_window.py, importing/feature.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from cardbook.ui.contacts.contacts_controller import ContactsController
from cardbook.ui.contacts.contacts_view import ContactsPage
from cardbook.ui.contacts.edit_controller import ContactEditController
from cardbook.ui.contacts.filters import ALL_CONTACTS, ContactFilter
from cardbook.ui.contacts.list_controller import ContactListController


class MainWindow(Protocol):
    """What the guard uses of the main window (a protocol: the window module imports this one)."""

    @property
    def editing(self) -> ContactEditController: ...

    @property
    def presenter(self) -> ContactsController: ...

    @property
    def contacts_page(self) -> ContactsPage: ...

    @property
    def controller(self) -> ContactListController: ...

    @property
    def search(self) -> QLineEdit: ...

    def show_filter(self, contact_filter: ContactFilter) -> None: ...


class EditingGuard(QObject):
    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._check_pending = False
        self._returning = False  # putting the list back on the edited contact
        self._returning_to: int | None = None  # ... once the list of everyone, on its way, is there
        window.contacts_page.currentContactChanged.connect(self._current_changed)

    # ---- the contact list ------------------------------------------------------------------------------------

    def _current_changed(self, contact_id: int | None) -> None:
        w = self._window
        if self._returning or self._returning_to is not None:
            return
        if not w.editing.is_editing():
            w.presenter.show_contact(contact_id)
            return
        if self._leaves(contact_id) and not self._check_pending:
            # After the click or key has been handled: a question must not open inside a mouse press.
            self._check_pending = True
            QTimer.singleShot(0, self._check)

    def _leaves(self, listed: int | None) -> bool:
        """Whether the list's choice is another contact than the one edited (a new contact is in no list)."""
        edited = self._window.editing.edited_id()
        return listed is not None if edited is None else listed != edited

    def _check(self) -> None:
        self._check_pending = False
        w = self._window
        listed = w.contacts_page.current_id()
        if not w.editing.is_editing():
            w.presenter.show_contact(listed)
            return
        if not self._leaves(listed):
            return
        edited = w.editing.edited_id()
        if w.editing.leave():
            w.presenter.show_contact(w.contacts_page.current_id())
            return
        self.back_to_edited(edited)

    def back_to_edited(self, edited: int | None) -> None:
        """The user keeps editing: the list shows the contact being edited again (no search or list hiding it)."""
        w, page = self._window, self._window.contacts_page
        self._returning = True
        try:
            if edited is None:
                page.table.selectionModel().clear()
            elif not page.select_contact(edited):
                self._returning_to = edited  # the list changes meanwhile: that is not the user leaving
                if w.search.text():
                    w.search.clear()  # which requeries
                if w.controller.filter != ALL_CONTACTS:
                    w.show_filter(ALL_CONTACTS)
                w.controller.when_listed(self._back_on_edited)
        finally:
            self._returning = False
        w.editing.focus_problem()

    def _back_on_edited(self) -> None:
        edited, self._returning_to = self._returning_to, None
        if edited is None:
            return
        self._returning = True
        try:
            self._window.contacts_page.select_contact(edited)  # may fail (deleted meanwhile): the editor stays
        finally:
            self._returning = False

    # ---- other places ----------------------------------------------------------------------------------------

    def after_leaving(self, go: Callable[[], object], stay: Callable[[], object]) -> None:
        """Go somewhere chosen with a click (a sidebar entry): at once when nothing is edited, else once the
        editor is left; `stay` puts the clicked thing back when the user keeps editing."""
        w = self._window
        if not w.editing.is_editing():
            go()
            return

        def decide() -> None:
            if w.editing.leave():
                go()
            else:
                stay()
                w.editing.focus_problem()

        QTimer.singleShot(0, decide)
