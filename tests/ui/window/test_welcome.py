"""The first run's welcome (issue 14, item 6): in the contacts page of an empty library, four ways to begin — each
one click (or one key) triggering the window's own action — gone once the library has a contact, and not back
when it is emptied again. "Open the sample data" opens a real sample library in a window of its own."""

from __future__ import annotations

from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import count_contacts, create_contact, delete_contact
from cardbook.storage.library import Library
from cardbook.storage.settings import get_setting
from cardbook.ui.common.runner import wait_for_tasks
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.contacts.welcome import WELCOMED_KEY
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sample_window import SAMPLE_CONTACTS, sample_library_path
from tests.ui.conftest import open_window


def test_an_empty_library_opens_on_the_welcome_and_its_four_ways_to_begin(qtbot: QtBot, empty_library: Library) -> None:
    window = open_window(qtbot, empty_library)
    page = window.contacts_page
    assert page.page_stack.currentWidget() is page.welcome
    assert page.welcome.title.text() == "Welcome to Cardbook"
    buttons = page.welcome.buttons
    assert [b.text() for b in buttons] == [
        "&Import cards",
        "&Receive from phone",
        "Fill in &my card",
        "Open the &sample data",
    ]
    assert all(b.isVisible() and b.description() for b in buttons)
    a = window.commands
    targets = [a.import_cards, a.receive_from_phone, a.my_card, window.sample.action]
    triggered: list[str] = []
    for action in targets[:3]:  # their dialogs are the actions' own (tested with them): here, only the wiring
        action.triggered.disconnect()
        action.triggered.connect(partial(triggered.append, action.text()))
    for button in buttons[:3]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert triggered == [a.import_cards.text(), a.receive_from_phone.text(), a.my_card.text()]


def test_the_welcome_is_used_with_the_keyboard(qtbot: QtBot, empty_library: Library) -> None:
    window = open_window(qtbot, empty_library)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    buttons = window.contacts_page.welcome.buttons
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)  # after the search box and the sidebar: the welcome
    assert QApplication.focusWidget() is buttons[0]
    for following in buttons[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    window.commands.my_card.triggered.disconnect()
    triggered: list[bool] = []
    window.commands.my_card.triggered.connect(lambda: triggered.append(True))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Fill in &my card
    qtbot.waitUntil(lambda: triggered == [True])  # a mnemonic "animates" the click: it lands a moment later
    assert all(button.accessibleName() and button.accessibleDescription() for button in buttons)


def test_it_goes_once_the_library_has_a_contact_and_does_not_come_back(qtbot: QtBot, empty_library: Library) -> None:
    window = open_window(qtbot, empty_library)
    page = window.contacts_page
    contact = create_contact(empty_library, Contact(full_name="Anne Martin"))  # e.g. the first card imported
    window.services.changed(LibraryChange((contact.id or 0,)))
    qtbot.waitUntil(lambda: page.page_stack.currentWidget() is page.splitter, timeout=10_000)
    # remembered in the library (read here directly: the window reads it only off the GUI thread)
    qtbot.waitUntil(lambda: get_setting(empty_library, WELCOMED_KEY) == "1", timeout=10_000)

    delete_contact(empty_library, contact.id or 0)
    window.services.changed(LibraryChange())
    qtbot.waitUntil(lambda: window.count_label.text() == "0 contacts", timeout=10_000)
    assert page.page_stack.currentWidget() is page.splitter  # an emptied library: no first-run welcome
    assert page.pane.empty.title == "Your library is empty"
    window.close()

    again = open_window(qtbot, empty_library)  # nor at the next start
    assert again.contacts_page.page_stack.currentWidget() is again.contacts_page.splitter


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")  # offscreen only
def test_the_sample_data_opens_in_a_window_of_its_own(qtbot: QtBot, empty_library: Library) -> None:
    window = open_window(qtbot, empty_library)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = window.contacts_page.welcome.buttons[3]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # one key
    qtbot.waitUntil(lambda: window.sample.window is not None, timeout=60_000)
    sample = window.sample.window
    assert isinstance(sample, MainWindow)
    qtbot.waitUntil(lambda: sample.count_label.text() == f"{SAMPLE_CONTACTS} contacts", timeout=60_000)
    assert sample.windowTitle() == "Cardbook — sample data" and sample.isVisible()
    assert sample.library.root == sample_library_path(empty_library)
    assert sample.contacts_page.page_stack.currentWidget() is sample.contacts_page.splitter
    assert count_contacts(empty_library) == 0  # the user's library stays empty, its welcome in place
    assert window.contacts_page.page_stack.currentWidget() is window.contacts_page.welcome

    window.sample.action.trigger()  # asked again: the same window, brought forward
    assert window.sample.window is sample
    sample_library = sample.library
    sample.close()  # closed alone: deleted, its library closed with it, and opened again when asked
    qtbot.waitUntil(lambda: window.sample.window is None, timeout=10_000)
    assert not shiboken6.isValid(sample) and sample_library._engine is None
    window.sample.action.trigger()
    qtbot.waitUntil(lambda: window.sample.window is not None, timeout=60_000)
    again = window.sample.window
    assert again is not None and again.library is not sample_library and again.isVisible()
    window.close()  # the main window closing closes the sample's, and its library
    qtbot.waitUntil(lambda: window.sample.window is None, timeout=10_000)
    assert wait_for_tasks(1000)

    reopened = Library.open(sample_library_path(empty_library))  # kept as it was: not generated twice
    try:
        assert count_contacts(reopened) == SAMPLE_CONTACTS
    finally:
        reopened.close()
