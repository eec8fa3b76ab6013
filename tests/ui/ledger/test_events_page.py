"""The Events page and one event's page: create and edit events, tag exchanges in bulk, undo, resolve owed cards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from cardbook.domain.enums import ExchangeOutcome, OfferedBy, Reciprocated, Reciprocity
from cardbook.storage.ledger import encounters
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import exchanges as ledger_exchanges
from cardbook.storage.library import Library
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.common.undo import install_undo_actions
from cardbook.ui.ledger.event_cards_model import EventCardsModel
from cardbook.ui.ledger.events_page import EventsPage
from tests.ui.helpers import services_for, wait_loaded
from tests.ui.sample_library import Sample


def exchanges_of(lib: Library, contact_id: int) -> list[tuple[OfferedBy, Reciprocated]]:
    return [(e.offered_by, e.reciprocated) for e in encounters.encounters_of(lib, contact_id)]


def test_create_an_event(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(services_for(lib))
    qtbot.addWidget(page)
    dialog = page.new_event()
    assert dialog.network.itemText(0) == "No network"
    qtbot.waitUntil(lambda: dialog.network.count() > 1)  # the networks, read in the background
    dialog.accept()
    assert "name" in dialog.error.text() and dialog.isVisible()
    dialog.name.setText("Déjeuner CJD")
    dialog.date.edit.setDate(QDate(2025, 3, 4))
    dialog.place.setText("  Le Bouchon, Lyon ")
    dialog.network.setCurrentIndex(dialog.network.findData(sample.networks["CCI Lyon Métropole"].id))
    dialog.accept()
    assert not dialog.isVisible()
    saved = next(e for e in ledger_events.list_events(lib) if e.name == "Déjeuner CJD")
    assert (saved.date, saved.place, saved.network_id) == (
        dt.date(2025, 3, 4), "Le Bouchon, Lyon", sample.networks["CCI Lyon Métropole"].id,
    )  # fmt: skip
    wait_loaded(qtbot, page)  # the list is read again in the background, and the new event chosen in it
    assert page.current_event_id() == saved.id


def test_an_event_without_a_date(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(services_for(lib))
    qtbot.addWidget(page)
    dialog = page.new_event()
    dialog.name.setText("Rencontre informelle")
    dialog.date.check.setChecked(True)  # "No date"
    dialog.accept()
    assert next(e for e in ledger_events.list_events(lib) if e.name == "Rencontre informelle").date is None


def test_edit_an_event_and_undo(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(services_for(lib))
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    soiree = sample.events["Soirée CCI Rhône"]
    assert page.select_event(soiree.id or 0)
    dialog = page.edit_event()
    assert dialog is not None and dialog.name.text() == "Soirée CCI Rhône"
    qtbot.waitUntil(lambda: dialog.network.count() > 1)  # the networks, read in the background
    assert dialog.date.edit.calendarPopup()
    dialog.name.setText("Soirée de rentrée CCI")
    dialog.date.edit.setDate(QDate(2024, 9, 12))
    dialog.network.setCurrentIndex(0)  # no network any more
    dialog.accept()
    edited = ledger_events.get_event(lib, soiree.id or 0)
    assert (edited.name, edited.date, edited.network_id) == ("Soirée de rentrée CCI", dt.date(2024, 9, 12), None)
    wait_loaded(qtbot, page)
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert "Soirée de rentrée CCI" in names
    assert page.current_event_id() == soiree.id  # still the one chosen
    page.undo_stack.undo()
    assert ledger_events.get_event(lib, soiree.id or 0) == soiree
    wait_loaded(qtbot, page)
    assert "Soirée CCI Rhône" in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_the_event_page(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(services_for(lib))
    qtbot.addWidget(page)
    assert page.show_event(sample.events["Petit-déjeuner du Club"].id or 0)
    detail = page.detail
    assert page.currentWidget() is detail
    wait_loaded(qtbot, page, detail)  # read in the background
    assert detail.title.text() == "Petit-déjeuner du Club"
    assert (detail.cards_figure.number.text(), detail.again_figure.number.text()) == ("5", "2")
    assert detail.rate_figure.number.text() == "75%"
    assert "3 of 4 recorded" in detail.rate_figure.caption.text()  # what the rate rests on
    assert detail.again_list.names == ["Émilie Lefèvre", "Jérôme Girard"]
    assert detail.one_way_list.names == ["Jérôme Girard"]
    assert detail.owe_list.names == ["Jérôme Girard"]
    assert detail.tabs.tabText(2) == "Cards I owe (1)"
    with qtbot.waitSignal(detail.contactActivated) as opened:
        detail.again_list.findChildren(type(detail.back_button))[0].click()
    assert opened.args == [sample.ids["Émilie Lefèvre"]]
    detail.back_button.click()
    assert page.currentWidget() is page.list_page


def test_one_key_per_outcome_several_cards_at_once_the_cursor_moves_on_and_undo(
    qtbot, show, lib: Library, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    services = services_for(lib)
    page = show(EventsPage(services))
    install_undo_actions(page, services.undo_stack)  # the window's Edit ▸ Undo, for a page on its own
    notices: list[LibraryChange] = []
    services.notices.libraryChanged.connect(notices.append)
    page.show_event(sample.events["Salon des Entrepreneurs"].id or 0)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    people = [detail.model.index(r, 0).data() for r in range(detail.model.rowCount())]
    assert people == ["Benoît Moreau", "Jérôme Girard", "Léa Fontaine"]
    benoit, jerome, lea = (sample.ids[n] for n in ("Benoît Moreau", "Jérôme Girard", "Léa Fontaine"))
    before = {cid: exchanges_of(lib, cid) for cid in (benoit, jerome, lea)}
    assert "M" in detail.keys_hint.text() and "mutual" in detail.keys_hint.text()  # the keys are on screen

    selection = detail.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(detail.model.index(0, 0), flags)
    selection.select(detail.model.index(2, 0), flags)
    detail.table.setFocus()
    qtbot.keyClick(detail.table, Qt.Key.Key_M)  # mutual, for both selected cards at once
    assert exchanges_of(lib, benoit)[0][1] is Reciprocated.YES and exchanges_of(lib, lea)[0][1] is Reciprocated.YES
    assert exchanges_of(lib, jerome) == before[jerome]  # not selected, not touched
    assert services.undo_stack.count() == 1  # one undo step for the two cards
    assert [n.page for n in notices] == ["events"] and set(notices[0].contact_ids) == {benoit, lea}
    wait_loaded(qtbot, page, detail)
    assert detail.model.index(0, EventCardsModel.EXCHANGE).data() == "⇄ mutual"
    assert detail.rate_figure.number.text() == "67%"

    detail.table.setCurrentIndex(detail.model.index(0, 0))  # one card at a time now, from the first
    qtbot.keyClick(detail.table, Qt.Key.Key_A)  # they did not ask for mine
    assert detail.table.currentIndex().row() == 1  # the cursor moved on to the next card
    qtbot.keyClick(detail.table, Qt.Key.Key_F)  # they offered first, the rest not noted
    assert detail.table.currentIndex().row() == 2
    assert exchanges_of(lib, benoit) == [(OfferedBy.THEM, Reciprocated.NO)]
    assert encounters.encounters_of(lib, benoit)[0].outcome is ExchangeOutcome.THEY_DID_NOT_ASK
    jerome_here = [
        e for e in encounters.encounters_of(lib, jerome) if e.event_id == sample.events["Salon des Entrepreneurs"].id
    ]
    assert jerome_here[0].outcome is ExchangeOutcome.THEY_OFFERED_FIRST
    wait_loaded(qtbot, page, detail)
    assert detail.model.index(1, EventCardsModel.EXCHANGE).data() == "→ ? they offered first"  # not "? unknown"

    for _ in range(3):
        qtbot.keyClick(detail.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {cid: exchanges_of(lib, cid) for cid in (benoit, jerome, lea)} == before
    assert len(notices) == 6  # three changes, three undos: each announced once
    wait_loaded(qtbot, page, detail)
    page.undo_stack.redo()
    assert exchanges_of(lib, lea)[0][1] is Reciprocated.YES


def test_the_french_window_records_with_french_letters(qtbot, show, lib: Library, sample: Sample, french) -> None:  # type: ignore[no-untyped-def]
    page = show(EventsPage(services_for(lib)))
    page.show_event(sample.events["Salon des Entrepreneurs"].id or 0)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    keys = {o: detail.outcome_actions[o].shortcut().toString() for o in detail.outcome_actions}
    assert keys[ExchangeOutcome.MUTUAL] == "M" and keys[ExchangeOutcome.THEY_DID_NOT_ASK] == "D"
    assert len(set(keys.values())) == len(keys)  # one key per outcome
    assert "mutuel" in detail.keys_hint.text()
    detail.table.setFocus()
    detail.table.setCurrentIndex(detail.model.index(0, 0))
    qtbot.keyClick(detail.table, Qt.Key.Key_D)  # « n’a pas demandé la vôtre »
    benoit = sample.ids["Benoît Moreau"]
    assert encounters.encounters_of(lib, benoit)[0].outcome is ExchangeOutcome.THEY_DID_NOT_ASK
    assert detail.table.currentIndex().row() == 1


def test_editing_one_tag_in_place(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(services_for(lib))
    qtbot.addWidget(page)
    page.show_event(sample.events["Salon des Entrepreneurs"].id or 0)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    assert detail.model.setData(detail.model.index(1, EventCardsModel.RECIPROCATED), "yes")
    jerome = sample.ids["Jérôme Girard"]
    assert [e.reciprocity for e in encounters.encounters_of(lib, jerome)] == [Reciprocity.FROM_THEM, Reciprocity.MUTUAL]
    page.undo_stack.undo()
    assert [e.reciprocity for e in encounters.encounters_of(lib, jerome)] == [Reciprocity.FROM_THEM] * 2


def test_resolve_a_card_i_owe_and_undo(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(services_for(lib), today=lambda: dt.date(2025, 6, 1))
    qtbot.addWidget(page)
    page.show_event(sample.events["Salon des Entrepreneurs"].id or 0)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    assert detail.owe_list.names == ["Jérôme Girard", "Léa Fontaine"]
    assert not detail.owe_list.findChildren(QPushButton)  # a list's rows are built when it is first shown
    detail.tabs.setCurrentWidget(detail.owe_list)
    from cardbook.ui.ledger.exchange_actions import ExchangeActions

    lea_actions = [a for a in detail.owe_list.findChildren(ExchangeActions) if a.line and a.line.name == "Léa Fontaine"]
    lea_actions[0].send_button.click()
    lea = sample.ids["Léa Fontaine"]
    assert [(e.reciprocated, e.reciprocated_on) for e in encounters.encounters_of(lib, lea)] == [
        (Reciprocated.YES, dt.date(2025, 6, 1))
    ]
    wait_loaded(qtbot, page, detail)
    assert detail.owe_list.names == ["Jérôme Girard"]
    assert lea not in [line.contact_id for line in ledger_exchanges.cards_i_owe(lib)]
    page.undo_stack.undo()
    wait_loaded(qtbot, page, detail)
    assert detail.owe_list.names == ["Jérôme Girard", "Léa Fontaine"]
    assert lea in [line.contact_id for line in ledger_exchanges.cards_i_owe(lib)]

    jerome_actions = [
        a for a in detail.owe_list.findChildren(ExchangeActions) if a.line and a.line.name == "Jérôme Girard"
    ]
    jerome_actions[0].dismiss_button.click()
    wait_loaded(qtbot, page, detail)
    assert detail.owe_list.names == ["Léa Fontaine"]
    assert detail.one_way_list.names == ["Jérôme Girard"]  # still a one-way giver (the breakfast): that happened
    page.undo_stack.undo()
    wait_loaded(qtbot, page, detail)
    assert detail.owe_list.names == ["Jérôme Girard", "Léa Fontaine"]
