"""The exchange ledger in the main window: its pages, the contact pane's sections, one Edit ▸ Undo for all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import encounters
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.ledger import ContactLedger, EventsPage, NetworksPage, ReportsPage
from cardbook.ui.ledger.event_cards_model import EventCardsModel
from cardbook.ui.window.main_window import MainWindow
from cardbook.ui.window.sidebar_model import SidebarEntry
from tests.ui.helpers import label_texts, list_names, settle, wait_loaded
from tests.ui.sample_library import Sample


def sidebar_count(window: MainWindow, kind: FilterKind) -> str:
    model = window.sidebar.sidebar_model
    return str(model.data(model.index_of(SidebarEntry(ContactFilter(kind))).siblingAtColumn(1)))


def tags_of(window: MainWindow, contact_id: int) -> list[tuple[OfferedBy, Reciprocated]]:
    return [(e.offered_by, e.reciprocated) for e in encounters.encounters_of(window.library, contact_id)]


def test_the_events_networks_and_reports_views_are_the_ledger_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for name, kind in (("events", EventsPage), ("networks", NetworksPage), ("reports", ReportsPage)):
        window.commands.pages[name].trigger()  # View ▸ Events...
        assert window.current_page() == name
        assert isinstance(window.stack.currentWidget(), kind)
        assert window.show_view("contacts") and window.show_view(name)
        assert window.stack.currentWidget() is window.pages[name]
    wait_loaded(qtbot, window.events_page, window.networks_page, window.reports_page)
    assert window.events_page.model.rowCount() == 4
    assert window.networks_page.model.rowCount() == 3
    # One undo history: the pages push onto the window's stack, behind Edit ▸ Undo.
    assert window.events_page.undo_stack is window.undo_stack
    assert window.networks_page.undo_stack is window.undo_stack


def test_an_exchange_tag_changed_in_the_pane_is_undone_by_edit_undo(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    assert window.show_view(f"contact:{jerome}")
    ledger = window.contacts_page.pane.ledger
    assert isinstance(ledger, ContactLedger) and ledger.undo_stack is window.undo_stack
    before = tags_of(window, jerome)
    assert sidebar_count(window, FilterKind.OWE) == "3"
    for button in ledger.exchanges.tag_buttons:  # "I gave mine back" at each meeting: no longer one-way
        button.menu().actions()[-3].trigger()
        ledger = window.contacts_page.pane.ledger
        assert ledger is not None
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sidebar_count(window, FilterKind.OWE) == "2")
    assert all(answered is Reciprocated.YES for _offered, answered in tags_of(window, jerome))
    assert window.commands.undo.isEnabled()

    for _ in before:
        window.commands.undo.trigger()  # Edit ▸ Undo
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sidebar_count(window, FilterKind.OWE) == "3")
    assert tags_of(window, jerome) == before
    pane = window.contacts_page.pane
    assert pane.contact_id == jerome and pane.ledger is not None
    assert [b.text() for b in pane.ledger.exchanges.tag_buttons] == ["→ they offered"] * len(before)

    window.commands.redo.trigger()  # redone from the window, too
    settle(qtbot, window)
    assert tags_of(window, jerome) != before


def test_an_undo_after_leaving_the_contact_still_refreshes_the_window(
    qtbot, window: MainWindow, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    lea = sample.ids["Léa Fontaine"]
    window.show_view(f"contact:{lea}")
    ledger = window.contacts_page.pane.ledger
    assert ledger is not None
    ledger.exchanges.tag_buttons[0].menu().actions()[-3].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sidebar_count(window, FilterKind.OWE) == "2")
    window.show_view(f"contact:{sample.ids['Émilie Lefèvre']}")  # the sections that made the change are gone
    window.show_view("networks")
    window.commands.undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sidebar_count(window, FilterKind.OWE) == "3")
    assert not window.commands.edit_contact.isEnabled()  # its Ctrl+E is the network page's here
    window.show_view(f"contact:{lea}")
    assert window.commands.edit_contact.isEnabled()


def test_a_contact_on_an_event_page_opens_in_the_contacts_view(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    window.show_view("events")
    page = window.events_page
    wait_loaded(qtbot, page)
    club = sample.events["Petit-déjeuner du Club"]
    assert club.id is not None and page.select_event(club.id)
    page.table.activated.emit(page.table.currentIndex())  # double-click: the event's page
    assert page.currentWidget() is page.detail
    detail = page.detail
    wait_loaded(qtbot, detail)
    detail.table.setCurrentIndex(detail.model.index(0, 0))
    name = detail.model.index(0, 0).data()
    detail.table.activated.emit(detail.table.currentIndex())  # double-click a person
    settle(qtbot, window)
    assert window.current_page() == "contacts"
    assert window.contacts_page.pane.contact_id == sample.ids[name]

    window.show_view("events")
    page.reportRequested.emit(club.id)
    assert window.current_page() == "reports"
    wait_loaded(qtbot, window.reports_page)
    assert window.reports_page.event_choice.currentData() == club.id
    assert window.reports_page.event_report is not None and window.reports_page.event_report.event.id == club.id


def test_a_network_opens_the_contact_list_filtered_by_it(qtbot, window: MainWindow, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    window.show_view("networks")
    page = window.networks_page
    wait_loaded(qtbot, page)
    club = sample.networks["Club des Entrepreneurs Lyonnais"]
    assert club.id is not None and page.select_network(club.id)
    page.table.activated.emit(page.table.currentIndex())
    settle(qtbot, window)
    assert window.current_page() == "contacts"
    assert window.controller.filter == ContactFilter(FilterKind.NETWORK, club.id, club.name)
    assert window.contacts_page.heading.text() == "Met through Club des Entrepreneurs Lyonnais"
    assert len(list_names(window)) == 5


def test_tagging_on_an_event_page_refreshes_the_counts_and_undoes_from_the_window(
    qtbot, window: MainWindow, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    window.show_view("events")
    salon = sample.events["Salon des Entrepreneurs"]
    assert salon.id is not None and window.events_page.show_event(salon.id)
    detail = window.events_page.detail
    wait_loaded(qtbot, window.events_page, detail)
    row = next(r for r in range(detail.model.rowCount()) if detail.model.index(r, 0).data() == "Léa Fontaine")
    detail.table.selectRow(row)
    detail.tag_selected(reciprocated=Reciprocated.YES)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sidebar_count(window, FilterKind.OWE) == "2")
    window.commands.undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sidebar_count(window, FilterKind.OWE) == "3")
    assert window.current_page() == "events" and window.events_page.currentWidget() is detail
    wait_loaded(qtbot, window.events_page, detail)
    row = next(r for r in range(detail.model.rowCount()) if detail.model.index(r, 0).data() == "Léa Fontaine")
    assert detail.model.index(row, EventCardsModel.EXCHANGE).data() == "→ they offered"  # the undo is shown


def test_opening_an_event_or_its_report_reads_it_once(qtbot, window: MainWindow, sample: Sample, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """From a stale page (after a change), opening an event or its report reads that, not the one shown before."""
    from cardbook.ui.ledger import event_detail, reports_page

    reports_asked: list[reports_page.ReportRequest] = []
    events_read: list[int] = []
    real_report, real_event = reports_page.read_report, event_detail.read_event_page
    monkeypatch.setattr(
        reports_page, "read_report", lambda lib, request: reports_asked.append(request) or real_report(lib, request)
    )
    monkeypatch.setattr(
        event_detail, "read_event_page", lambda lib, event_id: events_read.append(event_id) or real_event(lib, event_id)
    )
    club, salon = sample.events["Petit-déjeuner du Club"], sample.events["Salon des Entrepreneurs"]
    assert club.id is not None and salon.id is not None
    window.show_view("reports")
    window.reports_page.show_network_report(all_time=True)
    window.ledger.show_event(club.id)
    wait_loaded(qtbot, window.reports_page, window.events_page, window.events_page.detail)

    window.show_view("contacts")
    window.ledger.mark_stale()  # as after a change
    reports_asked.clear()
    events_read.clear()
    window.ledger.show_event_report(salon.id)
    window.ledger.show_event(salon.id)
    wait_loaded(qtbot, window.reports_page, window.events_page, window.events_page.detail)
    assert [(r.event_kind, r.event_id, r.with_events) for r in reports_asked] == [(True, salon.id, True)]
    assert events_read == [salon.id]
    assert window.reports_page.event_report is not None and window.reports_page.event_report.event.id == salon.id
    assert window.events_page.detail.title.text() == "Salon des Entrepreneurs"
    assert window.events_page.current_event_id() == salon.id


def test_deleting_an_event_refreshes_the_window_and_undoes_from_edit_undo(
    qtbot, window: MainWindow, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    salon, lea = sample.events["Salon des Entrepreneurs"], sample.ids["Léa Fontaine"]
    assert salon.id is not None
    model = window.sidebar.sidebar_model
    in_sidebar = SidebarEntry(ContactFilter(FilterKind.EVENT, salon.id, salon.name))
    all_events = model.index_of(SidebarEntry(page="events"))

    def events_count() -> str:
        return str(model.data(model.index_of(SidebarEntry(page="events")).siblingAtColumn(1)))

    assert model.index_of(in_sidebar).isValid() and events_count() == "4" and all_events.isValid()
    window.show_filter(ContactFilter(FilterKind.EVENT, salon.id, salon.name), now=True)  # those met there
    assert window.show_view(f"contact:{lea}")
    pane = window.contacts_page.pane
    assert "Salon des Entrepreneurs" in label_texts(pane)
    window.ledger.show_event_report(salon.id)  # its report was shown before
    wait_loaded(qtbot, window.reports_page)

    window.show_view("events")
    page = window.events_page
    wait_loaded(qtbot, page)
    page.confirm = lambda _parent, _question: True
    assert page.select_event(salon.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the page's Delete, not the contact's (off on this page)
    assert contacts.count_contacts(window.library) == 12  # the contact chosen on the contacts page stays
    settle(qtbot, window)
    qtbot.waitUntil(lambda: events_count() == "3")
    assert not model.index_of(in_sidebar).isValid()
    assert window.controller.filter == ContactFilter()  # no list of those met at an event that is gone
    assert pane.contact_id == lea and "Eurexpo" in label_texts(pane)  # her meeting, where it happened
    assert "Salon des Entrepreneurs" not in label_texts(pane)
    window.show_view("reports")  # a report of the deleted event is not shown any more
    wait_loaded(qtbot, window.reports_page)
    report = window.reports_page.event_report
    assert report is None or report.event.id != salon.id

    window.commands.undo.trigger()  # Edit ▸ Undo
    settle(qtbot, window)
    qtbot.waitUntil(lambda: events_count() == "4")
    assert model.index_of(in_sidebar).isValid()
    assert "Salon des Entrepreneurs" in label_texts(pane)
    window.commands.redo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: events_count() == "3")
    assert "Eurexpo" in label_texts(pane)
