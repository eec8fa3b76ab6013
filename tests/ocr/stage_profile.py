"""``python -m tests.ocr.stage_profile DIR [DIR...]``: where a card's reading time goes, stage by stage.

Each stage of the pipeline (loading, finding, straightening, orientation, Tesseract, RapidOCR, the large-type
second reading, parsing and its parts, ...) is wrapped with a timer for the run, in this process; a stage's
time is its own (exclusive): the stages it calls are counted apart, under their own path ("large type >
tesseract" is Tesseract called by the large-type reading). Prints, per stage, on how many images it ran,
its median milliseconds per image where it ran, its share of the total, its CPU milliseconds (this thread's:
the machine's other jobs do not count in them) and of those the ones holding the GIL (outside OpenCV,
onnxruntime and Tesseract, ``NativeTimer``); then the median seconds per image and the speed-up two reading
threads can reach with that share of the time holding the GIL (``gil_bounds``). One thread
(``OMP_THREAD_LIMIT=1``), one warm-up image first (imports, models, word lists), RapidOCR's models loaded.

The machine may be shared: compare stages within one run, not across runs. Figures: docs/MEASURING.md,
"Where a scan's time goes".
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import os
import statistics
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# (module, attribute, stage name): the attribute is replaced where it is looked up (the importing module's
# name, or a class's method), so that the pipeline's own calls go through the timer.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("cardbook.ocr.pipeline", "load_image", "loading"),
    ("cardbook.ocr.pipeline", "camera_exif", "exif"),
    ("cardbook.ocr.pipeline", "find_cards", "finding"),
    ("cardbook.ocr.pipeline", "decode_qr_codes", "qr codes"),
    ("cardbook.ocr.pipeline", "warp_quad", "straightening"),
    ("cardbook.ocr.pipeline", "guess_orientation", "orientation"),
    ("cardbook.ocr.pipeline", "_whole_photo_reading", "whole photo"),
    ("cardbook.ocr.pipeline", "with_card_accents", "card accents"),
    ("cardbook.ocr.card_accents", "restore_accents", "rapid accents"),
    ("cardbook.ocr.pipeline", "reread_large_type", "large type"),
    ("cardbook.ocr.pipeline", "group_lines", "group lines"),
    ("cardbook.ocr.pipeline", "parse_lines", "parsing"),
    ("cardbook.ocr.pipeline", "merge_all", "qr merge"),
    ("cardbook.ocr.pipeline", "tesseract_doubts", "doubt checks"),
    ("cardbook.ocr.reading", "measure", "image quality"),
    ("cardbook.ocr.reading", "choose_engine", "engine choice"),
    ("cardbook.ocr.reading", "_dark_card", "dark card check"),
    ("cardbook.ocr.reading", "dark_paper_mask", "dark card check"),
    ("cardbook.ocr.reading", "prepare_for_ocr", "preparation"),
    ("cardbook.ocr.reading", "way_up_evidence", "way-up evidence"),
    ("cardbook.ocr.reading", "aligned", "rescue: letters"),
    ("cardbook.ocr.reading", "covered_share", "rescue: coverage"),
    ("cardbook.ocr.reading", "denoised_letters", "rescue: denoised letters"),
    ("cardbook.ocr.reading", "lines_to_rescue", "rescue: lines"),
    ("cardbook.ocr.reading", "merge_rescued", "rescue: merge"),
    ("cardbook.ocr.reading", "tesseract_doubts", "doubt checks"),
    ("cardbook.ocr.reading", "_doubtful_line", "doubt checks"),
    ("cardbook.ocr.parse_card", "restored_accents", "accents"),
    ("cardbook.ocr.parse_card", "decide_region", "region"),
    ("cardbook.ocr.parse_card", "role_probabilities", "line classifier"),
    ("cardbook.ocr.parse_card", "split_glued_words", "glued words"),
    ("cardbook.ocr.parse_card", "find_address", "address"),
    ("cardbook.ocr.parse_card", "find_phones", "phones"),
    ("cardbook.ocr.parse_card", "assign_roles", "roles"),
    ("cardbook.ocr.tesseract_engine:TesseractEngine", "recognize", "tesseract"),
    ("cardbook.ocr.rapid_engine:RapidOcrEngine", "recognize", "rapidocr whole"),
    ("cardbook.ocr.rapid_engine:RapidOcrEngine", "recognize_lines", "rapidocr lines"),
)


class StageTimer:
    """Exclusive time per stage path, per image: wall-clock seconds (``image``) and this thread's CPU seconds
    (``cpu``; the machine's other jobs do not count in it, so it moves far less with the load)."""

    def __init__(self) -> None:
        self._stack: list[tuple[str, float, float]] = []  # (path, wall and CPU seconds spent in nested stages)
        self.image: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        path = f"{self._stack[-1][0]} > {name}" if self._stack else name
        self._stack.append((path, 0.0, 0.0))
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            elapsed, elapsed_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
            _, nested, nested_cpu = self._stack.pop()
            self.image[path] += elapsed - nested
            self.cpu[path] += elapsed_cpu - nested_cpu
            if self._stack:
                parent, before, before_cpu = self._stack[-1]
                self._stack[-1] = (parent, before + elapsed, before_cpu + elapsed_cpu)

    def current(self) -> str:
        """The stage path running now ("(between stages)" outside every stage)."""
        return self._stack[-1][0] if self._stack else "(between stages)"

    def wrap(self, function: Callable[..., Any], name: str) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return timed


class NativeTimer:
    """This thread's CPU seconds inside calls that release the GIL: every OpenCV function, onnxruntime's
    session runs (RapidOCR's models) and libtesseract's loading and reading through ctypes
    (``TESSERACT_NATIVE_CALLS``; before issue 10's session 17 the whole of ``_Api.read`` was counted, its TSV
    parsing included, and the loading of a language's models was not). The rest
    of a card's CPU time runs Python and NumPy (which releases the GIL only in its larger loops, so the rest is
    an upper bound): of two reading threads, only one can be in that part at a time."""

    def __init__(self, stages: StageTimer | None = None) -> None:
        self.cpu = 0.0
        self.by_stage: dict[str, float] = defaultdict(float)  # the native CPU seconds of each stage path
        self._stages = stages
        self._depth = 0  # a native call made inside another (none expected) is counted once

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._depth:
                return function(*args, **kwargs)
            self._depth += 1
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.thread_time() - started
                self.cpu += spent
                self.by_stage[self._stages.current() if self._stages else ""] += spent
                self._depth -= 1

        return timed


# libtesseract's calls that do a card's work, each through ctypes (which releases the GIL for the call): loading
# a language's models (``Init2``: 0.1 s for each language a batch first meets), reading, writing the TSV. The
# rest of ``_Api.read`` (parsing that TSV into words) is Python holding the GIL.
TESSERACT_NATIVE_CALLS = ("TessBaseAPIInit2", "TessBaseAPIRecognize", "TessBaseAPIGetTsvText")


def install_native(timer: NativeTimer) -> None:
    """Wrap OpenCV's functions, onnxruntime's ``InferenceSession.run`` and libtesseract's ``TESSERACT_NATIVE_CALLS``
    (or, where Tesseract runs as a command, nothing: its time is another process's)."""
    import cv2
    import onnxruntime

    from cardbook.ocr import tesseract_library
    from cardbook.ocr.engine import OcrUnavailableError

    for name in dir(cv2):
        attribute = getattr(cv2, name)
        if isinstance(attribute, types.BuiltinFunctionType):
            setattr(cv2, name, timer.wrap(attribute))
    session: Any = onnxruntime.InferenceSession
    session.run = timer.wrap(session.run)
    try:
        library = tesseract_library._library().lib
    except OcrUnavailableError:
        return
    wrap_tesseract_calls(timer, library)


def wrap_tesseract_calls(timer: NativeTimer, library: Any) -> None:
    """``TESSERACT_NATIVE_CALLS`` of the loaded library (a ``ctypes.CDLL``) counted by ``timer``."""
    for name in TESSERACT_NATIVE_CALLS:
        setattr(library, name, timer.wrap(getattr(library, name)))


def gil_bounds(held_share: float, threads: int = 2) -> tuple[float, float]:
    """The speed-up of ``threads`` reading threads when ``held_share`` of each card's CPU time holds the GIL:
    (pessimistic, optimistic). Pessimistic: while one thread is in Python the others wait (Amdahl's law with
    that share serial); optimistic: the Python parts of the threads never collide, only their sum is serial."""
    held_share = min(1.0, max(0.0, held_share))
    pessimistic = threads / (1 + (threads - 1) * held_share)
    optimistic = min(float(threads), 1 / held_share) if held_share > 0 else float(threads)
    return pessimistic, optimistic


def install(timer: StageTimer) -> None:
    """Wrap every stage of ``STAGES`` for the rest of the process."""
    for where, attribute, name in STAGES:
        module_name, _, class_name = where.partition(":")
        owner: Any = importlib.import_module(module_name)
        if class_name:
            owner = getattr(owner, class_name)
        setattr(owner, attribute, timer.wrap(getattr(owner, attribute), name))


def images_of(folders: list[str]) -> list[str]:
    from cardbook.ocr.loading import IMAGE_SUFFIXES

    return sorted(
        str(path)
        for folder in folders
        for path in Path(folder).rglob("*")
        if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()
    )


@dataclass
class Profile:
    per_stage: dict[str, list[float]]  # per stage path, its wall-clock seconds on each image where it ran
    per_stage_cpu: dict[str, list[float]]  # the same in this thread's CPU seconds
    totals: list[float]  # each image's wall-clock seconds
    cpu_totals: list[float]  # each image's CPU seconds (this thread)
    native_cpu: list[float]  # each image's CPU seconds inside calls that release the GIL (``NativeTimer``)
    native_by_stage: dict[str, float]  # per stage path, its CPU seconds in such calls over all images


def profile(images: list[str], lang: str) -> Profile:
    """Every image read once, each stage timed (``StageTimer``) and the GIL-free calls counted (``NativeTimer``)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from cardbook.ocr.engine import OcrUnavailableError
    from cardbook.ocr.pipeline import ReadOptions, read_image
    from cardbook.ocr.rapid_engine import _engine

    options = ReadOptions(lang=lang)
    read_image(images[0], options)  # warm-up: imports, models, word lists
    with contextlib.suppress(OcrUnavailableError):
        _engine()  # RapidOCR's models, which the first image may not have needed
    timer = StageTimer()
    native = NativeTimer(timer)
    install(timer)
    install_native(native)
    result = Profile(defaultdict(list), defaultdict(list), [], [], [], native.by_stage)
    for image in images:
        timer.image.clear()
        timer.cpu.clear()
        native.cpu = 0.0
        started, started_cpu = time.perf_counter(), time.thread_time()
        read_image(image, options)
        result.totals.append(time.perf_counter() - started)
        result.cpu_totals.append(time.thread_time() - started_cpu)
        result.native_cpu.append(native.cpu)
        timer.image["(between stages)"] += result.totals[-1] - sum(timer.image.values())
        timer.cpu["(between stages)"] += result.cpu_totals[-1] - sum(timer.cpu.values())
        for path, seconds in timer.image.items():
            result.per_stage[path].append(seconds)
            result.per_stage_cpu[path].append(timer.cpu[path])
    return result


def report(result: Profile) -> None:
    totals, grand, grand_cpu = result.totals, sum(result.totals), sum(result.cpu_totals)
    print(
        f"{'stage':44} {'images':>6} {'median ms':>10} {'mean ms/img':>12} {'share':>6} {'CPU ms/img':>11} "
        f"{'GIL ms/img':>11}"
    )
    for path, seconds in sorted(result.per_stage.items(), key=lambda item: -sum(item[1])):
        mean_all = 1000 * sum(seconds) / len(totals)
        cpu = 1000 * sum(result.per_stage_cpu[path]) / len(totals)
        held = cpu - 1000 * result.native_by_stage.get(path, 0.0) / len(totals)
        print(
            f"{path[:44]:44} {len(seconds):6d} {1000 * statistics.median(seconds):10.1f} {mean_all:12.1f} "
            f"{sum(seconds) / grand:6.1%} {cpu:11.1f} {held:11.1f}"
        )
    median, mean = statistics.median(totals), grand / len(totals)
    print(f"images {len(totals)}; seconds per image: median {median:.3f}, mean {mean:.3f}")
    cpu_median = statistics.median(result.cpu_totals)
    print(f"CPU seconds per image (this thread): median {cpu_median:.3f}, mean {grand_cpu / len(totals):.3f}")
    held = 1 - sum(result.native_cpu) / grand_cpu if grand_cpu else 0.0
    pessimistic, optimistic = gil_bounds(held)
    print(
        f"CPU time holding the GIL (Python and NumPy, outside OpenCV, onnxruntime and Tesseract): {held:.1%}; "
        f"jobs=2 speed-up it allows: {pessimistic:.2f}-{optimistic:.2f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ocr.stage_profile", description=__doc__)
    parser.add_argument("folders", nargs="+", metavar="DIR")
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--limit", type=int, default=0, help="only the first N images (0: all)")
    args = parser.parse_args(argv)
    images = images_of(args.folders)
    if args.limit:
        images = images[: args.limit]
    if not images:
        print("no images", file=sys.stderr)
        return 2
    print(f"machine load before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    report(profile(images, args.lang))
    print(f"machine load after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
