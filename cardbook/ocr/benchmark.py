"""``python -m cardbook.ocr.benchmark DIR``: how fast the pipeline is, against plain Tesseract.

1. For each image, in the same run and on one core each (``OMP_THREAD_LIMIT=1``): the pipeline's time
   per card (``read_image``, in this process, after one warm-up image) and the time of the plain command
   ``tesseract IMAGE - -l fra+eng``; prints the median ratio pipeline / tesseract (target ≤ 1).
   Beside it, plain RapidOCR on the whole image (``baseline``, rapidocr's default detection size, no
   card finding): the photo path must not be slower than that (median ratio pipeline / RapidOCR ≤ 1).
2. A batch of 20 photos (images repeated to reach 20) read with jobs=1 and jobs=2, wall-clock time
   including starting the worker processes; prints the speed-up (target ≥ 1.7).
3. The peak memory (resident set) of a separate process reading that batch with jobs=2, as
   ``cardbook scan --jobs 2`` does (target ≤ 1 GB).

``python -m cardbook.ocr.benchmark --decoding DIR`` measures instead what an image far larger than reading
needs costs (issue 15): for each format, an 80-megapixel page and a 2-megapixel one (made once in DIR, then
reused) are loaded, then read, each in a fresh process; prints each peak resident memory and the ratio of the
two (target: ≤ 600 MB for the reading job on the large one).

The machine may be shared: only ratios measured in the same run mean anything; absolute times vary.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from cardbook.ocr.baseline import read_plain
from cardbook.ocr.batch import Workers, read_images
from cardbook.ocr.loading import IMAGE_SUFFIXES
from cardbook.ocr.pipeline import ReadOptions, read_image
from cardbook.ocr.splits import SPLITS, split_paths

TARGET_RATIO = 1.0
TARGET_SPEEDUP = 1.7
TARGET_RAPID_RATIO = 1.0  # photos: the pipeline no slower than plain RapidOCR on the whole photo
TARGET_PEAK_MB = 1024.0


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


def time_plain_rapidocr(image: str, options: ReadOptions) -> float:
    started = time.perf_counter()
    read_plain(image, "plain-rapidocr", options)
    return time.perf_counter() - started


def compare_with_tesseract(
    images: list[str], options: ReadOptions, repeats: int, rapid: bool = True
) -> tuple[list[float], list[float]]:
    """Per image: pipeline / tesseract command, and pipeline / plain RapidOCR (when ``rapid``)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    read_image(images[0], options)  # warm-up: imports, OpenCV initialisation, disk cache
    if rapid:
        time_plain_rapidocr(images[0], options)  # warm-up: loading the models
    ratios: list[float] = []
    rapid_ratios: list[float] = []
    print(f"{'image':32} {'pipeline s/card':>15} {'tesseract s':>12} {'ratio':>6} {'rapidocr s':>11} {'ratio':>6}")
    for image in images:
        # Alternate the engines and keep the best of each, so that a busy moment hurts none alone.
        ours: list[float] = []
        theirs: list[float] = []
        plain: list[float] = []
        for _ in range(repeats):
            ours.append(time_pipeline(image, options)[0])
            theirs.append(time_tesseract(image, options.lang))
            if rapid:
                plain.append(time_plain_rapidocr(image, options))
        ratio = min(ours) / min(theirs)
        ratios.append(ratio)
        line = f"{os.path.basename(image)[:32]:32} {min(ours):15.3f} {min(theirs):12.3f} {ratio:6.2f}"
        if rapid:
            rapid_ratios.append(min(ours) / min(plain))
            line += f" {min(plain):11.3f} {rapid_ratios[-1]:6.2f}"
        print(line)
    return ratios, rapid_ratios


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


def batch_seconds(images: list[str], options: ReadOptions, jobs: int, workers: Workers = "threads") -> float:
    started = time.perf_counter()
    for _ in read_images(images, options, jobs=jobs, workers=workers):
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.benchmark", description=__doc__)
    parser.add_argument("folder", metavar="DIR", help="images (photos for the batch part: DIR/photos if present)")
    parser.add_argument(
        "--decoding",
        action="store_true",
        help="peak memory of large images per format instead (DIR: where to make them)",
    )
    parser.add_argument("--megapixels", type=float, default=80.0, help="size of the large images of --decoding")
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--repeats", type=int, default=2, help="timings per image (best is kept)")
    parser.add_argument("--batch", type=int, default=20, help="images in the jobs=1 / jobs=2 batch (0: skip)")
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
    ratios, rapid_ratios = compare_with_tesseract(images, options, args.repeats, not args.no_rapidocr_baseline)
    median_ratio = statistics.median(ratios)
    verdict = "ok" if median_ratio <= TARGET_RATIO else "ABOVE"
    print(f"\nmedian ratio pipeline/tesseract: {median_ratio:.2f} (target ≤ {TARGET_RATIO:.1f} on scans) {verdict}")
    if rapid_ratios:
        median_rapid = statistics.median(rapid_ratios)
        verdict = "ok" if median_rapid <= TARGET_RAPID_RATIO else "ABOVE"
        print(
            f"median ratio pipeline/plain RapidOCR: {median_rapid:.2f} "
            f"(target ≤ {TARGET_RAPID_RATIO:.1f} on photos) {verdict}"
        )

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
    if not args.no_memory:
        peak = peak_memory_mb(batch, args.lang)
        verdict = "ok" if peak <= TARGET_PEAK_MB else "ABOVE"
        print(f"peak memory reading the batch with jobs=2: {peak:.0f} MB (target ≤ {TARGET_PEAK_MB:.0f} MB) {verdict}")
    print(f"machine load after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
