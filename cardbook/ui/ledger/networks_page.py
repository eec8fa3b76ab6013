"""The Networks page: the clubs, chambers and associations the user belongs to, created, edited and archived here.

Networks are archived rather than deleted (storage/ledger/networks.py says why): only one that holds no event
(created by mistake) can be deleted, after a confirmation; deleting, archiving and editing are undoable.
Their figures come from the network report over the period chosen (the last 12 months, what a yearly cost is
compared with, or all time), which takes ~0.3 s on a big library: the page reads them on a worker thread
(page_loader.PageLoader) and says "Loading…" meanwhile. Under the table, the chosen network's figures one by one
(network_figures_view). The page leads to the Prescribers and to the introductions one could make.

A change made here is announced through the window's one change notice as the Networks page's; the page rereads
itself when it hears one. Edits start from the network as listed (the write reads what is stored for its undo).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from cardbook.domain.network import Network
from cardbook.domain.reports import Period
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import networks
from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.page_loader import LoadingLine, PageLoader
from cardbook.ui.common.style import HALF
from cardbook.ui.common.undo import RECOVERABLE, push_done
from cardbook.ui.ledger.deletion import Confirm, Deletion, ask_deletion
from cardbook.ui.ledger.ledger_page import LedgerPage
from cardbook.ui.ledger.network_dialog import NetworkDialog
from cardbook.ui.ledger.network_figures_view import NetworkFiguresView
from cardbook.ui.ledger.networks_model import NetworksList, NetworksModel, read_networks
from cardbook.ui.ledger.widgets import list_table, make_action, page_column, row_menu, tool_button

WINDOW = Qt.ShortcutContext.WindowShortcut


class NetworksPage(LedgerPage, QWidget):
    PAGE = "networks"  # its name in the change notices (LibraryChange.page)
    networkActivated = Signal(int, str)  # id, name: show the people met through it
    statusMessage = Signal(str)
    dataShown = Signal()  # the networks read in the background are shown

    def build(self) -> None:
        self.found = NetworksList([], any_network=False)
        self.model = NetworksModel(self)
        self.dialog: NetworkDialog | None = None
        self.confirm: Confirm = ask_deletion  # asks before deleting; tests answer it themselves
        self._select_after_load: int | None = None  # a network just created or edited: chosen once it is read
        self._build()
        self.loader = PageLoader(
            self, self.loading_line, self.tr("Loading the networks…"), self.tr("Could not read the networks: %1")
        )
        self.loader.shown.connect(self.dataShown)

    # ---- layout ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_action = make_action(
            self, self.tr("&New network…"), shortcut="Ctrl+Shift+N", symbol=Icon.NETWORKS, context=WINDOW,
            tip=self.tr("Add a club, chamber or association you belong to"), slot=self.new_network,
        )  # fmt: skip
        self.edit_action = make_action(
            self, self.tr("&Edit network…"), shortcut="Ctrl+E", context=WINDOW, slot=self.edit_network
        )
        self.archive_action = make_action(
            self, self.tr("&Archive"), shortcut="Ctrl+Shift+A", context=WINDOW, slot=self.toggle_archived
        )
        self.open_action = make_action(self, self.tr("Show the &people met through it"), slot=self.open_current)
        self.table = QTableView(self)
        # The Delete key works while the list has focus (its button and context menu, everywhere on the page).
        self.delete_action = make_action(
            self.table, self.tr("&Delete network…"), shortcut=QKeySequence.StandardKey.Delete, symbol=Icon.DELETE,
            tip=self.tr("Delete a network created by mistake"), slot=self.delete_network,
        )  # fmt: skip
        self._delete_tips = (self.delete_action.toolTip(), self.delete_action.statusTip())

        column, bar, buttons = page_column(
            self,
            self.tr("Networks"),
            self.tr(
                "The clubs, chambers and associations you belong to, and what each one brings you. "
                "Double-click one to see the people met through it."
            ),
            [self.new_action, self.edit_action, self.archive_action, self.delete_action],
        )
        self.new_button, self.edit_button, self.archive_button, self.delete_button = buttons
        self.show_archived = QCheckBox(self.tr("Show a&rchived networks"), self)
        self.show_archived.setChecked(True)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        bar.addWidget(self.show_archived)
        column.addLayout(bar)
        # A second row: the period, and where the network's people lead (the bar above is full at 1280 px).
        second = QHBoxLayout()
        second.setSpacing(HALF)
        self.period_choice = QComboBox(self)
        self.period_choice.addItem(self.tr("Last 12 months"))
        self.period_choice.addItem(self.tr("All time"))
        self.period_choice.setAccessibleName(self.tr("Period"))
        self.period_choice.currentIndexChanged.connect(lambda _i: self.reload())
        period_label = QLabel(self.tr("P&eriod:"), self)
        period_label.setBuddy(self.period_choice)
        second.addWidget(period_label)
        second.addWidget(self.period_choice)
        second.addStretch(1)
        self.prescribers_action = make_action(
            self, self.tr("Re&ferrers"), symbol=Icon.REPORTS, slot=lambda: self.services.show_page("prescribers"),
            tip=self.tr("The people who send you business, and those you send business to"),
        )  # fmt: skip
        self.introductions_action = make_action(
            self, self.tr("&Introductions I could make"), symbol=Icon.NEW_CONTACT,
            slot=lambda: self.services.show_page("introductions"),
            tip=self.tr("People who need what another contact offers: introduce them"),
        )  # fmt: skip
        self.prescribers_button = tool_button(self.prescribers_action, self)
        self.introductions_button = tool_button(self.introductions_action, self)
        second.addWidget(self.prescribers_button)
        second.addWidget(self.introductions_button)
        column.addLayout(second)
        self.loading_line = LoadingLine(self)
        column.addWidget(self.loading_line)

        list_table(
            self.table, self.model, self.tr("Networks"), self._context_menu, self.open_current, self._current_changed
        )
        self.empty = EmptyState("", symbol=Icon.NETWORKS, actions=[self.new_action], parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.figures = NetworkFiguresView(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.figures)
        self.splitter.setStretchFactor(0, 1)
        column.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.show_archived)
        QWidget.setTabOrder(self.show_archived, self.period_choice)
        QWidget.setTabOrder(self.period_choice, self.prescribers_button)
        QWidget.setTabOrder(self.prescribers_button, self.introductions_button)
        QWidget.setTabOrder(self.introductions_button, self.table)

    def _context_menu(self, pos: QPoint) -> None:
        row_actions = [self.open_action, self.edit_action, self.archive_action]
        row_menu(self, self.table, pos, row_actions, self.delete_action, self.new_action)

    # ---- data --------------------------------------------------------------------------------------------

    def period(self) -> Period:
        return Period() if self.period_choice.currentIndex() == 1 else Period.year_until(self.today())

    def reload(self) -> None:
        """Read the networks again in the background; the current one stays selected when they arrive."""
        library, include_archived, period = self.library, self.show_archived.isChecked(), self.period()
        self.loader.fetch(
            lambda: read_networks(library, include_archived=include_archived, period=period), self._show_networks
        )

    def _show_networks(self, found: NetworksList) -> None:
        current = self.current_network()
        wanted = self._select_after_load or (current.id if current is not None else None)
        self._select_after_load = None
        self.found = found
        self.model.currency = found.currency
        self.model.set_rows(found.rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NetworksModel.NAME, header.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        if wanted is not None:
            self.select_network(wanted)
        elif (first := self.model.network_at(0)) is not None and first.id is not None:
            self.select_network(first.id)  # a network chosen: its figures show under the list
        self._update_empty(found.any_network)
        self._current_changed()

    def _current_changed(self) -> None:
        self._update_actions()
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        period = self.period_choice.currentText().lower()
        self.figures.show_figures(row, self.found.currency, period)

    def _update_empty(self, any_network: bool) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)
        if has_rows:
            return
        if not self.show_archived.isChecked() and any_network:
            self.empty.set_text(
                self.tr("Every network is archived"), self.tr("Tick “Show archived networks” to see them again.")
            )
        else:
            self.empty.set_text(
                self.tr("No networks yet"),
                self.tr(
                    "Add the clubs, chambers and associations you belong to (Ctrl+Shift+N), then link your events "
                    "to them to see what each one brings you against its yearly cost."
                ),
            )

    def _update_actions(self) -> None:
        network = self.current_network()
        self.edit_action.setEnabled(network is not None)
        self.open_action.setEnabled(network is not None)
        self.archive_action.setEnabled(network is not None)
        archived = network is not None and network.archived
        self.archive_action.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.archive_action.text().replace("&", ""))
        self._update_delete_action(network)

    def _update_delete_action(self, network: Network | None) -> None:
        """Deleting is for a network without events; one with events says why it cannot be deleted (disabled
        actions still show their tooltip)."""
        index = self.table.currentIndex()
        has_events = network is not None and index.isValid() and self.model.events_at(index.row()) > 0
        self.delete_action.setEnabled(network is not None and not has_events)
        tip, status = self._delete_tips
        if has_events:
            tip = status = self.tr("This network has events: archive it instead")
        self.delete_action.setToolTip(tip)
        self.delete_action.setStatusTip(status)

    def current_network(self) -> Network | None:
        index = self.table.currentIndex()
        return self.model.network_at(index.row()) if index.isValid() else None

    def select_network(self, network_id: int) -> bool:
        row = self.model.row_of(network_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        return True

    # ---- commands ----------------------------------------------------------------------------------------

    def _names_except(self, network: Network | None) -> list[str]:
        """Every network's name as last read (archived ones too), but this one's."""
        return [name for name in self.found.names if network is None or name != network.name]

    def new_network(self) -> NetworkDialog:
        return self._open_dialog(None)

    def edit_network(self) -> NetworkDialog | None:
        network = self._stored_current()
        return self._open_dialog(network) if network is not None else None

    def _stored_current(self) -> Network | None:
        """The chosen network as listed; while a reread is on its way (after a change) nothing is chosen, so an
        edit or an archiving never starts from a row about to change."""
        network = self.current_network()
        if network is None or network.id is None or self.loading:
            return None
        return network

    def _open_dialog(self, network: Network | None) -> NetworkDialog:
        names = self._names_except(network)
        dialog = NetworkDialog(network, self._save, names, self, currency=self.found.currency)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, network: Network) -> Network:
        before = networks.get_network(self.library, network.id) if network.id is not None else None
        saved = networks.save_network(self.library, network)
        self._select_after_load = saved.id  # a new network is in the list once it is read again
        if before is not None:
            text = self.tr("Edit network “%1”").replace("%1", saved.name)
            push_done(
                self.undo_stack, text, saved,
                lambda _s: networks.save_network(self.library, before),
                lambda _b: networks.save_network(self.library, saved),
                owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
            )  # fmt: skip
        if before is None:  # else the command's first `after` rereads the page and announces the change
            self._changed()
        if saved.id is not None:
            self.select_network(saved.id)
        return saved

    def toggle_archived(self) -> None:
        network = self._stored_current()
        if network is None or network.id is None:
            return
        network_id, archive = network.id, not network.archived
        saved = networks.set_network_archived(self.library, network_id, archive)
        text = (self.tr("Archive “%1”") if archive else self.tr("Unarchive “%1”")).replace("%1", saved.name)
        push_done(
            self.undo_stack, text, saved,
            lambda _s: networks.set_network_archived(self.library, network_id, not archive),
            lambda _s: networks.set_network_archived(self.library, network_id, archive),
            owner=self, after=lambda _v: self._changed(), report=self.statusMessage.emit,
        )  # fmt: skip
        if archive and not self.show_archived.isChecked():
            message = self.tr("“%1” is archived and hidden. Ctrl+Z brings it back.")
        elif archive:
            message = self.tr("“%1” is archived: it leaves the event form but keeps its history.")
        else:
            message = self.tr("“%1” is back among your networks.")
        self.statusMessage.emit(message.replace("%1", saved.name))

    def delete_network(self) -> bool:
        """Delete the chosen network, when it holds no event, once the user said yes; undoable. False when nothing
        was deleted (a network with events says to archive it instead)."""
        network = self._stored_current()
        if network is None or network.id is None:
            return False
        network_id = network.id
        if not self.delete_action.isEnabled():
            self.statusMessage.emit(self.tr("This network has events: archive it instead"))
            return False
        question = Deletion(
            self.tr("Delete network"),
            self.tr("Delete “%1”?").replace("%1", network.name),
            self.tr("It holds no event: no contact or meeting changes.")
            + "\n\n"
            + self.tr("You can undo this with Ctrl+Z."),
            self.tr("Delete network"),
        )
        if not self.confirm(self, question):
            return False
        neighbour = self._neighbour_of(network_id)
        try:
            deleted = networks.delete_network(self.library, network_id)
        except RECOVERABLE as exc:  # an event was added to it meanwhile: the message says to archive it
            self.statusMessage.emit(str(exc))
            self._changed()
            return False
        self._select_after_load = neighbour
        push_done(  # whose first `after` rereads the page and announces the change
            self.undo_stack, self.tr("Delete network “%1”").replace("%1", deleted.name), deleted,
            lambda gone: networks.restore_network(self.library, gone),
            lambda _back: networks.delete_network(self.library, network_id),
            owner=self, after=lambda _v: self._after_replay(network_id), report=self.statusMessage.emit,
        )  # fmt: skip
        self.statusMessage.emit(self.tr("“%1” deleted. Ctrl+Z brings it back.").replace("%1", deleted.name))
        return True

    def _neighbour_of(self, network_id: int) -> int | None:
        """The network after this one in the list (else the one before): chosen once this one is gone."""
        row = self.model.row_of(network_id)
        if row < 0:
            return None
        for other in (row + 1, row - 1):
            network = self.model.network_at(other)
            if network is not None and network.id is not None:
                return network.id
        return None

    def _after_replay(self, network_id: int) -> None:
        """After an undo (the network is back: chosen again) or a redo of a deletion."""
        try:
            networks.get_network(self.library, network_id)
        except NotFoundError:
            pass
        else:
            self._select_after_load = network_id
        self._changed()

    def open_current(self) -> None:
        network = self.current_network()
        if network is not None and network.id is not None:
            self.networkActivated.emit(network.id, network.name)

    def _changed(self) -> None:
        self.announce()  # the page rereads itself on it (ledger_page.LedgerPage)
