"""The sidebar model: Qt's model contract and what it shows (the ledger's models: tests/ui/ledger)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt

from cardbook.storage.library import Library
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.window.sidebar_data import load_sidebar_data
from cardbook.ui.window.sidebar_model import ENTRY_ROLE, SidebarEntry, SidebarModel
from tests.ui.sample_library import Sample


def test_sidebar_model(qtmodeltester, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = SidebarModel()
    qtmodeltester.check(model)
    with ThreadPoolExecutor(1) as worker:  # as the window reads it: off the GUI thread
        data = worker.submit(load_sidebar_data, lib, dt.date.today()).result()
    model.populate(data)
    qtmodeltester.check(model)
    assert (data.total, data.review, data.one_way, data.owe, data.prescribers, data.follow_ups_due) == (
        12, 1, 1, 3, 2, 2,  # one-way giver: Jérôme; cards I owe: Chloé, Jérôme, Léa
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
