"""Every historical schema has a committed fixture library; each must open, upgrade and keep its data.

When a migration is added, write a fixture at the previous head first (see the docstring of
cardbook.storage.migrate) and add it to HISTORICAL.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cardbook.domain.enums import Reciprocity
from cardbook.storage.contacts import search
from cardbook.storage.encounters import one_way_giver_ids, prescriber_ids
from cardbook.storage.integrity import check_library
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION, current_revision

FIXTURES = Path(__file__).parent / "fixtures"
HISTORICAL = {"0001": "library-0001.sqlite3"}


@pytest.mark.parametrize("revision", sorted(HISTORICAL))
def test_historical_library_opens_upgrades_and_keeps_everything(revision: str, tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURES / HISTORICAL[revision], root / "cardbook.sqlite3")
    assert current_revision(root / "cardbook.sqlite3") == revision

    library = Library.open(root)
    assert current_revision(library.db_path) == HEAD_REVISION
    if revision != HEAD_REVISION:
        assert any(library.backups_dir.glob(f"*before-upgrade-{revision}*")), "a backup precedes the upgrade"
    found = search(library, "lefevre")
    assert [s.name for s in found] == ["Émilie Lefèvre"]
    assert found[0].reciprocity is Reciprocity.MUTUAL
    assert len(one_way_giver_ids(library)) == 1
    assert len(prescriber_ids(library)) == 1
    assert check_library(library).ok
    library.close()


def test_fixture_databases_are_intact() -> None:
    for name in HISTORICAL.values():
        con = sqlite3.connect(FIXTURES / name)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
