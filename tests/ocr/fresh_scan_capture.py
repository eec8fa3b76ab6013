"""A 300 dpi render captured as an office flatbed scan for ``fresh_scan_set``.

What differs from one office scanner to the next, drawn per card: the resolution (200, 240 or 300 dpi),
the card a little askew (up to 2°, as a card laid by hand on the glass), the lid's white or grey showing
around it or the scan cropped tight to the card, the paper's texture (fibres and a slight unevenness),
a colour cast (a lamp's warm or cool white balance), the optics' softness, sensor noise and JPEG at
quality 75-95. Light is even: the lamp travels with the sensor.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

DPIS = (200, 240, 300)
MAX_SKEW_DEG = 2.0
LIDS = ((246, 246, 244), (236, 236, 232), (206, 206, 204), (186, 188, 190))  # white and grey lids (BGR)


def _paper(card: np.ndarray, rng: random.Random, noise: np.random.Generator) -> np.ndarray:
    """Fibres (fine grain) and a broad unevenness, multiplied into the print as paper modulates ink and ground."""
    height, width = card.shape[:2]
    grain = noise.normal(1.0, 0.018, (height, width)).astype(np.float32)
    broad = cv2.resize(
        noise.normal(1.0, 0.02, (6, 9)).astype(np.float32), (width, height), interpolation=cv2.INTER_CUBIC
    )
    return card.astype(np.float32) * (grain * broad)[..., None]


def scan(card: np.ndarray, rng: random.Random) -> tuple[np.ndarray, int, dict[str, object]]:
    """``card`` (BGR, 300 dpi) as scanned: the image, the JPEG quality to save at, and what was done."""
    noise = np.random.default_rng(rng.randrange(1 << 30))
    dpi = rng.choice(DPIS)
    page = _paper(card, rng, noise)
    height, width = page.shape[:2]
    tight = rng.random() < 0.3
    margin = rng.randint(4, 14) if tight else rng.randint(int(0.08 * width), int(0.35 * width))
    lid = np.array(rng.choice(LIDS), np.float32)
    canvas = np.empty((height + 2 * margin, width + 2 * margin, 3), np.float32)
    canvas[:] = lid
    canvas[margin : margin + height, margin : margin + width] = page
    if not tight:  # the card's edge casts a thin shadow on the lid
        shadow = np.zeros(canvas.shape[:2], np.float32)
        shadow[margin + 3 : margin + height + 3, margin + 3 : margin + width + 3] = 1
        shadow = cv2.GaussianBlur(shadow, (0, 0), 2.0)
        outside = np.ones(canvas.shape[:2], np.float32)
        outside[margin : margin + height, margin : margin + width] = 0
        canvas *= (1 - 0.18 * shadow * outside)[..., None]
    skew = rng.uniform(-MAX_SKEW_DEG, MAX_SKEW_DEG)
    centre = (canvas.shape[1] / 2, canvas.shape[0] / 2)
    turn = cv2.getRotationMatrix2D(centre, skew, 1.0)
    canvas = cv2.warpAffine(
        canvas,
        turn,
        (canvas.shape[1], canvas.shape[0]),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(v) for v in lid),
    )
    cast = np.array([rng.uniform(0.95, 1.03), rng.uniform(0.98, 1.02), rng.uniform(0.97, 1.05)], np.float32)
    canvas *= cast
    canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.5, 0.9))
    if dpi != 300:
        scale = dpi / 300
        canvas = cv2.resize(canvas, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    canvas += noise.normal(0, rng.uniform(1.5, 3.5), canvas.shape).astype(np.float32)
    quality = rng.randint(75, 95)
    image = np.clip(canvas, 0, 255).astype(np.uint8)
    traits = {
        "dpi": dpi,
        "skew": round(skew, 2),
        "tight": tight,
        "lid": "white" if lid[0] > 220 else "grey",
        "jpeg": quality,
    }
    return image, quality, traits
