"""Recording a meeting without a new card in the window (docs/MEETINGS.md): the pane's "Record a meeting…"
(Ctrl+M) and an event's "Add people I met here…" — saved off the GUI thread, shown at once, one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cardbook.domain.contact import Contact
from cardbook.domain.enums import ExchangeOutcome
from cardbook.domain.referral import FollowUp
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.ledger import encounters
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger.follow_ups import save_follow_up
from cardbook.storage.library import Library
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.ledger.event_detail_view import OUTCOMES, keys_legend
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.meeting_dialog import MeetingDialog
from cardbook.ui.ledger.words import outcome_key
from tests.ui.helpers import services_for, settle, show_contact, wait_loaded
from tests.ui.sample_library import Sample

TODAY = dt.date.today()


def _read(qtbot, *sections) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not any(getattr(s, "loading", False) for s in sections), timeout=10_000)


def _open(qtbot, recorder, start) -> MeetingDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(recorder.opened, timeout=10_000) as opened:
        start()
    dialog = opened.args[0]
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    return dialog


def test_record_a_meeting_from_the_pane_then_undo_and_redo(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    helene = sample.ids["Hélène Leroy"]
    services = services_for(lib)
    notices: list[LibraryChange] = []
    services.notices.libraryChanged.connect(notices.append)
    section = show(ExchangeSection(services, helene))
    _read(qtbot, section)
    before = [b.text() for b in section.tag_buttons]
    dialog = _open(
        qtbot, section.recorder, lambda: qtbot.keyClick(section, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    )
    assert dialog.windowTitle() == "Record a meeting with Hélène Leroy"
    assert dialog.event_box.itemText(0) == "No event" and dialog.event_box.count() == 1 + len(sample.events)
    assert (dialog.request().date, dialog.exchange.value()) == (TODAY, ExchangeOutcome.NO_CARDS)
    club = sample.events["Petit-déjeuner du Club"]
    dialog.event_box.setCurrentIndex(dialog.event_box.findData(club.id))
    assert dialog.request().date == club.date  # the date follows the event…
    dialog.date.setDate(dialog.date.date().addDays(-1))
    dialog.event_box.setCurrentIndex(0)
    assert dialog.request().date == (club.date or TODAY) - dt.timedelta(days=1)  # …until typed
    dialog.event_box.setCurrentIndex(dialog.event_box.findData(club.id))
    dialog.place.setText(" Stand 4 ")
    dialog.note.setText("Parlé du salon")
    dialog.exchange.buttons[ExchangeOutcome.NO_CARDS].setFocus()
    qtbot.keyClick(dialog.exchange.buttons[ExchangeOutcome.NO_CARDS], "M")  # the event table's keys
    assert dialog.exchange.value() is ExchangeOutcome.MUTUAL
    qtbot.keyClick(dialog.exchange.buttons[ExchangeOutcome.MUTUAL], "N")
    assert dialog.exchange.value() is ExchangeOutcome.NO_CARDS
    with qtbot.waitSignal(section.recorder.recorded, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [met, *_] = encounters.encounters_of(lib, helene)
    assert (met.event_id, met.place, met.note, met.outcome) == (club.id, "Stand 4", "Parlé du salon",
                                                                ExchangeOutcome.NO_CARDS)  # fmt: skip
    assert notices[-1].contact_ids == (helene,) and notices[-1].in_place and notices[-1].ledger
    _read(qtbot, section)
    assert "∅ no cards this time" in [b.text() for b in section.tag_buttons]  # shown at once
    services.undo_stack.undo()
    assert met.id not in [e.id for e in encounters.encounters_of(lib, helene)]
    _read(qtbot, section)
    assert [b.text() for b in section.tag_buttons] == before
    services.undo_stack.redo()
    assert encounters.encounters_of(lib, helene)[0] == met  # back with its id
    _read(qtbot, section)
    assert "∅ no cards this time" in [b.text() for b in section.tag_buttons]


def test_a_refused_meeting_keeps_the_dialog_and_what_was_typed(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    francois = sample.ids["François Dupont"]
    section = ExchangeSection(services_for(lib), francois)
    qtbot.addWidget(section)
    _read(qtbot, section)
    count = len(encounters.encounters_of(lib, francois))
    dialog = _open(qtbot, section.recorder, section.record_meeting)
    soiree = sample.events["Soirée CCI Rhône"]
    dialog.event_box.setCurrentIndex(dialog.event_box.findData(soiree.id))
    dialog.note.setText("À rappeler")
    ledger_events.delete_event(lib, soiree.id or 0)  # deleted elsewhere meanwhile
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)
    assert dialog.isVisible() and f"event with id {soiree.id}" in dialog.error.text()
    assert dialog.note.text() == "À rappeler" and len(encounters.encounters_of(lib, francois)) == count
    dialog.event_box.setCurrentIndex(0)  # no event, then it goes through
    with qtbot.waitSignal(section.recorder.recorded, timeout=10_000):
        dialog.accept()
    assert len(encounters.encounters_of(lib, francois)) == count + 1


def test_add_people_met_at_an_event_at_once(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    services = services_for(lib)
    page = show(EventsPage(services))
    salon = sample.events["Salon des Entrepreneurs"]
    page.show_event(salon.id or 0)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    cards = detail.cards_figure.number.text()
    rows = detail.model.rowCount()
    dialog = _open(qtbot, detail.recorder, detail.add_people_button.click)
    assert dialog.windowTitle() == "Add people I met here" and dialog.request().event == salon.id
    assert dialog.request().date == salon.date
    dialog.accept()
    assert "Add the people you met" in dialog.error.text() and dialog.isVisible()
    picker = dialog.picker
    assert picker is not None and dialog.people is not None
    dialog.note.setFocus()  # no completer popup (the offscreen platform cannot show one)
    for text in ("helene leroy", "emilie"):
        with qtbot.waitSignal(picker.searched, timeout=10_000):
            picker.search_now(text)
        picker.choose_row(0)
    assert [dialog.people.item(i).text() for i in range(dialog.people.count())] == ["Hélène Leroy", "Émilie Lefèvre"]
    helene, emilie = sample.ids["Hélène Leroy"], sample.ids["Émilie Lefèvre"]
    with qtbot.waitSignal(picker.searched, timeout=10_000) as searched:
        picker.search_now("helene leroy")
    assert searched.args[0] == 0  # picked already: not offered twice
    with qtbot.waitSignal(detail.recorder.recorded, timeout=10_000) as recorded:
        dialog.accept()
    assert sorted(recorded.args[0].contact_ids) == sorted([helene, emilie])
    wait_loaded(qtbot, page, detail)
    qtbot.waitUntil(lambda: detail.model.rowCount() == rows + 2, timeout=10_000)  # the event's table, at once
    assert detail.cards_figure.number.text() == cards  # no card collected
    assert "2 without cards" in detail.rate_figure.caption.text()
    services.undo_stack.undo()
    assert not any(e.event_id == salon.id for e in encounters.encounters_of(lib, helene))
    wait_loaded(qtbot, page, detail)
    qtbot.waitUntil(lambda: detail.model.rowCount() == rows, timeout=10_000)


def test_the_event_table_has_a_key_for_no_cards(qtbot, show, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    assert ExchangeOutcome.NO_CARDS in OUTCOMES
    assert len({outcome_key(o) for o in OUTCOMES}) == len(OUTCOMES)
    assert "<b>N</b> no cards this time" in keys_legend("")
    page = show(EventsPage(services_for(lib)))
    page.show_event(sample.events["Salon des Entrepreneurs"].id or 0)
    detail = page.detail
    wait_loaded(qtbot, page, detail)
    detail.table.setFocus()
    detail.table.setCurrentIndex(detail.model.index(0, 0))
    first = detail.model.card_at(0)
    assert first is not None
    qtbot.keyClick(detail.table, "N")
    [met] = [e for e in encounters.encounters_of(lib, first.person.contact_id) if e.id == first.encounter.id]
    assert met.outcome is ExchangeOutcome.NO_CARDS

    def reloaded() -> bool:
        card = detail.model.card_at(0)
        return card is not None and card.encounter.outcome is ExchangeOutcome.NO_CARDS

    qtbot.waitUntil(reloaded)
    shown = [detail.model.index(0, column).data() for column in (detail.model.OFFERED, detail.model.RECIPROCATED)]
    assert shown == ["Nobody", "—"]  # nothing offered, so nothing refused


def test_ctrl_m_in_the_window_records_a_meeting_shown_at_once_and_undone_by_edit_undo(
    qtbot, window, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    assert show_contact(qtbot, window, jerome)
    settle(qtbot, window)
    pane = window.contacts_page.pane
    ledger = pane.ledger
    assert ledger is not None and ledger.timeline is not None
    entries = len(ledger.timeline.entries)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = _open(
        qtbot, ledger.exchanges.recorder, lambda: qtbot.keyClick(window, "m", Qt.KeyboardModifier.ControlModifier)
    )
    with qtbot.waitSignal(ledger.exchanges.recorder.recorded, timeout=10_000):
        dialog.accept()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(ledger.timeline.entries) == entries + 1, timeout=10_000)  # the timeline, at once
    assert pane.ledger is ledger  # updated in place
    assert "∅ no cards this time" in [b.text() for b in ledger.exchanges.tag_buttons]
    assert window.undo_stack.undoText() == "Record a meeting with 1 contact"
    window.commands.undo.trigger()  # Edit ▸ Undo
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(ledger.timeline.entries) == entries, timeout=10_000)
    assert "∅ no cards this time" not in [b.text() for b in ledger.exchanges.tag_buttons]


def test_undoing_a_meeting_puts_back_the_follow_up_it_moved(qtbot, show, lib: Library) -> None:  # type: ignore[no-untyped-def]
    """docs/MEETINGS.md, "Taking one back": Edit ▸ Undo of a recorded meeting puts the "stay in touch" follow-up
    back where it was, and the contact's follow-ups say so; redo moves it again."""
    lou = create_contact(lib, Contact(full_name="Lou Exemple")).id
    assert lou is not None
    due = TODAY + dt.timedelta(days=20)
    save_follow_up(lib, FollowUp(contact_id=lou, due=due, every_weeks=4))
    services = services_for(lib)
    section = show(ExchangeSection(services, lou))
    follow_ups = FollowUpsSection(services, lou)
    qtbot.addWidget(follow_ups)
    _read(qtbot, section, follow_ups)
    assert [line.follow_up.due for line in follow_ups.lines] == [due]

    dialog = _open(
        qtbot, section.recorder, lambda: qtbot.keyClick(section, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    )
    with qtbot.waitSignal(section.recorder.recorded, timeout=10_000):
        dialog.accept()  # today, no cards this time
    moved = TODAY + dt.timedelta(weeks=4)
    qtbot.waitUntil(lambda: [line.follow_up.due for line in follow_ups.lines] == [moved], timeout=10_000)

    services.undo_stack.undo()
    qtbot.waitUntil(lambda: [line.follow_up.due for line in follow_ups.lines] == [due], timeout=10_000)
    services.undo_stack.redo()
    qtbot.waitUntil(lambda: [line.follow_up.due for line in follow_ups.lines] == [moved], timeout=10_000)
