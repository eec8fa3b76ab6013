"""Search keystrokes on both engines, in one run: `python -m tests.storage.pg_search_measure CONTACTS [SEED]`.

The same demo library (cardbook demo's generator, same seed) in a folder and on a throw-away PostgreSQL cluster
(tests/pg_server.py); each contact name of a sample is typed letter by letter, and each keystroke's search
(`records.search_ids`, what the window's list asks) is timed. Prints the median and 95th percentile per engine,
and whether both engines find the same contacts (every match, unranked) for every keystroke
(docs/TEAM_LIBRARY.md, "Search").
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from cardbook.app.sample_data import generate_demo
from cardbook.storage.contacts.records import search_ids
from cardbook.storage.library import Library
from tests import pg_server


def _keystrokes(library: Library, sample: int, seed: int) -> list[str]:
    with library.session() as session:
        names = [str(r[0]) for r in session.execute(text("SELECT full_name FROM contacts ORDER BY id"))]
    chosen = random.Random(seed).sample(names, min(sample, len(names)))
    return [name[:n] for name in chosen for n in range(1, len(name) + 1) if name[n - 1 : n].strip()]


def _time(library: Library, queries: list[str]) -> tuple[list[float], list[list[int]]]:
    """Each keystroke's time as the window asks (the first 1,000, ranked), and every match (no limit: two
    rankings may pick a different first thousand among equals)."""
    search_ids(library, "warm up")
    times, results = [], []
    for query in queries:
        start = time.perf_counter()
        search_ids(library, query)
        times.append((time.perf_counter() - start) * 1000)
    for query in queries:
        results.append(sorted(search_ids(library, query, limit=None)))
    return times, results


def main(argv: list[str]) -> int:
    contacts = int(argv[0]) if argv else 10_000
    seed = int(argv[1]) if len(argv) > 1 else 2026
    binaries = pg_server.find_binaries()
    if binaries is None:
        print("PostgreSQL's server binaries are not installed: nothing to compare")
        return 1
    cluster = pg_server.start_cluster(binaries)
    try:
        with tempfile.TemporaryDirectory() as work:
            cluster.execute("CREATE DATABASE measure")
            folder = Library.open(Path(work) / "folder")
            server = Library.open(cluster.url("measure"), local_root=Path(work) / "server")
            for library in (folder, server):
                start = time.perf_counter()
                generate_demo(library, contacts, seed=seed)
                print(
                    f"{library.engine.dialect.name}: {contacts:,} demo contacts in {time.perf_counter() - start:.0f} s"
                )
            cluster.execute("VACUUM ANALYZE", database="measure")
            queries = _keystrokes(folder, 30, seed)
            measured = {}
            for library in (folder, server):
                measured[library.engine.dialect.name] = _time(library, queries)
            for name, (times, _results) in measured.items():
                p95 = statistics.quantiles(times, n=20)[18]
                print(f"{name}: {len(times)} keystrokes, median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms")
            same = sum(a == b for a, b in zip(measured["sqlite"][1], measured["postgresql"][1], strict=True))
            print(f"the same contacts found (every match): {same}/{len(queries)} keystrokes")
            folder.close()
            server.close()
    finally:
        pg_server.remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
