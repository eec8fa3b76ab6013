"""The exchange as the review asks it, for a card the user is holding (plain data, no Qt).

Holding their card settles "did I get theirs?", so the review asks the two other questions of the exchange
(domain/exchange.py): did I give mine — yes, no because they did not ask for it (the one-way giver of the seed
post), no because I had none or forgot (a card I owe), or not recorded — and who offered first. One key answers
each. The answers are stored as the encounter's three facts (offered_by, reciprocated, why_no_card).

Two answers would contradict the card in hand, and are resolved the one way they can be:
- "no, I did not give mine" means their card came first: who offered first becomes "they";
- "I offered first" means mine went: a "no" becomes "yes, we exchanged cards".

"No cards this time" (docs/MEETINGS.md: a card photographed again to record a meeting, theirs already in hand
and mine already theirs) says nobody offered one: choosing who offered first makes it an exchange again, not
recorded further.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter

# The answers to "did I give mine?", in the order the review shows them (one key each).
GAVE_MINE = (
    ExchangeOutcome.MUTUAL,
    ExchangeOutcome.THEY_DID_NOT_ASK,
    ExchangeOutcome.I_HAD_NONE,
    ExchangeOutcome.UNKNOWN,
    ExchangeOutcome.NO_CARDS,
)
# The answers meaning "they gave theirs, I did not give mine" (THEY_GAVE: the reason was not recorded).
ONE_WAY = (ExchangeOutcome.THEY_DID_NOT_ASK, ExchangeOutcome.I_HAD_NONE, ExchangeOutcome.THEY_GAVE)
FIRST = (OfferedBy.THEM, OfferedBy.ME, OfferedBy.UNKNOWN)


@dataclass(frozen=True, slots=True)
class ExchangeAnswer:
    """`gave`: the answer to "did I give mine?" — None when the stored facts answer none of the review's
    questions (I offered mine and got none, which the card in hand contradicts); `first`: who offered first."""

    gave: ExchangeOutcome | None = ExchangeOutcome.UNKNOWN
    first: OfferedBy = OfferedBy.UNKNOWN

    @property
    def recorded(self) -> bool:
        """Something is known of the exchange (the review in "ask me" mode asks until something is)."""
        return self.gave not in (None, ExchangeOutcome.UNKNOWN) or self.first is not OfferedBy.UNKNOWN

    def with_gave(self, gave: ExchangeOutcome) -> ExchangeAnswer:
        if gave is ExchangeOutcome.NO_CARDS:
            return ExchangeAnswer(gave, OfferedBy.UNKNOWN)  # nobody offered: no first to keep
        return ExchangeAnswer(gave, OfferedBy.THEM if gave in ONE_WAY else self.first)

    def with_first(self, first: OfferedBy) -> ExchangeAnswer:
        if self.gave is ExchangeOutcome.NO_CARDS:
            return ExchangeAnswer(ExchangeOutcome.UNKNOWN, first)  # someone offered after all
        if self.gave in ONE_WAY:
            if first is OfferedBy.ME:
                return ExchangeAnswer(ExchangeOutcome.MUTUAL, first)
            return self  # their card came one way: they offered it, nothing else can be said
        return ExchangeAnswer(self.gave, first)

    def facts(self) -> tuple[OfferedBy, Reciprocated, NoCardReason | None]:
        """What the encounter stores for this answer."""
        if self.gave is ExchangeOutcome.MUTUAL:
            return self.first, Reciprocated.YES, None
        if self.gave is ExchangeOutcome.NO_CARDS:
            return OfferedBy.NOBODY, Reciprocated.NO, None
        reasons = {
            ExchangeOutcome.THEY_DID_NOT_ASK: NoCardReason.NOT_ASKED,
            ExchangeOutcome.I_HAD_NONE: NoCardReason.MY_LAPSE,
            ExchangeOutcome.THEY_GAVE: NoCardReason.UNKNOWN,
        }
        if self.gave in reasons:
            return OfferedBy.THEM, Reciprocated.NO, reasons[self.gave]
        if self.gave is None:  # not one of the review's answers: the stored facts stay as they are
            return self.first, Reciprocated.NO, None
        return self.first, Reciprocated.UNKNOWN, None


def answer_of(offered_by: OfferedBy, reciprocated: Reciprocated, why: NoCardReason | None) -> ExchangeAnswer:
    """The review's answer for an encounter's stored facts."""
    probe = Encounter(offered_by=offered_by, reciprocated=reciprocated, why_no_card=why)
    outcome = probe.outcome
    if outcome is ExchangeOutcome.MUTUAL:
        return ExchangeAnswer(ExchangeOutcome.MUTUAL, offered_by)
    if outcome in ONE_WAY:
        return ExchangeAnswer(outcome, OfferedBy.THEM)
    if outcome is ExchangeOutcome.I_GAVE:
        return ExchangeAnswer(None, OfferedBy.ME)
    if outcome is ExchangeOutcome.NO_CARDS:
        return ExchangeAnswer(ExchangeOutcome.NO_CARDS, OfferedBy.UNKNOWN)
    return ExchangeAnswer(ExchangeOutcome.UNKNOWN, offered_by)
