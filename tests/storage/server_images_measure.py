"""Card photos stored in a folder library and in a server library, in one run:
`python -m tests.storage.server_images_measure [PHOTOS]` (default 50).

PHOTOS cards are rendered and photographed at a phone's size (tests/ocr/render.py, 8 megapixels, JPEG), read once
(the OCR costs the same whatever the library), then each photo's cards are stored into a folder library and into
a library on a throw-away PostgreSQL cluster (tests/pg_server.py), one after the other, photo by photo, so that the
machine's load falls on both alike (each goes first every other photo). Prints the time of each engine's storing,
their ratio, the time a second machine (an empty local folder) takes to fetch every image, and the size of a
backup of each (docs/TEAM_LIBRARY.md, "Images in the database" and "Backups").
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from cardbook.app.scanned_card import scanned_card
from cardbook.ocr.batch import read_images
from cardbook.ocr.options import ReadOptions
from cardbook.storage.contacts.card_faces import card_faces
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_photo_cards
from cardbook.storage.contacts.records import all_contact_ids
from cardbook.storage.library import Library
from tests import pg_server
from tests.ocr.render import FRENCH_CARD, Card, Text, photograph, render, save

FIRST = ["Hélène", "Marc", "Julie", "Thomas", "Claire", "Nicolas", "Sophie", "Antoine", "Camille", "Lucas"]
LAST = ["Leroy", "Blanc", "Moreau", "Girard", "Faure", "Roux", "Lambert", "Bonnet", "Fontaine", "Mercier"]


def _card(number: int) -> Card:
    name = f"{FIRST[number % 10]} {LAST[number // 10 % 10]}"
    email = f"{name.split()[0].lower()}.{name.split()[1].lower()}{number}@quadrant-ingenierie.fr"
    lines = [line for line in FRENCH_CARD.lines if "@" not in line.text and line.text != "Hélène Leroy"]
    return Card([lines[0], Text(name, 40, "DejaVuSerif-Bold.ttf"), *lines[1:], Text(email, 28)], spacing=1.38)


def _photos(folder: Path, count: int) -> list[str]:
    return [
        save(str(folder / f"IMG_{1000 + n}.jpg"), photograph(render(_card(n)), canvas=(3264, 2448), seed=n))
        for n in range(count)
    ]


def _megabytes(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 50
    binaries = pg_server.find_binaries()
    if binaries is None:
        print("PostgreSQL's server binaries are not installed: nothing to compare")
        return 1
    cluster = pg_server.start_cluster(binaries)
    try:
        with tempfile.TemporaryDirectory() as work:
            root = Path(work)
            (root / "photos").mkdir()
            paths = _photos(root / "photos", count)
            print(f"{count} photos rendered: {_megabytes([Path(p) for p in paths]):.1f} MB")
            start = time.perf_counter()
            read = [[scanned_card(r) for r in results if r.error is None] for _, results in read_images(
                paths, ReadOptions(), jobs=2)]  # fmt: skip
            print(f"read once (OCR, 2 threads): {time.perf_counter() - start:.1f} s, {sum(map(len, read))} cards")

            cluster.execute("CREATE DATABASE measure")
            url = cluster.url("measure")
            folder = Library.open(root / "folder")
            server = Library.open(url, local_root=root / "server")
            times: dict[str, list[float]] = {"folder": [], "server": []}
            for number, cards in enumerate(read):
                both = [("folder", folder), ("server", server)]
                for name, library in both if number % 2 == 0 else both[::-1]:  # neither always goes first
                    start = time.perf_counter()
                    store_photo_cards(library, cards, ExchangeDefaults())
                    times[name].append(time.perf_counter() - start)
            for name, spent in times.items():
                print(f"{name}: stored in {sum(spent):.2f} s (median {statistics.median(spent) * 1000:.0f} ms a photo)")
            print(f"server / folder: {sum(times['server']) / sum(times['folder']):.2f}")

            second = Library.open(url, local_root=root / "second")
            faces = card_faces(second, all_contact_ids(second))
            start = time.perf_counter()
            with second.session() as session:
                from sqlalchemy import text

                images = [(str(s), str(e)) for s, e in session.execute(text("SELECT sha256, extension FROM images"))]
            fetched = [second.images.path_for(sha, ext) for sha, ext in images]
            spent = time.perf_counter() - start
            print(f"second machine: {len(fetched)} images ({_megabytes(fetched):.1f} MB, {len(faces)} card faces) "
                  f"fetched into an empty folder in {spent:.2f} s")  # fmt: skip

            start = time.perf_counter()
            dump = server.backup("measure")
            spent = time.perf_counter() - start
            assert dump is not None
            print(f"server backup (pg_dump --format=custom): {dump.stat().st_size / 1e6:.1f} MB in {spent:.1f} s")
            start = time.perf_counter()
            copy = folder.backup("measure")
            spent = time.perf_counter() - start
            assert copy is not None
            kept = [p for p in (folder.backups_dir / "images").rglob("*") if p.is_file()]
            print(f"folder backup (VACUUM INTO, images linked): {copy.stat().st_size / 1e6:.1f} MB database "
                  f"+ {_megabytes(kept):.1f} MB of images in {spent:.1f} s")  # fmt: skip
            for library in (folder, server, second):
                library.close()
    finally:
        pg_server.remove_cluster(cluster)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
