"""``python -m cardbook.ocr.detect_eval DIR [DIR…]``: how well card finding matches known card corners.

Every ``X.jpg`` with an ``X.json`` holding ``cards`` (or ``corners``) — as written by
``tests/ocr/photo_set.py`` — is loaded the way the pipeline loads it and passed to ``find_cards``. A true
card counts as found when some detected quad covers it with intersection-over-union ≥ ``FOUND_IOU``
(both clipped to the frame, so a card running off the edge can be found). Corner error is the mean
distance of the four corners to the truth, in % of the card's diagonal, taken over found cards that lie
wholly inside the frame (an off-frame corner cannot be seen, so it cannot be scored) and over the four
cyclic orders (which corner is "top-left" is decided later, by orientation). Printed: found / missed,
whole-photo and text-region fallbacks, extra detections, corner error mean / median / 90th percentile,
detection time, and the misses by surface, card style, scene and trait. A truth's ``cut_cards`` (a card running past
the frame beside a whole one) are neither to find nor extra: what the finder gave for them is counted apart,
with the found cards it marked cut beside a whole one (the reader leaves those out).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from cardbook.ocr.detect import CardQuad, find_cards
from cardbook.ocr.loading import load_image
from cardbook.ocr.types import Points

FOUND_IOU = 0.8  # a detection overlapping the truth this much is the card (a rough crop is still usable)
# Misses counted by these truth keys (``scene``: --kind user, cases, real, more; ``trait``: photo_design_set).
BREAKDOWN = ("surface", "style", "scene", "trait")
# With ``-v``, found cards whose corner error (% of the diagonal) is above this are named too: a found card
# this far off has a side on a shadow, a patch of desk or a panel (most found cards lie under 1 %).
ROUGH_ERROR = 3.0


@dataclass
class Tally:
    cards: int = 0
    found: int = 0
    whole_photo: int = 0
    text_region: int = 0
    extra: int = 0
    no_card: int = 0
    whole_with_card: int = 0  # photos holding a card stored with the photo's own edges as corners
    cut_cards: int = 0  # cards of the truth's ``cut_cards``: running past the frame beside a whole card
    cut_returned: int = 0  # …returned by the finder (marked ``cut`` or not)
    cut_marked: int = 0  # …returned marked ``cut`` (the reader reports them instead of reading them)
    found_left_out: int = 0  # found cards marked cut beside an unmarked one: the reader would leave them out


def clipped_iou(a: Points, b: Points, width: int, height: int) -> float:
    masks = []
    for quad in (a, b):
        mask = np.zeros((height, width), np.uint8)
        cv2.fillPoly(mask, [np.round(quad).astype(np.int32)], 255)
        masks.append(mask > 0)
    union = int(np.count_nonzero(masks[0] | masks[1]))
    return int(np.count_nonzero(masks[0] & masks[1])) / union if union else 0.0


def corner_error(found: Points, truth: Points) -> float:
    """Mean corner distance in % of the true card's diagonal, over the four cyclic orders of ``found``."""
    diagonal = float(np.linalg.norm(truth[0] - truth[2]))
    best = min(float(np.linalg.norm(np.roll(found, shift, axis=0) - truth, axis=1).mean()) for shift in range(4))
    return 100.0 * best / diagonal


def _inside(quad: Points, width: int, height: int) -> bool:
    xs, ys = quad[:, 0], quad[:, 1]
    return bool((xs >= 0).all() and (ys >= 0).all() and (xs < width).all() and (ys < height).all())


def evaluate(folder: Path | Sequence[Path], verbose: bool = False) -> None:
    """Finds the cards of every photo with a truth under ``folder`` (or each of several folders), subfolders
    included (``photo_design_set`` writes a folder per trait), and prints the tallies."""
    folders = [folder] if isinstance(folder, Path) else list(folder)
    tally = Tally()
    errors: list[float] = []
    seconds: list[float] = []
    missed_by: dict[str, Counter[str]] = {key: Counter() for key in BREAKDOWN}
    seen_by: dict[str, Counter[str]] = {key: Counter() for key in BREAKDOWN}
    for json_path in sorted(path for folder in folders for path in folder.rglob("*.json")):
        truth: dict[str, Any] = json.loads(json_path.read_text(encoding="utf-8"))
        # "image" is relative to the evaluation set ("frame/photo-009.jpg"): the file sits beside its truth.
        image_path = json_path.with_name(Path(truth.get("image", json_path.stem + ".jpg")).name)
        cards = truth.get("cards") or ([truth["corners"]] if truth.get("corners") else [])
        if not image_path.is_file():
            continue
        loaded = load_image(image_path)
        height, width = loaded.pixels.shape[:2]
        started = time.perf_counter()
        quads: list[CardQuad] = find_cards(loaded.pixels)
        seconds.append(time.perf_counter() - started)
        if not quads:
            tally.no_card += 1
        tally.whole_photo += sum(1 for quad in quads if quad.whole_image)
        tally.text_region += sum(1 for quad in quads if getattr(quad, "text_region", False))
        matched: set[int] = set()
        for number, corners in enumerate(cards):
            true_quad = np.asarray(corners, np.float32) * loaded.scale
            tally.cards += 1
            for key in missed_by:
                seen_by[key][str(truth.get(key, "?"))] += 1
            scores = [clipped_iou(quad.corners, true_quad, width, height) for quad in quads]
            best = int(np.argmax(scores)) if scores else -1
            if best >= 0 and scores[best] >= FOUND_IOU and best not in matched:
                matched.add(best)
                tally.found += 1
                if _inside(true_quad, width, height):
                    errors.append(corner_error(quads[best].corners, true_quad))
                    if verbose and errors[-1] > ROUGH_ERROR:
                        name = f"{image_path.parent.name}/{image_path.name}"
                        print(f"rough {name} card {number}: corner error {errors[-1]:.1f} %")
            else:
                for key in missed_by:
                    missed_by[key][str(truth.get(key, "?"))] += 1
                if verbose:
                    iou = scores[best] if best >= 0 else 0.0
                    kind = _kind(quads[best]) if best >= 0 else "none"
                    print(
                        f"missed {image_path.parent.name}/{image_path.name} card {number}: best IoU {iou:.2f}, "
                        f"{len(quads)} quads, best {kind}"
                    )
        tally.found_left_out += _left_out(quads, matched)
        _cut_cards(tally, truth.get("cut_cards") or [], quads, loaded.scale, matched, (width, height))
        tally.extra += len(quads) - len(matched)  # the quads given for cut cards are in ``matched`` now
        if cards and quads and all(quad.whole_image for quad in quads):
            tally.whole_with_card += 1
    _report(tally, errors, seconds, missed_by, seen_by)


def _kind(quad: CardQuad) -> str:
    """What the finder answered with: an outline, a guess around the print, a text region or the photo."""
    if quad.whole_image:
        return "whole photo"
    if getattr(quad, "text_region", False):
        return "text region"
    return "unsure outline" if quad.unsure else "outline"


def _cut_cards(
    tally: Tally,
    cut_cards: list[Any],
    quads: list[CardQuad],
    scale: float,
    matched: set[int],
    size: tuple[int, int],
) -> None:
    """Counts the truth's cards running past the frame (``photo_set --kind more``) and what the finder gave
    for them, adding those quads to ``matched`` (they are not extra detections)."""
    for corners in cut_cards:
        true_quad = np.asarray(corners, np.float32) * scale
        tally.cut_cards += 1
        for index, quad in enumerate(quads):
            if index not in matched and clipped_iou(quad.corners, true_quad, *size) >= FOUND_IOU:
                matched.add(index)
                tally.cut_returned += 1
                tally.cut_marked += int(getattr(quad, "cut", False))  # a base without the flag
                break


def _left_out(quads: list[CardQuad], matched: set[int]) -> int:
    """Found cards (``matched``) the reader would leave out: marked cut beside a card that is not."""
    if all(getattr(quad, "cut", False) for quad in quads):
        return 0
    return sum(1 for index in matched if getattr(quads[index], "cut", False))


def _report(
    tally: Tally,
    errors: list[float],
    seconds: list[float],
    missed_by: dict[str, Counter[str]],
    seen_by: dict[str, Counter[str]],
) -> None:
    print(f"cards {tally.cards}: found {tally.found}, missed {tally.cards - tally.found}")
    print(f"fallbacks: whole photo {tally.whole_photo}, text region {tally.text_region}; no card {tally.no_card}")
    print(f"extra detections {tally.extra}")
    print(f"photos with a card given the whole photo as corners: {tally.whole_with_card}")
    print(f"found cards marked cut beside a whole one (left out by the reader): {tally.found_left_out}")
    if tally.cut_cards:
        print(
            f"cards cut by the frame beside a whole one {tally.cut_cards}: returned {tally.cut_returned}, "
            f"marked cut {tally.cut_marked}"
        )
    if errors:
        ordered = sorted(errors)
        p90 = ordered[int(0.9 * (len(ordered) - 1))]
        print(
            f"corner error (% of diagonal, {len(errors)} cards wholly in frame): mean {statistics.mean(errors):.2f}, "
            f"median {statistics.median(errors):.2f}, p90 {p90:.2f}"
        )
    if seconds:
        print(f"find_cards time: median {1000 * statistics.median(seconds):.0f} ms, max {1000 * max(seconds):.0f} ms")
    for key, counter in missed_by.items():
        if set(seen_by[key]) <= {"?"}:
            continue  # a set without this key
        parts = [f"{name} {counter[name]}/{seen_by[key][name]}" for name in sorted(seen_by[key])]
        print(f"missed by {key}: " + ", ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m cardbook.ocr.detect_eval", description=__doc__)
    parser.add_argument("folder", type=Path, nargs="+", help="folders of photos with truths (subfolders included)")
    parser.add_argument("-v", "--verbose", action="store_true", help="name every missed card")
    args = parser.parse_args()
    evaluate(args.folder, args.verbose)


if __name__ == "__main__":
    main()
