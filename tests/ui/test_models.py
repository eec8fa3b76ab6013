"""The sidebar, events and networks models: Qt's model contract and what they show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cardbook.storage.library import Library
from cardbook.ui.contact_filter import ContactFilter, FilterKind
from cardbook.ui.events_model import EventsTableModel
from cardbook.ui.networks_model import NetworksTableModel
from cardbook.ui.page_data import event_lines, network_lines
from cardbook.ui.sidebar_data import load_sidebar_data
from cardbook.ui.sidebar_model import ENTRY_ROLE, SidebarEntry, SidebarModel
from tests.ui.sample_library import Sample


def test_sidebar_model(qtmodeltester, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = SidebarModel()
    qtmodeltester.check(model)
    data = load_sidebar_data(lib, dt.date.today())
    model.populate(data)
    qtmodeltester.check(model)
    assert (data.total, data.review, data.one_way, data.owe, data.prescribers, data.follow_ups_due) == (
        12, 1, 3, 3, 2, 2,
    )  # fmt: skip
    events = model.item(2, 0)
    assert [events.child(r, 0).text() for r in range(events.rowCount())] == [
        "Petit-déjeuner du Club",
        "Soirée CCI Rhône",
        "Afterwork Alumni",
        "Salon des Entrepreneurs",
        "All events…",
    ]
    assert events.child(4, 0).data(ENTRY_ROLE) == SidebarEntry(page="events")
    club = sample.networks["Club des Entrepreneurs Lyonnais"]
    index = model.index_of(SidebarEntry(ContactFilter(FilterKind.NETWORK, club.id, club.name)))
    assert index.data() == "Club des Entrepreneurs Lyonnais"
    assert index.flags() & Qt.ItemFlag.ItemIsSelectable


def test_events_model(qtmodeltester, lib: Library) -> None:  # type: ignore[no-untyped-def]
    model = EventsTableModel()
    qtmodeltester.check(model)
    model.set_rows(event_lines(lib))
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(1, 5)] for r in range(model.rowCount())]
    assert rows == [
        ["Petit-déjeuner du Club", "Brasserie Georges, Lyon", "Club des Entrepreneurs Lyonnais", "5"],
        ["Soirée CCI Rhône", "Palais du Commerce, Lyon", "CCI Lyon Métropole", "4"],
        ["Afterwork Alumni", "Lyon 2e", "Alumni EM Lyon", "2"],
        ["Salon des Entrepreneurs", "Eurexpo", "", "3"],
    ]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Cards collected"


def test_networks_model(qtmodeltester, lib: Library) -> None:  # type: ignore[no-untyped-def]
    model = NetworksTableModel()
    model.set_rows(network_lines(lib))
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in (1, 2, 3)] for r in range(3)}
    assert rows["CCI Lyon Métropole"] == ["Chamber of commerce", "—", "1"]
    assert rows["Club des Entrepreneurs Lyonnais"][0] == "Business club"
    assert "480" in rows["Club des Entrepreneurs Lyonnais"][1]
