from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import count_contacts, create_contact
from cardbook.storage.errors import LibraryError, NewerLibraryError, RestoreError
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION, current_revision, known_revisions
from cardbook.storage.upkeep.restore import restore_library


def test_new_library_is_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    assert current_revision(library.db_path) == HEAD_REVISION
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    library.close()


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    revisions = known_revisions()
    assert revisions[0] == HEAD_REVISION  # walk_revisions() starts at the head


def test_migration_chain_from_empty_database_creates_every_table(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    con = sqlite3.connect(library.db_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    con.close()
    expected = {"contacts", "contact_emails", "contact_phones", "contact_links", "tags", "contact_tags", "images"}
    expected |= {"card_images", "networks", "events", "encounters", "referrals", "follow_ups", "contacts_fts"}
    assert expected <= tables


def test_a_newer_library_is_refused_and_left_untouched(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    create_contact(library, Contact(full_name="Émilie Lefèvre"))
    library.close()
    con = sqlite3.connect(library.db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = library.db_path.read_bytes()
    with pytest.raises(NewerLibraryError, match="newer version of Cardbook"):
        Library.open(tmp_path / "lib")
    assert library.db_path.read_bytes() == before


def test_library_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(LibraryError):
        Library.open(blocker)


def test_backup_is_a_consistent_database_including_uncheckpointed_commits(library: Library) -> None:
    create_contact(library, Contact(full_name="Hélène Leroy"))
    backup = library.backup("test")
    assert backup is not None and backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT full_name FROM contacts").fetchall() == [("Hélène Leroy",)]
    con.close()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_state(library: Library) -> None:
    create_contact(library, Contact(full_name="Avant Sauvegarde"))
    backup = library.backup("test")
    assert backup is not None
    create_contact(library, Contact(full_name="Après Sauvegarde"))
    assert count_contacts(library) == 2
    safety = restore_library(library, backup)
    assert count_contacts(library) == 1
    assert safety is not None
    con = sqlite3.connect(safety)
    assert con.execute("SELECT count(*) FROM contacts").fetchone() == (2,)
    con.close()


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7 not a database", b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_files_that_are_not_cardbook_backups(library: Library, tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    create_contact(library, Contact(full_name="Reste Là"))
    with pytest.raises(RestoreError):
        restore_library(library, bogus)
    assert count_contacts(library) == 1


def test_migrations_build_exactly_the_models_schema(library: Library) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cardbook.storage.models import Base

    with library.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [d for d in compare_metadata(context, Base.metadata) if "contacts_fts" not in str(d)]
    assert differences == []
