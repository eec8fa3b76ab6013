"""The event page's behaviour: show one event (events.event_page), record its exchanges at the speed of a
stack of cards, resolve the cards owed there, and open a contact.

Recording: one key per exchange outcome (words.outcome_key, shown on screen, in the interface's language) tags
the selected cards — several at once — or the current one, in one transaction and one undo step, and the cursor
moves on to the next card. The change is announced through the window's one change notice as the Events page's
(which rereads the event and its list on it).

An event's page reads every card collected there with each person's history: on a big event of a big library
that is a few hundred milliseconds, so it is read on a worker thread (read_event_page, page_loader.PageLoader);
"Loading…" says it is on its way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from cardbook.domain.enums import ExchangeOutcome, OfferedBy, Reciprocated, Reciprocity
from cardbook.storage import members
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import exchanges
from cardbook.storage.ledger.events import EventPage
from cardbook.storage.ledger.exchanges import ExchangeLine
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import count_text, medium_date
from cardbook.ui.common.page_loader import PageLoader
from cardbook.ui.common.services import AppServices
from cardbook.ui.ledger.event_detail_view import EventDetailView
from cardbook.ui.ledger.exchange_actions import ExchangeActions
from cardbook.ui.ledger.exchange_editor import ExchangeEditor
from cardbook.ui.ledger.meeting_recorder import MeetingRecorder
from cardbook.ui.ledger.people_list import SHOWN, PeopleList, Person
from cardbook.ui.ledger.words import earlier_meetings_text, exchange_text, percent_text, recorded_text


@dataclass(frozen=True, slots=True)
class EventPageData:
    page: EventPage
    lines: dict[int, ExchangeLine]  # the exchange lines of the one-way givers, by contact id


def read_event_page(library: Library, event_id: int) -> EventPageData | None:
    """An event's page and the exchange lines its lists offer actions for; None when the event is gone. Runs on
    any thread (the storage services open their own sessions)."""
    try:
        # This machine's point of view: the cards I collected there, my figures (docs/TEAM_LIBRARY.md "Members").
        page = ledger_events.event_page(library, event_id, members.viewpoint(library))
    except NotFoundError:
        return None
    # One-way givers and cards I owe are two lists now (issue 11): lines for both, and for unrecorded reasons.
    listed = (*page.one_way_givers, *page.cards_i_owe, *page.reason_unrecorded)
    one_way_ids = sorted({c.person.contact_id for c in listed})
    lines = {line.contact_id: line for line in exchanges.exchange_lines(library, one_way_ids)}
    return EventPageData(page, lines)


class EventDetail(EventDetailView):
    contactActivated = Signal(int)
    backRequested = Signal()
    editRequested = Signal(int)  # event id
    deleteRequested = Signal(int)  # event id: the Events page asks, deletes, and shows the list again
    reportRequested = Signal(int)  # event id
    statusMessage = Signal(str)
    dataShown = Signal()  # the event read in the background is shown

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self.library = services.library
        self.today = today
        self.undo_stack = services.undo_stack
        self.editor = ExchangeEditor(services, self, page="events")  # the Events page rereads on its notice
        self.editor.statusMessage.connect(self.statusMessage)
        # People met here again, already in the library (docs/MEETINGS.md): several at once, one undo step.
        self.recorder = MeetingRecorder(services, self, page="events", today=today)
        self.recorder.statusMessage.connect(self.statusMessage)
        self.page: EventPage | None = None
        self.event_id: int | None = None
        self._opened = False  # the event was just opened: its first read starts with nothing selected
        self.loader = PageLoader(
            self, self.loading_line, self.tr("Loading the event…"), self.tr("Could not read this event: %1")
        )
        self.loader.shown.connect(self.dataShown)

        self.model.tagsRequested.connect(self._on_tags_requested)
        for outcome, action in self.outcome_actions.items():
            action.triggered.connect(lambda _c=False, v=outcome: self.record_outcome(v))
        self.open_action.triggered.connect(self.open_current)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tabs.currentChanged.connect(lambda _i: self._build_current_list())
        self.back_button.clicked.connect(self.backRequested)
        self.edit_button.clicked.connect(self._request_edit)
        self.report_button.clicked.connect(self._request_report)
        self.delete_button.clicked.connect(self._request_delete)
        self.add_people_button.clicked.connect(self.add_people)
        for lst in (self.again_list, self.one_way_list, self.owe_list):
            lst.contactActivated.connect(self.contactActivated)
        for keys, slot in (
            (QKeySequence.StandardKey.Back, self.backRequested.emit),
            ("Ctrl+E", self._request_edit),
            ("Ctrl+M", self.add_people),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_actions()

    # ---- showing -----------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def show_event(self, event_id: int) -> None:
        """Open an event: read in the background (an event gone meanwhile says so once read)."""
        if event_id != self.event_id or self.page is None:
            self._show_nothing("")  # another event: no figures, cards or lists of the last one meanwhile
        self.event_id = event_id
        self._opened = True
        self.reload()

    def _show_nothing(self, title: str) -> None:
        self.page = None
        self.title.setText(title)
        self.meta.setText("")
        self.model.update_cards([])
        for figure in (self.cards_figure, self.new_figure, self.again_figure, self.rate_figure):
            figure.set_value("—")
        for lst in (self.again_list, self.one_way_list, self.owe_list):
            lst.clear()
        self.set_tab_counts(None, None, None)
        self._update_actions()

    def reload(self) -> None:
        """Read the event again in the background (after an edit here or elsewhere)."""
        if self.event_id is None:
            return
        library, event_id = self.library, self.event_id
        self.loader.fetch(lambda: read_event_page(library, event_id), self._show_page)

    def _show_page(self, data: EventPageData | None) -> None:
        opened, self._opened = self._opened, False
        if data is None:
            self._show_nothing(self.tr("This event no longer exists"))
            return
        page = self.page = data.page
        event = page.event
        self.title.setText(event.name)
        network = page.network.name if page.network else self.tr("no network")
        place = event.place or self.tr("no place noted")
        when = medium_date(event.date) if event.date else self.tr("no date")
        self.meta.setText(" · ".join((when, place, network)))
        self.model.update_cards(page.cards)
        self._resize_columns()
        self._fill_figures(page)
        self._fill_lists(page, data.lines)
        if opened:  # a freshly opened event: the first card is current, none is selected
            self.table.clearSelection()
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, 0))
                self.table.clearSelection()
        self._update_actions()

    def _resize_columns(self) -> None:
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)

    def _fill_figures(self, page: EventPage) -> None:
        self.cards_figure.set_value(count_text(page.exchanges.cards))  # a meeting without cards brought none
        self.new_figure.set_value(count_text(len(page.cards) - len(page.met_again)))
        self.again_figure.set_value(count_text(len(page.met_again)))
        counts = page.exchanges
        self.rate_figure.set_value(percent_text(counts.mutual_rate), recorded_text(counts))

    def _fill_lists(self, page: EventPage, lines: dict[int, ExchangeLine]) -> None:
        """The three lists (each built when first shown: see people_list)."""

        def actions(line: ExchangeLine | None) -> Callable[[QWidget], QWidget]:
            return lambda parent: self._actions(line, parent)

        again, one_way, owe = page.met_again, page.one_way_givers, page.cards_i_owe
        self.again_list.set_people(
            [
                Person(c.person.contact_id, c.person.name, earlier_meetings_text(c.person.earlier_meetings))
                for c in again[:SHOWN]
            ],
            len(again),
        )
        self.one_way_list.set_people(
            [
                Person(
                    p.contact_id,
                    p.name,
                    self._one_way_detail(lines.get(p.contact_id)),
                    actions(lines.get(p.contact_id)),
                )
                for p in (c.person for c in one_way[:SHOWN])
            ],
            len(one_way),
        )
        self.owe_list.set_people(
            [
                Person(p.contact_id, p.name, p.company or "", actions(lines.get(p.contact_id)))
                for p in (c.person for c in owe[:SHOWN])
            ],
            len(owe),
        )
        self.set_tab_counts(len(again), len(one_way), len(owe))

    def _actions(self, line: ExchangeLine | None, parent: QWidget) -> ExchangeActions:
        # Made in its list (not on screen yet): a widget without a parent is a window, and set_line shows it.
        actions = ExchangeActions(self.editor, parent, today=self.today)
        actions.set_line(line)
        return actions

    def _build_current_list(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, PeopleList):
            current.build()

    def _one_way_detail(self, line: ExchangeLine | None) -> str:
        if line is None:
            return exchange_text(Reciprocity.FROM_THEM)
        where = ", ".join(line.events)
        text = self.tr("their card came one way at: %1").replace("%1", where) if where else ""
        if not line.owes_card:
            text = (text + " · " if text else "") + self.tr("no card owed")
        return text

    # ---- tagging -----------------------------------------------------------------------------------------

    def selected_encounter_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid() and self.table.hasFocus():
            rows = [self.table.currentIndex().row()]
        ids = []
        for row in rows:
            card = self.model.card_at(row)
            if card is not None and card.encounter.id is not None:
                ids.append(card.encounter.id)
        return ids

    def record_outcome(self, outcome: ExchangeOutcome) -> None:
        """One key: the outcome for the selected cards (or the current one), then the cursor on the next card,
        so a stack is recorded one key per card."""
        ids = self.selected_encounter_ids()
        if not ids:
            self.statusMessage.emit(self.tr("Select the cards to tag first (Ctrl+A selects them all)."))
            return
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        last = rows[-1] if rows else self.table.currentIndex().row()
        if self.editor.set_outcome(ids, outcome) is not None:
            self._move_to(last + 1)

    def _move_to(self, row: int) -> None:
        """The cursor on `row` (the last card stays current at the end), it alone selected."""
        row = min(row, self.model.rowCount() - 1)
        if row < 0:
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_tags_requested(self, ids: list[int], offered: object, answered: object) -> None:
        self.editor.set_tags(
            ids,
            offered_by=offered if isinstance(offered, OfferedBy) else None,
            reciprocated=answered if isinstance(answered, Reciprocated) else None,
        )

    def _update_actions(self) -> None:
        has_cards = self.model.rowCount() > 0
        for action in self.outcome_actions.values():
            action.setEnabled(has_cards)
        self.outcome_button.setEnabled(has_cards)
        self.open_action.setEnabled(self.table.currentIndex().isValid())
        self.edit_button.setEnabled(self.page is not None)
        self.report_button.setEnabled(self.page is not None)
        self.delete_button.setEnabled(self.page is not None)
        self.add_people_button.setEnabled(self.page is not None)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.model.rowCount():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addActions(list(self.outcome_actions.values()))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---- navigation --------------------------------------------------------------------------------------

    def open_current(self) -> None:
        card = self.model.card_at(self.table.currentIndex().row())
        if card is not None:
            self.contactActivated.emit(card.person.contact_id)

    def _request_edit(self) -> None:
        if self.event_id is not None and self.page is not None:
            self.editRequested.emit(self.event_id)

    def add_people(self) -> None:
        """Pick people already in the library and record that they were met here, all at once."""
        if self.event_id is not None and self.page is not None:
            self.recorder.open((), self.event_id)

    def _request_delete(self) -> None:
        if self.event_id is not None and self.page is not None:
            self.deleteRequested.emit(self.event_id)

    def _request_report(self) -> None:
        if self.event_id is not None and self.page is not None:
            self.reportRequested.emit(self.event_id)
