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


# Surfaces of the "user" photos (``photo_set --kind user``): what people actually put a card on when they
# photograph it after an event, where it is still easy for a person to see the card.


def cream_table(rng: Rng, width: int, height: int) -> np.ndarray:
    """A white or cream table top: within a few grey levels of a white card, faint blotches."""
    tone = rng.uniform(215, 248)
    warmth = rng.uniform(0, 14)
    base = np.array([tone - warmth, tone - warmth * 0.3, tone], dtype=np.float32)
    shade = _smooth_noise(rng, width, height, 80, 3) + rng.normal(0, 2, (height, width)).astype(np.float32)
    return _colour(base, shade)


def paper_sheet(rng: Rng, width: int, height: int) -> np.ndarray:
    """A sheet of printer paper lying on a desk, filling most of the frame; the desk shows at one side."""
    image = light_desk(rng, width, height) if rng.random() < 0.5 else wood(rng, width, height)
    margin = [int(rng.uniform(-0.1, 0.2) * side) for side in (width, height, width, height)]
    sheet = np.zeros((height, width), np.uint8)
    corners = np.array(
        [[margin[0], margin[1]], [width - margin[2], margin[1]], [width - margin[2], height - margin[3]],
         [margin[0], height - margin[3]]], np.float32)  # fmt: skip
    corners += rng.uniform(-0.04, 0.04, (4, 2)).astype(np.float32) * np.array([width, height], np.float32)
    cv2.fillConvexPoly(sheet, np.round(corners).astype(np.int32), 255)
    white = cream_table(rng, width, height)
    alpha = cv2.GaussianBlur(sheet, (0, 0), 1.5).astype(np.float32)[:, :, None] / 255
    return image * (1 - alpha) + white * alpha


def tablecloth(rng: Rng, width: int, height: int) -> np.ndarray:
    """A busy printed tablecloth: bold gingham, a flowered print or large polka dots, white among its colours."""
    xs, ys = _grid(width, height)
    white = np.array([235, 238, 240], np.float32) - rng.uniform(0, 15)
    colour = rng.uniform(30, 200, 3).astype(np.float32)
    kind = int(rng.integers(3))
    if kind == 0:  # gingham: a white, a mid and a full tone of one colour
        cell = rng.uniform(12, 40)
        band_x = (np.floor(xs / cell) % 2).astype(np.float32)
        band_y = (np.floor(ys / cell) % 2).astype(np.float32)
        weight = ((band_x + band_y) / 2)[:, :, None]
        image = white[None, None, :] * (1 - weight) + colour[None, None, :] * weight
    else:
        image = np.broadcast_to(white if kind == 1 else colour, (height, width, 3)).astype(np.float32).copy()
        count = int(width * height / rng.uniform(2500, 9000))
        for _ in range(count):
            centre = (int(rng.uniform(0, width)), int(rng.uniform(0, height)))
            paint = [float(v) for v in (rng.uniform(20, 230, 3) if kind == 1 else white)]
            if kind == 1:  # a flower: petals around a heart
                size = int(rng.uniform(6, 22))
                for petal in range(5):
                    angle = petal * 72 + rng.uniform(0, 72)
                    offset = (int(size * np.cos(np.radians(angle))), int(size * np.sin(np.radians(angle))))
                    cv2.ellipse(image, (centre[0] + offset[0], centre[1] + offset[1]), (size, size // 2 + 1),
                                angle, 0, 360, paint, -1)  # fmt: skip
            else:
                cv2.circle(image, centre, int(rng.uniform(5, 16)), paint, -1)
    image = cv2.GaussianBlur(image, (0, 0), 0.8)
    return np.clip(image + rng.normal(0, 3, image.shape), 0, 255)


def keyboard(rng: Rng, width: int, height: int) -> np.ndarray:
    """A laptop's keyboard seen from above: dark or silver keys in rows, each with a light or dark letter."""
    silver = rng.random() < 0.4
    body = np.array([190, 192, 195] if silver else [45, 45, 48], np.float32)
    key = body + (12 if silver else -20)
    letter = [40.0] * 3 if silver else [215.0] * 3
    image = np.broadcast_to(body, (height, width, 3)).astype(np.uint8).copy()  # putText draws on 8 bits only
    pitch = int(min(width, height) * rng.uniform(0.07, 0.12))
    gap = max(2, pitch // 8)
    for row, y in enumerate(range(-pitch // 2, height, pitch)):
        shift = (row * pitch // 3) % pitch
        for x in range(-shift, width, pitch):
            cv2.rectangle(image, (x + gap, y + gap), (x + pitch - gap, y + pitch - gap), [float(v) for v in key], -1)
            centre = (x + pitch // 3, y + pitch // 2)
            cv2.putText(image, chr(65 + int(rng.integers(26))), centre, cv2.FONT_HERSHEY_SIMPLEX,
                        pitch / 90, letter, max(1, pitch // 40))  # fmt: skip
    return np.clip(image.astype(np.float32) + _smooth_noise(rng, width, height, 90, 6)[:, :, None], 0, 255)


def notebook(rng: Rng, width: int, height: int) -> np.ndarray:
    """An open notebook: squared or ruled paper with a red margin line and a spiral's holes at one side."""
    image = cream_table(rng, width, height)
    spacing = int(rng.uniform(18, 36))
    ink = (205.0, 175.0, 150.0)
    for y in range(spacing, height, spacing):
        cv2.line(image, (0, y), (width, y), ink, 1)
    if rng.random() < 0.5:  # squared paper
        for x in range(spacing, width, spacing):
            cv2.line(image, (x, 0), (x, height), ink, 1)
    margin = int(width * rng.uniform(0.08, 0.2))
    cv2.line(image, (margin, 0), (margin, height), (90.0, 90.0, 220.0), 2)
    for y in range(spacing // 2, height, spacing):
        cv2.circle(image, (margin // 3, y), max(3, spacing // 5), (40.0, 40.0, 40.0), -1)
    return image


def room(rng: Rng, width: int, height: int) -> np.ndarray:
    """An out-of-focus room behind a card held up in the hand: large soft blobs of many colours."""
    image = np.broadcast_to(rng.uniform(60, 200, 3).astype(np.float32), (height, width, 3)).copy()
    for _ in range(int(rng.integers(6, 14))):
        centre = (int(rng.uniform(0, width)), int(rng.uniform(0, height)))
        axes = (int(rng.uniform(0.05, 0.4) * width), int(rng.uniform(0.05, 0.4) * height))
        cv2.ellipse(image, centre, axes, rng.uniform(0, 180), 0, 360, [float(v) for v in rng.uniform(20, 250, 3)], -1)
    return np.asarray(cv2.GaussianBlur(image, (0, 0), min(width, height) * 0.03), np.float32)


def checked_cloth(rng: Rng, width: int, height: int) -> np.ndarray:
    """A pale checked cloth (gingham of white and a pale tint, a fine weave): a pale card's own tones."""
    xs, ys = _grid(width, height)
    white = np.array([238, 240, 242], np.float32) - rng.uniform(0, 12)
    tint = white - rng.uniform(15, 60, 3).astype(np.float32)
    cell = rng.uniform(14, 45)
    band_x = (np.floor(xs / cell) % 2).astype(np.float32)
    band_y = (np.floor(ys / cell) % 2).astype(np.float32)
    weight = ((band_x + band_y) / 2)[:, :, None]
    image = white[None, None, :] * (1 - weight) + tint[None, None, :] * weight
    weave = (np.sin(xs * rng.uniform(0.8, 1.6)) * np.sin(ys * rng.uniform(0.8, 1.6))) * rng.uniform(2, 6)
    image = image + weave[:, :, None]
    image = cv2.GaussianBlur(image, (0, 0), 0.8)
    return np.clip(image + rng.normal(0, 3, image.shape), 0, 255)


USER_SURFACES: dict[str, Callable[[Rng, int, int], np.ndarray]] = {
    "cream_table": cream_table,
    "paper_sheet": paper_sheet,
    "tablecloth": tablecloth,
    "keyboard": keyboard,
    "notebook": notebook,
    "room": room,
}


def _capsule(layer: np.ndarray, start: np.ndarray, end: np.ndarray, radius: float) -> None:
    cv2.line(layer, (int(start[0]), int(start[1])), (int(end[0]), int(end[1])), 255, max(2, int(radius * 2)))
    cv2.circle(layer, (int(end[0]), int(end[1])), max(1, int(radius)), 255, -1)


def draw_fingers(image: np.ndarray, rng: Rng, card: np.ndarray) -> str:
    """A hand holding the card: a thumb over one corner, or fingers across one edge; returns which."""
    height, width = image.shape[:2]
    centre = card.mean(axis=0)
    short = float(min(np.linalg.norm(card[1] - card[0]), np.linalg.norm(card[2] - card[1])))
    radius = short * rng.uniform(0.07, 0.1)
    layer = np.zeros((height, width), np.uint8)
    if rng.random() < 0.5:
        where = "corner"
        corner = card[int(rng.integers(4))]
        inward = (centre - corner) / np.linalg.norm(centre - corner)
        tip = corner + inward * short * rng.uniform(0.15, 0.3)
        _capsule(layer, corner - inward * short * 1.2, tip, radius * 1.3)
    else:
        where = "edge"
        side = int(rng.integers(4))
        a, b = card[side], card[(side + 1) % 4]
        inward = centre - (a + b) / 2
        inward /= np.linalg.norm(inward)
        start = rng.uniform(0.2, 0.5)
        for finger in range(int(rng.integers(2, 5))):
            at = a + (b - a) * min(0.9, start + finger * radius * 2.2 / float(np.linalg.norm(b - a)))
            tip = at + inward * short * rng.uniform(0.06, 0.18)
            _capsule(layer, at - inward * short * 0.9, tip, radius)
    soft = cv2.GaussianBlur(layer, (0, 0), 1.5).astype(np.float32)[:, :, None] / 255.0
    shading = 1.0 + _smooth_noise(rng, width, height, 60, 0.1)[:, :, None]
    skin = np.array(skin_colour(rng), np.float32)[None, None, :] * shading
    image[:] = image * (1 - soft) + skin * soft
    return where
