"""Which way up is the card: 0, 90, 180 or 270 degrees, decided from the print itself.

Tesseract's OSD costs ~0.3 s per call (more than reading a whole card), so the pipeline first uses two
cheap geometric clues on the letters (connected components):

- direction: neighbouring letters of a word sit side by side in horizontal text, above each other once
  the card is turned a quarter;
- up or down: Latin letters stand on a common baseline, while their tops vary (ascenders, capitals), and
  descenders are rarer than ascenders; so letter bottoms line up better than tops when the text is upright.

The result carries two margins. Below ``UNSURE_UPRIGHT_BELOW`` / ``UNSURE_DIRECTION_BELOW`` the guess is a
lean, not a decision (``OrientationGuess.doubt`` names why): the same card cropped a little differently can
flip it. The reader then settles the way up from what the candidate readings say (``reading``), not from
the guess; only those cards pay for a second reading.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from cardbook.ocr.prepare import letter_height_of, print_components
from cardbook.ocr.types import GreyImage, as_u8, rescale

_WORK_SIDE = 1000

# Below these margins the geometric guess is not trusted on its own. Measured on the 28 shared cards and
# 24 hard-set cards (kinds rotated, dark, photo): every right guess had an upright margin ≥ 0.15 (two at
# 0.15-0.18) and a direction margin ≥ 0.14 (one card, under this threshold: checked by reading); the one
# wrong guess, a dark photo cropped tight, had an upright margin of 0.03 (0.08 uncropped: right by luck).
UNSURE_UPRIGHT_BELOW = 0.15
UNSURE_DIRECTION_BELOW = 0.15
# The upright margin is a share of the letter pairs that tell up from down (bottoms aligned, tops not, or
# the reverse). Print in capitals has few such pairs — capitals share both their tops and their bottoms —
# so a large margin can rest on a handful of pairs (a comma, an accent, a digit): 5 pairs against 2 gave a
# margin of 0.43 the wrong way up. The margin's weight is its evidence, (bottoms − tops) / √(bottoms + tops):
# how many standard deviations the count lies from a coin toss. Set on the tune seed of the typeface set's
# capitals (a card turned over at 1.13) and the shared cards' tune half; right guesses of whole-case print
# reach 2 and more, while a few right ones below (0.9-1.2) pay only a check of their first reading.
UNSURE_UPRIGHT_EVIDENCE_BELOW = 1.25


@dataclass(frozen=True, slots=True)
class OrientationGuess:
    quarter_turns: int  # counter-clockwise quarter turns that make the text upright (0..3)
    direction_margin: float  # 0..1: how clearly the text runs along one axis
    upright_margin: float  # 0..1: how clearly baselines line up better than tops (after the turn)
    letter_height: float = 0.0  # median letter height in the input's pixels, once upright; 0 if unknown
    letters: int = 0  # letter-like shapes with a same-size neighbour along the text: how much print
    boxes: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))  # letter boxes, input pixels
    # The letter height ``image_quality.measure`` counts on the input as it is (not turned), from the same
    # components as the guess's letters, in input pixels (-1: not counted): the measure need not count again.
    capture_letter_px: float = -1.0
    # How far the baseline count lies from chance (see UNSURE_UPRIGHT_EVIDENCE_BELOW); inf: not counted.
    upright_evidence: float = math.inf

    @property
    def doubt(self) -> str | None:
        """Why the guess cannot be trusted alone (``None``: it can), e.g. "upright margin 0.03 < 0.15"."""
        reasons = []
        if self.direction_margin < UNSURE_DIRECTION_BELOW:
            reasons.append(f"direction margin {self.direction_margin:.2f} < {UNSURE_DIRECTION_BELOW}")
        if self.upright_margin < UNSURE_UPRIGHT_BELOW:
            reasons.append(f"upright margin {self.upright_margin:.2f} < {UNSURE_UPRIGHT_BELOW}")
        elif self.upright_evidence < UNSURE_UPRIGHT_EVIDENCE_BELOW:
            reasons.append(f"upright evidence {self.upright_evidence:.2f} < {UNSURE_UPRIGHT_EVIDENCE_BELOW}")
        return "; ".join(reasons) or None

    @property
    def direction_unsure(self) -> bool:
        """Horizontal against vertical text is in doubt: the quarter turns are candidates too."""
        return self.direction_margin < UNSURE_DIRECTION_BELOW


def _letters(grey: GreyImage, components: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """Letter-sized components (x, y, w, h) of the print, dark on light and light on dark alike
    (``components``: ``prepare.print_components`` of ``grey`` when already counted)."""
    boxes = _letters_of(grey, components)
    if len(boxes) > 1500:
        # Far more "letters" than a card holds: sensor noise or paper grain. A 3×3 median removes it
        # (only then: on clean print it would blur the thin strokes of small light letters).
        boxes = _letters_of(as_u8(cv2.medianBlur(grey, 3)))
    return boxes


def denoised_letters(grey: GreyImage) -> np.ndarray:
    """Letter boxes (x, y, w, h, input pixels) of a 3×3-median-filtered copy: print on halftone or
    textured paper (a grey band, a screened photo) whose letters the raw threshold merges with the dots."""
    factor = min(1.0, _WORK_SIDE / max(grey.shape[:2]))
    small = rescale(grey, factor, cv2.INTER_AREA) if factor < 1 else grey
    return np.asarray(_letters_of(as_u8(cv2.medianBlur(small, 3))) / factor, dtype=np.float64)


def _letters_of(grey: GreyImage, components: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    found = [_letter_boxes(stats, min(grey.shape[:2])) for stats in components or print_components(grey)]
    return np.concatenate(found) if any(len(f) for f in found) else np.zeros((0, 4))


def _letter_boxes(stats: np.ndarray, short: int) -> np.ndarray:
    boxes = stats[1:, :4]
    areas = stats[1:, 4]
    w, h = boxes[:, 2], boxes[:, 3]
    size = np.maximum(w, h)
    keep = (size >= max(6, 0.012 * short)) & (size <= 0.15 * short) & (areas >= 0.15 * w * h)
    keep &= (w <= 4 * h) & (h <= 4 * w)
    return np.asarray(boxes[keep], dtype=np.float64)


_MAX_LETTERS = 600  # letters analysed: plenty for a card, and the pairwise arrays stay small


def _sample(boxes: np.ndarray) -> tuple[np.ndarray, int]:
    """A regular sample of at most ``_MAX_LETTERS`` boxes and the stride used (to scale counts back)."""
    stride = max(1, -(-len(boxes) // _MAX_LETTERS))
    return boxes[::stride], stride


def _direction_votes(boxes: np.ndarray) -> tuple[int, int]:
    """(horizontal, vertical): how many letters have their nearest same-size neighbour beside/above."""
    if len(boxes) < 6:
        return 0, 0
    sample, stride = _sample(boxes)
    centers = sample[:, :2] + sample[:, 2:] / 2
    sizes = np.maximum(sample[:, 2], sample[:, 3])
    dx = centers[None, :, 0] - centers[:, None, 0]  # row i: every letter seen from letter i
    dy = centers[None, :, 1] - centers[:, None, 1]
    distance = np.hypot(dx, dy)
    similar = (sizes[None, :] > 0.6 * sizes[:, None]) & (sizes[None, :] < 1.6 * sizes[:, None])
    distance[~similar] = np.inf
    np.fill_diagonal(distance, np.inf)
    nearest = np.argmin(distance, axis=1)
    rows = np.arange(len(sample))
    found = distance[rows, nearest] <= 2.5 * sizes
    adx, ady = np.abs(dx[rows, nearest]), np.abs(dy[rows, nearest])
    horizontal = int(np.count_nonzero(found & (adx > 2 * ady)))
    vertical = int(np.count_nonzero(found & (ady > 2 * adx)))
    return horizontal * stride, vertical * stride


def _baseline_margin(boxes: np.ndarray) -> float:
    """>0 when neighbouring letters share bottoms more than tops (upright Latin text)."""
    bottoms_aligned, tops_aligned = _baseline_counts(boxes)
    total = bottoms_aligned + tops_aligned
    return (bottoms_aligned - tops_aligned) / total if total >= 4 else 0.0


def _baseline_evidence(boxes: np.ndarray) -> float:
    """How many standard deviations the pairs' count lies from a coin toss, |bottoms − tops| / √(both)."""
    bottoms_aligned, tops_aligned = _baseline_counts(boxes)
    total = bottoms_aligned + tops_aligned
    return abs(bottoms_aligned - tops_aligned) / math.sqrt(total) if total else 0.0


def _baseline_counts(boxes: np.ndarray) -> tuple[int, int]:
    """(pairs of neighbouring letters with bottoms aligned and tops not, the reverse)."""
    if len(boxes) < 6:
        return 0, 0
    sample, _ = _sample(boxes)
    lefts, tops, widths, heights = (sample[:, i] for i in range(4))
    rights, bottoms = lefts + widths, tops + heights
    # For each letter, the next one to the right on the same line: starts just after it, overlaps it.
    gap = lefts[None, :] - rights[:, None]
    overlap = np.minimum(bottoms[None, :], bottoms[:, None]) - np.maximum(tops[None, :], tops[:, None])
    candidate = (gap > -0.3 * widths[:, None]) & (gap < 1.2 * heights[:, None]) & (overlap > 0.3 * heights[:, None])
    np.fill_diagonal(candidate, False)
    has = candidate.any(axis=1)
    if not has.any():
        return 0, 0
    neighbour = np.argmin(np.where(candidate, gap, np.inf), axis=1)
    rows = np.nonzero(has)[0]
    other = neighbour[rows]
    tolerance = np.maximum(1.0, 0.08 * np.maximum(heights[rows], heights[other]))
    top_ok = np.abs(tops[other] - tops[rows]) <= tolerance
    bottom_ok = np.abs(bottoms[other] - bottoms[rows]) <= tolerance
    return int(np.count_nonzero(bottom_ok & ~top_ok)), int(np.count_nonzero(top_ok & ~bottom_ok))


def upright_score(boxes: np.ndarray) -> float:
    """-1..1, > 0 when letter boxes (already turned horizontal) stand on common baselines: upright."""
    return _baseline_margin(boxes)


def rotate_boxes(boxes: np.ndarray, quarter_turns: int, width: int, height: int) -> np.ndarray:
    """Boxes (x, y, w, h) of a ``width``×``height`` image, after turning it counter-clockwise."""
    x, y, w, h = (boxes[:, i] for i in range(4)) if len(boxes) else (np.zeros(0),) * 4
    turns = quarter_turns % 4
    if turns == 1:
        return np.stack([y, width - x - w, h, w], axis=1)
    if turns == 2:
        return np.stack([width - x - w, height - y - h, w, h], axis=1)
    if turns == 3:
        return np.stack([height - y - h, x, h, w], axis=1)
    return boxes


def aligned(boxes: np.ndarray) -> np.ndarray:
    """The letters (upright boxes) that have a same-size neighbour beside them on a line: the print a
    good reading should cover, without most of the specks and picture fragments."""
    if len(boxes) == 0:
        return boxes
    centers = boxes[:, :2] + boxes[:, 2:] / 2
    sizes = np.maximum(boxes[:, 2], boxes[:, 3])
    keep = np.zeros(len(boxes), dtype=bool)
    for start in range(0, len(boxes), 500):  # blocks of rows keep the pairwise arrays small
        block = slice(start, start + 500)
        dx = np.abs(centers[None, :, 0] - centers[block, None, 0])
        dy = np.abs(centers[None, :, 1] - centers[block, None, 1])
        own = sizes[block, None]
        close = (dx < 2.0 * own) & (dy < 0.3 * own) & (sizes[None, :] > 0.6 * own) & (sizes[None, :] < 1.6 * own)
        close[np.arange(close.shape[0]), np.arange(start, start + close.shape[0])] = False
        keep[block] = close.any(axis=1)
    return boxes[keep]


def guess_orientation(grey: GreyImage) -> OrientationGuess:
    factor = _WORK_SIDE / max(grey.shape[:2])
    small = as_u8(rescale(grey, factor, cv2.INTER_AREA) if factor < 1 else grey)
    components = print_components(small)
    boxes = _letters(small, components)
    # As ``image_quality.measure`` counts it (its working copy is this one: the same side, the same resizing).
    counted = letter_height_of(components, min(small.shape[:2]))
    capture_letter_px = counted / max(factor, 1e-6) if factor < 1.0 else counted
    horizontal, vertical = _direction_votes(boxes)
    total = horizontal + vertical
    is_vertical = vertical > horizontal
    direction_margin = abs(horizontal - vertical) / total if total else 0.0
    scale_back = 1.0 / min(factor, 1.0)
    if is_vertical:
        # Turn a quarter (x ↔ y swap of the boxes) and test which way is up.
        turned = boxes[:, [1, 0, 3, 2]].copy()
        turned[:, 1] = small.shape[1] - (boxes[:, 0] + boxes[:, 2])  # counter-clockwise: y' = W - x - w
        margin = _baseline_margin(turned)
        height = float(np.median(turned[:, 3])) * scale_back if len(turned) >= 8 else 0.0
        return OrientationGuess(
            1 if margin >= 0 else 3,
            direction_margin,
            abs(margin),
            height,
            vertical,
            boxes * scale_back,
            capture_letter_px,
            _baseline_evidence(turned),
        )
    margin = _baseline_margin(boxes)
    height = float(np.median(boxes[:, 3])) * scale_back if len(boxes) >= 8 else 0.0
    return OrientationGuess(
        0 if margin >= 0 else 2,
        direction_margin,
        abs(margin),
        height,
        horizontal,
        boxes * scale_back,
        capture_letter_px,
        _baseline_evidence(boxes),
    )
