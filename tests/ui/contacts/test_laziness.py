"""Long lists stay cheap: the window reads only the rows it paints, never every contact at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView

from cardbook.domain.contact import Contact
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from cardbook.ui.contacts.table_model import ContactTableModel
from tests.ui.conftest import open_window

CROWD = 150


@pytest.fixture(scope="module")
def crowd_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crowd") / "lib"
    library = Library.open(root)
    for n in range(CROWD):
        contacts.create_contact(library, Contact(full_name=f"Personne {n:03d}", company=f"Société {n % 7}"))
    library.close()
    return root


def test_the_window_reads_only_the_visible_page(
    qtbot, crowd_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    shutil.copytree(crowd_template, tmp_path / "lib")
    library = Library.open(tmp_path / "lib")
    asked: list[int] = []
    real = contacts.summaries

    def spy(lib: Library, ids: list[int]) -> list[contacts.ContactSummary]:
        asked.append(len(ids))
        return real(lib, ids)

    monkeypatch.setattr(contacts, "summaries", spy)
    window = open_window(qtbot, library)
    model = window.model
    assert model.rowCount() == CROWD
    # About 30 rows are visible: one page of 100 was read, along with the ids, and none since.
    assert asked == [ContactTableModel.PAGE_SIZE]
    assert model.pages_read == 0

    window.contacts_page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.pages_read == 1)
    assert model.data(model.index(CROWD - 1, 0)) == "Personne 149"
    window.contacts_page.table.scrollTo(model.index(0, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert max(asked) <= ContactTableModel.PAGE_SIZE
    library.close()
