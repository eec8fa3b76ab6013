"""Every historical schema has a committed fixture library; each must open, upgrade and keep its data.

When a migration is added, write a fixture at the previous head first (see the docstring of
cardbook.storage.migrate) and add it to HISTORICAL.

The same revisions migrate a server library: each fixture's rows are also loaded into a PostgreSQL database at
the fixture's revision (pg_fixtures.py) and upgraded there, with the same checks.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import inspect as sa_inspect

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, Reciprocity
from cardbook.storage.contacts.records import all_contact_ids, get_contact, search, summaries, update_contact
from cardbook.storage.ledger.encounters import (
    cards_i_owe_ids,
    encounters_of,
    one_way_giver_ids,
    prescriber_ids,
    reason_unrecorded_ids,
)
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION, current_revision
from cardbook.storage.server import server_revision
from cardbook.storage.upkeep.integrity import check_library
from tests.pg_server import PgCluster
from tests.storage.pg_fixtures import postgres_at

FIXTURES = Path(__file__).parent / "fixtures"
HISTORICAL = {
    "0001": "library-0001.sqlite3",
    "0002": "library-0002.sqlite3",
    "0003": "library-0003.sqlite3",
    "0004": "library-0004.sqlite3",
    "0005": "library-0005.sqlite3",
    "0006": "library-0006.sqlite3",
    "0007": "library-0007.sqlite3",
}


@pytest.mark.parametrize("revision", sorted(HISTORICAL))
def test_historical_library_opens_upgrades_and_keeps_everything(revision: str, tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL[revision], root / "cardbook.sqlite3")
    assert current_revision(root / "cardbook.sqlite3") == revision

    library = Library.open(root)
    assert current_revision(library.db_path) == HEAD_REVISION
    if revision != HEAD_REVISION:
        assert any(library.backups_dir.glob(f"*before-upgrade-{revision}*")), "a backup precedes the upgrade"
    found = search(library, "lefevre")
    assert [s.name for s in found] == ["Émilie Lefèvre"]
    assert found[0].reciprocity is Reciprocity.MUTUAL
    # Marc gave his card and got none back before reasons were recorded: "reason unknown", in neither list.
    assert one_way_giver_ids(library) == [] and cards_i_owe_ids(library) == []
    assert len(reason_unrecorded_ids(library)) == 1
    assert len(prescriber_ids(library)) == 1
    assert check_library(library).ok
    library.close()


def _check_upgraded_fixture(library: Library) -> None:
    """What every upgraded fixture must still hold, on either engine."""
    found = search(library, "lefevre")
    assert [s.name for s in found] == ["Émilie Lefèvre"]
    assert found[0].reciprocity is Reciprocity.MUTUAL
    assert one_way_giver_ids(library) == [] and cards_i_owe_ids(library) == []
    assert len(reason_unrecorded_ids(library)) == 1
    assert len(prescriber_ids(library)) == 1
    assert check_library(library).ok


@pytest.mark.parametrize("revision", sorted(HISTORICAL))
def test_historical_library_upgrades_on_postgresql(revision: str, pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = postgres_at(pg_cluster, revision, FIXTURES / HISTORICAL[revision])
    library = Library.open(url, local_root=tmp_path / "local")
    try:
        assert server_revision(library.engine) == HEAD_REVISION
        _check_upgraded_fixture(library)
    finally:
        library.close()


def test_empty_database_migrates_to_head_on_both(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Every revision, one after the other, from an empty database: the SQLite file and the server end at the
    same head with the same tables (FTS5's shadow tables aside), and the empty library checks clean."""
    folder = Library.open(tmp_path / "folder")
    server = Library.open(pg_cluster.url(pg_cluster.new_database(template="template0")), local_root=tmp_path / "l")
    try:
        assert current_revision(folder.db_path) == server_revision(server.engine) == HEAD_REVISION
        tables = [
            {name for name in sa_inspect(lib.engine).get_table_names() if not name.startswith("contacts_fts")}
            for lib in (folder, server)
        ]
        assert tables[0] == tables[1] and len(tables[0]) > 20
        assert check_library(server).ok
    finally:
        folder.close()
        server.close()


def test_fixture_databases_are_intact() -> None:
    for name in HISTORICAL.values():
        con = sqlite3.connect(FIXTURES / name)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()


_EVERY_EXCHANGE = [(o, r) for o in ("me", "them", "unknown") for r in ("yes", "no", "unknown")]


def test_exchange_reasons_migration_keeps_every_encounter_and_guesses_no_reason(tmp_path: Path) -> None:
    """Revision 0003: every encounter of a 0001 library survives; old "them / no" rows read "reason unknown",
    even a dismissed one (the user never said why), and every other row has no reason at all."""
    root = tmp_path / "lib"
    root.mkdir()
    db = root / "cardbook.sqlite3"
    shutil.copy(FIXTURES / HISTORICAL["0001"], db)
    con = sqlite3.connect(db)
    for dismissed in (0, 1):
        for offered, answered in _EVERY_EXCHANGE:
            con.execute(
                "INSERT INTO encounters (contact_id, event_id, date, offered_by, reciprocated, owe_dismissed, note)"
                " VALUES (1, 1, '2026-09-10', ?, ?, ?, '')",
                (offered, answered, dismissed),
            )
    con.commit()
    before = sorted(con.execute("SELECT id, contact_id, offered_by, reciprocated, owe_dismissed FROM encounters"))
    con.close()

    library = Library.open(root)
    with sqlite3.connect(library.db_path) as after_con:
        after = sorted(
            after_con.execute("SELECT id, contact_id, offered_by, reciprocated, owe_dismissed FROM encounters")
        )
        reasons = dict(after_con.execute("SELECT id, why_no_card FROM encounters"))
    assert after == before  # every encounter, with its exchange as it was
    for encounter_id, _cid, offered, answered, _dismissed in before:
        expected = "unknown" if (offered, answered) == ("them", "no") else None
        assert reasons[encounter_id] == expected, (offered, answered)
    marc = encounters_of(library, 2)
    assert [(e.reason, e.outcome) for e in marc] == [(NoCardReason.UNKNOWN, ExchangeOutcome.THEY_GAVE)]
    library.close()  # (no check_library: the rows added above by hand bypassed the cached summaries)


def test_needs_and_offers_become_searchable_on_upgrade(tmp_path: Path) -> None:
    """Revision 0004: a 0003 library's needs and offers (text and tags) are found by search after the upgrade,
    and the index is what the current code writes (check passes); a plain word of the notes still matches."""
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL["0003"], root / "cardbook.sqlite3")
    con = sqlite3.connect(root / "cardbook.sqlite3")
    assert con.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '\"comptable\"*'").fetchone() == (0,)
    con.close()
    library = Library.open(root)
    assert [s.name for s in search(library, "comptable")] == ["Émilie Lefèvre"]  # her need, in words
    assert [s.name for s in search(library, "comptabilite")] == ["Émilie Lefèvre"]  # her need's tag, folded
    assert [s.name for s in search(library, "impression")] == ["Marc Vendeur"]  # what he offers
    assert [s.name for s in search(library, "prescripteur")] == ["Émilie Lefèvre"]  # tags as before
    assert check_library(library).ok
    library.close()


def test_address_book_fields_migration_keeps_every_address_in_parts_or_whole(tmp_path: Path) -> None:
    """Revision 0005: the single address becomes the first structured address: split where the line splits
    cleanly, kept whole (line breaks and all) where it does not; search and the index check agree."""
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL["0004"], root / "cardbook.sqlite3")
    con = sqlite3.connect(root / "cardbook.sqlite3")
    before = dict(con.execute("SELECT full_name, address FROM contacts"))
    con.close()
    library = Library.open(root)
    by_name = {s.name: get_contact(library, s.id) for query in ("lefevre", "vendeur") for s in search(library, query)}
    emilie, marc = by_name["Émilie Lefèvre"], by_name["Marc Vendeur"]
    [lyon] = emilie.addresses
    assert (lyon.kind, lyon.street, lyon.postcode, lyon.city) == ("work", "12 rue de la République", "69002", "Lyon")
    assert emilie.address == before["Émilie Lefèvre"]
    [whole] = marc.addresses
    assert whole.street == before["Marc Vendeur"] and "\n" in whole.street and not whole.city
    assert marc.address == before["Marc Vendeur"]
    assert [s.name for s in search(library, "forges")] == ["Marc Vendeur"]
    assert check_library(library).ok  # the index text is what the new code writes
    emilie.nickname, emilie.other_names = "Mimi", ["Émilie Durand"]
    update_contact(library, emilie)
    assert (
        [s.name for s in search(library, "mimi")] == [s.name for s in search(library, "durand")] == ["Émilie Lefèvre"]
    )
    library.close()


def test_search_and_address_revisions_rewrite_a_server_library_too(pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Revisions 0004 (needs and offers into the index, its weighted words kept in step) and 0005 (addresses in
    parts) on a server library holding the 0003 fixture's rows."""
    library = Library.open(postgres_at(pg_cluster, "0003", FIXTURES / HISTORICAL["0003"]), local_root=tmp_path / "l")
    try:
        assert [s.name for s in search(library, "comptable")] == ["Émilie Lefèvre"]  # her need, in words
        assert [s.name for s in search(library, "comptabilite")] == ["Émilie Lefèvre"]  # her need's tag, folded
        assert [s.name for s in search(library, "impression")] == ["Marc Vendeur"]  # what he offers
        assert [s.name for s in search(library, "lefevre")] == ["Émilie Lefèvre"]  # the name column kept
        assert check_library(library).ok
    finally:
        library.close()
    library = Library.open(postgres_at(pg_cluster, "0004", FIXTURES / HISTORICAL["0004"]), local_root=tmp_path / "l")
    try:
        [emilie] = [get_contact(library, s.id) for s in search(library, "lefevre")]
        assert [(a.postcode, a.city) for a in emilie.addresses] == [("69002", "Lyon")]
        assert [s.name for s in search(library, "forges")] == ["Marc Vendeur"]
        assert check_library(library).ok
    finally:
        library.close()


def test_team_revision_leaves_every_row_the_owners_and_every_contact_at_version_one(tmp_path: Path) -> None:
    """Revision 0006 (members, versions, image chunks): nothing is assigned to a member that nobody named, every
    contact starts at version 1, and the images stay files in a folder library."""
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL["0005"], root / "cardbook.sqlite3")
    before = sqlite3.connect(root / "cardbook.sqlite3")
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("encounters", "referrals")}
    before.close()
    Library.open(root).close()
    con = sqlite3.connect(root / "cardbook.sqlite3")
    try:
        for table in ("encounters", "referrals", "follow_ups"):
            assert con.execute(f"SELECT count(*) FROM {table} WHERE member_id IS NOT NULL").fetchone() == (0,)
        assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
        assert counts["encounters"] > 0
        assert con.execute("SELECT DISTINCT version FROM contacts").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM members").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM image_chunks").fetchone() == (0,)
    finally:
        con.close()


def _name_sort_columns(library: Library) -> dict[str, tuple[str | None, str | None, str, str]]:
    """full name -> (given, family, sort_given, sort_family) as stored."""
    query = sa.text("SELECT full_name, given_name, family_name, sort_given, sort_family FROM contacts")
    with library.session() as session:
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in session.execute(query)}


def _check_family_sort_upgrade(library: Library) -> None:
    """Revision 0007 on the 0006 fixture: every contact gets both sort keys from the split, the parts someone
    stored are used and kept, the empty ones stay empty (filled at the next save, never by a migration), and the
    family-name order puts DUPONT Jean among the D."""
    stored = _name_sort_columns(library)
    assert stored == {
        "Émilie Lefèvre": (None, None, "emilie lefevre", "lefevre emilie"),
        "Marc Vendeur": (None, None, "marc vendeur", "vendeur marc"),
        "DUPONT Jean": (None, None, "jean dupont", "dupont jean"),
        "Pieter van der Berg": ("Pieter", "Van Der Berg", "pieter van der berg", "van der berg pieter"),
    }
    names = {s.id: s.name for s in summaries(library, all_contact_ids(library))}
    by_family = [names[i] for i in all_contact_ids(library, "family")]
    assert by_family == ["DUPONT Jean", "Émilie Lefèvre", "Pieter van der Berg", "Marc Vendeur"]
    by_given = [names[i] for i in all_contact_ids(library, "given")]
    assert by_given == ["Émilie Lefèvre", "DUPONT Jean", "Marc Vendeur", "Pieter van der Berg"]


def test_family_sort_revision_fills_both_keys_of_every_contact(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL["0006"], root / "cardbook.sqlite3")
    library = Library.open(root)
    try:
        _check_family_sort_upgrade(library)
        indexes = {i["name"] for i in sa_inspect(library.engine).get_indexes("contacts")}
        assert {"ix_contacts_sort_given", "ix_contacts_sort_family"} <= indexes
    finally:
        library.close()


def test_family_sort_revision_on_a_server_library(pg_cluster: PgCluster, tmp_path: Path) -> None:
    library = Library.open(postgres_at(pg_cluster, "0006", FIXTURES / HISTORICAL["0006"]), local_root=tmp_path / "l")
    try:
        assert server_revision(library.engine) == HEAD_REVISION
        _check_family_sort_upgrade(library)
        indexes = {i["name"] for i in sa_inspect(library.engine).get_indexes("contacts")}
        assert {"ix_contacts_sort_given", "ix_contacts_sort_family"} <= indexes
    finally:
        library.close()


def _check_follow_up_moves_upgrade(library: Library) -> None:
    """Revision 0008 on the 0007 fixture: Jean's "stay in touch" follow-up was moved by a meeting recorded before
    moves were kept, so removing that meeting leaves it where it is (as before); a meeting recorded now is kept,
    and removing it puts the follow-up back (docs/MEETINGS.md)."""
    from datetime import date

    from cardbook.app.meetings import MeetingRequest, add_meeting, remove_meeting
    from cardbook.storage.models import FollowUpMoveRow, FollowUpRow

    [jean] = [s.id for s in search(library, "dupont")]

    def due() -> date | None:
        with library.session() as session:
            rhythm = sa.select(FollowUpRow.due).where(FollowUpRow.contact_id == jean, FollowUpRow.every_weeks > 0)
            return session.scalars(rhythm).one()

    with library.session() as session:
        assert session.query(FollowUpMoveRow).count() == 0
    assert due() == date(2026, 11, 1)
    [old] = encounters_of(library, jean)
    remove_meeting(library, [old.id or 0])
    assert due() == date(2026, 11, 1)
    [new] = add_meeting(library, MeetingRequest([jean], date=date(2026, 11, 20)), date(2026, 12, 1)).encounters
    assert due() == date(2027, 1, 1)
    remove_meeting(library, [new.id or 0])
    assert due() == date(2026, 11, 1)


def test_follow_up_moves_revision_on_a_folder_library(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL["0007"], root / "cardbook.sqlite3")
    library = Library.open(root)
    try:
        _check_follow_up_moves_upgrade(library)
    finally:
        library.close()


def test_follow_up_moves_revision_on_a_server_library(pg_cluster: PgCluster, tmp_path: Path) -> None:
    library = Library.open(postgres_at(pg_cluster, "0007", FIXTURES / HISTORICAL["0007"]), local_root=tmp_path / "l")
    try:
        assert server_revision(library.engine) == HEAD_REVISION
        _check_follow_up_moves_upgrade(library)
    finally:
        library.close()
