"""Card images in a server library's database (contacts/server_images.py) and pg_dump backups
(upkeep/server_backup.py): docs/TEAM_LIBRARY.md, "Images in the database" and "Backups".

The tests that take `library` run on a folder and on a server (the folder store must keep working as before);
the others need the server: chunks, two members at once, a second machine with an empty folder, dumps."""

from __future__ import annotations

import hashlib
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import URL

from cardbook.cli.main import main
from cardbook.domain.contact import Contact
from cardbook.storage.backends import ServerBackend
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_photo_cards
from cardbook.storage.contacts.cards import CardReading, cards_of, update_card_reading
from cardbook.storage.contacts.erasure import erase_contact
from cardbook.storage.contacts.records import create_contact, delete_contact
from cardbook.storage.contacts.server_images import CHUNK_SIZE
from cardbook.storage.errors import LibraryError
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, StoredImageRow
from cardbook.storage.upkeep import server_backup
from cardbook.storage.upkeep.integrity import check_library, mend_server_images
from cardbook.storage.upkeep.leftovers import remove_leftovers
from cardbook.storage.upkeep.transfer_in import import_library
from cardbook.storage.upkeep.transfer_out import export_library
from tests.pg_server import PgCluster
from tests.storage.conftest import BOTH
from tests.storage.test_cards import scanned

ENGINES = BOTH  # tests/storage/conftest.py: the `library` tests run on a folder and on a server
BIG = os.urandom(3 * CHUNK_SIZE + 123_456)  # a phone photo's size: four chunks, the last one short
WAIT_S = 60  # an upper bound for what another thread must reach, never a measure


def _store(library: Library, data: bytes, extension: str = "jpg") -> str:
    """An image stored as the services store one: its bytes and its row in one write session, and the card of a
    new contact that uses it (an image no card uses is a leftover for `check`)."""
    contact = create_contact(library, Contact(full_name="Zoé Martin"))
    with library.writing() as session:
        sha, _ = library.images.put(data, extension, session)
        image_id = session.scalar(select(StoredImageRow.id).where(StoredImageRow.sha256 == sha))
        if image_id is None:
            image = StoredImageRow(sha256=sha, extension=extension, byte_size=len(data))
            session.add(image)
            session.flush()
            image_id = image.id
        session.add(CardImageRow(contact_id=contact.id, original_image_id=image_id))
    return sha


def _chunks(library: Library, sha: str) -> list[tuple[int, int]]:
    with library.session() as session:
        rows = session.execute(
            text("SELECT seq, length(data) FROM image_chunks WHERE sha256 = :s ORDER BY seq"), {"s": sha}
        )
        return [(int(seq), int(size)) for seq, size in rows]


def _all_chunks(library: Library) -> int:
    with library.session() as session:
        return int(session.execute(text("SELECT count(*) FROM image_chunks")).scalar_one())


@pytest.fixture
def statements(pg_library: Library) -> Iterator[list[tuple[str, int]]]:
    """Every statement the server library sends, with its largest bytes parameter."""
    seen: list[tuple[str, int]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        values = parameters.values() if isinstance(parameters, dict) else (parameters or ())
        values = [getattr(v, "obj", v) for v in values]  # psycopg wraps bytes in Binary
        sizes = [len(v) for v in values if isinstance(v, bytes | bytearray | memoryview)]
        seen.append((statement, max(sizes, default=0)))

    event.listen(pg_library.engine, "before_cursor_execute", record)
    yield seen
    event.remove(pg_library.engine, "before_cursor_execute", record)


# --- both engines ------------------------------------------------------------------------------------------------


def test_an_image_stored_is_read_back_byte_for_byte(library: Library) -> None:
    sha = _store(library, BIG)
    assert sha == hashlib.sha256(BIG).hexdigest()
    path = library.images.path_for(sha, "jpg")
    assert path.read_bytes() == BIG
    assert library.images.exists(sha, "jpg") and not library.images.exists("0" * 64, "jpg")
    assert check_library(library, deep=True).ok


def test_the_same_bytes_are_stored_once(library: Library) -> None:
    first, second = _store(library, BIG), _store(library, BIG)
    assert first == second
    with library.session() as session:
        assert session.scalar(select(StoredImageRow.id).where(StoredImageRow.sha256 == first)) is not None
        assert len(session.scalars(select(StoredImageRow)).all()) == 1
    if library.is_server:
        assert len(_chunks(library, first)) == 4


# --- the server: chunks --------------------------------------------------------------------------------------------


def test_a_server_writes_and_reads_an_image_a_chunk_per_statement(
    pg_library: Library, statements: list[tuple[str, int]]
) -> None:
    sha = _store(pg_library, BIG)
    inserts = [size for sql, size in statements if sql.startswith("INSERT INTO image_chunks")]
    assert len(inserts) == 4 and max(inserts) == CHUNK_SIZE  # never the whole photo in one statement
    assert _chunks(pg_library, sha) == [(0, CHUNK_SIZE), (1, CHUNK_SIZE), (2, CHUNK_SIZE), (3, 123_456)]
    assert max(size for _, size in statements) == CHUNK_SIZE

    copy = pg_library.images.local_path(sha, "jpg")
    copy.unlink()  # this machine's copy lost: it comes back from the database, a chunk at a time
    statements.clear()
    assert pg_library.images.path_for(sha, "jpg").read_bytes() == BIG
    reads = [sql for sql, _ in statements if "FROM image_chunks" in sql]
    assert len(reads) == 5  # four chunks, then the question that finds no fifth
    assert not [p for p in copy.parent.iterdir() if p.name.startswith(".tmp-")]


def test_chunks_are_compressed_with_lz4_where_the_server_has_it(pg_library: Library) -> None:
    """pglz works through a whole JPEG chunk before giving up (server_images.py says why lz4); the setting is the
    transaction's own again after the chunks."""
    with pg_library.session() as session:
        offered = session.execute(
            text("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        ).scalar()
    if not offered:
        pytest.skip("this PostgreSQL was built without lz4")
    with pg_library.writing() as session:
        before = session.execute(text("SELECT current_setting('default_toast_compression')")).scalar_one()
        sha, _ = pg_library.images.put(b"card " * 300_000, "jpg", session)  # compressible, unlike a photo
        after = session.execute(text("SELECT current_setting('default_toast_compression')")).scalar_one()
        methods = session.execute(
            text("SELECT DISTINCT pg_column_compression(data) FROM image_chunks WHERE sha256 = :s"), {"s": sha}
        ).scalars()
        assert list(methods) == ["lz4"] and after == before == "pglz"


def test_a_copy_is_never_made_from_chunks_that_do_not_match(pg_library: Library) -> None:
    sha = _store(pg_library, BIG)
    pg_library.images.local_path(sha, "jpg").unlink()
    with pg_library.writing() as session:
        session.execute(text("UPDATE image_chunks SET data = :d WHERE sha256 = :s AND seq = 2"),
                        {"d": b"x" * CHUNK_SIZE, "s": sha})  # fmt: skip
    path = pg_library.images.path_for(sha, "jpg")
    assert not path.exists() and not list(path.parent.iterdir())  # no copy, no temporary file left
    problems = check_library(pg_library).problems
    assert problems == []  # counts and sizes are right: only reading the bytes finds it
    deep = check_library(pg_library, deep=True).problems
    assert deep == [f"images: image {sha}.jpg does not match its SHA-256 in the database"]


def test_two_members_storing_the_same_photo_at_once_store_it_once(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Two Library objects (two members' machines), each in its own transaction without the library's write lock:
    the second insert waits for the first transaction, then does nothing. Neither fails."""
    url = pg_cluster.url(pg_cluster.new_database())
    anne, bruno = (Library.open(url, local_root=tmp_path / name) for name in ("anne", "bruno"))
    anne_put, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []
    shas: list[str] = []

    def member(library: Library, first: bool) -> None:
        try:
            with library.session() as session:
                sha, _ = library.images.put(BIG, "jpg", session)
                shas.append(sha)
                if first:
                    anne_put.set()
                    release.wait(WAIT_S)
                session.commit()
        except BaseException as error:  # reported by the test below
            errors.append(error)

    first = threading.Thread(target=member, args=(anne, True))
    first.start()
    assert anne_put.wait(WAIT_S)
    second = threading.Thread(target=member, args=(bruno, False))
    second.start()
    try:
        deadline = time.monotonic() + WAIT_S
        while not _waiting_on_a_lock(anne) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _waiting_on_a_lock(anne), "Bruno's insert should wait for Anne's transaction"
    finally:
        release.set()
        first.join(WAIT_S)
        second.join(WAIT_S)
    assert errors == []
    assert len(set(shas)) == 1 and len(shas) == 2
    assert _chunks(anne, shas[0]) == [(0, CHUNK_SIZE), (1, CHUNK_SIZE), (2, CHUNK_SIZE), (3, 123_456)]
    for library in (anne, bruno):
        library.close()


def _waiting_on_a_lock(library: Library) -> bool:
    with library.engine.connect() as connection:
        query = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        return bool(connection.exec_driver_sql(query).scalar())


def test_two_members_importing_the_same_card_photo_together(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """The services' way (write sessions, each with its images row): both imports succeed, one image row and one
    set of chunks per image."""
    url = pg_cluster.url(pg_cluster.new_database())
    anne, bruno = (Library.open(url, local_root=tmp_path / name) for name in ("anne", "bruno"))
    card = scanned()
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def member(library: Library, name: str) -> None:
        try:
            start.wait(WAIT_S)
            store_photo_cards(library, [scanned(name)], ExchangeDefaults())
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=member, args=a) for a in ((anne, "Hélène Leroy"), (bruno, "Marc Blanc"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_S)
    assert errors == []
    with anne.session() as session:
        images = session.scalars(select(StoredImageRow)).all()
    assert card.original is not None
    photo_sha = hashlib.sha256(card.original).hexdigest()
    assert photo_sha in {image.sha256 for image in images}
    assert len(_chunks(anne, photo_sha)) == 1
    assert _all_chunks(anne) == len(images)  # small test images: one chunk each, none twice
    assert check_library(anne, deep=True).ok
    for library in (anne, bruno):
        library.close()


# --- a second machine ---------------------------------------------------------------------------------------------


def test_a_card_scanned_on_one_machine_is_seen_on_another(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.ocr.render import FRENCH_CARD, photograph, render, save

    photo = Path(save(str(tmp_path / "IMG_0412.jpg"), photograph(render(FRENCH_CARD), seed=21)))
    url = pg_cluster.url(pg_cluster.new_database())
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "first-machine"))
    assert main(["--library", url, "scan", str(photo), "--import", "--json"]) == 0
    assert '"contact_id"' in capsys.readouterr().out

    other = Library.open(url, local_root=tmp_path / "second-machine")  # an empty folder: nothing cached
    try:
        [card] = [c for cid in _contact_ids(other) for c in cards_of(other, cid)]
        assert card.original_path is not None and card.crop_path is not None
        assert card.original_path.is_relative_to(tmp_path / "second-machine")
        assert card.original_path.read_bytes() == photo.read_bytes()
        import cv2

        crop = cv2.imread(str(card.crop_path))
        assert crop is not None and crop.shape[0] > 100 and crop.shape[1] > 100
        assert check_library(other, deep=True).ok
    finally:
        other.close()


def _contact_ids(library: Library) -> list[int]:
    from cardbook.storage.contacts.records import all_contact_ids

    return list(all_contact_ids(library))


def test_a_library_file_carries_a_server_librarys_images_to_another_server(
    pg_cluster: PgCluster, pg_library: Library, tmp_path: Path
) -> None:
    store_photo_cards(pg_library, [scanned()], ExchangeDefaults())
    for path in pg_library.images.root.rglob("*.*"):
        path.unlink()  # exported from the database itself, not from this machine's copies
    exported = tmp_path / "team.cardbook"
    with exported.open("wb") as handle:
        summary = export_library(pg_library, handle)
    assert summary.images == 2 and summary.missing_images == []
    target = Library.open(pg_cluster.url(pg_cluster.new_database()), local_root=tmp_path / "elsewhere")
    try:
        import_library(target, exported)
        [card] = [c for cid in _contact_ids(target) for c in cards_of(target, cid)]
        assert card.original_path is not None and card.original_path.read_bytes() == scanned().original
        assert _all_chunks(target) == 2 and check_library(target, deep=True).ok
    finally:
        target.close()


# --- deleting, erasing, re-reading ---------------------------------------------------------------------------------


def _card_files(library: Library, contact_id: int) -> list[Path]:
    return [p for card in cards_of(library, contact_id) for p in (card.original_path, card.crop_path) if p]


def test_erasing_a_person_takes_their_images_chunks_and_copies(library: Library) -> None:
    [erased] = store_photo_cards(library, [scanned()], ExchangeDefaults())  # type: ignore[misc]
    [kept] = store_photo_cards(library, [scanned("Marc Blanc")], ExchangeDefaults())  # type: ignore[misc]
    copies = _card_files(library, erased)
    gone, staying = {p.stem for p in copies}, {p.stem for p in _card_files(library, kept)}
    assert len(gone) == 2 and not gone & staying and all(p.is_file() for p in copies)
    thumbnail = library.images.thumbnail_path(next(iter(gone)), 200, 128)
    thumbnail.parent.mkdir(parents=True)
    thumbnail.write_bytes(b"small")

    result = erase_contact(library, erased)

    assert result.images_removed == 2
    assert not any(path.exists() for path in copies) and not thumbnail.exists()
    if library.is_server:
        assert all(_chunks(library, sha) == [] for sha in gone)
        assert all(_chunks(library, sha) for sha in staying)
    assert check_library(library, deep=True).ok


def test_deleting_a_contact_and_rereading_a_card_drop_the_chunks_nothing_uses(pg_library: Library) -> None:
    [first] = store_photo_cards(pg_library, [scanned()], ExchangeDefaults())  # type: ignore[misc]
    [card] = cards_of(pg_library, first)
    assert card.crop_path is not None
    old_crop = card.crop_path.stem
    reading = CardReading(crop_image=b"\xff\xd8\xff a new crop", ocr_text="read again")
    record = update_card_reading(pg_library, card.id, reading)
    assert record.crop_path is not None and record.crop_path.read_bytes() == b"\xff\xd8\xff a new crop"
    assert _chunks(pg_library, old_crop) == [] and len(_chunks(pg_library, record.crop_path.stem)) == 1

    delete_contact(pg_library, first)
    assert _all_chunks(pg_library) == 0
    assert check_library(pg_library, deep=True).ok


# --- check and repair ----------------------------------------------------------------------------------------------


def test_check_finds_a_missing_chunk_and_orphan_chunks_and_repair_mends_them(pg_library: Library) -> None:
    sha = _store(pg_library, BIG)
    assert check_library(pg_library, deep=True).ok
    with pg_library.writing() as session:
        session.execute(text("DELETE FROM image_chunks WHERE sha256 = :s AND seq = 1"), {"s": sha})
        session.execute(text("INSERT INTO image_chunks (sha256, seq, data) VALUES (:s, 0, 'stray')"), {"s": "f" * 64})

    problems = check_library(pg_library).problems
    assert f"images: image {sha}.jpg lacks chunks (3 of 4 in the database)" in problems
    assert f"images: the database holds chunks of {'f' * 64} for no image" in problems

    assert remove_leftovers(pg_library) == 1  # the orphan chunk
    assert mend_server_images(pg_library) == 1  # from this machine's copy, which matches the hash
    assert check_library(pg_library, deep=True).ok
    assert len(_chunks(pg_library, sha)) == 4


def test_check_repair_on_the_command_line(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`cardbook check` says what is wrong; `--repair` takes a dump first, then mends the image from this machine's
    copy (the command's own local folder, under the user data folder, which the library below shares)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = pg_cluster.url(pg_cluster.new_database())
    library = Library.open(url)
    sha = _store(library, BIG)
    with library.writing() as session:
        session.execute(text("DELETE FROM image_chunks WHERE sha256 = :s AND seq = 3"), {"s": sha})
    assert main(["--library", url, "check"]) == 1
    out, err = capsys.readouterr()
    assert out == f"images: image {sha}.jpg lacks chunks (3 of 4 in the database)\n"
    assert err.startswith("cardbook: 1 problem found")

    assert main(["--library", url, "check", "--repair"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "Wrote 1 damaged image again from this machine's copies."
    assert out.splitlines()[1].startswith("Library OK (1 contacts, 1 images)") and err == ""
    assert len(list(library.backups_dir.glob("cardbook-*-before-repair.dump"))) == 1  # taken before repairing
    library.images.local_path(sha, "jpg").unlink()
    assert library.images.path_for(sha, "jpg").read_bytes() == BIG
    library.close()


def _server_url(library: Library) -> URL:
    assert isinstance(library.backend, ServerBackend)
    return library.backend.url


def _url_of(library: Library) -> str:
    """The library's URL with its socket folder, as `--library` takes it."""
    return _server_url(library).render_as_string(hide_password=False).replace("postgresql+psycopg", "postgresql")


# --- backups -------------------------------------------------------------------------------------------------------


def _pg_restore() -> Path:
    found = server_backup.find_pg_dump()
    assert found is not None
    return found.with_name("pg_restore")


def test_a_backup_is_a_dump_pg_restore_reads(pg_library: Library) -> None:
    _store(pg_library, BIG)
    dump = pg_library.backup("manual")
    assert dump is not None and dump.parent == pg_library.backups_dir
    assert dump.name.startswith("cardbook-") and dump.name.endswith("-manual.dump")
    listed = subprocess.run([str(_pg_restore()), "--list", str(dump)], capture_output=True, text=True, check=False)
    assert listed.returncode == 0, listed.stderr
    assert "TABLE DATA public image_chunks" in listed.stdout and "TABLE DATA public contacts" in listed.stdout
    assert dump.stat().st_size > len(BIG) // 2  # the images are in it (random bytes do not compress)
    assert [p.name for p in pg_library.backups_dir.iterdir()] == [dump.name]  # no temporary file left


def test_old_dumps_are_pruned_like_folder_backups(pg_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_backup, "KEEP_BACKUPS", 2)
    made = [pg_library.backup(reason) for reason in ("first", "second", "third")]
    assert sorted(pg_library.backups_dir.glob("cardbook-*.dump")) == made[1:]


def test_the_password_goes_through_the_environment_never_the_command_line(
    pg_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _server_url(pg_library).set(password="s3cret-word")  # the test cluster trusts: any password will do
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(command: list[str], **options: Any) -> Any:
        seen.append((command, options["env"]))
        return real_run(command, **options)

    monkeypatch.setattr(server_backup.subprocess, "run", spy)
    dump = server_backup.dump_server(url, tmp_path / "backups")
    assert dump.is_file()
    [(command, env)] = seen
    assert not any("s3cret-word" in part for part in command) and env["PGPASSWORD"] == "s3cret-word"
    assert "--no-password" in command


def test_a_backup_that_cannot_be_made_is_one_line(
    pg_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_library.backend.url.set(database="no_such_database")  # type: ignore[attr-defined]
    with pytest.raises(
        LibraryError, match=r'^cannot back up .*no_such_database.*: .*"no_such_database" does not exist'
    ):
        server_backup.dump_server(url, tmp_path / "backups")
    assert not list((tmp_path / "backups").iterdir())  # no half dump left

    slow = tmp_path / "bin"
    slow.mkdir()
    (slow / "pg_dump").write_text("#!/bin/sh\nexec sleep 600\n")
    (slow / "pg_dump").chmod(0o755)
    monkeypatch.setenv("PATH", f"{slow}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(LibraryError, match=r"pg_dump did not finish within 1 seconds, stopped$"):
        server_backup.dump_server(_server_url(pg_library), tmp_path / "backups", timeout_s=1)

    monkeypatch.setattr(server_backup, "find_pg_dump", lambda: None)
    assert main(["--library", _url_of(pg_library), "backup"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "pg_dump is not on this machine" in err and "postgresql-client" in err


def test_erasing_says_the_dumps_still_hold_the_person(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = pg_cluster.url(pg_cluster.new_database())
    library = Library.open(url)
    [contact_id] = store_photo_cards(library, [scanned()], ExchangeDefaults())  # type: ignore[misc]
    assert library.backup("manual") is not None
    library.close()
    assert main(["--library", url, "erase", str(contact_id), "--from-backups"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == f"Erased Hélène Leroy (#{contact_id}) and 2 card images."
    assert out.splitlines()[-1] == (
        f"The 1 dump of the server library in {library.backups_dir} still holds them: Cardbook cannot rewrite a "
        "pg_dump file; delete the dumps taken before now to be rid of them."
    )
    again = Library.open(url)
    assert _all_chunks(again) == 0
    again.close()
