"""A library on a PostgreSQL server (docs/TEAM_LIBRARY.md): its URL, its password, its locks, the command line.

Real servers only: the throw-away cluster of tests/pg_server.py. The one stand-in is the keyring's backend (the
system's Secret Service needs a desktop session this machine does not have): an in-memory keyring, so that the
password really travels from a keyring to a server that refuses connections without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from cardbook.app.errors import describe
from cardbook.domain.contact import Contact
from cardbook.storage import server
from cardbook.storage.contacts.records import create_contact, search
from cardbook.storage.errors import LibraryError, is_library_busy
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION
from cardbook.storage.server import KEYRING_SERVICE, is_server_url, keyring_entry, parse_url, redacted, server_revision
from tests.memory_keyring import MemoryKeyring
from tests.pg_server import PgCluster

REPO = Path(__file__).resolve().parents[2]


def test_urls_are_recognised_parsed_and_shown_without_their_password() -> None:
    assert is_server_url("postgresql://anne@db.example/team") and is_server_url(" postgres://h/db")
    assert not is_server_url("/home/anne/Cardbook") and not is_server_url("postgresql-notes")
    url = parse_url("postgresql://anne:s3cret@db.example:5433/team")
    assert redacted(url) == "postgresql://anne@db.example:5433/team" and "s3cret" not in redacted(url)
    assert keyring_entry(url) == "anne@db.example:5433/team"
    socket = parse_url("postgresql:///team?host=/run/postgresql")
    assert redacted(socket) == "postgresql:///team?host=/run/postgresql"
    # A socket folder with a space or a plus reads back as the same folder from the text shown and remembered.
    odd = parse_url("postgresql:///team?host=/tmp/my%20sock%2Bets")
    assert odd.query["host"] == "/tmp/my sock+ets"
    assert redacted(odd) == "postgresql:///team?host=/tmp/my%20sock%2Bets"
    assert parse_url(redacted(odd)).query["host"] == "/tmp/my sock+ets"
    with pytest.raises(LibraryError, match="names no database"):
        parse_url("postgresql://anne@db.example")


def test_a_server_that_cannot_be_reached_is_one_clear_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-server-here"
    missing.mkdir()
    with pytest.raises(LibraryError) as caught:
        Library.open(f"postgresql://anne:s3cret@/team?host={missing}", local_root=tmp_path / "local")
    message = str(caught.value)
    assert message.startswith(f"cannot open the library on postgresql://anne@/team?host={missing}: ")
    assert "\n" not in message and "s3cret" not in message


def test_writers_take_turns_and_readers_do_not_wait(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Two Library objects (two windows, two commands) on one server library: the second writer starts only
    when the first has committed, as SQLite's BEGIN IMMEDIATE gives; a reader meanwhile is not held up."""
    url = pg_cluster.url(pg_cluster.new_database())
    first, second = Library.open(url, local_root=tmp_path / "a"), Library.open(url, local_root=tmp_path / "b")
    holding, release, order = threading.Event(), threading.Event(), []

    def hold() -> None:
        with first.writing() as session:
            session.add_all([])
            holding.set()
            release.wait(10)
            order.append("first committed")

    def write_second() -> None:
        with second.writing():
            order.append("second began")

    try:
        holder = threading.Thread(target=hold)
        holder.start()
        assert holding.wait(10)
        waiter = threading.Thread(target=write_second)
        waiter.start()
        time.sleep(0.5)
        assert order == [], "the second writer must wait for the first"
        assert search(second, "nobody") == []  # a read goes through while the writer holds the lock
        release.set()
        holder.join(10)
        waiter.join(10)
        assert order == ["first committed", "second began"]
    finally:
        release.set()
        first.close()
        second.close()


def test_a_writer_kept_waiting_too_long_is_told_the_library_is_busy(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another member's write that holds the lock past the wait ends the second write as "busy", the message
    SQLite's busy timeout gives, which the window's save tries again, instead of a wait with no end."""
    monkeypatch.setattr(server, "WRITE_LOCK_TIMEOUT_MS", 300)
    url = pg_cluster.url(pg_cluster.new_database())
    first, second = Library.open(url, local_root=tmp_path / "a"), Library.open(url, local_root=tmp_path / "b")
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with first.writing():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    try:
        holder.start()
        assert holding.wait(10)
        with pytest.raises(Exception) as caught:
            create_contact(second, Contact(full_name="Inès Roux"))
        assert is_library_busy(caught.value)
        assert describe(caught.value)[0] == "the library is busy in another Cardbook window or command; try again"
        release.set()
        holder.join(10)
        assert create_contact(second, Contact(full_name="Inès Roux")).id is not None  # once free, it goes through
        assert [c.name for c in search(first, "roux")] == ["Inès Roux"]
    finally:
        release.set()
        holder.join(10)
        first.close()
        second.close()


def test_two_openings_of_a_new_database_migrate_it_once(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Two members opening a brand-new team library together: the migration lock lets one create the schema and
    the other find it done (without it, the second CREATE TABLE fails)."""
    url = pg_cluster.url(pg_cluster.new_database(template="template0"))
    results: list[object] = []

    def open_it(name: str) -> None:
        try:
            Library.open(url, local_root=tmp_path / name).close()
            results.append("ok")
        except Exception as exc:
            results.append(exc)

    threads = [threading.Thread(target=open_it, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert results == ["ok", "ok"]
    library = Library.open(url, local_root=tmp_path / "c")
    try:
        assert server_revision(library.engine) == HEAD_REVISION
    finally:
        library.close()


@pytest.fixture
def password_role(pg_cluster: PgCluster) -> Iterator[tuple[str, str]]:
    """A role that must give a password (scram-sha-256 for it alone in pg_hba.conf), and its database's URL."""
    with pg_cluster.password_database() as name:
        yield f"postgresql://member@/{name}?host={pg_cluster.socket_dir}", name


def test_the_password_comes_from_the_keyring_or_pgpass_never_from_cardbook(
    password_role: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, name = password_role
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    store = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        with pytest.raises(LibraryError, match="password"):
            Library.open(url, local_root=tmp_path / "l")
        store.set_password(KEYRING_SERVICE, keyring_entry(parse_url(url)), "team secret")
        library = Library.open(url, local_root=tmp_path / "l")
        create_contact(library, Contact(full_name="Anne Keyring"))
        assert [s.name for s in search(library, "keyring")] == ["Anne Keyring"]
        library.close()
        stored = [p for p in (tmp_path / "l").rglob("*") if p.is_file()]
        assert all(b"team secret" not in p.read_bytes() for p in stored)

        # A .pgpass that has it: libpq reads it, and the keyring is not even asked.
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"*:*:{name}:member:team secret\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        store.entries.clear()
        asked = store.asked
        Library.open(url, local_root=tmp_path / "l").close()
        assert store.asked == asked
    finally:
        keyring.set_keyring(previous)


def test_the_command_line_takes_a_server_url(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Through a real `cardbook` process: demo data in, search and check, and a backup (a pg_dump file in this
    machine's folder for the library: tests/storage/test_server_images.py reads one back)."""
    url = pg_cluster.url(pg_cluster.new_database())
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_DATA_HOME": str(tmp_path / "data")}

    def cardbook(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "cardbook", "--library", url, *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)

    assert cardbook("demo", "--contacts", "30").returncode == 0
    found = cardbook("search", "a", "--json")
    assert found.returncode == 0 and found.stdout.count("\n") >= 1
    checked = cardbook("check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("Library OK (30 contacts") and url.split("?")[0] in checked.stdout
    backup = cardbook("backup")
    assert backup.returncode == 0, backup.stderr
    # This machine's folder for the library was made under the user data folder, named after the database.
    database = url.split("?")[0].rsplit("/", 1)[1].replace("_", "-")
    [folder] = list((tmp_path / "data").glob(f"*/servers/local-{database}-*"))
    [dump] = list((folder / "backups").glob("cardbook-*-manual.dump"))
    assert backup.stdout == f"{dump}\n" and dump.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
