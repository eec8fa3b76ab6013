"""A contact's history in one list: meetings, referrals both ways, follow-ups and the cards captured.

Why one list: the question the user asks when opening a contact is "what happened with this person, and when?".
The entries are plain dataclasses of four kinds sharing `kind` and `date`, newest first; undated ones last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import aliased

from cardbook.domain.card import CardImage
from cardbook.domain.enums import CardSide
from cardbook.domain.exchange import Encounter
from cardbook.domain.referral import FollowUp
from cardbook.storage.convert import encounter_from_row, follow_up_from_row
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger.referrals import ReferralLine, referral_lines
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, ContactRow, EncounterRow, EventRow, FollowUpRow, NetworkRow, RoleRow
from cardbook.storage.models import StoredImageRow as Image


class TimelineKind(StrEnum):
    ENCOUNTER = "encounter"
    REFERRAL = "referral"
    FOLLOW_UP = "follow_up"
    CARD = "card"
    ROLE = "role"


@dataclass(frozen=True, slots=True)
class EncounterEntry:
    date: dt.date | None
    encounter: Encounter
    event_name: str | None
    network_name: str | None
    kind: TimelineKind = TimelineKind.ENCOUNTER


@dataclass(frozen=True, slots=True)
class ReferralEntry:
    date: dt.date | None
    line: ReferralLine  # the referral, both names and its direction seen from the user
    kind: TimelineKind = TimelineKind.REFERRAL


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    date: dt.date | None  # when it was done, else when it is due
    follow_up: FollowUp
    kind: TimelineKind = TimelineKind.FOLLOW_UP


@dataclass(frozen=True, slots=True)
class CardEntry:
    date: dt.date | None
    card: CardImage  # without its word boxes: the timeline shows the image, the review screen the words
    kind: TimelineKind = TimelineKind.CARD


@dataclass(frozen=True, slots=True)
class RoleEntry:
    """A role the person held until a newer card showed another one (a job change)."""

    date: dt.date | None  # until when
    title: str | None
    company: str | None
    department: str | None
    kind: TimelineKind = TimelineKind.ROLE


TimelineEntry = EncounterEntry | ReferralEntry | FollowUpEntry | CardEntry | RoleEntry
_ORDER = {
    TimelineKind.ROLE: 0,
    TimelineKind.CARD: 1,
    TimelineKind.ENCOUNTER: 2,
    TimelineKind.REFERRAL: 3,
    TimelineKind.FOLLOW_UP: 4,
}


def _sort_key(entry: TimelineEntry) -> tuple[bool, int, int]:
    """Newest first, undated last; on one day the card, then the meeting, then what came of it."""
    day = entry.date.toordinal() if entry.date else 0
    return (entry.date is None, -day, _ORDER[entry.kind])


def timeline(library: Library, contact_id: int) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    with library.session() as session:
        if session.get(ContactRow, contact_id) is None:
            raise NotFoundError(f"no contact with id {contact_id}")
        for row, event_name, network_name in session.execute(
            select(EncounterRow, EventRow.name, NetworkRow.name)
            .outerjoin(EventRow, EventRow.id == EncounterRow.event_id)
            .outerjoin(NetworkRow, NetworkRow.id == EventRow.network_id)
            .where(EncounterRow.contact_id == contact_id)
            .order_by(EncounterRow.id)
        ):
            entries.append(EncounterEntry(row.date, encounter_from_row(row), event_name, network_name))
        for follow_row in session.scalars(
            select(FollowUpRow).where(FollowUpRow.contact_id == contact_id).order_by(FollowUpRow.id)
        ):
            follow_up = follow_up_from_row(follow_row)
            entries.append(FollowUpEntry(follow_up.done_on or follow_up.due, follow_up))
        original, crop = aliased(Image), aliased(Image)
        for card_row, original_sha, crop_sha in session.execute(
            select(CardImageRow, original.sha256, crop.sha256)
            .outerjoin(original, original.id == CardImageRow.original_image_id)
            .outerjoin(crop, crop.id == CardImageRow.crop_image_id)
            .where(CardImageRow.contact_id == contact_id)
            .order_by(CardImageRow.id)
        ):
            card = CardImage(
                id=card_row.id,
                contact_id=card_row.contact_id,
                side=CardSide(card_row.side),
                original_sha256=original_sha,
                crop_sha256=crop_sha,
                ocr_text=card_row.ocr_text or "",
                captured_at=card_row.captured_at,
            )
            entries.append(CardEntry(card_row.captured_at.date() if card_row.captured_at else None, card))
        for role in session.scalars(select(RoleRow).where(RoleRow.contact_id == contact_id).order_by(RoleRow.id)):
            entries.append(RoleEntry(role.until, role.title, role.company, role.department))
    entries.extend(ReferralEntry(line.referral.date, line) for line in referral_lines(library, contact_id))
    return sorted(entries, key=_sort_key)
