"""What one card of a batch came to (`CardOutcome`), why a card made no contact (`CardSkip`, `blank_reason`) and
which mail domains are everybody's (`generic_domain`): shared by the batch loop (`scanning`) and its library side
(`scanning_library`), which import this module and not each other (tests/test_layers.py forbids import circles)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cardbook.ocr.lexicon import WEBMAIL_HOSTS
from cardbook.ocr.pipeline import CardResult, LeftOut


class CardSkip(StrEnum):
    """Why a card read from a photo made no contact. The CLI prints ``CardOutcome.skipped`` (English); the
    window says each kind in its own, translated words."""

    NO_CARD = LeftOut.NO_CARD.value
    NO_TEXT = LeftOut.NO_TEXT.value
    TOO_SMALL = LeftOut.TOO_SMALL.value
    CUT_CARD = LeftOut.CUT_CARD.value  # a card cut by the photo's edge, beside whole ones
    BACK_OF_CARD = "back of card"  # the back of another card of the same photo, adding nothing (photo_cards.py)


def blank_reason(result: CardResult) -> tuple[CardSkip, str] | None:
    """Why a read card is not worth a contact (the reader found no card or no text on it), or None when it is."""
    if not result.found:
        kind = CardSkip(result.left_out) if result.left_out is not None else CardSkip.NO_CARD
        return kind, result.warning or f"no card found in {Path(result.image_path).name}"
    fields = result.fields
    has_field = any((fields.name, fields.title, fields.company, fields.department, fields.address)) or any(
        (fields.emails, fields.phones, fields.websites, fields.social)
    )
    if has_field or result.text.strip():
        return None
    return CardSkip.NO_TEXT, f"no text found in {Path(result.image_path).name}"


@dataclass(frozen=True, slots=True)
class CardOutcome:
    """One card of the batch, once read (and stored when the batch stores)."""

    path: str
    result: CardResult
    contact_id: int | None = None  # stored as this contact
    name: str = ""  # the contact's display name, when stored (or, with `already`, the one holding the photo)
    error: str | None = None  # the photo could not be read, or the card could not be stored
    skipped: str | None = None  # nothing worth a contact was read: the reason
    skip_kind: CardSkip | None = None  # with `skipped`: which reason, for the window's own words
    met_again: bool = False  # a person already in the library: the encounter was added to `contact_id`
    match_reason: str = ""  # why they are that person ("same email", "same phone", "name and company")
    # The photo was imported before: "already imported on DATE as NAME (#ID)", with that contact's id in
    # `existing_id`; nothing was read or stored this time (`result` is then an empty CardResult).
    already: str | None = None
    existing_id: int | None = None
    # Values too long to be real, cut before storing (app/field_limits.py): "name cut to 300 characters (was …)".
    cut: tuple[str, ...] = ()
    # Front and back: `back_of` is the contact this photo was joined to as its card's back (the batch paired
    # photos two by two; `contact_id` is then that contact); `back_proposal` the contact of the previous photo
    # this card looks like the back of — not joined, the user confirms — with why in `back_reason`.
    back_of: int | None = None
    back_proposal: int | None = None
    back_reason: str = ""
    note: str = ""  # said once, nothing failed: e.g. a back whose front photo gave no card, stored on its own

    @property
    def failed(self) -> bool:
        return self.error is not None


def generic_domain(domain: str) -> bool:
    """A free mail provider's domain (gmail.com): everybody's, so sharing it says nothing about a card."""
    return domain.split(".")[0] in WEBMAIL_HOSTS
