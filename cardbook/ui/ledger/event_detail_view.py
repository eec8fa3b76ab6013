"""The event page's layout: heading, figures, the cards collected (tags editable), and three short lists.

Behaviour lives in event_detail.EventDetail; this class only builds and names the widgets.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.enums import ExchangeOutcome
from cardbook.ui.common.flow_layout import FlowLayout
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.page_loader import LoadingLine
from cardbook.ui.common.style import HALF, SPACING, caption_label, heading_label, make_muted, scaled_font
from cardbook.ui.common.table_page import configure_table
from cardbook.ui.ledger.event_cards_model import EventCardsModel, TagDelegate
from cardbook.ui.ledger.people_list import PeopleList
from cardbook.ui.ledger.widgets import make_action
from cardbook.ui.ledger.words import outcome_key, outcome_sentence, outcome_word

# The outcomes the event table offers, in the order of its menu and of the keys' legend.
OUTCOMES = (
    ExchangeOutcome.MUTUAL,
    ExchangeOutcome.THEY_DID_NOT_ASK,
    ExchangeOutcome.I_HAD_NONE,
    ExchangeOutcome.THEY_GAVE,
    ExchangeOutcome.I_GAVE,
    ExchangeOutcome.THEY_OFFERED_FIRST,
    ExchangeOutcome.I_OFFERED_FIRST,
    ExchangeOutcome.UNKNOWN,
    ExchangeOutcome.NO_CARDS,  # met again, no cards changed hands (docs/MEETINGS.md)
)


def keys_legend(lead: str) -> str:
    """ "One key per card…: M mutual · A did not ask for mine · … — Ctrl+Z undoes", the keys in bold."""
    keys = " · ".join(f"<b>{escape(outcome_key(o))}</b> {escape(outcome_word(o))}" for o in OUTCOMES)
    undo = QCoreApplication.translate("EventDetailView", "Ctrl+Z undoes")
    return f"{escape(lead)} {keys} — {escape(undo)}"


class Figure(QFrame):
    """A number and what it counts: "5 / cards collected"."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACING + HALF, HALF, SPACING + HALF, HALF)
        column.setSpacing(0)
        self.number = QLabel("—", self)
        self.number.setFont(scaled_font(self, 1.5, bold=True))
        self.caption = make_muted(QLabel(caption, self))
        self.caption.setWordWrap(True)  # a long caption ("mutual 20 of 30 recorded, 6 not…") must not widen the page
        column.addWidget(self.number)
        column.addWidget(self.caption)
        self._caption = caption

    def set_value(self, text: str, caption: str | None = None) -> None:
        if caption is not None:
            self._caption = caption
            self.caption.setText(caption)
        self.number.setText(text)
        self.setAccessibleName(f"{self._caption}: {text}")


class EventDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventCardsModel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, SPACING)
        column.setSpacing(SPACING)

        top = QHBoxLayout()
        self.back_button = QPushButton(icon(Icon.EVENTS), self.tr("All events"), self)
        self.back_button.setToolTip(self.tr("Back to the list of events (Alt+Left)"))
        self.edit_button = QPushButton(self.tr("Edit event…"), self)
        self.edit_button.setToolTip(self.tr("Change the name, date, place or network (Ctrl+E)"))
        self.report_button = QPushButton(icon(Icon.REPORTS), self.tr("After-event report"), self)
        self.delete_button = QPushButton(icon(Icon.DELETE), self.tr("Delete event…"), self)
        self.delete_button.setToolTip(self.tr("Delete this event; the people met there stay in your contacts"))
        self.add_people_button = QPushButton(self.tr("Add people I met here…"), self)
        self.add_people_button.setToolTip(
            self.tr("Record a meeting here with people already in your contacts, several at once (Ctrl+M)")
        )
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        # The event's own actions wrap at the right rather than widen the page (and the window) in a long language.
        actions = FlowLayout(spacing=HALF, right=True)
        for button in (self.add_people_button, self.report_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        top.addLayout(actions, 1)
        column.addLayout(top)

        self.title = heading_label("", self, factor=1.5)
        self.title.setWordWrap(True)
        self.meta = caption_label("", self)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        self.loading_line = LoadingLine(self)
        column.addWidget(self.loading_line)

        figures = QHBoxLayout()
        figures.setSpacing(SPACING)
        self.cards_figure = Figure(self.tr("cards collected"), self)
        self.new_figure = Figure(self.tr("new contacts"), self)
        self.again_figure = Figure(self.tr("met again"), self)
        self.rate_figure = Figure(self.tr("mutual exchanges"), self)
        for figure in (self.cards_figure, self.new_figure, self.again_figure, self.rate_figure):
            figures.addWidget(figure)
        figures.addStretch(1)
        column.addLayout(figures)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cards collected at this event"))
        configure_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(EventCardsModel.OFFERED, TagDelegate(self.table))
        self.table.setItemDelegateForColumn(EventCardsModel.RECIPROCATED, TagDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EventCardsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)  # columns fit the first rows and those shown: a big event has 9,000

        # One key per outcome, in the interface's language (the table has focus: a letter typed there records).
        self.outcome_actions = {
            value: make_action(self.table, outcome_sentence(value), shortcut=outcome_key(value)) for value in OUTCOMES
        }
        self.open_action = make_action(self.table, self.tr("Open contact"), shortcut="Ctrl+O")

        tagging = QHBoxLayout()
        tagging.setSpacing(SPACING)
        self.tag_hint = make_muted(QLabel(self.tr("Record the exchange of the selected cards:"), self))
        self.outcome_button = self._menu_button(self.tr("Exchange"), list(self.outcome_actions.values()))
        tagging.addWidget(self.tag_hint)
        tagging.addWidget(self.outcome_button)
        tagging.addStretch(1)
        column.addLayout(tagging)
        self.keys_hint = make_muted(QLabel(keys_legend(self.tr("One key per card, then on to the next:")), self))
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.keys_hint)

        self.again_list = PeopleList(self.tr("Nobody here had been met before: every card is a new contact."), self)
        self.one_way_list = PeopleList(
            self.tr("Nobody handed out a card without taking yours. Cards went both ways, or were not noted."), self
        )
        self.owe_list = PeopleList(self.tr("You owe nobody a card from this event."), self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.again_list, "")
        self.tabs.addTab(self.one_way_list, "")
        self.tabs.addTab(self.owe_list, "")
        self.set_tab_counts(None, None, None)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        column.addWidget(self.splitter, 1)

        for first, second in (
            (self.back_button, self.add_people_button),
            (self.add_people_button, self.report_button),
            (self.report_button, self.edit_button),
            (self.edit_button, self.delete_button),
            (self.delete_button, self.outcome_button),
            (self.outcome_button, self.table),
            (self.table, self.tabs),
        ):
            QWidget.setTabOrder(first, second)

    def _menu_button(self, text: str, actions: list[QAction]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        menu = QMenu(button)
        menu.addActions(actions)
        button.setMenu(menu)
        return button

    def set_tab_counts(self, again: int | None, one_way: int | None, owe: int | None) -> None:
        """The tabs' names with how many each lists (None: not read yet, no number)."""
        titles = (
            (self.tr("Met again"), self.tr("Met again (%1)"), again),
            (self.tr("One-way givers"), self.tr("One-way givers (%1)"), one_way),
            (self.tr("Cards I owe"), self.tr("Cards I owe (%1)"), owe),
        )
        for tab, (bare, counted, count) in enumerate(titles):
            self.tabs.setTabText(tab, bare if count is None else counted.replace("%1", str(count)))
