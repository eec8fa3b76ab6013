"""An import killed at random points, then run again: each card stored once, nothing left behind (issue 15,
"imports that resume"). Real processes, real SIGKILLs, a real library; about ten generated photos."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.library_reads import contact_names
from tests.cli.test_cli import run
from tests.ocr.render import Card, Text, photograph, render, save

PEOPLE = [
    ("Hélène Leroy", "Quadrant Ingénierie"),
    ("Marc Blanchard", "Atelier Dunes"),
    ("Sofia Moretti", "Lumen Conseil"),
    ("Julien Perrin", "Cabinet Perrin"),
    ("Nadia Haddad", "Orbe Logistique"),
    ("Thomas Girard", "Verdure SARL"),
    ("Claire Fontaine", "Studio Ardoise"),
    ("Paul Lemaire", "Boréal Finance"),
    ("Inès Carvalho", "Tessel Design"),
    ("Hugo Martin", "Nordic Tissus"),
]


def _photos(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for index, (name, company) in enumerate(PEOPLE):
        first, last = name.lower().split()
        card = Card(
            [
                Text(name, 44, "DejaVuSans-Bold.ttf"),
                Text(company, 34),
                Text(f"{first}.{last}@example.com".replace("é", "e").replace("è", "e").replace("ç", "c"), 30),
                Text(f"Tél. 01 23 45 67 {10 + index:02d}", 30),
            ]
        )
        photo = photograph(render(card), seed=index + 1, canvas=(1200, 900))
        paths.append(Path(save(str(folder / f"IMG_{index:04d}.jpg"), photo)))
    return paths


def _start(library: Path, photos: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    command = [sys.executable, "-m", "cardbook", "--library", str(library), "scan", str(photos)]
    return subprocess.Popen(
        [*command, "--import", "--json", "--jobs", "1", "--region", "FR"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_an_import_killed_at_random_points_completes_once_when_run_again(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    _photos(photos)
    library = tmp_path / "lib"
    rng = random.Random(15)
    kills = 0
    for _ in range(3):
        process = _start(library, photos)
        assert process.stdout is not None
        # Let it read (and store) one or two photos, then kill it at a random moment of the next one.
        for _line in range(rng.randint(1, 2)):
            if not process.stdout.readline():
                break
        time.sleep(rng.uniform(0.0, 1.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
        process.stdout.close()
    assert kills >= 2

    final = run(library, "scan", str(photos), "--import", "--jobs", "1", "--region", "FR")
    assert final.returncode == 0, final.stderr
    assert "already imported on" in final.stderr

    names = contact_names(library)
    assert len(names) == len(PEOPLE), names  # each card once: none lost, none twice
    assert len(set(names)) == len(names)

    checked = run(library, "check")
    if checked.returncode != 0:  # a kill between a file's write and its commit leaves that file: only that
        problems = [line for line in checked.stdout.splitlines() if line]
        assert all(line.startswith(("images: file", "images: image", "files: ")) for line in problems), problems
        assert "belongs to no card" in checked.stdout or "temporary" in checked.stdout or "used by no" in checked.stdout
        assert run(library, "check", "--repair").returncode == 0
    assert run(library, "check").returncode == 0
    integrity = sqlite3.connect(library / "cardbook.sqlite3").execute("PRAGMA integrity_check").fetchone()
    assert integrity == ("ok",)
    stored = sorted(p for p in (library / "images").rglob("*") if p.is_file())
    assert not [p for p in stored if p.name.startswith(".tmp-")]
    assert len(stored) == 2 * len(PEOPLE)  # each photo and its straightened card, once
