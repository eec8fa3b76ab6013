"""The review's exchange panel (layout only): "did you give yours?" and "who offered first?", one key per answer
shown beside it, "next card once the exchange is recorded", and what the person needs and offers.

The keys are plain letters, translated (the French window answers O/N/P/I: oui, non, pas de carte, inconnu).
They act only while the focus is not in a text field — a letter typed in a field is text — and each card
comes up with the focus on these answers, so a stack of cards that read well goes one key per card. From a
field, Alt+X (Alt+L in French: the panel's title) comes back to the answers; Tab reaches them too. The user's
side of it is in docs/WINDOW.md.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.enums import ExchangeOutcome, OfferedBy
from cardbook.ui.common.flow_layout import FlowLayout
from cardbook.ui.common.style import HALF, SPACING
from cardbook.ui.importing.exchange_answers import FIRST, GAVE_MINE, ExchangeAnswer


def typing_in_text() -> bool:
    """Whether the focus is in a field that takes letters (a key there is typing, not an answer)."""
    focus = QApplication.focusWidget()  # a list (a phone's kind) takes letters too: they pick its entries
    return isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox)


class KeyCap(QLabel):
    """The key that answers, drawn as a key beside its answer; a click on it is a click on the answer."""

    def __init__(self, key: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(key, parent)
        self.setObjectName("keyCap")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(3 * SPACING)
        self.setStyleSheet(
            "QLabel#keyCap { border: 1px solid palette(mid); border-bottom-width: 2px; border-radius: 4px;"
            " padding: 0px 4px; font-weight: bold; background: palette(base); }"
        )
        self._button = button

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._button.isEnabled():
            self._button.click()
        event.accept()


class ExchangePanel(QGroupBox):
    gaveChosen = Signal(object)  # ExchangeOutcome: the answer to "did you give yours?"
    firstChosen = Signal(object)  # OfferedBy: who offered first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The e&xchange"), parent)
        self.setObjectName("exchangePanel")
        texts = {
            ExchangeOutcome.MUTUAL: self.tr("Yes, we exchanged cards"),
            ExchangeOutcome.THEY_DID_NOT_ASK: self.tr("No: they did not ask for mine"),
            ExchangeOutcome.I_HAD_NONE: self.tr("No: I had none, or forgot (a card I owe)"),
            ExchangeOutcome.UNKNOWN: self.tr("Not recorded"),
            # short: the answers do not wrap, and the review must fit half a 1920 px screen in French too
            ExchangeOutcome.NO_CARDS: self.tr("No cards this time (we had each other's)"),
        }
        # Translators: one letter each, all different, answering "did you give yours?" (French: O, N, P, I, D).
        self.gave_keys = {
            ExchangeOutcome.MUTUAL: self.tr("Y", "key: yes, we exchanged cards"),
            ExchangeOutcome.THEY_DID_NOT_ASK: self.tr("N", "key: no, they did not ask for mine"),
            ExchangeOutcome.I_HAD_NONE: self.tr("H", "key: no, I had none or forgot"),
            ExchangeOutcome.UNKNOWN: self.tr("U", "key: not recorded"),
            ExchangeOutcome.NO_CARDS: self.tr("A", "key: no cards this time, we already had each other's"),
        }
        first_texts = {
            OfferedBy.THEM: self.tr("They did"),
            OfferedBy.ME: self.tr("I did"),
            OfferedBy.UNKNOWN: self.tr("Not recorded"),
        }
        # Translators: one letter each, different from the four above (French: L for lui/elle, M for moi).
        self.first_keys = {
            OfferedBy.THEM: self.tr("T", "key: they offered first"),
            OfferedBy.ME: self.tr("M", "key: I offered first"),
        }
        self.question = QLabel(self.tr("You have their card. Did you give yours?"), self)
        self.question.setWordWrap(True)
        self.prompt = QLabel(self)  # what is asked, or why no answer is marked
        self.prompt.setWordWrap(True)
        self.gave_buttons: dict[ExchangeOutcome, QRadioButton] = {}
        self._gave_group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(HALF)
        for row, outcome in enumerate(GAVE_MINE):
            button = QRadioButton(texts[outcome], self)
            button.setToolTip(self.tr("Key: %1").replace("%1", self.gave_keys[outcome]))
            self.gave_buttons[outcome] = button
            self._gave_group.addButton(button)
            button.clicked.connect(lambda _checked=False, o=outcome: self.gaveChosen.emit(o))
            grid.addWidget(KeyCap(self.gave_keys[outcome], button, self), row, 0)
            grid.addWidget(button, row, 1, 1, 5)
        self.first_label = QLabel(self.tr("Who offered first?"), self)
        grid.addWidget(self.first_label, len(GAVE_MINE), 0, 1, 6)
        self.first_buttons: dict[OfferedBy, QRadioButton] = {}
        self._first_group = QButtonGroup(self)
        # The three answers wrap (each with its key) rather than widen the photo's column, so the window.
        first_row = FlowLayout(spacing=SPACING)
        for offered in FIRST:
            answer = QWidget(self)
            pair = QHBoxLayout(answer)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(SPACING)
            button = QRadioButton(first_texts[offered], answer)
            self.first_buttons[offered] = button
            self._first_group.addButton(button)
            button.clicked.connect(lambda _checked=False, o=offered: self.firstChosen.emit(o))
            if offered in self.first_keys:
                button.setToolTip(self.tr("Key: %1").replace("%1", self.first_keys[offered]))
                pair.addWidget(KeyCap(self.first_keys[offered], button, answer))
            pair.addWidget(button)
            first_row.addWidget(answer)
        grid.addLayout(first_row, len(GAVE_MINE) + 1, 0, 1, 6)
        grid.setColumnStretch(5, 1)
        self.next_card = QCheckBox(self.tr("Next card as soon as the exchange is recorded"), self)
        self.next_card.setToolTip(
            self.tr("An answer key accepts the card as it is and shows the next one (one undo step)")
        )
        self.needs = QLineEdit(self)
        self.needs.setPlaceholderText(self.tr("What they are looking for"))
        self.offers = QLineEdit(self)
        self.offers.setPlaceholderText(self.tr("What they offer"))
        bring = QFormLayout()
        bring.setContentsMargins(0, HALF, 0, 0)
        bring.setHorizontalSpacing(SPACING)
        bring.setVerticalSpacing(HALF)
        bring.addRow(self.tr("They need"), self.needs)
        bring.addRow(self.tr("They offer"), self.offers)
        self.needs.setAccessibleName(self.tr("They need"))
        self.offers.setAccessibleName(self.tr("They offer"))
        layout = QVBoxLayout(self)
        layout.setSpacing(HALF)
        layout.addWidget(self.question)
        layout.addWidget(self.prompt)  # under the question it asks about, before the answers
        layout.addLayout(grid)
        layout.addWidget(self.next_card)
        layout.addLayout(bring)
        self.shortcuts: list[QShortcut] = []

    def install_keys(self, scope: QWidget) -> None:
        """The answer keys, active while the focus is anywhere in `scope` (the review) but in a text field."""
        answers: list[tuple[str, QRadioButton]] = [(k, self.gave_buttons[o]) for o, k in self.gave_keys.items()]
        answers += [(k, self.first_buttons[o]) for o, k in self.first_keys.items()]
        for key, button in answers:
            self._shortcut(scope, key, partial(self._key, button))

    def _shortcut(self, scope: QWidget, key: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setAutoRepeat(False)  # a key held down answers once
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)

    def _key(self, button: QRadioButton) -> None:
        if typing_in_text() or not button.isEnabled() or not self.isEnabled():
            return
        button.click()

    def keys_text(self) -> str:
        """ "Y, N, H or U" in the interface's language, for the prompt."""
        keys = list(self.gave_keys.values())
        return self.tr("%1 or %2").replace("%1", ", ".join(keys[:-1])).replace("%2", keys[-1])

    def show_answer(self, answer: ExchangeAnswer | None, *, asking: bool) -> None:
        """Mark the stored answer; `asking`: nothing is marked yet, the panel asks (an "ask me" batch).
        None: the contact has no meeting to record an exchange for."""
        self.setEnabled(answer is not None)
        for group in (self._gave_group, self._first_group):
            group.setExclusive(False)  # so that no answer at all can be shown
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        if answer is None:
            self._say(self.tr("No meeting is recorded with this contact."))
            return
        if asking:
            self._say(self.tr("How did the exchange go? Press %1.").replace("%1", self.keys_text()), asking=True)
        elif answer.gave is ExchangeOutcome.THEY_GAVE:
            self._say(self.tr("They gave theirs and you did not give yours: why was not recorded."))
        elif answer.gave is None:
            self._say(self.tr("Recorded: you offered yours and got none — yet you have their card."))
        else:
            self._say("")
        if not asking:
            if answer.gave in self.gave_buttons:
                self.gave_buttons[answer.gave].setChecked(True)
            self.first_buttons[answer.first].setChecked(True)
        one_way = answer.gave in (ExchangeOutcome.THEY_DID_NOT_ASK, ExchangeOutcome.I_HAD_NONE,
                                  ExchangeOutcome.THEY_GAVE)  # fmt: skip
        self.first_buttons[OfferedBy.UNKNOWN].setEnabled(not one_way)  # their card came first: they offered

    def _say(self, text: str, *, asking: bool = False) -> None:
        font = self.prompt.font()
        font.setBold(asking)  # the question waits for its answer: it stands out (not by colour alone)
        self.prompt.setFont(font)
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))  # no empty line between the answers and "next card"

    def chosen_gave(self) -> ExchangeOutcome | None:
        return next((o for o, b in self.gave_buttons.items() if b.isChecked()), None)

    def chosen_first(self) -> OfferedBy | None:
        return next((o for o, b in self.first_buttons.items() if b.isChecked()), None)

    def focus_answers(self) -> None:
        """The focus on the answers (the marked one, else the first), where the keys act."""
        button = next((b for b in self.gave_buttons.values() if b.isChecked()), self.gave_buttons[GAVE_MINE[0]])
        if self.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)
