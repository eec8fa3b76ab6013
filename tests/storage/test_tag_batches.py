"""A `.cardbook` file's rows that other rows refer to (tags, events...) are inserted in batches that return their
ids (storage/upkeep/transfer_in.py, `_Merge._insert_later`), on both engines: every contact still wears exactly
the tags the file gave it, across batch boundaries, with a name the library had and a name the file gives twice."""

from __future__ import annotations

from pathlib import Path

from cardbook.domain.contact import Contact
from cardbook.interop.library_file import FORMAT_VERSION, LibraryWriter, Manifest
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.storage.upkeep.transfer_in import BATCH, import_library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py

PEOPLE = 12
PER_PERSON = 100  # under the cap of 200 tags per contact: every row is kept


def _file(path: Path) -> dict[str, list[str]]:
    """The file, and the tag names it gives each person."""
    names = [f"étiquette {t}" for t in range(PEOPLE * PER_PERSON)]
    names[7] = "Client"  # the library has "client" already: the same tag (names compare folded)
    names[PER_PERSON + 3] = names[2]  # two of the file's tags with one name: one tag
    tables: dict[str, list[dict[str, object]]] = {
        "contacts": [{"id": 500 + p, "full_name": f"Personne {p}"} for p in range(PEOPLE)],
        "tags": [{"id": 9000 + t, "name": name} for t, name in enumerate(names)],
        "contact_tags": [{"contact_id": 500 + t // PER_PERSON, "tag_id": 9000 + t} for t in range(len(names))],
    }
    with open(path, "wb") as handle:
        writer = LibraryWriter(handle)
        for name, rows in tables.items():
            with writer.table(name) as out:
                for row in rows:
                    out.write(row)
        writer.finish(Manifest(FORMAT_VERSION, {name: len(rows) for name, rows in tables.items()}))
    return {f"Personne {p}": names[p * PER_PERSON : (p + 1) * PER_PERSON] for p in range(PEOPLE)}


def test_tags_in_batches_keep_whom_they_belong_to(library: Library, tmp_path: Path) -> None:
    assert PEOPLE * PER_PERSON > 2 * BATCH  # three batches at least
    contacts.create_contact(library, Contact(full_name="Déjà Là", tags=["client"]))
    given = _file(tmp_path / "tags.cardbook")

    report = import_library(library, tmp_path / "tags.cardbook")

    assert report.tables["tags"].added == PEOPLE * PER_PERSON - 2 and report.tables["tags"].already == 2
    assert report.tables["contact_tags"].added == PEOPLE * PER_PERSON
    ids = contacts.all_contact_ids(library)
    worn = {c.full_name: c.tags for c in (contacts.get_contact(library, i) for i in ids)}
    for name, tags in given.items():
        expected = sorted("client" if t == "Client" else t for t in tags)  # the library's spelling stays
        assert sorted(worn[name]) == expected, name
    assert worn["Déjà Là"] == ["client"]
