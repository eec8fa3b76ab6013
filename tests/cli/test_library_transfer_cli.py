"""`cardbook export --format cardbook` and `cardbook import` of that file, as a user runs them: a demo library moved
whole into a new one (rows per table the same), then imported again (nothing added); bad files are one line each."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from cardbook.cli.main import main
from cardbook.interop.library_file import FORMAT_VERSION
from tests.cli.test_cli import run
from tests.storage.transfer_helpers import counts, read_tables

_ADDED = re.compile(r"^  (\w+): (\d+) added, (\d+) already here", re.MULTILINE)


def test_a_demo_library_moves_whole_and_a_second_import_adds_nothing(tmp_path: Path) -> None:
    source, target, file = tmp_path / "source", tmp_path / "target", tmp_path / "moved.cardbook"
    assert run(source, "demo", "--contacts", "300").returncode == 0
    exported = run(source, "export", "--format", "cardbook", "-o", str(file))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith(f"Exported the library to {file}: contacts 300, ")

    first = run(target, "import", str(file))
    assert first.returncode == 0, first.stderr
    before, after = counts(read_tables(source / "cardbook.sqlite3")), counts(read_tables(target / "cardbook.sqlite3"))
    lineage = after.pop("contact_sources")  # one row per contact: where it came from (for the next import)
    assert lineage == before.pop("contact_sources") + before["contacts"]
    assert after == before
    printed = {name: (int(added), int(already)) for name, added, already in _ADDED.findall(first.stdout)}
    assert printed == {name: (n, 0) for name, n in before.items() if n and name != "contacts_fts"}

    second = run(target, "import", str(file))
    assert second.returncode == 0, second.stderr
    assert {name: int(added) for name, added, _ in _ADDED.findall(second.stdout)} == dict.fromkeys(printed, 0)
    assert counts(read_tables(target / "cardbook.sqlite3")) == {**after, "contact_sources": lineage}
    assert "Imported 0 contacts" in second.stdout


def test_a_library_file_needs_a_file_to_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(tmp_path / "lib"), "export", "--format", "cardbook"]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        "cardbook: --format cardbook writes a file: give it with --output FILE"
    ]


def test_a_file_from_a_newer_cardbook_is_one_line_and_the_other_files_are_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.cardbook"
    with zipfile.ZipFile(newer, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "cardbook-library", "version": 99, "tables": {}}))
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rémi Vasseur\r\nEND:VCARD\r\n", encoding="utf-8")
    status = main(["--library", str(tmp_path / "lib"), "import", str(newer), str(card)])
    out, err = capsys.readouterr()
    assert status == 1
    assert err.strip().splitlines() == [
        f"cardbook: {newer}: this library file is format 99, from a newer Cardbook; "
        f"this one reads format {FORMAT_VERSION} and older: update Cardbook to import it"
    ]
    assert "Imported 1 contact," in out
