"""The automatic backups keep the card images once, by content hash (storage/upkeep/backup_images.py): restore brings
them back, pruning drops those no backup lists, and erasing a person from the backups drops theirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cardbook.cli.main import main
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.records import delete_contact
from cardbook.storage.library import Library
from cardbook.storage.upkeep.backup import KEEP_BACKUPS
from cardbook.storage.upkeep.backup_images import STORE_NAME, prune_store, stored_images
from tests.storage.test_cards import scanned


def _images(root: Path) -> dict[str, bytes]:
    """name -> bytes of every file under `root` (an image store)."""
    return {p.name: p.read_bytes() for p in root.glob("*/*") if p.is_file()} if root.is_dir() else {}


def _two_people(root: Path) -> tuple[Library, int, int]:
    library = Library.open(root)
    first = store_scanned_card(library, scanned("Hélène Leroy", "Quadrant SAS"), ExchangeDefaults())
    second = store_scanned_card(library, scanned("Paul Girard", "Atelier Girard"), ExchangeDefaults())
    return library, first, second


def test_backups_keep_each_image_once_and_cost_no_more_than_the_images(tmp_path: Path) -> None:
    library, _first, _second = _two_people(tmp_path / "lib")
    for reason in ("before-upgrade-x", "before-repair", "manual"):
        library.backup(reason)
    kept = _images(library.backups_dir / STORE_NAME)
    assert kept == _images(library.images.root)  # every image, each once, byte for byte
    assert len(kept) == 4  # two photos and two crops
    for path in (library.backups_dir / STORE_NAME).glob("*/*"):
        original = library.images.root / path.parent.name / path.name
        # A hard link to the library's file: the same bytes on disk, no second copy.
        assert os.path.samefile(path, original)


def test_restore_brings_back_lost_images_with_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    library, first, _second = _two_people(root)
    expected = _images(library.images.root)
    backup = library.backup("manual")
    assert backup is not None
    delete_contact(library, first)
    library.close()
    for path in library.images.root.glob("*/*"):  # the images folder lost (a sync tool, a mistake)
        path.unlink()
    assert main(["--library", str(root), "restore", str(backup)]) == 0
    assert "4 card images brought back from the backup." in capsys.readouterr().out
    assert _images(root / "images") == expected
    assert main(["--library", str(root), "check"]) == 0


def test_a_backup_copied_elsewhere_brings_its_images_from_the_store_beside_it(tmp_path: Path) -> None:
    library, _first, _second = _two_people(tmp_path / "lib")
    expected = _images(library.images.root)
    backup = library.backup("manual")
    assert backup is not None
    library.close()
    moved = tmp_path / "usb"
    (library.backups_dir).rename(moved)  # the backups folder carried to another disk
    for path in library.images.root.glob("*/*"):
        path.unlink()
    assert main(["--library", str(library.root), "restore", str(moved / backup.name)]) == 0
    assert _images(library.images.root) == expected


def test_an_image_whose_bytes_do_not_match_its_hash_is_not_restored(tmp_path: Path) -> None:
    library, _first, _second = _two_people(tmp_path / "lib")
    backup = library.backup("manual")
    assert backup is not None
    library.close()
    (image, path), *_ = list(stored_images(library.backups_dir))
    path.unlink()
    path.write_bytes(b"not what the hash says")  # a new file: the library's own stays intact
    for own in library.images.root.glob("*/*"):
        own.unlink()
    assert main(["--library", str(library.root), "restore", str(backup)]) == 0
    restored = _images(library.images.root)
    assert len(restored) == 3 and f"{image[0]}.{image[1]}" not in restored


def test_pruning_old_backups_drops_the_images_only_they_listed(tmp_path: Path) -> None:
    library, first, _second = _two_people(tmp_path / "lib")
    library.backup("manual")
    gone = set(_images(library.images.root))
    delete_contact(library, first)
    kept = set(_images(library.images.root))
    gone -= kept
    assert len(gone) == 2 and len(kept) == 2
    for index in range(KEEP_BACKUPS):  # the first backup, the only one listing the deleted person's, is pruned
        library.backup(f"later-{index}")
    assert len(list(library.backups_dir.glob("cardbook-*.sqlite3"))) == KEEP_BACKUPS
    assert set(_images(library.backups_dir / STORE_NAME)) == kept


def test_a_backup_that_cannot_be_read_stops_pruning(tmp_path: Path) -> None:
    library, first, _second = _two_people(tmp_path / "lib")
    backup = library.backup("manual")
    assert backup is not None
    delete_contact(library, first)
    backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # damaged: what it lists is unknown
    assert prune_store(library.backups_dir) == 0
    assert len(_images(library.backups_dir / STORE_NAME)) == 4


def test_erase_from_backups_leaves_no_image_of_the_person_in_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library, first, _second = _two_people(tmp_path / "lib")
    theirs = set(_images(library.images.root))
    library.backup("manual")
    library.backup("before-repair")
    delete_contact(library, _second)  # what remains in the library is the person to erase
    theirs &= set(_images(library.images.root))
    library.close()
    assert main(["--library", str(library.root), "erase", str(first), "--from-backups"]) == 0
    assert "Removed 2 card images no backup needs any more from " in capsys.readouterr().out
    store = set(_images(library.backups_dir / STORE_NAME))
    assert store and not (store & theirs)  # the other person's images stay for their backups
    assert not any(b"H\xc3\xa9l\xc3\xa8ne Leroy" in data for data in _images(library.backups_dir / STORE_NAME).values())
    assert main(["--library", str(library.root), "check"]) == 0
    capsys.readouterr()


def test_the_backup_before_an_upgrade_keeps_the_images_of_the_older_library(tmp_path: Path) -> None:
    """The automatic backup taken before a migration (an older library opened by this version) keeps its images."""
    import hashlib
    import shutil
    import sqlite3

    root = tmp_path / "lib"
    root.mkdir()
    database = root / "cardbook.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "library-0002.sqlite3", database)
    photo = b"\xff\xd8\xff\xe0 a card photographed with an older version"
    sha = hashlib.sha256(photo).hexdigest()
    (root / "images" / sha[:2]).mkdir(parents=True)
    (root / "images" / sha[:2] / f"{sha}.jpg").write_bytes(photo)
    con = sqlite3.connect(database)
    with con:
        con.execute(
            "INSERT INTO images (sha256, extension, byte_size, created_at) VALUES (?, 'jpg', ?, '2025-01-01')",
            (sha, len(photo)),
        )
    con.close()
    library = Library.open(root)  # upgraded, after a backup
    assert len(list(library.backups_dir.glob("cardbook-*before-upgrade-0002*.sqlite3"))) == 1
    assert _images(library.backups_dir / STORE_NAME) == {f"{sha}.jpg": photo}
