"""Measure what killing an import costs (issue 15): `python -m tests.cli.crash_measure TRIALS SEED`.

Each trial takes a fresh library, starts `cardbook scan --import` on ten generated card photos and kills it
(SIGKILL) at a random moment, twice, then runs the import again to completion and checks the library. Prints
the kills tried and how many libraries were corrupt, cards lost or stored twice, and libraries `check
--repair` could not bring back to OK. The suite's test_crash_resume.py does one such trial; this does many.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.cli.library_reads import contact_names
from tests.cli.test_cli import run
from tests.cli.test_crash_resume import PEOPLE, _photos, _start


def main(trials: int, seed: int) -> str:
    rng = random.Random(seed)
    base = Path(tempfile.mkdtemp())
    photos = base / "photos"
    _photos(photos)
    kills = corrupt = lost = duplicated = not_ok = 0
    for trial in range(trials):
        library = base / f"library-{trial}"
        for _ in range(2):
            process = _start(library, photos)
            assert process.stdout is not None
            for _line in range(rng.randint(0, 3)):  # let it store a few cards, then kill it at a random moment
                if not process.stdout.readline():
                    break
            time.sleep(rng.uniform(0.0, 1.5))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.wait(timeout=120)
            process.stdout.close()
        run(library, "scan", str(photos), "--import", "--jobs", "1", "--region", "FR")
        names = contact_names(library)
        with sqlite3.connect(library / "cardbook.sqlite3") as con:
            corrupt += con.execute("PRAGMA integrity_check").fetchone() != ("ok",)
        lost += len(PEOPLE) - len(set(names))
        duplicated += len(names) - len(set(names))
        if run(library, "check").returncode:
            run(library, "check", "--repair")
            not_ok += run(library, "check").returncode != 0
    return (
        f"trials {trials}: kills tried {kills}; corrupt libraries {corrupt}; cards lost {lost}; "
        f"cards duplicated {duplicated}; libraries not OK after check --repair {not_ok}"
    )


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 6, int(sys.argv[2]) if len(sys.argv) > 2 else 11))
