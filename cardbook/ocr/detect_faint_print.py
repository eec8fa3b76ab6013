"""The crop for a camera's photo where no outline held: the block of its print, faint print included, instead of
the whole photo or of an outline walked out from the print that ran to the frame.

Issue 10: no card is to be stored with the photo's own edges as its corners while print is visible. Where no view
closes around the card, ``detect_camera_frame`` answered the whole photo, or the outline walked out from the print
(``detect_fallback``, ``detect._card_on_paper``) ran past the card's edge to the frame's (``crowded_photo_set`` tune
seeds 1 and 3, ``--kind broken`` tune seed 1):

- a white card on a white table, over-exposed: card and table both clip to pure white, so no edge is left to
  find, and the card's pale print steps less from its paper than ``detect_print.TEXT_CONTRAST`` (the threshold
  ``print_marks`` sets over a whole photo, meant to ignore a surface's texture): its print was one bold line,
  and that line's block covered a tenth of the card;
- a card on a busy cloth whose print, tilted, spans more than ``detect_fallback.TEXT_CROP_SPAN`` of the frame's
  height, so its block was taken for print spanning the photo;
- a white card on a pale speckled table, a dark card on a dark ground: the walk from the print found no step at
  the card's edge and stopped at two or three edges of the frame.

Print is what steps from its surroundings more than the surface's own texture does. That texture is measured on
the border ring of the frame, where the surface lies (``SURFACE_RING``): on a clipped white table it is nil, and
a pale line of print stepping a dozen grey levels stands out; on a woven cloth it is high, and only what stands
out above the weave is kept. The crop is the padded box around the card's groups of such marks (``_card_groups``),
kept only when it leaves a good part of the frame out (``MAX_CROP_AREA``): a card filling the photo, or a scan
cut to a camera's ratio, has its print across the frame, and the whole image stays its answer. It is a text
region: the reader reads the whole photo beside it and keeps the better reading.
"""

from __future__ import annotations

import numpy as np

from cardbook.ocr.detect_beyond import print_outside_share
from cardbook.ocr.detect_card import CardQuad
from cardbook.ocr.detect_fallback import TEXT_GROUP_SHARE, TEXT_PAD, print_groups
from cardbook.ocr.detect_sides import frame_sides
from cardbook.ocr.types import GreyImage

# Share of the work copy's short side sampled along each edge as the surface (as ``detect_masks.BORDER_RING``).
SURFACE_RING = 0.04
# The surface's texture: this percentile of its local contrast (``detect_print.local_contrast``) on the ring. A
# high percentile, for the weave of a cloth steps that far on a small share of its pixels only.
SURFACE_PERCENTILE = 99.0
# A mark of print steps at least this many times the surface's texture, and at least FAINT_CONTRAST grey levels
# (JPEG's ringing next to a clipped edge steps a few). Set on the tune seeds' over-exposed white card (crowded
# seed 3): its marks step 12 (5th percentile) to 22 (median) levels from paper clipped to white, the table's ring
# nothing; a cloth's weave steps up to its own 99th percentile, so twice that is clear of it. Not swept.
SURFACE_MARGIN = 2.0
FAINT_CONTRAST = 10
# The crop is kept when its box covers at most this share of the frame: a card fills 12-70 % of a phone photo
# in the generated sets, and its padded print a little less; print spanning more is a card filling the photo
# (or a scan), whose edges are the frame's. Set just above the tune seeds' crops (0.11-0.44: the largest a tilted
# card's upright box), not swept.
MAX_CROP_AREA = 0.5
# The card's other groups of marks (its smaller lines, its pale edge) lie within this share of its largest group's
# length of that group's box; a coin, a note or a second card beside the card lie farther (tune seeds: the card's
# edge and lines overlap the box; a ring beside a card 0.65 of its length away, a note 0.55). A card's main block
# of print spans over half its length, so its other print lies within about that length. Not swept.
NEAR_GROUP = 0.5
# The largest group of marks must hold at least this many work pixels: fewer is a speck of dust or a scratch,
# no line of print (a word of body type at the work copy's scale is a few hundred).
MIN_PRINT_PIXELS = 60
# An outline walked out from the print may leave out this share of the marks above the surface's texture (as
# ``detect_fallback.AROUND_PRINT_LEAVES`` for the lines of print); beyond it the block of those marks is the crop.
WALK_LEAVES = 0.25
# A walk reaching this many of the frame's edges from print clear of them ran past the card's edge: a card near
# one edge of the frame is common (and its walk right: ``fresh_photo_set`` held-out seed 2, one side on the frame,
# IoU 0.95, lost at 1); the tune seeds' walks past the card reached 2 and 3 edges, their right walks none.
RUN_TO_FRAME = 2
FAINT_PRINT_SCORE = 0.3  # as ``detect_fallback``'s block of print: a guess, read beside the whole photo


def faint_print_crop(
    contrast: GreyImage, factor: float, size: tuple[int, int], walked: CardQuad | None = None
) -> CardQuad | None:
    """The padded box (in the source image of ``size``, width and height, whose work copy is ``factor`` of it;
    ``contrast``: the work copy's ``detect_print.local_contrast``) around the card's groups of marks standing out
    above the surface's texture (``_card_groups``), as a text region. None when there is no such print, or its box
    covers more than ``MAX_CROP_AREA`` of the frame: a card filling the photo, or a scan (each line of a scan's
    print is a group of its own, all near each other).
    ``walked``: an outline found outwards from the print (``detect_fallback``), kept (None) unless it leaves out
    more than ``WALK_LEAVES`` of those marks (from a bold line, the walk over a clipped white table stops at the
    next pale line, or runs to the frame leaving the pale lines out), or it reaches ``RUN_TO_FRAME`` of the frame's
    edges while the box of those marks lies clear of them (over a pale speckled table the walk ran past the card's
    edge to the frame's: ``crowded_photo_set`` tune seed 1)."""
    groups = _groups(surface_marks(contrast))
    if groups is None:
        return None
    labels, per_group = groups
    small_h, small_w = contrast.shape[:2]
    left, top, right, bottom = _padded_box(labels, per_group)
    if (right - left) * (bottom - top) > MAX_CROP_AREA * small_w * small_h:
        return None  # print across the frame: a card filling it, or a scan
    if walked is not None:
        outline = walked.corners * factor
        card_marks = np.where(_card_groups(labels, per_group), 255, 0).astype(np.uint8)
        box = np.array([[left, top], [right, bottom]], np.float32)
        # Run to the frame from print lying clear of it: past the card's edge (over a surface of its colour).
        run_out = frame_sides(outline, small_w, small_h) >= RUN_TO_FRAME
        to_frame = run_out and frame_sides(box, small_w, small_h) == 0
        if not to_frame and print_outside_share(card_marks, [outline]) <= WALK_LEAVES:
            return None
    width, height = size
    corners = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float32) / factor
    corners[:, 0] = np.clip(corners[:, 0], 0, width - 1)
    corners[:, 1] = np.clip(corners[:, 1], 0, height - 1)
    return CardQuad(corners, FAINT_PRINT_SCORE, text_region=True, unsure=True)


def surface_marks(contrast: GreyImage) -> GreyImage:
    """The pixels stepping from their surroundings more than the surface on the frame's border ring does
    (``SURFACE_MARGIN`` times its ``SURFACE_PERCENTILE``, at least ``FAINT_CONTRAST``)."""
    height, width = contrast.shape[:2]
    ring = max(2, int(SURFACE_RING * min(height, width)))
    border = np.concatenate(
        [contrast[:ring].ravel(), contrast[-ring:].ravel(), contrast[:, :ring].ravel(), contrast[:, -ring:].ravel()]
    )
    texture = float(np.percentile(border, SURFACE_PERCENTILE))
    threshold = max(float(FAINT_CONTRAST), SURFACE_MARGIN * texture)
    return np.where(contrast > threshold, 255, 0).astype(np.uint8)


def _groups(marks: GreyImage) -> tuple[np.ndarray, np.ndarray] | None:
    """The marks joined into groups as ``detect_fallback.print_groups`` joins print: each mark's group label (0 off
    the marks) and the marks per group; None when the largest group holds fewer than ``MIN_PRINT_PIXELS``."""
    groups = print_groups(marks)
    if groups is None or groups[1].max() < MIN_PRINT_PIXELS:
        return None
    labels, per_group = groups
    return np.where(marks > 0, labels, 0), per_group


def _padded_box(labels: np.ndarray, per_group: np.ndarray) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) around the card's marks (``_card_groups``), padded by a card's margin
    (``TEXT_PAD``) and kept inside the work copy."""
    ys, xs = np.nonzero(_card_groups(labels, per_group))
    left, right, top, bottom = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    pad = int(TEXT_PAD * max(right - left, bottom - top)) + 2
    height, width = labels.shape[:2]
    return max(0, left - pad), max(0, top - pad), min(width - 1, right + pad), min(height - 1, bottom + pad)


def _card_groups(labels: np.ndarray, per_group: np.ndarray) -> np.ndarray:
    """The marks (a boolean mask) of the largest group and of the groups holding ``TEXT_GROUP_SHARE`` of its marks
    or more lying within ``NEAR_GROUP`` of its length of it: the card's other lines, its pale edge."""
    count = len(per_group)
    boxes = np.zeros((count, 4), np.int64)  # left, top, right, bottom of each group
    ys, xs = np.nonzero(labels)
    found = labels[ys, xs]
    boxes[:, 0] = np.full(count, labels.shape[1])
    boxes[:, 1] = np.full(count, labels.shape[0])
    np.minimum.at(boxes[:, 0], found, xs)
    np.minimum.at(boxes[:, 1], found, ys)
    np.maximum.at(boxes[:, 2], found, xs)
    np.maximum.at(boxes[:, 3], found, ys)
    largest = int(np.argmax(per_group))
    left, top, right, bottom = boxes[largest]
    reach = NEAR_GROUP * max(right - left, bottom - top)
    near = (
        (boxes[:, 2] >= left - reach) & (boxes[:, 0] <= right + reach)
        & (boxes[:, 3] >= top - reach) & (boxes[:, 1] <= bottom + reach)
    )  # fmt: skip
    keep = near & (per_group >= TEXT_GROUP_SHARE * per_group[largest])
    keep[0] = False
    result: np.ndarray = keep[labels]
    return result
