"""Read many images, in worker processes, yielding each image's cards in input order as they are ready.

Plain function with a progress callback and a cancel flag (anything with ``is_set()``, e.g.
``threading.Event``), so a thin Qt adapter or the command line can drive it. Tesseract is started by
each worker; ``OMP_THREAD_LIMIT=1`` keeps every Tesseract on one core so that N workers use N cores
instead of fighting over them.
"""

from __future__ import annotations

import concurrent.futures as futures
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

import cv2

from cardbook.ocr.pipeline import CardResult, ReadOptions, read_image

ProgressCallback = Callable[[int, int, str], None]  # (images done, images total, path just done)


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # Ctrl+C is the parent's business: it cancels the batch and exits cleanly; workers must not each
    # print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    cv2.setNumThreads(1)  # one core per worker: N workers, N cores


def _read_one(path: str, options: ReadOptions) -> list[CardResult]:
    return read_image(path, options)


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def read_images(
    paths: Sequence[str],
    options: ReadOptions | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    mp_context: str | None = None,
) -> Iterator[tuple[str, list[CardResult]]]:
    """Yield ``(path, cards)`` for each path, in input order; stop early when ``cancel`` is set."""
    options = options or ReadOptions()
    total = len(paths)
    if jobs <= 1 or total <= 1:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        for done, path in enumerate(paths, start=1):
            if cancel is not None and cancel.is_set():
                return
            cards = read_image(path, options)
            if progress is not None:
                progress(done, total, path)
            yield path, cards
        return

    # "spawn" is safe in a GUI process that already runs threads (fork could copy a held lock).
    context = multiprocessing.get_context(mp_context or "spawn")
    executor = futures.ProcessPoolExecutor(
        max_workers=min(jobs, total), mp_context=context, initializer=_init_worker
    )
    try:
        pending = [executor.submit(_read_one, path, options) for path in paths]
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
                finished, _ = futures.wait(pending[index:], timeout=0.1, return_when=futures.FIRST_COMPLETED)
                for item in finished:
                    report(pending.index(item))
            if cancel is not None and cancel.is_set():
                return
            report(index)
            yield paths[index], _result_or_error(future, paths[index])
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _result_or_error(future: futures.Future[list[CardResult]], path: str) -> list[CardResult]:
    try:
        return future.result()
    except futures.process.BrokenProcessPool:
        return [CardResult(path, 0, error="the reading process crashed (out of memory?)")]
    except Exception as error:  # a bug must not lose the rest of the batch
        return [CardResult(path, 0, error=f"internal error: {type(error).__name__}: {error}")]
