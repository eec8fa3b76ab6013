"""A phone photo of MODERATE difficulty for ``fr_stranger_set``: one card lying on a table or a desk, seen from
above by a phone held a little askew, as a 1280 × 720 frame (720 × 1280 for an upright card).

What makes it moderate, against ``photo_set``'s harsh scenes: the card covers 40-80 % of the frame (less when
an upright card's frame is narrow), is turned by at most ``MAX_TILT_DEG``, its corners pulled by at most
``MAX_KEYSTONE`` of its size (a phone a few degrees off the vertical), always wholly inside the frame; the
light is soft (a broad gradient, a faint shadow under the card), the focus slightly soft, JPEG 80-92.
Surfaces are ``photo_backgrounds``' plain ones: wood, a light or dark desk, a cream table, cloth, paper.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from . import photo_backgrounds

LANDSCAPE_FRAME = (1280, 720)
PORTRAIT_FRAME = (720, 1280)
MIN_AREA_SHARE, MAX_AREA_SHARE = 0.40, 0.80  # the card's share of the frame's area (the brief's 40-80 %)
MAX_TILT_DEG = 7.0  # a card laid down by hand and a phone held by hand: a few degrees either way
MAX_KEYSTONE = 0.035  # each corner moved by up to this share of the card's size: mild perspective
EDGE_MARGIN_PX = 14  # the whole card stays this far inside the frame (the user framed it)
SURFACES = {
    "wood": photo_backgrounds.wood,
    "light_desk": photo_backgrounds.light_desk,
    "dark_desk": photo_backgrounds.dark_desk,
    "cream_table": photo_backgrounds.cream_table,
    "cloth": photo_backgrounds.cloth,
    "paper_sheet": photo_backgrounds.paper_sheet,
}


def _card_quad(card_size: tuple[int, int], frame: tuple[int, int], rng: random.Random) -> np.ndarray:
    """Corners (TL, TR, BR, BL) of the card in the frame: turned, keystoned, and wholly inside."""
    width, height = card_size
    frame_w, frame_h = frame
    share = rng.uniform(MIN_AREA_SHARE, MAX_AREA_SHARE)
    angle = np.deg2rad(rng.uniform(-MAX_TILT_DEG, MAX_TILT_DEG))
    scale = np.sqrt(share * frame_w * frame_h / (width * height))
    base = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float64) - [width / 2, height / 2]
    jitter = np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * MAX_KEYSTONE * [width, height]
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    while True:  # shrink until it fits: a card as large as the share asks may not fit once turned
        quad = ((base + jitter) * scale) @ rotation.T
        span = quad.max(axis=0) - quad.min(axis=0)
        if span[0] <= frame_w - 2 * EDGE_MARGIN_PX and span[1] <= frame_h - 2 * EDGE_MARGIN_PX:
            break
        scale *= 0.98
    room = np.array([frame_w, frame_h]) - 2 * EDGE_MARGIN_PX - span
    offset = EDGE_MARGIN_PX + np.array([rng.uniform(0, room[0]), rng.uniform(0, room[1])]) - quad.min(axis=0)
    return (quad + offset).astype(np.float32)


def _soft_light(frame: tuple[int, int], rng: random.Random) -> np.ndarray:
    """A broad gradient of light across the frame (a window or a lamp to one side), per pixel factor."""
    width, height = frame
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    direction = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(direction) * (xs / width - 0.5) + np.sin(direction) * (ys / height - 0.5)) * 2
    strength = rng.uniform(0.04, 0.14)
    return np.asarray(1.0 - strength / 2 + strength / 2 * ramp, np.float32)


def photograph(card: np.ndarray, rng: random.Random, seed: int) -> tuple[np.ndarray, int, np.ndarray, list[str]]:
    """The flat card (BGR) photographed on a table: the frame, its JPEG quality, the card's corners, traits."""
    height, width = card.shape[:2]
    frame = PORTRAIT_FRAME if height > width else LANDSCAPE_FRAME
    noise = np.random.default_rng(seed)
    surface_name = rng.choice(sorted(SURFACES))
    surface = np.asarray(SURFACES[surface_name](noise, *frame), np.float32)
    quad = _card_quad((width, height), frame, rng)
    # warp from a copy already near the photo's scale: less aliasing than warping the 300 dpi card directly
    target_w = float(np.linalg.norm(quad[1] - quad[0]))
    factor = min(1.0, target_w / width * 1.15)
    small = cv2.resize(card, (round(width * factor), round(height * factor)), interpolation=cv2.INTER_AREA)
    source = np.array([[0, 0], [small.shape[1], 0], [small.shape[1], small.shape[0]], [0, small.shape[0]]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, quad)
    warped = cv2.warpPerspective(small, matrix, frame, flags=cv2.INTER_LINEAR).astype(np.float32)
    mask = cv2.warpPerspective(np.full(small.shape[:2], 255, np.uint8), matrix, frame, flags=cv2.INTER_LINEAR)
    alpha = mask.astype(np.float32)[:, :, None] / 255
    # the faint shadow the card casts under soft light: its outline, offset a little and blurred
    shift = np.float32([[1, 0, rng.uniform(3, 10)], [0, 1, rng.uniform(3, 10)]])
    shadow = cv2.GaussianBlur(cv2.warpAffine(mask, shift, frame), (0, 0), rng.uniform(6, 14)).astype(np.float32)
    surface *= 1 - rng.uniform(0.15, 0.3) * shadow[:, :, None] / 255
    image = surface * (1 - alpha) + warped * alpha
    image *= _soft_light(frame, rng)[:, :, None]
    tint = np.array([rng.uniform(0.96, 1.0), 1.0, rng.uniform(1.0, 1.04)], np.float32)  # a warm or neutral light
    image *= tint
    sigma = rng.uniform(0.5, 1.1)  # the phone's focus a little soft, never a motion blur
    image = cv2.GaussianBlur(np.clip(image, 0, 255), (0, 0), sigma)
    image += noise.normal(0, rng.uniform(1.5, 3.5), image.shape).astype(np.float32)
    quality = rng.randint(80, 92)
    traits = [f"surface:{surface_name}", f"blur:{sigma:.2f}", f"jpeg:{quality}"]
    return np.clip(image, 0, 255).astype(np.uint8), quality, quad, traits
