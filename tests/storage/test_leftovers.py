"""A photo stored once whatever happens, and what a crash or a deletion leaves behind found and removed."""

from __future__ import annotations

import datetime as dt
import hashlib

from cardbook.storage.contacts.card_import import ExchangeDefaults, ImportedPhoto, imported_photos, store_photo_cards
from cardbook.storage.contacts.records import count_contacts, delete_contact
from cardbook.storage.library import Library
from cardbook.storage.upkeep.integrity import check_library
from cardbook.storage.upkeep.leftovers import remove_leftovers
from tests.storage.conftest import BOTH
from tests.storage.test_cards import scanned

ENGINES = BOTH  # tests/storage/conftest.py


def test_a_photo_stored_again_is_recognised_and_not_stored_twice(library: Library) -> None:
    card = scanned()
    [contact_id] = store_photo_cards(library, [card], ExchangeDefaults())  # type: ignore[misc]
    again = store_photo_cards(library, [scanned()], ExchangeDefaults())
    assert isinstance(again, ImportedPhoto)
    assert again.contact_id == contact_id and again.name == "Hélène Leroy"
    assert again.describe() == f"already imported on {dt.date.today().isoformat()} as Hélène Leroy (#{contact_id})"
    assert count_contacts(library) == 1
    assert card.original is not None
    sha = hashlib.sha256(card.original).hexdigest()
    assert set(imported_photos(library, [sha, "0" * 64])) == {sha}


def test_check_reports_and_repair_removes_temporary_files_and_images_of_no_card(library: Library) -> None:
    kept = store_photo_cards(library, [scanned("Marc Blanc")], ExchangeDefaults())
    assert isinstance(kept, list)
    gone = store_photo_cards(library, [scanned()], ExchangeDefaults())
    assert isinstance(gone, list)
    folder = library.images.root / "ab"
    folder.mkdir(parents=True, exist_ok=True)
    stray = folder / ("ab" + "1" * 62 + ".jpg")
    stray.write_bytes(b"a photo whose commit never came")
    half = folder / ".tmp-k1ll3d"
    half.write_bytes(b"half a photo")
    # A card row deleted without its image (an older version's deletion): the image row is used by no card.
    with library.writing() as session:
        from sqlalchemy import delete

        from cardbook.storage.models import CardImageRow

        session.execute(delete(CardImageRow).where(CardImageRow.contact_id == gone[0]))

    problems = check_library(library).problems
    assert any("belongs to no card" in p and stray.name in p for p in problems), problems
    assert any("temporary file" in p and half.name in p for p in problems), problems
    assert sum("used by no card" in p for p in problems) == 2, problems  # the photo and its crop

    assert remove_leftovers(library) == 4
    assert not stray.exists() and not half.exists()
    assert check_library(library).ok
    files = [p for p in library.images.root.rglob("*") if p.is_file()]
    assert len(files) == 2  # Marc Blanc's photo and crop
    delete_contact(library, kept[0])
    assert check_library(library).ok
