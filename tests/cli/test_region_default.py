"""The command line's --region default follows the library's setting (the window's Preferences) when a library
is opened, and the system's country otherwise; an explicit --region still wins (real CLI, real SQLite)."""

from __future__ import annotations

from pathlib import Path

from cardbook.app.region_setting import set_default_region
from cardbook.storage.contacts import cards
from cardbook.storage.contacts import records as contacts
from cardbook.storage.library import Library
from tests.cli.test_cli import run
from tests.ocr.render import Card, Text, render, save

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla Mendes\r\nTEL:(11) 3208-4417\r\nEND:VCARD\r\n"
NO_COUNTRY = Card([Text("Alex Morgan", 40), Text("Consultant", 30), Text("alex@morgan-consulting.com", 28)])


def _library(tmp_path: Path, region: str) -> Path:
    path = tmp_path / "lib"
    library = Library.open(path)
    set_default_region(library, region)
    library.close()
    return path


def _phones(path: Path) -> dict[str, list[str | None]]:
    library = Library.open(path)
    try:
        found = [contacts.get_contact(library, i) for i in contacts.all_contact_ids(library)]
        return {c.full_name: [p.e164 for p in c.phones] for c in found}
    finally:
        library.close()


def test_import_reads_national_numbers_in_the_library_country(tmp_path: Path) -> None:
    path = _library(tmp_path, "BR")
    card = tmp_path / "carla.vcf"
    card.write_text(VCARD, encoding="utf-8")
    done = run(path, "import", str(card), env={"LANG": "fr_FR.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert _phones(path) == {"Carla Mendes": ["+551132084417"]}
    other = tmp_path / "again.vcf"
    other.write_text(VCARD.replace("Carla", "Carlos"), encoding="utf-8")
    assert run(path, "import", str(other), "--region", "FR").returncode == 0
    assert _phones(path)["Carlos Mendes"] == [None]  # not a French number: kept as printed


def test_scan_import_falls_back_to_the_library_country(tmp_path: Path) -> None:
    path = _library(tmp_path, "DE")
    photo = save(str(tmp_path / "card.png"), render(NO_COUNTRY))
    done = run(path, "scan", "--import", "--jobs", "1", "--json", photo, env={"LANG": "fr_FR.UTF-8"})
    assert done.returncode == 0, done.stderr
    assert '"code": "DE"' in done.stdout
    library = Library.open(path)
    try:
        [contact_id] = contacts.all_contact_ids(library)
        region = cards.card_region_of(library, contact_id)
        assert region is not None and (region.code, region.from_card) == ("DE", False)
    finally:
        library.close()
