"""``python -m cardbook.ocr.evaluate DIR [DIR...]``: accuracy of the pipeline against ground truth.

Each image ``X.jpg`` with a ``X.json`` beside it (cards/SCHEMA.md) is read by the pipeline; the
figures printed are per-field precision/recall/F1, the share of cards needing no edit, text CER and the
median seconds per card, each beside its target. The images are only read from where they are.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cardbook.ocr.batch import read_images
from cardbook.ocr.jsonout import card_to_dict
from cardbook.ocr.pipeline import ReadOptions
from cardbook.ocr.prepare import PrepareOptions
from cardbook.ocr.scoring import SCORED_FIELDS, FieldCounts, score_card, text_errors

TARGETS = {
    "name": 0.90,
    "title": 0.80,
    "company": 0.85,
    "emails": 0.95,
    "phones": 0.95,
    "websites": 0.95,
    "address": 0.80,
}
TARGET_NO_EDIT = 0.50
TARGET_CER = 0.10
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic")


def find_pairs(folders: Sequence[str]) -> list[tuple[Path, Path]]:
    pairs: list[tuple[Path, Path]] = []
    for folder in folders:
        for image in sorted(Path(folder).iterdir()):
            truth = image.with_suffix(".json")
            if image.suffix.lower() in IMAGE_SUFFIXES and truth.exists():
                pairs.append((image, truth))
    return pairs


def _pick_card(cards: list[dict[str, Any]]) -> dict[str, Any]:
    """The ground truth describes one card; if several were found, the one with the most text."""
    return max(cards, key=lambda card: len(card.get("text") or ""))


def _diff(predicted: dict[str, Any], truth: dict[str, Any], counts: dict[str, FieldCounts]) -> list[str]:
    notes = []
    for name in SCORED_FIELDS:
        count = counts[name]
        if count.fp or count.fn:
            got = predicted.get(name)
            want = truth.get(name)
            if name == "phones":
                got = [p["number"] for p in got or []]
                want = [p["number"] for p in want or []]
            shown = json.dumps(got, ensure_ascii=False), json.dumps(want, ensure_ascii=False)
            notes.append(f"    {name:9} got {shown[0]}  want {shown[1]}")
    return notes


def evaluate(folders: Sequence[str], options: ReadOptions, jobs: int, verbose: bool) -> int:
    pairs = find_pairs(folders)
    if not pairs:
        print("no images with ground truth found", file=sys.stderr)
        return 2
    totals = {name: FieldCounts() for name in SCORED_FIELDS}
    no_edit = 0
    edits = reference = 0
    seconds: list[float] = []
    several = 0
    truths = {str(image): json.loads(truth.read_text(encoding="utf-8")) for image, truth in pairs}
    for path, results in read_images([str(image) for image, _ in pairs], options, jobs=jobs):
        cards = [card_to_dict(result, path) for result in results]
        several += len(cards) > 1
        card = _pick_card(cards)
        truth = truths[path]
        score = score_card(card, truth)
        for name, count in score.counts.items():
            totals[name].tp += count.tp
            totals[name].fp += count.fp
            totals[name].fn += count.fn
        no_edit += score.needs_no_edit
        cost, length = text_errors(card.get("text") or "", truth.get("lines") or [])
        edits += cost
        reference += length
        seconds += [float(c["seconds"]) for c in cards]
        if verbose:
            status = "ok " if score.needs_no_edit else "EDIT"
            print(f"{status} {path}  cer={cost / max(1, length):.2f}  {card['seconds']}s  {card.get('error') or ''}")
            for note in _diff(card, truth, score.counts):
                print(note)
    total_cards = len(pairs)
    print(f"\n{total_cards} cards from {', '.join(folders)} (lang {options.lang}, region {options.region})")
    print(f"{'field':10} {'P':>6} {'R':>6} {'F1':>6} {'target':>7}")
    for name in SCORED_FIELDS:
        c = totals[name]
        mark = "ok" if c.f1 >= TARGETS[name] else "BELOW"
        print(f"{name:10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {TARGETS[name]:7.2f}  {mark}")
    share = no_edit / total_cards
    cer = edits / max(1, reference)
    print(
        f"{'no edit':10} {share:6.3f} ({no_edit}/{total_cards})  target ≥ {TARGET_NO_EDIT:.2f}  "
        f"{'ok' if share >= TARGET_NO_EDIT else 'BELOW'}"
    )
    print(f"{'text CER':10} {cer:6.3f}  target ≤ {TARGET_CER:.2f}  {'ok' if cer <= TARGET_CER else 'ABOVE'}")
    print(f"{'seconds':10} median {statistics.median(seconds):.3f} per card (jobs={jobs})")
    if several:
        print(f"note: {several} image(s) gave more than one card; the one with the most text was scored")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.evaluate", description=__doc__)
    parser.add_argument("folders", nargs="+", metavar="DIR")
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--region", default="FR")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every card's differences")
    # Image-preparation settings, to compare them by measurement.
    parser.add_argument("--letter-px", type=float, default=PrepareOptions().target_letter_px)
    parser.add_argument("--max-upscale", type=float, default=PrepareOptions().max_upscale)
    parser.add_argument("--min-letter-px", type=float, default=PrepareOptions().min_letter_px)
    parser.add_argument("--max-letter-px", type=float, default=PrepareOptions().max_letter_px)
    parser.add_argument("--no-fallback", action="store_true", help="Tesseract only (no second engine)")
    parser.add_argument("--psm", type=int, default=ReadOptions().psm, help="Tesseract page segmentation mode")
    parser.add_argument("--no-invert", action="store_true")
    parser.add_argument("--no-flatten", action="store_true")
    parser.add_argument("--clahe", action="store_true")
    args = parser.parse_args(argv)
    prepare = PrepareOptions(
        target_letter_px=args.letter_px,
        max_upscale=args.max_upscale,
        invert_dark_regions=not args.no_invert,
        flatten=not args.no_flatten,
        clahe=args.clahe,
        min_letter_px=args.min_letter_px,
        max_letter_px=args.max_letter_px,
    )
    options = ReadOptions(
        lang=args.lang,
        region=args.region,
        psm=args.psm,
        prepare=prepare,
        fallback_engine=None if args.no_fallback else "rapidocr",
    )
    return evaluate(args.folders, options, args.jobs, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
