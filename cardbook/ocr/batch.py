"""Read many images in parallel, yielding each image's cards in input order as they are ready.

Plain function with a progress callback and a cancel flag (anything with ``is_set()``, e.g.
``threading.Event``), so a thin Qt adapter or the command line can drive it.

Workers are threads by default (``workers="threads"``). Measured (``python -m cardbook.ocr.benchmark``):
the heavy parts release the GIL — Tesseract (in-process through ctypes, one engine per thread with its
models loaded once), onnxruntime and OpenCV all compute without the GIL — so two threads use two
cores, with no start-up cost and one shared copy of the second engine's models (a process pool
started its workers per batch: each paid ~0.3 s of imports and ~0.8 s to load RapidOCR, and held its
own ~300 MB; jobs=2 was *slower* than jobs=1 on 20 photos). Process workers remain available
(``workers="processes"``) for isolation: a crash in a native library then loses one image instead of
the application. ``OMP_THREAD_LIMIT=1`` keeps every Tesseract on one core and OpenCV is limited to one
thread, so that N workers use N cores instead of fighting over them.

A batch starts loading the data every card's parsing needs (and RapidOCR's models) on a thread of its own
(``warm_up.warm_up``) while the workers load and straighten their first images; the tables load once even
when two workers ask for one together (``load_once.once``). Before, two threads starting together each built
the same tables, about a second of Python each, holding the GIL.
"""

from __future__ import annotations

import concurrent.futures as futures
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Literal, Protocol

import cv2

from cardbook.ocr import tesseract_library
from cardbook.ocr.memory import release_free_memory
from cardbook.ocr.pipeline import CardResult, ReadOptions, read_image
from cardbook.ocr.warm_up import warm_up

ProgressCallback = Callable[[int, int, str], None]  # (images done, images total, path just done)


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


def _init_worker(rapid: bool = False) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    warm_up(rapid)  # each worker process loads its own copy
    # Ctrl+C is the parent's business: it cancels the batch and exits cleanly; workers must not each
    # print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    cv2.setNumThreads(1)  # one core per worker: N workers, N cores


# Resident memory (bytes) above which a worker returns the heaps' free memory to the system after a card.
# Trimming after every card cost two threads 4 s of system time on 40 cards (the pages freed were faulted
# back by the next card: 1.58 M page faults against 0.43 M with one thread, which never trimmed) and did
# not lower the peak, which two cards in flight set (jobs=2 on 20 photos and 20 scans, `cardbook scan`:
# peak 969-987 MB trimming always, 958-1065 never, 992 above this bound). Set between the resident memory
# after a trim (590-730 MB) and at the end of a card without one (median 921 MB): the heaps are trimmed
# when they have grown past two cards' working memory, 16 cards in 40 (docs/MEASURING.md, "jobs=2 as a
# user times it").
TRIM_ABOVE = 800 * 2**20


def _read_one(path: str, options: ReadOptions) -> list[CardResult]:
    try:
        return read_image(path, options)
    finally:
        # What the reading freed goes back to the system, not to this thread's heap, once the heaps grew.
        release_free_memory(above=TRIM_ABOVE)


Workers = Literal["threads", "processes"]


def read_images(
    paths: Sequence[str],
    options: ReadOptions | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    mp_context: str | None = None,
    workers: Workers = "threads",
) -> Iterator[tuple[str, list[CardResult]]]:
    """Yield ``(path, cards)`` for each path, in input order; stop early when ``cancel`` is set.

    ``mp_context`` (with ``workers="processes"``): the multiprocessing start method, "spawn" by default
    (safe in a GUI process that already runs threads)."""
    options = options or ReadOptions()
    total = len(paths)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    rapid = options.fallback() is not None
    processes = jobs > 1 and total > 1 and (workers == "processes" or mp_context is not None)
    if total > 1 and not processes:
        warm_up(rapid)  # this process's workers share what it loads
    if jobs <= 1 or total <= 1:
        for done, path in enumerate(paths, start=1):
            if cancel is not None and cancel.is_set():
                return
            cards = read_image(path, options)
            if progress is not None:
                progress(done, total, path)
            yield path, cards
        return

    executor: futures.Executor
    if processes:
        context = multiprocessing.get_context(mp_context or "spawn")
        executor = futures.ProcessPoolExecutor(
            max_workers=min(jobs, total), mp_context=context, initializer=_init_worker, initargs=(rapid,)
        )
    else:
        os.environ["OMP_THREAD_LIMIT"] = "1"
        cv2.setNumThreads(1)  # one core per worker thread: N workers, N cores
        executor = futures.ThreadPoolExecutor(max_workers=min(jobs, total), thread_name_prefix="cardbook-ocr")
    try:
        # Largest files first (the longest-processing-time-first rule): a batch's slowest images (phone photos)
        # left for last keep one worker busy while the other has nothing left to read. The results still come
        # out in input order.
        submitted = {
            position: executor.submit(_read_one, paths[position], options) for position in largest_first(paths)
        }
        pending = [submitted[position] for position in range(total)]
        reported: set[int] = set()

        def report(position: int) -> None:
            if position not in reported:
                reported.add(position)
                if progress is not None:
                    progress(len(reported), total, paths[position])

        for index, future in enumerate(pending):
            # Wait for this image in short steps: stay responsive to cancel, and report the progress of
            # images finishing out of order.
            while not future.done():
                if cancel is not None and cancel.is_set():
                    return
                # Only images not reported yet: waiting on one already done would return at once and
                # turn this loop into a busy wait that takes a core from the workers.
                waiting = [item for position, item in enumerate(pending) if position not in reported]
                finished, _ = futures.wait(waiting, timeout=0.1, return_when=futures.FIRST_COMPLETED)
                for item in finished:
                    report(pending.index(item))
            if cancel is not None and cancel.is_set():
                return
            report(index)
            yield paths[index], _result_or_error(future, paths[index])
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if not processes:
            # The workers' Tesseract engines ended with their threads before they were shared: a window
            # that reads on does not keep every language a batch met loaded.
            tesseract_library.ENGINES.release_idle()
            release_free_memory()  # the batch's leftovers in the heaps: a window reads on, holding them


def largest_first(paths: Sequence[str]) -> list[int]:
    """The positions of ``paths`` by decreasing file size, the input order among equals: the file's size stands
    for its reading time (a phone photo's JPEG outweighs a scan's); a file that cannot be read counts as empty
    (its error comes at once)."""

    def size(position: int) -> int:
        try:
            return os.path.getsize(paths[position])
        except OSError:
            return 0

    return sorted(range(len(paths)), key=lambda position: -size(position))


def _result_or_error(future: futures.Future[list[CardResult]], path: str) -> list[CardResult]:
    try:
        return future.result()
    except futures.process.BrokenProcessPool:
        return [CardResult(path, 0, error="the reading process crashed (out of memory?)")]
    except Exception as error:  # a bug must not lose the rest of the batch
        return [CardResult(path, 0, error=f"internal error: {type(error).__name__}: {error}")]
