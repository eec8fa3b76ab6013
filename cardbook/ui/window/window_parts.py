"""What the window's parts (navigation.py, wiring.py, lifecycle.py, status_bar.py) may count on finding on it.

MainWindow (main_window.py) assembles the features in its constructor; each part is a mixin holding one
responsibility of the window — going from page to page, connecting the menus' actions, opening and closing
on a library, the status bar — so that no module has to hold them all (docs/ARCHITECTURE.md, "Typed and
small"). The attributes below are declared for the type checker only: main_window.py sets them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QToolBar, QWidget

if TYPE_CHECKING:
    from cardbook.storage.library import Library
    from cardbook.ui.common.services import AppServices
    from cardbook.ui.contacts.contacts_controller import ContactsController
    from cardbook.ui.contacts.contacts_view import ContactsPage
    from cardbook.ui.contacts.edit_controller import ContactEditController
    from cardbook.ui.contacts.filters import ContactFilter
    from cardbook.ui.contacts.list_controller import ContactListController
    from cardbook.ui.contacts.table_model import ContactTableModel
    from cardbook.ui.importing.feature import ImportFeature
    from cardbook.ui.importing.folder_watch import WindowFolderWatch
    from cardbook.ui.interchange.feature import WindowInterchange
    from cardbook.ui.ledger.feature import WindowLedger
    from cardbook.ui.members.feature import WindowMembers
    from cardbook.ui.window.actions import WindowActions
    from cardbook.ui.window.editing_guard import EditingGuard
    from cardbook.ui.window.refresh import WindowRefresh
    from cardbook.ui.window.sample_window import SampleData
    from cardbook.ui.window.search_field import SearchField
    from cardbook.ui.window.server_changes import ServerChanges
    from cardbook.ui.window.sidebar import Sidebar
    from cardbook.ui.window.sidebar_model import SidebarEntry


class WindowParts(QMainWindow):
    library: Library
    settings: QSettings | None
    services: AppServices
    commands: WindowActions
    toolbar: QToolBar
    search: SearchField
    model: ContactTableModel
    controller: ContactListController
    sidebar: Sidebar
    sidebar_panel: QWidget
    sample: SampleData
    contacts_page: ContactsPage
    editing: ContactEditController
    presenter: ContactsController
    guard: EditingGuard
    ledger: WindowLedger
    pages: dict[str, QWidget]
    imports: ImportFeature
    interchange: WindowInterchange
    stack: QStackedWidget
    splitter: QSplitter
    watch: WindowFolderWatch
    count_label: QLabel
    members: WindowMembers
    refresh: WindowRefresh
    server_changes: ServerChanges
    _pending_view: str | None
    _loaded_once: bool
    _data_ready: bool
    _drafts_offered: bool

    if TYPE_CHECKING:  # what one part calls of another (navigation.py, status_bar.py)

        def current_page(self) -> str: ...
        def show_page(self, page: str) -> bool: ...
        def show_view(self, view: str) -> bool: ...
        def show_filter(self, contact_filter: ContactFilter) -> None: ...
        def focus_search(self) -> None: ...
        def status(self, message: str) -> None: ...
        def _choose_filter(self, contact_filter: ContactFilter) -> None: ...
        def _on_sidebar_entry(self, entry: SidebarEntry) -> None: ...
        def _on_search_text(self, text: str) -> None: ...
        def _search_entered(self) -> None: ...
