"""How long a `.cardbook` file with many tags takes to import, per engine, in one run:
`python -m tests.storage.tag_import_measure [TAGS] [--engines sqlite,postgresql] [--profile]`.

Writes a library file of TAGS tag names (100,000 by default) worn by 1,000 contacts, 100 each (under the cap of
200 per contact, domain/value_limits.py: every tag is kept), then imports it (storage/upkeep/transfer_in.py) into
a new library folder and into a database of a throw-away PostgreSQL cluster (tests/pg_server.py). Prints, per
engine, the seconds and the tags and contact_tags rows stored. `--profile` prints the ten costliest calls.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from cardbook.interop.library_file import FORMAT_VERSION, LibraryWriter, Manifest
from cardbook.storage.library import Library
from cardbook.storage.models import ContactTagRow, TagRow
from cardbook.storage.upkeep.transfer_in import import_library
from tests import pg_server

CONTACTS = 1_000


def write_file(path: Path, tags: int) -> None:
    per_contact = max(1, tags // CONTACTS)
    tables: dict[str, list[dict[str, object]]] = {
        "contacts": [{"id": c + 1, "full_name": f"Personne {c + 1}"} for c in range(CONTACTS)],
        "tags": [{"id": t + 1, "name": f"étiquette {t + 1}"} for t in range(tags)],
        "contact_tags": [{"contact_id": t // per_contact % CONTACTS + 1, "tag_id": t + 1} for t in range(tags)],
    }
    with open(path, "wb") as handle:
        writer = LibraryWriter(handle)
        for name, rows in tables.items():
            with writer.table(name) as out:
                for row in rows:
                    out.write(row)
        writer.finish(Manifest(FORMAT_VERSION, {name: len(rows) for name, rows in tables.items()}))


def measure(library: Library, path: Path, profile: bool) -> str:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    import_library(library, path)
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - started
    with library.session() as session:
        tags = session.scalar(select(func.count()).select_from(TagRow))
        worn = session.scalar(select(func.count()).select_from(ContactTagRow))
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(10)
    return f"{seconds:.1f} s, {tags:,} tags and {worn:,} contact_tags rows stored"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tags", nargs="?", type=int, default=100_000)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "tags.cardbook"
        write_file(path, args.tags)
        print(f"file: {args.tags:,} tags on {CONTACTS:,} contacts ({path.stat().st_size / 1e6:.1f} MB)", flush=True)
        for engine in args.engines.split(","):
            cluster = None
            if engine == "sqlite":
                library = Library.open(folder / "library")
            else:
                binaries = pg_server.find_binaries()
                if binaries is None:
                    print("postgresql: no server binaries (initdb, pg_ctl) on this machine")
                    continue
                cluster = pg_server.start_cluster(binaries)
                library = Library.open(cluster.url(cluster.new_database("template0")), local_root=folder / "server")
            try:
                print(f"{engine}: {measure(library, path, args.profile)}", flush=True)
            finally:
                library.close()
                if cluster is not None:
                    pg_server.remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
