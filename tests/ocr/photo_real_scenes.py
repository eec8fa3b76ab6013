"""``photo_set --kind real``: what real phone photos of small-business cards show and the other kinds lack.

Issue 10 lists what the finder still missed on real photos; the other kinds draw a soft shadow on one side,
a round glare spot and fingers over a light card. These scenes draw, one per photo in turn (``REAL_SCENES``):

- ``phone_shade``: a white or pale card on white paper or a cream table, the hard-edged shadow of the phone
  taking the picture over about half of the card and the paper around it (the card's edge then steps from
  lit paper to lit card and from shaded paper to shaded card, both by a few grey levels);
- ``glare_band``: a glossy card with a long specular band (a window or a ceiling light) crossing it and one
  or two of its edges, bright enough to wash the edge out where it crosses;
- ``dark_held``: a dark card held up in the fingers in front of a room, a thumb over one corner or fingers
  across an edge;
- ``corner_held``: a white or pale card held the same way.

Each photo's truth is the card's fields and corners as for ``--kind cases``, with ``scene``.
"""

from __future__ import annotations

import math
from typing import Any

import cv2
import numpy as np

from .photo_backgrounds import USER_SURFACES, draw_fingers
from .photo_set import _drop_shadow, _light, _paste, _phone_look, _turned_corners, camera_finish, styled_card
from .set_writer import rounded_points

REAL_SCENES = ("phone_shade", "glare_band", "dark_held", "corner_held")


def phone_shadow(photo: np.ndarray, rng: np.random.Generator, card: np.ndarray) -> None:
    """The shadow of a phone held over the card: a half-plane through the card (its edge slightly soft, as
    from a lamp above), darkening 20-40 %."""
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    nx, ny = math.cos(angle), math.sin(angle)
    centre = card.mean(axis=0)
    reach = float(np.linalg.norm(card[0] - card[2])) * rng.uniform(-0.15, 0.15)
    distance = (xs - centre[0]) * nx + (ys - centre[1]) * ny - reach
    softness = rng.uniform(2, 10)
    shade = 1 / (1 + np.exp(np.clip(-distance / softness, -50, 50)))
    photo *= (1 - rng.uniform(0.2, 0.4) * shade)[:, :, None]


def glare_band(photo: np.ndarray, rng: np.random.Generator, card: np.ndarray) -> None:
    """A long specular band across the card through a point near one of its sides, so that it crosses that
    side (and often the next): the reflection of a window or a strip light on glossy stock."""
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    side = int(rng.integers(4))
    through = card[side] + (card[(side + 1) % 4] - card[side]) * rng.uniform(0.3, 0.7)
    through = through * 0.85 + card.mean(axis=0) * 0.15
    angle = rng.uniform(0, math.pi)
    nx, ny = -math.sin(angle), math.cos(angle)
    across = (xs - through[0]) * nx + (ys - through[1]) * ny
    short = float(min(np.linalg.norm(card[1] - card[0]), np.linalg.norm(card[2] - card[1])))
    band = np.exp(-(across**2) / (2 * (short * rng.uniform(0.05, 0.12)) ** 2))
    on_card = np.zeros((height, width), np.uint8)
    cv2.fillConvexPoly(on_card, np.round(card).astype(np.int32), 255)
    # Glossy stock reflects; the desk beside it a little (the band runs on past the card's edge, fainter).
    reflects = np.where(on_card > 0, 1.0, rng.uniform(0.2, 0.5)).astype(np.float32)
    reflects = cv2.GaussianBlur(reflects, (0, 0), 1.5)
    photo += (band * reflects)[:, :, None] * rng.uniform(120, 220)


def make_real_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """One photo of a ``REAL_SCENES`` scene, as JPEG bytes, and its truth."""
    long_side = int(rng.choice([1600, 2000]))
    ratio = float(rng.choice([4 / 3, 16 / 9]))
    width, height = long_side, int(long_side / ratio)
    if rng.random() < 0.5:
        width, height = height, width
    scene_name = REAL_SCENES[index % len(REAL_SCENES)]
    held = scene_name in ("dark_held", "corner_held")
    surface = "room" if held else str(rng.choice(["cream_table", "paper_sheet"]))
    if scene_name == "glare_band":
        surface = str(rng.choice(["cream_table", "paper_sheet", "tablecloth", "room"]))
    photo = USER_SURFACES[surface](rng, width, height).astype(np.float32)
    styles = {
        "phone_shade": ("white", "white", "pale"),
        "dark_held": ("dark", "bordered_dark"),
        "corner_held": ("white", "pale"),
        "glare_band": ("white", "pale", "dark", "colourful"),
    }[scene_name]
    style = str(rng.choice(styles))
    image, truth = styled_card(index, rng, style)
    share = float(rng.uniform(0.2, 0.5))
    corners = _turned_corners(rng, (image.shape[1], image.shape[0]), (0, 0, width, height), share, rng.uniform(-25, 25))
    radius = int(min(image.shape[:2]) * rng.uniform(0.03, 0.08)) if rng.random() < 0.4 else 0
    if not held:
        _drop_shadow(photo, rng, corners)
    _paste(photo, image, corners, radius)
    fingers = draw_fingers(photo, rng, corners) if held else ""
    if scene_name == "phone_shade":
        phone_shadow(photo, rng, corners)
    photo = _light(photo, rng, False, False, corners)
    if scene_name == "glare_band":
        glare_band(photo, rng, corners)
    photo = _phone_look(photo, rng, bool(rng.random() < 0.4))
    encoded, blur, quality = camera_finish(photo, rng)
    truth.update(
        image=f"photo-{index:03d}.jpg",
        kind="photo",
        notes="synthetic photo of a scene real photos show (tests/ocr/photo_real_scenes.py, photo_set --kind real)",
        corners=rounded_points(corners),
        cards=[rounded_points(corners)],
        scene=scene_name,
        surface=surface,
        style=style,
        share=round(share, 2),
        held=fingers,
        blur=blur,
        jpeg_quality=quality,
    )
    return encoded.tobytes(), truth
