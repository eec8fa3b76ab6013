"""The event page's behaviour: show one event (ledger_events.event_page), tag its cards in bulk with undo,
resolve the cards owed there, and open a contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity
from cardbook.storage import ledger_events
from cardbook.storage import ledger_exchanges as exchanges
from cardbook.storage.contacts import NotFoundError
from cardbook.storage.ledger_events import EventPage
from cardbook.storage.ledger_exchanges import ExchangeLine
from cardbook.storage.library import Library
from cardbook.ui.formatting import count_text, medium_date
from cardbook.ui.ledger.event_detail_view import EventDetailView
from cardbook.ui.ledger.exchange_actions import ExchangeActions
from cardbook.ui.ledger.exchange_editor import ExchangeEditor
from cardbook.ui.ledger.undo import own_stack
from cardbook.ui.ledger.words import earlier_meetings_text, exchange_text, percent_text


class EventDetail(EventDetailView):
    contactActivated = Signal(int)
    backRequested = Signal()
    editRequested = Signal(int)  # event id
    reportRequested = Signal(int)  # event id
    libraryChanged = Signal()
    statusMessage = Signal(str)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.today = today
        self.undo_stack = own_stack(self, undo_stack)
        self.editor = ExchangeEditor(library, self.undo_stack, self)
        self.editor.changed.connect(self._on_exchange_changed)
        self.editor.statusMessage.connect(self.statusMessage)
        self.page: EventPage | None = None
        self.event_id: int | None = None

        self.model.tagsRequested.connect(self._on_tags_requested)
        for offered, action in self.offered_actions.items():
            action.triggered.connect(lambda _c=False, v=offered: self.tag_selected(offered_by=v))
        for answered, action in self.reciprocated_actions.items():
            action.triggered.connect(lambda _c=False, v=answered: self.tag_selected(reciprocated=v))
        self.open_action.triggered.connect(self.open_current)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.back_button.clicked.connect(self.backRequested)
        self.edit_button.clicked.connect(self._request_edit)
        self.report_button.clicked.connect(self._request_report)
        for lst in (self.again_list, self.one_way_list, self.owe_list):
            lst.contactActivated.connect(self.contactActivated)
        for keys, slot in ((QKeySequence.StandardKey.Back, self.backRequested.emit), ("Ctrl+E", self._request_edit)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_actions()

    # ---- showing -----------------------------------------------------------------------------------------

    def show_event(self, event_id: int) -> bool:
        self.event_id = event_id
        if not self.reload():
            return False
        self.table.clearSelection()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.clearSelection()
        return True

    def reload(self) -> bool:
        """Read the event again (after an edit here or elsewhere); False when it no longer exists."""
        if self.event_id is None:
            return False
        try:
            page = ledger_events.event_page(self.library, self.event_id)
        except NotFoundError:
            self.page = None
            self.title.setText(self.tr("This event no longer exists"))
            self.meta.setText("")
            self.model.update_cards([])
            return False
        self.page = page
        event = page.event
        self.title.setText(event.name)
        network = page.network.name if page.network else self.tr("no network")
        place = event.place or self.tr("no place noted")
        when = medium_date(event.date) if event.date else self.tr("no date")
        self.meta.setText(" · ".join((when, place, network)))
        self.model.update_cards(page.cards)
        self._resize_columns()
        self._fill_figures(page)
        self._fill_lists(page)
        self._update_actions()
        return True

    def _resize_columns(self) -> None:
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)

    def _fill_figures(self, page: EventPage) -> None:
        self.cards_figure.set_value(count_text(len(page.cards)))
        self.new_figure.set_value(count_text(len(page.cards) - len(page.met_again)))
        self.again_figure.set_value(count_text(len(page.met_again)))
        self.rate_figure.set_value(percent_text(page.exchanges.mutual_rate))

    def _fill_lists(self, page: EventPage) -> None:
        one_way_ids = sorted({c.person.contact_id for c in page.one_way_givers})
        lines = {line.contact_id: line for line in exchanges.exchange_lines(self.library, one_way_ids)}
        self.again_list.clear()
        for card in page.met_again:
            person = card.person
            self.again_list.add_person(person.contact_id, person.name, earlier_meetings_text(person.earlier_meetings))
        self.one_way_list.clear()
        for card in page.one_way_givers:
            person = card.person
            line = lines.get(person.contact_id)
            self.one_way_list.add_person(
                person.contact_id, person.name, self._one_way_detail(line), self._actions(line)
            )
        self.owe_list.clear()
        for card in page.cards_i_owe:
            person = card.person
            line = lines.get(person.contact_id)
            self.owe_list.add_person(person.contact_id, person.name, person.company or "", self._actions(line))
        self.set_tab_counts(len(page.met_again), len(page.one_way_givers), len(page.cards_i_owe))

    def _actions(self, line: ExchangeLine | None) -> ExchangeActions:
        actions = ExchangeActions(self.library, editor=self.editor, today=self.today)
        actions.set_line(line)
        return actions

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

    def tag_selected(self, *, offered_by: OfferedBy | None = None, reciprocated: Reciprocated | None = None) -> None:
        ids = self.selected_encounter_ids()
        if not ids:
            self.statusMessage.emit(self.tr("Select the cards to tag first (Ctrl+A selects them all)."))
            return
        self.editor.set_tags(ids, offered_by=offered_by, reciprocated=reciprocated)

    def _on_tags_requested(self, ids: list[int], offered: object, answered: object) -> None:
        self.editor.set_tags(
            ids,
            offered_by=offered if isinstance(offered, OfferedBy) else None,
            reciprocated=answered if isinstance(answered, Reciprocated) else None,
        )

    def _on_exchange_changed(self, _contact_ids: list[int]) -> None:
        self.reload()
        self.libraryChanged.emit()

    def _update_actions(self) -> None:
        has_cards = self.model.rowCount() > 0
        for action in (*self.offered_actions.values(), *self.reciprocated_actions.values()):
            action.setEnabled(has_cards)
        self.offered_button.setEnabled(has_cards)
        self.reciprocated_button.setEnabled(has_cards)
        self.open_action.setEnabled(self.table.currentIndex().isValid())
        self.edit_button.setEnabled(self.page is not None)
        self.report_button.setEnabled(self.page is not None)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.model.rowCount():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addActions(list(self.offered_actions.values()))
        menu.addSeparator()
        menu.addActions(list(self.reciprocated_actions.values()))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---- navigation --------------------------------------------------------------------------------------

    def open_current(self) -> None:
        card = self.model.card_at(self.table.currentIndex().row())
        if card is not None:
            self.contactActivated.emit(card.person.contact_id)

    def _request_edit(self) -> None:
        if self.event_id is not None and self.page is not None:
            self.editRequested.emit(self.event_id)

    def _request_report(self) -> None:
        if self.event_id is not None and self.page is not None:
            self.reportRequested.emit(self.event_id)
