"""Benchmark: two members of a team library importing cards at the same time (issue 17, "several writers at
once"; docs/TEAM_LIBRARY.md). Prints its figures.

    .venv/bin/python packaging/bench_team_import.py [--url postgresql://…/db] [--cards 200] [--shared 0.2]

Renders 2 × --cards card photos of made-up people (tests/ocr/render.py), member A's and member B's, where a
--shared part of B's cards are people A also met (the same email with a new phone, or the same phone with no
email: the two keys the "met again" rule trusts), each at the same position in both batches so that both
processes reach that person at about the same moment. Then, on a PostgreSQL library (the throw-away cluster of
tests/pg_server.py unless --url names an empty database, which is wiped and reused):

1. baseline: A alone imports its cards (`cardbook --library URL scan DIR --import --jobs 1`) into an empty
   library: time T1;
2. together: A and B, two processes started at once, each `--jobs 1` (this is a 2-core machine) and each with
   its own local folder (its own machine), import their cards into another empty library: time T2 (until both
   are done).

Then it counts, in the shared library, each expected person's contacts (by the email or the E.164 phone their
cards print, or their name): duplicates (a person with more than one contact), people not found (none: a card
lost, or read too wrong to tell whose it is), and the cards kept (lost: fewer than imported); and prints T2 / T1.
The issue's figure: 0 duplicates, 0 lost, T2 ≤ 1.3 × T1. On a machine busy with other work, T2 / T1 says more
about the other work than about the lock; so it also prints how often an import waited for the write lock, and
the CPU time of the imports together against alone.

3. control (on the throw-away cluster only): the same two imports at once, each into a library of its own, so
   that nothing is shared: time T3. T3 / T1 is what running two imports at once costs this machine by itself (one
   import alone already keeps more than one core busy: the reader's threads and the server); T2 / T3 is what
   sharing one library adds — the lock and the duplicate checks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Amélie", "Bastien", "Camille", "Damien", "Élodie", "Fabien", "Gaëlle", "Hervé", "Isaure", "Jonas",
         "Katia", "Loïc", "Maëlle", "Noé", "Océane", "Pascal", "Quentin", "Romane", "Sylvain", "Titouan"]  # fmt: skip
LAST = ["Aubry", "Bercot", "Chalmin", "Dorval", "Estienne", "Fauvel", "Guérin", "Hamelin", "Jolivet", "Lacombe",
        "Marchal", "Noblet", "Orsini", "Pellerin", "Rabier", "Sauvage", "Tessier", "Vallet", "Wagner",
        "Ysern"]  # fmt: skip
FIRM = ["Atelier", "Bureau", "Cabinet", "Comptoir", "Maison", "Studio", "Agence", "Groupe", "Forge", "Collectif"]
WORD = ["Ardoise", "Boréal", "Cobalt", "Dune", "Érable", "Fjord", "Granit", "Hélice", "Iris", "Jade", "Lagune",
        "Mistral", "Nacre", "Onyx", "Pampa", "Quartz", "Rivage", "Sépia", "Tilleul", "Vermeil"]  # fmt: skip


@dataclass(frozen=True)
class Person:
    name: str
    company: str
    email: str | None
    phone: str  # as printed
    e164: str


def ascii_word(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def person(index: int, *, new_phone: bool = False, no_email: bool = False) -> Person:
    first, last = FIRST[index % len(FIRST)], LAST[(index // len(FIRST)) % len(LAST)]
    company = f"{FIRM[index % len(FIRM)]} {WORD[(index // len(FIRM)) % len(WORD)]} SAS"
    number = 10_000_000 + index * 7 + (500_000 if new_phone else 0)
    digits = f"06{number:08d}"
    printed = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    email = None if no_email else f"{ascii_word(first)}.{ascii_word(last)}@example.com"  # names are unique
    return Person(f"{first} {last}", company, email, printed, "+33" + digits[1:])


def batches(cards: int, shared: float) -> tuple[list[Person], list[Person]]:
    """A's people 0…cards-1; B's people at the same positions where B met A's person too (every k-th card),
    new people (cards…) elsewhere. A shared person's card on B's side: the same email with a new phone, or the
    same phone with no email, in turn."""
    every = max(1, round(1 / shared)) if shared > 0 else 0
    a = [person(i) for i in range(cards)]
    b: list[Person] = []
    fresh = cards
    for i in range(cards):
        if every and i % every == 0:
            turn = (i // every) % 2
            b.append(person(i, new_phone=turn == 0, no_email=turn == 1))
        else:
            b.append(person(fresh))
            fresh += 1
    return a, b


def render_one(job: tuple[str, Person, int]) -> str:
    from tests.ocr.render import Card, Text, photograph, render, save

    path, who, seed = job
    lines = [Text(who.name, 44, "DejaVuSans-Bold.ttf"), Text(who.company, 34)]
    if who.email:
        lines.append(Text(who.email, 30))
    lines.append(Text(f"Tél. {who.phone}", 30))
    return save(path, photograph(render(Card(lines)), seed=seed, canvas=(1200, 900)))


def render_batch(folder: Path, people: list[Person], seed: int) -> None:
    folder.mkdir(parents=True)
    jobs = [(str(folder / f"IMG_{i:04d}.jpg"), who, seed + i) for i, who in enumerate(people)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(render_one, jobs, chunksize=8))


@contextmanager
def databases(url: str | None) -> Iterator[tuple[str, str, list[str]]]:
    """Empty databases: the baseline's, the shared one's, and the control's two (none with --url)."""
    if url is not None:
        yield url, url, []  # the same database, emptied between the two runs (`reset`)
        return
    from tests import pg_server

    found = pg_server.find_binaries()
    if found is None:
        raise SystemExit("no PostgreSQL binaries on this machine (packaging/bootstrap.sh installs them); pass --url")
    cluster = pg_server.start_cluster(found)
    try:
        for name in ("bench_alone", "bench_team", "bench_apart_a", "bench_apart_b"):
            cluster.execute(f'CREATE DATABASE "{name}"')
        yield cluster.url("bench_alone"), cluster.url("bench_team"), [cluster.url(f"bench_apart_{m}") for m in "ab"]
    finally:
        pg_server.remove_cluster(cluster)


def reset(url: str, local: Path) -> None:
    """An empty, current library at `url`: its tables dropped and made again."""
    from sqlalchemy import text

    from cardbook.storage.library import Library
    from cardbook.storage.server import make_server_engine, parse_url

    engine = make_server_engine(parse_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    Library.open(url, local_root=local).close()


def start_import(url: str, photos: Path, home: Path) -> subprocess.Popen[str]:
    """`cardbook --library URL scan DIR --import --jobs 1`, with its own user data folder (its own machine)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(home)}
    command = [sys.executable, "-m", "cardbook", "--library", url, "scan", str(photos), "--import", "--json"]
    return subprocess.Popen(
        [*command, "--jobs", "1", "--region", "FR"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(process: subprocess.Popen[str], who: str) -> int:
    """Wait for an import; the number of cards it could not store (said on its stderr)."""
    _out, err = process.communicate(timeout=7200)
    failed = [line for line in err.splitlines() if line.startswith("cardbook:")]
    if process.returncode not in (0, 1) or (process.returncode and not failed):
        raise SystemExit(f"member {who}'s import failed ({process.returncode}): {err.strip()[-500:]}")
    for line in failed[:5]:
        print(f"  member {who}: {line}")
    return len(failed)


class LockWatch:
    """Samples the server's advisory locks every 50 ms while the imports run: the share of samples in which an
    import waited for the library's write lock tells whether the lock made the two imports take turns (the
    rest of any slowdown is the two processes sharing the machine's cores with whatever else runs)."""

    def __init__(self, url: str) -> None:
        import threading

        self._url = url
        self._stop = threading.Event()
        self.samples = self.waiting = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> LockWatch:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        from cardbook.storage.server import make_server_engine, parse_url

        engine = make_server_engine(parse_url(self._url))
        query = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        with engine.connect() as connection:
            while not self._stop.wait(0.05):
                waiting = connection.exec_driver_sql(query).scalar()
                connection.rollback()
                self.samples += 1
                self.waiting += bool(waiting)
        engine.dispose()

    def share(self) -> float:
        return self.waiting / self.samples if self.samples else 0.0


def cpu_seconds() -> float:
    """CPU time of the finished child processes (the imports) so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def count(url: str, local: Path, people: list[Person]) -> tuple[int, int, int, int]:
    """(contacts, cards kept, people with more than one contact, people with none), each person found by the
    email or the
    phone their cards print, or by their name (made-up names are unique: a card whose email or phone the reader
    misread still counts as that person's, and two contacts of one name are a duplicate)."""
    from sqlalchemy import func, select

    from cardbook.storage.library import Library
    from cardbook.storage.models import CardImageRow, ContactRow, EmailRow, PhoneRow

    library = Library.open(url, local_root=local)
    try:
        with library.session() as session:
            contacts = int(session.scalar(select(func.count()).select_from(ContactRow)) or 0)
            cards = int(session.scalar(select(func.count()).select_from(CardImageRow)) or 0)
            by_email: dict[str, set[int]] = {}
            for value, contact_id in session.execute(select(EmailRow.normalized, EmailRow.contact_id)):
                by_email.setdefault(value, set()).add(contact_id)
            by_name: dict[str, set[int]] = {}
            for full_name, contact_id in session.execute(select(ContactRow.full_name, ContactRow.id)):
                by_name.setdefault(full_name or "", set()).add(contact_id)
            by_phone: dict[str, set[int]] = {}
            for e164, contact_id in session.execute(select(PhoneRow.e164, PhoneRow.contact_id)):
                if e164:
                    by_phone.setdefault(e164, set()).add(contact_id)
    finally:
        library.close()
    # one person: all the emails and phones their cards printed (a shared person's two cards, merged)
    keys: dict[str, set[str]] = {}
    for who in people:
        keys.setdefault(who.name, set()).update(k for k in (who.email, who.e164) if k)
    duplicated = lost = 0
    for name, found in keys.items():
        ids = set().union(by_name.get(name, set()), *(by_email.get(k, set()) | by_phone.get(k, set()) for k in found))
        duplicated += len(ids) > 1
        lost += not ids
        if len(ids) > 1 and duplicated <= 5:
            print(f"  {name} ({', '.join(sorted(found))}) is {len(ids)} contacts: {sorted(ids)}")
        if not ids and lost <= 5:
            print(f"  {name} ({', '.join(sorted(found))}) is in no contact")
    return contacts, cards, duplicated, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty PostgreSQL database to use (its tables are dropped!)")
    parser.add_argument("--cards", type=int, default=200, help="cards per member (default 200)")
    parser.add_argument("--shared", type=float, default=0.2, help="part of B's cards that are A's people")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        a_people, b_people = batches(options.cards, options.shared)
        started = time.monotonic()
        render_batch(work / "a", a_people, seed=1)
        render_batch(work / "b", b_people, seed=100_000)
        shared = sum(1 for p in b_people if p.name in {q.name for q in a_people})
        print(f"rendered {2 * options.cards} card photos ({shared} of B's are A's people) in "
              f"{time.monotonic() - started:.0f} s")  # fmt: skip
        with databases(options.url) as (alone_url, team_url, apart_urls):
            reset(alone_url, work / "setup")
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            started, cpu = time.monotonic(), cpu_seconds()
            failed = finish(start_import(alone_url, work / "a", work / "home-alone"), "A")
            alone, alone_cpu = time.monotonic() - started, cpu_seconds() - cpu
            contacts, kept, duplicated, lost = count(alone_url, work / "setup", a_people)
            print(f"one member alone: {options.cards} cards in {alone:.1f} s ({alone / options.cards:.2f} s a "
                  f"card, {alone_cpu:.0f} CPU s); cards kept {kept}, contacts {contacts}, duplicates {duplicated}, "
                  f"people not found {lost}, not stored {failed}")  # fmt: skip

            reset(team_url, work / "setup")
            print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            started, cpu = time.monotonic(), cpu_seconds()
            with LockWatch(team_url) as watch:
                a = start_import(team_url, work / "a", work / "home-a")
                b = start_import(team_url, work / "b", work / "home-b")
                failed = finish(a, "A") + finish(b, "B")
            together, together_cpu = time.monotonic() - started, cpu_seconds() - cpu
            contacts, kept, duplicated, lost = count(team_url, work / "setup", a_people + b_people)
            expected = len({p.name for p in a_people + b_people})
            print(f"two members at once: {2 * options.cards} cards in {together:.1f} s ({together_cpu:.0f} CPU s); "
                  f"cards kept {kept}, contacts {contacts} (people {expected}), duplicates {duplicated}, "
                  f"people not found {lost}, not stored {failed}")  # fmt: skip
            print(f"an import waited for the write lock in {100 * watch.share():.1f} % of {watch.samples} samples")
            ideal = max(together_cpu / 2, alone_cpu) / alone_cpu  # two cores, each import on one
            print(f"CPU ratio (together / alone, halved for two cores): {ideal:.2f}")
            print(f"time ratio (two members at once / one member alone): {together / alone:.2f} (target ≤ 1.3)")
            if apart_urls:
                for apart in apart_urls:
                    reset(apart, work / "setup")
                print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
                started = time.monotonic()
                a = start_import(apart_urls[0], work / "a", work / "home-apart-a")
                b = start_import(apart_urls[1], work / "b", work / "home-apart-b")
                finish(a, "A")
                finish(b, "B")
                apart = time.monotonic() - started
                print(f"control, the same two imports at once into two libraries of their own: {apart:.1f} s; "
                      f"the machine's own cost {apart / alone:.2f} × one import, "
                      f"sharing one library {together / apart:.2f} × that")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
