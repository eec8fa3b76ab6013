"""The relationship strength: five dots (●●●○○), the score in words for screen readers, and the sentence
that explains it ("Met 3 times in 5 months, always a mutual exchange, sent me 1 referral (1 won)…").

A view: it is given the strength (read in the background by ContactLedger, ledger/contact_story.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from cardbook.domain.strength import Strength
from cardbook.ui.common.pane_parts import Section, value_label
from cardbook.ui.common.style import SPACING, make_muted, scaled_font
from cardbook.ui.ledger.words import strength_accessible, strength_dots, ui_language


class StrengthView(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Relationship strength"), parent)
        self.strength: Strength | None = None
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.dots = QLabel(self)
        self.dots.setFont(scaled_font(self.dots, 1.4))
        self.dots.setObjectName("strengthDots")
        self.score = make_muted(QLabel(self))
        row.addWidget(self.dots)
        row.addWidget(self.score)
        row.addStretch(1)
        self.body.addLayout(row)
        self.sentence = value_label("", self)
        self.sentence.setObjectName("strengthSentence")
        self.body.addWidget(self.sentence)

    def show_strength(self, strength: Strength | None) -> None:
        """The contact's strength; None: the contact no longer exists."""
        if strength is None:
            self.strength = None
            self.dots.clear()
            self.score.clear()
            self.sentence.setText(self.tr("This contact no longer exists."))
            return
        self.strength = strength
        self.dots.setText(strength_dots(strength))
        accessible = strength_accessible(strength)
        self.dots.setAccessibleName(accessible)
        self.dots.setToolTip(accessible)
        self.score.setText(self.tr("%1 / 100").replace("%1", str(strength.score)))
        self.score.setToolTip(
            self.tr("Meetings %1 + exchange %2 + referrals %3 + recency %4")
            .replace("%1", f"{strength.meetings_points:.0f}")
            .replace("%2", f"{strength.reciprocity_points:.0f}")
            .replace("%3", f"{strength.referral_points:.0f}")
            .replace("%4", f"{strength.recency_points:.0f}")
        )
        self.sentence.setText(strength.sentence(ui_language()))
