"""Drawing for ``stranger_set``: lines of type in columns (left, right or centred), small capitals and
letter-spaced names, contact icons drawn as glyphs, logo symbols, a QR code, and the flatbed scan.

Real cards are printed at 300 dpi in many faces; the scan here is what a flatbed gives: paper tone, a little
optical blur, sensor noise, the card a degree or two askew, sometimes on the scanner's bed, JPEG.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
import segno
from PIL import Image, ImageDraw

from .render import FONT_DIR, font, installed_fonts

RGB = tuple[int, int, int]
DPI = 300
US_CARD = (1050, 600)  # 3.5 × 2 in at 300 dpi
EU_CARD = (1004, 650)  # 85 × 55 mm at 300 dpi
SMALL_CAPS_SHARE = 0.78  # the small capitals' height against the capitals' (common small-caps faces: 0.7-0.8)
LINE_PITCH = 1.38  # line pitch as a share of the type size (business cards set 8/11 pt or so)

# (regular, bold) pairs of families real cards are set in; DejaVu when this machine lacks them (CI).
FAMILIES: list[tuple[str, str]] = [
    ("Lato-Regular", "Lato-Bold"),
    ("OpenSans-Regular", "OpenSans-Bold"),
    ("Roboto-Regular", "Roboto-Bold"),
    ("NotoSans-Regular", "NotoSans-Bold"),
    ("NimbusSans-Regular", "NimbusSans-Bold"),
    ("Carlito-Regular", "Carlito-Bold"),
    ("Inter-Regular", "Inter-SemiBold"),
    ("Cabin-Regular", "Cabin-Bold"),
    ("NotoSerif-Regular", "NotoSerif-Bold"),
    ("NimbusRoman-Regular", "NimbusRoman-Bold"),
    ("LinLibertine_R", "LinLibertine_RB"),
    ("EBGaramond12-Regular", "EBGaramond12-Bold"),
    ("RobotoCondensed-Regular", "RobotoCondensed-Bold"),
    ("Roboto-Light", "Roboto-Medium"),
]


def family(rng: random.Random) -> tuple[str, str]:
    files = installed_fonts()
    found = [(files[a], files[b]) for a, b in FAMILIES if a in files and b in files]
    return rng.choice(found) if found else (FONT_DIR + "DejaVuSans.ttf", FONT_DIR + "DejaVuSans-Bold.ttf")


@dataclass
class Line:
    text: str
    face: str
    size: int
    color: RGB
    tracking: float = 0.0  # extra space after each letter, as a share of the size
    small_caps: bool = False
    icon: str | None = None  # "phone", "mobile", "mail", "web", "pin", "in", "at"
    gap: int = 0  # extra space above


def _segments(line: Line) -> list[tuple[str, int]]:
    """The line's runs of one size: small capitals are a capital then the rest in smaller capitals."""
    if not line.small_caps:
        return [(line.text, line.size)]
    small = round(line.size * SMALL_CAPS_SHARE)
    runs: list[tuple[str, int]] = []
    for index, word in enumerate(line.text.split(" ")):
        if index:
            runs.append((" ", line.size))
        runs.append((word[:1].upper(), line.size))
        if word[1:]:
            runs.append((word[1:].upper(), small))
    return runs


def text_width(line: Line) -> float:
    width = 0.0
    for text, size in _segments(line):
        face = font(line.face, size)
        width += (
            sum(face.getlength(ch) + line.tracking * size for ch in text) if line.tracking else face.getlength(text)
        )
    return width + (line.size * 1.5 if line.icon else 0)


def fit(line: Line, width: int) -> Line:
    """The line at a size that fits ``width`` (type is set smaller, never cut)."""
    while line.size > 14 and text_width(line) > width:
        line = Line(
            line.text, line.face, line.size - 1, line.color, line.tracking, line.small_caps, line.icon, line.gap
        )
    return line


def _icon(draw: ImageDraw.ImageDraw, kind: str, x: int, baseline: int, size: int, color: RGB, paper: RGB) -> None:
    s = int(size * 0.8)
    top, left = baseline - s, x
    box = (left, top, left + s, top + s)
    if kind == "phone":  # a handset: a thick arc with two ear pieces
        draw.arc(box, 110, 250, fill=color, width=max(3, s // 5))
        draw.ellipse((left + s // 2 - 2, top, left + s // 2 + s // 4, top + s // 4), fill=color)
        draw.ellipse((left + s // 2 - 2, top + s - s // 4, left + s // 2 + s // 4, top + s), fill=color)
    elif kind == "mobile":
        draw.rounded_rectangle((left + s // 4, top, left + 3 * s // 4, top + s), radius=3, outline=color, width=3)
        draw.ellipse((left + s // 2 - 2, top + s - 7, left + s // 2 + 2, top + s - 3), fill=color)
    elif kind == "mail":
        draw.rectangle((left, top + s // 5, left + s, top + s), outline=color, width=2)
        draw.line((left, top + s // 5, left + s // 2, top + 3 * s // 5, left + s, top + s // 5), fill=color, width=2)
    elif kind == "web":
        draw.ellipse(box, outline=color, width=2)
        draw.ellipse((left + s // 4, top, left + 3 * s // 4, top + s), outline=color, width=2)
        draw.line((left, top + s // 2, left + s, top + s // 2), fill=color, width=2)
    elif kind == "pin":
        draw.ellipse((left + s // 6, top, left + 5 * s // 6, top + 2 * s // 3), fill=color)
        draw.polygon(
            [(left + s // 4, top + s // 2), (left + 3 * s // 4, top + s // 2), (left + s // 2, top + s)], fill=color
        )
        draw.ellipse((left + 2 * s // 5, top + s // 5, left + 3 * s // 5, top + 2 * s // 5), fill=paper)
    elif kind in ("in", "at"):
        draw.rounded_rectangle(box, radius=max(2, s // 6), fill=color)
        glyph = "in" if kind == "in" else "@"
        draw.text(
            (left + s // 2, top + s // 2),
            glyph,
            font=font("DejaVuSans-Bold.ttf", int(s * 0.6)),
            fill=paper,
            anchor="mm",
        )


def draw_line(draw: ImageDraw.ImageDraw, x: int, baseline: int, line: Line, paper: RGB) -> None:
    if line.icon:
        _icon(draw, line.icon, x, baseline, line.size, line.color, paper)
        x += int(line.size * 1.5)
    at = float(x)
    for text, size in _segments(line):
        face = font(line.face, size)
        if not line.tracking:
            draw.text((at, baseline), text, font=face, fill=line.color, anchor="ls")
            at += face.getlength(text)
            continue
        for ch in text:
            draw.text((at, baseline), ch, font=face, fill=line.color, anchor="ls")
            at += face.getlength(ch) + line.tracking * size


def column_height(lines: list[Line]) -> int:
    return int(sum(line.size * LINE_PITCH + line.gap for line in lines))


def draw_column(image: Image.Image, lines: list[Line], left: int, right: int, top: int, align: str, paper: RGB) -> int:
    """``lines`` stacked from ``top`` between ``left`` and ``right``, aligned; the bottom reached."""
    draw = ImageDraw.Draw(image)
    y = float(top)
    for line in lines:
        line = fit(line, right - left)
        y += line.gap
        width = text_width(line)
        x = left if align == "left" else right - width if align == "right" else (left + right - width) / 2
        draw_line(draw, int(x), int(y + line.size), line, paper)
        y += line.size * LINE_PITCH
    return int(y)


def symbol(image: Image.Image, kind: int, box: tuple[int, int, int, int], color: RGB, paper: RGB) -> None:
    """A logo's drawn mark: overlapping squares, a ring with a bar, a chevron, or stacked bars."""
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if kind == 0:
        draw.rectangle((x0, y0, x0 + 2 * w // 3, y0 + 2 * h // 3), fill=color)
        draw.rectangle((x0 + w // 3, y0 + h // 3, x1, y1), outline=color, width=max(3, w // 10))
    elif kind == 1:
        draw.ellipse(box, outline=color, width=max(4, w // 8))
        draw.rectangle((x0 + w // 2 - w // 12, y0 - 2, x0 + w // 2 + w // 12, y1 + 2), fill=color)
    elif kind == 2:
        draw.polygon([(x0, y1), (x0 + w // 2, y0), (x1, y1), (x0 + w // 2, y0 + h // 2)], fill=color)
    else:
        for index in range(3):
            top = y0 + index * h // 3
            draw.rectangle((x0 + index * w // 6, top, x1, top + h // 5), fill=color)


def qr_code(image: Image.Image, payload: str, at: tuple[int, int], side: int, color: RGB, paper: RGB) -> None:
    code = segno.make(payload, error="m")
    matrix = np.array(list(code.matrix_iter(scale=1, border=1)), dtype=np.uint8)
    picture = Image.fromarray(np.where(matrix > 0, 0, 255).astype(np.uint8)).resize((side, side), Image.NEAREST)
    coloured = Image.new("RGB", picture.size, paper)
    coloured.paste(Image.new("RGB", picture.size, color), mask=Image.eval(picture, lambda v: 255 - v))
    image.paste(coloured, at)


def flatbed_scan(card: np.ndarray, rng: random.Random, seed: int) -> tuple[np.ndarray, int, list[str]]:
    """The card (BGR) as a flatbed scanner gives it, the JPEG quality to save at, and what was done."""
    done: list[str] = []
    noise = np.random.default_rng(seed)
    image = card.astype(np.float64)
    height, width = card.shape[:2]
    # paper grain: low-frequency unevenness of a printed card stock
    grain = cv2.resize(noise.normal(0, 3.0, (height // 40 + 1, width // 40 + 1)), (width, height))
    image += grain[:, :, None]
    image = np.clip(image, 0, 255).astype(np.uint8)
    angle = rng.uniform(0.0, 2.0) * rng.choice([-1, 1])
    if rng.random() < 0.45:  # on the scanner's bed, the lid's white around it, a shadow along one edge
        bed_tone = rng.randint(228, 250)
        bed = np.full((height + rng.randint(120, 420), width + rng.randint(120, 520), 3), bed_tone, np.uint8)
        at_x, at_y = rng.randint(20, bed.shape[1] - width - 20), rng.randint(20, bed.shape[0] - height - 20)
        bed[at_y + 3 : at_y + height + 3, at_x + 3 : at_x + width + 3] = max(0, bed_tone - 70)
        bed[at_y : at_y + height, at_x : at_x + width] = image
        image, border = bed, (bed_tone,) * 3
        done.append("bed")
    else:
        border = tuple(int(v) for v in image[2, 2])
    matrix = cv2.getRotationMatrix2D((image.shape[1] / 2, image.shape[0] / 2), angle, 1.0)
    image = cv2.warpAffine(image, matrix, (image.shape[1], image.shape[0]), flags=cv2.INTER_CUBIC, borderValue=border)
    image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.45, 0.95))  # the scanner's optics
    image = np.clip(image.astype(np.float64) + noise.normal(0, rng.uniform(1.5, 4.0), image.shape), 0, 255)
    done.append(f"rotated:{angle:.1f}")
    return image.astype(np.uint8), rng.randint(75, 92), done


def to_bgr(image: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def blank(size: tuple[int, int], paper: RGB) -> Image.Image:
    return Image.new("RGB", size, paper)
