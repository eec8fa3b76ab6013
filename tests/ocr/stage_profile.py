"""``python -m tests.ocr.stage_profile DIR [DIR...]``: where a card's reading time goes, stage by stage.

Each stage of the pipeline (loading, finding, straightening, orientation, Tesseract, RapidOCR, the large-type
second reading, parsing and its parts, ...) is wrapped with a timer for the run, in this process; a stage's
time is its own (exclusive): the stages it calls are counted apart, under their own path ("large type >
tesseract" is Tesseract called by the large-type reading). Prints, per stage, on how many images it ran,
its median milliseconds per image where it ran, and its share of the total; then the median seconds per
image. One thread (``OMP_THREAD_LIMIT=1``), one warm-up image first (imports, models, word lists).

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
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    ("cardbook.ocr.parse_card", "with_accents", "accents"),
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
    """Exclusive time per stage path, per image."""

    def __init__(self) -> None:
        self._stack: list[tuple[str, float]] = []  # (path, seconds spent in nested stages)
        self.image: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        path = f"{self._stack[-1][0]} > {name}" if self._stack else name
        self._stack.append((path, 0.0))
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            _, nested = self._stack.pop()
            self.image[path] += elapsed - nested
            if self._stack:
                parent, before = self._stack[-1]
                self._stack[-1] = (parent, before + elapsed)

    def wrap(self, function: Callable[..., Any], name: str) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return timed


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


def profile(images: list[str], lang: str) -> tuple[dict[str, list[float]], list[float]]:
    """Per stage path, its seconds on each image where it ran; and each image's total seconds."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from cardbook.ocr.engine import OcrUnavailableError
    from cardbook.ocr.pipeline import ReadOptions, read_image
    from cardbook.ocr.rapid_engine import _engine

    options = ReadOptions(lang=lang)
    read_image(images[0], options)  # warm-up: imports, models, word lists
    with contextlib.suppress(OcrUnavailableError):
        _engine()  # RapidOCR's models, which the first image may not have needed
    timer = StageTimer()
    install(timer)
    per_stage: dict[str, list[float]] = defaultdict(list)
    totals: list[float] = []
    for image in images:
        timer.image.clear()
        started = time.perf_counter()
        read_image(image, options)
        totals.append(time.perf_counter() - started)
        accounted = sum(timer.image.values())
        timer.image["(between stages)"] += totals[-1] - accounted
        for path, seconds in timer.image.items():
            per_stage[path].append(seconds)
    return per_stage, totals


def report(per_stage: dict[str, list[float]], totals: list[float]) -> None:
    grand = sum(totals)
    print(f"{'stage':44} {'images':>6} {'median ms':>10} {'mean ms/img':>12} {'share':>6}")
    for path, seconds in sorted(per_stage.items(), key=lambda item: -sum(item[1])):
        mean_all = 1000 * sum(seconds) / len(totals)
        print(
            f"{path[:44]:44} {len(seconds):6d} {1000 * statistics.median(seconds):10.1f} {mean_all:12.1f} "
            f"{sum(seconds) / grand:6.1%}"
        )
    median, mean = statistics.median(totals), grand / len(totals)
    print(f"images {len(totals)}; seconds per image: median {median:.3f}, mean {mean:.3f}")


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
    per_stage, totals = profile(images, args.lang)
    report(per_stage, totals)
    print(f"machine load after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
