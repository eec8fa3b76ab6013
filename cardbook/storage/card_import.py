"""Store read cards: images into the content-addressed store, a contact awaiting review, the encounter."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.enums import ContactStatus, NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.scanned import ScannedCard, image_extension
from cardbook.storage import search_index
from cardbook.storage.card_fields import fields_to_json
from cardbook.storage.contacts import refresh_summary
from cardbook.storage.convert import apply_contact, apply_encounter
from cardbook.storage.ledger_followups import reschedule_stay_in_touch
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, ContactRow, EncounterRow, EventRow, StoredImageRow


@dataclass(frozen=True, slots=True)
class ExchangeDefaults:
    """The batch's exchange tags, set once for all the cards of an event."""

    event_id: int | None = None
    date: dt.date | None = None
    offered_by: OfferedBy = OfferedBy.UNKNOWN
    reciprocated: Reciprocated = Reciprocated.UNKNOWN
    why_no_card: NoCardReason | None = None  # with them / no: they did not ask for mine, or I had none


def _image_row(session: Session, library: Library, data: bytes, extension: str) -> StoredImageRow:
    sha, _path = library.images.put(data, extension)
    row = session.scalars(select(StoredImageRow).where(StoredImageRow.sha256 == sha)).one_or_none()
    if row is None:
        row = StoredImageRow(sha256=sha, extension=extension.lower().lstrip("."), byte_size=len(data))
        session.add(row)
        session.flush()
    return row


def store_scanned_card(library: Library, card: ScannedCard, exchange: ExchangeDefaults) -> int:
    """Create a contact awaiting review from a read card, with its images and encounter; returns its id.

    Image files are written before the database commit: if the commit fails, an unreferenced file is left
    (harmless, found by `check`), never a database row pointing at a missing file.
    """
    contact = card.contact
    contact.status = ContactStatus.AWAITING_REVIEW
    with library.writing() as session:
        row = ContactRow()
        session.add(row)
        apply_contact(session, row, contact)
        session.flush()
        original = _image_row(session, library, card.original, card.original_extension) if card.original else None
        crop = None
        if card.crop_image:
            crop = _image_row(session, library, card.crop_image, image_extension(card.crop_image))
        session.add(
            CardImageRow(
                contact_id=row.id,
                side=card.side.value,
                original_image_id=original.id if original else None,
                crop_image_id=crop.id if crop else None,
                ocr_text=card.ocr_text,
                words_json=json.dumps(
                    [[w.text, w.left, w.top, w.width, w.height, round(w.confidence, 3)] for w in card.words],
                    ensure_ascii=False,
                ),
                fields_json=fields_to_json(card.proposals, card.region),
                corners_json=json.dumps(card.corners),
                rotation=card.rotation,
            )
        )
        met_on = exchange.date
        if met_on is None and exchange.event_id is not None:
            event = session.get(EventRow, exchange.event_id)
            met_on = event.date if event is not None else None
        encounter = EncounterRow(contact_id=row.id)
        apply_encounter(
            encounter,
            Encounter(
                event_id=exchange.event_id,
                date=met_on,
                offered_by=exchange.offered_by,
                reciprocated=exchange.reciprocated,
                why_no_card=exchange.why_no_card,
            ),
        )
        session.add(encounter)
        session.flush()
        reschedule_stay_in_touch(session, row.id, met_on)
        refresh_summary(session, row)
        search_index.reindex(session, row)
        return row.id
