"""How quickly a window on a team library shows what another member writes, and what that costs its GUI thread.

    python -m tests.ui.window.server_refresh_measure [CONTACTS] [WRITES]

A throw-away cluster (tests/pg_server.py), a library of CONTACTS demo contacts (default 10,000), a window on it
(offscreen), and another member — another Cardbook process, as on another computer (a thread of this one would
take the interpreter lock from the window) — adding WRITES contacts (default 200), one write each, as an import
does. Printed: for each contact, the time from its commit to the window's list holding it
(median, 95th percentile, worst), how many refreshes the window made, and the GUI thread's longest stall
(common StallMonitor) during the writes, beside the same window's longest stall while idle for as long in the
same run (the baseline). Not a test: timings on a shared machine are noise (docs/MEASURING.md).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication

    from cardbook.app.sample_data import generate_demo
    from cardbook.storage.library import Library
    from cardbook.ui.common.runner import wait_for_tasks
    from cardbook.ui.common.services import LibraryChange
    from cardbook.ui.window.app import application
    from cardbook.ui.window.main_window import MainWindow
    from cardbook.ui.window.stall_monitor import StallMonitor
    from tests import pg_server

    size = int(argv[0]) if argv else 10_000
    writes = int(argv[1]) if len(argv) > 1 else 200
    found = pg_server.find_binaries()
    if found is None:
        print("PostgreSQL's server binaries are missing: nothing to measure")
        return 1
    app = application()
    cluster = pg_server.start_cluster(found)
    local = Path(tempfile.mkdtemp(prefix="cardbook-refresh-"))
    try:
        cluster.execute('CREATE DATABASE "measure"')
        url = cluster.url("measure")
        library = Library.open(url, local_root=local / "window")
        generate_demo(library, size)
        window = MainWindow(library, None)
        loaded = threading.Event()
        window.dataLoaded.connect(loaded.set)
        window.show()
        _pump(app, lambda: loaded.is_set() and window.server_changes.listener is not None, 120)
        listener = window.server_changes.listener
        assert listener is not None
        _pump(app, listener.listening.is_set, 30)

        committed: dict[int, float] = {}
        seen: dict[int, float] = {}
        done = threading.Event()

        def member() -> None:
            command = [sys.executable, "-m", "tests.ui.window.server_refresh_measure", "--member", url, str(writes)]
            command.append(str(local / "other"))  # the member's own folder for the library, removed at the end
            with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
                assert process.stdout is not None
                for line in process.stdout:  # "id wall-clock-time" once each write committed
                    contact_id, when = line.split()
                    committed[int(contact_id)] = float(when)
            done.set()

        def look() -> bool:
            ids = set(window.model.ids)
            now = time.time()
            for contact_id in list(committed):
                if contact_id not in seen and contact_id in ids:
                    seen[contact_id] = now
            return done.is_set() and len(seen) == writes

        idle = StallMonitor()
        idle.start()
        _pump(app, lambda: False, 5)
        idle.stop()
        busy = StallMonitor()
        busy.start()
        started = time.perf_counter()
        print("window ready; other member starts writing", flush=True)
        threading.Thread(target=member, daemon=True).start()
        _pump(app, look, 300)
        busy.stop()
        elapsed = time.perf_counter() - started
        refreshes = window.server_changes.announced
        # Baseline 2: as many refreshes announced by the window itself (what a change made here costs), no server
        # notice involved: the GUI thread's part of a refresh, whoever asked for it.
        own = StallMonitor()
        own.start()
        for _ in range(refreshes):
            window.services.changed(LibraryChange())
            _pump(app, lambda: False, 1.5)
        own.stop()
        delays = sorted((seen[i] - committed[i]) * 1000 for i in seen)
        p95 = delays[int(0.95 * (len(delays) - 1))] if delays else float("nan")
        print(f"{size} contacts, {writes} written by another member in {elapsed:.1f} s")
        print(
            f"commit -> in the window's list: median {statistics.median(delays):.0f} ms, p95 {p95:.0f} ms, "
            f"worst {delays[-1]:.0f} ms ({len(delays)}/{writes} seen)"
        )
        print(f"refreshes caused by the other member: {refreshes}")
        print(
            f"GUI thread's longest stall: {busy.longest_ms:.0f} ms during the writes ({busy.over(50)} over 50 ms); "
            f"baselines in the same run: {idle.longest_ms:.0f} ms idle, {own.longest_ms:.0f} ms for {refreshes} "
            f"refreshes the window announced itself ({own.over(50)} over 50 ms)"
        )
        window.close()
        wait_for_tasks()
        QCoreApplication.processEvents()
        library.close()
        return 0
    finally:
        pg_server.remove_cluster(cluster)
        shutil.rmtree(local, ignore_errors=True)


def member(url: str, writes: int, local: Path) -> None:
    """The other member's process: WRITES contacts, one write each, each id printed once committed."""
    from cardbook.domain.contact import Contact
    from cardbook.storage.contacts.records import create_contact
    from cardbook.storage.library import Library

    other = Library.open(url, local_root=local)
    for number in range(writes):
        contact = create_contact(other, Contact(full_name=f"Zoé Mesure {number:04d}"))
        print(contact.id, time.time(), flush=True)
    other.close()


def _pump(app: object, until: object, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if until():  # type: ignore[operator]
            return
        time.sleep(0.002)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--member"]:
        member(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
