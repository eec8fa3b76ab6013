"""`library push` and `library pull` (storage/upkeep/transfer_push.py) between real libraries: a folder library and
a database of the throw-away PostgreSQL cluster (tests/pg_server.py; skipped with the reason said once where
PostgreSQL is missing). Every table's rows arrive, ids mapped, encounters given to the member who pushes; people
the team has already are merged; a second push adds nothing; an interrupted push completes when run again; a
pull, an offline edit and a push send only the edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cardbook.app.sample_data import generate_demo
from cardbook.domain.contact import Contact
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts import records as contacts
from cardbook.storage.errors import LibraryError
from cardbook.storage.ledger.encounters import encounters_of, record_encounter
from cardbook.storage.library import Library
from cardbook.storage.models import Base, EncounterRow, MemberRow
from cardbook.storage.upkeep.integrity import check_library
from cardbook.storage.upkeep.transfer_out import TransferCancelled
from cardbook.storage.upkeep.transfer_push import copy_library
from tests.pg_server import PgCluster
from tests.storage.test_library_transfer import _fill_every_table, _without_lineage
from tests.storage.transfer_helpers import Rows, as_multisets, id_maps, mapped

DEMO_DAY = dt.date(2026, 6, 1)
MEMBER_TABLES = ("encounters", "referrals", "follow_ups")
NOT_COMPARED = {"image_chunks"}  # the bytes of images, compared as images (`_images`)


def read_rows(library: Library) -> Rows:
    """Every table of the schema through SQLAlchemy (the same values on both engines), in key order."""
    tables: Rows = {}
    with library.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name not in NOT_COMPARED:
                query = select(table).order_by(*table.primary_key.columns)
                tables[table.name] = [dict(r._mapping) for r in session.execute(query)]
    return dict(sorted(tables.items()))


def references() -> dict[str, dict[str, str]]:
    return {
        t.name: {c.name: next(iter(c.foreign_keys)).column.table.name for c in t.columns if c.foreign_keys}
        for t in Base.metadata.sorted_tables
    }


def _images(library: Library) -> set[str]:
    """The images the library lists whose bytes its store holds."""
    with library.session() as session:
        rows = session.execute(select(Base.metadata.tables["images"].c["sha256", "extension"])).all()
    return {sha for sha, extension in rows if library.images.exists(sha, extension)}


def _counts(rows: Rows) -> dict[str, int]:
    return {name: len(table) for name, table in rows.items()}


@pytest.fixture(scope="module")
def personal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """Anne's personal library: the demo and a row in every table the demo leaves empty (but the team's)."""
    library = Library.open(tmp_path_factory.mktemp("anne") / "library")
    generate_demo(library, 300, today=DEMO_DAY)
    _fill_every_table(library)
    yield library
    library.close()


@pytest.fixture
def team(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[Library]:
    name = pg_cluster.new_database()
    library = Library.open(pg_cluster.url(name), local_root=tmp_path / "team-local")
    yield library
    library.close()
    pg_cluster.drop_database(name)


def test_a_personal_library_arrives_whole_and_its_encounters_are_the_pushers(personal: Library, team: Library) -> None:
    told: list[tuple[str, int, int]] = []
    report = copy_library(personal, team, member="Anne", progress=lambda *p: told.append(p), batch=100)
    before, after = read_rows(personal), read_rows(team)
    [anne] = after["members"]
    assert anne["name"] == "Anne" and before["members"] == []
    # Anne's own card is hers in the team, not the team library's.
    [my_card] = [row for row in before["settings"] if row["key"] == "my_card"]
    before["settings"].remove(my_card)
    assert anne["card_json"] == my_card["value"] != ""
    # What a personal library calls its owner's (no member) is Anne's now.
    for name in MEMBER_TABLES:
        assert before[name] and all(row["member_id"] is None for row in before[name])
        assert {row["member_id"] for row in after[name]} == {anne["id"]}
        for row in before[name]:
            row["member_id"] = "Anne"
    assert _without_lineage(after) == len(before["contacts"]) == 302
    del before["members"], after["members"]
    maps = id_maps(before, after)
    maps["members"] = {"Anne": anne["id"]}  # type: ignore[dict-item]
    assert mapped(before, maps, references()) == as_multisets(after)
    assert _images(personal) == _images(team) != set()
    # Searchable on the server at once: the same people found for the same words.
    for word in ("mar", "lyon", "odile"):
        found = contacts.search_ids(personal, word)
        assert found and sorted(maps["contacts"][i] for i in found) == sorted(contacts.search_ids(team, word))
    # One transaction per batch of 100 contacts, each batch told.
    assert [p for p in told if p[0] == "contacts"] == [("contacts", n, 302) for n in (100, 200, 300, 302)]
    assert report.warnings == []


def _claire(tmp_path: Path, personal: Library) -> Library:
    """Claire's own library: three of Anne's people (their e-mail, her own notes) and one only she knows."""
    library = Library.open(tmp_path / "claire")
    shared = [c for c in (contacts.get_contact(personal, i) for i in range(1, 60)) if c.emails][:3]
    people = [Contact(full_name=c.full_name, emails=[c.emails[0]], notes="Met through Claire") for c in shared]
    people.append(Contact(full_name="Sidonie Valat", emails=["sidonie@valat.example"]))
    for person in people:
        made = contacts.create_contact(library, person)
        record_encounter(library, Encounter(contact_id=made.id, date=dt.date(2026, 5, 4), place="Lyon"))
    return library


def test_people_the_team_has_already_are_merged_not_duplicated(
    personal: Library, team: Library, tmp_path: Path
) -> None:
    claire = _claire(tmp_path, personal)
    copy_library(claire, team, member="Claire")
    report = copy_library(personal, team, member="Anne")
    assert contacts.count_contacts(team) == 302 + 1
    assert report.tables["contacts"].already == 3 and len(report.created_contacts) == 299
    with team.session() as session:
        names = dict(session.execute(select(MemberRow.id, MemberRow.name)).all())
        # Each of the three is one contact met by both members: the team sees who met them.
        for merged in report.merged_contacts:
            met_by = {names[m] for m in session.scalars(select(EncounterRow.member_id).where(
                EncounterRow.contact_id == merged))}  # fmt: skip
            assert met_by == {"Anne", "Claire"}
            # Claire's values are kept; Anne's copy only fills in what hers lacked.
            assert contacts.get_contact(team, merged).notes == "Met through Claire"
    claire.close()
    # Their summaries (met how often, when) count both members' encounters; every search entry is right.
    assert check_library(team).problems == []


def test_pushing_twice_adds_nothing_the_second_time(personal: Library, team: Library) -> None:
    copy_library(personal, team, member="Anne")
    once = read_rows(team)
    again = copy_library(personal, team, member="Anne")
    assert read_rows(team) == once
    assert {name: f.added for name, f in again.tables.items() if f.added or f.updated} == {}
    assert again.tables["encounters"].already == len(once["encounters"])


def test_an_interrupted_push_completes_when_run_again_without_duplicates(
    personal: Library, team: Library, tmp_path: Path, pg_cluster: PgCluster
) -> None:
    told: list[tuple[str, int, int]] = []

    def after_two_batches() -> bool:  # as Ctrl+C would, between two batches
        return ("contacts", 200, 302) in told

    with pytest.raises(TransferCancelled):
        copy_library(personal, team, member="Anne", progress=lambda *p: told.append(p), cancelled=after_two_batches,
                     batch=100)  # fmt: skip
    assert contacts.count_contacts(team) == 200  # what was committed stays
    copy_library(personal, team, member="Anne", batch=100)
    # The same as one push without a stop, into another new team library.
    name = pg_cluster.new_database()
    clean = Library.open(pg_cluster.url(name), local_root=tmp_path / "clean")
    try:
        copy_library(personal, clean, member="Anne")
        assert check_library(team).problems == []
        assert _comparable(read_rows(team)) == _comparable(read_rows(clean))
    finally:
        clean.close()
        pg_cluster.drop_database(name)


def _comparable(rows: Rows) -> Rows:
    """Rows without the times of the push itself (when the member was made, when each lineage was recorded)."""
    for row in rows["members"]:
        row.pop("created_at")
    for row in rows["contact_sources"]:
        if row["format"] == "cardbook":
            row.pop("imported_at")
    return rows


def test_a_copy_taken_home_sends_only_what_changed_offline(personal: Library, team: Library, tmp_path: Path) -> None:
    copy_library(personal, team, member="Anne")
    home = Library.open(tmp_path / "home")
    try:
        pulled = copy_library(team, home)  # `library pull`: no member given, rows keep theirs
        assert len(pulled.created_contacts) == 302
        before = read_rows(team)
        edited = contacts.get_contact(home, pulled.created_contacts[0])
        edited.title = "Directrice générale"
        contacts.update_contact(home, edited)
        met = pulled.created_contacts[1]
        record_encounter(home, Encounter(contact_id=met, date=dt.date(2026, 7, 2), place="Annecy"))

        report = copy_library(home, team, member="Anne")
        after = read_rows(team)
        changed = {n: len(after[n]) - len(before[n]) for n in after if len(after[n]) != len(before[n])}
        assert changed == {"encounters": 1}
        assert {n: f.added for n, f in report.tables.items() if f.added} == {"encounters": 1}
        assert report.tables["contacts"].updated == 1
        target = report.merged_contacts[0]
        assert contacts.get_contact(team, target).title == "Directrice générale"
        [new] = [e for e in encounters_of(team, report.merged_contacts[1]) if e.place == "Annecy"]
        with team.session() as session:
            owner = session.scalar(select(EncounterRow.member_id).where(EncounterRow.id == new.id))
            assert owner == session.scalar(select(MemberRow.id).where(MemberRow.name == "Anne"))
        # Nothing else of the contact moved: the other columns are the team's as they were.
        old = next(r for r in before["contacts"] if r["id"] == target)
        now = next(r for r in after["contacts"] if r["id"] == target)
        assert {k for k in now if now[k] != old[k]} == {"title", "updated_at", "version"}
        assert now["version"] == old["version"] + 1
        assert check_library(team).problems == [] and check_library(home).problems == []

        # In step since that push: the next offline edit goes too (not taken for an edit on both sides).
        edited = contacts.get_contact(home, pulled.created_contacts[0])  # the copy as saved (its new version)
        edited.title = "Présidente"
        contacts.update_contact(home, edited)
        again = copy_library(home, team, member="Anne")
        assert again.tables["contacts"].updated == 1 and again.warnings == []
        assert contacts.get_contact(team, target).title == "Présidente"
    finally:
        home.close()


def test_a_contact_changed_on_both_sides_keeps_the_teams_values_and_says_so(
    personal: Library, team: Library, tmp_path: Path
) -> None:
    copy_library(personal, team, member="Anne")
    home = Library.open(tmp_path / "home")
    try:
        pulled = copy_library(team, home)
        first_here, first_there = pulled.created_contacts[0], read_rows(team)["contacts"][0]["id"]
        claire = contacts.get_contact(team, first_there)
        claire.title = "Associée"
        contacts.update_contact(team, claire)  # Claire, on the team library, after the pull
        anne = contacts.get_contact(home, first_here)
        anne.title = "Directrice générale"
        contacts.update_contact(home, anne)  # Anne, offline

        report = copy_library(home, team, member="Anne")
        assert report.tables["contacts"].updated == 0
        assert report.warnings == [
            f"{anne.full_name}: changed in both libraries since they were last in step; the one pushed into keeps "
            "its own values, the other copy is unchanged"
        ]
        assert contacts.get_contact(team, first_there).title == "Associée"
        assert contacts.get_contact(home, first_here).title == "Directrice générale"  # nothing she typed is lost
    finally:
        home.close()


def test_a_library_is_not_pushed_into_itself(team: Library) -> None:
    with pytest.raises(LibraryError, match="cannot be pushed into itself"):
        copy_library(team, team, member="Anne")
