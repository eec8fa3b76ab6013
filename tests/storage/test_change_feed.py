"""A team library tells the other members' windows what changed (storage/change_feed.py, docs/TEAM_LIBRARY.md):
a NOTIFY sent by each committed write, heard by a listener on a connection of its own. Real servers only."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.domain.contact import Contact
from cardbook.domain.network import Event
from cardbook.storage.change_feed import EVERYTHING, ChangeListener, ChangeNotice
from cardbook.storage.contacts.records import create_contact, update_contact
from cardbook.storage.ledger.events import save_event
from cardbook.storage.library import Library
from tests.pg_server import PgCluster

WAIT_S = 30  # an upper bound: a passing test waits only as long as the notice takes


@pytest.fixture
def two_members(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    """Two Library objects on one server database, as two members' windows have."""
    name = pg_cluster.new_database()
    url = pg_cluster.url(name)
    anne, bruno = Library.open(url, local_root=tmp_path / "anne"), Library.open(url, local_root=tmp_path / "bruno")
    yield anne, bruno
    anne.close()
    bruno.close()
    pg_cluster.drop_database(name)


def _listening(library: Library) -> tuple[ChangeListener, queue.Queue[ChangeNotice]]:
    heard: queue.Queue[ChangeNotice] = queue.Queue()
    listener = library.listen(heard.put)
    assert listener is not None
    listener.start()
    assert listener.listening.wait(WAIT_S)
    return listener, heard


def test_another_members_writes_are_heard_with_what_they_changed(two_members: tuple[Library, Library]) -> None:
    anne, bruno = two_members
    listener, heard = _listening(anne)
    try:
        contact_id = create_contact(bruno, Contact(full_name="Claire Bruno")).id
        notice = heard.get(timeout=WAIT_S)
        assert notice.origin == bruno.change_origin and "contacts" in notice.tables and not notice.ledger
        assert notice.contact_ids is not None and contact_id in notice.contact_ids

        save_event(bruno, Event(name="BNI Lyon"))
        notice = heard.get(timeout=WAIT_S)
        assert "events" in notice.tables and notice.ledger

        # Anne's own write is not echoed back to her; the next thing she hears is Bruno's next write.
        create_contact(anne, Contact(full_name="Anne Own"))
        update_contact(bruno, Contact(id=contact_id, full_name="Claire Bruno-Martin"))
        notice = heard.get(timeout=WAIT_S)
        assert notice.origin == bruno.change_origin and notice.contact_ids == (contact_id,)
    finally:
        listener.stop()


def test_a_write_that_rolls_back_is_never_announced(two_members: tuple[Library, Library]) -> None:
    anne, bruno = two_members
    listener, heard = _listening(anne)
    try:
        with pytest.raises(RuntimeError), bruno.writing() as session:
            from cardbook.storage.models import ContactRow

            session.add(ContactRow(full_name="Never Saved", sort_name="never saved"))
            session.flush()
            raise RuntimeError("the user's action failed half-way")
        save_event(bruno, Event(name="After the failure"))  # the next notice is this one, not the rolled back
        notice = heard.get(timeout=WAIT_S)
        assert notice.tables == frozenset({"events"})
    finally:
        listener.stop()


def test_the_listener_reconnects_after_a_server_restart(
    pg_cluster: PgCluster, two_members: tuple[Library, Library]
) -> None:
    anne, bruno = two_members
    listener, heard = _listening(anne)
    try:
        pg_cluster.restart()
        # Back: it says anything may have changed meanwhile, then hears new writes again.
        assert heard.get(timeout=WAIT_S).tables == EVERYTHING
        assert listener.connections == 2
        contact_id = create_contact(bruno, Contact(full_name="After Restart")).id
        notice = heard.get(timeout=WAIT_S)
        assert notice.contact_ids is not None and contact_id in notice.contact_ids
    finally:
        listener.stop()


def test_a_folder_library_has_no_listener(library: Library) -> None:
    assert library.listen(lambda _notice: None) is None
