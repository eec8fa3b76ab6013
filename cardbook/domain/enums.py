"""Closed vocabularies of the domain, stored in the database by their string value."""

from __future__ import annotations

from enum import StrEnum


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    WORK = "work"
    FAX = "fax"
    HOME = "home"
    OTHER = "other"


class CardSide(StrEnum):
    FRONT = "front"
    BACK = "back"


class ContactStatus(StrEnum):
    """A scanned card becomes a contact awaiting review until the user accepts it."""

    ACTIVE = "active"
    AWAITING_REVIEW = "review"


class OfferedBy(StrEnum):
    """Who offered a card first at an encounter."""

    ME = "me"
    THEM = "them"
    UNKNOWN = "unknown"
    # Nobody offered one: a meeting again with someone whose card I have and who has mine (docs/MEETINGS.md).
    # "none" fits the column's String(8) on both engines: no revision.
    NOBODY = "none"


class Reciprocated(StrEnum):
    """Whether the other side answered with their own card."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class NoCardReason(StrEnum):
    """Why my card did not go back when they gave theirs — the one distinction the product exists for.

    NOT_ASKED is the man of the seed post: he handed his card out and never asked for or took mine (a one-way
    giver). MY_LAPSE is my own fault: I had none left or forgot (a card I owe, a to-do). UNKNOWN is what was not
    recorded, and what libraries written before this distinction say: it is shown as such, never guessed.
    """

    NOT_ASKED = "not_asked"
    MY_LAPSE = "my_lapse"
    UNKNOWN = "unknown"


class ExchangeOutcome(StrEnum):
    """An encounter's exchange in the words a user recognises; one key per outcome when recording a stack.

    Derived from (OfferedBy, Reciprocated, NoCardReason) by domain/exchange.exchange_outcome, and turned back
    into them by domain/exchange.outcome_fields.
    """

    MUTUAL = "mutual"  # cards went both ways
    THEY_DID_NOT_ASK = "they_did_not_ask"  # they gave theirs and did not ask for or take mine
    I_HAD_NONE = "i_had_none"  # they gave theirs; I had none or forgot: a card I owe
    THEY_GAVE = "they_gave"  # they gave theirs, I did not give mine, reason not recorded
    I_GAVE = "i_gave"  # I gave mine and got none
    THEY_OFFERED_FIRST = "they_offered_first"  # rest not recorded
    I_OFFERED_FIRST = "i_offered_first"  # rest not recorded
    UNKNOWN = "unknown"  # nothing recorded
    NO_CARDS = "no_cards"  # a meeting where no cards changed hands: we already had each other's

    @property
    def symbol(self) -> str:
        """What is known, as arrows: "→ ?" says they offered first and the rest was not recorded."""
        return _OUTCOME_SYMBOLS[self]


_OUTCOME_SYMBOLS = {
    ExchangeOutcome.MUTUAL: "⇄",
    ExchangeOutcome.THEY_DID_NOT_ASK: "→",
    ExchangeOutcome.I_HAD_NONE: "→",
    ExchangeOutcome.THEY_GAVE: "→",
    ExchangeOutcome.I_GAVE: "←",
    ExchangeOutcome.THEY_OFFERED_FIRST: "→ ?",
    ExchangeOutcome.I_OFFERED_FIRST: "← ?",
    ExchangeOutcome.UNKNOWN: "?",
    ExchangeOutcome.NO_CARDS: "∅",
}


class Reciprocity(StrEnum):
    """The exchange as a whole, derived from OfferedBy and Reciprocated."""

    MUTUAL = "mutual"
    FROM_THEM = "from_them"  # they gave a card and got none back (why: NoCardReason)
    FROM_ME = "from_me"  # I gave mine and got none back
    UNKNOWN = "unknown"
    # No card changed hands (OfferedBy.NOBODY): a recorded meeting, out of every rate's denominator and of every
    # list; a contact's reciprocity over all meetings ignores it (it says nothing of who has whose card).
    NO_CARDS = "none"

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self]


_SYMBOLS = {
    Reciprocity.MUTUAL: "⇄",
    Reciprocity.FROM_THEM: "→",
    Reciprocity.FROM_ME: "←",
    Reciprocity.UNKNOWN: "?",
    Reciprocity.NO_CARDS: "∅",
}


class NetworkKind(StrEnum):
    BUSINESS_CLUB = "business_club"
    CHAMBER_OF_COMMERCE = "chamber_of_commerce"
    ALUMNI = "alumni"
    PROFESSIONAL_BODY = "professional_body"
    MEETUP = "meetup"
    OTHER = "other"


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    WON = "won"
    LOST = "lost"


class ReferralDirection(StrEnum):
    """Seen from the user: business that came to me, or business I sent to someone."""

    RECEIVED = "received"
    GIVEN = "given"
    BETWEEN_CONTACTS = "between"  # I introduced two contacts to each other, or noted one referring another
