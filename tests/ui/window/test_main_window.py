"""The main window on a small library: the list, search, the sidebar's lists, the contact pane, the pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from cardbook.storage.library import Library
from cardbook.ui.common.i18n import install_translations, locale_for, remove_translations
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.contacts.list_controller import SEARCH_DELAY_MS
from cardbook.ui.contacts.table_model import Column
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sidebar_model import SidebarEntry
from tests.ui.conftest import open_window
from tests.ui.helpers import click_row, click_sidebar, label_texts, list_names, settle, show_contact, wait_loaded
from tests.ui.sample_library import Sample


def test_window_opens_on_every_contact_with_counts(window: MainWindow) -> None:
    assert window.windowTitle() == "Cardbook"
    assert window.current_page() == "contacts"
    assert window.model.rowCount() == 12
    assert list_names(window)[0] == "Amélie Petit"  # name order
    assert window.count_label.text() == "12 contacts"
    assert window.contacts_page.heading.text() == "All contacts"
    assert window.contacts_page.list_stack.currentWidget() is window.contacts_page.table
    assert window.contacts_page.pane.empty.title == "No contact selected"
    assert "drop photos of business cards here (Ctrl+I)" in window.contacts_page.pane.empty.body


def test_sidebar_counts_the_exchange_lists(window: MainWindow) -> None:
    model = window.sidebar.sidebar_model
    counts = {}
    for kind in FilterKind:
        index = model.index_of(SidebarEntry(ContactFilter(kind)))
        if index.isValid():
            counts[kind] = model.data(index.siblingAtColumn(1))
    assert counts == {
        FilterKind.ALL: "12",
        FilterKind.REVIEW: "1",
        FilterKind.ONE_WAY: "1",
        FilterKind.OWE: "3",
        FilterKind.PRESCRIBERS: "2",
        FilterKind.FOLLOW_UPS: "2",
    }
    section_titles = [model.item(row, 0).text() for row in range(model.rowCount())]
    assert section_titles == ["CONTACTS", "THE EXCHANGE", "EVENTS", "NETWORKS"]
    assert not model.item(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_typing_in_the_search_box_filters_after_a_pause(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search, "lefevre")  # no accent: the search folds them
    assert window.model.rowCount() == 12  # throttled: nothing happens while typing
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert list_names(window) == ["Émilie Lefèvre"]
    assert window.contacts_page.caption.text() == "Matching “lefevre”"
    assert window.contacts_page.count.text() == "1 contact"

    window.search.clear()  # an emptied box restores the list at once
    assert window.model.rowCount() == 12


def test_a_search_that_finds_nobody_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search, "zzyzx")
    page = window.contacts_page
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.no_results)
    assert page.no_results.title == "Nobody matches “zzyzx”"
    assert "spelling" in page.no_results.body


def test_search_finds_people_by_the_event_they_were_met_at(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search, "eurexpo")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert set(list_names(window)) == {"Jérôme Girard", "Benoît Moreau", "Léa Fontaine"}


def test_choosing_one_way_givers_in_the_sidebar_filters_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    click_sidebar(qtbot, window, SidebarEntry(ContactFilter(FilterKind.ONE_WAY)))
    assert list_names(window) == ["Jérôme Girard"]  # Chloé and Léa: cards I owe, not one-way givers
    page = window.contacts_page
    assert page.heading.text() == "One-way givers"
    assert page.count.text() == "1 contact"
    assert "never took yours" in page.caption.text()
    assert window.commands.lists[FilterKind.ONE_WAY].text() == "One-way givers"

    qtbot.keyClicks(window.search, "girard")  # search within the chosen list
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert list_names(window) == ["Jérôme Girard"]


def test_other_lists_of_the_sidebar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    expectations = {
        FilterKind.REVIEW: ["Nicolas Garnier (to review)"],
        FilterKind.OWE: ["Chloé Martin", "Jérôme Girard", "Léa Fontaine"],
        FilterKind.PRESCRIBERS: ["Amélie Petit", "Émilie Lefèvre"],
        FilterKind.FOLLOW_UPS: ["Émilie Lefèvre", "Jérôme Girard"],
        FilterKind.ALL: None,
    }
    for kind, expected in expectations.items():
        click_sidebar(qtbot, window, SidebarEntry(ContactFilter(kind)))
        assert list_names(window) == (expected or list_names(window)), kind
    assert window.model.rowCount() == 12


def test_events_and_networks_in_the_sidebar_filter_by_who_was_met(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    soiree = sample.events["Soirée CCI Rhône"]
    click_sidebar(qtbot, window, SidebarEntry(ContactFilter(FilterKind.EVENT, soiree.id, soiree.name)))
    assert list_names(window) == ["Amélie Petit", "Émilie Lefèvre", "Hélène Leroy", "Sophie Bernard"]
    assert window.contacts_page.heading.text() == "Met at Soirée CCI Rhône"

    club = sample.networks["Club des Entrepreneurs Lyonnais"]
    click_sidebar(qtbot, window, SidebarEntry(ContactFilter(FilterKind.NETWORK, club.id, club.name)))
    assert list_names(window) == [
        "Émilie Lefèvre",
        "François Dupont",
        "Jérôme Girard",
        "Mathieu Rousseau",
        "Nicolas Garnier (to review)",
    ]


def test_selecting_a_row_fills_the_contact_pane(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    row = window.model.row_of(sample.ids["Émilie Lefèvre"])
    assert row is not None
    click_row(qtbot, window, row)
    pane = window.contacts_page.pane
    qtbot.waitUntil(lambda: pane.contact_id == sample.ids["Émilie Lefèvre"])  # read in the background
    assert pane.currentWidget() is pane.scroll_area
    # the strength and the timeline are read in the background, then shown
    qtbot.waitUntil(lambda: "⇄ they offered first · you gave yours back" in label_texts(pane.scroll_area.widget()))
    texts = label_texts(pane.scroll_area.widget())
    assert texts[0] == "Émilie Lefèvre"
    for expected in (
        "Directrice commerciale · Horizon Conseil",
        "Grands comptes",
        "+33 6 12 34 56 78 (mobile)",
        "04 72 10 20 30 (work)",
        "horizon-conseil.fr",
        "12 rue de la République, 69002 Lyon",
        "linkedin.com/in/emilie-lefevre",
        "prescriptrice",
        "Cherche un expert-comptable pour une cliente. Aime le vélo.",
        "Petit-déjeuner du Club",
        "⇄ they offered first · you gave yours back",
        "A parlé de son projet d'agence à Paris.",
        "Atelier Nova, refonte du site",
        "Envoyer la plaquette",
        "⚠ overdue",
    ):
        assert expected in texts, expected
    assert any(t.startswith("Met 3 times · first ") for t in texts)
    assert "⇄ mutual — Cards went both ways." in texts
    assert any(t.startswith("Sent business your way — won") for t in texts)
    assert any("emilie.lefevre@horizon-conseil.fr" in t and "mailto:" in t for t in texts)


def test_the_pane_follows_the_keyboard_and_flags_cards_to_review(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    click_row(qtbot, window, 0)
    qtbot.keyClick(window.contacts_page.table, Qt.Key.Key_Down)
    pane = window.contacts_page.pane
    qtbot.waitUntil(lambda: pane.contact_id == sample.ids["Benoît Moreau"])
    show_contact(qtbot, window, sample.ids["Nicolas Garnier"])
    qtbot.waitUntil(lambda: "? they offered first" in label_texts(pane.scroll_area.widget()))  # the timeline
    texts = label_texts(pane.scroll_area.widget())
    assert any(t.startswith("Awaiting review") for t in texts)
    assert "? they offered first" in texts


def test_selection_survives_a_search_that_still_holds_the_contact(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    show_contact(qtbot, window, sample.ids["Émilie Lefèvre"])
    qtbot.keyClicks(window.search, "horizon")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.contacts_page.current_id() == sample.ids["Émilie Lefèvre"]
    assert window.contacts_page.pane.contact_id == sample.ids["Émilie Lefèvre"]
    window.search.setText("girard")
    qtbot.waitUntil(lambda: list_names(window) == ["Jérôme Girard"])
    assert window.contacts_page.pane.contact_id is None  # she is gone from the list: the pane says so


def test_clicking_the_met_header_sorts_most_met_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.contacts_page.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.MET) + header.sectionSize(Column.MET) // 2
    with qtbot.waitSignal(window.controller.resultsChanged, timeout=5000):  # the new order is read in the background
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert header.sortIndicatorSection() == Column.MET
    assert list_names(window)[:2] == ["Émilie Lefèvre", "Jérôme Girard"]


def test_views_open_by_name(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    assert window.show_view("events") and window.current_page() == "events"
    wait_loaded(qtbot, window.events_page)  # the ledger pages read in the background
    assert window.events_page.model.rowCount() == 4
    assert window.show_view("networks")
    wait_loaded(qtbot, window.networks_page)
    assert window.networks_page.model.rowCount() == 3
    assert window.show_view("reports") and window.current_page() == "reports"
    assert window.show_view("import") and window.imports.page.drop_zone.title == "Drop photos of business cards here"
    assert not window.show_view("contact:9999")
    assert window.contacts_page.pane.empty.title == "No contact with number 9999"
    assert show_contact(qtbot, window, sample.ids["Léa Fontaine"])
    assert window.contacts_page.pane.contact_id == sample.ids["Léa Fontaine"]
    assert not window.show_view("nowhere")


def test_find_puts_the_cursor_in_the_search_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_view("networks")
    window.search.setText("abc")
    window.commands.find.trigger()
    assert window.search.hasFocus()
    assert window.search.selectedText() == "abc"
    assert window.current_page() == "contacts"  # typing a search brings the list back


def test_an_empty_library_welcomes_instead_of_showing_empty_panes(qtbot, empty_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, empty_library)
    page = window.contacts_page
    assert page.page_stack.currentWidget() is page.welcome
    assert len(page.welcome.buttons) == 4  # the ways to begin: see test_welcome.py
    assert window.count_label.text() == "0 contacts"


def test_window_layout_is_remembered(qtbot, lib: Library, settings) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, lib, settings)
    first.resize(760, 600)  # within the offscreen platform's 800 × 800 screen
    first.splitter.setSizes([300, 460])
    first.contacts_page.splitter.setSizes([200, 256])
    wanted = (first.size(), first.splitter.sizes(), first.contacts_page.splitter.sizes())
    first.close()
    second = open_window(qtbot, lib, settings)
    assert (second.size(), second.splitter.sizes(), second.contacts_page.splitter.sizes()) == wanted

    second.commands.toggle_sidebar.setChecked(False)
    assert second.sidebar_panel.isHidden()
    second.close()
    third = open_window(qtbot, lib, settings)
    assert not third.commands.toggle_sidebar.isChecked()
    assert third.sidebar_panel.isHidden()

    assert not third.commands.card_wall.isChecked()  # the list, until the user chooses the wall
    third.commands.card_wall.setChecked(True)
    third.close()
    fourth = open_window(qtbot, lib, settings)
    assert fourth.commands.card_wall.isChecked() and fourth.contacts_page.wall.isVisible()
    fourth.close()


def test_icon_only_and_text_widgets_have_accessible_names(window: MainWindow) -> None:
    assert window.search.accessibleName() == "Search"
    assert window.search.placeholderText() == "Search people, notes, events…"
    assert window.search.isClearButtonEnabled()
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if action.text() and button is not None and not action.isSeparator():
            assert button.accessibleName(), action.text()
    assert window.sidebar.accessibleName() == "Lists"


def test_a_narrow_window_keeps_the_search_box_and_drops_toolbar_texts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(640, 600)
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    assert window.search.isVisible()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


HALF_SCREEN = 900  # a window snapped to half of a 1920 px screen (960 px), less its frame; or a 1024 px screen


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_window_fits_half_a_1920_px_screen(qtbot, qapp, lib: Library, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The widest pages (the review, the reports) held the window at 1,030 px, 1,240 in French: their rows of
    buttons and choices now wrap. At 900 px every page shows its buttons whole, inside the page."""
    translators = install_translations(qapp, locale_for(lang))
    try:
        window = open_window(qtbot, lib)
        assert window.minimumSizeHint().width() <= HALF_SCREEN
        window.commands.toggle_sidebar.setChecked(False)
        sidebar = window.sidebar_panel.minimumSizeHint().width()
        # The splitter's layout takes the hidden sidebar out on its next event round.
        qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= HALF_SCREEN - sidebar)
        window.commands.toggle_sidebar.setChecked(True)
        window.resize(HALF_SCREEN, 700)
        qtbot.waitUntil(lambda: window.width() == HALF_SCREEN)
        for name, page in window.pages.items():
            window.stack.setCurrentWidget(page)  # the page alone, as laid out: no reading needed to measure it
            QApplication.processEvents()
            for button in page.findChildren(QAbstractButton):
                if not button.isVisibleTo(page) or not button.text():
                    continue
                left = button.mapTo(page, button.rect().topLeft()).x()
                assert left >= 0 and left + button.width() <= page.width(), (name, button.text())
                assert button.width() >= button.minimumSizeHint().width(), (name, button.text())
    finally:
        remove_translations(qapp, translators)


def test_the_sidebar_always_shows_where_you_are(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    window.commands.lists[FilterKind.OWE].trigger()  # View > Lists > Cards I owe
    settle(qtbot, window)
    assert window.sidebar.current_entry() == SidebarEntry(ContactFilter(FilterKind.OWE))
    assert window.contacts_page.heading.text() == "Cards I owe"
    window.commands.pages["events"].trigger()
    assert window.sidebar.current_entry() == SidebarEntry(page="events")
    window.commands.pages["contacts"].trigger()
    assert window.sidebar.current_entry() == SidebarEntry(ContactFilter(FilterKind.OWE))
    window.commands.pages["reports"].trigger()
    assert window.sidebar.current_entry() is None
    salon = sample.events["Salon des Entrepreneurs"]
    window.show_filter(ContactFilter(FilterKind.EVENT, salon.id, salon.name))
    assert window.sidebar.current_entry() == SidebarEntry(ContactFilter(FilterKind.EVENT, salon.id, salon.name))
    assert window.commands.pages["contacts"].isChecked()


def test_tab_goes_from_the_search_box_to_the_lists_the_contacts_and_the_card(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    show_contact(qtbot, window, 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_search()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    page = window.contacts_page
    assert seen == [window.sidebar, page.table, page.pane.scroll_area]


def test_enter_in_the_search_box_opens_the_first_match_at_once(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.search, "dupont")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert not window.controller.search_waiting  # no waiting for the typing pause: queried at once
    pane = window.contacts_page.pane
    qtbot.waitUntil(lambda: pane.contact_id == sample.ids["François Dupont"], timeout=5000)
    assert list_names(window) == ["François Dupont"]
    assert window.contacts_page.table.hasFocus()


def test_opening_a_contact_outside_the_current_list_shows_everyone(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    window.show_filter(ContactFilter(FilterKind.PRESCRIBERS))
    assert show_contact(qtbot, window, sample.ids["Céline Faure"])
    assert window.controller.filter.kind is FilterKind.ALL
    assert window.contacts_page.pane.contact_id == sample.ids["Céline Faure"]
    texts = label_texts(window.contacts_page.pane.scroll_area.widget())
    assert "Never met in person yet." in texts
    note = "No meeting recorded yet. Import their card, or record a meeting you had (Ctrl+M)."
    qtbot.waitUntil(
        lambda: note in label_texts(window.contacts_page.pane.scroll_area.widget())
    )  # read in the background


def test_a_page_asked_for_at_start_stays_chosen_once_the_counts_land(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    """The sidebar is filled when the counts arrive from the background, after the page asked for is shown."""
    window = MainWindow(lib)
    qtbot.addWidget(window)
    window.show_view("networks")  # before the data load: it waits for it (as `gui --view networks` does)
    with qtbot.waitSignal(window.dataLoaded, timeout=10_000):
        window.show()
    settle(qtbot, window)
    assert window.current_page() == "networks"
    assert window.sidebar.current_entry() == SidebarEntry(page="networks")


def test_the_receive_view_opens_receive_from_phone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.commands.receive_from_phone
    action.triggered.disconnect()  # its dialogs are tested with it (tests/ui/importing/test_receive_dialog.py)
    triggered: list[bool] = []
    action.triggered.connect(lambda: triggered.append(True))
    assert window.show_view("receive")  # as `cardbook gui --view receive`
    qtbot.waitUntil(lambda: triggered == [True])


def test_open_library_cancelled_leaves_the_window_whole_and_can_be_asked_again(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Open library dialog deletes itself on close; what it was connected to holds neither it nor the window
    (open_library.LibraryOpener), so its deletion cannot take the window down with it, and a second File ▸ Open
    library opens a new dialog."""
    import gc
    import weakref

    import shiboken6

    window.opener.action.trigger()
    first = window.opener.dialog
    assert first is not None and first.isVisible()
    gone = weakref.ref(first)
    first.reject()
    del first
    qtbot.waitUntil(lambda: window.opener.dialog is None)  # destroyed: WA_DeleteOnClose went through
    gc.collect()
    assert gone() is None or not shiboken6.isValid(gone())
    assert shiboken6.isValid(window) and window.isVisible()
    window.opener.action.trigger()
    again = window.opener.dialog
    assert again is not None and again.isVisible()
    again.reject()
    qtbot.waitUntil(lambda: window.opener.dialog is None)
