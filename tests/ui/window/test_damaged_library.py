"""A damaged library at start: the window offers its backups (newest first, dated), another library or quitting,
instead of a bare error; restoring moves the damaged file aside and opens the restored library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cardbook.domain.contact import Contact
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.window.damaged_library import PATH_ROLE, DamagedLibraryDialog, backups_of, open_or_repair


def damaged_library(root: Path, names: list[str]) -> Path:
    """A library holding `names`, backed up twice (the second backup with the last name), then its database's
    header zeroed — one of the damages `cardbook restore` repairs."""
    library = Library.open(root)
    for name in names[:-1]:
        contacts.create_contact(library, Contact(full_name=name))
    library.backup("manual")
    contacts.create_contact(library, Contact(full_name=names[-1]))
    latest = library.backup("manual")
    library.close()
    with library.db_path.open("r+b") as db:
        db.write(b"\0" * 100)
    return latest


def answer_with(qtbot, button: str, seen: list[DamagedLibraryDialog], other: Path | None = None):  # type: ignore[no-untyped-def]
    def ask(root: Path, detail: str) -> DamagedLibraryDialog | None:
        dialog = DamagedLibraryDialog(root, detail)
        qtbot.addWidget(dialog)
        if other is not None:
            dialog.ask_folder = lambda: str(other)  # the folder chooser is the platform's own dialog
        seen.append(dialog)
        dialog.show()
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        return dialog if dialog.result() == QDialog.DialogCode.Accepted else None

    return ask


def test_restoring_the_latest_backup_opens_the_library(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "lib"
    latest = damaged_library(root, ["Anne Morel", "Paul Roux"])
    seen: list[DamagedLibraryDialog] = []

    library = open_or_repair(root, answer_with(qtbot, "restore_button", seen))

    assert library is not None
    assert sorted(s.name for s in contacts.summaries(library, contacts.all_contact_ids(library))) == [
        "Anne Morel",
        "Paul Roux",
    ]
    dialog = seen[0]
    assert dialog.heading.text() == f"The library in {root.resolve()} is damaged."
    assert "damaged" in dialog.detail.text() and "cardbook restore" in dialog.detail.text()  # the diagnosis
    listed = [dialog.backups.item(row) for row in range(dialog.backups.count())]
    assert [Path(item.data(PATH_ROLE)) for item in listed] == backups_of(root)[: len(listed)]
    assert Path(listed[0].data(PATH_ROLE)) == latest  # the latest first, chosen already
    assert all(item.text().endswith(Path(item.data(PATH_ROLE)).name) for item in listed)
    assert listed[0].text() != listed[0].data(PATH_ROLE)  # a date before the file's name
    assert dialog.restored_aside is not None and (dialog.restored_aside / "cardbook.sqlite3").exists()
    library.close()


def test_quitting_leaves_the_damaged_library_as_it_was(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "lib"
    damaged_library(root, ["Anne Morel"])
    before = (root / "cardbook.sqlite3").read_bytes()
    seen: list[DamagedLibraryDialog] = []
    assert open_or_repair(root, answer_with(qtbot, "quit_button", seen)) is None
    assert (root / "cardbook.sqlite3").read_bytes() == before
    assert not list((root / "backups").glob("damaged-*"))


def test_another_library_can_be_opened_instead(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "lib"
    damaged_library(root, ["Anne Morel"])
    other = tmp_path / "other"
    with_one = Library.open(other)
    contacts.create_contact(with_one, Contact(full_name="Lucie Blanc"))
    with_one.close()
    seen: list[DamagedLibraryDialog] = []

    library = open_or_repair(root, answer_with(qtbot, "open_button", seen, other))

    assert library is not None and library.root == other.resolve()
    assert [s.name for s in contacts.summaries(library, contacts.all_contact_ids(library))] == ["Lucie Blanc"]
    library.close()


def test_without_a_backup_the_dialog_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "lib"
    Library.open(root).close()
    dialog = DamagedLibraryDialog(root, "the file is not a database")
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.problem.text() == f"No backup was found in {root / 'backups'}."


@pytest.fixture(autouse=True)
def _no_storage_on_the_gui_thread() -> None:
    """No window here: the dialog runs before the window exists, so the window's guard does not apply."""


@pytest.mark.parametrize("loss", ["a table dropped", "the database deleted beside its images"])
def test_a_dropped_table_or_a_lost_database_gets_the_dialog_too(qtbot, tmp_path: Path, loss: str) -> None:  # type: ignore[no-untyped-def]
    """Not only a file SQLite cannot read: a library whose schema lost a table opened, then failed at every
    query; one whose database was deleted beside its card images stopped the window with a bare error."""
    import sqlite3

    from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
    from tests.storage.test_cards import scanned

    root = tmp_path / "lib"
    library = Library.open(root)
    contacts.create_contact(library, Contact(full_name="Anne Morel"))
    store_scanned_card(library, scanned(), ExchangeDefaults())
    library.backup("manual")
    library.close()
    if loss == "a table dropped":
        con = sqlite3.connect(library.db_path)
        con.execute("DROP TABLE contact_emails")
        con.commit()
        con.close()
    else:
        library.db_path.unlink()
    seen: list[DamagedLibraryDialog] = []

    restored = open_or_repair(root, answer_with(qtbot, "restore_button", seen))

    assert restored is not None and len(seen) == 1
    assert "cardbook restore" in seen[0].detail.text()
    assert len(contacts.all_contact_ids(restored)) == 2
    restored.close()
