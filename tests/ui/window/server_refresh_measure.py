"""How quickly a window on a team library shows what another member writes, and what that costs its GUI thread.

    python -m tests.ui.window.server_refresh_measure [CONTACTS] [WRITES]

A throw-away cluster (tests/pg_server.py), a library of CONTACTS demo contacts (default 10,000), a window on it
(offscreen), and another member — another Library in a thread — adding WRITES contacts (default 200), one write
each, as an import does. Printed: for each contact, the time from its commit to the window's list holding it
(median, 95th percentile, worst), how many refreshes the window made, and the GUI thread's longest stall
(common StallMonitor) during the writes, beside the same window's longest stall while idle for as long in the
same run (the baseline). Not a test: timings on a shared machine are noise (docs/MEASURING.md).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication

    from cardbook.app.sample_data import generate_demo
    from cardbook.domain.contact import Contact
    from cardbook.storage.contacts.records import create_contact
    from cardbook.storage.library import Library
    from cardbook.ui.common.runner import wait_for_tasks
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
        other = Library.open(url, local_root=local / "other")
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
            for number in range(writes):
                contact = create_contact(other, Contact(full_name=f"Zoé Mesure {number:04d}"))
                committed[contact.id or 0] = time.perf_counter()
            done.set()

        def look() -> bool:
            ids = set(window.model.ids)
            now = time.perf_counter()
            for contact_id in list(committed):
                if contact_id not in seen and contact_id in ids:
                    seen[contact_id] = now
            return done.is_set() and len(seen) == writes

        idle = StallMonitor()
        idle.start()
        started = time.perf_counter()
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
        delays = sorted((seen[i] - committed[i]) * 1000 for i in seen)
        p95 = delays[int(0.95 * (len(delays) - 1))] if delays else float("nan")
        print(f"{size} contacts, {writes} written by another member in {elapsed:.1f} s")
        print(
            f"commit -> in the window's list: median {statistics.median(delays):.0f} ms, p95 {p95:.0f} ms, "
            f"worst {delays[-1]:.0f} ms ({len(delays)}/{writes} seen)"
        )
        print(f"refreshes caused by the other member: {window.server_changes.announced}")
        print(
            f"GUI thread's longest stall: {busy.longest_ms:.0f} ms during the writes "
            f"({busy.over(50)} over 50 ms), {idle.longest_ms:.0f} ms idle (baseline, same run)"
        )
        window.close()
        wait_for_tasks()
        QCoreApplication.processEvents()
        other.close()
        library.close()
        return 0
    finally:
        pg_server.remove_cluster(cluster)
        shutil.rmtree(local, ignore_errors=True)


def _pump(app: object, until: object, seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if until():  # type: ignore[operator]
            return
        time.sleep(0.002)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
