"""Benchmark of `cardbook library push` (storage/upkeep/transfer_push.py): a personal library with card images
pushed into a team library on a throw-away PostgreSQL cluster (tests/pg_server.py), against the same library
copied into a new folder library in the same run. Prints its figures.

    .venv/bin/python packaging/bench_push.py [--library DIR] [--contacts 10000] [--pictured 1.0] [--batch 500]

Builds once (then reuses, with --library) a library of --contacts demo contacts (`cardbook demo`'s generator), of
which a --pictured share get a rendered card (1050 × 650 JPEG, ~30 kB, each different) as their straightened
image, stored as an import stores it. Then, in one process:

- baseline: the library copied into a new folder library (the same code, SQLite on both sides);
- push: the library pushed into a new database of the cluster (Unix socket), as member "bench";
- push again: nothing new (every row recognised, nothing written but the batches' reads).

For each: rows (every row of every table the copy handled), images, total time, rows per second. The issue's
figure (docs/TEAM_LIBRARY.md, "Push and pull"): a 10,000-contact library with images pushed in minutes, not hours.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from cardbook.app.sample_data import generate_demo  # noqa: E402
from cardbook.storage.contacts import records as contacts  # noqa: E402
from cardbook.storage.library import Library  # noqa: E402
from cardbook.storage.models import CardImageRow, ContactRow, StoredImageRow  # noqa: E402
from cardbook.storage.upkeep.transfer_in import TransferReport  # noqa: E402
from cardbook.storage.upkeep.transfer_push import copy_library  # noqa: E402
from tests import pg_server  # noqa: E402
from tests.ui.contacts.wall_cards import card_jpeg  # noqa: E402

BATCH = 500


def _render(job: tuple[int, str, str]) -> tuple[int, bytes]:
    contact_id, name, company = job
    return contact_id, card_jpeg(name or company or "?", company, seed=contact_id)


def ensure_library(path: Path, wanted: int, pictured: float) -> Library:
    """The demo library, with a card picture for the chosen share of its contacts (built once)."""
    library = Library.open(path)
    have = contacts.count_contacts(library)
    if have < wanted:
        print(f"building a demo library of {wanted - have:,} contacts in {path} (once)…", flush=True)
        started = time.perf_counter()
        generate_demo(library, wanted - have)
        print(f"  contacts in {time.perf_counter() - started:.1f} s", flush=True)
    with library.session() as session:
        carded = set(session.scalars(select(CardImageRow.contact_id)))
        people = session.execute(select(ContactRow.id, ContactRow.full_name, ContactRow.company)).all()
    rng = random.Random(2026)
    jobs = [(cid, name or "", company or "") for cid, name, company in people if rng.random() < pictured]
    jobs = [job for job in jobs if job[0] not in carded]
    if not jobs:
        return library
    print(f"rendering {len(jobs):,} card pictures (once)…", flush=True)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for start in range(0, len(jobs), BATCH):
            rendered = list(pool.map(_render, jobs[start : start + BATCH], chunksize=20))
            with library.writing() as session:
                for contact_id, data in rendered:
                    sha, _ = library.images.put(data, "jpg")
                    image = session.scalars(select(StoredImageRow).where(StoredImageRow.sha256 == sha)).one_or_none()
                    if image is None:  # two namesakes at one company can get the same picture: stored once
                        image = StoredImageRow(sha256=sha, extension="jpg", byte_size=len(data), width=1050, height=650)
                        session.add(image)
                        session.flush()
                    session.add(CardImageRow(contact_id=contact_id, side="front", crop_image_id=image.id))
            print(f"  {min(start + BATCH, len(jobs)):,} / {len(jobs):,}", flush=True)
    print(f"  pictures in {time.perf_counter() - started:.1f} s", flush=True)
    return library


def _timed(label: str, source: Library, target: Library, batch: int) -> float:
    last = [""]

    def progress(what: str, done: int, total: int) -> None:
        if what != last[0] or done == total:
            print(f"\r  {label}: {what} {done:,}/{total:,}\033[K", end="", file=sys.stderr, flush=True)
            last[0] = what if done < total else ""

    started = time.perf_counter()
    report = copy_library(source, target, member="bench" if target.is_server else None, progress=progress,
                          batch=batch)  # fmt: skip
    seconds = time.perf_counter() - started
    print(file=sys.stderr)
    _print(label, report, seconds)
    return seconds


def _print(label: str, report: TransferReport, seconds: float) -> None:
    rows = sum(f.added + f.already + f.dropped for f in report.tables.values())
    added = sum(f.added for f in report.tables.values())
    images = report.tables["images"].added if "images" in report.tables else 0
    print(
        f"{label}: {rows:,} rows ({added:,} added), {images:,} images, {seconds:.1f} s, "
        f"{rows / seconds:,.0f} rows/s, {len(report.created_contacts):,} new contacts, "
        f"{len(report.merged_contacts):,} already there",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=None, help="build the source library here (and reuse it)")
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--pictured", type=float, default=1.0, help="the share of contacts with a card picture")
    parser.add_argument("--batch", type=int, default=BATCH, help="contacts per write transaction")
    args = parser.parse_args()
    binaries = pg_server.find_binaries()
    if binaries is None:
        print("PostgreSQL's server binaries are not installed (packaging/bootstrap.sh): nothing to push into")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-push-") as work:
        source = ensure_library(args.library or Path(work) / "source", args.contacts, args.pictured)
        print(f"source: {source.root} — {contacts.count_contacts(source):,} contacts", flush=True)
        folder = Library.open(Path(work) / "folder")
        baseline = _timed("into a new folder library (baseline)", source, folder, args.batch)
        folder.close()
        cluster = pg_server.start_cluster(binaries)
        try:
            cluster.execute("CREATE DATABASE team")
            server = Library.open(cluster.url("team"), local_root=Path(work) / "team-local")
            pushed = _timed("push into a new server library", source, server, args.batch)
            _timed("push again (nothing new)", source, server, args.batch)
            server.close()
        finally:
            pg_server.remove_cluster(cluster)
        print(f"push / baseline: {pushed / baseline:.2f}×")
        source.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
