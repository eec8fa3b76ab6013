"""Find every business card in a photo as a quadrilateral (or decide the image already is one card).

Contours alone fail on cards with dark bands or borders, and on white cards on white desks, so candidate
outlines come from three independent views of a small copy of the image: edges, difference from the
background colour (estimated from the image border), and Otsu brightness in both polarities. A
candidate is kept only if it is card-shaped: four near-right corners, the area it encloses almost
filled, long/short side ratio of a card. When nothing trustworthy remains, the whole image is the card:
that is what a flatbed scan or an already-cropped photo is.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.geometry import (
    aspect_fit,
    aspect_ratio,
    corner_angles_ok,
    intersection_over_smaller,
    order_corners,
    quad_area,
    whole_image_quad,
)
from cardbook.ocr.types import BgrImage, GreyImage, Points, as_u8, rescale

_WORK_SIDE = 512  # detection runs on a copy this long: fast, and outlines need no detail
_MIN_AREA = 0.035  # of the image: smaller "cards" are logos, stickers or noise
_WHOLE_AREA = 0.88  # a card this large is simply the whole image (a scan)


@dataclass(frozen=True, slots=True)
class CardQuad:
    """A card's corners in the source image (TL, TR, BR, BL) and how sure the detector is."""

    corners: Points
    score: float
    whole_image: bool = False


def _candidate_masks(small: BgrImage) -> list[GreyImage]:
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    blurred = cv2.GaussianBlur(grey, (5, 5), 0)
    masks: list[GreyImage] = []

    median = float(np.median(blurred))
    edges = cv2.Canny(blurred, max(10.0, 0.5 * median), min(255.0, max(40.0, 1.2 * median)))
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8), iterations=2)
    masks.append(as_u8(edges))

    lab = cv2.cvtColor(cv2.GaussianBlur(small, (7, 7), 0), cv2.COLOR_BGR2LAB).astype(np.float32)
    border = np.concatenate(
        [
            lab[:6].reshape(-1, 3),
            lab[-6:].reshape(-1, 3),
            lab[:, :6].reshape(-1, 3),
            lab[:, -6:].reshape(-1, 3),
        ]
    )
    background = np.median(border, axis=0)
    distance = np.sqrt(((lab - background) ** 2).sum(axis=2))
    distance_u8 = np.clip(distance * 2.0, 0, 255).astype(np.uint8)
    if float(np.percentile(distance[::3, ::3], 99)) > 8.0:  # only when something differs from the desk at all
        _, differs = cv2.threshold(distance_u8, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        masks.append(_close_open(differs))
        # Otsu splits desk from ink when a pale card barely differs from the desk: fixed levels too.
        for level in (7.0, 14.0, 24.0):
            masks.append(_close_open(np.where(distance > level, 255, 0).astype(np.uint8)))

    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    masks.append(_close_open(as_u8(bright)))
    masks.append(_close_open(as_u8(cv2.bitwise_not(bright))))
    return masks


def _close_open(mask: GreyImage) -> GreyImage:
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    return as_u8(cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))))


def _quad_from_contour(contour: np.ndarray) -> tuple[Points, float] | None:
    """Best four-corner fit of a contour and how well it fills it (contour area / quad area)."""
    hull = cv2.convexHull(contour)
    hull_area = float(cv2.contourArea(hull))
    if hull_area <= 0:
        return None
    perimeter = cv2.arcLength(hull, True)
    quad: Points | None = None
    for epsilon in (0.01, 0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float32)
            break
    if quad is None:
        # Rounded corners or a corner out of frame: the smallest enclosing rotated rectangle.
        quad = cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32)
    quad = order_corners(quad)
    area = quad_area(quad)
    if area <= 0:
        return None
    fill = float(cv2.contourArea(contour)) / area
    return quad, min(fill, hull_area / area)


def find_cards(image: BgrImage, max_cards: int = 8) -> list[CardQuad]:
    """Card outlines in ``image`` (largest first); the whole image when none is trustworthy."""
    height, width = image.shape[:2]
    factor = _WORK_SIDE / max(height, width)
    small = rescale(image, factor, cv2.INTER_AREA) if factor < 1 else image
    factor = min(factor, 1.0)
    small_area = float(small.shape[0] * small.shape[1])
    candidates: list[CardQuad] = []
    smooth = as_u8(cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY), (5, 5), 0))
    for mask in _candidate_masks(as_u8(small)):
        contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            if cv2.contourArea(cv2.convexHull(contour)) < _MIN_AREA * small_area:
                continue
            fitted = _quad_from_contour(contour)
            if fitted is None:
                continue
            quad, fill = fitted
            share = quad_area(quad) / small_area
            fit = aspect_fit(aspect_ratio(quad))
            # Outlines of nearly the whole frame are the mask's border, not a card: the whole-image
            # fallback covers a card that fills the frame.
            if fill < 0.82 or fit == 0.0 or not corner_angles_ok(quad) or share > _WHOLE_AREA:
                continue
            if _border_sides(quad, small.shape[1], small.shape[0]) == 1:
                fit *= 0.6  # a card cut by the frame: keep, but trust less
            if _border_sides(quad, small.shape[1], small.shape[0]) >= 2:
                continue  # cut by two sides of the frame: a desk region or a card too cropped to trust
            support = border_support(smooth, quad)
            if support < 0.5:
                continue
            score = fill * fit * support * (0.5 + 0.5 * min(1.0, share / 0.3))
            candidates.append(CardQuad(quad / factor, score))
    chosen = _select(candidates)
    full = whole_image_quad(width, height)
    if chosen:
        # A "card" leaving much of the image's print outside is a panel, logo or picture inside the
        # real card (whose outline was not found): then the whole image is the safer crop.
        text_mask = text_line_mask(as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)))
        if _print_outside_share(text_mask, [card.corners * factor for card in chosen]) > 0.3:
            chosen = []
    if not chosen or quad_area(chosen[0].corners) >= _WHOLE_AREA * width * height:
        return [CardQuad(full, 0.5, whole_image=True)]
    return chosen[:max_cards]


def text_line_mask(grey: GreyImage) -> GreyImage:
    """Blobs shaped like lines of print (dark on light or light on dark), for checking coverage."""
    short = min(grey.shape[:2])
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    contrast = cv2.max(
        cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel), cv2.morphologyEx(grey, cv2.MORPH_TOPHAT, kernel)
    )
    _, binary = cv2.threshold(contrast, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    binary = np.where(contrast > 25, binary, 0).astype(np.uint8)
    joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 3)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
    keep = np.zeros(count, dtype=bool)
    for index in range(1, count):
        _, _, w, h, area = stats[index]
        # Letters, words and blocks of lines; not long rules, card edges or big pictures.
        if 0.006 * short <= h <= 0.3 * short and w <= 0.6 * grey.shape[1] and area >= 0.2 * w * h:
            keep[index] = True
    return np.where(keep[labels] & (binary > 0), 255, 0).astype(np.uint8)


def _print_outside_share(text_mask: GreyImage, quads: list[Points]) -> float:
    """Share of the image's print lying outside every card found (with a small margin)."""
    total = int(np.count_nonzero(text_mask))
    if total == 0:
        return 0.0
    covered = np.zeros(text_mask.shape, np.uint8)
    for quad in quads:
        cv2.fillConvexPoly(covered, quad.astype(np.int32), 255)
    covered = as_u8(cv2.dilate(covered, np.ones((9, 9), np.uint8)))
    outside = int(np.count_nonzero(cv2.bitwise_and(text_mask, cv2.bitwise_not(covered))))
    return outside / total


def border_support(grey: GreyImage, quad: Points) -> float:
    """Share of the outline along which the inside and the outside differ in brightness: a real card's
    edge all around, where a blob of desk texture or a merged region only partly has one."""
    height, width = grey.shape[:2]
    center = quad.mean(axis=0)
    supported = total = 0
    for index in range(4):
        a, b = quad[index], quad[(index + 1) % 4]
        side = b - a
        length = float(np.hypot(side[0], side[1]))
        if length < 1:
            continue
        normal = np.array([-side[1], side[0]], dtype=np.float32) / length
        if float(np.dot(center - (a + b) / 2, normal)) < 0:
            normal = -normal  # point inwards
        for t in np.linspace(0.08, 0.92, 24):
            point = a + side * t
            inner = point + normal * 4
            outer = point - normal * 4
            xi, yi, xo, yo = int(inner[0]), int(inner[1]), int(outer[0]), int(outer[1])
            if not (0 <= xo < width and 0 <= yo < height and 0 <= xi < width and 0 <= yi < height):
                continue  # beyond the frame: no evidence either way
            total += 1
            if abs(int(grey[yi, xi]) - int(grey[yo, xo])) >= 14:
                supported += 1
    return supported / total if total else 0.0


def _border_sides(quad: Points, width: int, height: int) -> int:
    margin = 2.0
    xs, ys = quad[:, 0], quad[:, 1]
    return (
        int(xs.min() < margin)
        + int(ys.min() < margin)
        + int(xs.max() > width - 1 - margin)
        + int(ys.max() > height - 1 - margin)
    )


def _select(candidates: list[CardQuad]) -> list[CardQuad]:
    """Non-overlapping cards: of two outlines that overlap, keep the better; a card inside a card is
    a panel or logo of the larger one, so the larger wins when it is a good outline."""
    ordered = sorted(candidates, key=lambda c: -c.score)
    kept: list[CardQuad] = []
    for candidate in ordered:
        replace_index: int | None = None
        overlapping = False
        for index, other in enumerate(kept):
            if intersection_over_smaller(candidate.corners, other.corners) > 0.3:
                overlapping = True
                larger = quad_area(candidate.corners) > 1.3 * quad_area(other.corners)
                if larger and candidate.score > 0.75 * other.score:
                    replace_index = index
                break
        if replace_index is not None:
            kept[replace_index] = candidate
        elif not overlapping:
            kept.append(candidate)
    if not kept:
        return []
    largest = max(quad_area(card.corners) for card in kept)
    # Cards photographed together have similar sizes; much smaller outlines are details.
    kept = [card for card in kept if quad_area(card.corners) >= 0.3 * largest]
    return sorted(kept, key=lambda c: (float(c.corners[:, 1].min()) // 50, float(c.corners[:, 0].min())))
