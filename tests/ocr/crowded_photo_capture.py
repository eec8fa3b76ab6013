"""How a cheap phone photographs a ``crowded_photo_set`` card: small in a cluttered frame, badly exposed, then
smeared, oversharpened and squeezed by the phone and the messenger.

What real small-business phone photos show and the older proxies did not (issue 10, session 16):

- the card covers only 12-35 % of the frame (``CARD_SHARE``): the photo is of the table, not of the card;
- frames of 1280×720 to 1600×1200, and a sixth taken at 4032×3024 and downscaled by the messenger to 1600 on
  the long side (``MESSENGER_SIDE``), then JPEG-encoded again;
- auto-exposure fooled by the scene: a dark table makes the card too bright (thin light type washes out), a
  bright one makes it too dark (``EXPOSURES``);
- focus a little off the card or a slight shake in half the photos;
- the phone's processing: noise reduction that smears fine strokes (a bilateral or median filter) and
  oversharpening that rings halos around them (an unsharp mask of gain 0.8-2);
- tilt up to 35° in the plane and 22° in depth (``MAX_TILT``, ``MAX_DEPTH``), fingers over an edge, a table
  cluttered with a pen, coins, a receipt or a phone, and in a third a second card partly in view;
- JPEG 60-85.

The scene's surfaces and the card's projection are ``fresh_photo_capture``'s public helpers; the rest is here.
Every choice is written to the truth's ``capture``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from .fresh_photo_capture import card_corners, scene_backdrop

FRAMES = (((1280, 720), 2), ((1280, 960), 3), ((1600, 1200), 4), ((1600, 900), 2), ((1440, 1080), 1))
MESSENGER_SHARE = 1 / 6  # photos taken at 12 Mpx and sent through a messenger
MESSENGER_FRAME = (4032, 3024)
MESSENGER_SIDE = 1600  # the long side messengers send a photo at
PORTRAIT_SHARE = 1 / 6
CARD_SHARE = (0.12, 0.35)  # the brief's "card 12-35 % of the frame"
MAX_TILT = 35.0  # degrees in the plane
MAX_DEPTH = 22.0  # degrees in depth, each axis: beyond it a card this small is a sliver
JPEG = (60, 85)
FOCUS_SIGMA = (0.7, 1.5)  # px at 1600 wide: a phone focused a little off the card (larger reads as unusable)
MOTION_PX = (2.0, 5.0)  # a steady hand's shake while the shutter is open
# Exposure gain the phone's meter settles on: fooled dark or bright by the scene, or about right.
EXPOSURES = {"bright": (1.35, 1.8), "dark": (0.35, 0.6), "normal": (0.8, 1.1)}
SCENES = ("table", "counter", "car_seat", "cloth", "hand")
SKIN_BGR = ((150, 180, 225), (120, 155, 205), (95, 130, 185), (70, 100, 150), (50, 70, 110))


@dataclass
class Capture:
    """The photo's conditions, as written to the truth."""

    frame: tuple[int, int] = (1600, 1200)
    shot: tuple[int, int] = (1600, 1200)
    scene: str = "table"
    card_share: float = 0.2
    turns: tuple[float, float, float] = (0.0, 0.0, 0.0)
    exposure: str = "normal"
    gain: float = 1.0
    blur: str = "none"
    smear: str = "none"
    sharpen: float = 0.0
    noise: float = 0.0
    jpeg: int = 75
    fingers: bool = False
    clutter: list[str] = field(default_factory=list)
    second_card: bool = False


def _frame(rng: random.Random) -> tuple[tuple[int, int], tuple[int, int]]:
    """(the frame the phone shot, the frame the photo is stored at)."""
    if rng.random() < MESSENGER_SHARE:
        shot = MESSENGER_FRAME
        scale = MESSENGER_SIDE / max(shot)
        stored = (round(shot[0] * scale), round(shot[1] * scale))
    else:
        sizes, weights = zip(*FRAMES, strict=True)
        shot = stored = rng.choices(sizes, weights)[0]
    if rng.random() < PORTRAIT_SHARE:
        return (shot[1], shot[0]), (stored[1], stored[0])
    return shot, stored


def _paste(photo: np.ndarray, image: np.ndarray, corners: np.ndarray, shadow: bool) -> None:
    """``image`` warped onto ``corners`` of ``photo`` (both float BGR), with a soft drop shadow under it."""
    height, width = photo.shape[:2]
    source = np.array([[0, 0], [image.shape[1], 0], [image.shape[1], image.shape[0]], [0, image.shape[0]]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    if shadow:
        mask = np.zeros((height, width), np.float32)
        cv2.fillPoly(mask, [(corners + 6).astype(np.int32)], 1.0)
        mask = cv2.GaussianBlur(mask, (0, 0), 8)
        photo *= (1 - 0.35 * mask)[..., None]
    warped = cv2.warpPerspective(image.astype(np.float32), matrix, (width, height), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.ones(image.shape[:2], np.float32), matrix, (width, height))[..., None]
    photo[:] = photo * (1 - inside) + warped * inside


def _clutter(photo: np.ndarray, avoid: np.ndarray, rng: random.Random) -> list[str]:
    """A pen, coins, a receipt or a phone on the table, kept off the card (``avoid``: its corners)."""
    height, width = photo.shape[:2]
    centre, reach = avoid.mean(axis=0), float(np.linalg.norm(avoid - avoid.mean(axis=0), axis=1).max())
    drawn: list[str] = []
    for _ in range(rng.randint(1, 4)):
        for _try in range(10):
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            if math.hypot(x - centre[0], y - centre[1]) > reach * 1.25:
                break
        else:
            continue
        thing = rng.choice(("pen", "coin", "receipt", "phone", "keys"))
        size = max(width, height) * rng.uniform(0.04, 0.12)
        if thing == "pen":
            angle = rng.uniform(0, math.pi)
            end = (x + math.cos(angle) * size * 2.5, y + math.sin(angle) * size * 2.5)
            colour = rng.choice(((30, 30, 160), (160, 60, 20), (20, 20, 20), (240, 240, 240)))
            cv2.line(photo, (int(x), int(y)), (int(end[0]), int(end[1])), colour, max(4, int(size * 0.12)), cv2.LINE_AA)
        elif thing == "coin":
            cv2.circle(photo, (int(x), int(y)), int(size * 0.25), (60, 140, 180), -1, cv2.LINE_AA)
            cv2.circle(photo, (int(x), int(y)), int(size * 0.25), (40, 100, 130), 2, cv2.LINE_AA)
        elif thing == "receipt":  # white paper with rows of faint grey marks: text-like, not text
            box = cv2.boxPoints(((x, y), (size * 1.2, size * 2.4), rng.uniform(0, 180)))
            cv2.fillPoly(photo, [box.astype(np.int32)], (235, 238, 240), cv2.LINE_AA)
            for row in range(6):
                t = (row + 1) / 8
                a = box[1] + (box[2] - box[1]) * t
                b = box[0] + (box[3] - box[0]) * t
                cv2.line(
                    photo,
                    tuple(int(v) for v in a + (b - a) * 0.15),
                    tuple(int(v) for v in a + (b - a) * 0.7),
                    (150, 150, 150),
                    2,
                )
        elif thing == "phone":
            box = cv2.boxPoints(((x, y), (size * 1.1, size * 2.2), rng.uniform(0, 180)))
            cv2.fillPoly(photo, [box.astype(np.int32)], (25, 25, 28), cv2.LINE_AA)
        else:
            cv2.circle(photo, (int(x), int(y)), int(size * 0.3), (150, 150, 150), max(3, int(size * 0.05)), cv2.LINE_AA)
        drawn.append(thing)
    return drawn


def _fingers(photo: np.ndarray, corners: np.ndarray, rng: random.Random) -> None:
    """One or two fingers across an edge of the card, as a hand holding it puts them."""
    skin = np.array(rng.choice(SKIN_BGR), np.float64) + rng.uniform(-10, 10)
    edge = rng.randrange(4)
    a, b = corners[edge], corners[(edge + 1) % 4]
    outward = (a + b) / 2 - corners.mean(axis=0)
    outward /= np.linalg.norm(outward) + 1e-6
    thick = max(10, int(float(np.linalg.norm(b - a)) * rng.uniform(0.07, 0.1)))
    for _ in range(rng.randint(1, 2)):
        along = a + (b - a) * rng.uniform(0.15, 0.85)
        tip = along - outward * thick * rng.uniform(0.2, 0.8)
        base = along + outward * thick * 6
        cv2.line(
            photo,
            tuple(int(v) for v in base),
            tuple(int(v) for v in tip),
            (skin * 0.75).tolist(),
            thick + 5,
            cv2.LINE_AA,
        )
        cv2.line(photo, tuple(int(v) for v in base), tuple(int(v) for v in tip), skin.tolist(), thick, cv2.LINE_AA)


def _second_card(photo: np.ndarray, card: np.ndarray, corners: np.ndarray, rng: random.Random) -> None:
    """Another card partly in view: pushed past the frame's edge beyond the card photographed."""
    height, width = photo.shape[:2]
    centre = corners.mean(axis=0)
    away = np.array([width / 2, height / 2]) - centre
    away = -away / (np.linalg.norm(away) + 1e-6) if np.linalg.norm(away) > 1 else np.array([1.0, 0.0])
    span = float(np.linalg.norm(corners[1] - corners[0]))
    turn = cv2.getRotationMatrix2D((0, 0), rng.uniform(-30, 30), 1.0)[:, :2]
    other = (corners - centre) @ turn.T + centre + away * span * rng.uniform(1.1, 1.4)
    _paste(photo, card, other, shadow=True)


def _develop(photo: np.ndarray, capture: Capture, rng: random.Random) -> np.ndarray:
    """The phone's processing of the raw frame: exposure, sensor noise, noise reduction, sharpening."""
    height, width = photo.shape[:2]
    capture.exposure = rng.choice(("bright", "dark", "normal", "normal"))
    capture.gain = round(rng.uniform(*EXPOSURES[capture.exposure]), 2)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    falloff = 1 - 0.35 * (((xs - width / 2) / width) ** 2 + ((ys - height / 2) / height) ** 2)  # vignetting
    photo = photo * (capture.gain * falloff)[..., None]
    # The phone focused on the table, or the hand moved: a small card's 6 pt strokes soften.
    scale = max(width, height) / 1600  # the filters' reach grows with the frame
    capture.blur = rng.choice(("none", "none", "focus", "focus", "motion"))
    if capture.blur == "focus":
        photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(*FOCUS_SIGMA) * scale)
    elif capture.blur == "motion":
        length = max(3, int(rng.uniform(*MOTION_PX) * scale))
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        turn = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, turn, (length, length))
        photo = cv2.filter2D(photo, -1, kernel / max(float(kernel.sum()), 1e-6))
    capture.noise = round(rng.uniform(2, 5) + (4 if capture.exposure == "dark" else 0) * rng.uniform(0.5, 1.5), 1)
    photo += np.random.default_rng(rng.randrange(2**31)).normal(0, capture.noise, photo.shape).astype(np.float32)
    image = np.clip(photo, 0, 255).astype(np.uint8)
    capture.smear = rng.choice(("none", "bilateral", "bilateral", "median"))
    if capture.smear == "bilateral":
        image = cv2.bilateralFilter(image, max(5, int(7 * scale) | 1), rng.uniform(30, 60), rng.uniform(3, 6) * scale)
    elif capture.smear == "median":
        image = cv2.medianBlur(image, 3 if scale < 1.5 else 5)
    if rng.random() < 0.6:
        capture.sharpen = round(rng.uniform(0.8, 2.0), 2)
        soft = cv2.GaussianBlur(image, (0, 0), rng.uniform(1.0, 2.0) * scale)
        image = cv2.addWeighted(image, 1 + capture.sharpen, soft, -capture.sharpen, 0)
    return image


def photograph(
    card: np.ndarray, rng: random.Random, another: Callable[[], np.ndarray] | None = None
) -> tuple[bytes, np.ndarray, Capture]:
    """The JPEG bytes of a cheap phone's photo of ``card`` (BGR uint8), the card's corners in the stored photo
    (TL, TR, BR, BL of the printed card), and the conditions drawn; ``another`` draws a second card for the
    third of photos that show one partly."""
    shot, stored = _frame(rng)
    capture = Capture(frame=stored, shot=shot, scene=rng.choice(SCENES), card_share=round(rng.uniform(*CARD_SHARE), 3))
    capture.turns = (
        round(rng.uniform(-MAX_DEPTH, MAX_DEPTH), 1),
        round(rng.uniform(-MAX_DEPTH, MAX_DEPTH), 1),
        round(rng.uniform(-MAX_TILT, MAX_TILT), 1),
    )
    width, height = shot
    corners = card_corners((card.shape[1], card.shape[0]), shot, capture.card_share, capture.turns, rng)
    photo = scene_backdrop("table" if capture.scene == "hand" else capture.scene, width, height, rng)
    capture.clutter = _clutter(photo, corners, rng) if rng.random() < 0.7 else []
    if another is not None and rng.random() < 1 / 3:
        _second_card(photo, another(), corners, rng)
        capture.second_card = True
    _paste(photo, card, corners, shadow=True)
    capture.fingers = capture.scene == "hand" or rng.random() < 0.15
    if capture.fingers:
        _fingers(photo, corners, rng)
    image = _develop(photo, capture, rng)
    if stored != shot:  # the messenger: downscaled, and encoded once more below
        first = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])[1]
        image = cv2.resize(cv2.imdecode(first, cv2.IMREAD_COLOR), stored, interpolation=cv2.INTER_AREA)
        corners = corners * (stored[0] / shot[0])
    capture.jpeg = rng.randint(*JPEG)
    data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, capture.jpeg])[1].tobytes()
    return data, corners, capture
