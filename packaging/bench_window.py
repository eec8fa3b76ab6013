"""Benchmark of the window on a big library, and of the GUI thread during an import. Prints its figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/bench_window.py [--library DIR] [--contacts 100000]
        [--photos 20] [--jobs N]

Builds (once, then reuses) a library of --contacts demo contacts, then measures in one run:
- opening: from creating the window to its data shown (list, sidebar counts, pane);
- searching: a name typed letter by letter, the list updated after each letter (the query, the ids' order and
  the first page of rows painted);
- scrolling: the list paged down from the top, each page painted;
- the sort by family name (names shown family first): the whole list reordered, then scrolled the same way;
- an import of --photos rendered card photos through the real reader, with a stall monitor on the GUI thread
  (the longest time the event loop did not answer); the imported contacts are deleted afterwards;
- the ledger views: Networks, Events, the largest event's page, and Reports (after an event, then what each
  network brought), each shown from the contacts page: the time until its data is shown, and the longest GUI
  stall meanwhile (those pages read on a worker thread and say "Loading…" until their data arrives);
- the peak resident memory of the process.
Targets: open ≤ 2 s, keystroke ≤ 50 ms, memory ≤ 400 MB, no GUI stall > 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.ocr.render, the card renderer of the reader's tests

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from cardbook.app.sample_data import generate_demo  # noqa: E402
from cardbook.domain.enums import OfferedBy, Reciprocated  # noqa: E402
from cardbook.domain.network import Event  # noqa: E402
from cardbook.domain.person_names import NameOrder  # noqa: E402
from cardbook.storage.contacts import records as contacts  # noqa: E402
from cardbook.storage.ledger import events as ledger_events  # noqa: E402
from cardbook.storage.library import Library  # noqa: E402
from cardbook.storage.models import EncounterRow  # noqa: E402
from cardbook.ui.common.name_choices import NameSort  # noqa: E402
from cardbook.ui.importing.import_setup import ImportSettings  # noqa: E402
from cardbook.ui.window.app import freeze_startup_objects  # noqa: E402
from cardbook.ui.window.main_window import MainWindow  # noqa: E402
from cardbook.ui.window.stall_monitor import StallMonitor  # noqa: E402

WORD = "Lefebvre"


def quiet_offscreen_notice() -> None:
    """The offscreen platform says it cannot apply size hints at every show: noise, not a finding."""

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def rss_mb() -> float:
    """The peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """The resident memory now (Linux), or the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss_mb()


def settle(app: QApplication, ms: int = 0) -> None:
    app.processEvents()
    if ms:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()


def ensure_library(path: Path, wanted: int) -> Library:
    library = Library.open(path)
    have = contacts.count_contacts(library)
    if have < wanted:
        print(f"building a demo library of {wanted - have:,} contacts in {path} (once)…", flush=True)
        started = time.perf_counter()
        generate_demo(library, wanted - have)
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return library


def measure_open(app: QApplication, library: Library) -> tuple[MainWindow, float]:
    started = time.perf_counter()
    window = MainWindow(library, None)
    window.resize(1280, 800)
    loop = QEventLoop()
    window.dataLoaded.connect(loop.quit)
    window.show()
    loop.exec()
    rows_painted(window)  # the first page of rows, read and painted
    return window, time.perf_counter() - started


def measure_search(app: QApplication, window: MainWindow) -> tuple[list[tuple[str, float, int]], float]:
    """Each prefix of WORD typed, then a correction back to three letters and the box emptied; the time from
    the keystroke to the list showing its matches (the window waits for a pause in typing, then queries on a
    worker thread: that pause is left out, the query and the painting are in). Also the longest time the GUI
    thread was busy meanwhile."""
    timings = []
    monitor = StallMonitor(5)
    monitor.start()
    texts = [WORD[:n] for n in range(1, len(WORD) + 1)] + [WORD[:3], ""]
    for text in texts:
        shown: list[bool] = []
        loop = QEventLoop()

        def done(shown: list[bool] = shown, loop: QEventLoop = loop) -> None:
            shown.append(True)
            loop.quit()

        window.controller.resultsChanged.connect(done)
        started = time.perf_counter()
        window.search.setText(text)
        if text:
            window.controller.search_later()  # what the pause in typing starts
        if not shown:  # a list read a moment ago (the emptied box) is shown at once
            loop.exec()
        rows_painted(window)
        timings.append((text, time.perf_counter() - started, window.model.rowCount()))
        window.controller.resultsChanged.disconnect(done)
    monitor.stop()
    settle(app)
    return timings, monitor.longest_ms


def rows_painted(window: MainWindow) -> None:
    """Paint the list, then wait for the rows in view: the model reads pages on a worker thread and paints
    empty cells meanwhile (a model without `is_loaded` read them while painting). Pages read ahead of the view
    are not waited for."""
    model, table = window.model, window.contacts_page.table
    table.viewport().repaint()

    def waiting() -> bool:
        if not hasattr(model, "is_loaded") or model.rowCount() == 0:
            return False
        first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return not all(model.is_loaded(row) for row in range(max(first, 0), last + 1))

    while waiting():
        loop = QEventLoop()
        model.pagesArrived.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        model.pagesArrived.disconnect(loop.quit)
        window.contacts_page.table.viewport().repaint()


def measure_scroll(app: QApplication, window: MainWindow, pages: int = 60) -> list[float]:
    """Each page scrolled to, until its rows are painted with their text."""
    table = window.contacts_page.table
    table.scrollToTop()
    settle(app)
    bar = table.verticalScrollBar()
    timings = []
    for _ in range(pages):
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        rows_painted(window)
        timings.append(time.perf_counter() - started)
    table.scrollTo(window.model.index(window.model.rowCount() - 1, 0), QAbstractItemView.ScrollHint.PositionAtBottom)
    started = time.perf_counter()
    rows_painted(window)
    timings.append(time.perf_counter() - started)
    return timings


def measure_name_sort(app: QApplication, window: MainWindow) -> tuple[float, list[float], float]:
    """Sorting by family name (names shown family first): the time until the whole list is in its new order
    and its first rows painted; the list scrolled in that order as `measure_scroll` does; and the time back to
    the first-name order. The same run's first-name scroll is the baseline."""

    def switch(sort: NameSort, order: NameOrder) -> float:
        started = time.perf_counter()
        loop = QEventLoop()
        window.controller.resultsChanged.connect(loop.quit)
        window.names.choose(sort=sort, order=order)
        if window.controller.querying:
            loop.exec()
        window.controller.resultsChanged.disconnect(loop.quit)
        window.contacts_page.table.scrollToTop()
        rows_painted(window)
        return time.perf_counter() - started

    reordered = switch(NameSort.FAMILY, NameOrder.FAMILY_FIRST)
    scroll = measure_scroll(app, window)
    back = switch(NameSort.FIRST, NameOrder.AS_WRITTEN)
    settle(app)
    return reordered, scroll, back


def wait_shown(app: QApplication, page: QWidget, timeout_s: float = 60.0) -> None:
    """Until `page` shows its data: pages that read in the background say so with `loading` and `dataShown`
    (a page that reads on the GUI thread has shown its data when the call that showed it returns)."""
    if not getattr(page, "loading", False):
        return
    loop = QEventLoop()
    page.dataShown.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    page.dataShown.disconnect(loop.quit)  # type: ignore[attr-defined]


def largest_event(library: Library) -> int | None:
    with library.session() as session:
        row = session.execute(
            select(EncounterRow.event_id, func.count())
            .where(EncounterRow.event_id.is_not(None))
            .group_by(EncounterRow.event_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    return None if row is None else row[0]


def measure_views(app: QApplication, window: MainWindow) -> list[tuple[str, float, float]]:
    """Each ledger view shown from the contacts page: (what, seconds until its data is shown, longest stall in
    ms). The stall monitor runs on until the event loop has been idle a moment after the data is shown."""
    ledger = window.ledger
    event_id = largest_event(window.library)

    def networks_view() -> QWidget:
        window.show_view("networks")
        return window.networks_page

    def events_view() -> QWidget:
        window.show_view("events")
        return window.events_page

    def event_page() -> QWidget:  # from the list of events, shown already
        if event_id is not None:
            window.events_page.show_event(event_id)
        return window.events_page.detail

    def event_report() -> QWidget:
        window.show_view("reports")
        return window.reports_page

    def network_report() -> QWidget:  # from the report after an event, shown already
        window.reports_page.show_network_report(all_time=True)
        return window.reports_page

    views: list[tuple[str, str, Callable[[], QWidget]]] = [  # what, the view shown before, how to show it
        ("networks", "contacts", networks_view),
        ("events", "contacts", events_view),
        (f"event page (#{event_id})", "events", event_page),
        ("reports: after an event", "contacts", event_report),
        ("reports: each network", "reports", network_report),
    ]
    results = []
    for name, before, show in views:
        window.show_view("contacts")
        ledger.mark_stale()  # every page is read again when shown, as after a change
        if before != "contacts":
            window.show_view(before)
            wait_shown(app, window.pages[before])
        settle(app, 200)
        monitor = StallMonitor(5)
        monitor.start()
        started = time.perf_counter()
        page = show()
        wait_shown(app, page)
        page.repaint()
        shown = time.perf_counter() - started
        settle(app, 200)  # what happens after the data arrived counts as a stall too
        monitor.stop()
        results.append((name, shown, monitor.longest_ms))
    window.show_view("contacts")
    settle(app, 100)
    return results


_RENDER = """
import sys
from pathlib import Path
from tests.ocr.render import ENGLISH_CARD, FRENCH_CARD, photograph, render, save
folder, count = Path(sys.argv[1]), int(sys.argv[2])
cards = [render(FRENCH_CARD), render(ENGLISH_CARD)]
for n in range(count):
    print(save(str(folder / f"card-{n:02d}.jpg"), photograph(cards[n % 2], quarter_turns=n % 4, seed=n + 1)))
"""


def render_photos(folder: Path, count: int) -> list[str]:
    """Card photos made in a child process: rendering them must not count in this process's memory."""
    done = subprocess.run(
        [sys.executable, "-c", _RENDER, str(folder), str(count)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def measure_import(app: QApplication, window: MainWindow, photos: list[str], jobs: int) -> dict[str, float]:
    controller = window.imports.controller
    controller.jobs = jobs
    monitor = StallMonitor(5)
    done = QEventLoop()
    controller.batchFinished.connect(done.quit)
    event = ledger_events.find_or_create_event(window.library, Event(name="Bench import", date=dt.date.today()))
    settings = ImportSettings(event, OfferedBy.THEM, Reciprocated.YES)  # the same event on every run
    monitor.start()
    started = time.perf_counter()
    controller.start(photos, settings)
    done.exec()
    elapsed = time.perf_counter() - started
    settle(app, 300)  # the list and counts refreshed after the batch are inside the measure too
    monitor.stop()
    ids = window.imports.model.contact_ids()
    for contact_id in ids:
        contacts.delete_contact(window.library, contact_id)
    return {
        "seconds": elapsed,
        "cards": len(ids),
        "longest_stall_ms": monitor.longest_ms,
        "stalls_over_50ms": monitor.over(50),
        "stalls_over_100ms": monitor.over(100),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", type=Path, default=Path(tempfile.gettempdir()) / "cardbook-bench-100k")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=0, help="reading threads (0: the window's default)")
    args = parser.parse_args()

    quiet_offscreen_notice()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("Cardbook bench")
    library = ensure_library(args.library, args.contacts)
    total = contacts.count_contacts(library)
    print(f"library: {total:,} contacts ({args.library})")
    print(f"memory before the window: {rss_mb():.0f} MB")

    window, opened = measure_open(app, library)
    freeze_startup_objects()  # as `cardbook gui` does once the window shows its data
    print(f"open with data: {opened * 1000:.0f} ms  (target ≤ 2000 ms); peak memory so far {rss_mb():.0f} MB")

    searches, busy = measure_search(app, window)
    for text, seconds, rows in searches:
        print(f"  search {text!r:12} {seconds * 1000:6.1f} ms  {rows:>6,} rows")
    worst = max(s for _, s, _ in searches)
    print(f"keystroke: median {statistics.median(s for _, s, _ in searches) * 1000:.1f} ms, "
          f"worst {worst * 1000:.1f} ms  (target ≤ 50 ms)")  # fmt: skip
    print(f"  while typing, the GUI thread was busy at most {busy:.0f} ms at a time")

    scroll = measure_scroll(app, window)
    print(f"scroll: {len(scroll)} pages, median {statistics.median(scroll) * 1000:.1f} ms per page, "
          f"worst {max(scroll) * 1000:.1f} ms; peak memory so far {rss_mb():.0f} MB")  # fmt: skip

    reordered, family_scroll, back = measure_name_sort(app, window)
    print(f"sort by family name: {reordered * 1000:.0f} ms to the list reordered and painted, "
          f"{back * 1000:.0f} ms back to first names")  # fmt: skip
    print(f"scroll by family name: {len(family_scroll)} pages, median {statistics.median(family_scroll) * 1000:.1f} "
          f"ms per page, worst {max(family_scroll) * 1000:.1f} ms (first names above: median "
          f"{statistics.median(scroll) * 1000:.1f} ms)")  # fmt: skip

    for name, shown, stall in measure_views(app, window):
        print(f"view {name:28} data shown after {shown * 1000:6.0f} ms, longest GUI stall {stall:6.0f} ms")
    print(f"peak memory so far {rss_mb():.0f} MB (now {current_rss_mb():.0f} MB)")

    if args.photos:
        with tempfile.TemporaryDirectory() as folder:
            photos = render_photos(Path(folder), args.photos)
            jobs = args.jobs or window.imports.controller.jobs
            result = measure_import(app, window, photos, jobs)
        print(f"import of {len(photos)} photos ({jobs} reading threads): {result['seconds']:.1f} s, "
              f"{result['cards']:.0f} cards stored")  # fmt: skip
        print(f"GUI stall during the import: longest {result['longest_stall_ms']:.0f} ms, "
              f"{result['stalls_over_50ms']:.0f} over 50 ms, {result['stalls_over_100ms']:.0f} over 100 ms "
              f"(target: none over 100 ms)")  # fmt: skip

    print(f"peak memory (RSS): {rss_mb():.0f} MB  (target ≤ 400 MB); now {current_rss_mb():.0f} MB")
    window.close()  # waits for the background reads still running
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
