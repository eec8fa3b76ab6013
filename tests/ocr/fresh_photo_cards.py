"""The printed side of a ``fresh_photo_set`` card: designs as print shops and online templates make them.

What the older proxies lacked (issue 10, session 15): light print on dark stock, gold/metallic ink (a
gradient inside each letter), text over a full-bleed photograph, a big decorative script name, a drawn icon
before every phone, e-mail, address and social line (icons are shapes, never letters, so they are not in the
truth), vertical cards, and a card's back side (the firm, its slogan and its web presence).

Faces come from ``render.palette()`` (DejaVu alone where nothing else is installed), so the set renders on the
CI machine too, only plainer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .fresh_photo_data import Content
from .render import font, palette

# US cards are 3.5 × 2 in, Brazilian ones 9 × 5 cm: both about 1.75:1; 300 px to the inch.
CARD_LONG, CARD_SHORT = 1050, 600
DESIGNS = ("dark", "gold", "photo", "script", "template", "split", "back", "vertical")
GOLD = ((120, 84, 30), (236, 200, 120), (160, 118, 44), (250, 226, 160), (140, 100, 36))  # RGB stops of foil
DARK_STOCKS = ((18, 18, 20), (22, 30, 48), (16, 40, 30), (48, 16, 24), (34, 34, 38))
PALE_STOCKS = ((252, 250, 245), (246, 240, 230), (238, 244, 248), (250, 238, 240), (240, 246, 236))
ACCENTS = ((196, 40, 60), (20, 110, 170), (230, 130, 20), (30, 140, 90), (120, 60, 160), (200, 80, 140))


@dataclass(frozen=True)
class Ink:
    """A line's colour, or ``gold``: a metallic gradient across each letter."""

    color: tuple[int, int, int]
    gold: bool = False


@dataclass
class Piece:
    """One printed line: its text, face, size, ink, and whether an icon (``row`` kind) stands before it."""

    text: str
    face: str
    size: int
    ink: Ink
    icon: str | None = None


def _face(rng: random.Random, look: str) -> str:
    return rng.choice(palette()[look])


def fitted(piece: Piece, width: int) -> ImageFont.FreeTypeFont:
    """The piece's face at its size, shrunk until the line fits ``width`` (print shops shrink long lines)."""
    size = piece.size
    loaded = font(piece.face, size)
    while size > 14 and loaded.getlength(piece.text) > width:
        size -= 2
        loaded = font(piece.face, size)
    piece.size = size
    return loaded


def _gold_fill(height: int, width: int, rng: random.Random) -> np.ndarray:
    """A foil texture: gold stops along a slanted axis, as metallic ink catches light."""
    stops = np.array(GOLD, np.float32)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    phase = (xs * rng.uniform(0.3, 1.0) + ys * 2.0) / max(1.0, rng.uniform(60, 160))
    position = (np.sin(phase) * 0.5 + 0.5) * (len(stops) - 1)
    low = np.floor(position).astype(int).clip(0, len(stops) - 2)
    share = (position - low)[..., None]
    return stops[low] * (1 - share) + stops[low + 1] * share


def draw_text(
    canvas: Image.Image, at: tuple[int, int], piece: Piece, loaded: ImageFont.FreeTypeFont, rng: random.Random
) -> None:
    if not piece.ink.gold:
        ImageDraw.Draw(canvas).text(at, piece.text, font=loaded, fill=piece.ink.color)
        return
    mask = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(mask).text(at, piece.text, font=loaded, fill=255)
    foil = Image.fromarray(_gold_fill(canvas.size[1], canvas.size[0], rng).astype(np.uint8))
    canvas.paste(foil, (0, 0), mask)


def draw_icon(
    draw: ImageDraw.ImageDraw, kind: str, box: tuple[int, int, int], color: tuple[int, int, int], filled: bool
) -> None:
    """A pictogram of ``kind`` in a square at (x, y) of side ``s``: drawn shapes, no letters."""
    x, y, s = box
    if filled:
        draw.ellipse([x, y, x + s, y + s], fill=color)
        color = (255, 255, 255) if sum(color) < 400 else (20, 20, 20)
        x, y, s = x + s // 5, y + s // 5, s - 2 * (s // 5)
    w = max(2, s // 8)
    if kind in ("phone", "whatsapp"):
        if kind == "whatsapp":
            draw.ellipse([x, y, x + s, y + s], outline=color, width=w)
            x, y, s = x + s // 4, y + s // 4, s // 2
        draw.rounded_rectangle([x + s // 4, y, x + 3 * s // 4, y + s], radius=max(1, s // 6), outline=color, width=w)
        draw.line([x + 2 * s // 5, y + 4 * s // 5, x + 3 * s // 5, y + 4 * s // 5], fill=color, width=w)
    elif kind == "email":
        draw.rectangle([x, y + s // 5, x + s, y + 4 * s // 5], outline=color, width=w)
        draw.line([x, y + s // 5, x + s // 2, y + s // 2, x + s, y + s // 5], fill=color, width=w)
    elif kind == "address":
        draw.ellipse([x + s // 5, y, x + 4 * s // 5, y + 3 * s // 5], outline=color, width=w)
        draw.polygon([(x + s // 4, y + 2 * s // 5), (x + 3 * s // 4, y + 2 * s // 5), (x + s // 2, y + s)], fill=color)
    elif kind == "instagram":
        draw.rounded_rectangle([x, y, x + s, y + s], radius=s // 4, outline=color, width=w)
        draw.ellipse([x + s // 4, y + s // 4, x + 3 * s // 4, y + 3 * s // 4], outline=color, width=w)
    else:  # web: a globe
        draw.ellipse([x, y, x + s, y + s], outline=color, width=w)
        draw.line([x, y + s // 2, x + s, y + s // 2], fill=color, width=w)
        draw.ellipse([x + s // 3, y, x + 2 * s // 3, y + s], outline=color, width=w)


def emblem(
    draw: ImageDraw.ImageDraw, centre: tuple[int, int], size: int, color: tuple[int, int, int], rng: random.Random
) -> None:
    """A logo without letters: a ring with a star, a roof, or crossed bars, as small firms' marks are."""
    cx, cy = centre
    r = size // 2
    shape = rng.choice(("ring", "roof", "cross", "diamond"))
    if shape == "ring":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=color, width=max(3, r // 8))
        draw.regular_polygon((cx, cy, r // 2), 5, fill=color)
    elif shape == "roof":
        draw.polygon([(cx - r, cy), (cx, cy - r), (cx + r, cy)], outline=color, width=max(3, r // 8))
        draw.rectangle([cx - r // 2, cy, cx + r // 2, cy + r], outline=color, width=max(3, r // 8))
    elif shape == "cross":
        draw.line([cx - r, cy - r, cx + r, cy + r], fill=color, width=max(4, r // 5))
        draw.line([cx - r, cy + r, cx + r, cy - r], fill=color, width=max(4, r // 5))
    else:
        draw.regular_polygon((cx, cy, r), 4, fill=color)


def _photo_backdrop(width: int, height: int, rng: random.Random) -> np.ndarray:
    """A full-bleed 'photograph': soft coloured blobs (hair, food, cars, houses), darkened for light print."""
    nprng = np.random.default_rng(rng.randrange(2**31))
    image = np.zeros((height, width, 3), np.float32) + nprng.uniform(40, 160, 3)
    for _ in range(rng.randint(6, 14)):
        centre = (rng.randrange(width), rng.randrange(height))
        axes = (rng.randint(40, width // 2), rng.randint(30, height // 2))
        cv2.ellipse(image, centre, axes, rng.uniform(0, 180), 0, 360, nprng.uniform(0, 255, 3).tolist(), -1)
    image = cv2.GaussianBlur(image, (0, 0), rng.uniform(6, 25))
    image += nprng.normal(0, 10, image.shape)
    ramp = np.linspace(rng.uniform(0.25, 0.5), rng.uniform(0.45, 0.8), width, dtype=np.float32)[None, :, None]
    return np.clip(image * ramp, 0, 255).astype(np.uint8)


def _template_backdrop(canvas: Image.Image, accent: tuple[int, int, int], rng: random.Random) -> None:
    """Online-template decoration: corner circles, slanted stripes or a wave, in the accent colour."""
    draw = ImageDraw.Draw(canvas)
    width, height = canvas.size
    style = rng.choice(("circles", "stripes", "wave"))
    soft = tuple(int(c * 0.35 + 255 * 0.65) for c in accent)
    if style == "circles":
        r = rng.randint(height // 3, height // 2)
        draw.ellipse([width - r, -r, width + r, r], fill=soft)
        draw.ellipse([-r // 2, height - r // 2, r // 2, height + r // 2], fill=accent)
    elif style == "stripes":
        for offset in range(0, 160, 40):
            draw.polygon(
                [
                    (width - 260 + offset, 0),
                    (width - 220 + offset, 0),
                    (width - 420 + offset, height),
                    (width - 460 + offset, height),
                ],
                fill=soft if offset % 80 else accent,
            )
    else:
        points = [(x, height - 70 + int(25 * np.sin(x / 70.0))) for x in range(0, width + 10, 10)]
        draw.polygon([*points, (width, height), (0, height)], fill=accent)


@dataclass
class Drawn:
    """The printed card (BGR), the lines in reading order, and what was drawn (for the truth)."""

    image: np.ndarray
    lines: list[str]
    design: str
    faces: dict[str, str]


def draw_card(content: Content, design: str, rng: random.Random) -> Drawn:
    """The card of ``content`` in ``design`` (one of ``DESIGNS``)."""
    vertical = design == "vertical"
    width, height = (CARD_SHORT, CARD_LONG) if vertical else (CARD_LONG, CARD_SHORT)
    accent = rng.choice(ACCENTS)
    dark = design in ("dark", "gold", "photo") or (design in ("back", "vertical") and rng.random() < 0.5)
    stock = rng.choice(DARK_STOCKS) if dark else rng.choice(PALE_STOCKS)
    canvas = Image.new("RGB", (width, height), stock)
    if design == "photo":
        canvas = Image.fromarray(_photo_backdrop(width, height, rng)[:, :, ::-1].copy())
    elif design in ("template", "script") and rng.random() < 0.8:
        _template_backdrop(canvas, accent, rng)
    light = (245, 242, 235) if dark else (25, 25, 30)
    gold = design == "gold" or (dark and rng.random() < 0.3)
    firm_ink = Ink((236, 200, 120), True) if gold else Ink(accent if not dark else light)
    faces = {
        "firm": _face(rng, rng.choice(("script", "display", "serif", "rounded"))),
        "name": _face(
            rng, "script" if design == "script" or rng.random() < 0.25 else rng.choice(("serif", "display", "sans"))
        ),
        "body": _face(rng, rng.choice(("sans", "sans", "condensed", "rounded", "light"))),
    }
    body_ink = Ink(light if dark else rng.choice(((40, 40, 45), (70, 70, 75), accent)))
    head: list[Piece] = [Piece(content.company, faces["firm"], rng.randint(56, 84), firm_ink)]
    if content.slogan and design == "back":
        head.append(Piece(content.slogan, faces["body"], 30, body_ink))
    people: list[Piece] = []
    if content.name:
        big = design == "script"
        people.append(
            Piece(
                content.name,
                faces["name"],
                rng.randint(70, 96) if big else rng.randint(40, 56),
                Ink((236, 200, 120), True) if gold and rng.random() < 0.5 else Ink(light if dark else (25, 25, 30)),
            )
        )
    if content.title:
        people.append(Piece(content.title, faces["body"], rng.randint(26, 34), body_ink))
    if content.licence:
        people.append(Piece(content.licence, faces["body"], rng.randint(22, 28), body_ink))
    icons = rng.random() < 0.85
    rows: list[Piece] = []
    for kind, label, value in content.rows:
        for number, text in enumerate(value.split("\n")):
            rows.append(
                Piece(
                    label + text,
                    faces["body"],
                    rng.randint(24, 32),
                    body_ink,
                    kind if icons and number == 0 else ("blank" if icons else None),
                )
            )
    if content.slogan and design != "back":
        rows.append(
            Piece(content.slogan, faces["body"], rng.randint(22, 28), Ink(accent if not dark else (220, 200, 150)))
        )
    stacked = head + people + rows
    room = height - (240 if design in ("back", "vertical") else 120)
    needed = sum(piece.size * 1.45 for piece in stacked)
    for piece in stacked:  # a crowded card is set smaller, as print shops do, rather than run off the stock
        piece.size = int(piece.size * min(1.0, room / needed))
    draw = ImageDraw.Draw(canvas)
    icon_color = accent if rng.random() < 0.6 else body_ink.color
    filled = rng.random() < 0.5
    order: list[Piece]
    if design == "split" and not vertical:
        panel = int(width * rng.uniform(0.36, 0.44))
        draw.rectangle([0, 0, panel, height], fill=accent)
        emblem(draw, (panel // 2, height // 4), 90, (255, 255, 255), rng)
        for piece in head:
            piece.ink = Ink((255, 255, 255))
        order = _stack(canvas, head, (24, height // 2 - 20, panel - 48), rng, centred=True)
        order += _stack(
            canvas, people + rows, (panel + 40, 50, width - panel - 80), rng, icon_color=icon_color, filled=filled
        )
    elif design in ("back", "vertical") or (design in ("template", "gold") and rng.random() < 0.5):
        emblem(draw, (width // 2, 110), 110, firm_ink.color if not firm_ink.gold else (220, 180, 100), rng)
        order = _stack(
            canvas,
            head + people + rows,
            (50, 190, width - 100),
            rng,
            centred=not icons or design == "back",
            icon_color=icon_color,
            filled=filled,
        )
    else:
        order = _stack(canvas, head + people, (60, 50, width - 120), rng)
        top = 50 + sum(int(p.size * 1.35) for p in head + people) + 20
        order += _stack(
            canvas,
            rows,
            (
                60 if rng.random() < 0.6 else width // 2 - 40,
                max(top, height - 40 - sum(int(p.size * 1.45) for p in rows)),
                width - 100,
            ),
            rng,
            icon_color=icon_color,
            filled=filled,
        )
    image = np.ascontiguousarray(np.asarray(canvas)[:, :, ::-1])
    return Drawn(image, [piece.text for piece in order], design, {k: v.rsplit("/", 1)[-1] for k, v in faces.items()})


def _stack(
    canvas: Image.Image,
    pieces: list[Piece],
    box: tuple[int, int, int],
    rng: random.Random,
    *,
    centred: bool = False,
    icon_color: tuple[int, int, int] = (0, 0, 0),
    filled: bool = False,
) -> list[Piece]:
    """Lines one under another from (x, y), ``width`` wide; icons in a column before their lines."""
    x, y, width = box
    draw = ImageDraw.Draw(canvas)
    for piece in pieces:
        icon = piece.icon
        indent = int(piece.size * 1.5) if icon else 0
        loaded = fitted(piece, width - indent)
        line_width = int(loaded.getlength(piece.text)) + indent
        left = x + (width - line_width) // 2 if centred else x
        if icon and icon != "blank":
            side = int(piece.size * 1.05)
            draw_icon(draw, icon, (left, y + max(0, (piece.size - side) // 2 + 2), side), icon_color, filled)
        draw_text(canvas, (left + indent, y), piece, loaded, rng)
        y += int(piece.size * (1.45 if piece.icon else 1.35))
    return pieces
