"""The main window: sidebar | contact list | contact pane, with the events, networks, import and reports pages.

It assembles the features and hands each the services object (common.services.AppServices), never itself: the
features do not import this module. Every write ends in one notice, `services.notices.libraryChanged`, which the
window alone turns into refreshes (window.refresh.WindowRefresh). Lists, counts and the ledger pages are read
through the runner (common.runner; the contact list has a thread of its own); the storage services open and close
their own sessions, so no session crosses threads.

What the window does once assembled is in its parts, one responsibility each (window_parts.py): going from page
to page (navigation.py), the actions connected (wiring.py), the window on its library from the first read to
the close (lifecycle.py), and the status bar (status_bar.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.name_choices import NameChoices
from cardbook.ui.common.runner import shared_runner
from cardbook.ui.common.services import AppServices, ChangeNotices
from cardbook.ui.common.style import SPACING
from cardbook.ui.contacts.contacts_controller import ContactActions, ContactsController
from cardbook.ui.contacts.contacts_view import ContactsPage
from cardbook.ui.contacts.edit_controller import ContactEditController
from cardbook.ui.contacts.list_controller import ContactListController
from cardbook.ui.contacts.table_model import ContactTableModel
from cardbook.ui.importing.feature import ImportFeature
from cardbook.ui.importing.folder_watch import WindowFolderWatch
from cardbook.ui.interchange.feature import InterchangeActions, WindowInterchange
from cardbook.ui.ledger.feature import WindowLedger
from cardbook.ui.members.feature import WindowMembers, members_action
from cardbook.ui.window.actions import build_actions, build_menus, build_toolbar
from cardbook.ui.window.editing_guard import EditingGuard
from cardbook.ui.window.lifecycle import WindowLifecycle
from cardbook.ui.window.navigation import WindowNavigation
from cardbook.ui.window.open_library import LibraryOpener
from cardbook.ui.window.refresh import WindowRefresh
from cardbook.ui.window.sample_window import SampleData
from cardbook.ui.window.search_field import SearchField
from cardbook.ui.window.server_changes import ServerChanges
from cardbook.ui.window.sidebar import Sidebar
from cardbook.ui.window.status_bar import WindowStatusBar
from cardbook.ui.window.welcome_choices import welcome_choices
from cardbook.ui.window.wiring import WindowWiring


class MainWindow(WindowNavigation, WindowWiring, WindowLifecycle, WindowStatusBar):
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
        self._build_status_bar()
        self.members = WindowMembers(self.services, self, a.members or members_action(self), self.statusBar())
        self.refresh = WindowRefresh(self)
        self.server_changes = ServerChanges(self.services, self)  # other members' changes, on a team library
        self._connect()
        self._set_tab_order()
        self._restore()

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

    def contacts_changed(self, contact_id: int | None, *, rebuild: bool = True) -> None:
        """See WindowRefresh.contacts_changed: recount and requery, then show `contact_id`."""
        self.refresh.contacts_changed(contact_id, rebuild=rebuild)

    # ---- drag and drop -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.imports.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.imports.drop(event)  # which leaves the contact being edited first
