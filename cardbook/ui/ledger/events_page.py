"""The Events page: the list of events (create, edit, open, delete) and, in its place, one event's page.

Deleting an event (a mistyped one, one created twice) keeps the people met there and their meetings, which keep
the event's date and place (storage/ledger_events.delete_event); the user confirms with those numbers in front of them,
and Edit ▸ Undo brings the event back with its meetings.

The list's figures count every exchange of every event, a few hundred milliseconds on a big library: they are
read on a worker thread (page_loader.PageLoader), and so is an event's page (event_detail.EventDetail).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QStackedWidget, QTableView, QWidget

from cardbook.domain.network import Event
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks
from cardbook.storage.ledger.events import EventOverview
from cardbook.storage.library import Library
from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.page_loader import LoadingLine, PageLoader
from cardbook.ui.common.services import LibraryChange
from cardbook.ui.common.style import SPACING
from cardbook.ui.common.table_page import configure_table
from cardbook.ui.common.undo import RECOVERABLE, own_stack, push_done
from cardbook.ui.ledger.deletion import Confirm, Deletion, ask_deletion
from cardbook.ui.ledger.event_detail import EventDetail
from cardbook.ui.ledger.event_dialog import EventDialog
from cardbook.ui.ledger.events_model import EventsModel
from cardbook.ui.ledger.widgets import make_action, page_column

WINDOW = Qt.ShortcutContext.WindowShortcut


class EventsPage(QStackedWidget):
    contactActivated = Signal(int)
    reportRequested = Signal(int)  # event id: show its after-event report
    statusMessage = Signal(str)
    dataShown = Signal()  # the list of events read in the background is shown

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        changed: Callable[[LibraryChange], None] = lambda _change: None,
        today: Callable[[], dt.date] = dt.date.today,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = own_stack(self, undo_stack)
        self._notify = changed  # the window's one change notice (services.changed)
        self.model = EventsModel(self)
        self.dialog: EventDialog | None = None
        self.confirm: Confirm = ask_deletion  # asks before deleting; tests answer it themselves
        self._select_after_load: int | None = None  # an event just created or opened: chosen once the list is read
        self.list_page = QWidget(self)
        self._build_list(self.list_page)
        self.loader = PageLoader(
            self, self.loading_line, self.tr("Loading the events…"), self.tr("Could not read the events: %1")
        )
        self.loader.shown.connect(self.dataShown)
        self.detail = EventDetail(library, self, undo_stack=self.undo_stack, today=today)
        self.addWidget(self.list_page)
        self.addWidget(self.detail)
        self.detail.backRequested.connect(self.show_list)
        self.detail.editRequested.connect(lambda _id: self.edit_event())
        self.detail.deleteRequested.connect(lambda _id: self.delete_event())
        self.detail.contactActivated.connect(self.contactActivated)
        self.detail.reportRequested.connect(self.reportRequested)
        self.detail.libraryChanged.connect(self._on_detail_changed)
        self.detail.statusMessage.connect(self.statusMessage)
        if load:  # the window loads its pages when first shown (a network report is not free)
            self.reload()

    def _build_list(self, page: QWidget) -> None:
        self.table = QTableView(page)
        self.new_action = make_action(
            self, self.tr("&New event…"), shortcut="Ctrl+Shift+N", symbol=Icon.EVENTS, context=WINDOW,
            tip=self.tr("Record an event where cards changed hands"), slot=self.new_event,
        )  # fmt: skip
        self.edit_action = make_action(page, self.tr("&Edit event…"), shortcut="Ctrl+E", slot=self.edit_event)
        self.open_action = make_action(page, self.tr("&Open event"), shortcut="Ctrl+O", slot=self.open_current)
        # The Delete key works while the list has focus (its button and context menu, everywhere on the page).
        self.delete_action = make_action(
            self.table, self.tr("&Delete event…"), shortcut=QKeySequence.StandardKey.Delete, symbol=Icon.DELETE,
            tip=self.tr("Delete the chosen event; the people met there stay in your contacts"),
            slot=self.delete_event,
        )  # fmt: skip
        column, bar, buttons = page_column(
            page,
            self.tr("Events"),
            self.tr(
                "Where cards changed hands. Open an event to tag its exchanges, see whom you met again "
                "and which cards you still owe."
            ),
            [self.new_action, self.open_action, self.edit_action, self.delete_action],
        )
        self.new_button, self.open_button, self.edit_button, self.delete_button = buttons
        column.addLayout(bar)
        self.loading_line = LoadingLine(page)
        column.addWidget(self.loading_line)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events"))
        configure_table(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.empty = EmptyState(
            self.tr("No events yet"),
            self.tr(
                "Record the breakfasts, evenings and fairs where you collect cards (Ctrl+Shift+N). Cards imported "
                "from an event are linked to it, and the event shows how each exchange went."
            ),
            symbol=Icon.EVENTS,
            actions=[self.new_action],
            parent=page,
        )
        self.list_stack = QStackedWidget(page)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        column.addWidget(self.list_stack, 1)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.table)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.current_event_id() is not None:
            menu.addActions([self.open_action, self.edit_action])
            menu.addSeparator()
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---- data --------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def reload(self, *, detail: bool = True) -> None:
        """Read the events again in the background (and the open event, if one is shown and `detail`)."""
        self._reload_list()
        if detail and self.currentWidget() is self.detail:
            self.detail.reload()

    def _reload_list(self) -> None:
        library = self.library
        self.loader.fetch(lambda: ledger_events.event_overviews(library), self._show_events)

    def _show_events(self, overviews: list[EventOverview]) -> None:
        """The list read again: the current event stays chosen (or the one asked for meanwhile)."""
        wanted = self._select_after_load or self.current_event_id()
        self._select_after_load = None
        self.model.set_rows(overviews)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EventsModel.NAME, header.ResizeMode.Stretch)
        for column in range(self.model.columnCount()):
            if column != EventsModel.NAME:
                self.table.resizeColumnToContents(column)
        for column in (EventsModel.PLACE, EventsModel.NETWORK):  # a long place must not squeeze the event's name
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 26 * SPACING))
        if wanted is not None:
            self.select_event(wanted)
        self.list_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self._update_actions()

    def _update_actions(self) -> None:
        has_current = self.current_event_id() is not None
        self.edit_action.setEnabled(has_current)
        self.open_action.setEnabled(has_current)
        self.delete_action.setEnabled(has_current)

    def current_event_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.event_id_at(index.row()) if index.isValid() else None

    def select_event(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, EventsModel.NAME))
        self.table.selectRow(row)
        return True

    # ---- navigation --------------------------------------------------------------------------------------

    def show_event(self, event_id: int) -> bool:
        """Open one event's page (from the sidebar, the list, or a link); False when there is no such event."""
        if not self.detail.show_event(event_id):
            return False
        if not self.select_event(event_id):
            self._select_after_load = event_id  # the list is still on its way: chosen when it arrives
        self.setCurrentWidget(self.detail)
        self.detail.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current(self) -> None:
        event_id = self.current_event_id()
        if event_id is not None:
            self.show_event(event_id)

    # ---- commands ----------------------------------------------------------------------------------------

    def new_event(self) -> EventDialog:
        return self._open_dialog(None)

    def edit_event(self) -> EventDialog | None:
        event_id = self.detail.event_id if self.currentWidget() is self.detail else self.current_event_id()
        if event_id is None:
            return None
        return self._open_dialog(ledger_events.get_event(self.library, event_id))

    def _open_dialog(self, event: Event | None) -> EventDialog:
        choices = [
            n for n in networks.list_networks(self.library) if not n.archived or n.id == (event and event.network_id)
        ]
        dialog = EventDialog(event, choices, self._save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, event: Event) -> Event:
        before = ledger_events.get_event(self.library, event.id) if event.id is not None else None
        saved = ledger_events.save_event(self.library, event)
        self._select_after_load = saved.id  # a new event is in the list once it is read again
        if before is not None:  # the command's first `after` rereads the page and announces the change
            push_done(
                self.undo_stack, self.tr("Edit event “%1”").replace("%1", saved.name), saved,
                lambda _s: ledger_events.save_event(self.library, before),
                lambda _b: ledger_events.save_event(self.library, saved),
                owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
            )  # fmt: skip
            self.statusMessage.emit(self.tr("“%1” saved.").replace("%1", saved.name))
        else:
            self._changed()
            self.statusMessage.emit(
                self.tr("“%1” created. Import the cards collected there next.").replace("%1", saved.name)
            )
        if saved.id is not None:
            self.select_event(saved.id)
        return saved

    def delete_event(self) -> bool:
        """Delete the event shown, or the one chosen in the list, once the user said yes; undoable. From the
        event's page, the list comes back. False when nothing was deleted."""
        from_detail = self.currentWidget() is self.detail
        event_id = self.detail.event_id if from_detail else self.current_event_id()
        if event_id is None:
            return False
        try:
            event = ledger_events.get_event(self.library, event_id)
        except NotFoundError:
            self._changed()  # deleted meanwhile (an undo): the list catches up
            return False
        people = len(contacts.contact_ids_at_event(self.library, event_id))
        if not self.confirm(self, self._deletion(event, people)):
            return False
        neighbour = self._neighbour_of(event_id)
        try:
            deleted = ledger_events.delete_event(self.library, event_id)
        except RECOVERABLE as exc:
            self.statusMessage.emit(str(exc))
            self._changed()
            return False
        self._select_after_load = neighbour  # the next event is chosen, for the next key press
        if self.currentWidget() is self.detail:
            self.show_list()
        push_done(  # whose first `after` rereads the page and announces the change
            self.undo_stack, self.tr("Delete event “%1”").replace("%1", event.name), deleted,
            lambda gone: ledger_events.restore_event(self.library, gone),
            lambda _back: ledger_events.delete_event(self.library, event_id),
            owner=self, after=lambda _v: self._after_replay(event_id), report=self.statusMessage.emit,
        )  # fmt: skip
        self.statusMessage.emit(self.tr("“%1” deleted. Ctrl+Z brings it back.").replace("%1", event.name))
        return True

    def _deletion(self, event: Event, people: int) -> Deletion:
        """The question, with what happens to the people met there and to their meetings."""
        if people == 0:
            details = self.tr("Nobody was recorded at this event: no contact changes.")
        elif event.place and event.date is not None:
            details = self.tr(
                "The %Ln people met there stay in your contacts; their meetings keep the date and the place (%1).",
                "", people,
            ).replace("%1", event.place)  # fmt: skip
        elif event.place:
            details = self.tr(
                "The %Ln people met there stay in your contacts; their meetings keep the place (%1).", "", people
            ).replace("%1", event.place)
        elif event.date is not None:
            details = self.tr(
                "The %Ln people met there stay in your contacts; their meetings keep the date, and “%1” as their "
                "place.",
                "", people,
            ).replace("%1", event.name)  # fmt: skip
        else:
            details = self.tr(
                "The %Ln people met there stay in your contacts; their meetings keep “%1” as their place.", "", people
            ).replace("%1", event.name)
        return Deletion(
            self.tr("Delete event"),
            self.tr("Delete “%1”?").replace("%1", event.name),
            details + "\n\n" + self.tr("You can undo this with Ctrl+Z."),
            self.tr("Delete event"),
        )

    def _neighbour_of(self, event_id: int) -> int | None:
        """The event after this one in the list (else the one before): chosen once this one is gone."""
        row = self.model.row_of(event_id)
        if row < 0:
            return None
        after = self.model.event_id_at(row + 1)
        return after if after is not None else self.model.event_id_at(row - 1)

    def _after_replay(self, event_id: int) -> None:
        """After an undo (the event is back: chosen again) or a redo (gone: its page, if shown, leaves)."""
        try:
            ledger_events.get_event(self.library, event_id)
        except NotFoundError:
            if self.currentWidget() is self.detail and self.detail.event_id == event_id:
                self.show_list()
        else:
            self._select_after_load = event_id
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self._notify(LibraryChange(ledger=True, page="events"))

    def _on_detail_changed(self) -> None:
        """An exchange tagged on the event's page (which reread itself): the list's figures change too."""
        self._reload_list()
        self._notify(LibraryChange(ledger=True, page="events"))
