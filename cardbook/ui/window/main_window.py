"""The main window: sidebar | contact list | contact pane, with the events, networks, import and reports pages.

It assembles the features and hands each the services object (common.services.AppServices), never itself: the
features do not import this module. Every write ends in one notice, `services.notices.libraryChanged`, which the
window alone turns into refreshes (window.refresh.WindowRefresh). Lists, counts and the ledger pages are read
through the runner (common.runner; the contact list has a thread of its own); the storage services open and close
their own sessions, so no session crosses threads.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.name_choices import NameChoices
from cardbook.ui.common.runner import shared_runner, wait_for_tasks
from cardbook.ui.common.services import AppServices, ChangeNotices
from cardbook.ui.common.style import SPACING
from cardbook.ui.contacts.contacts_controller import ContactActions, ContactsController
from cardbook.ui.contacts.contacts_view import ContactsPage
from cardbook.ui.contacts.edit_controller import ContactEditController
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.contacts.list_controller import ContactListController
from cardbook.ui.contacts.table_model import ContactTableModel
from cardbook.ui.importing.feature import ImportFeature
from cardbook.ui.importing.folder_watch import WindowFolderWatch
from cardbook.ui.interchange.feature import InterchangeActions, WindowInterchange
from cardbook.ui.ledger.feature import WindowLedger
from cardbook.ui.members.feature import WindowMembers, members_action
from cardbook.ui.window import window_state
from cardbook.ui.window.about import show_about
from cardbook.ui.window.actions import build_actions, build_menus, build_toolbar
from cardbook.ui.window.editing_guard import EditingGuard
from cardbook.ui.window.open_library import LibraryOpener
from cardbook.ui.window.preferences import show_preferences
from cardbook.ui.window.refresh import WindowRefresh
from cardbook.ui.window.sample_window import SampleData
from cardbook.ui.window.search_field import SearchField
from cardbook.ui.window.server_changes import ServerChanges
from cardbook.ui.window.sidebar import Sidebar
from cardbook.ui.window.sidebar_model import SidebarEntry
from cardbook.ui.window.welcome_choices import welcome_choices

STATUS_MS = 6000


DEFAULT_SIZE = (160 * SPACING, 100 * SPACING)  # 1280 × 800


class MainWindow(QMainWindow):
    dataLoaded = Signal()

    def __init__(self, library: Library, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings  # None: remember nothing (screenshots, tests)
        self._pending_view: str | None = None
        self._loaded_once = False  # the first show schedules the data load
        self._data_ready = False
        self.setWindowTitle(self.tr("Cardbook"))
        self.setAcceptDrops(True)

        self.undo_stack = QUndoStack(self)
        self.names = NameChoices(settings, self)  # names sorted and shown as the user chose (remembered)
        self.services = AppServices(
            library,
            self.undo_stack,
            shared_runner(),
            ChangeNotices(self),
            status=self.status,
            show_view=self.show_view,
            show_page=self.show_page,
            current_page=self.current_page,
            show_event=lambda event_id: self.ledger.show_event(event_id),
            leave_editing=lambda: self.editing.leave(),
            edited_contact=lambda: self.editing.edited_id() if self.editing.is_editing() else None,
            names=self.names,
        )
        self.commands = build_actions(self, self.undo_stack)
        build_menus(self, self.commands)
        self.opener = LibraryOpener(self.services, self, settings, lambda library: MainWindow(library, self.settings))
        self.opener.add_to(self.menuBar())  # File ▸ Open library…, first in the menu
        self.search = SearchField(self)
        self.toolbar = build_toolbar(self, self.commands, self.search)
        self._wide_toolbar = self.toolbar.sizeHint().width()  # with text beside every icon

        self.model = ContactTableModel(library, self, self.names)
        self.controller = ContactListController(library, self.model, self)
        self.sidebar = Sidebar(self)
        a = self.commands
        self.sample = SampleData(self.services, self, lambda sample: MainWindow(sample))
        self.contacts_page = ContactsPage(
            self.model,
            self.commands.import_cards,
            self,
            [a.review_this, a.edit_contact, a.accept_contact, a.delete_contact],
            welcome_choices(a, self.sample.action),
        )
        self.editing = ContactEditController(
            self.services, self.contacts_page.pane, self, self.contacts_page.draft_banner
        )
        contact_actions = ContactActions(a.edit_contact, a.delete_contact, a.accept_contact, a.review_this)
        self.presenter = ContactsController(self.services, self.controller, self.contacts_page, contact_actions, self)
        self.guard = EditingGuard(self, self)
        self._drafts_offered = False
        self.ledger = WindowLedger(self.services, self, self.contacts_page.pane)
        self.events_page, self.networks_page = self.ledger.events_page, self.ledger.networks_page
        self.reports_page = self.ledger.reports_page
        self.pages: dict[str, QWidget] = {"contacts": self.contacts_page, **self.ledger.pages}
        self.imports = ImportFeature(
            self.services,
            self,
            a.import_cards,
            [a.review_cards, a.review_this],
            self.contacts_page.current_id,
            self.statusBar(),
        )
        self.pages["import"] = self.imports.page
        self.pages["review"] = self.imports.review_page
        interchange_actions = InterchangeActions(
            a.export_contacts, a.import_contacts, a.find_duplicates, a.my_card, a.export_library, a.import_library
        )
        self.interchange = WindowInterchange(self.services, self, interchange_actions, lambda: self.model.ids)
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.sidebar_panel = QWidget(self)  # the sidebar, inset on the window's colour
        inset = QVBoxLayout(self.sidebar_panel)
        inset.setContentsMargins(SPACING, SPACING, 0, SPACING)
        inset.addWidget(self.sidebar)
        self.splitter.addWidget(self.sidebar_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([29 * SPACING, 131 * SPACING])
        self.contacts_page.splitter.setSizes([77 * SPACING, 54 * SPACING])
        self.setCentralWidget(self.splitter)
        self.watch = WindowFolderWatch(
            self.services,
            self.statusBar(),
            self,
            on_click=a.review_cards.trigger,
            on_stopped_click=a.preferences.trigger,
        )
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setContentsMargins(SPACING, 0, SPACING, 0)
        self.members = WindowMembers(self.services, self, a.members or members_action(self), self.statusBar())
        self.refresh = WindowRefresh(self)
        self.server_changes = ServerChanges(self.services, self)  # other members' changes, on a team library
        self._connect()
        self._set_tab_order()
        self._restore()

    # ---- wiring ------------------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.commands
        a.import_cards.triggered.connect(self.imports.choose)
        a.receive_from_phone.triggered.connect(self.imports.receive_from_phone)
        a.new_contact.triggered.connect(self._new_contact)
        a.edit_contact.triggered.connect(lambda: self.editing.edit(self._listed_contact()))
        a.accept_contact.triggered.connect(lambda: self.editing.accept(self._listed_contact()))
        a.delete_contact.triggered.connect(lambda: self.editing.delete(self._listed_contact()))
        self.refresh.wire()
        self.editing.editingFinished.connect(self.presenter.editing_finished)
        self.editing.message.connect(self.status)
        self.controller.queryFailed.connect(self.status)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.about.triggered.connect(lambda: show_about(self, self.library))
        a.preferences.triggered.connect(lambda: show_preferences(self.services, self, self.watch))
        a.toggle_sidebar.toggled.connect(self.sidebar_panel.setVisible)
        a.card_wall.toggled.connect(self._set_wall)
        self.contacts_page.wallRequested.connect(a.card_wall.setChecked)
        self.contacts_page.wallChanged.connect(a.card_wall.setChecked)
        self.services.notices.libraryChanged.connect(lambda _change: self.contacts_page.wall.library_changed())
        for page, action in a.pages.items():
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p))
        for kind, action in a.lists.items():
            action.triggered.connect(lambda _checked=False, k=kind: self._choose_filter(ContactFilter(k)))
        self.sidebar.entryChosen.connect(self._on_sidebar_entry)
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self._search_entered)
        self.ledger.wire()
        self.ledger.networks_page.networkActivated.connect(
            lambda network_id, name: self.show_filter(ContactFilter(FilterKind.NETWORK, network_id, name))
        )
        self.interchange.wire()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search,
            self.sidebar,
            self.contacts_page.table,
            self.contacts_page.wall,
            self.contacts_page.pane.scroll_area,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _restore(self) -> None:
        available = self.screen().availableGeometry()  # first run: 1280 × 800, or less on a small screen
        self.resize(
            min(DEFAULT_SIZE[0], available.width() * 9 // 10), min(DEFAULT_SIZE[1], available.height() * 9 // 10)
        )
        if self.settings is None:
            return
        splitters = [self.splitter, self.contacts_page.splitter]
        headers = {"contacts": self.contacts_page.table.horizontalHeader()}
        window_state.restore_window(self.settings, self, splitters, headers)
        visible = window_state.sidebar_visible(self.settings)
        self.commands.toggle_sidebar.setChecked(visible)
        # The list or the card wall, as the user left it: people who find cards by their look keep the wall.
        self.commands.card_wall.setChecked(window_state.contacts_as_wall(self.settings))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editing.leave():  # changes that cannot be saved, and the user keeps editing
            event.ignore()
            return
        self.imports.controller.shutdown()
        self.server_changes.stop()
        self.watch.stop()  # a look under way ends after its photo; "watched until" is written before the close
        self.sample.close_window()
        wait_for_tasks()  # background reads finish before the library may be closed
        if self.settings is not None:
            splitters = [self.splitter, self.contacts_page.splitter]
            headers = {"contacts": self.contacts_page.table.horizontalHeader()}
            window_state.save_window(self.settings, self, splitters, headers)
            window_state.set_sidebar_visible(self.settings, self.commands.toggle_sidebar.isChecked())
            window_state.set_contacts_as_wall(self.settings, self.commands.card_wall.isChecked())
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow window the toolbar drops its texts rather than hiding the search box in an overflow menu."""
        super().resizeEvent(event)
        narrow = event.size().width() < self._wide_toolbar
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if narrow else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            QTimer.singleShot(0, self.load)  # paint the window first, then read the library

    # ---- data --------------------------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read everything shown: sidebar counts, the list, the current page. Emits dataLoaded once the
        counts and the list, read in the background, are shown."""
        self._loaded_once = self._data_ready = True
        self.refresh.announce_load = True
        self.refresh.read_counts()
        self.controller.refresh()
        if self._pending_view is not None:
            view, self._pending_view = self._pending_view, None
            self.show_view(view)
        else:
            self.ledger.refresh_page(self.current_page())
        self._offer_drafts()
        self.watch.load()  # once: the folder chosen in Preferences
        self.members.load()
        self.server_changes.start()

    def _offer_drafts(self) -> None:
        """Once, at start: unsaved changes of the last session (a crash) are offered above the pane — shown on
        their contact when nothing else was asked for."""
        if self._drafts_offered:
            return
        self._drafts_offered = True
        self.editing.offer_drafts(self._drafts_found)

    def _drafts_found(self, previous: list[int | None]) -> None:
        if not previous:
            return
        contact_ids = [contact_id for contact_id in previous if contact_id is not None]
        if contact_ids and self.current_page() == "contacts" and self.contacts_page.current_id() is None:
            self.show_view(f"contact:{contact_ids[0]}")
        self.presenter.show_results()  # the empty library's welcome gives way to the banner
        self.status(self.tr("Unsaved changes from your last session were kept: restore or discard them."))

    # ---- navigation --------------------------------------------------------------------------------------

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is current), "contacts")

    def show_page(self, page: str) -> bool:
        """Show a view; False when the contact being edited could not be left (the user keeps editing)."""
        if page != self.current_page() and not self.editing.leave():
            self.mark_page(self.current_page())
            return False
        self.stack.setCurrentWidget(self.pages[page])
        self.mark_page(page)
        self.ledger.refresh_page(page)
        self.presenter.enable_contact_actions(page == "contacts")  # Ctrl+E, Delete... belong to the page shown
        return True

    def mark_page(self, page: str) -> None:
        """The page's action checked, its sidebar entry chosen."""
        action = self.commands.pages.get(page)
        if action is not None:
            action.setChecked(True)
        else:
            for other in self.commands.pages.values():
                other.setChecked(False)
        if page in ("events", "networks"):
            self.sidebar.select_entry(SidebarEntry(page=page))
        elif page == "contacts":
            self.sidebar.select_filter(self.controller.filter)
        else:
            self.sidebar.clear_choice()

    def show_filter(self, contact_filter: ContactFilter) -> None:
        self.controller.set_filter(contact_filter)
        self.presenter.show_pending()
        self.show_page("contacts")  # which shows the filter as chosen in the sidebar

    def show_view(self, view: str) -> bool:
        """contacts | wall | contact:ID | import | events | event:ID | networks | prescribers | introductions |
        reports; my-card, preferences and receive (the Receive from phone dialog) open that dialog over the window.
        Before the data load, it waits for it. A contact is chosen once the list on its way is there; False when
        it is known at once not to exist."""
        if not self._data_ready:
            self._pending_view = view
            return True
        name, _, arg = view.partition(":")
        if name == "contact":
            try:
                contact_id = int(arg)
            except ValueError:
                return False
            self.show_page("contacts")
            self.commands.card_wall.setChecked(False)  # the contact is shown in the pane, beside the list
            if self.controller.querying or self.controller.search_waiting:
                self.controller.when_listed(lambda: self._show_listed(contact_id))
                return True
            return self._show_listed(contact_id)
        if name == "receive":  # `gui --view receive`: File ▸ Receive from phone…, once the window is up
            QTimer.singleShot(0, self.commands.receive_from_phone.trigger)
            return True
        if name == "event" and arg.isdigit():  # one event's page (its table of cards)
            self.ledger.show_event(int(arg))
            return True
        if name == "my-card":  # the dialogs a user opens from the menus, over the contacts
            self.interchange.show_my_card()
            return True
        if name == "preferences":
            show_preferences(self.services, self)
            return True
        if view == "wall":  # the contacts as a wall of their cards
            self.show_page("contacts")
            self.commands.card_wall.setChecked(True)
            return True
        if name not in self.pages:
            return False
        self.show_page(name)
        return True

    def _show_listed(self, contact_id: int) -> bool:
        """Choose the contact in the list; one outside it is looked for among everyone (search cleared)."""
        page = self.contacts_page
        if page.select_contact(contact_id):
            return True
        if self.controller.filter == ContactFilter() and not self.controller.searching:
            page.pane.show_missing(contact_id)  # everyone is listed: it does not exist (any more)
            return False
        self.search.clear()
        self.show_filter(ContactFilter())
        self.controller.when_listed(lambda: self._choose_or_missing(contact_id))
        return True

    def _choose_or_missing(self, contact_id: int) -> None:
        if not self.contacts_page.select_contact(contact_id):
            self.contacts_page.pane.show_missing(contact_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # ---- reactions ---------------------------------------------------------------------------------------

    def _on_sidebar_entry(self, entry: SidebarEntry) -> None:
        if entry.page is not None:
            page = entry.page
            self.guard.after_leaving(lambda: self.show_page(page), lambda: self.mark_page(self.current_page()))
        elif entry.filter is not None:
            self._choose_filter(entry.filter)

    def _choose_filter(self, contact_filter: ContactFilter) -> None:
        """Another list, chosen by the user: the contact being edited is left first (see EditingGuard)."""
        if contact_filter == self.controller.filter and self.current_page() == "contacts":
            return
        self.guard.after_leaving(lambda: self.show_filter(contact_filter), lambda: self.mark_page(self.current_page()))

    def _on_search_text(self, text: str) -> None:
        if text.strip() and self.current_page() != "contacts":
            self.show_page("contacts")
        self.controller.set_search_text(text)

    def _search_entered(self) -> None:
        """Enter in the search box: search now (no waiting for the pause), then go to the first match."""
        self.controller.refresh()
        self.controller.when_listed(self._go_to_first_match)

    def _go_to_first_match(self) -> None:
        page = self.contacts_page
        first = self.model.id_at(0)
        if first is not None:
            if page.current_id() is None:
                page.select_contact(first)
            page.focus_list()

    def contacts_changed(self, contact_id: int | None, *, rebuild: bool = True) -> None:
        """See WindowRefresh.contacts_changed: recount and requery, then show `contact_id`."""
        self.refresh.contacts_changed(contact_id, rebuild=rebuild)

    def _listed_contact(self) -> int | None:
        """The contact the contact commands act on: the one chosen in the list, on the contacts page only (the
        Delete key elsewhere, e.g. during a review, must not delete whoever was chosen before)."""
        if self.current_page() != "contacts" or self.contacts_page.pane.is_editing():
            return None
        return self.contacts_page.current_id()

    def _set_wall(self, on: bool) -> None:
        """The card wall (View > Card wall, or the page's switch) or the list. The wall hides the pane: the contact
        being edited is left first, and stays edited in the list if it cannot be."""
        if on and not self.editing.leave():
            self.commands.card_wall.setChecked(False)  # which puts the page's switch back on List
            self.contacts_page.set_wall(False)
            self.contacts_page.show_list_button.setChecked(True)
            return
        if on:
            self.show_page("contacts")
        self.contacts_page.set_wall(on)

    def _new_contact(self) -> None:
        if not self.show_page("contacts") or not self.editing.leave():
            return
        self.contacts_page.set_library_empty(False)
        self.editing.new()
        self.contacts_page.table.selectionModel().clear()  # the new contact is in no list yet

    # ---- drag and drop -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.imports.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.imports.drop(event)  # which leaves the contact being edited first
