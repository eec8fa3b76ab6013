"""Snap a card outline onto the card's actual edges.

Candidate outlines come from masks that are closed, opened or computed at half resolution, so their
sides sit a pixel or two off the real edge, and which mask wins varies from photo to photo. A crop a few
pixels into the card can cost a line of print (and OCR is sensitive to such shifts), so every chosen
outline is refitted on the image itself: along each side, the strongest colour step across it within a
few pixels, and a line through those steps.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_cut import on_frame_edge
from cardbook.ocr.detect_fit import refit_quad
from cardbook.ocr.types import Points

SNAP_REACH = 4.0  # work pixels searched either side of a side: the masks' known imprecision
SNAP_STEP = 0.5  # search resolution along the normal (work pixels)
SNAP_SPAN = 1.5  # colours compared this far either side of a probed point (edges blur over ~2 px)
SNAP_SAMPLES = 32  # probes along each side
SNAP_MIN_STEP = 6.0  # Lab step that counts as the card's edge (a pale card on paper still shows ~6–10)
SNAP_MIN_POINTS = 8  # fewer edge points on a side (a thumb, glare, the frame): keep that side as it was


def snap_to_edges(lab: np.ndarray, quad: Points) -> Points:
    """``quad`` with each side refitted through the strongest nearby colour steps (work-copy pixels); kept
    as found when a side latched onto something else (print, a shadow) and would move too far."""
    height, width = lab.shape[:2]
    centre = quad.mean(axis=0)
    offsets = np.arange(-SNAP_REACH, SNAP_REACH + SNAP_STEP / 2, SNAP_STEP, dtype=np.float32)

    def colour_steps(a: np.ndarray, b: np.ndarray, direction: np.ndarray, _length: float) -> Points | None:
        if on_frame_edge(a, b, width, height):
            return None  # the frame's edge where a card runs past it: no card edge to snap to
        normal = np.array([-direction[1], direction[0]], dtype=np.float32)
        if float(np.dot(centre - (a + b) / 2, normal)) < 0:
            normal = -normal
        points = a + (b - a) * np.linspace(0.1, 0.9, SNAP_SAMPLES, dtype=np.float32)[:, None]
        edge_points = _edge_points(lab, points, normal, offsets)
        return edge_points if len(edge_points) >= SNAP_MIN_POINTS else None

    return refit_quad(quad, colour_steps, cv2.DIST_HUBER, 3 * SNAP_REACH)


def _edge_points(lab: np.ndarray, points: Points, normal: np.ndarray, offsets: np.ndarray) -> Points:
    """For each probe point, where along the normal the colour steps most (if it steps enough)."""
    height, width = lab.shape[:2]

    def sample(shift: np.ndarray) -> np.ndarray:
        where = points[:, None, :] + shift[None, :, None] * normal[None, None, :]
        map_x = np.ascontiguousarray(where[:, :, 0], dtype=np.float32)
        map_y = np.ascontiguousarray(where[:, :, 1], dtype=np.float32)
        return np.asarray(cv2.remap(lab, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE))

    inner = sample(offsets + SNAP_SPAN)
    outer = sample(offsets - SNAP_SPAN)
    steps = np.sqrt(((inner - outer) ** 2).sum(axis=2))
    best = steps.argmax(axis=1)
    strength = steps[np.arange(len(points)), best]
    located = points + offsets[best][:, None] * normal[None, :]
    inside = (located[:, 0] >= 1) & (located[:, 0] < width - 1) & (located[:, 1] >= 1) & (located[:, 1] < height - 1)
    return np.ascontiguousarray(located[(strength >= SNAP_MIN_STEP) & inside], dtype=np.float32)
