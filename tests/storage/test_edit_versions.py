"""Optimistic concurrency on contacts (issue 17, "several writers at once"; docs/TEAM_LIBRARY.md): an edit made
on an older copy is refused, a fresh one goes through and raises the version, on both engines. Two Library
objects on one database stand for two members (or two windows)."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.app.errors import describe
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import ContactStatus
from cardbook.domain.exchange import Encounter
from cardbook.storage.contacts.merge import merge_contacts
from cardbook.storage.contacts.records import (
    Topics,
    count_contacts,
    create_contact,
    edit_contact,
    get_contact,
    set_topics,
    update_contact,
)
from cardbook.storage.errors import EditConflictError
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.library import Library

ENGINES = ("sqlite", "postgresql")


def other_member(library: Library, tmp_path: Path) -> Library:
    """A second Library on the same database: another member's (or another window's) view of it."""
    backend = library.backend
    url = getattr(backend, "url", None)
    if url is not None:
        return Library.open(url.render_as_string(hide_password=False), local_root=tmp_path / "other-member")
    return Library.open(library.root)


@pytest.fixture
def other(library: Library, tmp_path: Path) -> Iterator[Library]:
    lib = other_member(library, tmp_path)
    yield lib
    lib.close()


def claire(library: Library) -> Contact:
    return create_contact(library, Contact(full_name="Claire Martin", company="Lyonnaise", emails=["c@lyon.example"]))


def test_a_new_contact_is_at_version_one_and_each_edit_raises_it(library: Library) -> None:
    created = claire(library)
    assert created.version == 1
    first = update_contact(library, dataclasses.replace(created, title="Buyer"))
    assert first.version == 2
    second = update_contact(library, dataclasses.replace(first, title="Head buyer"))
    assert second.version == 3
    assert get_contact(library, created.id or 0).version == 3


def test_an_edit_of_an_older_copy_is_refused_and_writes_nothing(library: Library, other: Library) -> None:
    mine = claire(library)
    theirs = get_contact(other, mine.id or 0)
    update_contact(other, dataclasses.replace(theirs, notes="met her at the fair"))
    with pytest.raises(EditConflictError) as refused:
        update_contact(library, dataclasses.replace(mine, title="Buyer"))
    assert describe(refused.value)[0] == "Claire Martin was changed by someone else since you opened it"
    stored = get_contact(library, mine.id or 0)
    assert (stored.title, stored.notes, stored.version) == (None, "met her at the fair", 2)


def test_the_copy_read_after_the_other_edit_saves(library: Library, other: Library) -> None:
    mine = claire(library)
    update_contact(other, dataclasses.replace(get_contact(other, mine.id or 0), notes="from the fair"))
    fresh = get_contact(library, mine.id or 0)
    saved = update_contact(library, dataclasses.replace(fresh, title="Buyer"))
    assert (saved.title, saved.notes, saved.version) == ("Buyer", "from the fair", 3)


def test_two_saves_of_one_copy_the_second_is_refused(library: Library, other: Library) -> None:
    """The same version saved twice (two windows that opened the same contact): only the first lands."""
    mine = claire(library)
    theirs = get_contact(other, mine.id or 0)
    update_contact(library, dataclasses.replace(mine, title="Buyer"))
    with pytest.raises(EditConflictError):
        update_contact(other, dataclasses.replace(theirs, title="Seller"))
    assert get_contact(library, mine.id or 0).title == "Buyer"


def test_merges_and_topics_raise_the_version_and_a_meeting_does_not(library: Library) -> None:
    kept = claire(library)
    assert kept.id is not None
    twin = create_contact(library, Contact(full_name="Claire Martin", phones=[Phone("+33 4 78 00 00 00")]))
    set_topics(library, kept.id, Topics(needs="a printer"))
    assert get_contact(library, kept.id).version == 2
    record_encounter(library, Encounter(contact_id=kept.id))  # the cached meeting summary is not an edit of the contact
    assert get_contact(library, kept.id).version == 2
    merged = merge_contacts(library, kept.id, twin.id or 0, {})
    assert merged.version == 3
    with pytest.raises(EditConflictError):
        update_contact(library, dataclasses.replace(kept, notes="stale"))


def test_a_command_line_edit_reads_and_writes_at_once(library: Library, other: Library) -> None:
    mine = claire(library)
    update_contact(other, dataclasses.replace(get_contact(other, mine.id or 0), notes="theirs"))

    def retitle(contact: Contact) -> None:
        contact.title = "Buyer"

    saved = edit_contact(library, mine.id or 0, retitle)
    assert (saved.title, saved.notes, saved.version) == ("Buyer", "theirs", 3)


def test_a_deleted_contact_is_not_found_rather_than_a_conflict(library: Library) -> None:
    from cardbook.storage.contacts.records import NotFoundError, delete_contact

    mine = claire(library)
    delete_contact(library, mine.id or 0)
    with pytest.raises(NotFoundError):
        update_contact(library, dataclasses.replace(mine, title="Buyer"))


def test_threads_saving_the_same_copy_at_once_exactly_one_wins(library: Library, tmp_path: Path) -> None:
    """Four members save edits of the same copy at the same moment: one lands, three are told."""
    mine = claire(library)
    members = [other_member(library, tmp_path / f"m{i}") for i in range(4)]
    copies = [get_contact(m, mine.id or 0) for m in members]
    start = threading.Barrier(len(members))
    outcomes: list[str] = []

    def save(member: Library, copy: Contact, title: str) -> None:
        start.wait()
        try:
            update_contact(member, dataclasses.replace(copy, title=title))
            outcomes.append("saved")
        except EditConflictError:
            outcomes.append("refused")

    threads = [
        threading.Thread(target=save, args=(m, c, f"title {i}"))
        for i, (m, c) in enumerate(zip(members, copies, strict=True))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for member in members:
        member.close()
    assert sorted(outcomes) == ["refused", "refused", "refused", "saved"]
    stored = get_contact(library, mine.id or 0)
    assert stored.version == 2 and stored.title in {f"title {i}" for i in range(4)}
    assert count_contacts(library, ContactStatus.ACTIVE) == 1
