"""Deleting an event (from the list or its page) or an empty network: the question asked, what stays, undo, redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.storage.ledger import encounters, networks
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.library import Library
from cardbook.ui.ledger.deletion import Deletion
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.networks_page import NetworksPage
from tests.ui.helpers import wait_loaded
from tests.ui.sample_library import Sample

SALON = "Salon des Entrepreneurs"  # at Eurexpo, no network; Jérôme Girard, Benoît Moreau and Léa Fontaine met there


def event_names(page: EventsPage) -> list[str]:
    return [page.model.index(r, page.model.NAME).data() for r in range(page.model.rowCount())]


def network_names(page: NetworksPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def answering(answer: bool, asked: list[Deletion]) -> Callable[[QWidget, Deletion], bool]:
    """A stand-in for the confirmation dialog: records the question, gives the answer."""

    def confirm(_parent: QWidget, deletion: Deletion) -> bool:
        asked.append(deletion)
        return answer

    return confirm


def answer_the_box(qtbot, press: Callable[[QMessageBox], None], seen: list[QMessageBox]) -> None:  # type: ignore[no-untyped-def]
    """Answer the real message box once it is open (it runs its own event loop), with `press`."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(box)
        press(box)

    QTimer.singleShot(0, look)


def meetings_of(lib: Library, contact_id: int) -> list[tuple[int | None, str | None, dt.date | None]]:
    return [(e.event_id, e.place, e.date) for e in encounters.encounters_of(lib, contact_id)]


def test_delete_an_event_from_the_list_undo_and_redo(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = show(EventsPage(lib))
    wait_loaded(qtbot, page)
    salon = sample.events[SALON]
    assert salon.id is not None and salon.date is not None
    lea, jerome = sample.ids["Léa Fontaine"], sample.ids["Jérôme Girard"]
    lea_before, jerome_before = meetings_of(lib, lea), meetings_of(lib, jerome)
    assert (salon.id, None, salon.date) in lea_before
    asked: list[Deletion] = []
    page.confirm = answering(True, asked)
    assert page.select_event(salon.id) and page.delete_action.isEnabled()
    assert page.delete_button.defaultAction() is page.delete_action

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [
        Deletion(
            "Delete event",
            "Delete “Salon des Entrepreneurs”?",
            "The 3 people met there stay in your contacts; their meetings keep the date and the place (Eurexpo)."
            "\n\nYou can undo this with Ctrl+Z.",
            "Delete event",
        )
    ]
    assert SALON not in [e.name for e in ledger_events.list_events(lib)]
    # The people met there keep their meeting, with its date and where it happened.
    assert meetings_of(lib, lea) == [(None, "Eurexpo", salon.date)]
    assert (None, "Eurexpo", salon.date) in meetings_of(lib, jerome)
    wait_loaded(qtbot, page)
    assert SALON not in event_names(page) and page.model.rowCount() == 3
    assert page.current_event_id() is not None  # a neighbour is chosen: Delete again works from the keyboard
    assert page.undo_stack.undoText() == "Delete event “Salon des Entrepreneurs”"

    page.undo_stack.undo()
    assert ledger_events.get_event(lib, salon.id) == salon
    assert meetings_of(lib, lea) == lea_before and meetings_of(lib, jerome) == jerome_before
    wait_loaded(qtbot, page)
    assert SALON in event_names(page)
    assert page.current_event_id() == salon.id  # the event back is chosen again

    page.undo_stack.redo()
    assert SALON not in [e.name for e in ledger_events.list_events(lib)]
    assert meetings_of(lib, lea) == [(None, "Eurexpo", salon.date)]
    wait_loaded(qtbot, page)
    assert SALON not in event_names(page)


def test_cancel_in_the_real_dialog_deletes_nothing(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = show(EventsPage(lib))
    wait_loaded(qtbot, page)
    soiree = sample.events["Soirée CCI Rhône"]
    assert soiree.id is not None and page.select_event(soiree.id)
    seen: list[QMessageBox] = []
    details: list[tuple[str, str, list[str], str]] = []

    def press_enter(box: QMessageBox) -> None:  # Enter takes the default button: Cancel
        default = box.defaultButton()
        details.append((box.text(), box.informativeText(), sorted(b.text() for b in box.buttons()), default.text()))
        assert box.escapeButton() is default
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_the_box(qtbot, press_enter, seen)
    assert page.delete_event() is False
    assert seen and details[0][0] == "Delete “Soirée CCI Rhône”?"
    assert details[0][1].startswith("The 4 people met there stay in your contacts; their meetings keep the date and")
    assert "Delete event" in details[0][2] and details[0][3] != "Delete event"
    assert ledger_events.get_event(lib, soiree.id) == soiree
    assert page.undo_stack.count() == 0


def test_delete_from_the_event_page_with_the_real_dialog(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = show(EventsPage(lib))
    salon = sample.events[SALON]
    assert salon.id is not None
    assert page.show_event(salon.id)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    assert detail.delete_button.isEnabled()
    seen: list[QMessageBox] = []

    def press_delete(box: QMessageBox) -> None:
        [delete] = [b for b in box.buttons() if b.text() == "Delete event"]
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)

    answer_the_box(qtbot, press_delete, seen)
    detail.delete_button.click()
    assert seen
    assert page.currentWidget() is page.list_page  # back to the list
    benoit = sample.ids["Benoît Moreau"]
    assert meetings_of(lib, benoit) == [(None, "Eurexpo", salon.date)]
    wait_loaded(qtbot, page)
    assert SALON not in event_names(page)

    page.undo_stack.undo()
    assert meetings_of(lib, benoit) == [(salon.id, None, salon.date)]
    wait_loaded(qtbot, page)
    assert page.current_event_id() == salon.id
    # Opened again, then deleted by a redo: its page gives way to the list.
    assert page.show_event(salon.id)
    wait_loaded(qtbot, page, detail)
    page.undo_stack.redo()
    assert page.currentWidget() is page.list_page
    wait_loaded(qtbot, page)
    assert SALON not in event_names(page)


def test_the_question_says_what_happens_in_each_case(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(lib)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    asked: list[Deletion] = []
    page.confirm = answering(False, asked)
    ids = sample.ids

    def ask(event: Event, people: list[str]) -> str:
        saved = ledger_events.save_event(lib, event)
        assert saved.id is not None
        for name in people:
            encounters.record_encounter(lib, Encounter(contact_id=ids[name], event_id=saved.id))
        page._select_after_load = saved.id
        page.reload()
        wait_loaded(qtbot, page)
        assert page.current_event_id() == saved.id
        assert page.delete_event() is False  # the answer is no
        return asked[-1].details.split("\n\n")[0]

    day = dt.date(2025, 5, 2)
    assert ask(Event(name="Afterwork BNI", date=day), ["Chloé Martin"]) == (
        "The person met there stays in your contacts; their meeting keeps the date, and “Afterwork BNI” as its place."
    )
    assert ask(Event(name="Rencontre", place="Villeurbanne"), ["Chloé Martin", "Amélie Petit"]) == (
        "The 2 people met there stay in your contacts; their meetings keep the place (Villeurbanne)."
    )
    assert ask(Event(name="Déjeuner"), ["Chloé Martin", "Amélie Petit"]) == (
        "The 2 people met there stay in your contacts; their meetings keep “Déjeuner” as their place."
    )
    assert ask(Event(name="Salon vide", date=day, place="Lyon"), []) == (
        "Nobody was recorded at this event: no contact changes."
    )
    assert len(ledger_events.list_events(lib)) == 8  # nothing was deleted


def test_a_network_with_events_cannot_be_deleted(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    page = show(NetworksPage(lib))
    wait_loaded(qtbot, page)
    asked: list[Deletion] = []
    page.confirm = answering(True, asked)
    alumni = sample.networks["Alumni EM Lyon"]
    assert alumni.id is not None and page.select_network(alumni.id)
    assert not page.delete_action.isEnabled()
    assert page.delete_action.toolTip() == "This network has events: archive it instead"
    assert page.delete_action.statusTip() == "This network has events: archive it instead"
    assert page.archive_action.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.delete_network() is False
    assert asked == [] and networks.get_network(lib, alumni.id) == alumni


def test_delete_an_empty_network_undo_and_redo(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    mistake = networks.save_network(lib, Network(name="Club des créateurs", yearly_cost=90.0, notes="en double"))
    assert mistake.id is not None
    page = show(NetworksPage(lib))
    wait_loaded(qtbot, page)
    messages: list[str] = []
    page.statusMessage.connect(messages.append)
    asked: list[Deletion] = []
    page.confirm = answering(True, asked)
    assert page.select_network(mistake.id)
    assert page.delete_action.isEnabled()
    assert page.delete_action.toolTip().startswith("Delete a network created by mistake")

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [(d.question, d.button) for d in asked] == [("Delete “Club des créateurs”?", "Delete network")]
    assert "Club des créateurs" not in [n.name for n in networks.list_networks(lib)]
    assert messages[-1] == "“Club des créateurs” deleted. Ctrl+Z brings it back."
    wait_loaded(qtbot, page)
    assert "Club des créateurs" not in network_names(page)
    assert page.current_network() is not None  # a neighbour is chosen

    page.undo_stack.undo()
    assert networks.get_network(lib, mistake.id) == mistake
    wait_loaded(qtbot, page)
    assert page.current_network() == mistake  # back, and chosen again
    assert page.delete_action.isEnabled()

    page.undo_stack.redo()
    assert "Club des créateurs" not in [n.name for n in networks.list_networks(lib)]
    wait_loaded(qtbot, page)
    assert "Club des créateurs" not in network_names(page)


def test_cancel_keeps_the_network(qtbot, lib: Library) -> None:  # type: ignore[no-untyped-def]
    mistake = networks.save_network(lib, Network(name="Réseau test"))
    assert mistake.id is not None
    page = NetworksPage(lib)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    asked: list[Deletion] = []
    page.confirm = answering(False, asked)
    assert page.select_network(mistake.id)
    assert page.delete_network() is False
    assert len(asked) == 1 and networks.get_network(lib, mistake.id) == mistake
    assert page.undo_stack.count() == 0
