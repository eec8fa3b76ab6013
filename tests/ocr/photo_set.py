"""Phone photos of synthetic business cards with KNOWN corners, for measuring card finding.

Cards come from the French set's renderer (so the ground truth fields are exact), restyled white, pale,
dark, colourful or dark with a thin white border, sometimes with rounded corners; they are laid on the
surfaces of ``photo_backgrounds`` at 20–95 % of the frame, tilted 0–20°, in mild perspective, landscape or
portrait, sometimes held in a hand, beside a phone or objects, next to a second card, or running past the
frame's edge; then lit unevenly, shadowed on one side, given glare, blur, noise and JPEG loss.

Each ``photo-NNN.jpg`` gets a ``photo-NNN.json``: the card's fields (docs/EVALUATION_FORMAT.md, kind "photo"), plus
``corners`` (TL, TR, BR, BL of the card as printed, in image pixels; sharp corners even when the card's
are rounded), ``cards`` (the corners of every card in the photo, the described one first), and the
conditions (``surface``, ``style``, ``off_frame`` …) so that misses can be counted by cause.

``--kind user`` makes instead the scenes users shoot where a person still sees the card at once
(``USER_SCENES``): a white card on a white or cream table or a sheet of paper under warm light with its soft
shadow, a card held between fingers (a thumb over a corner, fingers across an edge), a busy tablecloth, a
laptop keyboard, a notebook, a card filling 20-30 % of the frame; with strong vignetting, a phone's
sharpening and JPEG, rounded corners and slight bends. Their truth adds ``scene``.

``--kind cases`` makes the cases the finder still missed (``CASE_SCENES``): a card running past one edge of
the frame or past a corner, a card turned by 45-180°, a dark card held in the fingers under glare beside a
white one, a pale card on a pale checked cloth, a card filling most of a 16:9 or 4:3 photo.

``--kind real`` makes scenes real phone photos show and the other kinds lack (``photo_real_scenes``): the
hard-edged shadow of the phone over half of a white card on white paper, a glossy card with a specular band
across its edge, a dark card and a light one held in the fingers in front of a room.

``--kind more`` makes the scenes the last pass still named weak (``photo_more_scenes``): a shaded card on a
sheet of paper, a card lying on a palm, front and back of one card side by side, two different cards, a
card beside one cut by the frame.

    python -m tests.ocr.photo_set OUT_DIR [--count 120] [--seed 1] [--kind classic|user|cases|real|more]
    python -m cardbook.ocr.detect_eval OUT_DIR
"""

from __future__ import annotations

import dataclasses
import math
import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from .french_set import make_card
from .photo_backgrounds import (
    SURFACES,
    USER_SURFACES,
    checked_cloth,
    draw_fingers,
    draw_hand,
    draw_objects,
    draw_phone,
)
from .render import render
from .set_writer import print_paths, rounded_points, set_parser, write_encoded

STYLES = ("white", "white", "pale", "dark", "colourful", "bordered_dark")
PALE = [(246, 240, 225), (232, 240, 248), (240, 246, 236)]
COLOURFUL = [(245, 150, 40), (250, 215, 60), (90, 170, 230), (120, 200, 120), (235, 120, 150)]


def styled_card(index: int, rng: np.random.Generator, style: str) -> tuple[np.ndarray, dict[str, Any]]:
    """A rendered card (BGR) in ``style`` and its ground truth."""
    card, truth, _ = make_card(index, random.Random(int(rng.integers(1 << 30))))
    if style == "pale":
        card = dataclasses.replace(card, background=PALE[int(rng.integers(len(PALE)))])
    elif style == "colourful":
        card = dataclasses.replace(card, background=COLOURFUL[int(rng.integers(len(COLOURFUL)))])
    elif style in ("white", "dark", "bordered_dark"):
        card = dataclasses.replace(card, background=(250, 250, 246))
    image = render(card)
    if style in ("dark", "bordered_dark"):
        image = 255 - image  # light print on a dark card
    if style == "bordered_dark":
        border = int(min(image.shape[:2]) * rng.uniform(0.02, 0.05))
        cv2.rectangle(image, (0, 0), (image.shape[1] - 1, image.shape[0] - 1), (245, 245, 245), border * 2)
    return image, truth


def _corner_mask(width: int, height: int, radius: int) -> np.ndarray:
    mask = np.full((height, width), 255, np.uint8)
    if radius > 0:
        mask[:radius, :radius] = mask[:radius, -radius:] = mask[-radius:, :radius] = mask[-radius:, -radius:] = 0
        for cx, cy in ((radius, radius), (width - radius - 1, radius), (radius, height - radius - 1)):
            cv2.circle(mask, (cx, cy), radius, 255, -1)
        cv2.circle(mask, (width - radius - 1, height - radius - 1), radius, 255, -1)
    return mask


def _place(
    rng: np.random.Generator, size: tuple[int, int], frame: tuple[int, int, int, int], share: float, off_frame: bool
) -> np.ndarray:
    """Corners (TL, TR, BR, BL of the card as printed) inside ``frame`` (x, y, w, h) at ``share`` of it."""
    width, height = size
    fx, fy, fw, fh = frame
    angle = math.radians(rng.uniform(-20, 20))
    if rng.random() < 0.3:
        angle += math.pi / 2 * (1 if rng.random() < 0.5 else -1)  # card upright in the frame
    scale = math.sqrt(share * fw * fh / (width * height))
    cos, sin = abs(math.cos(angle)), abs(math.sin(angle))
    fits = min(fw / (width * cos + height * sin), fh / (width * sin + height * cos))
    if not off_frame:
        scale = min(scale, 0.97 * fits)
    w, h = width * scale, height * scale
    local = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    local += rng.uniform(-0.05, 0.05, (4, 2)).astype(np.float32) * np.array([w, h], np.float32)
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    turned = local @ rotation.T
    span = turned.max(axis=0) - turned.min(axis=0)
    room = np.array([fw, fh], np.float32) - span
    jitter = rng.uniform(-0.5, 0.5, 2).astype(np.float32) * np.maximum(room, 0)
    centre = np.array([fx + fw / 2, fy + fh / 2], np.float32) + jitter
    if off_frame:
        axis = int(rng.integers(2))
        sign = 1 if rng.random() < 0.5 else -1
        centre[axis] += sign * (span[axis] * rng.uniform(0.05, 0.25) + max(0.0, float(room[axis])) / 2)
    return np.asarray(turned + centre, np.float32)


def _bent(card: np.ndarray, mask: np.ndarray, bow: float) -> tuple[np.ndarray, np.ndarray, int]:
    """The card and its mask bowed like a slightly bent card: every column shifted by ``bow`` × its height ×
    sin(π x / width), so the corners stay where they were and the long sides curve. Returns the padded card,
    its mask and the padding added above and below."""
    height, width = card.shape[:2]
    pad = int(abs(bow) * height) + 2
    ys, xs = np.mgrid[0 : height + 2 * pad, 0:width].astype(np.float32)
    shift = bow * height * np.sin(np.pi * xs / max(1, width - 1))
    map_y = ys - pad - shift
    bent = cv2.remap(card, xs, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    bent_mask = cv2.remap(mask, xs, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    return np.asarray(bent), np.asarray(bent_mask), pad


def _paste(photo: np.ndarray, card: np.ndarray, corners: np.ndarray, radius: int, bow: float = 0.0) -> None:
    height, width = card.shape[:2]
    card_mask = _corner_mask(width, height, radius)
    pad = 0
    if bow:
        card, card_mask, pad = _bent(card, card_mask, bow)
    source = np.array([[0, pad], [width, pad], [width, height + pad], [0, height + pad]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    size = (photo.shape[1], photo.shape[0])
    warped = cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(card_mask, matrix, size).astype(np.float32)[:, :, None] / 255
    photo[:] = photo * (1 - mask) + warped * mask


def _drop_shadow(photo: np.ndarray, rng: np.random.Generator, corners: np.ndarray) -> None:
    """The soft shadow a card casts on the table under a lamp: its outline, offset, blurred and darker."""
    layer = np.zeros(photo.shape[:2], np.uint8)
    diagonal = float(np.linalg.norm(corners[0] - corners[2]))
    offset = rng.uniform(-0.03, 0.03, 2) * diagonal
    cv2.fillConvexPoly(layer, np.round(corners + offset).astype(np.int32), 255)
    soft = cv2.GaussianBlur(layer, (0, 0), diagonal * rng.uniform(0.01, 0.04)).astype(np.float32) / 255
    photo *= (1 - soft * rng.uniform(0.15, 0.4))[:, :, None]


def _phone_look(photo: np.ndarray, rng: np.random.Generator, warm: bool) -> np.ndarray:
    """Strong vignetting, a warm lamp's colour cast when ``warm``, and a phone's sharpening."""
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    radius = ((xs / width - 0.5) ** 2 + (ys / height - 0.5) ** 2) / 0.5
    photo = photo * (1 - rng.uniform(0.25, 0.55) * radius)[:, :, None]
    if warm:
        photo = photo * np.array([rng.uniform(0.7, 0.85), rng.uniform(0.88, 0.95), 1.05], np.float32)
    blurred = cv2.GaussianBlur(photo, (0, 0), 2.0)
    return np.asarray(photo + rng.uniform(0.3, 0.8) * (photo - blurred), np.float32)


def camera_finish(
    photo: np.ndarray, rng: np.random.Generator, quality_below: int = 90
) -> tuple[np.ndarray, float, int]:
    """The camera's last steps, shared by every kind of photo: a little defocus (none, 0.8 or 1.5 px), sensor
    noise, JPEG at a quality in [55, ``quality_below``). Returns the encoded JPEG, the blur and the quality.
    The random draws keep their order (blur, noise level, noise, quality): a seed makes the same photos."""
    blur = float(rng.choice([0, 0.8, 1.5]))
    if blur:
        photo = cv2.GaussianBlur(photo, (0, 0), blur)
    photo = np.clip(photo + rng.normal(0, rng.uniform(2, 6), photo.shape), 0, 255).astype(np.uint8)
    quality = int(rng.integers(55, quality_below))
    ok, encoded = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return encoded, blur, quality


def _light(photo: np.ndarray, rng: np.random.Generator, shadow: bool, glare: bool, card: np.ndarray) -> np.ndarray:
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    gradient = 1.0 + rng.uniform(-0.15, 0.15) * (xs / width - 0.5) + rng.uniform(-0.15, 0.15) * (ys / height - 0.5)
    light = gradient
    if shadow:  # a soft-edged shadow over one side of the card (a hand or the phone above it)
        angle = rng.uniform(0, 2 * math.pi)
        nx, ny = math.cos(angle), math.sin(angle)
        centre = card.mean(axis=0)
        reach = float(np.linalg.norm(card[0] - card[2])) * rng.uniform(0.1, 0.35)
        distance = (xs - centre[0]) * nx + (ys - centre[1]) * ny - reach
        softness = rng.uniform(8, 60)
        light = light * (1 - rng.uniform(0.25, 0.5) / (1 + np.exp(np.clip(-distance / softness, -50, 50))))
    photo = photo * light[:, :, None]
    if glare:  # a bright specular patch on glossy stock
        spot = card[int(rng.integers(4))] * 0.4 + card.mean(axis=0) * 0.6
        sigma = float(np.linalg.norm(card[0] - card[1])) * rng.uniform(0.06, 0.18)
        blob = np.exp(-(((xs - spot[0]) ** 2) + (ys - spot[1]) ** 2) / (2 * sigma**2))
        photo = photo + blob[:, :, None] * rng.uniform(80, 200)
    return photo


def scene(
    cards: list[np.ndarray],
    surface: str,
    seed: int,
    size: tuple[int, int] = (1000, 750),
    share: float = 0.4,
    hand: bool = False,
    off_frame: bool = False,
    shadow: bool = False,
    objects: bool = False,
) -> tuple[np.ndarray, list[np.ndarray]]:
    """A chosen scene for tests: ``cards`` (BGR) laid on ``surface`` side by side, lit with a soft
    gradient and noise, a shadow over one side of the first card when asked (no glare), a phone and
    pens beside it when ``objects``; returns the photo and each card's corners."""
    rng = np.random.default_rng(seed)
    width, height = size
    photo = SURFACES[surface](rng, width, height).astype(np.float32)
    frames = [(0, 0, width, height)]
    if len(cards) == 2:
        frames = [(0, 0, width // 2, height), (width - width // 2, 0, width // 2, height)]
    placed: list[np.ndarray] = []
    for card, frame in zip(cards, frames, strict=False):
        corners = _place(rng, (card.shape[1], card.shape[0]), frame, share, off_frame)
        if hand and not placed:
            draw_hand(photo, rng, corners, under=True)
        _paste(photo, card, corners, 0)
        placed.append(corners)
    if objects:
        draw_phone(photo, rng, placed[0])
    photo = _light(photo, rng, shadow, False, placed[0])
    photo = np.clip(photo + rng.normal(0, 3, photo.shape), 0, 255).astype(np.uint8)
    return photo, placed


def make_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """One photographed card (or two) as JPEG bytes, and its truth."""
    long_side = int(rng.choice([1280, 1600, 2000]))
    ratio = float(rng.choice([4 / 3, 16 / 9]))
    width, height = long_side, int(long_side / ratio)
    if rng.random() < 0.35:
        width, height = height, width
    surface = str(rng.choice(list(SURFACES)))
    photo = SURFACES[surface](rng, width, height).astype(np.float32)
    extras = {"hand": rng.random() < 0.18, "two_cards": rng.random() < 0.15, "objects": rng.random() < 0.2}
    if extras["objects"]:
        draw_objects(photo, rng)
    style = str(rng.choice(STYLES))
    off_frame = not extras["two_cards"] and rng.random() < 0.15
    frames = [(0, 0, width, height)]
    if extras["two_cards"]:
        half = (width // 2, height) if width >= height else (width, height // 2)
        frames = [(0, 0, *half), (width - half[0], height - half[1], *half)]
    share = float(rng.uniform(0.2, 0.95)) if len(frames) == 1 else float(rng.uniform(0.35, 0.9))
    cards: list[np.ndarray] = []
    truth: dict[str, Any] = {}
    for number, frame in enumerate(frames):
        image, card_truth = styled_card(index * 2 + number, rng, style if number == 0 else str(rng.choice(STYLES)))
        if number == 0:
            truth = card_truth
        radius = int(min(image.shape[:2]) * rng.uniform(0.03, 0.08)) if rng.random() < 0.3 else 0
        corners = _place(rng, (image.shape[1], image.shape[0]), frame, share, off_frame)
        if extras["hand"] and number == 0:
            draw_hand(photo, rng, corners, under=True)
        _paste(photo, image, corners, radius)
        cards.append(corners)
    if extras["hand"] and rng.random() < 0.6:
        draw_hand(photo, rng, cards[0], under=False)
    if not extras["hand"] and rng.random() < 0.1:
        draw_phone(photo, rng, cards[0])
    shadow, glare = bool(rng.random() < 0.35), bool(rng.random() < 0.25)
    photo = _light(photo, rng, shadow, glare, cards[0])
    blur = float(rng.choice([0, 0, 0.8, 1.5, 2.2]))
    if blur:
        photo = cv2.GaussianBlur(photo, (0, 0), blur)
    photo = np.clip(photo + rng.normal(0, rng.uniform(1, 6), photo.shape), 0, 255).astype(np.uint8)
    quality = int(rng.integers(50, 96))
    ok, encoded = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    truth.update(
        image=f"photo-{index:03d}.jpg",
        kind="photo",
        notes="synthetic photo (tests/ocr/photo_set.py)",
        corners=rounded_points(cards[0]),
        cards=[rounded_points(card) for card in cards],
        surface=surface,
        style=style,
        off_frame=off_frame,
        share=round(share, 2),
        shadow=shadow,
        glare=glare,
        blur=blur,
        jpeg_quality=quality,
        **extras,
    )
    return encoded.tobytes(), truth


# The scenes of ``--kind user`` (issue 10): one card, as a user photographs it after an event, where a
# person still sees the card at once. Each scene names its surface; the card is held between fingers
# in "held" and fills only 20-30 % of the frame in "small".
USER_SCENES = ("white_on_cream", "paper_sheet", "held", "tablecloth", "keyboard", "notebook", "small")


def make_user_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """One card photographed the way users do (``USER_SCENES``), as JPEG bytes, and its truth."""
    long_side = int(rng.choice([1600, 2000, 2400]))
    ratio = float(rng.choice([4 / 3, 16 / 9]))
    width, height = long_side, int(long_side / ratio)
    if rng.random() < 0.5:
        width, height = height, width
    scene_name = USER_SCENES[index % len(USER_SCENES)]
    surface = {"white_on_cream": "cream_table", "held": "room", "small": str(rng.choice(list(USER_SURFACES)))}.get(
        scene_name, scene_name
    )
    photo = USER_SURFACES[surface](rng, width, height).astype(np.float32)
    light_scene = scene_name in ("white_on_cream", "paper_sheet", "notebook")
    style = "white" if light_scene and rng.random() < 0.7 else str(rng.choice(STYLES))
    image, truth = styled_card(index, rng, style)
    share = float(rng.uniform(0.2, 0.3)) if scene_name == "small" else float(rng.uniform(0.25, 0.7))
    radius = int(min(image.shape[:2]) * rng.uniform(0.03, 0.08)) if rng.random() < 0.5 else 0
    bow = float(rng.uniform(0.01, 0.03) * rng.choice([-1, 1])) if rng.random() < 0.4 else 0.0
    corners = _place(rng, (image.shape[1], image.shape[0]), (0, 0, width, height), share, False)
    _drop_shadow(photo, rng, corners)
    _paste(photo, image, corners, radius, bow)
    held = draw_fingers(photo, rng, corners) if scene_name == "held" or rng.random() < 0.15 else ""
    warm = light_scene or rng.random() < 0.3
    photo = _light(photo, rng, bool(rng.random() < 0.3), False, corners)
    photo = _phone_look(photo, rng, warm)
    encoded, blur, quality = camera_finish(photo, rng, quality_below=86)
    truth.update(
        image=f"photo-{index:03d}.jpg",
        kind="photo",
        notes="synthetic user-like photo (tests/ocr/photo_set.py --kind user)",
        corners=rounded_points(corners),
        cards=[rounded_points(corners)],
        scene=scene_name,
        surface=surface,
        style=style,
        share=round(share, 2),
        rounded=radius > 0,
        bow=round(bow, 3),
        held=held,
        warm=warm,
        blur=blur,
        jpeg_quality=quality,
    )
    return encoded.tobytes(), truth


# The scenes of ``--kind cases`` (issue 10): what the finder still missed in phone photos, one case per
# photo in turn. "off_edge": the card cut across by one edge of the frame (three of its sides in view);
# "off_corner": one corner beyond the frame; "turned": turned by 45-180°, wholly in view; "two_held": a
# white or pale card on the table beside a dark card held in the fingers under glare; "pale_on_check": a
# pale card on a pale checked cloth; "fills_frame": a card filling most of a 16:9 or 4:3 photo (70-95 %,
# up to 5 % past the frame, so that some touch or cross its edge).
CASE_SCENES = ("off_edge", "off_corner", "turned", "two_held", "pale_on_check", "fills_frame")
CASE_SURFACES = {**SURFACES, **{name: USER_SURFACES[name] for name in ("cream_table", "tablecloth", "room")}}


def _turned_corners(
    rng: np.random.Generator,
    size: tuple[int, int],
    frame: tuple[int, int, int, int],
    share: float,
    angle: float,
    fit: float = 0.92,
) -> np.ndarray:
    """Corners (TL, TR, BR, BL as printed) of a card turned by ``angle`` degrees inside ``frame`` at up to
    ``share`` of it, in mild perspective; at most ``fit`` of the largest size that fits (over 1: it
    reaches past the frame)."""
    width, height = size
    fx, fy, fw, fh = frame
    radians = math.radians(angle)
    cos, sin = abs(math.cos(radians)), abs(math.sin(radians))
    fits = min(fw / (width * cos + height * sin), fh / (width * sin + height * cos))
    scale = min(math.sqrt(share * fw * fh / (width * height)), fit * fits)
    w, h = width * scale, height * scale
    local = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    local += rng.uniform(-0.03, 0.03, (4, 2)).astype(np.float32) * np.array([w, h], np.float32)
    rotation = np.array([[math.cos(radians), -math.sin(radians)], [math.sin(radians), math.cos(radians)]], np.float32)
    turned = local @ rotation.T
    span = turned.max(axis=0) - turned.min(axis=0)
    room = np.maximum(np.array([fw, fh], np.float32) - span, 0)
    centre = np.array([fx + fw / 2, fy + fh / 2], np.float32) + rng.uniform(-0.4, 0.4, 2).astype(np.float32) * room
    return np.asarray(turned + centre, np.float32)


def _off_frame(rng: np.random.Generator, corners: np.ndarray, width: int, height: int, corner: bool) -> np.ndarray:
    """``corners`` slid past the frame: across one edge (a side's two corners out, by 25-60 % of the card's
    extent that way, so that what is in view has no card's proportions), or (``corner``) diagonally, so
    that one corner lies out by 10-30 % of the short side."""
    span = corners.max(axis=0) - corners.min(axis=0)
    if not corner:
        axis = int(rng.integers(2))
        sign = 1 if rng.random() < 0.5 else -1
        edge = corners[:, axis].max() if sign > 0 else corners[:, axis].min()
        limit = (width, height)[axis] - 1 if sign > 0 else 0
        shift = np.zeros(2, np.float32)
        shift[axis] = (limit - edge) + sign * span[axis] * rng.uniform(0.25, 0.6)
        return np.asarray(corners + shift, np.float32)
    target = int(rng.integers(4))  # the frame corner the card is slid towards
    frame_corner = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)[target]
    nearest = corners[int(np.argmin(np.linalg.norm(corners - frame_corner, axis=1)))]
    short = float(min(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[2] - corners[1])))
    outward = np.sign(frame_corner - np.array([width / 2, height / 2], np.float32))
    shift = frame_corner - nearest + outward * short * rng.uniform(0.1, 0.3) / math.sqrt(2)
    return np.asarray(corners + shift, np.float32)


def make_case_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """One photo of a case the finder still missed (``CASE_SCENES``), as JPEG bytes, and its truth."""
    long_side = int(rng.choice([1280, 1600, 2000]))
    ratio = float(rng.choice([4 / 3, 16 / 9]))
    width, height = long_side, int(long_side / ratio)
    if rng.random() < 0.4:
        width, height = height, width
    scene_name = CASE_SCENES[index % len(CASE_SCENES)]
    if scene_name == "pale_on_check":
        surface = "checked_cloth"
        photo = checked_cloth(rng, width, height).astype(np.float32)
    else:
        surface = str(rng.choice(list(CASE_SURFACES)))
        photo = CASE_SURFACES[surface](rng, width, height).astype(np.float32)
    styles = {"pale_on_check": ("pale", "white"), "two_held": ("white", "pale", "colourful")}.get(scene_name, STYLES)
    style = str(rng.choice(styles))
    image, truth = styled_card(index * 2, rng, style)
    frame = (0, 0, width, height)
    second: tuple[np.ndarray, np.ndarray] | None = None
    turn = float(rng.uniform(-20, 20))
    if scene_name == "two_held":
        half = (width // 2, height) if width >= height else (width, height // 2)
        frame = (0, 0, *half)
        dark, _ = styled_card(index * 2 + 1, rng, str(rng.choice(["dark", "bordered_dark"])))
        other = (width - half[0], height - half[1], *half)
        second = (dark, _turned_corners(rng, (dark.shape[1], dark.shape[0]), other, 0.55, float(rng.uniform(-25, 25))))
    if scene_name == "turned":
        turn = float(rng.uniform(45, 180) * rng.choice([-1, 1]))
    share = {"fills_frame": float(rng.uniform(0.7, 0.95)), "two_held": 0.55}.get(
        scene_name, float(rng.uniform(0.25, 0.5))
    )
    fit = float(rng.uniform(0.9, 1.05)) if scene_name == "fills_frame" else 0.92
    corners = _turned_corners(rng, (image.shape[1], image.shape[0]), frame, share, turn, fit)
    if scene_name in ("off_edge", "off_corner"):
        corners = _off_frame(rng, corners, width, height, scene_name == "off_corner")
    radius = int(min(image.shape[:2]) * rng.uniform(0.03, 0.08)) if rng.random() < 0.3 else 0
    _drop_shadow(photo, rng, corners)
    _paste(photo, image, corners, radius)
    cards = [corners]
    glare_on = corners
    if second is not None:
        dark, dark_corners = second
        _paste(photo, dark, dark_corners, 0)
        draw_fingers(photo, rng, dark_corners)
        cards.append(dark_corners)
        glare_on = dark_corners
    glare = scene_name == "two_held" or bool(rng.random() < 0.2)
    photo = _light(photo, rng, bool(rng.random() < 0.3), glare, glare_on)
    photo = _phone_look(photo, rng, bool(rng.random() < 0.3))
    encoded, blur, quality = camera_finish(photo, rng)
    truth.update(
        image=f"photo-{index:03d}.jpg",
        kind="photo",
        notes="synthetic photo of a finding case (tests/ocr/photo_set.py --kind cases)",
        corners=rounded_points(corners),
        cards=[rounded_points(card) for card in cards],
        scene=scene_name,
        surface=surface,
        style=style,
        share=round(share, 2),
        turn=round(turn, 1),
        glare=glare,
        blur=blur,
        jpeg_quality=quality,
    )
    return encoded.tobytes(), truth


def _real_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """``--kind real`` (``photo_real_scenes``): imported here, as that module builds on this one's helpers."""
    from .photo_real_scenes import make_real_photo

    return make_real_photo(index, rng)


def _more_photo(index: int, rng: np.random.Generator) -> tuple[bytes, dict[str, Any]]:
    """``--kind more`` (``photo_more_scenes``): imported here for the same reason."""
    from .photo_more_scenes import make_more_photo

    return make_more_photo(index, rng)


KINDS = {
    "classic": make_photo,
    "user": make_user_photo,
    "cases": make_case_photo,
    "real": _real_photo,
    "more": _more_photo,
}


def generate(folder: Path, count: int = 120, seed: int = 1, kind: str = "classic") -> list[Path]:
    """Write ``count`` photos of ``kind`` (``KINDS``) with their truth into ``folder``; returns the image
    paths. "classic" is the original mix (same seed, same photos as before ``--kind`` existed)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        rng = np.random.default_rng([seed, index])
        data, truth = KINDS[kind](index, rng)
        paths.append(write_encoded(folder / f"photo-{index:03d}.jpg", data, truth))
    return paths


def decode(data: bytes) -> np.ndarray:
    """JPEG bytes from ``make_photo`` as a BGR image."""
    return np.asarray(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR))


def main() -> None:
    parser = set_parser("photo_set", __doc__, 120)
    parser.add_argument(
        "--kind",
        choices=sorted(KINDS),
        default="classic",
        help="classic, user, cases, real or more (see above)",
    )
    args = parser.parse_args()
    print_paths(generate(args.folder, args.count, args.seed, args.kind))


if __name__ == "__main__":
    main()
