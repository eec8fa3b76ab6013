"""The contacts page: the list (with its heading) beside the contact pane, in a splitter — or the card wall
(card_wall.py) across the page, the same list shown as the cards' pictures; a double click or Enter on a card
opens its contact in the list beside the pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.enums import Reciprocity
from cardbook.ui.common import labels
from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.name_choices import NameSort
from cardbook.ui.common.style import SPACING, caption_label, heading_label, make_muted
from cardbook.ui.common.table_page import configure_table
from cardbook.ui.contacts.card_wall import CardWall
from cardbook.ui.contacts.draft_banner import DraftBanner
from cardbook.ui.contacts.name_menu import NameMenu
from cardbook.ui.contacts.pane import ContactPane
from cardbook.ui.contacts.table_model import Column, ContactTableModel
from cardbook.ui.contacts.welcome import Welcome, WelcomeChoice

CELL_PADDING = 3 * SPACING  # room for the margins and the sort arrow of a header section


class ContactsPage(QWidget):
    currentContactChanged = Signal(object)  # int | None
    wallRequested = Signal(bool)  # the List / Wall switch was clicked (the window leaves the editor first)
    wallChanged = Signal(bool)  # the page now shows the wall (True) or the list

    def __init__(
        self,
        model: ContactTableModel,
        import_action: QAction | None = None,
        parent: QWidget | None = None,
        contact_actions: list[QAction] | None = None,
        welcome_choices: list[WelcomeChoice] | None = None,
    ) -> None:
        """`welcome_choices`: what the first run's welcome offers (ui/contacts/welcome.py)."""
        super().__init__(parent)
        self.model = model
        self._kept_id: int | None = None

        self.heading = heading_label("", self)
        self.heading.setWordWrap(True)  # "Met at « a long event name »" wraps rather than widen the list or be cut
        self.count = make_muted(heading_label("", self, factor=1.0))
        self.count.setFont(self.font())
        self.caption = caption_label("", self)
        self.table = QTableView(self)
        self.table.setObjectName("contactList")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(model)
        configure_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.no_results = EmptyState(self.tr("No contact here"), symbol=Icon.SEARCH, parent=self)
        self.wall = CardWall(model, self)
        self.wall.setSelectionModel(self.table.selectionModel())  # one chosen contact, whichever view shows it
        self.wall.opened.connect(self.open_from_wall)
        self.wall_shown = False
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.wall)
        self.list_stack.addWidget(self.no_results)

        list_panel = QWidget(self)
        column = QVBoxLayout(list_panel)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, SPACING, SPACING)
        column.setSpacing(SPACING)
        title_row = QHBoxLayout()
        title_row.setSpacing(SPACING)
        title_row.addWidget(self.heading, 1)
        title_row.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        title_row.addSpacing(SPACING)
        self.show_list_button = self._switch_button(self.tr("List"), self.tr("The contacts as a list, beside the pane"))
        self.show_wall_button = self._switch_button(self.tr("Wall"), self.tr("The contacts as a wall of their cards"))
        self.show_list_button.setChecked(True)
        switch = QButtonGroup(self)
        switch.setExclusive(True)
        switch.addButton(self.show_list_button)
        switch.addButton(self.show_wall_button)
        self.show_list_button.clicked.connect(lambda: self.wallRequested.emit(False))
        self.show_wall_button.clicked.connect(lambda: self.wallRequested.emit(True))
        # how names are sorted and shown, for the list and the wall alike (also a right click on the header)
        self.name_menu = NameMenu(model.names, self)
        self.names_button = QToolButton(self)
        self.names_button.setObjectName("namesButton")
        self.names_button.setMenu(self.name_menu)
        self.names_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.names_button.setAutoRaise(True)
        self.names_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names_button.setToolTip(self.tr("Sort by first or family name, and how names are shown"))
        self.names_button.setAccessibleName(self.names_button.toolTip())
        model.names.changed.connect(self._name_sort_text)
        self._name_sort_text()
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda at: self.name_menu.popup(header.mapToGlobal(at)))
        title_row.addWidget(self.names_button, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.show_list_button, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.show_wall_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(title_row)
        column.addWidget(self.caption)
        column.addWidget(self.list_stack, 1)

        pane_panel = QWidget(self)  # unsaved changes of the last session (usually hidden) above the pane
        self.pane = ContactPane(import_action, pane_panel, contact_actions)
        self.draft_banner = DraftBanner(pane_panel)
        banner_row = QVBoxLayout()
        banner_row.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 0)
        banner_row.addWidget(self.draft_banner)
        pane_column = QVBoxLayout(pane_panel)
        pane_column.setContentsMargins(0, 0, 0, 0)
        pane_column.setSpacing(0)
        pane_column.addLayout(banner_row)
        pane_column.addWidget(self.pane, 1)
        self.pane_panel = pane_panel
        self.pane.shown.connect(self._pane_shown)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(pane_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        list_panel.setMinimumWidth(40 * SPACING)
        self.pane.setMinimumWidth(40 * SPACING)
        self.welcome = Welcome(welcome_choices or [], self)
        self.page_stack = QStackedWidget(self)
        self.page_stack.addWidget(self.splitter)
        self.page_stack.addWidget(self.welcome)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_stack)

        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def _name_sort_text(self) -> None:
        family = self.model.names.sort is NameSort.FAMILY
        self.names_button.setText(self.tr("By family name") if family else self.tr("By first name"))

    def _switch_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the search box to the list
        return button

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()

        def fit(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + CELL_PADDING

        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.COMPANY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.NAME, 23 * SPACING)
        header.resizeSection(Column.MET, fit(self.model.headerData(Column.MET, Qt.Orientation.Horizontal), "999"))
        header.resizeSection(
            Column.LAST_MET, fit(self.model.headerData(Column.LAST_MET, Qt.Orientation.Horizontal), "28/12/2024")
        )
        # A contact's exchange: "no cards this time" is an encounter's only (docs/MEETINGS.md).
        exchange_texts = [labels.reciprocity_text(r) for r in Reciprocity if r is not Reciprocity.NO_CARDS]
        header.resizeSection(
            Column.EXCHANGE, fit(self.model.headerData(Column.EXCHANGE, Qt.Orientation.Horizontal), *exchange_texts)
        )

    # ---- heading and empty results --------------------------------------------------------------------

    def set_heading(self, title: str, count: str, caption: str) -> None:
        self.heading.setText(title)
        self.count.setText(count)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    def set_library_empty(self, empty: bool) -> None:
        """A library that never had a contact gets one welcome across the page instead of an empty list beside
        an empty pane (the caller decides: see ContactsController.show_results)."""
        self.page_stack.setCurrentWidget(self.welcome if empty else self.splitter)

    def set_no_results(self, title: str, body: str) -> None:
        """What the list area says when the query keeps nobody (shown only then)."""
        self.no_results.set_text(title, body)
        self._show_stack()

    def _show_stack(self) -> None:
        shown = self.wall if self.wall_shown else self.table
        self.list_stack.setCurrentWidget(shown if self.model.rowCount() else self.no_results)

    # ---- list or wall -----------------------------------------------------------------------------------------

    def set_wall(self, on: bool) -> None:
        """Show the card wall across the page (the pane hidden), or the list beside the pane. The chosen contact
        stays chosen and in view."""
        if on == self.wall_shown:
            return
        shown = self.list_stack.currentWidget()
        had_focus = shown is not None and shown.hasFocus()
        self.wall_shown = on
        self.show_wall_button.setChecked(on)
        self.show_list_button.setChecked(not on)
        self.pane_panel.setVisible(not on)
        self._show_stack()
        view = self.wall if on else self.table
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            view.scrollTo(current, QTableView.ScrollHint.PositionAtCenter)
        if had_focus or on:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.wallChanged.emit(on)

    def open_from_wall(self, contact_id: int) -> None:
        """A card of the wall opened: the list beside the pane, on that contact."""
        self.set_wall(False)
        self.select_contact(contact_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_list(self) -> None:
        """The keyboard in the list, or in the wall when it is shown."""
        (self.wall if self.wall_shown else self.table).setFocus(Qt.FocusReason.OtherFocusReason)

    def _pane_shown(self) -> None:
        """The editor needs the pane (a new contact, Ctrl+E): the wall gives way to the list."""
        if self.wall_shown and self.pane.is_editing():
            self.set_wall(False)

    # ---- the current contact ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.table.setCurrentIndex(index)
        view = self.wall if self.wall_shown else self.table
        view.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)
        return True

    def _remember_current(self) -> None:
        self._kept_id = self.current_id()

    def _restore_current(self) -> None:
        kept, self._kept_id = self._kept_id, None
        if kept is not None and self.select_contact(kept):
            return
        if kept is not None:
            self.currentContactChanged.emit(None)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.currentContactChanged.emit(self.current_id())
