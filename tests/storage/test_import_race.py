"""Two members importing the same person's card at the same moment make one contact, on both engines (issue 17,
"several writers at once"): the check for the person and the insert are one write transaction under the
library's write lock (card_import.store_photo_matching; docs/TEAM_LIBRARY.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from cardbook.domain.card import WordBox
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.network import Event
from cardbook.domain.scanned import ScannedCard
from cardbook.interop.records import ImportedContact
from cardbook.storage.contacts.card_import import (
    ExchangeDefaults,
    StoredCard,
    record_meeting_again,
    store_photo_cards,
    store_photo_matching,
)
from cardbook.storage.contacts.cards import MetAgainCandidate, cards_of
from cardbook.storage.contacts.interchange import import_contacts
from cardbook.storage.contacts.records import count_contacts, create_contact, search_ids
from cardbook.storage.ledger.encounters import encounters_of
from cardbook.storage.ledger.events import find_or_create_event
from cardbook.storage.library import Library
from tests.storage.test_edit_versions import other_member

ENGINES = ("sqlite", "postgresql")


def card(name: str, photo: str, **fields: object) -> ScannedCard:
    """A read card; `photo` tells the two members' photos apart (each took their own picture)."""
    contact = Contact(full_name=name, company="Quadrant SAS", **fields)  # type: ignore[arg-type]
    return ScannedCard(
        contact=contact,
        original=f"photo of {name} by {photo}".encode(),
        original_extension="jpg",
        ocr_text=f"Quadrant SAS\n{name}",
        words=[WordBox(name, 10, 10, 200, 30, 0.9)],
    )


def first(_position: int, found: list[MetAgainCandidate]) -> MetAgainCandidate | None:
    return found[0] if found else None


def race(members: list[Library], cards: list[ScannedCard]) -> list[list[StoredCard]]:
    """Each member stores its card at the same moment (a barrier), matching people already known."""
    start = threading.Barrier(len(members))
    results: list[list[StoredCard]] = []
    failures: list[BaseException] = []

    def run(member: Library, read: ScannedCard) -> None:
        start.wait()
        try:
            stored = store_photo_matching(member, [read], ExchangeDefaults(), first)
            assert isinstance(stored, list)
            results.append(stored)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=run, args=pair) for pair in zip(members, cards, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    return results


def test_two_members_importing_one_person_at_once_make_one_contact(library: Library, tmp_path: Path) -> None:
    members = [library, other_member(library, tmp_path / "claire")]
    try:
        # several rounds: the threads meet in a different order each time
        for round_, name in enumerate(("Hélène Leroy", "Paul Girard", "Zoé Martin", "Luc Perrin", "Anaïs Colin")):
            email = f"person{round_}@quadrant.example"
            results = race(
                members,
                [
                    card(name, "anne", emails=[email]),
                    card(name, "claire", emails=[email], phones=[Phone("+33612345678")]),
                ],
            )
            ids = {stored.contact_id for result in results for stored in result}
            assert len(ids) == 1, results
            assert sorted(bool(s.met_again) for result in results for s in result) == [False, True]
    finally:
        members[1].close()
    assert count_contacts(library) == 5
    found = search_ids(library, "quadrant")
    assert len(found) == 5
    for contact_id in found:
        assert len(cards_of(library, contact_id)) == 2  # both photos kept, both meetings recorded
        assert len(encounters_of(library, contact_id)) == 2


def test_different_people_imported_at_once_are_all_kept(library: Library, tmp_path: Path) -> None:
    members = [library, other_member(library, tmp_path / "claire")]
    try:
        results = race(
            members,
            [
                card("Marc Blanc", "anne", emails=["marc@blanc.example"]),
                card("Inès Roux", "claire", emails=["ines@roux.example"]),
            ],
        )
    finally:
        members[1].close()
    assert not any(s.met_again for result in results for s in result)
    assert count_contacts(library) == 2


def test_a_contact_file_import_reports_what_another_member_imported_meanwhile(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another member's import commits after this one began and before it takes the write lock: this import's
    report still names it as a possible duplicate (the check runs after the commit, on the library as it is)."""
    other = other_member(library, tmp_path / "claire")
    original = library.writing

    @contextmanager
    def writing_after_the_other_member() -> Iterator[Session]:
        create_contact(other, Contact(full_name="Hélène Leroy", emails=["helene@quadrant.example"]))
        with original() as session:
            yield session

    monkeypatch.setattr(library, "writing", writing_after_the_other_member)
    read = ImportedContact(
        Contact(full_name="Hélène Leroy", emails=["helene@quadrant.example"]), 1, 1, "vcard", "BEGIN:VCARD…"
    )
    try:
        report = import_contacts(library, [read])
    finally:
        other.close()
    assert [(d.new_name, d.existing_name) for d in report.duplicates] == [("Hélène Leroy", "Hélène Leroy")]
    assert count_contacts(library) == 2  # a file's contacts are filed and reported, never merged silently


def test_the_same_photo_for_another_meeting_at_once_records_it_once_for_each_card(
    library: Library, tmp_path: Path
) -> None:
    """A photo of two cards imported before, given again for a new event by two members at the same moment
    (app.scanning_library.photo_seen_again): each card's contact gets that meeting once, and no contact is filed."""
    photo = card("Hélène Leroy", "anne")
    second = card("Paul Girard", "anne")
    second.original = photo.original  # the same photo, two cards on it
    ids = store_photo_cards(library, [photo, second], ExchangeDefaults())
    assert isinstance(ids, list) and len(ids) == 2
    event = find_or_create_event(library, Event(name="Club", date=dt.date(2026, 3, 1)))
    meeting = ExchangeDefaults(event_id=event.id, date=event.date)
    sha = hashlib.sha256(photo.original).hexdigest()
    members = [library, other_member(library, tmp_path / "claire")]
    start = threading.Barrier(2)
    results: list[list[bool]] = []

    def run(member: Library) -> None:
        start.wait()
        found = record_meeting_again(member, sha, meeting, lambda met: met.event_id == event.id)
        results.append([holder.recorded for holder in found])

    try:
        threads = [threading.Thread(target=run, args=(member,)) for member in members]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        members[1].close()
    assert sorted(results) == [[False, False], [True, True]]  # one member recorded it for both, the other found it
    for contact_id in ids:
        assert sorted(e.event_id or 0 for e in encounters_of(library, contact_id)) == [0, event.id]
    assert count_contacts(library) == 2
