"""A ``scan_world_set`` card, drawn at the scan's dpi, as an office flatbed gives it back.

Drawn per card: the card a little askew (a hand lays it on the glass), the lid's white or grey around it or
a tight crop, the paper's fibres and a slow unevenness, a lamp's colour cast, the optics' softness (a
fraction of a pixel at 300 dpi, in proportion at other resolutions), sensor noise, and the file: JPEG at
quality 75-95 or a lossless PNG (many scanners' "document" preset).
"""

from __future__ import annotations

import random

import cv2
import numpy as np

# Resolutions offered by scanner software, 300 the default most offices leave (so drawn most often).
DPIS = (200, 300, 300, 300, 400, 600)
MAX_SKEW_DEG = 2.0  # a card laid by hand: rarely more than a couple of degrees
PNG_SHARE = 0.2  # scans saved losslessly
JPEG_QUALITY = (75, 95)


def _askew(image: np.ndarray, degrees: float, lid: tuple[int, int, int], border: int) -> np.ndarray:
    padded = cv2.copyMakeBorder(image, border, border, border, border, cv2.BORDER_CONSTANT, value=lid)
    h, w = padded.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(padded, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=lid)


def _paper(image: np.ndarray, rng: random.Random, noise: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    fibres = noise.normal(1.0, rng.uniform(0.006, 0.02), (h, w)).astype(np.float32)
    slow = cv2.resize(noise.normal(1.0, 0.02, (4, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return image.astype(np.float32) * (fibres * slow)[:, :, None]


def scan(card: np.ndarray, dpi: int, rng: random.Random) -> tuple[np.ndarray, str, dict[str, object]]:
    """``card`` (BGR, already at ``dpi``) scanned: the image, its file extension, and what was done."""
    noise = np.random.default_rng(rng.randrange(1 << 30))
    image = _paper(card, rng, noise)
    cast = np.array([rng.uniform(0.94, 1.04), rng.uniform(0.97, 1.02), rng.uniform(0.94, 1.05)], np.float32)
    image = np.clip(image * cast, 0, 255).astype(np.uint8)
    lid_grey = rng.choice((255, 248, 235, 200))
    border = 0 if rng.random() < 0.25 else round(rng.uniform(2, 12) * dpi / 25.4)
    skew = rng.uniform(-MAX_SKEW_DEG, MAX_SKEW_DEG) if rng.random() < 0.8 else 0.0
    image = _askew(image, skew, (lid_grey,) * 3, max(border, 1))
    if border == 0:  # a tight crop: the scan software cut at the card's edge
        cut = max(1, round(dpi / 100))
        image = image[cut:-cut, cut:-cut]
    softness = rng.uniform(0.5, 1.0) * dpi / 300
    image = cv2.GaussianBlur(image, (0, 0), softness)
    grain = noise.normal(0, rng.uniform(1.5, 4.0), image.shape).astype(np.float32)
    image = np.clip(image.astype(np.float32) + grain, 0, 255).astype(np.uint8)
    extension = ".png" if rng.random() < PNG_SHARE else ".jpg"
    done: dict[str, object] = {"dpi": dpi, "skew": round(skew, 2), "lid": border > 0, "format": extension[1:]}
    return image, extension, done
