"""``python -m cardbook.ocr.benchmark DIR``: how fast the pipeline is, against plain Tesseract.

1. For each image, in the same run and on one core each (``OMP_THREAD_LIMIT=1``): the pipeline's time
   per card (``read_image``, in this process, after one warm-up image and ``warm_up.warm_up``) and the time
   of the plain command
   ``tesseract IMAGE - -l fra+eng``; prints the median ratio pipeline / tesseract (target ≤ 1).
   Beside it, plain RapidOCR on the whole image (``baseline``, rapidocr's default detection size, no
   card finding): the photo path must not be slower than that (median ratio pipeline / RapidOCR ≤ 1).
   Beside the wall-clock ratios, the same ratios in CPU seconds (this process's against the command's): on
   a machine shared with other jobs the wall clock also counts the time each waited for a core, the CPU
   time only the work.
2. A batch of 20 photos (images repeated to reach 20) read with jobs=1 and jobs=2, wall-clock time; the
   two are timed ``--batch-repeats`` times, alternated in both orders (1 then 2, 2 then 1, ...), and the
   median of the speed-ups is printed (target ≥ 1.7): a single pair moves with the other jobs on the
   machine. ``--cold``: each batch in a fresh process, as ``cardbook scan`` runs (imports, word lists and
   models loaded by the batch).
3. The peak memory (resident set) of a separate process reading that batch with jobs=2, as
   ``cardbook scan --jobs 2`` does (target ≤ 1 GB).

``python -m cardbook.ocr.benchmark --command DIR...`` times instead what a user times, the whole
``cardbook scan`` command: ``benchmark_command``.

``python -m cardbook.ocr.benchmark --decoding DIR`` measures instead what an image far larger than reading
needs costs (issue 15): for each format, an 80-megapixel page and a 2-megapixel one (made once in DIR, then
reused) are loaded, then read, each in a fresh process; prints each peak resident memory and the ratio of the
two (target: ≤ 600 MB for the reading job on the large one).

The machine may be shared: only ratios measured in the same run mean anything; absolute times vary.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from cardbook.ocr import batch as batch_module
from cardbook.ocr.baseline import read_plain
from cardbook.ocr.batch import Workers, read_images
from cardbook.ocr.benchmark_command import (
    TARGET_PEAK_MB,
    TARGET_SPEEDUP,
    alternated_pairs,
    median_speedup,
    report_against,
    report_command,
)
from cardbook.ocr.loading import IMAGE_SUFFIXES
from cardbook.ocr.pipeline import ReadOptions, read_image
from cardbook.ocr.splits import SPLITS, split_paths
from cardbook.ocr.thread_time import timing_calls
from cardbook.ocr.warm_up import warm_up

TARGET_RATIO = 1.0
TARGET_RAPID_RATIO = 1.0  # photos: the pipeline no slower than plain RapidOCR on the whole photo


def _images(folder: str) -> list[str]:
    return sorted(
        str(path) for path in Path(folder).rglob("*") if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_tesseract(image: str, lang: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the plain command on ``image``."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    started, started_cpu = time.perf_counter(), _children_cpu()
    subprocess.run(["tesseract", image, "-", "-l", lang], env=env, capture_output=True, check=False)
    return time.perf_counter() - started, _children_cpu() - started_cpu


def time_pipeline(image: str, options: ReadOptions) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds per card of the pipeline on ``image``, and its number of cards."""
    started, started_cpu = time.perf_counter(), time.process_time()
    cards = read_image(image, options)
    count = max(1, len(cards))
    return (time.perf_counter() - started) / count, (time.process_time() - started_cpu) / count, len(cards)


def time_plain_rapidocr(image: str, options: ReadOptions) -> tuple[float, float]:
    started, started_cpu = time.perf_counter(), time.process_time()
    read_plain(image, "plain-rapidocr", options)
    return time.perf_counter() - started, time.process_time() - started_cpu


@dataclass
class Ratios:
    """Per image, pipeline / plain command, wall-clock and CPU; the same against plain RapidOCR."""

    tesseract: list[float] = field(default_factory=list)
    tesseract_cpu: list[float] = field(default_factory=list)
    rapid: list[float] = field(default_factory=list)
    rapid_cpu: list[float] = field(default_factory=list)


def compare_with_tesseract(images: list[str], options: ReadOptions, repeats: int, rapid: bool = True) -> Ratios:
    """Per image: pipeline / tesseract command, and pipeline / plain RapidOCR (when ``rapid``)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    read_image(images[0], options)  # warm-up: imports, OpenCV initialisation, disk cache
    # What every card loads once per process (RapidOCR's models too, which the first image may not need): with
    # one repeat, the first image that needs them would pay it in its timing.
    warm_up(options.fallback() is not None).join()
    if rapid:
        time_plain_rapidocr(images[0], options)  # warm-up: loading the models
    ratios = Ratios()
    print(
        f"{'image':28} {'pipeline s/card':>15} {'tesseract s':>12} {'ratio':>6} {'CPU':>5}"
        + (f" {'rapidocr s':>11} {'ratio':>6} {'CPU':>5}" if rapid else "")
    )
    for image in images:
        # Alternate the engines and keep the best of each, so that a busy moment hurts none alone.
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        plain: list[tuple[float, float]] = []
        for _ in range(repeats):
            ours.append(time_pipeline(image, options)[:2])
            theirs.append(time_tesseract(image, options.lang))
            if rapid:
                plain.append(time_plain_rapidocr(image, options))
        wall, cpu = min(t for t, _ in ours), min(c for _, c in ours)
        ratios.tesseract.append(wall / min(t for t, _ in theirs))
        ratios.tesseract_cpu.append(cpu / max(1e-3, min(c for _, c in theirs)))
        line = (
            f"{os.path.basename(image)[:28]:28} {wall:15.3f} {min(t for t, _ in theirs):12.3f} "
            f"{ratios.tesseract[-1]:6.2f} {ratios.tesseract_cpu[-1]:5.2f}"
        )
        if rapid:
            ratios.rapid.append(wall / min(t for t, _ in plain))
            ratios.rapid_cpu.append(cpu / max(1e-3, min(c for _, c in plain)))
            line += f" {min(t for t, _ in plain):11.3f} {ratios.rapid[-1]:6.2f} {ratios.rapid_cpu[-1]:5.2f}"
        print(line, flush=True)
    return ratios


# The peak as VmHWM, not ru_maxrss: Linux carries ru_maxrss over `exec`, so a child of this process (which has
# read the whole batch twice by then, or made 80 MP pages) would report the parent's peak, not its own.
_VMHWM = """
try:
    with open("/proc/self/status") as status:
        print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_PEAK_SCRIPT = (
    """
import resource, sys
from cardbook.ocr.batch import read_images
from cardbook.ocr.pipeline import ReadOptions
for _ in read_images(sys.argv[2:], ReadOptions(lang=sys.argv[1]), jobs=2):
    pass
"""
    + _VMHWM
)


def peak_memory_mb(images: list[str], lang: str) -> float:
    """Peak resident memory (MB) of a fresh process reading ``images`` with jobs=2 (threads, as the CLI)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, lang, *images], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1]) / 1024.0  # ru_maxrss is in kilobytes on Linux


_DECODE_SCRIPT = (
    """
import resource, sys
from cardbook.ocr.loading import load_image
from cardbook.ocr.pipeline import ReadOptions, read_image
if sys.argv[1] == "load":
    load_image(sys.argv[2])
else:
    read_image(sys.argv[2], ReadOptions(lang="fra+eng"))
"""
    + _VMHWM
)
DECODING_FORMATS = (("JPEG", ".jpg"), ("PNG", ".png"), ("TIFF", ".tif"), ("WebP", ".webp"), ("HEIC", ".heic"))
TARGET_DECODING_MB = 600.0


def _page(width: int, height: int) -> Image.Image:
    """A white page with dark bars where lines of print would be: what a scan of a card sheet looks like to
    the decoders (the content does not change how much memory decoding takes, only how fast files shrink)."""
    from PIL import ImageDraw

    page = Image.new("RGB", (width, height), (248, 247, 242))
    draw = ImageDraw.Draw(page)
    line = max(4, height // 60)
    for top in range(height // 10, height * 9 // 10, line * 3):
        draw.rectangle((width // 10, top, width * (5 + top % 4) // 10, top + line), fill=(30, 30, 40))
    return page


def make_decoding_set(folder: Path, megapixels: float = 80.0) -> dict[str, tuple[Path, Path]]:
    """Per format: (a 2-megapixel page, a `megapixels` one), written once into `folder`."""
    import pillow_heif

    folder.mkdir(parents=True, exist_ok=True)
    large_w = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    sizes = {"small": (1632, 1224), "large": (large_w, large_w * 3 // 4)}
    made: dict[str, tuple[Path, Path]] = {}
    for name, suffix in DECODING_FORMATS:
        paths = []
        for label, (width, height) in sizes.items():
            path = folder / f"{label}-{width}x{height}{suffix}"
            if not path.is_file():
                print(f"making {path.name}…", flush=True)
                page = _page(width, height)
                if name == "HEIC":  # x265's fastest preset: the default takes minutes on 80 MP
                    pillow_heif.from_pillow(page).save(str(path), quality=40, enc_params={"preset": "ultrafast"})
                elif name == "WebP":
                    page.save(path, quality=60, method=0)
                elif name == "TIFF":
                    page.save(path, compression="tiff_deflate")
                else:
                    page.save(path)
            paths.append(path)
        made[name] = (paths[0], paths[1])
    return made


def decoding_peak_mb(path: Path, what: str) -> float:
    """Peak resident memory (MB) of a fresh process that loads (`what`="load") or reads ("read") one image."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(
        [sys.executable, "-c", _DECODE_SCRIPT, what, str(path)], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1]) / 1024.0


def report_decoding(folder: Path, megapixels: float) -> int:
    images = make_decoding_set(folder, megapixels)
    print(f"{'format':7} {'job':5} {'2 MP MB':>8} {f'{megapixels:.0f} MP MB':>9} {'ratio':>6}  target")
    worst = 0.0
    for name, (small, large) in images.items():
        for what in ("load", "read"):
            base, peak = decoding_peak_mb(small, what), decoding_peak_mb(large, what)
            worst = max(worst, peak) if what == "read" else worst
            verdict = "ok" if peak <= TARGET_DECODING_MB else "ABOVE"
            print(
                f"{name:7} {what:5} {base:8.0f} {peak:9.0f} {peak / base:6.2f}  ≤ {TARGET_DECODING_MB:.0f} MB {verdict}"
            )
    print(f"largest reading job: {worst:.0f} MB (target ≤ {TARGET_DECODING_MB:.0f} MB)")
    return 0


_COLD_BATCH_SCRIPT = """
import sys, time
started = time.perf_counter()
from cardbook.ocr.batch import read_images
from cardbook.ocr.pipeline import ReadOptions
lang, jobs, workers, fallback, choose = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
options = ReadOptions(lang=lang, fallback_engine=fallback or None, choose_engine=choose == "1")
for _ in read_images(sys.argv[6:], options, jobs=jobs, workers=workers):
    pass
print(time.perf_counter() - started)
"""


@dataclass(frozen=True)
class BatchTiming:
    wall: float  # seconds
    unloaded: float | None  # the same without the threads' waits for a core (``thread_time``; None: cold)
    cpu: float = 0.0  # the reading threads' CPU seconds, all together
    waiting_share: float = 0.0  # share of the reading threads' time spent waiting for a core
    blocked_share: float = 0.0  # share spent blocked (the GIL, a table another thread loads)


def batch_seconds(
    images: list[str], options: ReadOptions, jobs: int, workers: Workers = "threads", cold: bool = False
) -> BatchTiming:
    """Time to read ``images`` with ``jobs`` workers: in this (warm) process, or ``cold`` in a fresh one,
    from its imports on, as ``cardbook scan`` reads a batch."""
    if cold:
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        choose = "1" if options.choose_engine else "0"
        arguments = [options.lang, str(jobs), workers, options.fallback_engine or "", choose, *images]
        done = subprocess.run(
            [sys.executable, "-c", _COLD_BATCH_SCRIPT, *arguments], env=env, capture_output=True, text=True, check=True
        )
        return BatchTiming(float(done.stdout.split()[-1]), None)
    with timing_calls(batch_module, "read_image") as threads:
        started = time.perf_counter()
        for _ in read_images(images, options, jobs=jobs, workers=workers):
            pass
        wall = time.perf_counter() - started
    if not threads.available or workers != "threads":
        return BatchTiming(wall, None)
    return BatchTiming(
        wall, threads.unloaded_seconds(), threads.cpu_seconds(), threads.waiting_share(), threads.blocked_share()
    )


def report_batch(batch: list[str], options: ReadOptions, workers: Workers, cold: bool, repeats: int) -> None:
    where = "a fresh process each" if cold else "this process"
    print(f"batch of {len(batch)} photos ({workers}, {where}), jobs=1 and jobs=2 alternated:")

    def measure(jobs: int) -> BatchTiming:
        timing = batch_seconds(batch, options, jobs=jobs, workers=workers, cold=cold)
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        line = f"  jobs={jobs}: {timing.wall:.2f} s"
        if timing.unloaded is not None:
            line += (
                f" (without waits for a core {timing.unloaded:.2f} s; CPU {timing.cpu:.2f} s in all; waiting for a"
                f" core {timing.waiting_share:.0%}, blocked {timing.blocked_share:.0%} of the threads' time)"
            )
        print(f"{line}; load {load}", flush=True)
        return timing

    pairs = alternated_pairs(measure, max(1, repeats))
    speedup = median_speedup([(one.wall, two.wall) for one, two in pairs])
    verdict = "ok" if speedup >= TARGET_SPEEDUP else "BELOW"
    one = statistics.median(one.wall for one, _ in pairs)
    two = statistics.median(two.wall for _, two in pairs)
    print(
        f"batch of {len(batch)} photos: median jobs=1 {one:.2f} s, jobs=2 {two:.2f} s; median speed-up of "
        f"{len(pairs)} pairs {speedup:.2f}× (target ≥ {TARGET_SPEEDUP}) {verdict}"
    )
    unloaded = [(one.unloaded, two.unloaded) for one, two in pairs]
    if all(a is not None and b is not None and b > 0 for a, b in unloaded):
        estimate = statistics.median(a / b for a, b in unloaded if a is not None and b)
        print(
            f"  without the threads' waits for a core (an estimate of the speed-up on an idle machine, "
            f"pessimistic: see thread_time.py): median {estimate:.2f}×"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.benchmark", description=__doc__)
    parser.add_argument("folder", metavar="DIR", help="images (photos for the batch part: DIR/photos if present)")
    parser.add_argument("more", metavar="DIR", nargs="*", help="with --command: more folders for the command")
    parser.add_argument(
        "--command",
        action="store_true",
        help="time the whole `cardbook scan --json --jobs 1|2 DIR...` command instead (as a user times it)",
    )
    parser.add_argument(
        "--against",
        metavar="TREE",
        help="with --command: also time another version's source tree (e.g. `git archive main`), alternated",
    )
    parser.add_argument(
        "--decoding",
        action="store_true",
        help="peak memory of large images per format instead (DIR: where to make them)",
    )
    parser.add_argument("--megapixels", type=float, default=80.0, help="size of the large images of --decoding")
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--repeats", type=int, default=2, help="timings per image (best is kept)")
    parser.add_argument("--batch", type=int, default=20, help="images in the jobs=1 / jobs=2 batch (0: skip)")
    parser.add_argument(
        "--batch-repeats", type=int, default=3, help="jobs=1 / jobs=2 pairs, alternated; the median is kept"
    )
    parser.add_argument("--cold", action="store_true", help="each batch in a fresh process (imports, loads)")
    parser.add_argument("--no-fallback", action="store_true", help="Tesseract only (no second engine)")
    parser.add_argument("--no-rapidocr-baseline", action="store_true", help="skip timing plain RapidOCR")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory measurement")
    parser.add_argument("--split", choices=SPLITS, help="only this half of the folder (see evaluate --split)")
    parser.add_argument(
        "--no-engine-choice", action="store_true", help="Tesseract first on every card (no photo → RapidOCR route)"
    )
    parser.add_argument(
        "--workers",
        choices=("threads", "processes"),
        default="threads",
        help="batch workers (processes: jobs=2 also pays starting them, jobs=1 runs in this warm process)",
    )
    args = parser.parse_args(argv)
    if args.decoding:
        return report_decoding(Path(args.folder), args.megapixels)
    if args.more and not args.command:
        parser.error("several folders only with --command")
    if args.command:
        if args.against:
            return report_against([args.folder, *args.more], args.lang, args.batch_repeats, args.against)
        return report_command([args.folder, *args.more], args.lang, args.batch_repeats)
    images = _images(args.folder)
    if args.split:
        images = [str(path) for path in split_paths([Path(image) for image in images], args.split)]
    if not images:
        print(f"no images in {args.folder}", file=sys.stderr)
        return 2
    options = ReadOptions(
        lang=args.lang,
        fallback_engine=None if args.no_fallback else "rapidocr",
        choose_engine=not args.no_engine_choice,
    )
    print(f"engines: tesseract {args.lang}" + ("" if args.no_fallback else " + rapidocr fallback (if installed)"))
    print(
        f"machine load before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min) on {os.cpu_count()} cores"
    )
    ratios = compare_with_tesseract(images, options, args.repeats, not args.no_rapidocr_baseline)
    median_ratio = statistics.median(ratios.tesseract)
    verdict = "ok" if median_ratio <= TARGET_RATIO else "ABOVE"
    print(
        f"\nmedian ratio pipeline/tesseract: {median_ratio:.2f} (target ≤ {TARGET_RATIO:.1f} on scans) {verdict}; "
        f"in CPU time {statistics.median(ratios.tesseract_cpu):.2f}"
    )
    if ratios.rapid:
        median_rapid = statistics.median(ratios.rapid)
        verdict = "ok" if median_rapid <= TARGET_RAPID_RATIO else "ABOVE"
        print(
            f"median ratio pipeline/plain RapidOCR: {median_rapid:.2f} "
            f"(target ≤ {TARGET_RAPID_RATIO:.1f} on photos) {verdict}; "
            f"in CPU time {statistics.median(ratios.rapid_cpu):.2f}"
        )

    if args.batch <= 0:
        return 0
    photos_folder = Path(args.folder) / "photos"
    photos = _images(str(photos_folder)) if photos_folder.is_dir() else images
    batch = [photos[i % len(photos)] for i in range(args.batch)]
    report_batch(batch, options, args.workers, args.cold, args.batch_repeats)
    if not args.no_memory:
        peak = peak_memory_mb(batch, args.lang)
        verdict = "ok" if peak <= TARGET_PEAK_MB else "ABOVE"
        print(f"peak memory reading the batch with jobs=2: {peak:.0f} MB (target ≤ {TARGET_PEAK_MB:.0f} MB) {verdict}")
    print(f"machine load after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
