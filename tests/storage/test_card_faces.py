"""The card wall's faces (which image stands for each contact) and the thumbnails' cache beside the image store
(real SQLite library, real files)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from cardbook.domain.contact import Contact
from cardbook.domain.enums import CardSide
from cardbook.domain.scanned import ScannedCard
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.card_faces import CardFace, card_faces
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.erasure import erase_contact
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow

JPEG = b"\xff\xd8\xff\xe0"  # the signature that names a crop .jpg


def _card(name: str, *, original: bytes | None = None, crop: bytes | None = None, side: str = "front") -> ScannedCard:
    return ScannedCard(contact=Contact(full_name=name), original=original, crop_image=crop, side=CardSide(side))


def test_the_face_is_the_first_cards_crop_else_its_photo(library: Library) -> None:
    cropped = store_scanned_card(
        library, _card("Ana", original=b"photo-ana", crop=JPEG + b"crop-ana"), ExchangeDefaults()
    )
    photo_only = store_scanned_card(library, _card("Bob", original=b"photo-bob"), ExchangeDefaults())
    typed = contacts.create_contact(library, Contact(full_name="Cyd")).id
    assert typed is not None
    faces = card_faces(library, [cropped, photo_only, typed, 9999])
    assert set(faces) == {cropped, photo_only}  # no card, no face; an unknown id is no error
    crop = faces[cropped]
    assert crop.extension == "jpg" and library.images.path_for(crop.sha256, crop.extension).read_bytes().endswith(
        b"crop-ana"
    )
    photo = faces[photo_only]
    assert library.images.path_for(photo.sha256, photo.extension).read_bytes() == b"photo-bob"


def test_the_front_comes_before_the_back_and_the_oldest_first(library: Library) -> None:
    contact_id = store_scanned_card(library, _card("Dee", crop=JPEG + b"front"), ExchangeDefaults())
    back = store_scanned_card(library, _card("Dee back", crop=JPEG + b"back", side="back"), ExchangeDefaults())
    with library.writing() as session:  # the back moved onto Dee, and dated before the front
        session.execute(
            update(CardImageRow)
            .where(CardImageRow.contact_id == back)
            .values(contact_id=contact_id, captured_at=dt.datetime(2000, 1, 1))
        )
    face = card_faces(library, [contact_id])[contact_id]
    assert library.images.path_for(face.sha256, face.extension).read_bytes().endswith(b"front")


def test_removing_an_image_removes_its_thumbnails(library: Library) -> None:
    contact_id = store_scanned_card(library, _card("Eve", crop=JPEG + b"eve"), ExchangeDefaults())
    face = card_faces(library, [contact_id])[contact_id]
    small, large = (
        library.images.thumbnail_path(face.sha256, 200, 128),
        library.images.thumbnail_path(face.sha256, 400, 256),
    )
    assert small.parent.parent.parent == library.root / "cache" / "thumbnails"
    for path in (small, large):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"thumbnail")
    other = library.images.thumbnail_path("ab" * 32, 200, 128)
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_bytes(b"someone else's")
    erase_contact(library, contact_id)  # nothing of an erased person stays, not even a small picture
    assert not small.exists() and not large.exists()
    assert other.exists()
    assert card_faces(library, [contact_id]) == {}


def test_a_library_without_a_cache_removes_images_quietly(library: Library) -> None:
    contact_id = store_scanned_card(library, _card("Fay", crop=JPEG + b"fay"), ExchangeDefaults())
    assert card_faces(library, [contact_id])[contact_id] == CardFace(
        card_faces(library, [contact_id])[contact_id].sha256, "jpg"
    )
    contacts.delete_contact(library, contact_id)
    assert not (library.root / "cache").exists()
