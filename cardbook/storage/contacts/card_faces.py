"""The picture that stands for each contact on the window's card wall: their first card's straightened image (the
photo itself when the card has no crop), as the content hash the image store names it by.

One query for a page of contacts: the wall asks for the faces of the rows it is about to paint, a hundred at a
time, on a worker thread; it never loads a contact to find its picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, StoredImageRow

_CHUNK = 10_000  # below SQLite's limit on bound parameters


@dataclass(frozen=True, slots=True)
class CardFace:
    sha256: str
    extension: str


def card_faces(library: Library, ids: list[int]) -> dict[int, CardFace]:
    """The face of each contact of `ids` that has a card image; contacts without one (typed in, imported from a
    file) are left out. A contact's first card is its front's oldest, as `cards.cards_of` orders them."""
    crop, original = aliased(StoredImageRow), aliased(StoredImageRow)
    faces: dict[int, CardFace] = {}
    with library.session() as session:
        for start in range(0, len(ids), _CHUNK):
            query = (
                select(CardImageRow.contact_id, crop.sha256, crop.extension, original.sha256, original.extension)
                .outerjoin(crop, crop.id == CardImageRow.crop_image_id)
                .outerjoin(original, original.id == CardImageRow.original_image_id)
                .where(CardImageRow.contact_id.in_(ids[start : start + _CHUNK]))
                .order_by(
                    CardImageRow.contact_id,
                    CardImageRow.side.desc(),  # "front" before "back"
                    CardImageRow.captured_at,
                    CardImageRow.id,
                )
            )
            for contact_id, crop_sha, crop_ext, original_sha, original_ext in session.execute(query):
                if contact_id in faces:
                    continue  # a later card of the same contact
                if crop_sha is not None:
                    faces[contact_id] = CardFace(crop_sha, crop_ext)
                elif original_sha is not None:
                    faces[contact_id] = CardFace(original_sha, original_ext)
    return faces
