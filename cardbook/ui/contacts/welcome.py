"""The first run's welcome: what an empty library shows across the contacts page — the four ways to begin
(import cards, receive from a phone, fill in my card, look around the sample data), one click each.

It lives in the page, not in a wizard: nothing to get through before the window is usable, and the menus and
the toolbar stay where they will always be. Each choice is a command link (a title and one line saying what
it does), reachable with Tab and with its Alt+letter, and triggers the window's own action — the same as the
menu's, so the welcome can never drift from what the menus do.

Once the library has had a contact, the welcome does not come back (an emptied library shows the empty list
and the pane's own message): it is a first-run page, not a mood. Whether it was seen through is kept in the
library (`WELCOMED_KEY`), read with the sidebar's counts and written once, when the first contact is counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.storage.settings import get_setting, set_setting
from cardbook.ui.common.empty_state import place_centred
from cardbook.ui.common.style import SPACING, make_muted, scaled_font

WELCOMED_KEY = "welcome_done"  # "1" once the library has counted a contact: the welcome is not shown again
TEXT_WIDTH = 64 * SPACING


def was_welcomed(library: Library) -> bool:
    return get_setting(library, WELCOMED_KEY) == "1"


def mark_welcomed(library: Library) -> None:
    set_setting(library, WELCOMED_KEY, "1")


@dataclass(frozen=True, slots=True)
class WelcomeChoice:
    action: QAction  # what it does: the window's own action
    title: str  # with its & for Alt+letter
    description: str


class Welcome(QWidget):
    def __init__(self, choices: list[WelcomeChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        block = QWidget(self)  # the centred column, never wider than TEXT_WIDTH so lines stay readable
        block.setMaximumWidth(TEXT_WIDTH)
        self.title = QLabel(self.tr("Welcome to Cardbook"), block)
        self.title.setFont(scaled_font(self, 1.5, bold=True))
        self.body = make_muted(QLabel(block))
        self.body.setText(
            self.tr(
                "Cardbook turns the business cards you collect into contacts, and keeps the story of each "
                "exchange: where you met, who gave a card, who owes one. Your library is empty — begin with one "
                "of these:"
            )
        )
        for label in (self.title, self.body):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addSpacing(SPACING)
        self.buttons: list[QCommandLinkButton] = []
        for choice in choices:
            button = QCommandLinkButton(choice.title, choice.description, block)
            button.setIcon(choice.action.icon())
            button.setAccessibleName(choice.title.replace("&", ""))
            button.setAccessibleDescription(choice.description)
            button.clicked.connect(choice.action.trigger)
            column.addWidget(button)
            self.buttons.append(button)
        for first, second in zip(self.buttons, self.buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.body.text())

        place_centred(self, block)
