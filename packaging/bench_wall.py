"""Benchmark of the card wall on a big library, against the contact list in the same run. Prints its figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/bench_wall.py [--library DIR] [--contacts 10000]
        [--pictured 0.9] [--photos 40] [--frame-ms 16]

Builds once (then reuses) a library of --contacts demo contacts (`cardbook demo`'s generator), of which a
--pictured share get a rendered card as their straightened image (1050 × 650 JPEG, as an import stores them,
each different) and --photos of those a 12-megapixel photo instead of a crop (the wall then shrinks the photo
while decoding it). Then, in one process, with the thumbnails' disk cache emptied first:

- first paint: from View > Card wall to the wall painted (placeholders), then to every tile in view showing its
  picture (the faces and thumbnails read and made on worker threads);
- scrolling from top to bottom at a steady pace, one frame every --frame-ms (the thumbnails of the tiles in view
  load meanwhile, nobody waits for them): each frame's time on the GUI thread (scroll, arrivals, repaint) —
  median, 95th percentile and worst — and how many pictures were decoded on the way;
- the same for the contact list (its pages of rows load meanwhile), at the same pace over the same contacts:
  the ratios wall / list;
- the wall again in a new window, from the disk cache (warm): first paint and every picture in view;
- memory: resident memory before the wall, after scrolling it, and the peak of the process.
Targets: worst frame while scrolling ≤ 50 ms (3 frames), first pictures in view ≤ 1 s, memory growth of the
wall ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from cardbook.app.sample_data import generate_demo  # noqa: E402
from cardbook.storage.contacts import records as contacts  # noqa: E402
from cardbook.storage.contacts.card_faces import card_faces  # noqa: E402
from cardbook.storage.library import Library  # noqa: E402
from cardbook.storage.models import CardImageRow, ContactRow, StoredImageRow  # noqa: E402
from cardbook.ui.common.runner import wait_for_tasks  # noqa: E402
from cardbook.ui.window.main_window import MainWindow  # noqa: E402
from tests.ui.contacts.wall_cards import card_jpeg  # noqa: E402

PHOTO_SIZE = (4000, 3000)  # 12 megapixels
BATCH = 500


def quiet_offscreen_notice() -> None:
    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return peak_mb()


# ---- the library ---------------------------------------------------------------------------------------------


def _render(job: tuple[int, str, str, bool]) -> tuple[int, bytes, bool]:
    """One contact's card picture (in a worker process): a crop, or a 12-megapixel photo of the card on a desk."""
    contact_id, name, company, photo = job
    crop = card_jpeg(name or company or "?", company or "", seed=contact_id)
    if not photo:
        return contact_id, crop, False
    rng = random.Random(contact_id)
    desk = Image.new("RGB", PHOTO_SIZE, (70 + rng.randrange(40), 95, 125))
    draw = ImageDraw.Draw(desk)
    for x in range(0, PHOTO_SIZE[0], 37):  # a little grain, so the JPEG is not trivially small
        draw.line([(x, 0), (x + rng.randrange(-200, 200), PHOTO_SIZE[1])], fill=(60, 85, 110), width=3)
    card = Image.open(io.BytesIO(crop)).resize((2600, 1610))
    desk.paste(card, (700, 690))
    out = io.BytesIO()
    desk.save(out, "JPEG", quality=85)
    return contact_id, out.getvalue(), True


def ensure_library(path: Path, wanted: int, pictured: float, photos: int) -> Library:
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
    chosen = [p for p in people if rng.random() < pictured]
    missing = [p for p in chosen if p[0] not in carded]
    if not missing:
        return library
    as_photo = {p[0] for p in rng.sample(missing, min(photos, len(missing)))}
    print(f"rendering {len(missing):,} card pictures ({len(as_photo)} as 12-megapixel photos) (once)…", flush=True)
    started = time.perf_counter()
    jobs = [(cid, name or "", company or "", cid in as_photo) for cid, name, company in missing]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for start in range(0, len(jobs), BATCH):
            rendered = list(pool.map(_render, jobs[start : start + BATCH], chunksize=20))
            with library.writing() as session:
                for contact_id, data, photo in rendered:
                    sha, _ = library.images.put(data, "jpg")
                    image = session.scalars(select(StoredImageRow).where(StoredImageRow.sha256 == sha)).one_or_none()
                    if image is None:  # the same picture is stored once, as an import stores it
                        image = StoredImageRow(sha256=sha, extension="jpg", byte_size=len(data))
                        session.add(image)
                        session.flush()
                    card = CardImageRow(contact_id=contact_id, side="front")
                    if photo:
                        card.original_image_id = image.id
                    else:
                        card.crop_image_id = image.id
                    session.add(card)
            print(f"  {min(start + BATCH, len(jobs)):,} / {len(jobs):,}", flush=True)
    print(f"  pictures in {time.perf_counter() - started:.1f} s", flush=True)
    return library


# ---- measuring -----------------------------------------------------------------------------------------------


def pump(ms: float) -> None:
    """Let the event loop run for `ms` (answers of the worker threads are delivered meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(max(0, round(ms)), loop.quit)
    loop.exec()


def open_window(library: Library) -> MainWindow:
    window = MainWindow(library, None)
    window.resize(1280, 800)
    loop = QEventLoop()
    window.dataLoaded.connect(loop.quit)
    window.show()
    loop.exec()
    return window


def wall_complete(window: MainWindow) -> bool:
    """Every tile in view shows its name and its picture (or the placeholder of a contact without one)."""
    wall, model = window.contacts_page.wall, window.model
    rows = wall.visible_rows()
    if not rows:
        return False
    for row in rows:
        contact_id = model.id_at(row)
        if contact_id is None or not model.is_loaded(row):
            return False
        has = wall.thumbnails.has_face(contact_id)
        if has is None or (
            has and wall.thumbnails.pixmap(contact_id) is None and not wall.thumbnails.failed(contact_id)
        ):
            return False
    return True


def list_complete(window: MainWindow) -> bool:
    table, model = window.contacts_page.table, window.model
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return all(model.is_loaded(row) for row in range(max(first, 0), last + 1))


def until(done, timeout_s: float = 60.0) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    while not done():
        if time.perf_counter() - started > timeout_s:
            raise TimeoutError("the view did not fill in time")
        pump(2)
    return time.perf_counter() - started


def show_wall(window: MainWindow) -> tuple[float, float]:
    """Seconds to the wall's first paint, then to every picture in view."""
    wall = window.contacts_page.wall
    started = time.perf_counter()
    window.commands.card_wall.setChecked(True)
    QCoreApplication.processEvents()
    wall.viewport().repaint()
    painted = time.perf_counter() - started
    until(lambda: wall_complete(window))
    wall.viewport().repaint()
    return painted, time.perf_counter() - started


def scroll(view: QAbstractItemView, frame_ms: float) -> list[float]:
    """Scroll from the top to the bottom, a third of the view per frame, one frame every `frame_ms`; the time
    each frame kept the GUI thread (scrolling, what arrived meanwhile, the repaint)."""
    view.scrollToTop()
    bar = view.verticalScrollBar()
    laid_out(view)
    step = max(1, bar.pageStep() // 3)  # in the bar's units: pixels for the wall, rows for the list
    frames: list[float] = []
    while True:
        started = time.perf_counter()
        bar.setValue(bar.value() + step)
        QCoreApplication.processEvents()
        view.viewport().repaint()
        frames.append(time.perf_counter() - started)
        if bar.value() >= bar.maximum():
            break
        pump(max(0.0, frame_ms - frames[-1] * 1000))
    return frames


def laid_out(view: QAbstractItemView) -> None:
    """Until the view's layout is complete: the wall lays its tiles out in batches, the scroll bar's range growing
    with each; it is done when the range stops growing."""
    bar = view.verticalScrollBar()
    last, still = -1, 0
    while still < 5:
        pump(20)
        still = still + 1 if bar.maximum() == last else 0
        last = bar.maximum()


def describe(frames: list[float]) -> tuple[float, float, float]:
    ms = sorted(f * 1000 for f in frames)
    return statistics.median(ms), ms[int(len(ms) * 0.95)], ms[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--library", type=Path, default=Path(tempfile.gettempdir()) / "cardbook-bench-wall")
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--pictured", type=float, default=0.9, help="the share of contacts with a card picture")
    parser.add_argument("--photos", type=int, default=40, help="how many pictures are 12-megapixel photos")
    parser.add_argument("--frame-ms", type=float, default=16.0, help="the scrolling pace: one frame every N ms")
    args = parser.parse_args()
    quiet_offscreen_notice()
    app = QApplication.instance() or QApplication([])
    library = ensure_library(args.library, args.contacts, args.pictured, args.photos)
    shutil.rmtree(library.root / "cache", ignore_errors=True)  # a cold cache: every thumbnail made in this run
    total = contacts.count_contacts(library)
    with library.session() as session:
        ids = list(session.scalars(select(ContactRow.id)))
    pictured = len(card_faces(library, ids))
    print(f"library: {library.root} — {total:,} contacts, {pictured:,} with a card picture", flush=True)

    window = open_window(library)
    until(lambda: list_complete(window))
    before = rss_mb()
    painted, complete = show_wall(window)
    wall = window.contacts_page.wall
    print(
        f"wall, cold cache: first paint {painted * 1000:.0f} ms, every picture in view {complete * 1000:.0f} ms "
        f"({len(wall.visible_rows())} tiles in view)  target ≤ 1000 ms"
    )
    decoded = wall.thumbnails.decoded
    wall_frames = scroll(wall, args.frame_ms)
    decoded_scrolling = wall.thumbnails.decoded - decoded
    until(lambda: wall_complete(window))
    after_wall = rss_mb()
    w_median, w_p95, w_worst = describe(wall_frames)
    print(
        f"wall, scrolled top to bottom: {len(wall_frames)} frames, median {w_median:.1f} ms, 95% {w_p95:.1f} ms, "
        f"worst {w_worst:.1f} ms  target worst ≤ 50 ms; {decoded_scrolling:,} pictures loaded on the way"
    )

    window.commands.card_wall.setChecked(False)
    table = window.contacts_page.table
    table.scrollToTop()
    until(lambda: list_complete(window))
    list_frames = scroll(table, args.frame_ms)
    l_median, l_p95, l_worst = describe(list_frames)
    print(
        f"list, scrolled top to bottom: {len(list_frames)} frames, median {l_median:.1f} ms, 95% {l_p95:.1f} ms, "
        f"worst {l_worst:.1f} ms"
    )
    print(
        f"wall / list (same run): median {w_median / l_median:.2f}, 95% {w_p95 / l_p95:.2f}, "
        f"worst {w_worst / l_worst:.2f}"
    )

    window.close()
    wait_for_tasks()
    again = open_window(library)
    until(lambda: list_complete(again))
    painted, complete = show_wall(again)
    print(
        f"wall, warm cache (new window): first paint {painted * 1000:.0f} ms, every picture in view "
        f"{complete * 1000:.0f} ms"
    )
    cached = sum(1 for _ in (library.root / "cache").rglob("*.jpg"))
    size = sum(p.stat().st_size for p in (library.root / "cache").rglob("*.jpg")) / 1e6
    print(f"thumbnail cache: {cached:,} files, {size:.1f} MB")
    print(
        f"memory: {before:.0f} MB before the wall, {after_wall:.0f} MB after scrolling it "
        f"(+{after_wall - before:.0f} MB, target ≤ 150), peak {peak_mb():.0f} MB"
    )
    again.close()
    wait_for_tasks()
    library.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
