"""`restore` repairs whatever happened to the database, `check` says what it is, and an archive backup brings
the card images back (issue 15, "restore that repairs"). Real SQLite files damaged as disks and people do."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from cardbook.cli.main import main
from cardbook.domain.contact import Contact
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.records import count_contacts, create_contact
from cardbook.storage.library import Library
from cardbook.storage.upkeep.archive import write_archive
from tests.storage.test_cards import scanned


def _page_size(db: Path) -> int:
    with db.open("rb") as handle:
        handle.seek(16)
        size = int.from_bytes(handle.read(2), "big")
    return 65536 if size == 1 else size  # the header's encoding of 64 KiB


def _cut_in_half(db: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def _cut_to_one_page(db: Path) -> None:
    os.truncate(db, _page_size(db))


def _last_page_cut(db: Path) -> None:
    os.truncate(db, db.stat().st_size - _page_size(db))


def _page_removed(db: Path) -> None:
    size, data = _page_size(db), db.read_bytes()
    middle = len(data) // size // 2
    db.write_bytes(data[: middle * size] + data[(middle + 1) * size :])


def _zero_header(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.write(bytes(100))


def _random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(15).randbytes(db.stat().st_size))


def _drop_table(name: str) -> Callable[[Path], None]:
    def drop(db: Path) -> None:
        con = sqlite3.connect(db)
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(f"DROP TABLE {name}")
        con.commit()
        con.close()

    return drop


def _flip_bytes(db: Path) -> None:
    data = bytearray(db.read_bytes())
    rng = random.Random(200)
    for _ in range(200):
        at = rng.randrange(100, len(data))
        data[at] ^= 0xFF
    db.write_bytes(bytes(data))


def _another_programs_database(db: Path) -> None:
    db.unlink()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
    con.commit()
    con.close()


def _a_folder_in_its_place(db: Path) -> None:
    db.unlink()
    db.mkdir()


# Each leaves a file no command can use; `check` and any other command say "damaged" and point to restore,
# which moves the file aside and puts the backup in its place.
DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut in half": _cut_in_half,
    "cut to one page": _cut_to_one_page,
    "last page cut": _last_page_cut,
    "a page removed": _page_removed,
    "header zeroed": _zero_header,
    "random bytes": _random_bytes,
    "alembic_version dropped": _drop_table("alembic_version"),
    "contacts table dropped": _drop_table("contacts"),
    "search index dropped": _drop_table("contacts_fts"),
    "200 flipped bytes": _flip_bytes,
    "another program's database": _another_programs_database,
    "a folder in its place": _a_folder_in_its_place,
}


def _library_with_archive(root: Path) -> tuple[Library, Path]:
    library = Library.open(root)
    for index in range(300):
        create_contact(library, Contact(full_name=f"Person {index}", company="Quadrant", notes="x" * 200))
    store_scanned_card(library, scanned(), ExchangeDefaults())
    archive = write_archive(library.db_path, library.images, library.backups_dir)
    library.close()
    for suffix in ("-wal", "-shm"):  # the damage goes to the file itself, as after a clean shutdown
        root.joinpath("cardbook.sqlite3" + suffix).unlink(missing_ok=True)
    return library, archive


def _tables(db: Path) -> set[str]:
    if not db.exists():
        return set()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def _cardbook(root: Path, *args: str) -> int:
    return main(["--library", str(root), *args])


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_restore_repairs_a_database_that_cannot_be_opened(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    library, archive = _library_with_archive(root)
    DAMAGE[kind](library.db_path)
    damaged = library.db_path.is_file() and library.db_path.read_bytes()

    assert _cardbook(root, "check") == 1
    err = capsys.readouterr().err
    assert f"database {library.db_path} is damaged (" in err and "cardbook restore" in err, err
    assert _cardbook(root, "search", "Person") == 1  # any other command: the same one line, no traceback
    err = capsys.readouterr().err
    assert "is damaged (" in err and "cardbook restore" in err and "internal error" not in err, err

    assert _cardbook(root, "restore", str(archive)) == 0
    out = capsys.readouterr().out
    assert count_contacts(Library.open(root)) == 301
    assert _cardbook(root, "check") == 0, capsys.readouterr()
    [aside] = root.joinpath("backups").glob("damaged-*")
    assert f"moved aside, not deleted: {aside}" in out
    kept = aside / "cardbook.sqlite3"
    assert kept.read_bytes() == damaged if damaged else kept.is_dir()  # kept as it was, never deleted


def test_a_stray_write_ahead_log_does_not_damage_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Random bytes as the -wal file (left by another copy of the folder): SQLite ignores a log whose checksums
    do not hold, so the library stays whole and a restore keeps it as a backup, not as damage."""
    root = tmp_path / "lib"
    _library, archive = _library_with_archive(root)
    root.joinpath("cardbook.sqlite3-wal").write_bytes(random.Random(3).randbytes(50_000))
    assert _cardbook(root, "check") == 0
    assert _cardbook(root, "restore", str(archive)) == 0
    assert "as it was before is kept in" in capsys.readouterr().out
    assert not list(root.joinpath("backups").glob("damaged-*"))
    assert count_contacts(Library.open(root)) == 301


@pytest.mark.parametrize("loss", ["deleted", "emptied", "emptied by a tool"])
def test_a_lost_database_beside_images_is_not_silently_replaced(
    tmp_path: Path, loss: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    library, archive = _library_with_archive(root)
    if loss == "deleted":
        library.db_path.unlink()
    elif loss == "emptied":
        library.db_path.write_bytes(b"")
    else:  # an SQLite file holding no table at all, as a tool that opened a deleted library's path leaves it
        library.db_path.unlink()
        con = sqlite3.connect(library.db_path)
        con.execute("PRAGMA user_version = 1")
        con.close()
        assert library.db_path.stat().st_size > 0
    assert _cardbook(root, "check") == 1
    err = capsys.readouterr().err
    assert f"is {'missing' if loss == 'deleted' else 'empty'} but 2 card images are" in err
    assert "cardbook restore" in err
    assert _cardbook(root, "search", "Person") == 1  # nor by any other command
    assert "card images are still there" in capsys.readouterr().err
    assert _tables(library.db_path) == set()  # nothing created

    assert _cardbook(root, "restore", str(archive)) == 0
    assert count_contacts(Library.open(root)) == 301


def test_an_archive_brings_lost_images_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    _library, archive = _library_with_archive(root)
    shutil.rmtree(root / "images")
    assert _cardbook(root, "check") == 1  # the cards' files are missing
    capsys.readouterr()
    assert _cardbook(root, "restore", str(archive)) == 0
    assert "2 card images brought back" in capsys.readouterr().out
    assert _cardbook(root, "check") == 0


def test_backup_with_images_is_one_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import tarfile

    root = tmp_path / "lib"
    _library_with_archive(root)
    assert _cardbook(root, "backup", "--with-images") == 0
    written = Path(capsys.readouterr().out.strip())
    with tarfile.open(written) as tar:
        names = tar.getnames()
    assert names[0] == "cardbook.sqlite3" and sum(n.startswith("images/") for n in names) == 2


def _an_image(root: Path) -> Path:
    return min(path for path in root.joinpath("images").glob("*/*") if path.is_file())


def test_a_damaged_card_image_is_found_and_brought_back_by_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An image file cut short on disk: `check` names it (a stat: its size is not the one stored), and restoring
    the archive writes the backup's copy over it."""
    root = tmp_path / "lib"
    _library, archive = _library_with_archive(root)
    image = _an_image(root)
    whole = image.read_bytes()
    image.write_bytes(whole[: len(whole) // 2])
    assert _cardbook(root, "check") == 1
    assert f"images: file {image.name} is damaged" in capsys.readouterr().out
    assert _cardbook(root, "restore", str(archive)) == 0
    assert "1 card image brought back" in capsys.readouterr().out
    assert image.read_bytes() == whole
    assert _cardbook(root, "check") == 0


def test_flipped_bytes_in_a_card_image_are_found_by_repair_and_restored_from_an_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same size, other bytes: only hashing sees it (`check --repair`). The archive's copy brings it back; the
    backups' image store cannot, its files being hard links to the damaged one, and restore says so."""
    root = tmp_path / "lib"
    _library, archive = _library_with_archive(root)
    library = Library.open(root)
    backup = library.backup("manual")
    library.close()
    assert backup is not None
    image = _an_image(root)
    whole = image.read_bytes()
    at = len(whole) // 2
    image.write_bytes(whole[:at] + bytes([whole[at] ^ 0xFF]) + whole[at + 1 :])
    assert _cardbook(root, "check") == 0  # a stat sees the right size
    assert _cardbook(root, "check", "--repair") == 1
    assert f"images: file {image.name} is damaged" in capsys.readouterr().out

    assert _cardbook(root, "restore", str(backup)) == 0
    assert "1 card image of the backup was damaged too" in capsys.readouterr().out
    assert _cardbook(root, "restore", str(archive)) == 0
    assert "1 card image brought back" in capsys.readouterr().out
    assert image.read_bytes() == whole
    assert _cardbook(root, "check", "--repair") == 0
