"""Layouts of ``fresh_scan_set``: how designers place a card's lines, drawn with Pillow at 300 dpi.

Nine layouts, none a stack of lines down the left edge: a colour band across the top holding the wordmark
and its slogan, a coloured side panel with the wordmark (the person's title above the name), a photograph
across the top with the firm's name printed over it, a white-on-dark centred card, two columns of contacts
under the name, thin type with 6-7 pt fine print, an upright card, contacts on a colour band along the
bottom, and a card's back side (the logo and a slogan only). Sizes are in points (1 pt = 300/72 px); type is
set smaller to fit, never cut. Every drawn line is returned in reading order (the truth's ``lines``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont

from tests.ocr import render
from tests.ocr.fresh_scan_cards import CardContent

PX_PER_PT = 300 / 72
MIN_PT = 5.5  # the smallest type a printer sets on a card
US_CARD = (1050, 600)  # 3.5 x 2 in at 300 dpi
EU_CARD = (1004, 650)  # 85 x 55 mm at 300 dpi
BRAND_COLOURS = (
    (18, 52, 96),
    (120, 20, 40),
    (0, 105, 92),
    (46, 46, 46),
    (190, 90, 20),
    (70, 40, 110),
    (0, 120, 190),
    (150, 130, 60),
)
DARK_GROUNDS = ((20, 24, 33), (12, 40, 70), (35, 35, 35), (60, 15, 30))
INKS = ((25, 25, 25), (60, 60, 60), (40, 50, 70))


@dataclass(frozen=True)
class Faces:
    regular: str
    bold: str
    light: str
    condensed: str
    display: str


def faces(rng: random.Random) -> Faces:
    """A card's typefaces from this machine's palette (DejaVu where a look is missing)."""
    looks = render.palette()
    body = rng.choice(("sans", "sans", "serif", "rounded"))
    return Faces(
        rng.choice(looks[body]),
        rng.choice(looks["display"] + looks[body]),
        rng.choice(looks["light"]),
        rng.choice(looks["condensed"]),
        rng.choice(looks["display"] + looks["slab"] + looks["serif"]),
    )


class Sheet:
    """A card being drawn: its image, its faces, and the lines drawn so far in reading order."""

    def __init__(self, size: tuple[int, int], ground: tuple[int, int, int], type_faces: Faces) -> None:
        self.image = Image.new("RGB", size, ground)
        self.draw = ImageDraw.Draw(self.image)
        self.faces = type_faces
        self.lines: list[str] = []
        self.floor = float(size[1] - 30)  # where columns must end: above the fine print

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size

    def text(
        self,
        text: str,
        x: float,
        y: float,
        face: str,
        pt: float,
        fill: tuple[int, int, int],
        align: str = "left",
        width: float | None = None,
    ) -> float:
        """Draw ``text`` with its top at ``y``; ``x`` is its left, centre or right edge. Returns the next line's y."""
        size = round(pt * PX_PER_PT)
        limit = width if width is not None else self.size[0] - 40
        font = ImageFont.truetype(face, size, layout_engine=ImageFont.Layout.BASIC)
        while font.getlength(text) > limit and size > 14:
            size -= 1
            font = ImageFont.truetype(face, size, layout_engine=ImageFont.Layout.BASIC)
        length = font.getlength(text)
        left = x if align == "left" else x - length / 2 if align == "centre" else x - length
        self.draw.text((left, y), text, font=font, fill=fill)
        self.lines.append(text)
        return y + size * 1.32

    def column(
        self,
        lines: list[tuple[str, str, float]],
        x: float,
        y: float,
        fill: tuple[int, int, int],
        align: str = "left",
        width: float | None = None,
    ) -> float:
        """Lines stacked from ``y``, set smaller (to 5.5 pt at least) when they would pass ``floor``."""
        needed = sum(pt * PX_PER_PT * 1.32 for _, _, pt in lines)
        scale = min(1.0, (self.floor - y) / needed) if needed and self.floor > y else 1.0
        for text, face, pt in lines:
            pt = max(MIN_PT, pt * scale) if scale < 1.0 else pt
            y = self.text(text, x, y, face, pt, fill, align, width)
        return y


def qr(sheet: Sheet, payload: str, x: int, y: int, side: int) -> None:
    matrix = segno.make(payload, error="m").matrix
    cell = side / (len(matrix) + 2)
    for row, bits in enumerate(matrix):
        for col, bit in enumerate(bits):
            if bit:
                left, top = x + (col + 1) * cell, y + (row + 1) * cell
                sheet.draw.rectangle((left, top, left + cell, top + cell), fill=(0, 0, 0))


def _people_lines(
    card: CardContent, f: Faces, rng: random.Random, title_first: bool = False
) -> list[tuple[str, str, float]]:
    assert card.person is not None
    name = [(card.person.printed, f.bold, rng.uniform(10.5, 14))]
    titles = [(t, rng.choice((f.regular, f.light)), rng.uniform(7.5, 9)) for t in card.title]
    dept = [(card.department, f.regular, rng.uniform(7, 8.5))] if card.department else []
    return titles + name + dept if title_first else name + titles + dept


def _contact_lines(card: CardContent, face: str, pt: float, with_address: bool = True) -> list[tuple[str, str, float]]:
    out = [(c.printed, face, pt) for c in card.phones] + [(c.printed, face, pt) for c in card.online]
    if with_address:
        out += [(line, face, pt) for line in card.address]
    return out


def _fine(card: CardContent, sheet: Sheet, rng: random.Random, fill: tuple[int, int, int], align: str = "left") -> None:
    width, height = sheet.size
    pt = rng.uniform(5.8, 7.0)  # 6-7 pt fine print
    y = height - 30 - len(card.fine_print) * pt * PX_PER_PT * 1.3
    x = {"left": 46, "centre": width / 2, "right": width - 46}[align]
    sheet.column([(line, sheet.faces.regular, pt) for line in card.fine_print], x, y, fill, align)


def band_top(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    colour = rng.choice(BRAND_COLOURS)
    band = int(height * rng.uniform(0.3, 0.38))
    sheet.draw.rectangle((0, 0, width, band), fill=colour)
    y = sheet.text(card.firm.wordmark, 46, band * 0.18, sheet.faces.display, rng.uniform(13, 17), (255, 255, 255))
    if card.slogan:
        sheet.text(card.slogan, 46, y, sheet.faces.light, rng.uniform(7, 8), (235, 235, 235))
    y = sheet.column(_people_lines(card, sheet.faces, rng), 46, band + 30, rng.choice(INKS), width=width * 0.44)
    contacts = _contact_lines(card, sheet.faces.regular, rng.uniform(6.8, 7.8))
    sheet.column(contacts, width - 46, band + 30, rng.choice(INKS), "right", width * 0.46)
    _fine(card, sheet, rng, (90, 90, 90))


def side_panel(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    panel = int(width * 0.34)
    sheet.draw.rectangle((0, 0, panel, height), fill=rng.choice(BRAND_COLOURS))
    y = sheet.text(
        card.firm.wordmark, panel / 2, height * 0.38, sheet.faces.display, 12, (255, 255, 255), "centre", panel - 40
    )
    if card.slogan:
        sheet.text(card.slogan, panel / 2, y + 6, sheet.faces.light, 6.5, (230, 230, 230), "centre", panel - 30)
    x = panel + 44
    y = sheet.column(
        _people_lines(card, sheet.faces, rng, title_first=rng.random() < 0.6),
        x,
        44,
        rng.choice(INKS),
        width=width - x - 30,
    )
    sheet.column(
        _contact_lines(card, sheet.faces.condensed, rng.uniform(7, 8)), x, y + 24, (50, 50, 50), width=width - x - 30
    )
    if card.fine_print:
        _fine(card, sheet, rng, (100, 100, 100), "right")


def _photo(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A soft photograph-like picture: coloured blobs blurred together over a gradient, with grain."""
    width, height = size
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    picture = np.zeros((height, width, 3), np.float32)
    base = np.array(rng.choice(BRAND_COLOURS), np.float32)
    picture += base * 0.7
    for _ in range(6):
        cx, cy, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(60, 260)
        tone = np.array([rng.uniform(40, 220) for _ in range(3)], np.float32)
        weight = np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * r * r))[..., None]
        picture = picture * (1 - weight * 0.8) + tone * weight * 0.8
    picture += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, picture.shape)
    return Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8))


def photo_top(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    top = int(height * rng.uniform(0.38, 0.45))
    sheet.image.paste(_photo(rng, (width, top)), (0, 0))
    y = sheet.text(
        card.firm.wordmark,
        width - 40,
        top - (130 if card.slogan else 95),
        sheet.faces.display,
        rng.uniform(12, 15),
        (255, 255, 255),
        "right",
        width * 0.7,
    )
    if card.slogan:
        sheet.text(card.slogan, width - 40, y - 6, sheet.faces.regular, 7, (255, 255, 255), "right", width * 0.7)
    ink = rng.choice(INKS)
    sheet.column(_people_lines(card, sheet.faces, rng), 40, top + 26, ink, width=width * 0.45)
    pt = rng.uniform(6.5, 7.5)
    phones = [(c.printed, sheet.faces.regular, pt) for c in card.phones]
    rest = [(c.printed, sheet.faces.regular, pt) for c in card.online] + [
        (a, sheet.faces.regular, pt) for a in card.address
    ]
    y = sheet.column(phones, width * 0.52, top + 26, ink, width=width * 0.45)
    sheet.column(rest, width * 0.52, y + 4, ink, width=width * 0.45)
    _fine(card, sheet, rng, (110, 110, 110))


def dark(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, _height = sheet.size
    light = (240, 240, 240)
    y = sheet.text(
        card.firm.wordmark.upper() if rng.random() < 0.5 else card.firm.wordmark,
        width / 2,
        40,
        sheet.faces.display,
        rng.uniform(11, 14),
        light,
        "centre",
    )
    if card.slogan:
        y = sheet.text(card.slogan, width / 2, y, sheet.faces.light, 7, (200, 200, 200), "centre")
    y = sheet.column(_people_lines(card, sheet.faces, rng), width / 2, y + 24, light, "centre")
    pt = rng.uniform(6.5, 7.5)
    left = [(c.printed, sheet.faces.regular, pt) for c in card.phones]
    right = [(c.printed, sheet.faces.regular, pt) for c in card.online]
    bottom = y + 20
    sheet.column(left, width / 2 - 24, bottom, (220, 220, 220), "right", width / 2 - 60)
    y = sheet.column(right, width / 2 + 24, bottom, (220, 220, 220), "left", width / 2 - 60)
    if card.address:
        sheet.text(
            " · ".join(card.address),
            width / 2,
            max(y, bottom + len(left) * 40) + 10,
            sheet.faces.regular,
            pt,
            (220, 220, 220),
            "centre",
        )
    if card.fine_print:
        _fine(card, sheet, rng, (170, 170, 170), "centre")


def two_columns(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    ink = rng.choice(INKS)
    accent = rng.choice(BRAND_COLOURS)
    sheet.draw.ellipse((40, 36, 100, 96), fill=accent)
    sheet.text(card.firm.wordmark, 116, 44, sheet.faces.display, rng.uniform(11, 13), accent, width=width * 0.6)
    if card.qr:
        qr(sheet, card.qr, width - 200, 30, 160)
    y = sheet.column(_people_lines(card, sheet.faces, rng), 40, 150, ink, width=width * 0.6)
    pt = rng.uniform(6.5, 7.5)
    y = max(y + 22, height * 0.58)
    sheet.draw.line((40, y - 10, width - 40, y - 10), fill=accent, width=3)
    contacts = _contact_lines(card, sheet.faces.condensed, pt)
    half = (len(contacts) + 1) // 2  # the columns as even as the lines allow
    left, right = contacts[:half], contacts[half:]
    sheet.column(left, 40, y, ink, width=width * 0.42)
    sheet.column(right, width * 0.5, y, ink, width=width * 0.46)


def thin(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    grey = (90, 90, 90)
    sheet.text(card.firm.wordmark.upper(), width - 46, 36, sheet.faces.condensed, 9, grey, "right", width * 0.5)
    if card.slogan:
        sheet.text(card.slogan, width - 46, 80, sheet.faces.light, 6.5, grey, "right", width * 0.5)
    lines = [(line, sheet.faces.light, pt * 1.1) for line, _, pt in _people_lines(card, sheet.faces, rng)]
    y = sheet.column(lines, 46, height * 0.22, (30, 30, 30), width=width * 0.8)
    contacts = _contact_lines(card, sheet.faces.light, rng.uniform(6.5, 7.5))
    sheet.column(contacts, 46, y + 12, (60, 60, 60), width=width * 0.8)
    _fine(card, sheet, rng, (120, 120, 120), "right")


def upright(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, _height = sheet.size
    accent = rng.choice(BRAND_COLOURS)
    y = sheet.text(card.firm.wordmark, width / 2, 60, sheet.faces.display, 12, accent, "centre", width - 60)
    if card.slogan:
        y = sheet.text(card.slogan, width / 2, y, sheet.faces.light, 6.5, (90, 90, 90), "centre", width - 60)
    y = sheet.column(
        _people_lines(card, sheet.faces, rng, title_first=rng.random() < 0.3),
        width / 2,
        y + 60,
        (30, 30, 30),
        "centre",
        width - 60,
    )
    y = sheet.column(
        _contact_lines(card, sheet.faces.regular, 7), width / 2, y + 40, (50, 50, 50), "centre", width - 60
    )
    if card.qr and y + 180 < sheet.floor:
        qr(sheet, card.qr, width // 2 - 80, int(y) + 20, 160)
    else:
        card.qr = None  # no room left: the card is printed without it
    if card.fine_print:
        _fine(card, sheet, rng, (110, 110, 110), "centre")


def footer_band(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    colour = rng.choice(BRAND_COLOURS)
    sheet.column(_people_lines(card, sheet.faces, rng), 46, 40, (30, 30, 30), width=width * 0.5)
    y = sheet.text(card.firm.wordmark, width - 46, 44, sheet.faces.display, 12, colour, "right", width * 0.38)
    if card.slogan:
        sheet.text(card.slogan, width - 46, y, sheet.faces.light, 6.5, colour, "right", width * 0.4)
    pt = rng.uniform(6.3, 7.2)
    contacts = _contact_lines(card, sheet.faces.regular, pt)
    rows = (len(contacts) + 1) // 2
    band = int(rows * pt * PX_PER_PT * 1.32 + 40)
    sheet.draw.rectangle((0, height - band, width, height), fill=colour)
    sheet.floor = height - 10.0
    sheet.column(contacts[:rows], 46, height - band + 20, (255, 255, 255), width=width * 0.45)
    sheet.column(contacts[rows:], width * 0.52, height - band + 20, (255, 255, 255), width=width * 0.45)


def back(card: CardContent, sheet: Sheet, rng: random.Random) -> None:
    width, height = sheet.size
    colour = rng.choice(BRAND_COLOURS)
    if rng.random() < 0.5:
        sheet.draw.rectangle((0, 0, width, height), fill=colour)
        colour = (255, 255, 255)
    y = sheet.text(card.firm.wordmark, width / 2, height * 0.36, sheet.faces.display, 18, colour, "centre")
    if card.slogan:
        sheet.text(card.slogan, width / 2, y + 8, sheet.faces.light, 8, colour, "centre")


Layout = Callable[[CardContent, Sheet, random.Random], None]
LAYOUTS: dict[str, Layout] = {
    "band_top": band_top,
    "side_panel": side_panel,
    "photo_top": photo_top,
    "dark": dark,
    "two_columns": two_columns,
    "thin": thin,
    "upright": upright,
    "footer_band": footer_band,
}


def draw(card: CardContent, layout: str, rng: random.Random) -> tuple[np.ndarray, list[str]]:
    """The card as a BGR render at 300 dpi and its printed lines in reading order."""
    size = US_CARD if card.country == "US" else EU_CARD
    if layout == "upright":
        size = (size[1], size[0])
    ground = (
        rng.choice(DARK_GROUNDS)
        if layout == "dark"
        else rng.choice(((255, 255, 255), (250, 248, 242), (246, 246, 246)))
    )
    sheet = Sheet(size, ground, faces(rng))
    sheet.floor = size[1] - 34 - len(card.fine_print) * 7 * PX_PER_PT * 1.3
    if layout not in ("two_columns", "upright"):
        card.qr = None  # only these layouts have room for a code
    (back if card.back_side else LAYOUTS[layout])(card, sheet, rng)
    return np.array(sheet.image)[:, :, ::-1].copy(), sheet.lines
