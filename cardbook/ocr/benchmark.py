"""``python -m cardbook.ocr.benchmark DIR``: how fast the pipeline is, against plain Tesseract.

1. For each image, in the same run and on one core each (``OMP_THREAD_LIMIT=1``): the pipeline's time
   per card (``read_image``, in this process, after one warm-up image) and the time of the plain command
   ``tesseract IMAGE - -l fra+eng``; prints the median ratio pipeline / tesseract (target ≤ 1).
2. A batch of 20 photos (images repeated to reach 20) read with jobs=1 and jobs=2, wall-clock time
   including starting the worker processes; prints the speed-up (target ≥ 1.7).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from cardbook.ocr.batch import Workers, read_images
from cardbook.ocr.pipeline import ReadOptions, read_image

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic")
TARGET_RATIO = 1.0
TARGET_SPEEDUP = 1.7


def _images(folder: str) -> list[str]:
    return sorted(
        str(path) for path in Path(folder).rglob("*") if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()
    )


def time_tesseract(image: str, lang: str) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    started = time.perf_counter()
    subprocess.run(["tesseract", image, "-", "-l", lang], env=env, capture_output=True, check=False)
    return time.perf_counter() - started


def time_pipeline(image: str, options: ReadOptions) -> tuple[float, int]:
    started = time.perf_counter()
    cards = read_image(image, options)
    return (time.perf_counter() - started) / max(1, len(cards)), len(cards)


def compare_with_tesseract(images: list[str], options: ReadOptions, repeats: int) -> list[float]:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    read_image(images[0], options)  # warm-up: imports, OpenCV initialisation, disk cache
    ratios: list[float] = []
    print(f"{'image':40} {'pipeline s/card':>15} {'tesseract s':>12} {'ratio':>6}")
    for image in images:
        # Alternate the two and keep the best of each, so that a busy moment hurts neither alone.
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(repeats):
            ours.append(time_pipeline(image, options)[0])
            theirs.append(time_tesseract(image, options.lang))
        ratio = min(ours) / min(theirs)
        ratios.append(ratio)
        print(f"{os.path.basename(image)[:40]:40} {min(ours):15.3f} {min(theirs):12.3f} {ratio:6.2f}")
    return ratios


def batch_seconds(images: list[str], options: ReadOptions, jobs: int, workers: Workers = "threads") -> float:
    started = time.perf_counter()
    for _ in read_images(images, options, jobs=jobs, workers=workers):
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.benchmark", description=__doc__)
    parser.add_argument("folder", metavar="DIR", help="images (photos for the batch part: DIR/photos if present)")
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--repeats", type=int, default=2, help="timings per image (best is kept)")
    parser.add_argument("--batch", type=int, default=20, help="images in the jobs=1 / jobs=2 batch (0: skip)")
    parser.add_argument("--no-fallback", action="store_true", help="Tesseract only (no second engine)")
    parser.add_argument(
        "--workers",
        choices=("threads", "processes"),
        default="threads",
        help="batch workers (processes: jobs=2 also pays starting them, jobs=1 runs in this warm process)",
    )
    args = parser.parse_args(argv)
    images = _images(args.folder)
    if not images:
        print(f"no images in {args.folder}", file=sys.stderr)
        return 2
    options = ReadOptions(lang=args.lang, fallback_engine=None if args.no_fallback else "rapidocr")
    print(f"engines: tesseract {args.lang}" + ("" if args.no_fallback else " + rapidocr fallback (if installed)"))
    ratios = compare_with_tesseract(images, options, args.repeats)
    median_ratio = statistics.median(ratios)
    verdict = "ok" if median_ratio <= TARGET_RATIO else "ABOVE"
    print(f"\nmedian ratio pipeline/tesseract: {median_ratio:.2f} (target ≤ {TARGET_RATIO:.1f}) {verdict}")

    if args.batch <= 0:
        return 0
    photos_folder = Path(args.folder) / "photos"
    photos = _images(str(photos_folder)) if photos_folder.is_dir() else images
    batch = [photos[i % len(photos)] for i in range(args.batch)]
    one = batch_seconds(batch, options, jobs=1, workers=args.workers)
    two = batch_seconds(batch, options, jobs=2, workers=args.workers)
    speedup = one / two
    verdict = "ok" if speedup >= TARGET_SPEEDUP else "BELOW"
    print(
        f"batch of {len(batch)} photos ({args.workers}): jobs=1 {one:.2f} s, jobs=2 {two:.2f} s, "
        f"speed-up {speedup:.2f}× (target ≥ {TARGET_SPEEDUP}) {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
