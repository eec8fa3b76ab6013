"""Procedural surfaces that business cards are photographed on (BGR, made fresh every run).

Each maker draws the kind of surface real phone photos of cards show and that defeats simple card
finding: a light desk barely different from a white card, wood grain and woven cloth full of edges,
paper, a hand (a skin-toned region partly over the card), a desk with a phone and another object.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

Rng = np.random.Generator


def _grid(width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    return xs, ys


def _colour(base: np.ndarray, shade: np.ndarray) -> np.ndarray:
    return np.clip(base[None, None, :] + shade[:, :, None], 0, 255)


def _smooth_noise(rng: Rng, width: int, height: int, cell: int, amplitude: float) -> np.ndarray:
    """Low-frequency blotches: coarse random grid, enlarged smoothly."""
    coarse = rng.normal(0, amplitude, (max(2, height // cell), max(2, width // cell))).astype(np.float32)
    return np.asarray(cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC), dtype=np.float32)


def light_desk(rng: Rng, width: int, height: int) -> np.ndarray:
    """Light grey or beige laminate: little contrast with a white card, gentle blotches."""
    tone = rng.uniform(170, 225)
    tint = rng.uniform(-8, 10)
    base = np.array([tone - tint, tone, tone + tint * 0.6], dtype=np.float32)
    shade = _smooth_noise(rng, width, height, 60, 6) + rng.normal(0, 3, (height, width)).astype(np.float32)
    return _colour(base, shade)


def wood(rng: Rng, width: int, height: int) -> np.ndarray:
    """Wood grain: wavy stripes of two browns, knots of darker tone."""
    xs, ys = _grid(width, height)
    if rng.random() < 0.5:
        xs, ys = ys, xs
    period = rng.uniform(6, 18)
    grain = np.sin(xs / period + rng.uniform(2, 5) * np.sin(ys / rng.uniform(40, 120)))
    fine = rng.normal(0, 5, (height, width)).astype(np.float32)
    light = np.array(rng.choice([[60, 100, 150], [90, 140, 185], [40, 70, 110], [120, 160, 200]]), np.float32)
    shade = grain * rng.uniform(10, 25) + fine + _smooth_noise(rng, width, height, 90, 10)
    return _colour(light, shade)


def cloth(rng: Rng, width: int, height: int) -> np.ndarray:
    """Woven or patterned cloth: a fine weave, a plaid of coloured stripes, sometimes dots."""
    xs, ys = _grid(width, height)
    weave = (np.sin(xs * rng.uniform(0.8, 1.6)) * np.sin(ys * rng.uniform(0.8, 1.6))) * 10
    base = rng.uniform(40, 220, 3).astype(np.float32)
    image = _colour(base, weave.astype(np.float32))
    stripe = rng.uniform(25, 90)
    band_x = (np.floor(xs / stripe) % 2 == 0).astype(np.float32)
    band_y = (np.floor(ys / (stripe * rng.uniform(0.6, 1.4))) % 2 == 0).astype(np.float32)
    other = rng.uniform(40, 220, 3).astype(np.float32)
    mix = (0.5 * band_x + 0.5 * band_y)[:, :, None] * rng.uniform(0.3, 0.8)
    image = image * (1 - mix) + other[None, None, :] * mix
    if rng.random() < 0.4:
        for _ in range(int(width * height / 4000)):
            centre = (int(rng.uniform(0, width)), int(rng.uniform(0, height)))
            cv2.circle(image, centre, int(rng.uniform(3, 9)), [float(v) for v in rng.uniform(0, 255, 3)], -1)
    return np.clip(image + rng.normal(0, 4, image.shape), 0, 255)


def paper(rng: Rng, width: int, height: int) -> np.ndarray:
    """A sheet of paper or a notebook: near-white with fibres, sometimes ruled lines."""
    tone = rng.uniform(215, 245)
    base = np.array([tone - rng.uniform(0, 12), tone, tone], dtype=np.float32)
    shade = _smooth_noise(rng, width, height, 40, 4) + rng.normal(0, 4, (height, width)).astype(np.float32)
    image = _colour(base, shade)
    if rng.random() < 0.5:
        spacing = int(rng.uniform(28, 50))
        for y in range(spacing, height, spacing):
            cv2.line(image, (0, y), (width, y), (200, 170, 150), 2)
    return image


def dark_desk(rng: Rng, width: int, height: int) -> np.ndarray:
    """A dark desk or mat: easy for white cards, hard for dark ones."""
    tone = rng.uniform(25, 80)
    base = np.array([tone, tone * rng.uniform(0.9, 1.1), tone * rng.uniform(0.9, 1.2)], dtype=np.float32)
    shade = _smooth_noise(rng, width, height, 50, 6) + rng.normal(0, 4, (height, width)).astype(np.float32)
    return _colour(base, shade)


SURFACES: dict[str, Callable[[Rng, int, int], np.ndarray]] = {
    "light_desk": light_desk,
    "wood": wood,
    "cloth": cloth,
    "paper": paper,
    "dark_desk": dark_desk,
}


def skin_colour(rng: Rng) -> tuple[float, float, float]:
    """A BGR skin tone, from pale to dark."""
    tones = [(170, 190, 235), (140, 170, 220), (110, 140, 195), (80, 105, 160), (55, 75, 115)]
    b, g, r = tones[int(rng.integers(len(tones)))]
    return (b + rng.uniform(-10, 10), g + rng.uniform(-10, 10), r + rng.uniform(-10, 10))


def draw_hand(image: np.ndarray, rng: Rng, card: np.ndarray, under: bool) -> None:
    """A hand: a palm behind the card (``under``) or a thumb over its edge, skin-toned and shaded."""
    height, width = image.shape[:2]
    centre = card.mean(axis=0)
    edge = card[int(rng.integers(4))] * 0.5 + card[int(rng.integers(4))] * 0.5
    colour = skin_colour(rng)
    layer = np.zeros((height, width), np.uint8)
    if under:
        direction = edge - centre
        palm = centre + direction * 1.3
        axes = (int(width * rng.uniform(0.25, 0.4)), int(height * rng.uniform(0.2, 0.35)))
        angle = float(np.degrees(np.arctan2(direction[1], direction[0])))
        cv2.ellipse(layer, (int(palm[0]), int(palm[1])), axes, angle, 0, 360, 255, -1)
    else:
        size = np.linalg.norm(card[1] - card[0]) * rng.uniform(0.08, 0.13)
        tip = edge + (centre - edge) * rng.uniform(0.05, 0.2)
        base = edge - (centre - edge) * 1.5
        cv2.line(layer, (int(tip[0]), int(tip[1])), (int(base[0]), int(base[1])), 255, int(size * 2))
        cv2.circle(layer, (int(tip[0]), int(tip[1])), int(size), 255, -1)
    soft = cv2.GaussianBlur(layer, (0, 0), 2.0).astype(np.float32)[:, :, None] / 255.0
    shading = 1.0 + _smooth_noise(rng, width, height, 80, 0.08)[:, :, None]
    skin = np.array(colour, np.float32)[None, None, :] * shading
    image[:] = image * (1 - soft) + skin * soft


def draw_phone(image: np.ndarray, rng: Rng, avoid: np.ndarray) -> None:
    """A phone (dark rounded slab with a lit screen) lying beside the card, partly out of frame."""
    height, width = image.shape[:2]
    long_side = min(width, height) * rng.uniform(0.5, 0.8)
    w, h = long_side * 0.48, long_side
    corner = np.array([rng.choice([-0.15, 0.75]) * width, rng.uniform(-0.2, 0.6) * height])
    if cv2.pointPolygonTest(avoid.reshape(-1, 1, 2), (float(corner[0] + w / 2), float(corner[1] + h / 2)), False) > 0:
        corner[0] = width - corner[0] - w
    x, y = int(corner[0]), int(corner[1])
    cv2.rectangle(image, (x, y), (int(x + w), int(y + h)), (25, 25, 28), -1)
    screen = ((int(x + w * 0.06), int(y + h * 0.05)), (int(x + w * 0.94), int(y + h * 0.95)))
    cv2.rectangle(image, screen[0], screen[1], (120, 90, 60), -1)


def draw_objects(image: np.ndarray, rng: Rng) -> None:
    """Pens, a mug rim, a sticky note: shapes with edges that are not cards."""
    height, width = image.shape[:2]
    for _ in range(int(rng.integers(1, 4))):
        colour = [float(v) for v in rng.uniform(20, 230, 3)]
        kind = rng.integers(3)
        x, y = int(rng.uniform(0, width)), int(rng.uniform(0, height))
        if kind == 0:
            end = (int(x + rng.uniform(-300, 300)), int(y + rng.uniform(-300, 300)))
            cv2.line(image, (x, y), end, colour, int(rng.uniform(8, 16)))
        elif kind == 1:
            cv2.circle(image, (x, y), int(rng.uniform(60, 140)), colour, int(rng.uniform(10, 25)))
        else:
            side = int(rng.uniform(80, 160))
            cv2.rectangle(image, (x, y), (x + side, y + side), colour, -1)
