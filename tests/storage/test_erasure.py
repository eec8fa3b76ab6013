"""Erasure that erases: after `cardbook erase`, the person's name, email and phone are nowhere in the library
folder's bytes (outside the backups; with --from-backups, nowhere at all). Real files, read byte by byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cardbook.cli.main import main
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.drafts import DraftStore
from cardbook.storage.contacts.records import count_contacts, create_contact, get_contact, update_contact
from cardbook.storage.library import Library
from cardbook.storage.upkeep.archive import write_archive
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.test_cards import scanned

NAME = "Émilie Lefèvre"
EMAIL = "emilie.lefevre@horizon-conseil.example"
PHONE = "+33 6 98 76 54 31"
NEEDLES = [NAME.encode(), b"lefevre", b"Lef\xc3\xa8vre", EMAIL.encode(), b"33698765431", b"0698765431", PHONE.encode()]


def _hits(root: Path, *, skip_backups: bool) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or (skip_backups and "backups" in path.relative_to(root).parts):
            continue
        data = path.read_bytes().lower()
        found += [f"{path.relative_to(root)}: {n!r}" for n in NEEDLES if n.lower() in data]
    return found


def _library(root: Path) -> tuple[Library, int]:
    library = Library.open(root)
    for index in range(40):
        create_contact(library, Contact(full_name=f"Someone Else {index}", company="Nova SAS"))
    person = scanned(NAME, "Horizon Conseil", emails=[EMAIL], phones=[Phone(PHONE, "+33698765431")])
    contact_id = store_scanned_card(library, person, ExchangeDefaults())
    contact = get_contact(library, contact_id)
    contact.status = ContactStatus.ACTIVE  # reviewed: what the review kept is recorded for learning
    for note in ("met at the fair", "called back", "sent the quote"):  # several index segments
        contact.notes = f"{note} — {NAME}"
        contact = update_contact(library, contact)
    with library.session() as session:
        assert session.scalar(
            text("SELECT count(*) FROM review_corrections WHERE contact_id = :id"), {"id": contact_id}
        )
    DraftStore.open(library.drafts_path).put(contact_id, NAME, {"full_name": NAME + " (edited)", "email": EMAIL})
    library.backup("manual")
    write_archive(library.db_path, library.images, library.backups_dir)
    return library, contact_id


@pytest.mark.parametrize("from_backups", [False, True])
def test_erase_leaves_no_byte_of_the_person_in_the_library_folder(
    tmp_path: Path, from_backups: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    library, contact_id = _library(root)
    assert _hits(root, skip_backups=True), "the person is on disk before"
    reader = Library.open(root)  # another connection open on the library, as the window would have
    assert count_contacts(reader) == 41

    args = ["--library", str(root), "erase", str(contact_id)] + (["--from-backups"] if from_backups else [])
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"Erased {NAME} (#{contact_id}) and 2 card images." in out

    assert _hits(root, skip_backups=True) == []
    if from_backups:
        assert "Rewrote 2 backups" in out
        assert _hits(root, skip_backups=False) == []
    else:
        assert _hits(root, skip_backups=False), "backups untouched without --from-backups"
        assert "still hold them" in out
    assert count_contacts(reader) == 40
    assert DraftStore.open(library.drafts_path).get(f"contact:{contact_id}") is None
    assert check_library(Library.open(root)).ok
    reader.close()
