"""Phone photos of small-business card DESIGNS the other photo sets lack (issue 10, items 1 and 4).

``photo_set`` and ``smallbiz_set`` photograph plain cards: dark print on white or pale paper, landscape,
text in rows. Real phone photos of Brazilian and US small-business cards show designs those sets never
draw; each photo here shows one of them (``TRAITS``, in turn, a folder per trait so that
``evaluate --per-folder`` prints a line per trait):

- ``portrait``: a vertical card designed upright (centred rows), photographed upright;
- ``picture``: the text over a picture, a gradient or a pattern inside the card;
- ``dark``: light print (white, gold, pale grey) on a black, red, purple or navy card;
- ``small``: the card small in the frame, its body text 10-14 px high in the photo;
- ``motion``: motion blur along a random direction (a hand moving as the shutter opens);
- ``perspective``: the card shot at a steep angle (its far side a half to two thirds of the near one);
- ``bent``: a card bowed across its length (kept in a wallet);
- ``glossy``: specular reflections on glossy stock (a band and a spot, bright enough to wash print out);
- ``icons``: a pictogram before each contact line (phone, WhatsApp, pin, envelope, Instagram, globe);
- ``frame``: a decorative frame or border inside the card's edge (double rules, corner ornaments);
- ``qr``: a QR code beside the text.

The cards' words are ``smallbiz_data``'s (Brazil and the US in turn; truth as printed, the shared format of
docs/EVALUATION_FORMAT.md, ``kind`` "photo"); every photo's truth adds ``trait`` and ``traits`` (the trait
and the other conditions drawn for it: blur, glare, shadow, ``portrait`` ...), ``corners`` and
``body_px`` (the body text's height in the photo). The photographing is ``photo_set``'s (surfaces, placing,
light, a phone's look). Seed 1 is the tune seed, seed 2 held out; the same seed makes the same set.

    python -m tests.ocr.photo_design_set OUT_DIR [--count 44] [--seed 1] [--trait portrait dark ...]
    python -m cardbook.ocr.evaluate OUT_DIR/* --per-folder --jobs 1
    python -m cardbook.ocr.evaluate OUT_DIR/* --per-folder --jobs 1 --engine plain-rapidocr
    python -m tests.ocr.photo_design_set --compare PIPELINE.json PLAIN.json   # (evaluate --json of each)

``--compare`` prints, per trait and in all, macro-F1, cards needing no edit and text CER of two
``evaluate --per-folder --json`` runs side by side (the pipeline's and plain RapidOCR's), and the cards of
each trait where the first reads more text wrong than the second.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont

from .photo_backgrounds import SURFACES, USER_SURFACES
from .photo_set import _drop_shadow, _light, _paste, _phone_look
from .set_writer import print_paths, rounded_points, set_parser, write_encoded
from .smallbiz_data import COUNTRIES, Row, SmallBizCard, Variants, small_business_card
from .smallbiz_set import truth_for

TRAITS = (
    "portrait",
    "picture",
    "dark",
    "small",
    "motion",
    "perspective",
    "bent",
    "glossy",
    "icons",
    "frame",
    "qr",
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"  # DejaVu only: the CI machine has no other fonts
FACES = {
    "brand": ("DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "name": ("DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSans.ttf"),
    "title": ("DejaVuSans.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansCondensed.ttf"),
    "body": ("DejaVuSans.ttf", "DejaVuSansCondensed.ttf"),
    "small": ("DejaVuSans.ttf", "DejaVuSansCondensed.ttf", "DejaVuSans-Oblique.ttf"),
}
# Type sizes (pixels on a card whose long side is 1050) of each style of row, before the rows are shrunk
# to fit the card.
STYLE_SIZE = {"brand": 56, "name": 38, "title": 27, "body": 25, "small": 22}
LONG_SIDE, SHORT_SIDE = 1050, 600
# Dark and saturated card colours (RGB): black, red, purple, navy, and the light inks printed on them.
DARK_PAPERS = [(22, 22, 24), (170, 25, 32), (88, 32, 112), (24, 36, 82), (12, 70, 60)]
LIGHT_INKS = [(255, 255, 255), (235, 200, 110), (225, 225, 225)]
CONTACT_ROLES = ("phone", "email", "website", "social", "address")


def _font(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + face, size)


def _fit(text: str, face: str, size: int, width: int) -> int:
    while size > 12 and _font(face, size).getlength(text) > width:
        size -= 1
    return size


def _picture(rng: random.Random, width: int, height: int) -> tuple[Image.Image, bool]:
    """A picture, a gradient or a pattern filling the card; returns it and whether it is dark overall."""
    kind = rng.choice(("gradient", "pattern", "photo"))
    dark = rng.random() < 0.5
    base = np.array(rng.choice(DARK_PAPERS) if dark else (rng.randint(200, 245),) * 3, np.float32)
    other = np.array([rng.randint(20, 120) if dark else rng.randint(150, 255) for _ in range(3)], np.float32)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    if kind == "gradient":
        angle = rng.uniform(0, math.pi)
        t = (xs * math.cos(angle) + ys * math.sin(angle)) / (
            width * abs(math.cos(angle)) + height * abs(math.sin(angle))
        )
        t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
        pixels = base[None, None, :] * (1 - t[:, :, None]) + other[None, None, :] * t[:, :, None]
    elif kind == "pattern":
        period = rng.uniform(18, 60)
        if rng.random() < 0.5:  # diagonal stripes
            wave = (np.sin((xs + ys) * 2 * math.pi / period) > 0).astype(np.float32)
        else:  # dots
            wave = ((np.hypot(xs % period - period / 2, ys % period - period / 2)) < period * 0.22).astype(np.float32)
        mix = rng.uniform(0.2, 0.45)
        pixels = base[None, None, :] * (1 - mix * wave[:, :, None]) + other[None, None, :] * mix * wave[:, :, None]
    else:  # a soft photo: blurred blobs of colour (a landscape, a storefront, food) behind the text
        np_rng = np.random.default_rng(rng.randint(0, 1 << 30))
        coarse = np_rng.uniform(-1, 1, (6, 9, 3)).astype(np.float32)
        blobs = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC)
        pixels = base[None, None, :] + blobs * rng.uniform(30, 70)
        detail = np_rng.normal(0, 8, (height // 4, width // 4, 3)).astype(np.float32)
        pixels += cv2.resize(detail, (width, height), interpolation=cv2.INTER_LINEAR)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), dark


def _icon(draw: ImageDraw.ImageDraw, kind: str, x: int, y: int, size: int, colour: tuple[int, int, int]) -> None:
    """A pictogram ``size`` px square at (x, y): what cards print before a contact line."""
    s = size
    if kind == "phone":  # a handset: two ear pieces joined by a bar, tilted
        draw.rounded_rectangle([x + s * 0.15, y, x + s * 0.45, y + s * 0.35], radius=s * 0.1, fill=colour)
        draw.rounded_rectangle([x + s * 0.55, y + s * 0.65, x + s * 0.95, y + s], radius=s * 0.1, fill=colour)
        draw.line([x + s * 0.3, y + s * 0.3, x + s * 0.7, y + s * 0.75], fill=colour, width=max(2, s // 6))
    elif kind == "whatsapp":  # a speech bubble ring with a handset inside
        draw.ellipse([x, y, x + s, y + s], outline=colour, width=max(2, s // 9))
        draw.polygon([(x + s * 0.05, y + s), (x + s * 0.15, y + s * 0.65), (x + s * 0.35, y + s * 0.9)], fill=colour)
        draw.ellipse([x + s * 0.32, y + s * 0.3, x + s * 0.68, y + s * 0.7], fill=colour)
    elif kind == "pin":  # a map pin: a disc over a point, a hole in it
        draw.ellipse([x + s * 0.15, y, x + s * 0.85, y + s * 0.7], fill=colour)
        draw.polygon([(x + s * 0.2, y + s * 0.45), (x + s * 0.8, y + s * 0.45), (x + s * 0.5, y + s)], fill=colour)
        hole = s * 0.14
        draw.ellipse([x + s * 0.5 - hole, y + s * 0.35 - hole, x + s * 0.5 + hole, y + s * 0.35 + hole], fill=None)
    elif kind == "envelope":
        draw.rectangle([x, y + s * 0.15, x + s, y + s * 0.85], outline=colour, width=max(2, s // 9))
        draw.line([x, y + s * 0.15, x + s * 0.5, y + s * 0.55, x + s, y + s * 0.15], fill=colour, width=max(2, s // 9))
    elif kind == "instagram":  # a rounded square, a ring, a dot
        draw.rounded_rectangle([x, y, x + s, y + s], radius=s * 0.28, outline=colour, width=max(2, s // 9))
        draw.ellipse([x + s * 0.28, y + s * 0.28, x + s * 0.72, y + s * 0.72], outline=colour, width=max(2, s // 9))
        draw.ellipse([x + s * 0.72, y + s * 0.14, x + s * 0.86, y + s * 0.28], fill=colour)
    else:  # a globe
        draw.ellipse([x, y, x + s, y + s], outline=colour, width=max(2, s // 10))
        draw.ellipse([x + s * 0.3, y, x + s * 0.7, y + s], outline=colour, width=max(1, s // 14))
        draw.line([x, y + s * 0.5, x + s, y + s * 0.5], fill=colour, width=max(1, s // 14))


def _icon_for(row: Row) -> str:
    text = row.text.lower()
    if row.role == "phone":
        return "whatsapp" if "whats" in text or "zap" in text else "phone"
    return {"email": "envelope", "website": "globe", "social": "instagram", "address": "pin"}.get(row.role, "")


def _frame(draw: ImageDraw.ImageDraw, rng: random.Random, width: int, height: int, colour: tuple[int, int, int]) -> int:
    """A decorative frame inside the card's edge; returns the inset the text must keep."""
    inset = int(min(width, height) * rng.uniform(0.03, 0.05))
    stroke = max(2, int(min(width, height) * 0.006))
    style = rng.choice(("double", "corners", "thick"))
    draw.rectangle(
        [inset, inset, width - inset, height - inset], outline=colour, width=stroke * (3 if style == "thick" else 1)
    )
    if style == "double":
        gap = stroke * 4
        draw.rectangle(
            [inset + gap, inset + gap, width - inset - gap, height - inset - gap], outline=colour, width=stroke
        )
    elif style == "corners":  # ornaments: a filled diamond at each corner
        r = inset * 0.9
        for cx, cy in (
            (inset, inset),
            (width - inset, inset),
            (width - inset, height - inset),
            (inset, height - inset),
        ):
            draw.polygon([(cx - r, cy), (cx, cy - r), (cx + r, cy), (cx, cy + r)], fill=colour)
    return inset + stroke * 6


def render_design(card: SmallBizCard, trait: str, rng: random.Random) -> tuple[np.ndarray, list[str], float]:
    """The card (BGR) drawn in the design ``trait`` asks for, its printed lines in reading order, and its body
    text's size in card pixels."""
    portrait = trait == "portrait" or (trait in ("picture", "dark", "icons", "frame") and rng.random() < 0.25)
    width, height = (SHORT_SIDE, LONG_SIDE) if portrait else (LONG_SIDE, SHORT_SIDE)
    ink, accent = rng.choice(((25, 25, 25), (20, 30, 70))), rng.choice(((20, 60, 140), (150, 30, 30), (20, 100, 50)))
    if trait == "picture":
        image, dark = _picture(rng, width, height)
        if dark:
            ink = accent = rng.choice(LIGHT_INKS)
        else:
            accent = ink
    elif trait == "dark":
        image = Image.new("RGB", (width, height), rng.choice(DARK_PAPERS))
        ink = rng.choice(LIGHT_INKS)
        accent = rng.choice(LIGHT_INKS)
    else:
        image = Image.new("RGB", (width, height), rng.choice(((250, 250, 246), (255, 255, 255), (246, 242, 230))))
    draw = ImageDraw.Draw(image)
    margin = int(min(width, height) * 0.07)
    if trait == "frame":
        margin = max(margin, _frame(draw, rng, width, height, accent))
    qr_side = 0
    if trait == "qr":
        qr_side = int(height * rng.uniform(0.32, 0.42))
    rows = list(card.rows)
    icons = trait == "icons"
    icon_gap = 0
    text_left = margin
    text_width = width - 2 * margin - (qr_side + margin // 2 if qr_side else 0)
    total = sum(STYLE_SIZE[row.style] * 1.4 for row in rows)
    shrink = min(1.0, (height - 2 * margin) / total)
    centred = portrait or (trait in ("picture", "dark", "frame") and rng.random() < 0.5)
    faces = {style: rng.choice(options) for style, options in FACES.items()}
    y = float(margin)
    spare = (height - 2 * margin) - total * shrink
    y += max(0.0, spare / 2) if centred else 0.0
    printed: list[str] = []
    body = STYLE_SIZE["body"] * shrink
    for row in rows:
        face = faces[row.style]
        size = int(STYLE_SIZE[row.style] * shrink)
        kind = _icon_for(row) if icons else ""
        icon_gap = int(size * 1.5) if kind else 0
        size = _fit(row.text, face, size, text_width - icon_gap)
        colour = accent if row.style == "brand" else ink
        length = _font(face, size).getlength(row.text)
        x = text_left + icon_gap
        if centred:
            x = int((width - (qr_side + margin // 2 if qr_side else 0) - length - icon_gap) / 2) + icon_gap
        if kind:
            _icon(draw, kind, x - icon_gap, int(y + size * 0.1), int(size * 0.95), accent)
        draw.text((x, int(y)), row.text, font=_font(face, size), fill=colour)
        printed.append(row.text)
        y += size * 1.4
    if qr_side:
        payload = f"BEGIN:VCARD\nVERSION:3.0\nFN:{card.truth['name']}\nEND:VCARD"
        code = segno.make(payload, error="m", micro=False)
        scale = max(2, qr_side // code.symbol_size(border=2)[0])
        matrix = np.array(list(code.matrix_iter(scale=scale, border=2)), dtype=np.uint8)
        qr_image = Image.fromarray(np.where(matrix > 0, 0, 255).astype(np.uint8)).convert("RGB")
        image.paste(qr_image, (width - qr_image.width - margin // 2, (height - qr_image.height) // 2))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1]), printed, body


def _corners(
    rng: np.random.Generator, size: tuple[int, int], frame: tuple[int, int], scale: float, steep: bool
) -> np.ndarray:
    """Corners (TL, TR, BR, BL of the card as printed) of a card ``scale`` times its size, upright within
    ±12° (a card photographed the way it is printed), in mild perspective or ``steep`` perspective."""
    width, height = size[0] * scale, size[1] * scale
    local = np.array(
        [[-width / 2, -height / 2], [width / 2, -height / 2], [width / 2, height / 2], [-width / 2, height / 2]]
    )
    if steep:  # the far side (top, or one end) shrunk to 50-66 % of the near one
        far = rng.uniform(0.5, 0.66)
        if rng.random() < 0.5:
            local[:2, 0] *= far
            local[:2, 1] *= rng.uniform(0.75, 0.9)
        else:
            side = [1, 2] if rng.random() < 0.5 else [0, 3]
            local[side, 1] *= far
    local += rng.uniform(-0.04, 0.04, (4, 2)) * np.array([width, height])
    angle = math.radians(rng.uniform(-12, 12))
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    turned = local @ rotation.T
    span = turned.max(axis=0) - turned.min(axis=0)
    room = np.maximum(np.array(frame, np.float64) - span, 0)
    centre = np.array(frame, np.float64) / 2 + rng.uniform(-0.4, 0.4, 2) * room
    return np.asarray(turned + centre, np.float32)


def _motion_blur(photo: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    length = float(rng.uniform(7, 15))
    angle = rng.uniform(0, 180)
    size = math.ceil(length) | 1
    kernel = np.zeros((size, size), np.float32)
    kernel[size // 2, :] = 1.0
    matrix = cv2.getRotationMatrix2D((size / 2 - 0.5, size / 2 - 0.5), angle, 1.0)
    kernel = cv2.warpAffine(kernel, matrix, (size, size))
    kernel /= max(1e-6, float(kernel.sum()))
    return np.asarray(cv2.filter2D(photo, -1, kernel), np.float32), round(length, 1)


def _gloss(photo: np.ndarray, rng: np.random.Generator, card: np.ndarray) -> None:
    """Specular light on glossy stock: a soft band across the card and a brighter spot, added to the photo."""
    height, width = photo.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    centre = card.mean(axis=0) + rng.uniform(-0.25, 0.25, 2) * (card.max(axis=0) - card.min(axis=0))
    angle = rng.uniform(0, math.pi)
    across = (xs - centre[0]) * -math.sin(angle) + (ys - centre[1]) * math.cos(angle)
    short = float(min(np.linalg.norm(card[1] - card[0]), np.linalg.norm(card[2] - card[1])))
    band = np.exp(-(across**2) / (2 * (short * rng.uniform(0.06, 0.14)) ** 2))
    spot_at = card[int(rng.integers(4))] * 0.35 + card.mean(axis=0) * 0.65
    spot = np.exp(-((xs - spot_at[0]) ** 2 + (ys - spot_at[1]) ** 2) / (2 * (short * rng.uniform(0.08, 0.15)) ** 2))
    mask = np.zeros((height, width), np.float32)
    cv2.fillConvexPoly(mask, np.round(card).astype(np.int32), 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), 2)
    photo += ((band * rng.uniform(90, 170) + spot * rng.uniform(120, 200)) * mask)[:, :, None]


def make_design_photo(index: int, seed: int, trait: str) -> tuple[bytes, dict[str, Any]]:
    """One photo of a card in the design ``trait`` asks for, as JPEG bytes, and its truth."""
    card_seed = seed * 10_000 + 5_000 + index
    rng = random.Random(card_seed)
    np_rng = np.random.default_rng([seed, 77, index])
    country = COUNTRIES[index % len(COUNTRIES)]
    variants = Variants(random.Random(f"variants-{card_seed}"))
    card = small_business_card(rng, country, variants)
    flat, printed, body = render_design(card, trait, rng)
    long_side = int(np_rng.choice([1600, 2000]))
    width, height = (long_side, long_side * 3 // 4) if np_rng.random() < 0.4 else (long_side * 3 // 4, long_side)
    surfaces = {**SURFACES, **{name: USER_SURFACES[name] for name in ("cream_table", "tablecloth", "room")}}
    surface = str(np_rng.choice(list(surfaces)))
    photo = surfaces[surface](np_rng, width, height).astype(np.float32)
    card_h, card_w = flat.shape[:2]
    fits = 0.9 * min(width / card_w, height / card_h)
    if trait == "small":  # body text 10-14 px high in the photo
        scale = float(np_rng.uniform(10, 14)) / body
    elif trait == "perspective":
        scale = fits * float(np_rng.uniform(0.75, 0.95))
    else:
        scale = fits * float(np_rng.uniform(0.55, 0.9))
    scale = min(scale, fits)
    corners = _corners(np_rng, (card_w, card_h), (width, height), scale, trait == "perspective")
    bow = float(np_rng.uniform(0.04, 0.08) * np_rng.choice([-1, 1])) if trait == "bent" else 0.0
    _drop_shadow(photo, np_rng, corners)
    radius = int(min(card_w, card_h) * 0.04) if np_rng.random() < 0.3 else 0
    _paste(photo, flat, corners, radius, bow)
    traits = [trait] + (["portrait"] if trait != "portrait" and card_h > card_w else [])
    shadow = bool(np_rng.random() < 0.25)
    photo = _light(photo, np_rng, shadow, False, corners)
    if shadow:
        traits.append("shadow")
    if trait == "glossy":
        _gloss(photo, np_rng, corners)
    photo = _phone_look(photo, np_rng, bool(np_rng.random() < 0.3))
    blur = 0.0
    if trait == "motion":
        photo, blur = _motion_blur(photo, np_rng)
    elif np_rng.random() < 0.3:
        blur = float(np_rng.choice([0.8, 1.2]))
        photo = np.asarray(cv2.GaussianBlur(photo, (0, 0), blur), np.float32)
        traits.append("blur")
    photo = np.clip(photo + np_rng.normal(0, np_rng.uniform(2, 5), photo.shape), 0, 255).astype(np.uint8)
    quality = int(np_rng.integers(60, 90))
    ok, encoded = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    name = f"{trait}/photo-{index:03d}.jpg"
    truth = truth_for(card, printed, "photo", name)
    truth.update(
        notes=f"synthetic photo of a card design (tests/ocr/photo_design_set.py, {country}, {trait})",
        trait=trait,
        traits=traits,
        corners=rounded_points(corners),
        cards=[rounded_points(corners)],
        surface=surface,
        body_px=round(body * scale, 1),
        bow=round(bow, 3),
        blur=blur,
        jpeg_quality=quality,
    )
    return encoded.tobytes(), truth


def generate(folder: Path, count: int = 44, seed: int = 1, traits: tuple[str, ...] = TRAITS) -> list[Path]:
    """``count`` photos into ``folder/<trait>/``, the traits in turn; returns the image paths."""
    paths: list[Path] = []
    for index in range(count):
        trait = traits[index % len(traits)]
        data, truth = make_design_photo(index, seed, trait)
        paths.append(write_encoded(folder / truth["image"], data, truth))
    return paths


def _figures(group: dict[str, Any]) -> str:
    return f"{group['macro_f1']:.3f}  {group['no_edit']:>2}/{group['cards']:<2}  {group['cer']:.3f}"


def compare(first: Path, second: Path) -> None:
    """Per trait and in all, two ``evaluate --per-folder --json`` runs side by side (see the docstring)."""
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in (first, second)]
    groups = [{Path(g["settings"]["folders"][0]).name: g for g in run.get("groups", [run])} for run in runs]
    print(f"{'trait':<12} {'macro  no edit  CER':<22}   {'macro  no edit  CER (second)':<22}")
    for trait in sorted(groups[0], key=lambda name: TRAITS.index(name) if name in TRAITS else 99):
        if trait in groups[1]:
            print(f"{trait:<12} {_figures(groups[0][trait])}   {_figures(groups[1][trait])}")
    print(f"{'all':<12} {_figures(runs[0])}   {_figures(runs[1])}")
    cer = {card["image"]: card["cer"] for card in runs[1]["per_card"]}
    for card in runs[0]["per_card"]:
        if card["image"] in cer and card["cer"] > cer[card["image"]] + 0.02:
            print(f"  more text lost: {card['image']}  CER {card['cer']:.3f} against {cer[card['image']]:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = set_parser("photo_design_set", __doc__, 44, folder_optional=True)
    parser.add_argument("--compare", nargs=2, type=Path, metavar="JSON", help="two evaluate --json runs")
    parser.add_argument("--trait", nargs="+", choices=TRAITS, default=list(TRAITS))
    args = parser.parse_args(argv)
    if args.compare:
        compare(*args.compare)
        return
    if args.folder is None:
        parser.error("the output folder is required")
    print_paths(generate(args.folder, args.count, args.seed, tuple(args.trait)))


if __name__ == "__main__":
    main()
