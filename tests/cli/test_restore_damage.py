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


def _cut_in_half(db: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def _zero_header(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.write(bytes(100))


def _random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(15).randbytes(db.stat().st_size))


def _drop_version(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()


def _flip_bytes(db: Path) -> None:
    data = bytearray(db.read_bytes())
    rng = random.Random(200)
    for _ in range(200):
        at = rng.randrange(100, len(data))
        data[at] ^= 0xFF
    db.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "cut in half": _cut_in_half,
    "header zeroed": _zero_header,
    "random bytes": _random_bytes,
    "alembic_version dropped": _drop_version,
    "200 flipped bytes": _flip_bytes,
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


def _cardbook(root: Path, *args: str) -> int:
    return main(["--library", str(root), *args])


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_restore_repairs_a_database_that_cannot_be_opened(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    library, archive = _library_with_archive(root)
    DAMAGE[kind](library.db_path)
    damaged_bytes = library.db_path.read_bytes()

    if kind != "200 flipped bytes":  # flips may land where quick_check does not look; restore still works
        assert _cardbook(root, "check") == 1
        assert "damaged" in capsys.readouterr().err

    assert _cardbook(root, "restore", str(archive)) == 0
    out = capsys.readouterr().out
    assert count_contacts(Library.open(root)) == 301
    assert _cardbook(root, "check") == 0, capsys.readouterr()
    if "moved aside" in out:
        [aside] = root.joinpath("backups").glob("damaged-*")
        assert (aside / "cardbook.sqlite3").read_bytes() == damaged_bytes  # kept, never deleted
        assert str(aside) in out
    else:
        assert kind == "200 flipped bytes"


@pytest.mark.parametrize("loss", ["deleted", "emptied"])
def test_a_lost_database_beside_images_is_not_silently_replaced(
    tmp_path: Path, loss: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    library, archive = _library_with_archive(root)
    if loss == "deleted":
        library.db_path.unlink()
    else:
        library.db_path.write_bytes(b"")
    assert _cardbook(root, "check") == 1
    err = capsys.readouterr().err
    assert f"is {'missing' if loss == 'deleted' else 'empty'} but 2 card image(s)" in err
    assert "cardbook restore" in err
    assert not library.db_path.exists() or library.db_path.stat().st_size == 0  # nothing created

    assert _cardbook(root, "restore", str(archive)) == 0
    assert count_contacts(Library.open(root)) == 301


def test_an_archive_brings_lost_images_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    _library, archive = _library_with_archive(root)
    shutil.rmtree(root / "images")
    assert _cardbook(root, "check") == 1  # the cards' files are missing
    capsys.readouterr()
    assert _cardbook(root, "restore", str(archive)) == 0
    assert "2 card image(s) brought back" in capsys.readouterr().out
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
