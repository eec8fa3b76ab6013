"""A contacts file's import killed half-way, then run again: everyone stored once, and the same totals as an
import that was never stopped (storage/contacts/import_journal.py). Real processes, a real SIGKILL between two
batches' commits, a real SQLite library."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cardbook.storage.contacts.interchange import IMPORT_BATCH
from tests.cli.library_reads import contact_names
from tests.cli.test_cli import run

PEOPLE = 5 * IMPORT_BATCH + 123  # six batches: killed after the first or second, several are left to do


def _vcard_file(path: Path) -> Path:
    cards = []
    for i in range(PEOPLE):
        # Every 100th person twice in the file (a possible duplicate of the file's own), one card unusable.
        who = i - 1 if i % 100 == 1 else i
        cards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Personne {who:05d}\r\nN:{who:05d};Personne;;;\r\n"
            f"EMAIL:personne.{who}@exemple.fr\r\nORG:Atelier {i % 37}\r\nEND:VCARD\r\n"
        )
    cards.insert(7, "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n")
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _library(folder: Path, tmp_path: Path) -> Path:
    """A library that already holds one of the file's people (a possible duplicate with the library)."""
    known = tmp_path / f"known-{folder.name}.vcf"
    known.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Personne 00042\r\nEMAIL:personne.42@exemple.fr\r\nEND:VCARD\r\n")
    assert run(folder, "import", str(known)).returncode == 0
    return folder


def _count(library: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{library / 'cardbook.sqlite3'}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM contacts").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:  # not created yet
        return 0


@pytest.mark.slow
def test_an_import_killed_between_batches_stores_everyone_once_and_reports_the_same_totals(tmp_path: Path) -> None:
    file = _vcard_file(tmp_path / "carnet.vcf")
    clean = run(_library(tmp_path / "clean", tmp_path), "import", str(file))
    assert clean.returncode == 1  # the unusable card is skipped, and said
    assert f"Imported {PEOPLE} contacts, skipped 1, possible duplicates" in clean.stdout

    library = _library(tmp_path / "killed", tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    command = [sys.executable, "-m", "cardbook", "--library", str(library), "import", str(file)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        while _count(library) < 1 + IMPORT_BATCH and process.poll() is None:  # the first batch is committed
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    stored = _count(library) - 1
    assert process.returncode == -signal.SIGKILL, "the import ended before it could be killed"
    assert stored % IMPORT_BATCH == 0 and IMPORT_BATCH <= stored < PEOPLE  # whole batches, not all of them

    resumed = run(library, "import", str(file))
    assert resumed.returncode == 1, resumed.stderr
    assert resumed.stdout == clean.stdout  # the same totals, the same possible duplicates
    assert resumed.stderr == clean.stderr
    names = contact_names(library)
    assert names == contact_names(tmp_path / "clean")  # each person once, in the file's order
    assert run(library, "check").returncode == 0
