"""Benchmark of opening a library written by an older Cardbook: the upgrade to the current revision. Prints its
figures.

    .venv/bin/python packaging/bench_upgrade.py [--library DIR] [--contacts 100000] [--runs 2]

Builds (once, then reuses) a demo library of --contacts at the current revision in DIR/current, then for each run
copies it (VACUUM INTO), takes the copy down to revision 0006 with the migrations' own downgrade, and opens it as
any command does — `Library.open` with its `on_upgrade` notice — printing how long after the start the notice
came (what the command line's line and the window's dialog wait for), the backup before the upgrade, and the
whole opening. docs/CLI.md and ui/window/upgrade_progress.py quote these figures.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cardbook.app.sample_data import generate_demo  # noqa: E402
from cardbook.storage.contacts import records as contacts  # noqa: E402
from cardbook.storage.library import DB_NAME, Library  # noqa: E402
from cardbook.storage.migrate import HEAD_REVISION, current_revision  # noqa: E402
from cardbook.storage.upkeep.backup import backup_database  # noqa: E402

FROM = "0006"


def ensure_current(path: Path, wanted: int) -> None:
    library = Library.open(path)
    try:
        have = contacts.count_contacts(library)
        if have < wanted:
            print(f"building a demo library of {wanted - have:,} contacts in {path} (once)…", flush=True)
            started = time.perf_counter()
            generate_demo(library, wanted - have)
            print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        library.close()


def older_copy(source: Path, target: Path) -> None:
    """A copy of the library at revision FROM (its images are not needed: the upgrade reads rows only)."""
    from alembic import command
    from alembic.config import Config

    from cardbook.storage.database import make_engine
    from cardbook.storage.migrate import MIGRATIONS_DIR

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    con = sqlite3.connect(source / DB_NAME)
    try:
        con.execute("VACUUM INTO ?", (str(target / DB_NAME),))
    finally:
        con.close()
    engine = make_engine(target / DB_NAME, foreign_keys=False, immediate=True)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.downgrade(config, FROM)
    finally:
        engine.dispose()
    assert current_revision(target / DB_NAME) == FROM


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", type=Path, default=Path(tempfile.gettempdir()) / "cardbook-bench-upgrade")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    current = args.library / "current"
    ensure_current(current, args.contacts)
    work = args.library / "older"
    for run in range(1, args.runs + 1):
        older_copy(current, work)
        size_mb = (work / DB_NAME).stat().st_size / 1e6
        started = time.perf_counter()
        backup_database(work / DB_NAME, args.library / "backup-alone")  # the backup's share, measured apart
        backup_s = time.perf_counter() - started
        told: list[float] = []
        started = time.perf_counter()
        # Called inside Library.open, before it returns: the defaults bind this run's list and start.
        library = Library.open(
            work, on_upgrade=lambda _rev, told=told, started=started: told.append(time.perf_counter() - started)
        )
        total = time.perf_counter() - started
        count = contacts.count_contacts(library)
        library.close()
        assert current_revision(work / DB_NAME) == HEAD_REVISION
        print(
            f"run {run}: {count:,} contacts ({size_mb:.0f} MB) {FROM} → {HEAD_REVISION}: notice after "
            f"{told[0] * 1000:.0f} ms, opened (backup + upgrade) in {total:.1f} s; the backup alone {backup_s:.1f} s",
            flush=True,
        )
    shutil.rmtree(args.library / "backup-alone", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
