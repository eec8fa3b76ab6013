"""Candidate card regions from independent views of a small copy of a photo.

No single view finds every card: edges miss a white card on a white desk whose outline is a faint step;
colour difference from the desk fails on a textured cloth whose colours vary as much as the card's; a
brightness split fails when card and desk share a tone. So each view yields binary masks, and every
closed region in any of them becomes a candidate outline that ``detect_score`` scores on its own merits.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.types import BgrImage, GreyImage, as_u8

# Canny thresholds, as (low, high) pairs on the gradient of the smoothed lightness: a sensitive pair for a
# pale card on a pale desk (a step of a few grey levels), a robust pair that ignores wood grain and weave.
EDGE_LEVELS = ((8.0, 24.0), (20.0, 60.0), (40.0, 110.0))
# Edge views used on an image that already is one card: the most sensitive, at full scale (as cheap as
# the old single pass, and enough for a pale card on paper of its own colour).
QUICK_LEVELS = 1
# Share of the image's short side taken as the border ring from which the desk's colours are learnt.
BORDER_RING = 0.04
# Desk colour clusters learnt from the ring: a patterned cloth or a hand over a desk has several colours.
BACKGROUND_CLUSTERS = 3
KMEANS_SEED = 12345  # any fixed value: only determinism matters
# A cluster holding less of the ring than this is an object or a card crossing the edge, not the desk.
MIN_CLUSTER_SHARE = 0.12
# A pixel belongs to the foreground when its colour is this many cluster spreads away from every cluster;
# several levels because a pale card is barely away and a busy desk is far away from its own mean.
SPREAD_LEVELS = (3.0, 5.0, 8.0)
# …and at least this far in Lab units, so the JPEG noise of a flat desk never counts as a card.
MIN_COLOUR_DISTANCE = 6.0


def smooth_lab(small: BgrImage) -> np.ndarray:
    """Lab colours of a lightly blurred copy (float32): JPEG blocks and fine weave smoothed away."""
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    return np.asarray(cv2.cvtColor(blurred, cv2.COLOR_BGR2LAB), dtype=np.float32)


def edge_masks(grey: GreyImage, quick: bool = False) -> list[GreyImage]:
    """Closed edge maps at several sensitivities and two scales (the half scale bridges texture);
    ``quick``: only the sensitive ones at full scale (a pale card on paper of its own colour)."""
    masks: list[GreyImage] = []
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    for scale in (1.0,) if quick else (1.0, 0.5):
        image = (
            grey if scale == 1.0 else as_u8(cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
        )
        for low, high in EDGE_LEVELS[:QUICK_LEVELS] if quick else EDGE_LEVELS:
            edges = cv2.Canny(image, low, high, L2gradient=True)
            edges = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, kernel, iterations=2)
            if scale != 1.0:
                edges = cv2.resize(edges, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_NEAREST)
            # The frame's own border closes the outline of a card that runs into the frame's edge.
            cv2.rectangle(edges, (0, 0), (grey.shape[1] - 1, grey.shape[0] - 1), 255, 1)
            masks.append(as_u8(edges))
    return masks


def _border_samples(lab: np.ndarray) -> np.ndarray:
    height, width = lab.shape[:2]
    ring = max(2, int(BORDER_RING * min(height, width)))
    parts = [lab[:ring], lab[-ring:], lab[:, :ring], lab[:, -ring:]]
    samples = np.concatenate([part.reshape(-1, 3) for part in parts])
    step = max(1, len(samples) // 4000)  # a few thousand samples are enough for three clusters
    return np.ascontiguousarray(samples[::step], dtype=np.float32)


def background_distance(lab: np.ndarray) -> np.ndarray:
    """Per pixel, how many cluster spreads its colour lies from the nearest desk colour (float32)."""
    samples = _border_samples(lab)
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 1.0)
    # k-means++ seeding draws from OpenCV's per-thread generator: seed it, so that the same photo always
    # gives the same corners.
    cv2.setRNGSeed(KMEANS_SEED)
    _, labels, centres = cv2.kmeans(samples, BACKGROUND_CLUSTERS, None, criteria, 2, cv2.KMEANS_PP_CENTERS)
    labels = labels.ravel()
    flat = lab.reshape(-1, 3)
    best = np.full(flat.shape[0], np.inf, dtype=np.float32)
    for index, centre in enumerate(centres):
        members = samples[labels == index]
        if len(members) < MIN_CLUSTER_SHARE * len(samples):
            continue
        spread = max(MIN_COLOUR_DISTANCE / SPREAD_LEVELS[0], float(np.sqrt(((members - centre) ** 2).sum(1)).mean()))
        distance = np.sqrt(((flat - centre) ** 2).sum(axis=1)) / spread
        best = np.minimum(best, distance)
    return best.reshape(lab.shape[:2])


def background_masks(lab: np.ndarray) -> list[GreyImage]:
    """Regions unlike the desk colours sampled on the image border, at several distances (computed at
    half resolution: colour regions need no fine detail, and the side refit recovers the corners)."""
    height, width = lab.shape[:2]
    half = cv2.resize(lab, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    distance = background_distance(np.asarray(half, dtype=np.float32))
    masks: list[GreyImage] = []
    for level in SPREAD_LEVELS:
        coarse = np.where(distance > level, 255, 0).astype(np.uint8)
        full = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_LINEAR)
        masks.append(_close_open(np.where(full > 127, 255, 0).astype(np.uint8)))
    return masks


def tone_masks(grey: GreyImage) -> list[GreyImage]:
    """Otsu's split into bright and dark: a white card on a dark desk, a dark card on a light one."""
    _, bright = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return [_close_open(as_u8(bright)), _close_open(as_u8(cv2.bitwise_not(bright)))]


def _close_open(mask: GreyImage) -> GreyImage:
    """Fill the card's print into its region (closing), then cut thin bridges to the desk (opening)."""
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    return as_u8(cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))))
