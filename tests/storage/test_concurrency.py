"""Two real processes on one library: a writer waits for another instead of failing, and two commands opening
a brand-new library together both succeed (issue 15, "writers that wait")."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from cardbook.storage.contacts.records import count_contacts
from cardbook.storage.library import Library

# Holds the library's write lock for argv[2] seconds after saying "locked", then commits a real change (a long
# import in another process): a deferred transaction that read meanwhile could then no longer write at all.
_HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO tags(name) VALUES ('written by another process')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def _cardbook(library: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    return subprocess.Popen(
        [sys.executable, "-m", "cardbook", "--library", str(library), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_an_import_waits_for_another_process_writing_and_succeeds(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    library.close()
    vcf = tmp_path / "people.vcf"
    vcf.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n" for i in range(5)), encoding="utf-8"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(library.db_path), "2.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        importer = _cardbook(tmp_path / "lib", "import", str(vcf))
        _out, err = importer.communicate(timeout=120)
    finally:
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
    assert importer.returncode == 0, err
    assert holder.returncode == 0
    assert count_contacts(Library.open(tmp_path / "lib")) == 5


def test_a_session_that_reads_then_writes_waits_for_another_process(tmp_path: Path) -> None:
    """The case deferred transactions lost: read (a snapshot), another process commits, then write."""
    from sqlalchemy import func, select

    from cardbook.storage.models import ContactRow, TagRow

    library = Library.open(tmp_path / "lib")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(library.db_path), "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with library.writing() as session:
            tags = session.scalar(select(func.count()).select_from(TagRow))
            session.add(ContactRow(full_name=f"Émilie Lefèvre ({tags} tags seen)"))
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
    assert waited > 1.0
    assert tags == 1  # the read came after the other process's commit: no stale snapshot
    assert count_contacts(library) == 1
    library.close()


def test_two_commands_opening_a_new_library_together_both_succeed(tmp_path: Path) -> None:
    target = tmp_path / "new-lib"
    processes = [_cardbook(target, "check") for _ in range(3)]
    results = [(p.wait(timeout=120), p.communicate()) for p in processes]
    for status, (_out, err) in results:
        assert status == 0, err
    assert (target / ".cardbook.lock").exists()


def test_check_waits_for_another_process_writing_and_finds_nothing_wrong(tmp_path: Path) -> None:
    """The search index's own check needs the write lock: it waits for another writer like every writer, where
    it once reported "search index: damaged (database is locked)" for a library that was fine."""
    library = Library.open(tmp_path / "lib")
    library.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(library.db_path), "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        checker = _cardbook(tmp_path / "lib", "check")
        out, err = checker.communicate(timeout=120)
    finally:
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
    assert checker.returncode == 0, out + err
    assert out.startswith("Library OK")
