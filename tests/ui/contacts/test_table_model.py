"""The contact list's model: Qt's model contract, lazy pages, display texts and sorting by re-querying ids."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.contacts.list_controller import ContactListController
from cardbook.ui.contacts.table_model import ID_ROLE, Column, ContactTableModel
from tests.ui.sample_library import Sample

DISPLAY = Qt.ItemDataRole.DisplayRole


def names(model: ContactTableModel) -> list[str]:
    return [model.data(model.index(row, Column.NAME)) for row in range(model.rowCount())]


def test_model_passes_the_qt_model_tester(qtmodeltester, lib: Library) -> None:
    model = ContactTableModel(lib)
    qtmodeltester.check(model)  # empty
    model.set_ids(contacts.all_contact_ids(lib))
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    assert model.columnCount() == len(Column)


def test_rows_are_read_a_page_at_a_time_and_pages_are_bounded(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    requested: list[list[int]] = []
    real = contacts.summaries

    def spy(library: Library, ids: list[int]) -> list[contacts.ContactSummary]:
        requested.append(list(ids))
        return real(library, ids)

    monkeypatch.setattr(contacts, "summaries", spy)
    monkeypatch.setattr(ContactTableModel, "PAGE_SIZE", 5)
    monkeypatch.setattr(ContactTableModel, "MAX_PAGES", 2)
    ids = contacts.all_contact_ids(lib)
    model = ContactTableModel(lib)
    model.set_ids(ids)
    assert requested == []  # setting ids reads no row

    model.data(model.index(0, Column.NAME))
    model.data(model.index(4, Column.COMPANY))
    assert requested == [ids[0:5]]

    model.data(model.index(7, Column.NAME))
    model.data(model.index(11, Column.NAME))
    assert requested == [ids[0:5], ids[5:10], ids[10:12]]

    model.data(model.index(0, Column.NAME))  # page 0 was dropped to keep two pages
    assert len(requested) == 4 and model.pages_read == 4


def test_cells_say_the_exchange_with_a_symbol_and_a_word(lib: Library, sample: Sample) -> None:
    model = ContactTableModel(lib)
    model.set_ids(contacts.all_contact_ids(lib))
    by_id = {model.data(model.index(row, 0), ID_ROLE): row for row in range(model.rowCount())}

    def cell(name: str, column: Column, role: int = DISPLAY) -> object:
        return model.data(model.index(by_id[sample.ids[name]], column), role)

    assert cell("Jérôme Girard", Column.EXCHANGE) == "→ they offered"
    assert cell("Hélène Leroy", Column.EXCHANGE) == "← I offered"
    assert cell("Émilie Lefèvre", Column.EXCHANGE) == "⇄ mutual"
    assert cell("Benoît Moreau", Column.EXCHANGE) == "? unknown"
    assert "never got yours" in str(cell("Jérôme Girard", Column.EXCHANGE, Qt.ItemDataRole.ToolTipRole))
    assert cell("Émilie Lefèvre", Column.MET) == "3"
    assert cell("Émilie Lefèvre", Column.COMPANY) == "Horizon Conseil"
    assert cell("Céline Faure", Column.LAST_MET) == "—"
    assert cell("Nicolas Garnier", Column.NAME) == "Nicolas Garnier (to review)"
    assert cell("Nicolas Garnier", Column.NAME, Qt.ItemDataRole.FontRole).italic()
    alignment = cell("Émilie Lefèvre", Column.MET, Qt.ItemDataRole.TextAlignmentRole)
    assert int(alignment) & int(Qt.AlignmentFlag.AlignRight)


def test_a_contact_deleted_since_the_ids_were_read_shows_as_deleted(lib: Library, sample: Sample) -> None:
    model = ContactTableModel(lib)
    model.set_ids([sample.ids["Chloé Martin"], 9999])
    assert names(model) == ["Chloé Martin", "(deleted)"]
    assert model.data(model.index(1, Column.COMPANY)) is None


def test_sorting_asks_for_ids_in_the_new_order_and_keeps_rows_attached(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = ContactTableModel(lib)
    controller = ContactListController(lib, model)
    controller.refresh()
    assert names(model)[:2] == ["Amélie Petit", "Benoît Moreau"]
    jerome = QPersistentModelIndex(model.index(model.row_of(sample.ids["Jérôme Girard"]) or 0, Column.NAME))

    def sort(column: Column, order: Qt.SortOrder) -> None:
        """The new order is read in the background (a big library takes a moment): wait for it."""
        with qtbot.waitSignal(controller.resultsChanged, timeout=5000):
            model.sort(column, order)

    sort(Column.MET, Qt.SortOrder.DescendingOrder)
    assert names(model)[:2] == ["Émilie Lefèvre", "Jérôme Girard"]
    assert names(model)[-1] == "Céline Faure"  # never met
    assert jerome.row() == 1 and jerome.data(ID_ROLE) == sample.ids["Jérôme Girard"]

    sort(Column.EXCHANGE, Qt.SortOrder.AscendingOrder)
    exchange = [model.data(model.index(r, Column.EXCHANGE)) for r in range(model.rowCount())]
    assert exchange == sorted(exchange, key=["⇄ mutual", "→ they offered", "← I offered", "? unknown"].index)

    sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Sophie Bernard"
    # Back to an order read since the last change: shown at once, from what was read.
    pages_read = model.pages_read
    model.sort(Column.MET, Qt.SortOrder.DescendingOrder)
    assert names(model)[:2] == ["Émilie Lefèvre", "Jérôme Girard"]
    assert jerome.data(ID_ROLE) == sample.ids["Jérôme Girard"] and jerome.row() == 1
    assert model.pages_read == pages_read + 1  # its rows are read again (they may have changed), its ids not


def test_a_list_read_in_the_background_brings_its_first_rows(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = ContactTableModel(lib)
    controller = ContactListController(lib, model)
    with qtbot.waitSignal(controller.resultsChanged, timeout=5000):
        controller.refresh_later()
    assert model.rowCount() == len(sample.ids)
    assert names(model)[:2] == ["Amélie Petit", "Benoît Moreau"]
    assert model.pages_read == 0  # painted from the rows the worker thread read, not read again here


def test_first_click_on_met_and_last_met_sorts_most_first(lib: Library) -> None:
    model = ContactTableModel(lib)
    initial = Qt.ItemDataRole.InitialSortOrderRole
    assert model.headerData(Column.MET, Qt.Orientation.Horizontal, initial) == Qt.SortOrder.DescendingOrder
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal, initial) == Qt.SortOrder.AscendingOrder


def test_rows_read_again_after_a_change(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    model = ContactTableModel(lib)
    model.set_ids([sample.ids["Léa Fontaine"]])
    assert model.data(model.index(0, Column.COMPANY)) == "Studio Fontaine"
    contact = contacts.get_contact(lib, sample.ids["Léa Fontaine"])
    contact.company = "Fontaine Images"
    contacts.update_contact(lib, contact)
    assert model.data(model.index(0, Column.COMPANY)) == "Studio Fontaine"  # the page read before is kept
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_rows()
    assert model.data(model.index(0, Column.COMPANY)) == "Fontaine Images"
