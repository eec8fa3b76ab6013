"""An older library's upgrade is said on stderr before it starts (docs/CLI.md, "Opening an older library"),
once: the next command finds it current and says nothing; standard output is the command's own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cardbook.cli.main import main
from cardbook.storage.migrate import HEAD_REVISION, current_revision

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "library-0006.sqlite3"
LINE = "cardbook: upgrading the library to the current format…\n"


def test_a_command_on_an_older_library_says_it_upgrades_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    shutil.copy(FIXTURE, root / "cardbook.sqlite3")

    assert main(["--library", str(root), "search", "lefevre", "--json"]) == 0
    first = capsys.readouterr()
    assert first.err == LINE
    assert [json.loads(line)["name"] for line in first.out.splitlines()] == ["Émilie Lefèvre"]
    assert current_revision(root / "cardbook.sqlite3") == HEAD_REVISION

    assert main(["--library", str(root), "search", "lefevre", "--json"]) == 0
    again = capsys.readouterr()
    assert again.err == "" and again.out == first.out


def test_restoring_an_older_backup_says_it_upgrades_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    assert main(["--library", str(root), "search", "anyone"]) in (0, 1)  # a current, empty library
    capsys.readouterr()
    assert main(["--library", str(root), "restore", str(FIXTURE)]) == 0
    restored = capsys.readouterr()
    assert restored.err == LINE and restored.out.startswith(f"Restored {FIXTURE}.")
    assert current_revision(root / "cardbook.sqlite3") == HEAD_REVISION
