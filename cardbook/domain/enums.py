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


class Reciprocated(StrEnum):
    """Whether the other side answered with their own card."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Reciprocity(StrEnum):
    """The exchange as a whole, derived from OfferedBy and Reciprocated."""

    MUTUAL = "mutual"
    FROM_THEM = "from_them"  # they gave a card and got none back: a one-way giver, and a card I owe
    FROM_ME = "from_me"  # I gave mine and got none back
    UNKNOWN = "unknown"

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self]


_SYMBOLS = {
    Reciprocity.MUTUAL: "⇄",
    Reciprocity.FROM_THEM: "→",
    Reciprocity.FROM_ME: "←",
    Reciprocity.UNKNOWN: "?",
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
