"""A rendered card as a flatbed scanner would give it: at 300 or 600 dpi, through the scanner's optics, with
the sharpening scanners apply to their output, sensor noise and JPEG — what ``engine_choice`` must still
take for a flat scan (Tesseract's path), although its edges overshoot like a phone photo's.

What a flatbed does and a phone does not: its lamp moves with the sensor, so the light is even across the
card; the card lies flat on the glass, so there is no perspective; the lid's edge or the card's thickness
leaves at most a thin shadow along one side. The renders are 300 dpi (a 3.5-inch card 1050 px wide); 600 dpi
is the render enlarged twice, the optics' blur then the sharpening applied at that resolution.

    python -m tests.ocr.corporate_set OUT --flatbed 600 --photos 0   # a set of such scans
"""

from __future__ import annotations

import random

import cv2
import numpy as np

# The scanner's optics (Gaussian sigma in output pixels): a CIS or CCD flatbed resolves about 0.7 of its
# nominal resolution, a spread of about one pixel.
OPTICS_SIGMA = (0.6, 1.1)
# Unsharp masking as scanner drivers apply it by default or at "high": amount (share of the detail added)
# and radius (Gaussian sigma, pixels).
SHARPEN_AMOUNT = (0.6, 1.6)
SHARPEN_RADIUS = (0.8, 2.0)
# Sensor noise before the sharpening (grey levels), and the JPEG quality scanners save at.
NOISE_SIGMA = (1.0, 2.5)
JPEG_QUALITY = (80, 95)


def flatbed_scan(card: np.ndarray, rng: random.Random, seed: int, dpi: int = 600) -> np.ndarray:
    """``card`` (a BGR render at 300 dpi) scanned at ``dpi`` (300 or 600) with the scanner's sharpening."""
    image = card
    if dpi == 600:
        image = cv2.resize(card, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    if rng.random() < 0.5:
        image = _on_the_bed(image, rng)
    soft = cv2.GaussianBlur(image.astype(np.float32), (0, 0), rng.uniform(*OPTICS_SIGMA))
    soft += np.random.default_rng(seed).normal(0, rng.uniform(*NOISE_SIGMA), soft.shape).astype(np.float32)
    detail = soft - cv2.GaussianBlur(soft, (0, 0), rng.uniform(*SHARPEN_RADIUS))
    sharpened = np.clip(soft + rng.uniform(*SHARPEN_AMOUNT) * detail, 0, 255).astype(np.uint8)
    ok, encoded = cv2.imencode(".jpg", sharpened, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(*JPEG_QUALITY)])
    assert ok
    return np.asarray(cv2.imdecode(encoded, cv2.IMREAD_COLOR), dtype=np.uint8)


def _on_the_bed(image: np.ndarray, rng: random.Random) -> np.ndarray:
    """The card on the scanner's white lid, a little askew, a thin shadow along its lower and right edges."""
    height, width = image.shape[:2]
    margin = max(height, width) // 8
    bed = np.full((height + 2 * margin, width + 2 * margin, 3), rng.randint(238, 252), np.uint8)
    shadow = max(2, width // 500)
    bed[margin + shadow : margin + height + shadow, margin + shadow : margin + width + shadow] = rng.randint(150, 200)
    bed[margin : margin + height, margin : margin + width] = image
    matrix = cv2.getRotationMatrix2D((bed.shape[1] / 2, bed.shape[0] / 2), rng.uniform(-1.5, 1.5), 1.0)
    fill = tuple(int(v) for v in bed[0, 0])
    return np.asarray(cv2.warpAffine(bed, matrix, (bed.shape[1], bed.shape[0]), borderValue=fill), dtype=np.uint8)
