"""A straight shadow across a card: the side of an outline that is a shadow's edge, and the photo relit.

The shadow of a phone held over a card lying on paper is a half-plane whose edge crosses card and paper
alike (issue 10, item 1). The region views then close the lit or the shaded part of the card as the card:
one of its sides is the shadow's edge. Such a side differs from a card's edge in two ways: its lightness
step runs on, straight, beyond the side's ends across the paper (a card's edge ends at its corners), and
the step darkens every colour channel by the same factor (light taken away; a card's edge changes the
colour as well). When a side of the chosen outline is such an edge, the photo is relit: each pixel is
multiplied by the gain measured across the edge on the paper beyond the side, as a function of its
distance from the edge (the shadow's soft profile included), and the card is looked for again.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.types import BgrImage, Points, as_u8

# Work pixels either side of the edge over which its profile is measured and lifted; beyond, the gain stays
# the last one measured. The generated shadows are 2-10 px soft on 1600-2400 px photos: up to 4 px on the
# work copy.
PROFILE_REACH = 8
# Work pixels either side of a side's line searched for the shadow's edge beyond the side's ends: the side
# fitted to the lit or shaded part of a card may lie a few degrees off the edge's own line.
SEARCH_REACH = 40
# Parts of the side's line beyond its ends (as shares of the side's length) sampled on the paper.
BEYOND = ((-0.5, -0.08), (1.08, 1.5))
BEYOND_SAMPLES = 24
# The edge darkens the paper beyond the side by at least this share (the phone's shade took 20-40 % of the
# light in the generated photos, ``photo_set --kind real``; a white card on cream paper steps by a few per
# cent), …
MIN_DARKENING = 0.1
# …at least this share of the samples beyond the side agree (the line runs on across the paper), …
MIN_AGREE = 0.7
# …and the channels' gains differ by at most this share (the light dims, its colour stays).
MAX_GAIN_SPREAD = 0.08
# These four were set on seed 1's phone_shade photos (``photo_set --kind real``) and checked on seed 1's
# classic, cases and user photos (no outline moved) and on seed 2, which none saw.
# Samples inside the frame beyond the side needed to judge at all.
MIN_SAMPLES = 8


@dataclass(frozen=True, slots=True)
class ShadeEdge:
    """A shadow's straight edge (work pixels): a point on it, the unit normal pointing into the shade, and
    points on it on the paper beyond the card, where its profile is measured."""

    point: np.ndarray
    into_shade: np.ndarray
    anchors: np.ndarray


def shade_side(small: BgrImage, quad: Points) -> ShadeEdge | None:
    """The side of ``quad`` that runs along a shadow's edge (of several, the one whose edge runs on over the
    most paper), or None when no side does."""
    height, width = small.shape[:2]
    image = small.astype(np.float32)
    ts = np.concatenate([np.linspace(lo, hi, BEYOND_SAMPLES // 2, dtype=np.float32) for lo, hi in BEYOND])
    offsets = np.arange(-SEARCH_REACH, SEARCH_REACH + 1, dtype=np.float32)
    best: ShadeEdge | None = None
    best_count = MIN_SAMPLES - 1
    for index in range(4):
        a, b = quad[index].astype(np.float32), quad[(index + 1) % 4].astype(np.float32)
        side = b - a
        length = float(np.hypot(side[0], side[1]))
        if length < 2 * SEARCH_REACH:
            continue
        normal = np.array([-side[1], side[0]], np.float32) / length
        points = a + side * ts[:, None]
        across = points[:, None, :] + normal[None, None, :] * offsets[None, :, None]  # (samples, offsets, 2)
        inside = _in_frame(across.reshape(-1, 2), width, height).reshape(across.shape[:2]).all(axis=1)
        if int(inside.sum()) < MIN_SAMPLES:
            continue
        profiles = _sample(image, across[inside].reshape(-1, 2)).reshape(int(inside.sum()), len(offsets), 3)
        ratio = (profiles[:, -1] + 1.0) / (profiles[:, 0] + 1.0)  # per channel: far side's light over near's
        lightness = ratio.mean(axis=1)
        darker_far = float(np.median(lightness)) < 1.0
        dim = 1.0 / lightness if darker_far else lightness
        agree = dim >= 1.0 + MIN_DARKENING
        if float(agree.mean()) < MIN_AGREE or int(agree.sum()) <= best_count:
            continue
        spread = ratio[agree].std(axis=1) / ratio[agree].mean(axis=1)
        if float(np.median(spread)) > MAX_GAIN_SPREAD:
            continue
        # The edge's own line: through the steepest step of each agreeing profile, then again within
        # ``PROFILE_REACH`` of that first line (a card's edge or print near the line's start is steep too).
        found = _steepest(image, across[inside][agree])
        for _ in range(2):
            vx, vy, x0, y0 = (float(v) for v in cv2.fitLine(found, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel())
            line_normal = np.array([-vy, vx], np.float32)
            on_line = np.array([x0, y0], np.float32) + np.outer((found - [x0, y0]) @ [vx, vy], [vx, vy])
            near_offsets = np.arange(-PROFILE_REACH, PROFILE_REACH + 1, dtype=np.float32)
            found = _steepest(image, on_line[:, None, :] + line_normal * near_offsets[None, :, None])
        into_shade = line_normal if float(np.dot(line_normal, -normal if darker_far else normal)) > 0 else -line_normal
        best, best_count = ShadeEdge(np.array([x0, y0], np.float32), into_shade, found), int(agree.sum())
    return best


def relit(small: BgrImage, edge: ShadeEdge) -> BgrImage:
    """``small`` with the shade beyond ``edge`` lifted: every pixel multiplied by the gain measured on the
    paper beyond the card at its distance from the edge."""
    height, width = small.shape[:2]
    image = small.astype(np.float32)
    distances = np.arange(-PROFILE_REACH, PROFILE_REACH + 1, dtype=np.float32)
    # Each anchor moved onto the fitted line, so that every profile is measured from the same edge.
    along = np.array([edge.into_shade[1], -edge.into_shade[0]], np.float32)
    anchors = edge.point + np.outer((edge.anchors - edge.point) @ along, along)
    lit = np.median(_sample(image, anchors - edge.into_shade * PROFILE_REACH), axis=0) + 1.0
    gains = np.ones((len(distances), 3), np.float32)
    for row, distance in enumerate(distances):
        level = np.median(_sample(image, anchors + edge.into_shade * distance), axis=0) + 1.0
        gains[row] = lit / level
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    signed = (xs - edge.point[0]) * edge.into_shade[0] + (ys - edge.point[1]) * edge.into_shade[1]
    position = np.clip(np.round(signed), -PROFILE_REACH, PROFILE_REACH).astype(np.int32) + PROFILE_REACH
    return as_u8(np.clip(image * gains[position], 0, 255))


def _steepest(image: np.ndarray, across: np.ndarray) -> np.ndarray:
    """Per row of ``across`` (points across the edge), the point where the lightness steps most."""
    count, length = across.shape[:2]
    grey = _sample(image, across.reshape(-1, 2)).reshape(count, length, 3).mean(axis=2)
    steps = np.abs(grey[:, 4:] - grey[:, :-4])
    return np.asarray(across[np.arange(count), np.argmax(steps, axis=1) + 2], np.float32)


def _in_frame(points: np.ndarray, width: int, height: int) -> np.ndarray:
    return (points[:, 0] >= 0) & (points[:, 0] <= width - 1) & (points[:, 1] >= 0) & (points[:, 1] <= height - 1)


def _sample(image: np.ndarray, points: np.ndarray) -> np.ndarray:
    rounded = np.round(points).astype(int)
    rounded[:, 0] = np.clip(rounded[:, 0], 0, image.shape[1] - 1)
    rounded[:, 1] = np.clip(rounded[:, 1], 0, image.shape[0] - 1)
    return np.asarray(image[rounded[:, 1], rounded[:, 0]], np.float32)
