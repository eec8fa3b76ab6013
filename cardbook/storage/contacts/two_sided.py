"""Joining a card's back to its front in the library: the back's contact (a card just read) goes into the front's.

One transaction: the front's contact gets the back's fields (`domain.two_sided.merge_back`: nothing the front
says is overwritten), the back's card images move to the front's contact as its back side (both photos are
kept), the back's meeting — the same exchange, read from the other photo — is not counted twice, and the back's
contact is deleted. Undo is the caller's: a snapshot of both contacts taken before (storage.contacts.snapshots),
restored with `replace=True`, as for "met again".
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from cardbook.domain.contact import Contact
from cardbook.domain.enums import CardSide
from cardbook.domain.two_sided import merge_back
from cardbook.storage.contacts.merge import absorb
from cardbook.storage.contacts.records import load_contact_row
from cardbook.storage.convert import contact_from_row
from cardbook.storage.errors import ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, EncounterRow

_EXCHANGE_COLUMNS = ("offered_by", "reciprocated", "why_no_card")


def attach_back(library: Library, front_id: int, back_id: int) -> Contact:
    """The card of contact `back_id` is the back of the card of `front_id`: merged into it (see the module's
    docstring); returns the front's contact as it is now. Refused for a contact and itself."""
    if front_id == back_id:
        raise ValidationError("A card cannot be the back of itself.")
    with library.writing() as session:
        front_row, back_row = load_contact_row(session, front_id), load_contact_row(session, back_id)
        front, back = contact_from_row(front_row), contact_from_row(back_row)
        merged = merge_back(front, back)
        _drop_repeated_meetings(session, front_id, back_id)
        session.execute(update(CardImageRow).where(CardImageRow.contact_id == back_id).values(side=CardSide.BACK.value))
        # The back's words (other language, services) become searchable with the front.
        return absorb(session, front_row, back_row, merged, back.display_name or f"contact #{back_id}")


def _drop_repeated_meetings(session: Session, front_id: int, back_id: int) -> None:
    """The back's meeting at the same event on the same day is the front's meeting, read from the other photo:
    deleted, after giving the front's meeting what was recorded on the back's only (the exchange answered while
    reviewing the back). A meeting of another day or event stays and moves with the card."""
    fronts = session.scalars(select(EncounterRow).where(EncounterRow.contact_id == front_id)).all()
    for meeting in session.scalars(select(EncounterRow).where(EncounterRow.contact_id == back_id)).all():
        same = next((f for f in fronts if (f.event_id, f.date) == (meeting.event_id, meeting.date)), None)
        if same is None:
            continue
        if same.offered_by == "unknown" and same.reciprocated == "unknown":
            for column in _EXCHANGE_COLUMNS:
                setattr(same, column, getattr(meeting, column))
        if not same.note.strip() and meeting.note.strip():
            same.note = meeting.note
        session.execute(delete(EncounterRow).where(EncounterRow.id == meeting.id))
    session.flush()
