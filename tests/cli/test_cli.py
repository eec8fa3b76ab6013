"""The command line end to end, each command in its own process, as a user or a script runs it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.library import Library


def run(library: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cardbook", "--library", str(library), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    library = Library.open(path)
    for name, company, city in [
        ("Émilie Lefèvre", "Horizon Conseil", "Lyon"),
        ("Jean-François Dupont", "Nova SAS", "Paris"),
        ("Sophie Bernard", "Cabinet Bernard", "Lyon"),
    ]:
        create_contact(library, Contact(full_name=name, company=company, address=f"1 rue X, {city}"))
    library.close()
    return path


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "cardbook"
    assert script.exists()
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("cardbook ")


def test_search_json_lines(lib_path: Path) -> None:
    result = run(lib_path, "search", "lyon", "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["name"] for r in records} == {"Émilie Lefèvre", "Sophie Bernard"}
    assert all(set(r) >= {"id", "name", "company", "meetings", "last_met", "exchange"} for r in records)


def test_search_accents_via_library_env_var(lib_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cardbook", "search", "jean francois"],
        capture_output=True,
        text=True,
        env={**os.environ, "CARDBOOK_LIBRARY": str(lib_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "Jean-François Dupont" in result.stdout


@pytest.mark.parametrize("query", ['NEAR( "', '"', "*", "-lyon", "AND OR NOT"])
def test_hostile_search_gives_results_or_one_clear_line(lib_path: Path, query: str) -> None:
    result = run(lib_path, "search", "--", query)  # "--": a query may start with "-"
    assert "Traceback" not in result.stderr
    if result.returncode != 0:
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("cardbook: ")


def test_search_without_words_is_a_clear_error(lib_path: Path) -> None:
    result = run(lib_path, "search", "*")
    assert result.returncode == 1
    assert result.stderr.strip() == "cardbook: the search holds no word to look for (letters or digits)"


def test_check_backup_and_restore(lib_path: Path, tmp_path: Path) -> None:
    check = run(lib_path, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("Library OK (3 contacts")

    backup = run(lib_path, "backup")
    assert backup.returncode == 0, backup.stderr
    backup_file = Path(backup.stdout.strip())
    assert backup_file.is_file() and backup_file.parent == lib_path / "backups"

    library = Library.open(lib_path)
    create_contact(library, Contact(full_name="Ajouté Après"))
    library.close()
    restore = run(lib_path, "restore", str(backup_file))
    assert restore.returncode == 0, restore.stderr
    found = run(lib_path, "search", "ajoute")
    assert "No contact matches" in found.stdout


def test_check_finds_a_damaged_search_index_and_repairs_it(lib_path: Path) -> None:
    con = sqlite3.connect(lib_path / "cardbook.sqlite3")
    con.execute("DELETE FROM contacts_fts WHERE rowid = 1")
    con.execute("UPDATE contacts SET meeting_count = 7 WHERE id = 2")
    con.commit()
    con.close()
    broken = run(lib_path, "check")
    assert broken.returncode == 1
    assert "contact 1 is missing from the index" in broken.stdout
    assert "stale meeting counts" in broken.stdout
    assert broken.stderr.startswith("cardbook: 2 problems found")
    repaired = run(lib_path, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Émilie" in run(lib_path, "search", "emilie").stdout


def test_restore_of_a_non_backup_is_one_line(lib_path: Path, tmp_path: Path) -> None:
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"%PDF-1.4\n")
    result = run(lib_path, "restore", str(fake))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not a Cardbook backup" in result.stderr


def test_newer_library_is_refused_clearly(lib_path: Path) -> None:
    con = sqlite3.connect(lib_path / "cardbook.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    con.commit()
    con.close()
    result = run(lib_path, "search", "lyon")
    assert result.returncode == 1
    assert "newer version of Cardbook" in result.stderr and "Traceback" not in result.stderr


def test_unwritable_library_location_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run(blocker / "lib", "check")
    assert result.returncode == 1
    assert result.stderr.startswith("cardbook: cannot create the library folder")


def test_export_then_import_into_another_library(lib_path: Path, tmp_path: Path) -> None:
    exported = run(lib_path, "export", "--format", "vcard", "--output", str(tmp_path / "all.vcf"))
    assert exported.returncode == 0, exported.stderr
    text = (tmp_path / "all.vcf").read_bytes()
    assert text.count(b"BEGIN:VCARD\r\n") == 3 and "FN:Émilie Lefèvre".encode() in text
    other = tmp_path / "other"
    imported = run(other, "import", str(tmp_path / "all.vcf"))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 3 contacts" in imported.stdout
    assert "Jean-François Dupont" in run(other, "search", "dupont").stdout
    con = sqlite3.connect(other / "cardbook.sqlite3")
    assert con.execute("SELECT count(*), min(file_name) FROM contact_sources").fetchone() == (3, "all.vcf")
    con.close()


def test_bad_arguments_exit_2_with_usage(lib_path: Path) -> None:
    result = run(lib_path, "search")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def _jpeg_with_corrupt_exif(path: Path) -> Path:
    """A white JPEG whose EXIF block points past its end: Pillow warns "Corrupt EXIF data" when reading it."""
    import io
    import struct

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "white").save(buffer, "JPEG")
    data = buffer.getvalue()
    ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x8769, 4, 1, 5000) + b"\x00\x00\x00\x00"
    payload = b"Exif\x00\x00" + b"II*\x00" + struct.pack("<I", 8) + ifd
    path.write_bytes(data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:])
    return path


def test_library_warnings_are_one_line_like_every_message(tmp_path: Path) -> None:
    photo = _jpeg_with_corrupt_exif(tmp_path / "odd.jpg")
    result = run(tmp_path / "lib", "scan", str(photo), "--json")
    assert result.returncode == 0, result.stderr
    expected = f"cardbook: warning: {photo}: Corrupt EXIF data. Expecting to read 2 bytes but only got 0."
    assert result.stderr.splitlines() == [expected]
    assert json.loads(result.stdout)["found"] is False


def test_every_output_creates_its_folders_and_says_so(lib_path: Path, tmp_path: Path) -> None:
    """One rule for --output (issue 16): the missing folders are made, and one stderr line names the top one."""
    vcard = tmp_path / "exports" / "2026" / "all.vcf"
    exported = run(lib_path, "export", "--format", "vcard", "--output", str(vcard))
    assert exported.returncode == 0, exported.stderr
    assert vcard.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3  # the fixture's three contacts
    assert exported.stderr.splitlines() == [f"cardbook: created folder {tmp_path / 'exports'}"]
    report = tmp_path / "reports" / "networks.html"
    written = run(lib_path, "report", "network", "--output", str(report))
    assert written.returncode == 0, written.stderr
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert written.stderr.splitlines() == [f"cardbook: created folder {tmp_path / 'reports'}"]
    again = run(lib_path, "report", "network", "--output", str(report))  # the folder exists now: nothing said
    assert again.returncode == 0 and again.stderr == ""
