"""A whole library moved through a library file into another (real SQLite libraries, real image files): every row
of every table arrives, ids mapped; importing twice adds nothing; contacts, events and networks already there are
recognised; a cancelled import changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import insert

from cardbook.app.sample_data import generate_demo
from cardbook.domain.contact import Contact, Phone, PostalAddress
from cardbook.domain.enums import ContactStatus, NetworkKind, OfferedBy, PhoneKind
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import FollowUp
from cardbook.interop.addresses import with_addresses
from cardbook.interop.records import ImportedContact
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.interchange import import_contacts, save_my_card
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks as ledger_networks
from cardbook.storage.ledger.follow_ups import save_follow_up
from cardbook.storage.ledger.meetings import add_meetings
from cardbook.storage.library import Library
from cardbook.storage.models import RoleRow
from cardbook.storage.settings import set_currency, set_setting
from cardbook.storage.upkeep.transfer_in import import_library
from cardbook.storage.upkeep.transfer_out import TransferCancelled, export_library
from tests.storage.test_cards import scanned
from tests.storage.transfer_helpers import (
    as_multisets,
    counts,
    foreign_keys,
    id_maps,
    image_files,
    mapped,
    read_tables,
)

DEMO_DAY = dt.date(2026, 6, 1)


@dataclass(frozen=True)
class Source:
    library: Library
    file: Path


def _fill_every_table(library: Library) -> None:
    """What the demo has none of: a scanned card reviewed (images, card_images, review_corrections), an earlier
    role, a contact imported from a vCard (contact_sources) with an address in parts and another name, and the
    library's settings; a meeting without a card that moved a "stay in touch" follow-up (follow_up_moves)."""
    contact_id = store_scanned_card(library, scanned("Odile Ferrand", "Atelier Vauban SARL"), ExchangeDefaults())
    save_follow_up(library, FollowUp(contact_id=contact_id, due=DEMO_DAY - dt.timedelta(days=30), every_weeks=4))
    add_meetings(library, [contact_id], Encounter(date=DEMO_DAY - dt.timedelta(days=1), offered_by=OfferedBy.NOBODY))
    reviewed = contacts.get_contact(library, contact_id)
    reviewed.status = ContactStatus.ACTIVE
    reviewed.title = "Gérante"
    contacts.update_contact(library, reviewed)
    with library.writing() as session:
        session.execute(insert(RoleRow).values(contact_id=contact_id, title="Apprentie", company="Atelier Nord",
                                               until=dt.date(2019, 9, 1)))  # fmt: skip
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Basile Carrel\r\nEMAIL:basile@carrel-conseil.example\r\nEND:VCARD\r\n"
    person = Contact(
        full_name="Basile Carrel", emails=["basile@carrel-conseil.example"], other_names=["Basile C."]
    )  # contact_other_names, and contact_addresses:
    with_addresses(person, [PostalAddress("home", "3 quai Saint-Vincent", city="Lyon", postcode="69001")])
    import_contacts(library, [ImportedContact(person, 1, 1, "vcard", card)], source_name="carnet.vcf")
    set_currency(library, "CHF")
    set_setting(library, "default_region", "BE")
    save_my_card(library, Contact(full_name="Moi Même", phones=[Phone("+32 470 12 34 56", "+32470123456")]))


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    root = tmp_path_factory.mktemp("source")
    library = Library.open(root / "library")
    generate_demo(library, 300, today=DEMO_DAY)
    _fill_every_table(library)
    file = root / "moved.cardbook"
    with open(file, "wb") as handle:
        export_library(library, handle)
    yield Source(library, file)
    library.close()


PERSONAL_LIBRARY_LEAVES_EMPTY = {"image_chunks", "members"}


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "target")
    yield library
    library.close()


def _without_lineage(rows: dict[str, list[dict[str, object]]]) -> int:
    """Take out the rows that record where each transferred contact came from; returns how many there were."""
    sources = rows["contact_sources"]
    rows["contact_sources"] = [r for r in sources if r["format"] != "cardbook"]
    return len(sources) - len(rows["contact_sources"])


def test_a_demo_library_arrives_whole_in_a_new_library(source: Source, target: Library) -> None:
    report = import_library(target, source.file)
    before, after = read_tables(source.library.db_path), read_tables(target.db_path)
    # Every table is put to the test, but those a personal library leaves empty: members and the image chunks
    # belong to a team library (revision 0006; `library push` is tested with them).
    assert [name for name, rows in before.items() if not rows] == sorted(PERSONAL_LIBRARY_LEAVES_EMPTY)
    assert _without_lineage(after) == len(before["contacts"]) == 302
    maps = id_maps(before, after)
    assert mapped(before, maps, foreign_keys(source.library.db_path)) == as_multisets(after)
    assert image_files(source.library.root) == image_files(target.root) != set()
    added = {name: figures.added for name, figures in report.tables.items()}
    expected = counts(before)
    del expected["contacts_fts"]  # rebuilt, not transferred
    for name in PERSONAL_LIBRARY_LEAVES_EMPTY:
        del expected[name]  # nothing in the file, nothing in the report
    assert added == expected
    assert report.warnings == []


def test_importing_the_same_file_twice_adds_nothing_the_second_time(source: Source, target: Library) -> None:
    import_library(target, source.file)
    once = read_tables(target.db_path)
    again = import_library(target, source.file)
    assert read_tables(target.db_path) == once
    assert {name: f.added for name, f in again.tables.items() if f.added} == {}
    assert again.tables["encounters"].already == len(once["encounters"])
    assert sorted(again.merged_contacts) == sorted(r["id"] for r in once["contacts"])


def test_a_contact_renamed_since_is_still_recognised_by_its_identity(source: Source, target: Library) -> None:
    """No e-mail, no phone, another name: only the identity the file carries says it is the same person. What
    the file has and the contact lacks comes back (an import merges; it never deletes)."""
    import_library(target, source.file)
    first = read_tables(target.db_path)["contacts"][0]["id"]
    renamed = contacts.get_contact(target, first)
    emails = renamed.emails
    renamed.full_name, renamed.emails, renamed.phones = "Quelqu'un d'autre", [], []
    contacts.update_contact(target, renamed)
    count = len(read_tables(target.db_path)["contacts"])
    again = import_library(target, source.file)
    assert len(read_tables(target.db_path)["contacts"]) == count
    assert again.tables["contacts"].added == 0
    after = contacts.get_contact(target, first)
    assert after.full_name == "Quelqu'un d'autre" and after.emails == emails != []


def test_a_library_file_goes_back_to_where_it_came_from_without_duplicates(source: Source, tmp_path: Path) -> None:
    """A → B, then B's file into a copy of A: every contact is recognised by where it was first made."""
    middle = Library.open(tmp_path / "middle")
    import_library(middle, source.file)
    back = tmp_path / "back.cardbook"
    with open(back, "wb") as handle:
        export_library(middle, handle)
    middle.close()
    home = Library.open(tmp_path / "home")
    import_library(home, source.file)
    before = read_tables(home.db_path)
    report = import_library(home, back)
    assert counts(read_tables(home.db_path)) == counts(before)
    assert report.tables["contacts"].added == 0 and report.tables["contacts"].already == 302
    home.close()


def test_contacts_events_and_networks_already_here_are_recognised(source: Source, target: Library) -> None:
    before = read_tables(source.library.db_path)
    network = before["networks"][0]
    event = before["events"][0]
    someone = next(r for r in before["contact_emails"])
    person = next(r for r in before["contacts"] if r["id"] == someone["contact_id"])
    ledger_networks.save_network(target, Network(name=network["name"].upper(), kind=NetworkKind.OTHER))
    ledger_events.save_event(target, Event(name=" " + event["name"].lower(), date=dt.date.fromisoformat(event["date"])))
    mine = contacts.create_contact(
        target, Contact(full_name=person["full_name"], emails=[someone["value"].upper()], notes="typed here")
    )
    report = import_library(target, source.file)
    after = read_tables(target.db_path)
    assert len(after["networks"]) == len(before["networks"])
    assert len(after["events"]) == len(before["events"])
    assert len(after["contacts"]) == len(before["contacts"])
    assert report.merged_contacts == [mine.id]
    kept = contacts.get_contact(target, mine.id or 0)
    assert kept.notes == "typed here"  # the library's own values are never replaced...
    assert kept.company == person["company"]  # ...what it lacked is filled in
    met = [r for r in after["encounters"] if r["contact_id"] == mine.id]
    assert len(met) == len([r for r in before["encounters"] if r["contact_id"] == person["id"]]) > 0
    assert kept.id is not None and contacts.get_contact(target, kept.id).emails == [someone["value"].upper()]


def test_a_cancelled_import_leaves_the_library_as_it_was(source: Source, target: Library) -> None:
    contacts.create_contact(
        target, Contact(full_name="Déjà Là", phones=[Phone("06 11 22 33 44", None, PhoneKind.MOBILE)])
    )
    before, files = read_tables(target.db_path), image_files(target.root)
    seen: list[int] = []

    def cancelled() -> bool:  # the user presses Cancel once the images are in and rows are being written
        return len(seen) > 0 and seen[-1] > 1000

    with pytest.raises(TransferCancelled):
        import_library(target, source.file, progress=lambda done, total: seen.append(done), cancelled=cancelled)
    assert read_tables(target.db_path) == before
    assert image_files(target.root) == files
