"""How long a single-contact save waits while another process imports a big contacts file, in one run:
`python -m tests.storage.import_wait_measure [CONTACTS] [--engines sqlite,postgresql]`.

A vCard file of CONTACTS generated people (30,000 by default) is imported by `cardbook import` in a child
process, into a library folder and into a throw-away PostgreSQL cluster (tests/pg_server.py), twice each: with
the whole file in one transaction (as imports were before storage/contacts/interchange.IMPORT_BATCH, forced by
setting the batch past the file's size in the child) and in batches of IMPORT_BATCH. Meanwhile this process saves
one contact every 0.2 s (`update_contact`, as the window's editor does) and, when the library is busy, tries again
as the window does (ui/contacts/save_retry.py) for at most RETRY_FOR_S; each save's wait is from its first try to
its commit. Prints, per engine and way: the import's seconds, the saves made, the median and the longest wait,
and the saves given up (the window keeps such an edit as a draft and says so).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from cardbook.domain.contact import Contact
from cardbook.storage.contacts.interchange import IMPORT_BATCH
from cardbook.storage.contacts.records import create_contact, get_contact, update_contact
from cardbook.storage.errors import is_library_busy
from cardbook.storage.library import Library
from cardbook.ui.contacts.save_retry import RETRY_FOR_S
from tests import pg_server

SAVE_EVERY_S = 0.2
CHILD = (
    "import sys\n"
    "import cardbook.storage.contacts.interchange as interchange\n"
    "interchange.IMPORT_BATCH = int(sys.argv[1])\n"
    "from cardbook.cli.main import main\n"
    "sys.exit(main(['--library', sys.argv[2], 'import', sys.argv[3]]))\n"
)


def _vcards(path: Path, count: int) -> Path:
    given = ("Anne", "Bruno", "Chloé", "David", "Élise", "Fabien", "Gaëlle", "Hugo", "Inès", "Julien")
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            family = f"Famille{i:06d}"
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{given[i % 10]} {family}\r\nN:{family};{given[i % 10]};;;\r\n"
                f"EMAIL:p{i}@exemple.fr\r\nTEL:+33 1 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 00\r\n"
                f"ORG:Atelier {i % 97}\r\nEND:VCARD\r\n"
            )
    return path


def _save_waiting(library: Library, contact: Contact, note: str) -> float | None:
    """One save as the window makes it: tried again while the library is busy; seconds to its commit, or None
    when given up."""
    start = time.monotonic()
    while True:
        try:
            update_contact(library, replace(contact, notes=note))
            return time.monotonic() - start
        except Exception as exc:
            if not is_library_busy(exc):
                raise
            if time.monotonic() - start > RETRY_FOR_S:
                return None
            time.sleep(0.25)


def _run(location: str, library: Library, file: Path, batch: int) -> str:
    contact = create_contact(library, Contact(full_name="Zoé Témoin", emails=["zoe@exemple.fr"]))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2]), "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(batch), location, str(file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    waits: list[float] = []
    given_up = 0
    while child.poll() is None:
        wait = _save_waiting(library, get_contact(library, contact.id), f"note {len(waits) + given_up}")
        if wait is None:
            given_up += 1
        else:
            waits.append(wait)
        time.sleep(SAVE_EVERY_S)
    seconds = time.monotonic() - start
    assert child.stderr is not None
    errors = child.stderr.read().decode().strip()
    child.stderr.close()
    if child.returncode not in (0,):
        return f"the import failed ({child.returncode}): {errors[-300:]}"
    median = statistics.median(waits) if waits else 0.0
    # A save given up waited RETRY_FOR_S and more: it is the longest wait, not left out of it.
    longest = f"over {RETRY_FOR_S:.0f} s" if given_up else f"{max(waits, default=0.0):5.2f} s"
    return (
        f"import {seconds:5.1f} s, {len(waits) + given_up} saves: median wait {median:5.2f} s, "
        f"longest {longest}, given up {given_up}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="import_wait_measure")
    parser.add_argument("contacts", nargs="?", type=int, default=30_000)
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    engines = args.engines.split(",")
    cluster = None
    if "postgresql" in engines:
        binaries = pg_server.find_binaries()
        if binaries is None:
            print("PostgreSQL's server binaries are not installed: SQLite only")
            engines.remove("postgresql")
        else:
            cluster = pg_server.start_cluster(binaries)
    try:
        with tempfile.TemporaryDirectory() as work:
            file = _vcards(Path(work) / "carnet.vcf", args.contacts)
            print(f"{args.contacts:,} contacts in {file.stat().st_size / 2**20:.1f} MB; a save every {SAVE_EVERY_S} s")
            for engine in engines:
                for name, batch in (("one transaction", 10**9), (f"batches of {IMPORT_BATCH}", IMPORT_BATCH)):
                    tag = f"{engine}-{batch}"
                    if engine == "sqlite":
                        location = str(Path(work) / tag)
                        library = Library.open(Path(location))
                    else:
                        assert cluster is not None
                        database = f"measure_{batch}"
                        cluster.execute(f'CREATE DATABASE "{database}"')
                        location = cluster.url(database)
                        library = Library.open(location, local_root=Path(work) / tag)
                    try:
                        print(f"{engine:10} {name:16} {_run(location, library, file, batch)}", flush=True)
                    finally:
                        library.close()
    finally:
        if cluster is not None:
            pg_server.remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
