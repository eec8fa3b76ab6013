"""Opening an older library tells the caller before the upgrade starts (storage/migrate.py, `on_upgrade`): the
command line prints a line and the window shows a dialog, since an upgrade takes seconds on a large library.
Told once, with the revision upgraded from, before the backup is written; never for a current or new library,
nor for one a newer Cardbook wrote (refused)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cardbook.storage.errors import NewerLibraryError
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION, current_revision
from cardbook.storage.server import server_revision
from tests.pg_server import PgCluster
from tests.storage.pg_fixtures import postgres_at

FIXTURE = Path(__file__).parent / "fixtures" / "library-0006.sqlite3"


def test_a_folder_library_at_0006_is_announced_before_its_backup_and_upgrade(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURE, root / "cardbook.sqlite3")
    told: list[tuple[str, str | None, int]] = []

    def notice(revision: str) -> None:
        backups = len(list((root / "backups").glob("*before-upgrade*"))) if (root / "backups").is_dir() else 0
        told.append((revision, current_revision(root / "cardbook.sqlite3"), backups))

    library = Library.open(root, on_upgrade=notice)
    library.close()
    assert told == [("0006", "0006", 0)], "told once, before the backup and the upgrade"
    assert current_revision(root / "cardbook.sqlite3") == HEAD_REVISION
    assert len(list((root / "backups").glob("*before-upgrade-0006*"))) == 1

    Library.open(root, on_upgrade=notice).close()  # current now
    Library.open(tmp_path / "new", on_upgrade=notice).close()  # created at the newest revision: no upgrade
    assert len(told) == 1


def test_a_library_from_a_newer_cardbook_is_refused_without_a_notice(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURE, root / "cardbook.sqlite3")
    con = sqlite3.connect(root / "cardbook.sqlite3")
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.close()
    told: list[str] = []
    with pytest.raises(NewerLibraryError):
        Library.open(root, on_upgrade=told.append)
    assert told == []


def test_a_server_library_at_0006_is_announced_before_its_upgrade(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = postgres_at(pg_cluster, "0006", FIXTURE)
    told: list[str] = []
    library = Library.open(url, local_root=tmp_path / "local", on_upgrade=told.append)
    try:
        assert told == ["0006"]
        assert server_revision(library.engine) == HEAD_REVISION
    finally:
        library.close()
    Library.open(url, local_root=tmp_path / "local", on_upgrade=told.append).close()
    assert told == ["0006"]
