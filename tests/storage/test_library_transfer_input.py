"""Library files made by hand, as an older or newer Cardbook or a hostile one would write them: what cannot be
used is skipped with a warning, and the rest is imported (real SQLite library, real image store)."""

from __future__ import annotations

import random
import string
from pathlib import Path

from cardbook.domain.value_limits import LIST_LIMITS
from cardbook.interop.library_file import FORMAT_VERSION, LibraryWriter, Manifest
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.storage.upkeep.transfer_in import import_library
from tests.storage.transfer_helpers import image_files, read_tables


def _file(path: Path, rows: dict[str, list[dict[str, object]]]) -> Path:
    with open(path, "wb") as handle:
        writer = LibraryWriter(handle)
        for name, table in rows.items():
            with writer.table(name) as out:
                for row in table:
                    out.write(row)
        writer.finish(Manifest(FORMAT_VERSION, {n: len(t) for n, t in rows.items()}))
    return path


def test_columns_and_tables_this_cardbook_does_not_know_are_ignored_with_a_warning(
    library: Library, tmp_path: Path
) -> None:
    file = _file(
        tmp_path / "newer.cardbook",
        {
            "contacts": [{"id": 7, "full_name": "Anouk Brissac", "notes": "", "zodiac": "lion", "_later": 1}],
            "contact_emails": [
                {"id": 1, "contact_id": 7, "position": 0, "value": "a@b.example", "normalized": "a@b.example"}
            ],
            "contact_holograms": [{"id": 1, "contact_id": 7}],
        },
    )
    report = import_library(library, file)
    [created] = report.created_contacts
    contact = contacts.get_contact(library, created)
    assert (contact.full_name, contact.emails) == ("Anouk Brissac", ["a@b.example"])
    assert report.warnings == [
        "contacts: ignored what this version of Cardbook does not know: zodiac",
        "contact_holograms: ignored, this version of Cardbook has no such table",
    ]


def test_rows_that_cannot_be_used_are_skipped_and_the_rest_is_imported(library: Library, tmp_path: Path) -> None:
    file = _file(
        tmp_path / "damaged.cardbook",
        {
            "contacts": [{"id": 1, "full_name": "Lison Perrault"}, {"id": 2, "full_name": 42}],
            "images": [
                {"id": 5, "sha256": "a" * 64, "extension": "../../../escaped", "byte_size": 3},
                {"id": 6, "sha256": "b" * 64, "extension": "png", "byte_size": 3},
            ],
            "card_images": [{"id": 1, "contact_id": 1, "side": "front", "original_image_id": 6, "crop_image_id": 5}],
            "encounters": [
                {"id": 1, "contact_id": 2, "date": "2026-03-04"},
                {"id": 2, "contact_id": 1, "date": "soon"},
            ],
        },
    )
    report = import_library(library, file)
    tables = read_tables(library.db_path)
    assert [r["full_name"] for r in tables["contacts"]] == ["Lison Perrault"]
    assert tables["images"] == [] and image_files(library.root) == set()
    [card] = tables["card_images"]  # kept, without the images the file did not hold
    assert (card["original_image_id"], card["crop_image_id"]) == (None, None)
    assert tables["encounters"] == []
    assert {name: (f.added, f.dropped) for name, f in report.tables.items()} == {
        "contacts": (1, 1),
        "images": (0, 2),
        "card_images": (1, 0),
        "encounters": (0, 2),
    }
    assert report.warnings == [
        f"image {'b' * 12}… is not in the file: its cards are kept without it",
        "contacts line 2: full_name: expected text, skipped",
        "encounters line 2: date: Invalid isoformat string: 'soon', skipped",
    ]
    assert not list(tmp_path.glob("**/escaped*")) and not list(library.root.parent.glob("**/escaped*"))


def test_values_too_long_to_be_real_are_cut_with_a_warning(library: Library, tmp_path: Path) -> None:
    """A hand-made library file with a 5 MB name (issue 15: showing such a contact froze the window for 41 s)
    gets the caps of every other import, and says what it cut."""
    rng = random.Random(15)  # letters that do not compress: the file's zip-bomb guard refuses repeated text
    name = "".join(rng.choices(string.ascii_letters + " ", k=5_000_000))
    file = _file(
        tmp_path / "hostile.cardbook",
        {"contacts": [{"id": 3, "full_name": name, "sort_name": name.casefold(), "notes": name[:200_000]}]},
    )
    report = import_library(library, file)
    [created] = report.created_contacts
    contact = contacts.get_contact(library, created)
    assert len(contact.full_name) == 300 and contact.full_name.endswith("…")
    assert len(contact.notes) == 100_000
    assert report.warnings == [
        f"contacts: “{name[:59]}…”: full name cut to 300 characters (was 5,000,000); "
        "notes cut to 100,000 characters (was 200,000)"
    ]
    assert len(read_tables(library.db_path)["contacts"][0]["sort_name"]) == 300


def test_lists_too_long_to_be_real_are_cut_per_contact_with_one_line_each(library: Library, tmp_path: Path) -> None:
    """A hand-made library file giving one contact 10,000 e-mails and 3,000 tags (100,000 cost the same per
    row, only slower), another 60 social profiles: each list is kept up to its cap (LIST_LIMITS), one line per
    contact says what was left out, and the tag names nobody uses are not left behind. Imported again, the
    contacts already here keep their capped lists."""
    file = _file(
        tmp_path / "lists.cardbook",
        {
            "contacts": [
                {"id": 1, "full_name": "Basile Marchand", "_uids": ["u-basile"]},
                {"id": 2, "full_name": "Iris Vallet", "_uids": ["u-iris"]},
            ],
            "contact_emails": [
                {"id": i, "contact_id": 1, "position": i, "value": f"b{i}@exemple.fr", "normalized": f"b{i}@exemple.fr"}
                for i in range(10_000)
            ],
            "tags": [{"id": i, "name": f"étiquette {i}"} for i in range(3_000)],
            "contact_tags": [{"contact_id": 1, "tag_id": i} for i in range(3_000)] + [{"contact_id": 2, "tag_id": 7}],
            "contact_links": [
                {"id": i, "contact_id": 2, "position": i, "kind": "social", "value": f"https://social.example/{i}"}
                for i in range(60)
            ],
        },
    )
    report = import_library(library, file)
    basile, iris = report.created_contacts
    assert len(contacts.get_contact(library, basile).emails) == LIST_LIMITS["emails"]
    assert len(contacts.get_contact(library, basile).tags) == LIST_LIMITS["tags"]
    assert len(contacts.get_contact(library, iris).social) == LIST_LIMITS["social"]
    assert "étiquette 7" in contacts.get_contact(library, iris).tags
    assert len(read_tables(library.db_path)["tags"]) == LIST_LIMITS["tags"]  # the 2,800 left out are not kept
    assert report.tables["contact_emails"].dropped == 10_000 - LIST_LIMITS["emails"]
    cut = [
        "contacts: “Basile Marchand”: emails: 9,950 left out (at most 50 kept); "
        "tags: 2,800 left out (at most 200 kept)",
        "contacts: “Iris Vallet”: social: 10 left out (at most 50 kept)",
    ]
    assert [w for w in report.warnings if w.startswith("contacts:")] == cut

    again = import_library(library, file)  # the same people, found by identity: their lists stay at the caps
    assert again.created_contacts == [] and sorted(again.merged_contacts) == sorted([basile, iris])
    assert len(contacts.get_contact(library, basile).emails) == LIST_LIMITS["emails"]
    assert len(contacts.get_contact(library, iris).social) == LIST_LIMITS["social"]
    assert len(read_tables(library.db_path)["tags"]) == LIST_LIMITS["tags"]
