"""How a cheap phone photographs a ``fresh_photo_set`` card: the frame, the scene, the pose and the faults.

Drawn from what real small-business phone photos show (issue 10) rather than from the older photo sets:
frames of 1280×720 to 4032×3024 (mostly 4:3 and 16:9, a sixth portrait), the card 25-70 % of the frame's
area, turned in depth by up to 25° on each axis, held in a hand (a skin-coloured palm under it, fingers over
an edge) or lying on a table, a counter, a car seat or cloth; light uneven across the frame, a hard shadow,
a glare band on glossy stock, motion or focus blur, sensor noise, JPEG 70-90, and sometimes the pixels
stored turned with an EXIF orientation tag (as phones save them).

Every choice is recorded in the truth's ``capture`` so misses can be counted by cause.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

# Frame sizes phones save, weighted by how often (4:3 and 16:9 dominate; 12 Mpx is rarer in cheap phones).
FRAMES = (
    ((1600, 1200), 5),
    ((1280, 960), 4),
    ((1280, 720), 2),
    ((1920, 1080), 2),
    ((2048, 1536), 2),
    ((3264, 2448), 1),
    ((4032, 3024), 1),
)
PORTRAIT_SHARE = 1 / 6
SCENES = ("hand", "table", "counter", "car_seat", "cloth")
SKIN_BGR = ((150, 180, 225), (120, 155, 205), (95, 130, 185), (70, 100, 150), (50, 70, 110))
MAX_DEPTH_TURN = 25.0  # degrees, each axis: the brief's "perspective up to 25°"
# EXIF orientation values and the turn that makes the stored pixels from the upright photo: a viewer that
# honours the tag (Pillow's exif_transpose, cardbook's loader) turns them back.
EXIF_TURNS = {6: cv2.ROTATE_90_COUNTERCLOCKWISE, 3: cv2.ROTATE_180, 8: cv2.ROTATE_90_CLOCKWISE}


@dataclass
class Capture:
    """The photo's conditions, as written to the truth."""

    frame: tuple[int, int] = (1600, 1200)
    scene: str = "table"
    card_share: float = 0.4
    turns: tuple[float, float, float] = (0.0, 0.0, 0.0)
    light: float = 1.0
    shadow: bool = False
    glare: bool = False
    blur: str = "none"
    noise: float = 0.0
    jpeg: int = 85
    exif: int = 1
    extra: dict[str, object] = field(default_factory=dict)


def _frame(rng: random.Random) -> tuple[int, int]:
    sizes, weights = zip(*FRAMES, strict=True)
    width, height = rng.choices(sizes, weights)[0]
    return (height, width) if rng.random() < PORTRAIT_SHARE else (width, height)


def _texture(height: int, width: int, rng: random.Random, scale: float) -> np.ndarray:
    """Smooth random field in [0, 1]: noise drawn small and enlarged."""
    nprng = np.random.default_rng(rng.randrange(2**31))
    small = nprng.random((max(2, int(height / scale)), max(2, int(width / scale)))).astype(np.float32)
    return cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC).clip(0, 1)


def scene_backdrop(scene: str, width: int, height: int, rng: random.Random) -> np.ndarray:
    """The surface behind the card (BGR float): wood, speckled stone, seat fabric with seams, folded cloth, or
    a room seen past a hand."""
    nprng = np.random.default_rng(rng.randrange(2**31))
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    if scene == "table":
        base = np.array(rng.choice(((60, 90, 130), (40, 60, 90), (150, 170, 190), (200, 205, 210))), np.float32)
        grain = np.sin(xs / rng.uniform(6, 14) + 4 * np.sin(ys / rng.uniform(40, 90))) * 16
        image = base + grain[..., None]
    elif scene == "counter":
        base = np.array(rng.choice(((200, 200, 200), (60, 60, 60), (170, 180, 190), (110, 120, 130))), np.float32)
        image = base + (_texture(height, width, rng, 8)[..., None] - 0.5) * 60 + nprng.normal(0, 14, (height, width, 1))
    elif scene == "car_seat":
        base = np.array(rng.choice(((35, 35, 38), (60, 55, 50), (90, 85, 80))), np.float32)
        weave = (np.sin(xs / 2.5) * np.sin(ys / 2.5)) * 8
        image = base + weave[..., None]
        for _ in range(rng.randint(2, 4)):
            x = rng.randrange(width)
            image[:, max(0, x - 3) : x + 3] *= 0.5
    elif scene == "cloth":
        base = np.array([rng.uniform(40, 230) for _ in range(3)], np.float32)
        folds = (_texture(height, width, rng, 120) - 0.5) * 80
        image = base + folds[..., None] + (np.sin(xs / 3.0) + np.sin(ys / 3.0))[..., None] * 6
    else:  # hand: a room behind, out of focus
        image = np.zeros((height, width, 3), np.float32) + nprng.uniform(60, 200, 3)
        for _ in range(8):
            x0, y0 = rng.randrange(width), rng.randrange(height)
            cv2.rectangle(
                image,
                (x0, y0),
                (x0 + rng.randrange(width // 2), y0 + rng.randrange(height // 2)),
                nprng.uniform(30, 230, 3).tolist(),
                -1,
            )
        image = cv2.GaussianBlur(image, (0, 0), 25)
    return image.astype(np.float32)


def card_corners(
    card_size: tuple[int, int],
    frame: tuple[int, int],
    share: float,
    turns: tuple[float, float, float],
    rng: random.Random,
) -> np.ndarray:
    """Where the card's corners land in the frame: turned in depth and in the plane, seen by a pinhole of
    the phone's focal length, scaled so the card covers ``share`` of the frame, placed inside it."""
    width, height = card_size
    tx, ty, tz = (math.radians(angle) for angle in turns)
    points = np.array(
        [
            [-width / 2, -height / 2, 0],
            [width / 2, -height / 2, 0],
            [width / 2, height / 2, 0],
            [-width / 2, height / 2, 0],
        ],
        np.float64,
    )
    rx = np.array([[1, 0, 0], [0, math.cos(tx), -math.sin(tx)], [0, math.sin(tx), math.cos(tx)]])
    ry = np.array([[math.cos(ty), 0, math.sin(ty)], [0, 1, 0], [-math.sin(ty), 0, math.cos(ty)]])
    rz = np.array([[math.cos(tz), -math.sin(tz), 0], [math.sin(tz), math.cos(tz), 0], [0, 0, 1]])
    turned = points @ (rz @ ry @ rx).T
    focal = 1.2 * max(width, height)  # a phone's ~28 mm-equivalent lens at arm's length
    projected = turned[:, :2] * focal / (turned[:, 2:3] + 2.2 * focal)
    area = cv2.contourArea(projected.astype(np.float32))
    projected *= math.sqrt(share * frame[0] * frame[1] / max(area, 1.0))
    low, high = projected.min(axis=0), projected.max(axis=0)
    room = np.array(frame, np.float64) - (high - low)
    if (room < 0).any():  # too big once turned: shrink to fit with a margin
        projected *= 0.95 * min(frame[0] / (high - low)[0], frame[1] / (high - low)[1])
        low, high = projected.min(axis=0), projected.max(axis=0)
        room = np.array(frame, np.float64) - (high - low)
    offset = np.array([rng.uniform(0.15, 0.85) * room[0], rng.uniform(0.15, 0.85) * room[1]])
    return (projected - low + offset).astype(np.float32)


def _hand(photo: np.ndarray, corners: np.ndarray, rng: random.Random, under: bool) -> None:
    """A palm under the card (``under``) or fingers across one of its edges (drawn after the card)."""
    skin = np.array(rng.choice(SKIN_BGR), np.float64) + rng.uniform(-10, 10)
    edge = rng.randrange(4)
    a, b = corners[edge], corners[(edge + 1) % 4]
    centre = corners.mean(axis=0)
    outward = (a + b) / 2 - centre
    outward /= np.linalg.norm(outward) + 1e-6
    size = float(np.linalg.norm(b - a))
    if under:
        palm = (a + b) / 2 + outward * size * 0.35
        axes = (int(size * 0.6), int(size * 0.45))
        angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
        cv2.ellipse(photo, (int(palm[0]), int(palm[1])), axes, angle, 0, 360, (skin * 0.92).tolist(), -1, cv2.LINE_AA)
        return
    # A finger is about a sixth of a card's long side wide and reaches a little over its edge.
    thick = max(12, int(size * rng.uniform(0.08, 0.12)))
    for step in range(rng.randint(1, 3)):
        along = a + (b - a) * rng.uniform(0.15, 0.85) if step else a + (b - a) * rng.uniform(0.3, 0.7)
        tip = along - outward * thick * rng.uniform(0.3, 0.9)
        base = along + outward * thick * 5
        cv2.line(
            photo,
            (int(base[0]), int(base[1])),
            (int(tip[0]), int(tip[1])),
            (skin * 0.75).tolist(),
            thick + 6,
            cv2.LINE_AA,
        )
        cv2.line(photo, (int(base[0]), int(base[1])), (int(tip[0]), int(tip[1])), skin.tolist(), thick, cv2.LINE_AA)


def photograph(card: np.ndarray, rng: random.Random) -> tuple[bytes, np.ndarray, Capture]:
    """The JPEG bytes of a phone photo of ``card`` (BGR), the card's corners as the photo shows upright
    (TL, TR, BR, BL of the printed card), and the conditions drawn."""
    capture = Capture(frame=_frame(rng), scene=rng.choice(SCENES), card_share=round(rng.uniform(0.25, 0.70), 3))
    width, height = capture.frame
    in_plane = rng.uniform(-12, 12) if rng.random() < 0.8 else rng.uniform(-40, 40)
    capture.turns = (
        round(rng.uniform(-MAX_DEPTH_TURN, MAX_DEPTH_TURN), 1),
        round(rng.uniform(-MAX_DEPTH_TURN, MAX_DEPTH_TURN), 1),
        round(in_plane, 1),
    )
    corners = card_corners((card.shape[1], card.shape[0]), capture.frame, capture.card_share, capture.turns, rng)
    photo = scene_backdrop(capture.scene, width, height, rng)
    if capture.scene == "hand":
        _hand(photo, corners, rng, under=True)
    source = np.array([[0, 0], [card.shape[1], 0], [card.shape[1], card.shape[0]], [0, card.shape[0]]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    warped = cv2.warpPerspective(card.astype(np.float32), matrix, (width, height), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(card.shape[:2], np.float32), matrix, (width, height), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    capture.glare = rng.random() < 0.35
    if capture.glare:  # glossy stock: a bright band across the card, strongest at its axis
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        angle = rng.uniform(0, math.pi)
        cx, cy = corners.mean(axis=0)
        distance = (
            (xs - cx) * math.cos(angle)
            + (ys - cy) * math.sin(angle)
            - rng.uniform(-0.3, 0.3) * math.sqrt(cv2.contourArea(corners))
        )
        band = np.exp(-((distance / (rng.uniform(0.04, 0.12) * max(width, height))) ** 2))[..., None]
        warped = warped + (255 - warped) * band * rng.uniform(0.5, 0.9)
    photo = photo * (1 - mask) + warped * mask
    if capture.scene == "hand" or rng.random() < 0.1:
        _hand(photo, corners, rng, under=False)
        capture.extra["fingers"] = True
    capture.light = round(rng.uniform(0.45, 1.05), 2)
    light = capture.light * (0.65 + 0.5 * _texture(height, width, rng, max(width, height) / 3))
    photo = photo * light[..., None]
    capture.shadow = rng.random() < 0.35
    if capture.shadow:  # the phone's or the hand's hard-edged shadow over part of the frame
        shade = np.ones((height, width), np.float32)
        cut = [(rng.uniform(-0.2, 1.2) * width, rng.uniform(-0.2, 1.2) * height) for _ in range(4)]
        cv2.fillPoly(shade, [np.array(cut, np.int32)], rng.uniform(0.45, 0.75))
        photo *= cv2.GaussianBlur(shade, (0, 0), rng.uniform(4, 20))[..., None]
    capture.blur = rng.choice(("none", "none", "motion", "focus"))
    scale = max(width, height) / 1600  # faults grow with the frame: a big frame's blur spans more pixels
    if capture.blur == "motion":
        length = max(3, int(rng.uniform(3, 10) * scale))
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        turn = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, turn, (length, length))
        photo = cv2.filter2D(photo, -1, kernel / max(kernel.sum(), 1e-6))
    elif capture.blur == "focus":
        photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(1.0, 2.6) * scale)
    capture.noise = round(rng.uniform(2, 6) + (1.05 - capture.light) * 14, 1)  # noise grows as light falls
    photo += np.random.default_rng(rng.randrange(2**31)).normal(0, capture.noise, photo.shape).astype(np.float32)
    upright = np.clip(photo, 0, 255).astype(np.uint8)
    capture.jpeg = rng.randint(70, 90)
    capture.exif = rng.choice((6, 3, 8)) if rng.random() < 0.2 else 1
    stored = cv2.rotate(upright, EXIF_TURNS[capture.exif]) if capture.exif != 1 else upright
    image = Image.fromarray(stored[:, :, ::-1])
    buffer = io.BytesIO()
    exif = Image.Exif()
    if capture.exif != 1:
        exif[0x0112] = capture.exif
    image.save(buffer, "JPEG", quality=capture.jpeg, exif=exif.tobytes())
    return buffer.getvalue(), corners, capture
