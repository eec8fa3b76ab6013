"""How a cheap print shop sets a ``crowded_photo_set`` card: small thin type, several faces and colours,
busy grounds, one column or two.

A card is 3.5 × 2 in (the US size; Brazil's 9 × 5 cm is within a few pixels) drawn at 300 dpi, so a point is
300 / 72 px. The body is set in 6-8 pt (``BODY_PT``) in a light, condensed or plain sans face — the thin,
small type real shop cards use and the older proxies lacked — the trade name big in a script, display,
slab or rounded face, the person in 8-11 pt under it. Each card has its own faces (``render.palette()``:
the faces installed here, DejaVu alone on the CI machine) and two or three inks, chosen against the ground
under each row so that a person reads them all (the print is hard to photograph, not illegible).

Designs (``DESIGNS``, in turn): ``gradient`` (a two-colour gradient across the card), ``busy`` (blobs and
shapes of strong colour behind the text, as a photo of nails, food or a car is, a pale veil behind part of
it on some), ``columns`` (the trade's words left, the contacts right, a rule between), ``band`` (the trade
name on a colour band, the rest on a pale patterned ground), ``dark`` (dark stock, light and gold inks),
``pattern`` (pale stock with dots, stripes or rings and a colour corner). A row too wide for its column at
the smallest size in a condensed face is broken at a separator into two rows of the same role.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .crowded_photo_data import Content, Row
from .render import palette

CARD = (1050, 600)  # 3.5 × 2 in at 300 dpi
PX_PER_PT = 300 / 72
BODY_PT = (6.0, 8.0)  # the brief's "6-8 pt thin type"
PERSON_PT = (8.0, 11.0)
BRAND_PT = (16.0, 30.0)
MARGIN = 36  # px: about 3 mm, what a print shop keeps from the trim
LEADING = (1.12, 1.3)  # line pitch over type size: crowded cards set tight
DESIGNS = ("gradient", "busy", "columns", "band", "dark", "pattern")
# Inks: dark ones for pale grounds, light ones for dark grounds (RGB); a card draws two or three.
DARK_INKS = ((20, 20, 20), (40, 40, 60), (120, 20, 40), (20, 40, 110), (20, 80, 40), (90, 30, 110), (110, 60, 20))
LIGHT_INKS = ((255, 255, 255), (250, 240, 210), (240, 200, 90), (170, 230, 250), (255, 200, 220), (210, 250, 200))
STRONG = ((200, 30, 70), (230, 120, 20), (20, 120, 200), (30, 160, 90), (140, 50, 170), (240, 190, 30), (20, 30, 60))
CONTRAST = 110  # least luminance gap between an ink and the ground under its row (0-255): legible to a person
LEFT_SHARE = 0.46  # of the text width: the "columns" design's left column, under its colour shape
TRACKING = 0.35  # em between the letters of a small letter-spaced trade-name word ("S T U D I O")
SEPARATORS = ("  |  ", " | ", " / ", " • ", " · ", " - ", ", ")


@dataclass
class Drawn:
    """The printed card (BGR), its rows in reading order (with their roles), and the faces used."""

    image: np.ndarray
    rows: list[Row]
    design: str
    faces: dict[str, str] = field(default_factory=dict)
    columns: int = 1

    @property
    def lines(self) -> list[str]:
        return [row.text for row in self.rows]


def _faces(rng: random.Random) -> dict[str, str]:
    looks = palette()

    def pick(*names: str) -> str:
        files = [path for name in names for path in looks[name] if "Hairline" not in path]
        return rng.choice(files)

    return {
        "brand": pick("script", "display", "slab", "rounded"),
        "person": pick("serif", "display", "sans", "script"),
        "body": pick("light", "condensed", "sans", "light"),
        "accent": pick("condensed", "rounded", "serif", "light"),
        "narrow": pick("condensed"),
    }


def _font(path: str, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, max(8, round(size)))


def _width(text: str, font: ImageFont.FreeTypeFont) -> float:
    return float(font.getlength(text))


def _row_width(row: Row, font: ImageFont.FreeTypeFont) -> float:
    """How wide ``row`` prints: a small trade-name word is letter-spaced by ``TRACKING`` of its size."""
    if row.role != "brand_small":
        return _width(row.text, font)
    return sum(_width(char, font) for char in row.text) + TRACKING * font.size * (len(row.text) - 1)


def _luminance(rgb: np.ndarray) -> np.ndarray:
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def _gradient(rng: random.Random, colours: tuple[tuple[int, int, int], tuple[int, int, int]]) -> np.ndarray:
    width, height = CARD
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = rng.uniform(0, math.pi)
    t = xs * math.cos(angle) / width + ys * math.sin(angle) / height
    t = (t - t.min()) / max(float(t.max() - t.min()), 1e-6)
    a, b = (np.array(colour, np.float32) for colour in colours)
    return a + (b - a) * t[..., None]


def _ground(design: str, rng: random.Random) -> tuple[np.ndarray, bool]:
    """The card's ground before any text (RGB float), and whether a pale veil lies behind the contacts."""
    width, height = CARD
    veiled = False
    pale = np.array(rng.choice(((250, 248, 242), (244, 240, 232), (238, 244, 250), (250, 240, 244))), np.float32)
    if design == "gradient":
        if rng.random() < 0.6:
            image = _gradient(rng, (rng.choice(STRONG), rng.choice(STRONG)))
        else:
            image = _gradient(rng, ((255, 255, 255), tuple(int(c * 0.5 + 128) for c in rng.choice(STRONG))))
    elif design == "busy":
        image = _gradient(rng, (rng.choice(STRONG), rng.choice(STRONG)))
        canvas = Image.fromarray(image.clip(0, 255).astype(np.uint8))
        draw = ImageDraw.Draw(canvas)
        for _ in range(rng.randint(14, 30)):
            x, y, r = rng.randrange(width), rng.randrange(height), rng.randint(20, 180)
            colour = tuple(int(c) for c in rng.choice(STRONG + LIGHT_INKS))
            if rng.random() < 0.5:
                draw.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=colour)
            else:
                points = [(x + rng.randint(-r, r), y + rng.randint(-r, r)) for _ in range(rng.randint(3, 6))]
                draw.polygon(points, fill=colour)
        image = cv2.GaussianBlur(np.asarray(canvas, np.float32), (0, 0), rng.uniform(1.5, 6))
        if rng.random() < 0.5:  # a pale veil behind the contact half, as templates put one
            x0 = int(width * rng.uniform(0.35, 0.55))
            image[:, x0:] = image[:, x0:] * 0.35 + pale * 0.65
            veiled = True
    elif design == "dark":
        image = np.zeros((height, width, 3), np.float32) + np.array(
            rng.choice(((18, 18, 22), (16, 28, 52), (40, 12, 30), (14, 40, 30))), np.float32
        )
        image += (np.random.default_rng(rng.randrange(2**31)).normal(0, 4, (height, width, 1))).astype(np.float32)
    else:
        image = np.zeros((height, width, 3), np.float32) + pale
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        faint = rng.uniform(10, 28)
        kind = rng.choice(("dots", "stripes", "rings"))
        if kind == "dots":
            image -= (((xs % 22) < 5) & ((ys % 22) < 5))[..., None] * faint
        elif kind == "stripes":
            image -= (((xs + ys) % 28) < 8)[..., None] * faint
        else:
            cx, cy = rng.uniform(0, width), rng.uniform(0, height)
            image -= ((np.hypot(xs - cx, ys - cy) % 40) < 6)[..., None] * faint
        if design in ("pattern", "columns"):  # a colour corner or side shape
            colour = np.array(rng.choice(STRONG), np.float32)
            if design == "columns":
                # The shape holds the left column whole: its wave stays past the column's right edge.
                edge = MARGIN + LEFT_SHARE * (width - 2 * MARGIN) + 20 + 14 * np.sin(ys / rng.uniform(40, 90))
                inside = xs < edge
            else:
                inside = (xs / width + ys / height) < rng.uniform(0.25, 0.45)
            image[inside] = colour
        if design == "band":
            image[: int(height * rng.uniform(0.26, 0.34))] = np.array(rng.choice(STRONG), np.float32)
    return image.clip(0, 255), veiled


def _ink(
    ground: np.ndarray, box: tuple[int, int, int, int], inks: dict[str, tuple[int, int, int]]
) -> tuple[tuple[int, int, int], bool]:
    """The ink that stands out best from the ground under ``box`` — the card's dark or light one when it
    stands out enough, black or white otherwise — and whether it needs an outline to (a row across a mixed
    ground: no ink stands out from both its light and its dark parts)."""
    x0, y0, x1, y1 = (max(0, v) for v in box)
    patch = ground[y0 : max(y0 + 1, y1), x0 : max(x0 + 1, x1)]
    lums = _luminance(patch.reshape(-1, 3)) if patch.size else np.array([128.0])
    low, high = (float(v) for v in np.percentile(lums, (10, 90)))

    def gap(ink: tuple[int, int, int]) -> float:
        lum = float(_luminance(np.array(ink, np.float32)))
        return min(abs(lum - low), abs(lum - high))

    for ink in (inks["dark"], inks["light"]):
        if gap(ink) >= CONTRAST:
            return ink, False
    best = max(((0, 0, 0), (255, 255, 255)), key=gap)
    return best, gap(best) < CONTRAST / 2


def _split(text: str) -> list[str] | None:
    """``text`` broken at its middlemost separator into two rows, or None when it has none."""
    for separator in SEPARATORS:
        parts = text.split(separator)
        if len(parts) > 1:
            middle = min(range(1, len(parts)), key=lambda cut: abs(len(separator.join(parts[:cut])) - len(text) / 2))
            return [separator.join(parts[:middle]).strip(), separator.join(parts[middle:]).strip()]
    return None


def _fit(row: Row, face: str, narrow: str, size: float, width: float) -> list[tuple[Row, str, float]]:
    """``row`` as set in a column ``width`` wide: in its face at ``size``, smaller down to 6 pt, then in the
    narrow face, then broken in two at a separator."""
    least = BODY_PT[0] * PX_PER_PT
    for path in (face, narrow):
        for step in np.linspace(size, min(size, least), 4):
            if _row_width(row, _font(path, step)) <= width:
                return [(row, path, float(step))]
    if row.parts:  # a footer row too wide: its fields on rows of their own
        return [placed for part in row.parts for placed in _fit(part, face, narrow, size, width)]
    parts = _split(row.text)
    if parts is None or not all(re.search(r"\w", part) for part in parts):
        return [(row, narrow, least)]  # set anyway: it runs to the trim, as real crowded cards do
    return [placed for part in parts for placed in _fit(Row(row.role, part), face, narrow, size, width)]


HEADER = ("brand", "brand_small", "person", "title")
HEADER_LEADING = 1.25  # display and script faces reach above their size: the header rows need more room
Placed = tuple[Row, str, float, int, int]  # a row, its face's path, its size, its column's left edge and width


def _place(
    content: Content, faces: dict[str, str], design: str, columns: int, sizes: tuple[float, float, float, float]
) -> list[Placed]:
    """Every row set in its column: the header (trade name, person, title) first, then the body's columns."""
    width, _ = CARD
    body_px, brand_px, person_px, title_px = sizes
    header = [row for row in content.rows if row.role in HEADER]
    body = [row for row in content.rows if row.role not in HEADER]
    full = width - 2 * MARGIN
    gap = 30
    left_span = int(full * LEFT_SHARE) if design == "columns" else (full - gap) // 2
    brand_span = left_span if columns == 2 and design == "columns" else full
    placed: list[Placed] = []
    for row in header:
        size = {"brand": brand_px, "brand_small": title_px, "person": person_px, "title": title_px}[row.role]
        face = faces[{"title": "accent", "brand_small": "brand"}.get(row.role, row.role)]
        while size > body_px and _row_width(row, _font(face, size)) > brand_span:
            size *= 0.94
        placed.extend(
            (piece, path, sz, MARGIN, brand_span)
            for piece, path, sz in _fit(row, face, faces["narrow"], size, brand_span)
        )

    def column(rows: list[Row], x: int, span: int) -> None:
        for row in rows:
            face = faces["accent"] if row.role in ("services", "slogan", "hours") else faces["body"]
            placed.extend(
                (piece, path, size, x, span) for piece, path, size in _fit(row, face, faces["narrow"], body_px, span)
            )

    if columns == 1:
        column(body, MARGIN, full)
        return placed
    if design == "columns":  # the trade's words under the header on the left, the contacts on the right
        split_at = next(
            (i for i, row in enumerate(body) if row.role in ("email", "web", "social", "address")), len(body) // 2
        )
    else:  # two balanced columns under a full-width header
        split_at = (len(body) + 1) // 2
    column(body[:split_at], MARGIN, left_span)
    column(body[split_at:], MARGIN + left_span + gap, full - left_span - gap)
    return placed


def _heights(placed: list[Placed], leading: float, design: str) -> tuple[float, dict[int, float]]:
    """The header's height and each body column's (by its left edge)."""
    header = sum(p[2] * max(leading, HEADER_LEADING) for p in placed if p[0].role in HEADER)
    columns: dict[int, float] = {}
    for piece, _, size, x, _ in placed:
        if piece.role not in HEADER:
            columns[x] = columns.get(x, 0.0) + size * leading
    if design == "columns" and MARGIN in columns:  # the header heads the left column only
        columns[MARGIN] += header + size_gap(placed[0][2] / 3)
    return header, columns


def draw_card(content: Content, design: str, rng: random.Random) -> Drawn:
    """``content`` printed as ``design``: the card's image and its rows in reading order."""
    width, height = CARD
    faces = _faces(rng)
    ground, veiled = _ground(design, rng)
    inks = {"dark": rng.choice(DARK_INKS), "light": rng.choice(LIGHT_INKS)}
    accent_inks = {"dark": rng.choice(DARK_INKS), "light": rng.choice(LIGHT_INKS)}
    body_px = rng.uniform(*BODY_PT) * PX_PER_PT
    sizes = (
        body_px,
        rng.uniform(*BRAND_PT) * PX_PER_PT,
        rng.uniform(*PERSON_PT) * PX_PER_PT,
        body_px * rng.uniform(1.0, 1.2),
    )
    leading = rng.uniform(*LEADING)
    align = rng.choice(("left", "left", "center", "right"))
    room = height - 1.2 * MARGIN
    # One column when it fits, else two; then tighter and smaller until the rows fit the card.
    for columns, squeeze in ((1, 1.0), (2, 1.0), (2, 0.9), (2, 0.8), (2, 0.7)):
        if columns == 1 and design == "columns":
            continue
        lead = max(1.02, leading * squeeze) if squeeze < 1 else leading
        scaled = (
            max(BODY_PT[0] * PX_PER_PT, body_px * squeeze),
            sizes[1] * squeeze,
            sizes[2] * squeeze,
            sizes[3] * squeeze,
        )
        placed = _place(content, faces, design, columns, scaled)
        header_height, body_heights = _heights(placed, lead, design)
        gap = size_gap(scaled[0])
        block = (
            max(body_heights.values())
            if design == "columns"
            else header_height + gap + max(body_heights.values(), default=0.0)
        )
        if block <= room:
            break
    leading = lead
    top = max(MARGIN * 0.6, (height - block) / 2)
    starts = {x: top + header_height + gap for x in body_heights}
    if design == "columns":
        starts.update({x: top + rng.uniform(0, 20) for x in body_heights if x != MARGIN})
    canvas = Image.fromarray(ground.astype(np.uint8))
    draw = ImageDraw.Draw(canvas)
    y_header = top
    icons = rng.random() < 0.5
    stroke = design == "busy" and not veiled  # print shops outline type set straight over a picture
    for piece, path, size, x, span in placed:
        font = _font(path, size)
        if piece.role in HEADER:
            y = y_header
            y_header += size * max(leading, HEADER_LEADING)
        else:
            y = starts[x]
            starts[x] += size * leading
        text_width = _row_width(piece, font)
        left = x if align == "left" else x + (span - text_width) / 2 if align == "center" else x + span - text_width
        box = (int(left), int(y), int(left + text_width), int(y + size))
        own = accent_inks if piece.role in ("brand", "brand_small", "services", "slogan", "title") else inks
        ink, outlined = _ink(ground, box, own)
        if icons and align == "left" and piece.role in ("phone", "email", "social", "address"):
            r = size * 0.28
            draw.ellipse((left - 2.6 * r, y + size * 0.35, left - 0.6 * r, y + size * 0.35 + 2 * r), fill=ink)
        outline = (0, 0, 0) if float(_luminance(np.array(ink, np.float32))) > 128 else (255, 255, 255)
        width_of_stroke = 1 if stroke or outlined else 0
        if piece.role == "brand_small":  # letter by letter, spaced
            at = left
            for char in piece.text:
                draw.text((at, y), char, font=font, fill=ink, stroke_width=width_of_stroke, stroke_fill=outline)
                at += _width(char, font) + TRACKING * font.size
        else:
            draw.text((left, y), piece.text, font=font, fill=ink, stroke_width=width_of_stroke, stroke_fill=outline)
    if design == "columns":
        x = MARGIN + int((width - 2 * MARGIN) * LEFT_SHARE) + 15
        draw.line((x, height * 0.15, x, height * 0.85), fill=inks["dark"], width=2)
    # Reading order: the header, then each column top to bottom, left column first.
    order = sorted(placed, key=lambda p: (p[0].role not in HEADER, p[3]))
    return Drawn(
        image=np.asarray(canvas)[:, :, ::-1].copy(),
        rows=[p[0] for p in order],
        design=design,
        faces={role: path.rsplit("/", 1)[-1] for role, path in faces.items()},
        columns=columns,
    )


def size_gap(body_px: float) -> float:
    """The space between the header and the body: about one body line."""
    return body_px * 0.9
