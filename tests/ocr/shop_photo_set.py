"""Cheap-phone photos of print-shop small-business cards: a harsher proxy for issue 10's real photos.

The other photo sets read far better than real Brazilian and US small-business phone photos did (issue 10:
macro-F1 0.59 at filing; ``photo_design_set`` and ``smallbiz_set`` photos read about 0.94): their cards are
set in DejaVu on plain paper and their photos are well lit. Real ones are printed by small print shops and
shot badly, and each photo here draws several of those conditions at once:

- type: the firm in a script or display face (``render.palette()``: the faces installed here; DejaVu alone on
  the CI machine), the name in a display, serif or rounded face, the rest in sans, condensed or rounded;
- design (``DESIGNS``, in turn): ``picture`` (text over a busy full-bleed picture: blobs and shapes of
  strong colour, as cars, food, hair or houses are, sometimes behind a translucent panel), ``band`` (the firm
  in white on a colour band, the rest on paper), ``gradient`` (a dark-to-colour gradient, light print),
  ``plain`` (a pale card, dark print, but a stylised firm name and icons);
- contents: ``smallbiz_data``'s card plus ``shop_photo_data``'s variants (a realtor's role and CRECI, two
  roles on two lines, a title cut after its first word, "Licensed & Insured"); a pictogram before contact
  lines in half of the cards;
- capture: a 1.2-3 Mpx frame, the card 20-60 % of it, on a desk, a table, cloth, a room or a car seat,
  held in the fingers in a third; dim light (40-75 %) under a warm lamp, glare on glossy stock in a third,
  slight motion (2-6 px) or defocus, sensor noise that grows as light falls, JPEG 60-80.

Truth follows docs/EVALUATION_FORMAT.md (``kind`` "photo"), with ``design``, ``variants``, ``faces``,
``corners`` and the capture's conditions. Seed 1 tunes, seed 2 is held out; the same seed makes the same set.

    python -m tests.ocr.shop_photo_set OUT_DIR [--count 24] [--seed 1] [--design picture band ...]
    python -m cardbook.ocr.evaluate OUT_DIR --jobs 1 --misses
    python -m cardbook.ocr.evaluate OUT_DIR --jobs 1 --engine plain-rapidocr
"""

from __future__ import annotations

import argparse
import math
import os
import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .photo_backgrounds import SURFACES, USER_SURFACES, _smooth_noise, draw_fingers
from .photo_design_set import _corners, _gloss, _icon, _icon_for
from .photo_set import _drop_shadow, _paste
from .render import FONT_DIR, palette
from .set_writer import print_paths, rounded_points, set_parser, write_encoded
from .shop_address_data import with_wide_address
from .shop_photo_data import shop_variants
from .smallbiz_data import COUNTRIES, SmallBizCard, Variants, small_business_card
from .smallbiz_set import truth_for

DESIGNS = ("picture", "band", "gradient", "plain")
LONG_SIDE, SHORT_SIDE = 1050, 600
STYLE_SIZE = {"brand": 64, "name": 40, "title": 28, "body": 26, "small": 23}
GROW = 1.3  # at most: a card of few rows prints them larger, not in a corner of empty paper
MOTION_PX = (2.0, 6.0)  # a hand's slight shake while the shutter is open (the design set's 7-15 px is a swing)
# The looks (render.LOOKS) each style of row is drawn from: a print shop's template, not an office's.
STYLE_LOOKS = {
    "brand": ("script", "script", "display", "slab", "rounded"),
    "name": ("display", "serif", "rounded", "sans", "script"),
    "title": ("sans", "condensed", "light", "rounded"),
    "body": ("sans", "condensed", "rounded"),
    "small": ("sans", "condensed", "light"),
}
STRONG = [(200, 30, 40), (20, 70, 160), (20, 120, 60), (230, 120, 0), (110, 30, 130), (15, 15, 20)]
LIGHT_INKS = [(255, 255, 255), (250, 230, 140), (235, 235, 235)]
DARK_INKS = [(20, 20, 20), (25, 35, 80), (80, 20, 20)]
# Extra surfaces: the seat of a car (dark fabric with seams) is where many of these cards are shot.
SEAT_TONES = [(38, 38, 40), (60, 55, 52), (85, 80, 75)]


def _face(look: str, rng: random.Random) -> str:
    return rng.choice(palette()[look])


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path if os.path.isabs(path) else FONT_DIR + path, size)


def _fit(text: str, face: str, size: int, width: int) -> int:
    while size > 12 and _font(face, size).getlength(text) > width:
        size -= 1
    return size


def _busy_picture(rng: random.Random, width: int, height: int) -> Image.Image:
    """A full-bleed photo behind the text: soft colour fields with sharp shapes (a car's body, plates of food,
    a roof line) and fine texture, mid-tone and contrasty, as a stock photo under the print is."""
    np_rng = np.random.default_rng(rng.randint(0, 1 << 30))
    coarse = np_rng.uniform(40, 220, (4, 6, 3)).astype(np.float32)
    pixels = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(6, 14)):
        colour = tuple(int(c) for c in np_rng.integers(0, 256, 3))
        x, y = rng.randint(-100, width), rng.randint(-100, height)
        w, h = rng.randint(60, 420), rng.randint(40, 260)
        if rng.random() < 0.5:
            draw.ellipse([x, y, x + w, y + h], fill=colour)
        else:
            draw.rounded_rectangle([x, y, x + w, y + h], radius=rng.randint(0, 40), fill=colour)
    blurred = cv2.GaussianBlur(np.asarray(image, np.float32), (0, 0), rng.uniform(1.0, 4.0))
    texture = np_rng.normal(0, rng.uniform(6, 16), (height, width, 1)).astype(np.float32)
    return Image.fromarray(np.clip(blurred + texture, 0, 255).astype(np.uint8))


def _gradient(rng: random.Random, width: int, height: int) -> Image.Image:
    start = np.array((15, 15, 20), np.float32)
    end = np.array(rng.choice(STRONG), np.float32)
    ramp = np.linspace(0, 1, width if rng.random() < 0.5 else height, dtype=np.float32)
    ramp = ramp[None, :, None] if ramp.size == width else ramp[:, None, None]
    pixels = np.broadcast_to(start + (end - start) * ramp, (height, width, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def render_card(card: SmallBizCard, design: str, rng: random.Random) -> tuple[np.ndarray, list[str], dict[str, str]]:
    """The card (BGR) in ``design``, its printed lines in reading order and the face of each style."""
    portrait = rng.random() < 0.2
    width, height = (SHORT_SIDE, LONG_SIDE) if portrait else (LONG_SIDE, SHORT_SIDE)
    faces = {style: _face(rng.choice(looks), rng) for style, looks in STYLE_LOOKS.items()}
    accent = rng.choice(STRONG)
    ink = rng.choice(DARK_INKS)
    panel = False
    if design == "picture":
        image = _busy_picture(rng, width, height)
        panel = rng.random() < 0.4
        ink = accent = rng.choice(LIGHT_INKS)
    elif design == "gradient":
        image = _gradient(rng, width, height)
        ink = rng.choice(LIGHT_INKS)
        accent = rng.choice(LIGHT_INKS)
    else:
        image = Image.new("RGB", (width, height), rng.choice(((250, 250, 246), (255, 255, 255), (244, 238, 222))))
    draw = ImageDraw.Draw(image, "RGBA")
    margin = int(min(width, height) * 0.07)
    rows = list(card.rows)
    total = sum(STYLE_SIZE[row.style] * 1.35 for row in rows)
    # Print shops fill the card: the rows grow (up to GROW) or shrink to its height, the block centred.
    shrink = min(GROW, (height - 2 * margin) / total)
    centred = portrait or rng.random() < 0.5
    icons = rng.random() < 0.5
    if panel:  # a translucent dark panel under the text, as printers put over a photo
        draw.rectangle([margin // 2, margin // 2, width - margin // 2, height - margin // 2], fill=(0, 0, 0, 120))
    y = margin + max(0.0, (height - 2 * margin - total * shrink) / 2)
    printed: list[str] = []
    for row in rows:
        face = faces[row.style]
        size = int(STYLE_SIZE[row.style] * shrink)
        icon = _icon_for(row) if icons else ""
        gap = int(size * 1.5) if icon else 0
        size = _fit(row.text, face, size, width - 2 * margin - gap)
        colour = accent if row.style == "brand" else ink
        if design == "band" and row.style == "brand":
            draw.rectangle([0, int(y - size * 0.25), width, int(y + size * 1.35)], fill=accent)
            colour = (255, 255, 255)
        length = _font(face, size).getlength(row.text)
        x = int((width - length - gap) / 2) + gap if centred else margin + gap
        if icon:
            _icon(draw, icon, x - gap, int(y + size * 0.1), int(size * 0.95), accent if design != "picture" else ink)
        # Light print over a picture gets a thin dark outline, as print shops set it to stay legible.
        stroke = 2 if design == "picture" and not panel else 0
        draw.text((x, int(y)), row.text, font=_font(face, size), fill=colour, stroke_width=stroke,
                  stroke_fill=(20, 20, 20))  # fmt: skip
        printed.append(row.text)
        y += size * 1.35
    return (
        np.ascontiguousarray(np.asarray(image)[:, :, ::-1]),
        printed,
        {k: os.path.basename(v) for k, v in faces.items()},
    )


def car_seat(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A car seat's dark fabric: a woven texture, a seam or two, a soft fold shade."""
    base = np.array(SEAT_TONES[int(rng.integers(len(SEAT_TONES)))], np.float32)
    weave = rng.normal(0, 7, (height, width)).astype(np.float32)
    shade = _smooth_noise(rng, width, height, 200, 18)
    seat = base[None, None, :] + (weave + shade)[:, :, None]
    for _ in range(int(rng.integers(1, 3))):
        at = int(rng.integers(height // 8, height - height // 8))
        seat[max(0, at - 3) : at + 3] *= 0.55
    return np.clip(seat, 0, 255)


def _shake(photo: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """Slight motion blur: a line kernel ``MOTION_PX`` long in a random direction."""
    length = float(rng.uniform(*MOTION_PX))
    size = math.ceil(length) | 1
    kernel = np.zeros((size, size), np.float32)
    kernel[size // 2, (size - math.ceil(length)) // 2 : (size + math.ceil(length)) // 2] = 1.0
    matrix = cv2.getRotationMatrix2D((size / 2 - 0.5, size / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
    kernel = cv2.warpAffine(kernel, matrix, (size, size))
    kernel /= max(1e-6, float(kernel.sum()))
    return np.asarray(cv2.filter2D(photo, -1, kernel), np.float32), round(length, 1)


def _dim(photo: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """Dim room light under a warm lamp: the whole frame darker, a colour cast, a vignette."""
    height, width = photo.shape[:2]
    level = float(rng.uniform(0.4, 0.75))
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    radius = ((xs / width - 0.5) ** 2 + (ys / height - 0.5) ** 2) / 0.5
    photo = photo * (level * (1 - rng.uniform(0.2, 0.45) * radius))[:, :, None]
    photo = photo * np.array([rng.uniform(0.75, 0.9), rng.uniform(0.9, 0.97), 1.05], np.float32)
    return photo, round(level, 2)


def _sensor(photo: np.ndarray, rng: np.random.Generator, level: float) -> np.ndarray:
    """A cheap sensor's noise, stronger as the light falls (gain), partly in colour, then the phone's
    denoising smear and sharpening."""
    sigma = 4 + 10 * (0.75 - level) / 0.35
    luma = rng.normal(0, sigma, photo.shape[:2]).astype(np.float32)[:, :, None]
    chroma = rng.normal(0, sigma * 0.5, photo.shape).astype(np.float32)
    photo = photo + luma + chroma
    smeared = cv2.GaussianBlur(photo, (0, 0), 0.8)
    return np.asarray(smeared + 0.5 * (smeared - cv2.GaussianBlur(smeared, (0, 0), 2.0)), np.float32)


# How the address is printed: ``classic`` as ``smallbiz_data`` draws it, ``wide`` in the shapes of
# ``shop_address_data`` (blocks and lots, roads' kilometres, "s/n", PO boxes, units on their own line).
ADDRESSES = ("classic", "wide")


def make_shop_photo(
    index: int, seed: int, design: str, frame: tuple[int, int] | None = None, addresses: str = "classic"
) -> tuple[bytes, dict[str, Any]]:
    """One photo of a card in ``design``, as JPEG bytes, and its truth. ``frame`` (long, short side): the
    photo is composed at the drawn size with that frame's proportions, then scaled down to it before the
    JPEG (a phone's video-sized frame, e.g. 1280 x 720); None keeps the drawn 4:3 frame, as every seed
    made it before the option existed. ``addresses``: one of ``ADDRESSES``."""
    card_seed = seed * 10_000 + 7_000 + index
    rng = random.Random(card_seed)
    np_rng = np.random.default_rng([seed, 91, index])
    country = COUNTRIES[index % len(COUNTRIES)]
    card = small_business_card(rng, country, Variants(random.Random(f"variants-{card_seed}")))
    card, drawn = shop_variants(card, random.Random(f"shop-{card_seed}"))
    if addresses == "wide":
        card = with_wide_address(card, random.Random(f"address-{card_seed}"))
        drawn = [*drawn, "wide_address"]
    flat, printed, faces = render_card(card, design, rng)
    long_side = int(np_rng.choice([1280, 1600, 2000]))
    short_side = long_side * 3 // 4 if frame is None else long_side * frame[1] // frame[0]
    landscape = np_rng.random() < 0.5
    width, height = (long_side, short_side) if landscape else (short_side, long_side)
    surfaces = {**SURFACES, **USER_SURFACES, "car_seat": car_seat}
    surface = str(np_rng.choice(list(surfaces)))
    photo = surfaces[surface](np_rng, width, height).astype(np.float32)
    card_h, card_w = flat.shape[:2]
    share = float(np_rng.uniform(0.2, 0.6))  # of the frame's area
    scale = min(math.sqrt(share * width * height / (card_w * card_h)), 0.92 * min(width / card_w, height / card_h))
    corners = _corners(np_rng, (card_w, card_h), (width, height), scale, False)
    _drop_shadow(photo, np_rng, corners)
    radius = int(min(card_w, card_h) * 0.04) if np_rng.random() < 0.3 else 0
    _paste(photo, flat, corners, radius)
    conditions = [surface]
    if np_rng.random() < 0.35:
        conditions.append("held_" + draw_fingers(photo, np_rng, corners))
    if np_rng.random() < 0.35:
        _gloss(photo, np_rng, corners)
        conditions.append("glare")
    photo, level = _dim(photo, np_rng)
    blur = 0.0
    if np_rng.random() < 0.4:
        photo, blur = _shake(photo, np_rng)
        conditions.append("motion")
    elif np_rng.random() < 0.4:
        blur = float(np_rng.choice([0.8, 1.2, 1.6]))
        photo = np.asarray(cv2.GaussianBlur(photo, (0, 0), blur), np.float32)
        conditions.append("defocus")
    photo = np.clip(_sensor(photo, np_rng, level), 0, 255).astype(np.uint8)
    if frame is not None:
        # Scaled down after the capture's blur and noise, as a phone scales its sensor's frame.
        size = (frame[0], frame[1]) if landscape else (frame[1], frame[0])
        photo = cv2.resize(photo, size, interpolation=cv2.INTER_AREA)
        corners = np.asarray(corners, np.float64) * (size[0] / width)
    quality = int(np_rng.integers(60, 81))
    ok, encoded = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    name = f"{design}/photo-{index:03d}.jpg"
    truth = truth_for(card, printed, "photo", name)
    truth.update(
        notes=f"synthetic cheap-phone photo of a print-shop card (tests/ocr/shop_photo_set.py, {country}, {design})",
        design=design,
        variants=drawn,
        faces=faces,
        conditions=conditions,
        corners=rounded_points(corners),
        cards=[rounded_points(corners)],
        light=level,
        blur=blur,
        card_share=round(share, 2),
        jpeg_quality=quality,
    )
    return encoded.tobytes(), truth


def generate(
    folder: Path,
    count: int = 24,
    seed: int = 1,
    designs: tuple[str, ...] = DESIGNS,
    frame: tuple[int, int] | None = None,
    addresses: str = "classic",
) -> list[Path]:
    """``count`` photos into ``folder/<design>/``, the designs in turn; returns the image paths."""
    paths: list[Path] = []
    for index in range(count):
        data, truth = make_shop_photo(index, seed, designs[index % len(designs)], frame, addresses)
        paths.append(write_encoded(folder / truth["image"], data, truth))
    return paths


def _frame_size(text: str) -> tuple[int, int]:
    """``--frame``'s "LONGxSHORT" as (long, short) pixels."""
    long_text, _, short_text = text.lower().partition("x")
    long, short = int(long_text), int(short_text)
    if not 0 < short <= long:
        raise argparse.ArgumentTypeError(f"--frame {text}: LONGxSHORT, the long side first")
    return long, short


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("shop_photo_set", __doc__, 24)
    parser.add_argument("--design", nargs="+", choices=DESIGNS, default=list(DESIGNS))
    parser.add_argument(
        "--frame",
        type=_frame_size,
        default=None,
        help="LONGxSHORT, e.g. 1280x720: compose in that frame's proportions, then scale down to it",
    )
    parser.add_argument("--addresses", choices=ADDRESSES, default="classic", help="how the address is printed")
    args = parser.parse_args(argv)
    print_paths(generate(args.folder, args.count, args.seed, tuple(args.design), args.frame, args.addresses))


if __name__ == "__main__":
    main()
