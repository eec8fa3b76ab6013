"""``python -m cardbook.ocr.evaluate DIR [DIR...]``: accuracy of the pipeline against ground truth.

Each image ``X.jpg`` with a ``X.json`` beside it (docs/EVALUATION_FORMAT.md) is read by the pipeline; the
figures printed are per-field precision/recall/F1, the share of cards needing no edit, text CER and the
median seconds per card, each beside its target. The images are only read from where they are.

- ``--split tune|report``: only one half of each folder (``splits``): tune thresholds on ``tune``, quote
  figures on ``report``, so no card both shapes a rule and vouches for it;
- ``--misses``: for each field, every card where it was wrong, expected beside predicted;
- ``--json FILE``: the figures and per-card misses as JSON (``-`` for standard output);
- ``--engine plain-rapidocr|plain-tesseract``: one engine on the whole image, no card finding, the same
  parser: the baselines the pipeline is compared with;
- ``--per-folder``: a summary for each folder, then the total (hard sets are written a folder per kind).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cardbook.ocr.baseline import PLAIN_ENGINES, PlainEngine, read_images_plain
from cardbook.ocr.batch import read_images
from cardbook.ocr.eval_report import (
    TARGET_CER,
    TARGET_NO_EDIT,
    TARGETS,
    CardOutcome,
    Summary,
    card_diff,
    print_misses,
    print_summary,
    to_json,
)
from cardbook.ocr.jsonout import card_to_dict
from cardbook.ocr.loading import IMAGE_SUFFIXES
from cardbook.ocr.pipeline import CardResult, ReadOptions
from cardbook.ocr.prepare import PrepareOptions
from cardbook.ocr.scoring import score_card, text_errors
from cardbook.ocr.splits import SPLITS, Split, split_items

__all__ = ["TARGETS", "TARGET_CER", "TARGET_NO_EDIT", "evaluate", "find_pairs", "main"]


def find_pairs(folders: Sequence[str], split: Split | None = None) -> list[tuple[Path, Path]]:
    """(image, truth) pairs of the folders, in name order; only the ``split`` half of each when given."""
    pairs: list[tuple[Path, Path]] = []
    for folder in folders:
        for image in sorted(Path(folder).iterdir()):
            truth = image.with_suffix(".json")
            if image.suffix.lower() in IMAGE_SUFFIXES and truth.exists():
                pairs.append((image, truth))
    return split_items(pairs, split) if split is not None else pairs


def pick_card(cards: list[dict[str, Any]], truth_lines: list[str]) -> dict[str, Any]:
    """The ground truth describes one card of the photo; when several were found (a second card beside it, the
    back lying next to the front), the one it describes: the card whose text is closest to the truth's words
    (fewest character edits, the measure of the text CER), then the one with more text. The card with the most
    text, chosen before, scored a second card read rightly as a miss of the first."""

    def distance(card: dict[str, Any]) -> tuple[int, int]:
        text = card.get("text") or ""
        cost, _length = text_errors(text, truth_lines)
        return cost, -len(text)

    return min(cards, key=distance)


def _readings(paths: list[str], options: ReadOptions, jobs: int, engine: str) -> Iterator[tuple[str, list[CardResult]]]:
    if engine == "pipeline":
        return read_images(paths, options, jobs=jobs)
    kind: PlainEngine = "plain-rapidocr" if engine == "plain-rapidocr" else "plain-tesseract"
    return read_images_plain(paths, kind, options, jobs)


def score_folder(
    pairs: list[tuple[Path, Path]], options: ReadOptions, jobs: int, engine: str, verbose: bool
) -> tuple[Summary, int]:
    """Read and score every pair; returns the outcomes and how many images gave several cards."""
    summary = Summary()
    several = 0
    truths = {str(image): json.loads(truth.read_text(encoding="utf-8")) for image, truth in pairs}
    for path, results in _readings([str(image) for image, _ in pairs], options, jobs, engine):
        cards = [card_to_dict(result, path) for result in results]
        several += len(cards) > 1
        truth = truths[path]
        card = pick_card(cards, truth.get("lines") or [])
        cost, length = text_errors(card.get("text") or "", truth.get("lines") or [])
        engine_used = results[cards.index(card)].engine
        outcome = CardOutcome(path, card, truth, score_card(card, truth), cost, length, engine_used)
        summary.outcomes.append(outcome)
        if verbose:
            status = "ok " if outcome.score.needs_no_edit else "EDIT"
            print(
                f"{status} {path}  cer={outcome.cer:.2f}  {card['seconds']}s  {outcome.engine}  "
                f"{card.get('error') or ''}"
            )
            for note in card_diff(outcome):
                print(note)
    return summary, several


def evaluate(
    folders: Sequence[str],
    options: ReadOptions,
    jobs: int,
    verbose: bool,
    split: Split | None = None,
    engine: str = "pipeline",
    misses: bool = False,
    json_path: str | None = None,
    per_folder: bool = False,
) -> int:
    groups = [[folder] for folder in folders] if per_folder and len(folders) > 1 else [list(folders)]
    everything = Summary()
    several_total = 0
    reports: list[dict[str, Any]] = []
    settings = {"engine": engine, "split": split, "lang": options.lang, "region": options.region, "jobs": jobs}
    for group in groups:
        pairs = find_pairs(group, split)
        if not pairs:
            print(f"no images with ground truth found in {', '.join(group)}", file=sys.stderr)
            continue
        summary, several = score_folder(pairs, options, jobs, engine, verbose)
        everything.outcomes += summary.outcomes
        several_total += several
        where = f"{', '.join(group)}" + (f" ({split} half)" if split else "")
        heading = f"{len(pairs)} cards from {where} (lang {options.lang}, region {options.region}, {engine})"
        print_summary(summary, heading, jobs, several)
        if misses:
            print_misses(summary)
        reports.append(to_json(summary, {**settings, "folders": group}))
    if not everything.outcomes:
        return 2
    if len(groups) > 1:
        print_summary(everything, f"all {len(everything.outcomes)} cards", jobs, several_total)
    if json_path is not None:
        document = reports[0] if len(reports) == 1 else {"groups": reports, **to_json(everything, settings)}
        text = json.dumps(document, ensure_ascii=False, indent=1)
        if json_path == "-":
            print(text)
        else:
            Path(json_path).write_text(text, encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.evaluate", description=__doc__)
    parser.add_argument("folders", nargs="+", metavar="DIR")
    parser.add_argument("--lang", default="fra+eng")
    parser.add_argument("--region", default="FR")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every card's differences")
    parser.add_argument("--split", choices=SPLITS, help="only this half of each folder (tune on one, report the other)")
    parser.add_argument("--misses", action="store_true", help="for each field, the cards where it was wrong")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON to FILE ('-': standard output)")
    parser.add_argument("--engine", choices=("pipeline", *PLAIN_ENGINES), default="pipeline")
    parser.add_argument("--per-folder", action="store_true", help="a summary for each folder, then the total")
    parser.add_argument(
        "--no-engine-choice", action="store_true", help="Tesseract first on every card (no photo → RapidOCR route)"
    )
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
        choose_engine=not args.no_engine_choice,
    )
    return evaluate(
        args.folders,
        options,
        args.jobs,
        args.verbose,
        split=args.split,
        engine=args.engine,
        misses=args.misses,
        json_path=args.json,
        per_folder=args.per_folder,
    )


if __name__ == "__main__":
    sys.exit(main())
